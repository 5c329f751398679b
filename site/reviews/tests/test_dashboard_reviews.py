"""Oscar's dashboard review screens (shop.dashboard.reviews) go through the moderation pipeline."""

import pytest
from django.urls import reverse

from reviews.models import ModerationDecision, ModerationStatus, ProductReview

pytestmark = pytest.mark.django_db


@pytest.fixture
def review(review_factory, shopper, product):
    return review_factory(user=shopper, product=product)


def _decisions(review):
    return ModerationDecision.objects.filter(object_id=review.pk, moderator__isnull=False)


def test_list_redirects_to_the_moderation_queue(client, staff_user):
    client.force_login(staff_user)
    response = client.get(reverse("dashboard:reviews-list"))
    assert response.status_code == 302
    assert response["Location"] == reverse("reviews:moderation-queue")


def test_update_publishes_or_rejects_with_a_logged_decision(client, staff_user, review):
    client.force_login(staff_user)
    url = reverse("dashboard:reviews-update", kwargs={"pk": review.pk})
    page = client.get(url)
    assert page.status_code == 200 and review.title in page.content.decode()

    assert client.post(url, {"decision": "reject", "note": ""}).status_code == 200  # a rejection needs a reason
    assert not _decisions(review).exists()

    assert client.post(url, {"decision": "reject", "note": "Not about the product"}).status_code == 302
    review.refresh_from_db()
    assert review.status == ModerationStatus.REJECTED
    assert client.post(url, {"decision": "publish"}).status_code == 302
    review.refresh_from_db()
    assert review.status == ModerationStatus.PUBLISHED
    assert list(_decisions(review).order_by("pk").values_list("decision", "moderator")) == [
        ("reject", staff_user.pk),
        ("publish", staff_user.pk),
    ]


def test_delete_is_a_logged_rejection_never_a_deletion(client, staff_user, review):
    client.force_login(staff_user)
    url = reverse("dashboard:reviews-delete", kwargs={"pk": review.pk})
    assert client.get(url).status_code == 200
    empty = client.post(url, {"note": ""})
    assert empty.status_code == 200 and not _decisions(review).exists()

    response = client.post(url, {"note": "Spam"})
    assert response.status_code == 302
    review = ProductReview.objects.get(pk=review.pk)  # still there
    assert review.status == ModerationStatus.REJECTED
    decision = _decisions(review).get()
    assert (decision.decision, decision.note) == ("reject", "Spam")


def test_vendors_and_shoppers_are_refused(client, vendor_a, shopper, review):
    for user in (vendor_a[1], shopper):
        client.force_login(user)
        for name, kwargs in (("reviews-list", {}), ("reviews-update", {"pk": review.pk})):
            assert client.get(reverse(f"dashboard:{name}", kwargs=kwargs)).status_code in (302, 403, 404)
        delete = client.post(reverse("dashboard:reviews-delete", kwargs={"pk": review.pk}), {"note": "x"})
        assert delete.status_code in (302, 403, 404)
        review.refresh_from_db()
        assert review.status != ModerationStatus.REJECTED
