"""Submitting a product review: verified purchase, bad input, media by content, decisions logged, authors told."""

import io

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from reviews import services
from reviews.models import ModerationDecision, ModerationStatus, ProductReview, ReviewMedia

pytestmark = pytest.mark.django_db


def png_bytes(size=(8, 8)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, "red").save(buffer, "PNG")
    return buffer.getvalue()


MP4_HEAD = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + b"\x00" * 64
WEBM_HEAD = b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\xf7\x81\x01\x42\xf2\x81\x04B\x82\x84webm" + b"\x00" * 64


def test_review_of_a_delivered_line_is_verified_and_published(
    shopper, product, order_line_factory, review_factory, django_capture_on_commit_callbacks
):
    line = order_line_factory(user=shopper, product=product)
    with django_capture_on_commit_callbacks(execute=True):
        review = review_factory(user=shopper, product=product, score=4)
    review.refresh_from_db()
    assert review.is_verified_purchase and review.order_line == line
    assert review.status == ModerationStatus.PUBLISHED and review.date_published
    product.refresh_from_db()
    assert product.rating == 4.0  # Oscar's listing stars stay up to date
    decision = ModerationDecision.objects.get(object_id=review.pk)
    assert decision.decision == "publish" and decision.is_automatic


def test_line_not_yet_delivered_is_refused(shopper, product, order_line_factory):
    line = order_line_factory(user=shopper, product=product, delivered=False)
    with pytest.raises(ValidationError) as error:
        services.review_submit(
            user=shopper, product=product, score=5, title="Nice", body="Looks good so far", order_line=line
        )
    assert "order_line" in error.value.message_dict
    assert not ProductReview.objects.exists()


def test_signed_in_reviewer_without_purchase_is_unverified_and_queued(shopper, product, review_factory):
    review = review_factory(user=shopper, product=product)
    assert not review.is_verified_purchase
    assert review.status == ModerationStatus.PENDING
    assert "never_bought" in review.reason_codes


def test_unverified_reviews_can_be_switched_off(settings, shopper, product):
    settings.REVIEWS_ALLOW_UNVERIFIED = False
    with pytest.raises(ValidationError):
        services.review_submit(user=shopper, product=product, score=5, title="Nice", body="I never bought it")


def test_anonymous_reviews_are_off(product):
    with pytest.raises(PermissionDenied):
        services.review_submit(user=None, product=product, score=5, title="Nice", body="Anonymous opinion here")


def test_second_review_of_the_same_line_is_refused(shopper, product, order_line_factory, review_factory):
    line = order_line_factory(user=shopper, product=product)
    review_factory(user=shopper, product=product, order_line=line)
    with pytest.raises(ValidationError, match="already reviewed"):
        review_factory(user=shopper, product=product, order_line=line, title="Again")
    assert ProductReview.objects.count() == 1


def test_someone_elses_line_is_refused(shopper, product, order_line_factory, django_user_model):
    other = django_user_model.objects.create_user(email="other@example.com", password="x")
    line = order_line_factory(user=other, product=product)
    with pytest.raises(PermissionDenied):
        services.review_submit(
            user=shopper, product=product, score=5, title="Mine", body="Not really mine", order_line=line
        )


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"score": 0}, "score"),
        ({"score": 6}, "score"),
        ({"score": "five"}, "score"),
        ({"body": ""}, "body"),
        ({"body": "x" * 20_000}, "body"),
        ({"title": "   "}, "title"),
        ({"title": "t" * 500}, "title"),
        ({"quality_score": 9}, "quality_score"),
    ],
)
def test_bad_input_gives_a_clear_error_and_saves_nothing(fields, field, shopper, product):
    data = {"score": 5, "title": "Nice", "body": "A perfectly fine review text.", **fields}
    with pytest.raises(ValidationError) as error:
        services.review_submit(user=shopper, product=product, **data)
    assert field in error.value.message_dict
    assert not ProductReview.objects.exists() and not ModerationDecision.objects.exists()


def test_html_and_scripts_are_stripped(shopper, product):
    review = services.review_submit(
        user=shopper,
        product=product,
        score=5,
        title="<b>Nice</b> & good",
        body='<script>alert("x")</script><p onclick="x()">Really <i>good</i> cloth</p>',
    )
    assert review.title == "Nice & good"
    assert review.body == "Really good cloth"


def test_script_only_body_is_empty_after_cleaning(shopper, product):
    with pytest.raises(ValidationError) as error:
        services.review_submit(
            user=shopper, product=product, score=5, title="x", body="<script>document.cookie</script>"
        )
    assert "body" in error.value.message_dict


def test_photos_and_videos_are_checked_by_content(shopper, product, order_line_factory):
    order_line_factory(user=shopper, product=product)
    uploads = [
        SimpleUploadedFile("photo.txt", png_bytes(), content_type="text/plain"),  # a real PNG, odd name
        SimpleUploadedFile("clip.bin", MP4_HEAD, content_type="application/octet-stream"),
        SimpleUploadedFile("clip.webm", WEBM_HEAD, content_type="video/webm"),
    ]
    review = services.review_submit(
        user=shopper, product=product, score=5, title="With media", body="Pictures and a video below.", media=uploads
    )
    assert review.has_media
    assert sorted(ReviewMedia.objects.values_list("content_type", flat=True)) == [
        "image/png",
        "video/mp4",
        "video/webm",
    ]


@pytest.mark.parametrize(
    "upload",
    [
        SimpleUploadedFile("fake.jpg", b"<?php evil(); ?>" * 10, content_type="image/jpeg"),
        SimpleUploadedFile("fake.mp4", b"MZ\x90\x00" + b"\x00" * 100, content_type="video/mp4"),
    ],
)
def test_wrong_type_media_is_refused_and_nothing_saved(upload, shopper, product):
    with pytest.raises(ValidationError) as error:
        services.review_submit(
            user=shopper, product=product, score=5, title="Bad file", body="See attachment", media=[upload]
        )
    assert "media" in error.value.message_dict
    assert not ProductReview.objects.exists()


def test_oversized_media_is_refused(settings, shopper, product):
    settings.REVIEWS_IMAGE_MAX_BYTES = 100
    settings.REVIEWS_VIDEO_MAX_BYTES = 100
    for upload in (SimpleUploadedFile("p.png", png_bytes((64, 64))), SimpleUploadedFile("v.mp4", MP4_HEAD * 3)):
        with pytest.raises(ValidationError, match="up to"):
            services.review_submit(
                user=shopper, product=product, score=5, title="Big", body="Big attachment", media=[upload]
            )


def test_rejected_review_is_kept_and_the_author_gets_the_reason(
    shopper, product, order_line_factory, django_capture_on_commit_callbacks
):
    order_line_factory(user=shopper, product=product)
    with django_capture_on_commit_callbacks(execute=True):
        review = services.review_submit(
            user=shopper, product=product, score=1, title="Bad", body="Vendeur de merde, espèce de fils de pute"
        )
    review.refresh_from_db()
    assert review.status == ModerationStatus.REJECTED
    assert ProductReview.objects.filter(pk=review.pk).exists()
    assert "offensive_language_severe" in review.reason_codes
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [shopper.email]
    assert "abusive language" in mail.outbox[0].body
    with pytest.raises(PermissionError):
        review.delete()


def test_queued_review_waits_and_staff_decision_is_logged(
    shopper, staff_user, product, order_line_factory, django_capture_on_commit_callbacks
):
    order_line_factory(user=shopper, product=product)
    review = services.review_submit(
        user=shopper, product=product, score=2, title="Contact me", body="Write to me at jane@example.com about it"
    )
    assert review.status == ModerationStatus.PENDING and review.reason_codes == ["personal_data"]
    with pytest.raises(ValidationError):
        services.content_moderate(obj=review, moderator=staff_user, decision="reject", note="")
    with django_capture_on_commit_callbacks(execute=True):
        services.content_moderate(obj=review, moderator=staff_user, decision="reject", note="No e-mail addresses")
    decisions = list(ModerationDecision.objects.filter(object_id=review.pk).order_by("id"))
    assert [(d.decision, d.moderator_id) for d in decisions] == [("queue", None), ("reject", staff_user.pk)]
    assert "No e-mail addresses" in mail.outbox[-1].body


def test_reports_send_a_published_review_back_to_the_queue(
    settings, shopper, product, order_line_factory, review_factory, django_user_model
):
    settings.REVIEWS_REPORTS_TO_QUEUE = 2
    order_line_factory(user=shopper, product=product)
    review = review_factory(user=shopper, product=product)
    assert review.status == ModerationStatus.PUBLISHED
    readers = [django_user_model.objects.create_user(email=f"r{i}@example.com", password="x") for i in range(2)]
    services.review_report(review=review, reporter=readers[0], reason="fake")
    with pytest.raises(ValidationError):
        services.review_report(review=review, reporter=readers[0], reason="fake")
    services.review_report(review=review, reporter=readers[1], reason="offensive")
    review.refresh_from_db()
    assert review.status == ModerationStatus.PENDING
