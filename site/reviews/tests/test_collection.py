"""Review requests after delivery (or long after shipping), the one reminder, opt-out, and signed single-use links."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.core import mail, signing
from django.core.exceptions import ValidationError
from django.urls import reverse

from core.signals import fulfilment_changed
from reviews import services, tasks
from reviews.models import ProductReview, ReviewOptOut, ReviewRequest, VendorReview

pytestmark = pytest.mark.django_db
MONDAY = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def test_schedule_after_delivery_then_one_reminder(
    settings, shopper, product, order_line_factory, django_capture_on_commit_callbacks
):
    settings.REVIEWS_REQUEST_DELAY_DAYS = 5
    settings.REVIEWS_REMINDER_AFTER_DAYS = 7
    with time_machine.travel(MONDAY, tick=False) as clock:
        with django_capture_on_commit_callbacks(execute=True):
            line = order_line_factory(user=shopper, product=product)  # delivered now
        request = ReviewRequest.objects.get(order_line=line)
        assert request.due_at == MONDAY + timedelta(days=5)
        assert mail.outbox == []

        def run_beat():
            with django_capture_on_commit_callbacks(execute=True):
                return tasks.review_requests_send_due()

        clock.shift(timedelta(days=4, hours=23))
        assert run_beat() == 0
        clock.shift(timedelta(hours=1))
        assert run_beat() == 1
        assert len(mail.outbox) == 1 and mail.outbox[0].to == [shopper.email]
        assert "/reviews/write/" in mail.outbox[0].body and "score=5" in mail.outbox[0].body
        assert run_beat() == 0  # idempotent
        clock.shift(timedelta(days=7))
        assert run_beat() == 1
        assert len(mail.outbox) == 2
        clock.shift(timedelta(days=30))
        assert run_beat() == 0  # one reminder only
    assert len(mail.outbox) == 2


def test_delay_configurable_per_category(settings, shopper, product, order_line_factory):
    category = product.categories.create(name="Furniture", slug="furniture", depth=1, path="0099")
    settings.REVIEWS_REQUEST_DELAY_DAYS_BY_CATEGORY = {category.slug: 14}
    with time_machine.travel(MONDAY, tick=False):
        line = order_line_factory(user=shopper, product=product)
    assert ReviewRequest.objects.get(order_line=line).due_at == MONDAY + timedelta(days=14)


def test_fallback_after_shipping_when_no_delivery_event(settings, shopper, product, order_line_factory):
    settings.REVIEWS_REQUEST_AFTER_SHIPPING_DAYS = 10
    line = order_line_factory(user=shopper, product=product, delivered=False)
    with time_machine.travel(MONDAY, tick=False) as clock:
        fulfilment_changed.send(sender=None, order=line.order, partner=line.partner, lines=[line], status="shipped")
        assert ReviewRequest.objects.get(order_line=line).due_at == MONDAY + timedelta(days=10)
        clock.shift(timedelta(days=2))
        fulfilment_changed.send(sender=None, order=line.order, partner=line.partner, lines=[line], status="delivered")
    assert ReviewRequest.objects.get(order_line=line).due_at == MONDAY + timedelta(days=2 + 5)


def test_no_email_after_opt_out(shopper, product, order_line_factory, client):
    with time_machine.travel(MONDAY, tick=False) as clock:
        line = order_line_factory(user=shopper, product=product)
        request = ReviewRequest.objects.get(order_line=line)
        token = services.opt_out_token(shopper.email)
        response = client.post(reverse("reviews:unsubscribe", kwargs={"token": token}))
        assert response.status_code == 200
        assert ReviewOptOut.objects.filter(email=shopper.email).exists()
        clock.shift(timedelta(days=6))
        assert services.review_request_send(request_id=request.pk) == "opted-out"
    assert mail.outbox == []


def test_signed_link_opens_a_form_with_preselected_stars_and_is_single_use(
    shopper, product, order_line_factory, client, vendor_a
):
    line = order_line_factory(user=shopper, product=product)
    token = services.review_link_token(ReviewRequest.objects.get(order_line=line))
    url = reverse("reviews:write", kwargs={"token": token})
    page = client.get(url + "?score=4")
    assert page.status_code == 200
    assert (
        b'value="4" class="star-input" required id="id_score_1" checked' in page.content
        or page.context["form"].initial["score"] == 4
    )
    response = client.post(
        url,
        {
            "score": "4",
            "title": "Solid",
            "body": "Does the job, well sewn.",
            "vendor-delivery_score": "5",
            "vendor-communication_score": "4",
            "vendor-as_described_score": "5",
        },
    )
    assert response.status_code == 200, response.content
    review = ProductReview.objects.get()
    assert review.is_verified_purchase and review.user == shopper and review.source == "email"
    assert VendorReview.objects.get().partner == vendor_a[0]
    again = client.post(url, {"score": "1", "title": "Again", "body": "Second try at this"})
    assert again.status_code == 410 and ProductReview.objects.count() == 1


def test_forged_and_expired_links_are_refused(settings, shopper, product, order_line_factory, client):
    settings.REVIEWS_LINK_MAX_AGE_DAYS = 30
    line = order_line_factory(user=shopper, product=product)
    request = ReviewRequest.objects.get(order_line=line)
    with time_machine.travel(MONDAY, tick=False) as clock:
        token = services.review_link_token(request)
        clock.shift(timedelta(days=31))
        with pytest.raises(ValidationError, match="expired"):
            services.review_request_from_token(token)
        assert client.get(reverse("reviews:write", kwargs={"token": token})).status_code == 410
    forged = signing.dumps({"request": request.pk}, salt="something-else")
    with pytest.raises(ValidationError, match="not valid"):
        services.review_request_from_token(forged)


def test_bad_input_through_the_link_saves_nothing(shopper, product, order_line_factory, client):
    line = order_line_factory(user=shopper, product=product)
    url = reverse("reviews:write", kwargs={"token": services.review_link_token(line.review_request)})
    response = client.post(
        url, {"score": "4", "title": "Fine", "body": "Good enough for me", "vendor-delivery_score": "5"}
    )  # vendor rating half filled
    assert response.status_code == 400
    assert not ProductReview.objects.exists() and not VendorReview.objects.exists()
    assert ReviewRequest.objects.get(pk=line.review_request.pk).completed_at is None


def test_beat_runs_the_request_sender_hourly_and_the_badge_recompute_nightly(settings):
    from config.celery_app import app

    schedule = {entry["task"]: entry["schedule"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert schedule["reviews.tasks.review_requests_send_due"] == 3600
    assert schedule["reviews.tasks.seller_badges_recompute"].hour == {3}
    assert {"reviews.tasks.review_requests_send_due", "reviews.tasks.seller_badges_recompute"} <= set(app.tasks)
