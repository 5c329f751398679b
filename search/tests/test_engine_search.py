"""Against the live engine (SEARCH_ENGINE_TEST_URL; CI starts the node): index, facets, autocomplete."""

import pytest
from oscar.core.loading import get_model

from search.facets import SearchFilters
from search.models import Synonym
from search.services import ProductQuery, database_search, engine_search, product_search

pytestmark = [pytest.mark.engine, pytest.mark.django_db]

StockRecord = get_model("partner", "StockRecord")


def titles(search) -> list[str]:
    return [product.title for product in search.results[:100]]


FILTER_CASES = [
    ("", {}),
    ("duvet cover", {}),
    ("cotton", {"in_stock": "1"}),
    ("", {"price": "20-50"}),
    ("", {"rating": "3", "payment": "deferred"}),
    ("cover", {"category": "home"}),
    ("", {"vendor": "a", "in_stock": "1"}),
    ("", {"payment": "instalments"}),
]


@pytest.mark.parametrize(("text", "params"), FILTER_CASES)
def test_facet_counts_equal_database_counts(engine, catalogue, rf, text, params):
    engine.rebuild()
    params = {key: (catalogue[value].pk if key in ("category", "vendor") else value) for key, value in params.items()}
    for scope in (None, catalogue["home"]):
        filters = SearchFilters.from_querydict(rf.get("/", params).GET, scope=scope)
        query = ProductQuery(text=text, sort="price-asc", filters=filters, scope=scope)
        from_engine = engine_search(query, text)
        from_database = database_search(query, text)
        assert from_engine.counts == from_database.counts
        assert from_engine.total == from_database.total
        assert titles(from_engine) == titles(from_database)


def test_analysers_stem_fold_and_elide(engine, catalogue, product_factory):
    product_factory(title="Housse de couette l'été en lin lavé")
    engine.rebuild()
    assert titles(product_search(ProductQuery(text="duvet covers", sort="relevance")))[:2] == [
        "Soft Duvet Cover in Percale Cotton",
        "Classic Duvet Cover in Washed Linen",
    ]
    assert titles(product_search(ProductQuery(text="ete lave", sort="relevance"))) == [
        "Housse de couette l'été en lin lavé"
    ]
    assert titles(product_search(ProductQuery(text="housses", sort="relevance"))) == [
        "Housse de couette l'été en lin lavé"
    ]


def test_staff_synonyms_after_rebuild(engine, catalogue, django_capture_on_commit_callbacks):
    engine.rebuild()
    assert product_search(ProductQuery(text="quilt", sort="relevance")).total == 0
    with django_capture_on_commit_callbacks(execute=True):
        Synonym.objects.create(terms="quilt, duvet")  # rebuilds the index after commit (Celery eager)
    search = product_search(ProductQuery(text="quilt", sort="relevance"))
    assert search.backend == "engine" and search.total == 2


def test_incremental_indexing_after_commit(engine, catalogue, product_factory, django_capture_on_commit_callbacks):
    engine.rebuild()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        product = product_factory(title="Velvet Cushion Cover")
    assert product_search(ProductQuery(text="velvet")).total == 0  # nothing indexed before the commit
    for callback in callbacks:
        callback()
    assert product_search(ProductQuery(text="velvet")).total == 1
    record = StockRecord.objects.get(product=product)
    with django_capture_on_commit_callbacks(execute=True):
        record.price = "999.00"
        record.save()
    filters = SearchFilters(price="500-1000")
    assert titles(product_search(ProductQuery(filters=filters))) == ["Velvet Cushion Cover"]
    with django_capture_on_commit_callbacks(execute=True):
        product.delete()
    assert product_search(ProductQuery(text="velvet")).total == 0


def test_zero_downtime_rebuild_swaps_the_alias(engine, catalogue):
    first = engine.rebuild()["index"]
    second = engine.rebuild()["index"]
    assert first != second
    assert engine.current_indices() == [second]
    assert product_search(ProductQuery(text="towel")).total == 1


def test_autocomplete_and_did_you_mean_tolerate_typos(engine, catalogue):
    engine.rebuild()
    assert {hit["title"] for hit in engine.autocomplete("duv")} == {
        "Soft Duvet Cover in Percale Cotton",
        "Classic Duvet Cover in Washed Linen",
    }
    assert {hit["title"] for hit in engine.autocomplete("routr")} == {"Wireless Router with Wi-Fi 6"}
    assert engine.did_you_mean("routr") == "router"
    assert engine.did_you_mean("duvvet covr") == "duvet cover"
    assert engine.did_you_mean("duvet cover") == ""
    search = product_search(ProductQuery(text="chargr compakt", sort="relevance"))
    assert search.suggestion == "charger compact"


@pytest.mark.parametrize(
    "text", ['"', "*", "\\", '{"a": 1}', "title:(a OR b) AND c~2^3 [1 TO 5]", "x" * 10_000, "été 🌞"]
)
def test_bad_queries_on_the_engine(engine, catalogue, client, text):
    engine.rebuild()
    response = client.get("/shop/search/", {"q": text})
    assert response.status_code == 200
    assert response.context["search_backend"] == "engine"


def test_rebuild_command_prints_progress(engine, catalogue):
    from io import StringIO

    from django.core.management import call_command

    out = StringIO()
    call_command("search_rebuild", stdout=out)
    assert "5/5" in out.getvalue() and "alias" in out.getvalue()
    assert product_search(ProductQuery(text="router")).total == 1


def test_engine_and_database_agree_on_the_relevance_harness(engine, catalogue):
    from search.evaluation import evaluate

    engine.rebuild()
    judged = [{"query": "duvet cover", "judgments": [{"grade": 3, "title_has": ["duvet cover"]}]}]
    assert evaluate("engine", judged).ndcg == pytest.approx(1.0)
    assert evaluate("database", judged).ndcg == pytest.approx(1.0)
