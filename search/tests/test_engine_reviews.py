"""Review search against the live engine (SEARCH_ENGINE_TEST_URL; CI starts the node): the engine answers
the same ids, totals and facet counts as the database, moderation and deletions reach the index through
the Celery indexing path, and vendors only ever search their own products' reviews."""

import re

import pytest
from django.urls import reverse

from reviews import services
from reviews.models import ModerationStatus, ProductReview
from search import review_index
from search.review_search import ReviewQuery, database_review_search, engine_review_search, review_search

pytestmark = [pytest.mark.engine, pytest.mark.django_db]

URL = reverse("search:review-search")

PRODUCT_CASES = [
    ("", {}),
    ("", {"stars": 5}),
    ("", {"verified": True, "with_media": True}),
    ("cotton", {}),
    ("zipper broke", {"verified": True}),
    ("", {"stars": 2, "verified": True, "with_media": True}),
    ("lovely", {"stars": 1}),
]
SORTS = ["helpful", "recent", "oldest", "highest", "lowest", "relevance"]


def ids(found) -> list[int]:
    return list(found.ids) if isinstance(found.ids, list) else list(found.ids.values_list("pk", flat=True))


def same_answer(query: ReviewQuery) -> None:
    from search.services import search_terms

    terms = search_terms(query.text)
    from_engine = engine_review_search(query, terms)
    from_database = database_review_search(query, terms)
    assert from_engine.counts == from_database.counts
    assert from_engine.total == from_database.total
    assert ids(from_engine) == ids(from_database)


@pytest.mark.parametrize(("text", "filters"), PRODUCT_CASES)
def test_product_review_filters_and_counts_equal_database(engine, reviewed_catalogue, text, filters):
    review_index.rebuild()
    for sort in SORTS if not text else ["helpful", "recent", "highest", "lowest"]:
        same_answer(ReviewQuery(product_id=reviewed_catalogue["teapot"].pk, text=text, sort=sort, limit=50, **filters))
    # Paging: the second page of five is the same too.
    same_answer(ReviewQuery(product_id=reviewed_catalogue["teapot"].pk, text=text, offset=5, limit=5, **filters))


@pytest.mark.parametrize(
    "filters",
    [{}, {"status": 0}, {"status": 2, "stars": 3}, {"vendor": "b"}, {"text": "brass"}, {"text": "cotton", "status": 1}],
)
def test_staff_and_vendor_search_counts_equal_database(engine, reviewed_catalogue, filters):
    review_index.rebuild()
    filters = {key: reviewed_catalogue[value][0].pk if key == "vendor" else value for key, value in filters.items()}
    same_answer(ReviewQuery(public=False, sort="recent", limit=50, **filters))  # staff
    vendor_only = {key: value for key, value in filters.items() if key not in ("status", "vendor")}
    same_answer(ReviewQuery(vendor_ids=(reviewed_catalogue["a"][0].pk,), sort="recent", limit=50, **vendor_only))


def test_moderation_and_deletion_update_the_index(
    engine, reviewed_catalogue, staff_user, django_capture_on_commit_callbacks
):
    review_index.rebuild()
    teapot = reviewed_catalogue["teapot"]
    review = ProductReview.objects.filter(product=teapot, status=ModerationStatus.PUBLISHED).order_by("pk").first()
    review.body = "A unique word: marmalade."
    with django_capture_on_commit_callbacks(execute=True):
        review.save()  # the signal queues index_reviews after commit (Celery eager in tests)
    query = ReviewQuery(product_id=teapot.pk, text="marmalade")
    assert review_search(query).backend == "engine"
    assert review_search(query).ids == [review.pk]

    with django_capture_on_commit_callbacks(execute=True):
        services.content_moderate(obj=review, moderator=staff_user, decision="reject", note="Off topic.")
    assert review_search(query).ids == []  # shoppers no longer find it
    assert review_search(ReviewQuery(public=False, text="marmalade", status=2)).ids == [review.pk]  # staff do

    with django_capture_on_commit_callbacks(execute=True):
        services.content_moderate(obj=review, moderator=staff_user, decision="publish")
    assert review_search(query).ids == [review.pk]

    # Reviews are never deleted one by one (audit trail), but a deleted product takes its reviews along.
    lamp = reviewed_catalogue["lamp"]
    lamp_reviews = set(lamp.reviews.values_list("pk", flat=True))
    assert set(review_search(ReviewQuery(public=False, text="brass", limit=50)).ids) == lamp_reviews
    with django_capture_on_commit_callbacks(execute=True):
        lamp.delete()
    assert review_search(ReviewQuery(public=False, text="brass", limit=50)).total == 0


def test_votes_reorder_most_helpful(engine, reviewed_catalogue, shopper, django_capture_on_commit_callbacks):
    review_index.rebuild()
    query = ReviewQuery(product_id=reviewed_catalogue["teapot"].pk, sort="helpful", limit=50)
    before = review_search(query).ids
    least_helpful = before[-1]
    with django_capture_on_commit_callbacks(execute=True):
        # Oscar recounts the review's votes and saves it: the signal re-indexes it after commit.
        services.review_vote(review=ProductReview.objects.get(pk=least_helpful), user=shopper, helpful=True)
    after = review_search(query).ids
    assert after == ids(database_review_search(query, ""))
    assert after.index(least_helpful) < before.index(least_helpful)


def test_product_page_and_dashboard_through_the_engine(engine, client, reviewed_catalogue):
    review_index.rebuild()
    teapot = reviewed_catalogue["teapot"]
    page = client.get(teapot.get_absolute_url(), {"review_q": "lovely colour", "sort": "recent"}).content.decode()
    page = page.split("data-review-filters", 1)[1]  # the list, after the highlighted reviews
    matching = ProductReview.objects.filter(
        product=teapot, status=ModerationStatus.PUBLISHED, body__contains="lovely colour"
    )
    assert matching.exists()
    assert [int(pk) for pk in re.findall(r'id="review-(\d+)"', page)] == list(
        matching.order_by("-date_created", "-pk").values_list("pk", flat=True)
    )
    partner_a, user_a = reviewed_catalogue["a"]
    client.force_login(user_a)
    response = client.get(URL, {"q": "brass"})  # vendor B's lamp: not A's
    assert response.context["found"].backend == "engine"
    assert response.context["found"].total == 0
    response = client.get(URL)
    own = ProductReview.objects.filter(partner=partner_a, status=ModerationStatus.PUBLISHED)
    assert response.context["found"].total == own.count()
    assert {review.partner_id for review in response.context["reviews"]} == {partner_a.pk}


def test_date_ties_sort_like_the_database(engine, reviewed_catalogue):
    """Equal dates fall back to the id on both backends (and date_nanos keeps the database's microseconds)."""
    review_index.rebuild()
    assert ProductReview.objects.values("date_created").distinct().count() < ProductReview.objects.count()
    same_answer(ReviewQuery(public=False, sort="oldest", limit=100))
