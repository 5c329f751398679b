"""Vendor replies (one, editable, moderated, reviewer notified), permissions between vendors, disputes."""

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from reviews import services
from reviews.models import ModerationDecision, ModerationStatus, ReviewDispute, VendorReply

pytestmark = pytest.mark.django_db


@pytest.fixture
def published_review(shopper, product, order_line_factory, review_factory):
    order_line_factory(user=shopper, product=product)
    review = review_factory(user=shopper, product=product, score=2, title="Meh", body="Thin cloth, fast delivery.")
    assert review.status == ModerationStatus.PUBLISHED
    return review


def test_vendor_replies_once_edits_and_the_reviewer_is_notified(
    published_review, vendor_a, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        reply = services.vendor_reply_save(
            review=published_review, user=vendor_a[1], body="Sorry, we changed supplier."
        )
    assert reply.status == ModerationStatus.PUBLISHED and reply.partner == vendor_a[0]
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["shopper@example.com"]
    assert "Atelier Alpha replied" in mail.outbox[0].subject
    edited = services.vendor_reply_save(review=published_review, user=vendor_a[1], body="Sorry! We changed supplier.")
    assert edited.pk == reply.pk and VendorReply.objects.count() == 1
    assert edited.body == "Sorry! We changed supplier."


def test_vendor_a_cannot_reply_to_or_dispute_vendor_bs_review(published_review, vendor_b, shopper):
    for user in (vendor_b[1], shopper):
        with pytest.raises(PermissionDenied):
            services.vendor_reply_save(review=published_review, user=user, body="Not my product")
        with pytest.raises(PermissionDenied):
            services.review_dispute_open(review=published_review, user=user, reason="This review is not fair at all")
    assert not VendorReply.objects.exists() and not ReviewDispute.objects.exists()


def test_vendor_b_gets_403_through_the_view(published_review, vendor_b, client):
    client.force_login(vendor_b[1])
    response = client.post(reverse("reviews:vendor-reply", kwargs={"pk": published_review.pk}), {"body": "Hi"})
    assert response.status_code == 403
    assert not VendorReply.objects.exists()


def test_reply_goes_through_the_same_pipeline(published_review, vendor_a):
    reply = services.vendor_reply_save(
        review=published_review, user=vendor_a[1], body="Appelez-nous au 06 12 34 56 78, espèce de connard"
    )
    assert reply.status == ModerationStatus.PENDING  # two doubtful signals: a moderator decides
    assert set(reply.reason_codes) == {"personal_data", "offensive_language"}
    assert ModerationDecision.objects.filter(object_id=reply.pk, decision="queue").exists()
    slur = services.vendor_reply_save(review=published_review, user=vendor_a[1], body="Va mourir, fils de pute")
    assert slur.pk == reply.pk and slur.status == ModerationStatus.REJECTED


def test_dispute_upheld_rejects_the_review_and_keeps_it(
    published_review, vendor_a, staff_user, django_capture_on_commit_callbacks
):
    dispute = services.review_dispute_open(
        review=published_review, user=vendor_a[1], reason="The shopper never received this product from us"
    )
    with pytest.raises(ValidationError):
        services.review_dispute_open(review=published_review, user=vendor_a[1], reason="Second dispute, same review")
    with django_capture_on_commit_callbacks(execute=True):
        services.review_dispute_decide(dispute=dispute, moderator=staff_user, uphold=True, note="Wrong product")
    published_review.refresh_from_db()
    assert published_review.status == ModerationStatus.REJECTED
    assert "Wrong product" in mail.outbox[-1].body
    with pytest.raises(ValidationError):
        services.review_dispute_decide(dispute=dispute, moderator=staff_user, uphold=False, note="again")


def test_vendor_review_page_lists_only_its_own_reviews(published_review, vendor_a, vendor_b, client):
    client.force_login(vendor_a[1])
    assert b"Thin cloth" in client.get(reverse("reviews:vendor-reviews")).content
    client.force_login(vendor_b[1])
    assert b"Thin cloth" not in client.get(reverse("reviews:vendor-reviews")).content
    # Asking for vendor A's partner id does not help vendor B.
    response = client.get(reverse("reviews:vendor-reviews") + f"?partner={vendor_a[0].pk}")
    assert b"Thin cloth" not in response.content


def test_shopper_cannot_open_vendor_pages(shopper, client):
    client.force_login(shopper)
    assert client.get(reverse("reviews:vendor-reviews")).status_code == 403
    assert client.get(reverse("reviews:statistics")).status_code == 403
    assert client.get(reverse("reviews:moderation-queue")).status_code == 302  # to the admin login
