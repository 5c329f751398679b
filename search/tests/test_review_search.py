"""Review search on the database backend (always run): filters, counts, sorts, the product page and the
dashboard search with its vendor scoping. The engine suite (test_engine_reviews.py) checks the engine
answers exactly the same."""

import pytest
from django.urls import reverse

from reviews.models import ModerationStatus, ProductReview
from search.review_search import ReviewQuery, review_search

pytestmark = pytest.mark.django_db

URL = reverse("search:review-search")


def published(**filters):
    return ProductReview.objects.filter(status=ModerationStatus.PUBLISHED, **filters)


def test_filters_counts_and_sorts_on_the_database(reviewed_catalogue):
    teapot = reviewed_catalogue["teapot"]
    found = review_search(ReviewQuery(product_id=teapot.pk, stars=5, verified=True, sort="recent", limit=100))
    expected = published(product=teapot, score=5, is_verified_purchase=True).order_by("-date_created", "-pk")
    assert found.backend == "database"
    assert list(found.ids.values_list("pk", flat=True)) == list(expected.values_list("pk", flat=True))
    assert found.total == expected.count() > 0
    # Each facet counts under the other filters: the star counts ignore the chosen star.
    for stars in range(1, 6):
        assert (
            found.counts["stars"][str(stars)]
            == published(product=teapot, score=stars, is_verified_purchase=True).count()
        )
    assert found.counts["verified"]["1"] == published(product=teapot, score=5, is_verified_purchase=True).count()
    assert (
        found.counts["media"]["1"]
        == published(product=teapot, score=5, is_verified_purchase=True, has_media=True).count()
    )


def test_text_matches_every_word_in_title_or_body(reviewed_catalogue):
    teapot = reviewed_catalogue["teapot"]
    found = review_search(ReviewQuery(product_id=teapot.pk, text="zipper broke", limit=100))
    expected = published(product=teapot, body__contains="zipper broke")
    assert found.total == expected.count() > 0
    assert set(found.ids.values_list("pk", flat=True)) == set(expected.values_list("pk", flat=True))
    assert review_search(ReviewQuery(product_id=teapot.pk, text='zipper" OR *:* \\ {"a": 1}')).total > 0


def test_query_string_drops_unknown_values_and_keeps_vendors_in_scope(rf, reviewed_catalogue):
    partner_a = reviewed_catalogue["a"][0]
    partner_b = reviewed_catalogue["b"][0]
    params = {"stars": "9", "status": "0", "vendor": str(partner_b.pk), "sort": "bogus", "q": "x" * 10_000}
    query = ReviewQuery.from_querydict(rf.get("/", params).GET, vendor_ids=(partner_a.pk,), public=True)
    assert (query.stars, query.status, query.vendor, query.sort) == (None, None, None, "helpful")
    assert len(query.text) == 200
    staff = ReviewQuery.from_querydict(rf.get("/", {"status": "2", "vendor": str(partner_b.pk)}).GET, public=False)
    assert (staff.status, staff.vendor) == (2, partner_b.pk)


def test_engine_down_falls_back_to_the_database(settings, reviewed_catalogue, caplog):
    settings.SEARCH_ENGINE_URL = "http://127.0.0.1:9"  # nothing listens there
    settings.SEARCH_ENGINE_TIMEOUT = 0.5
    found = review_search(ReviewQuery(product_id=reviewed_catalogue["teapot"].pk, text="cotton"))
    assert found.backend == "database" and found.total > 0
    assert "falling back to the database backend" in caplog.text


def test_product_page_filters_reviews_by_text_and_shows_counts(client, reviewed_catalogue):
    teapot = reviewed_catalogue["teapot"]
    page = client.get(teapot.get_absolute_url(), {"review_q": "zipper broke", "verified": "1"}).content.decode()
    page = page.split("data-review-filters", 1)[1]  # the list, after the highlighted reviews
    matching = published(product=teapot, body__contains="zipper broke", is_verified_purchase=True)
    assert f"{matching.count()} review" in page
    for review in published(product=teapot).exclude(pk__in=matching.values("pk")):
        assert f'id="review-{review.pk}"' not in page
    for review in matching:
        assert f'id="review-{review.pk}"' in page
    assert 'data-facet-count="verified">(' in page


def test_staff_search_every_review_with_status_filter(client, staff_user, reviewed_catalogue):
    client.force_login(staff_user)
    response = client.get(URL, {"status": "0"})
    assert response.status_code == 200
    pending = ProductReview.objects.filter(status=ModerationStatus.PENDING)
    assert response.context["found"].total == pending.count() > 0
    assert {review.pk for review in response.context["reviews"]} == set(pending.values_list("pk", flat=True))
    statuses = {facet.name: facet for facet in response.context["facets"]}["status"]
    assert {option.value: option.count for option in statuses.options} == {
        str(status): ProductReview.objects.filter(status=status).count() for status in (0, 1, 2)
    }
    # Across products: the product title matches too.
    assert client.get(URL, {"q": "brass lamp"}).context["found"].total == reviewed_catalogue["lamp"].reviews.count()


def test_vendors_search_only_published_reviews_of_their_products(client, reviewed_catalogue):
    partner_a, user_a = reviewed_catalogue["a"]
    partner_b = reviewed_catalogue["b"][0]
    client.force_login(user_a)
    response = client.get(URL, {"status": "0", "vendor": str(partner_b.pk)})  # both ignored for a vendor
    assert response.status_code == 200
    own = published(partner=partner_a)
    assert response.context["found"].total == own.count() > 0
    assert {review.pk for review in response.context["reviews"]} <= set(own.values_list("pk", flat=True))
    page = response.content.decode()
    for review in ProductReview.objects.exclude(pk__in=own.values("pk")):
        assert f'data-review-id="{review.pk}"' not in page
    assert "Brass Desk Lamp" not in page  # vendor B's product, nowhere
    assert client.get(URL, {"q": "brass lamp"}).context["found"].total == 0


def test_review_search_needs_staff_or_a_vendor(client, shopper):
    assert client.get(URL).status_code == 302  # to the login page
    client.force_login(shopper)
    assert client.get(URL).status_code == 403


def test_bad_input_gives_a_normal_page(client, staff_user, reviewed_catalogue):
    client.force_login(staff_user)
    for params in (
        {"q": "x" * 10_000},
        {"q": '" OR 1=1 -- *:* \\ {"query": {}}', "stars": "99", "status": "-1", "vendor": "abc", "page": "x"},
        {"q": "éàü 漢字 🙂", "page": "999999", "sort": "../../etc"},
    ):
        assert client.get(URL, params).status_code == 200
    teapot = reviewed_catalogue["teapot"]
    page = client.get(teapot.get_absolute_url(), {"review_q": "x" * 10_000, "reviews_page": "99999999"})
    assert page.status_code == 200


def test_filtering_the_review_list_costs_one_query_its_counts(client, reviewed_catalogue):
    """On the database, the unfiltered list reads its reviews as before (ids as a subquery, counts from the
    summary); a filtered one adds exactly one query: the facet counts under the filters."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    url = reviewed_catalogue["teapot"].get_absolute_url()
    client.get(url)  # warm caches

    def review_queries(params) -> int:
        with CaptureQueriesContext(connection) as context:
            assert client.get(url, params).status_code == 200
        return sum("reviews_" in query["sql"] for query in context.captured_queries)

    assert review_queries({"stars": "5", "verified": "1", "review_q": "cotton"}) == review_queries({}) + 1
