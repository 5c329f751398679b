"""Vendor ratings and verified-seller badges where shoppers browse: storefront and product cards."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from oscar.core.loading import get_model

from reviews import services
from reviews.models import ModerationStatus, SellerBadge, VendorReview

pytestmark = pytest.mark.django_db
Partner = get_model("partner", "Partner")


@pytest.fixture
def storefront(vendor_a):
    from vendors.models import VendorProfile

    partner = vendor_a[0]
    profile, _ = VendorProfile.objects.get_or_create(partner=partner, defaults={"slug": "atelier-alpha"})
    return partner, reverse("vendors:storefront", kwargs={"slug": profile.slug})


def _vendor_review(partner, user, scores, body, status=ModerationStatus.PUBLISHED):
    delivery, communication, described = scores
    return VendorReview.objects.create(
        partner=partner,
        user=user,
        delivery_score=delivery,
        communication_score=communication,
        as_described_score=described,
        body=body,
        status=status,
    )


def test_storefront_shows_badge_sub_ratings_and_recent_comments(client, storefront, shopper, product_factory):
    partner, url = storefront
    product_factory(title="Linen apron", partner=partner)
    assert "Verified seller" not in client.get(url).content.decode()

    SellerBadge.objects.create(partner=partner, is_verified=True)
    shopper.first_name = "Camille"
    shopper.save()
    _vendor_review(partner, shopper, (5, 4, 3), "Quick shipping, kind answers.")
    _vendor_review(partner, None, (3, 2, 5), "")
    _vendor_review(partner, None, (1, 1, 1), "Pending insult", status=ModerationStatus.PENDING)
    body = client.get(url).content.decode()

    assert body.count("Verified seller") >= 2  # the storefront header and the product card
    assert "Quick shipping, kind answers." in body and "Camille" in body
    assert "Pending insult" not in body
    rating = body[body.index('id="rating-title"') : body.index('id="products-title"')]
    for label, average in (("Delivery", "4.0"), ("Communication", "3.0"), ("As described", "4.0")):
        assert label in rating and average in rating
    assert "(2)" in rating  # two published ratings


def test_storefront_comments_come_from_the_submit_service(client, storefront, shopper):
    partner, url = storefront
    services.vendor_review_submit(
        user=shopper,
        partner=partner,
        order=None,
        delivery_score=5,
        communication_score=5,
        as_described_score=5,
        body="Parcel arrived in two days, well packed.",
    )
    review = VendorReview.objects.get()
    body = client.get(url).content.decode()
    assert ("Parcel arrived in two days" in body) == (review.status == ModerationStatus.PUBLISHED)


def _catalogue_queries(client, product_factory, count, offset):
    for index in range(offset, offset + count):
        partner = Partner.objects.create(name=f"Vendor {index}")
        SellerBadge.objects.create(partner=partner, is_verified=index % 2 == 0)
        product_factory(title=f"Lamp {index}", partner=partner)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("catalogue:index"))
    assert response.status_code == 200
    return len(queries), response.content.decode()


def test_catalogue_query_count_does_not_grow_with_products_and_vendors(client, product_factory):
    # Warm one-off work (site and content-type caches, the shared "no image" thumbnail) before counting.
    _catalogue_queries(client, product_factory, 1, 0)
    few, _ = _catalogue_queries(client, product_factory, 1, 1)
    many, body = _catalogue_queries(client, product_factory, 6, 2)
    assert body.count("Lamp ") >= 8
    assert body.count("seller-badge") == 4  # vendors 0, 2, 4, 6
    assert many == few, f"{few} queries for 2 products, {many} for 8"
