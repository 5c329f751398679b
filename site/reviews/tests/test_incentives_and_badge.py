"""Incentives that cannot buy ratings (same points whatever the score, labelled, capped) and the seller badge."""

from datetime import timedelta

import pytest
from django.utils import timezone

from reviews import services
from reviews.models import ProductReview, ReviewReward, SellerBadgeEvent, VendorReply

pytestmark = pytest.mark.django_db


@pytest.fixture
def settings_points(settings):
    settings.REVIEWS_INCENTIVE_POINTS = {"review": 20, "text": 10, "media": 20}
    settings.REVIEWS_INCENTIVE_TEXT_MIN_LENGTH = 50
    settings.REVIEWS_INCENTIVE_CAP = (60, 30)
    return settings


def _published(user, product, order_line_factory, review_factory, captured, **kwargs):
    order_line_factory(user=user, product=product)
    with captured(execute=True):
        review = review_factory(user=user, product=product, **kwargs)
    review.refresh_from_db()
    return review


@pytest.mark.parametrize("score", [1, 3, 5])
def test_same_points_whatever_the_score_and_the_review_is_labelled(
    score,
    settings_points,
    shopper,
    product,
    order_line_factory,
    review_factory,
    django_capture_on_commit_callbacks,
    client,
):
    review = _published(
        shopper,
        product,
        order_line_factory,
        review_factory,
        django_capture_on_commit_callbacks,
        score=score,
        body="Long enough text " * 4,
    )
    assert review.reward.points == 30 and review.reward.breakdown == {"review": 20, "text": 10}
    assert review.is_incentivised
    page = client.get(product.get_absolute_url())
    assert b"Incentivised review" in page.content


def test_unpublished_reviews_earn_nothing(
    settings_points, shopper, product, review_factory, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        review = review_factory(user=shopper, product=product)  # never bought: queued
    assert not ReviewReward.objects.exists()
    assert not ProductReview.objects.get(pk=review.pk).is_incentivised


def test_points_are_capped_per_period(
    settings_points, shopper, product_factory, order_line_factory, review_factory, django_capture_on_commit_callbacks
):
    points = []
    for index in range(3):
        review = _published(
            shopper,
            product_factory(title=f"Item {index}"),
            order_line_factory,
            review_factory,
            django_capture_on_commit_callbacks,
            title=f"Item {index}",
            body=f"Review number {index} " * 5,
        )
        points.append(getattr(ReviewReward.objects.filter(review=review).first(), "points", 0))
    assert points == [30, 30, 0]
    ReviewReward.objects.update(date_created=timezone.now() - timedelta(days=31))
    assert services.incentive_award(review_id=review.pk).points == 30


def _reviews_for(partner, product, users, *, score, replied):
    from reviews.models import ModerationStatus

    reviews = [
        ProductReview.objects.create(
            product=product,
            user=user,
            partner=partner,
            score=score,
            title="t",
            body="b",
            is_verified_purchase=True,
            status=ModerationStatus.PUBLISHED,
        )
        for user in users
    ]
    for review in reviews[:replied]:
        VendorReply.objects.create(review=review, partner=partner, body="Thanks", status=ModerationStatus.PUBLISHED)
    return reviews


@pytest.fixture
def buyers(django_user_model):
    return [django_user_model.objects.create_user(email=f"b{i}@example.com", password="x") for i in range(31)]


def test_badge_granted_at_the_thresholds_then_revoked_with_history(settings, vendor_a, product, buyers):
    settings.REVIEWS_BADGE_MIN_VERIFIED_REVIEWS = 25
    settings.REVIEWS_BADGE_MIN_AVERAGE = 4.3
    settings.REVIEWS_BADGE_MIN_RESPONSE_RATE = 0.8
    partner = vendor_a[0]
    _reviews_for(partner, product, buyers[:24], score=5, replied=24)
    assert not services.seller_badge_recompute(partner=partner).is_verified  # 24 < 25
    reviews = _reviews_for(partner, product, buyers[24:25], score=5, replied=1)
    badge = services.seller_badge_recompute(partner=partner)
    assert badge.is_verified and badge.metrics["verified_reviews"] == 25 and badge.metrics["response_rate"] == 1.0
    services.seller_badge_recompute(partner=partner)  # unchanged: no new history line
    # Six 1-star reviews bring the average to 4.23 → revoked.
    _reviews_for(partner, product, buyers[25:31], score=1, replied=6)
    badge = services.seller_badge_recompute(partner=partner)
    assert not badge.is_verified and badge.metrics["average"] < 4.3
    assert list(SellerBadgeEvent.objects.filter(partner=partner).values_list("event", flat=True)) == [
        "revoked",
        "granted",
    ]
    assert reviews


@pytest.mark.parametrize(
    ("metrics", "qualifies"),
    [
        ({"verified_reviews": 25, "average": 4.3, "response_rate": 0.8, "dispute_rate": 0.05}, True),
        ({"verified_reviews": 25, "average": 4.29, "response_rate": 0.8, "dispute_rate": 0.0}, False),
        ({"verified_reviews": 25, "average": 5, "response_rate": 0.79, "dispute_rate": 0.0}, False),
        ({"verified_reviews": 25, "average": 5, "response_rate": 1, "dispute_rate": 0.06}, False),
        ({"verified_reviews": 24, "average": 5, "response_rate": 1, "dispute_rate": 0.0}, False),
    ],
)
def test_badge_thresholds(settings, metrics, qualifies):
    settings.REVIEWS_BADGE_MAX_DISPUTE_RATE = 0.05
    assert services.seller_badge_qualifies(metrics) is qualifies


def test_nightly_task_recomputes_every_reviewed_vendor(vendor_a, product, buyers):
    from reviews.tasks import seller_badges_recompute

    _reviews_for(vendor_a[0], product, buyers[:26], score=5, replied=26)
    assert seller_badges_recompute() == 1
    vendor_a[0].refresh_from_db()
    assert vendor_a[0].seller_badge.is_verified


def test_badge_history_is_shown_on_the_statistics_page(staff_user, vendor_a, product, buyers, client):
    _reviews_for(vendor_a[0], product, buyers[:25], score=5, replied=25)
    services.seller_badge_recompute(partner=vendor_a[0])
    client.force_login(staff_user)
    page = client.get(f"/reviews/statistics/?partner={vendor_a[0].pk}").content.decode()
    assert "Granted" in page and "Verified seller" in page
