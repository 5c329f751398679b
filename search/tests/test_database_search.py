"""The faceted product list on the database backend (no engine configured)."""

import json

import pytest
from django.urls import reverse

from search.facets import SearchFilters
from search.models import ZeroResultQuery
from search.services import ProductQuery, product_search

pytestmark = pytest.mark.django_db


def titles(search) -> list[str]:
    return [product.title for product in search.results[:100]]


def test_filters_and_facet_counts(catalogue, rf):
    query = ProductQuery(text="duvet cover", sort="price-asc")
    search = product_search(query)
    assert search.backend == "database"
    assert titles(search) == ["Soft Duvet Cover in Percale Cotton", "Classic Duvet Cover in Washed Linen"]
    assert search.counts["price"]["20-50"] == 1
    assert search.counts["price"]["100-200"] == 1
    assert search.counts["in_stock"] == {"1": 1}
    assert search.counts["category"] == {str(catalogue["home"].pk): 2, str(catalogue["tech"].pk): 0}

    filters = SearchFilters.from_querydict(rf.get("/", {"in_stock": "1", "vendor": catalogue["b"].pk}).GET)
    search = product_search(ProductQuery(filters=filters))
    assert titles(search) == ["Wireless Router with Wi-Fi 6"]
    # Each facet counts under the other filters: both vendors still show, in stock.
    assert search.counts["vendor"] == {str(catalogue["a"].pk): 3, str(catalogue["b"].pk): 1}
    assert search.counts["payment"]["instalments"] == 1
    assert search.counts["payment"]["b2b_terms"] == 1


def test_rating_and_category_scope(catalogue, rf):
    filters = SearchFilters.from_querydict(rf.get("/", {"rating": "4"}).GET, scope=catalogue["home"])
    search = product_search(ProductQuery(filters=filters, scope=catalogue["home"], sort="rating"))
    assert titles(search) == ["Soft Duvet Cover in Percale Cotton"]
    assert search.counts["category"] == {str(catalogue["bedding"].pk): 1}
    assert search.counts["rating"] == {"4": 1, "3": 2, "2": 2, "1": 2}


def test_unknown_facet_values_are_ignored(catalogue, rf):
    data = {"vendor": "999999", "price": "1-2", "rating": "9", "payment": "barter", "category": "x", "in_stock": "yes"}
    filters = SearchFilters.from_querydict(rf.get("/", data).GET)
    assert not filters.active
    assert product_search(ProductQuery(filters=filters)).total == 5


@pytest.mark.parametrize(
    "text",
    [
        "",
        "x" * 10_000,
        "ÉTÉ 🌞 日本語",
        '"',
        "*",
        "\\",
        '{"query": {"match_all": {}}}',
        "title:(a OR b) AND c~2^3 [1 TO 5]",
    ],
)
def test_bad_queries_render_a_normal_page(client, catalogue, text):
    response = client.get(reverse("search:search"), {"q": text, "price": "<script>", "page": "-1"})
    assert response.status_code == 200


def test_search_page_facets_and_shareable_urls(client, catalogue):
    response = client.get(reverse("search:search"), {"q": "cover", "in_stock": "1"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Soft Duvet Cover" in html and "Classic Duvet Cover" not in html
    assert 'data-facet="vendor"' in html
    assert "in_stock=1" in html and "q=cover" in html


def test_category_page_has_facets(client, catalogue):
    response = client.get(catalogue["home"].get_absolute_url(), {"price": "20-50"})
    assert response.status_code == 200
    assert [p.title for p in response.context["products"]] == ["Soft Duvet Cover in Percale Cotton"]
    assert any(facet.name == "category" for facet in response.context["facets"])


def test_zero_results_are_logged_with_a_suggestion(client, catalogue):
    response = client.get(reverse("search:search"), {"q": "duvett"})
    assert response.status_code == 200
    assert response.context["suggestion"] == "duvet"
    client.get(reverse("search:search"), {"q": "Duvett"})
    assert ZeroResultQuery.objects.get(query="duvett").count == 2


def test_autocomplete(client, catalogue):
    response = client.get(reverse("search:suggest"), {"q": "duv"})
    data = json.loads(response.content)
    assert [p["title"] for p in data["products"]][:1] == ["Classic Duvet Cover in Washed Linen"]
    data = json.loads(client.get(reverse("search:suggest"), {"q": "Bedidng"}).content)
    assert data["categories"][0]["title"] == "Bedding"
    assert json.loads(client.get(reverse("search:suggest"), {"q": '"*\\'}).content)["products"] == []


def test_engine_down_falls_back_to_the_database(settings, catalogue, caplog):
    settings.SEARCH_ENGINE_URL = "http://127.0.0.1:9"  # nothing listens there
    settings.SEARCH_ENGINE_TIMEOUT = 0.5
    search = product_search(ProductQuery(text="towel"))
    assert search.backend == "database"
    assert titles(search) == ["Plush Bath Towel in Egyptian Cotton"]
    assert "falling back to the database" in caplog.text


def test_no_product_with_all_words_falls_back_to_any_word(catalogue):
    search = product_search(ProductQuery(text="soft towel", sort="relevance"))
    assert search.any_word
    assert set(titles(search)) == {"Soft Duvet Cover in Percale Cotton", "Plush Bath Towel in Egyptian Cotton"}
    assert not ZeroResultQuery.objects.exists()
