"""Pages: writing from the product page, the staff moderation queue, vendor statistics and their CSV export."""

import csv
import io

import pytest
from django.urls import reverse

from reviews import services
from reviews.models import ModerationStatus, ProductReview

pytestmark = pytest.mark.django_db


def test_signed_in_shopper_writes_a_review_from_the_product_page(shopper, product, order_line_factory, client):
    order_line_factory(user=shopper, product=product)
    client.force_login(shopper)
    url = reverse("catalogue:reviews-add", kwargs={"product_slug": product.slug, "product_pk": product.pk})
    assert client.get(url).status_code == 200
    bad = client.post(url, {"score": "7", "title": "x", "body": "short"})
    assert bad.status_code == 400 and not ProductReview.objects.exists()
    response = client.post(url, {"score": "5", "title": "<b>Great</b>", "body": "Solid and well made apron."})
    assert response.status_code == 302
    review = ProductReview.objects.get()
    assert review.title == "Great" and review.is_verified_purchase and review.status == ModerationStatus.PUBLISHED


def test_anonymous_visitor_is_sent_to_login(product, client):
    url = reverse("catalogue:reviews-add", kwargs={"product_slug": product.slug, "product_pk": product.pk})
    response = client.post(url, {"score": "5", "title": "Hi", "body": "Anonymous opinion"})
    assert response.status_code == 302 and "login" in response["Location"]
    assert not ProductReview.objects.exists()


def test_moderation_queue_shows_reasons_and_records_decisions(shopper, staff_user, product, client):
    review = services.review_submit(
        user=shopper, product=product, score=1, title="Arnaque", body="Bande d'escrocs, appelez le 06 12 34 56 78"
    )
    assert review.status == ModerationStatus.PENDING or review.status == ModerationStatus.REJECTED
    pending = services.review_submit(
        user=staff_user, product=product, score=4, title="Correct", body="Produit correct, sans plus."
    )
    client.force_login(staff_user)
    page = client.get(reverse("reviews:moderation-queue")).content.decode()
    assert "never_bought" in page and "Correct" in page
    response = client.post(
        reverse("reviews:moderation-decide", kwargs={"kind": "review", "pk": pending.pk}), {"decision": "publish"}
    )
    assert response.status_code == 302
    pending.refresh_from_db()
    assert pending.status == ModerationStatus.PUBLISHED
    assert "automatic" in client.get(reverse("reviews:moderation-queue")).content.decode()


def test_vendor_statistics_page_and_csv(shopper, product, order_line_factory, review_factory, vendor_a, client):
    order_line_factory(user=shopper, product=product)
    review = review_factory(user=shopper, product=product, score=4)
    services.vendor_reply_save(review=review, user=vendor_a[1], body="Thank you very much!")
    client.force_login(vendor_a[1])
    page = client.get(reverse("reviews:statistics")).content.decode()
    assert "<svg" in page and "Linen apron" in page and "100 %" in page
    export = client.get(reverse("reviews:statistics-csv"))
    rows = list(csv.reader(io.StringIO(export.content.decode())))
    assert rows[0][:3] == ["product_id", "upc", "title"] and rows[1][2] == "Linen apron" and rows[1][5] == "1"


def test_vendor_b_statistics_do_not_include_vendor_a(
    shopper, product, order_line_factory, review_factory, vendor_b, client
):
    order_line_factory(user=shopper, product=product)
    review_factory(user=shopper, product=product)
    client.force_login(vendor_b[1])
    assert "Linen apron" not in client.get(reverse("reviews:statistics")).content.decode()
    rows = list(csv.reader(io.StringIO(client.get(reverse("reviews:statistics-csv")).content.decode())))
    assert len(rows) == 1


def test_themes_set_positive_and_negative_words_apart():
    from reviews.selectors import review_themes

    themes = review_themes(
        {
            "positive": ["Livraison rapide, tissu doux", "Tissu doux et livraison rapide", "rapide et doux"],
            "negative": ["Couture cassée, emballage abîmé", "Couture cassée à la livraison", "emballage abîmé"],
        }
    )
    positive = [word for word, _count in themes["positive"]]
    negative = [word for word, _count in themes["negative"]]
    assert "doux" in positive and "rapide" in positive
    assert "couture" in negative and "cassee" in negative


def test_vendor_rating_and_badge_tags(shopper, vendor_a, vendor_b, product, order_line_factory):
    from django.template import Context, Template

    from reviews.models import SellerBadge

    line = order_line_factory(user=shopper, product=product)
    services.vendor_review_submit(
        user=shopper,
        partner=vendor_a[0],
        order=line.order,
        delivery_score=5,
        communication_score=4,
        as_described_score=3,
        body="Rapide et aimable",
    )
    SellerBadge.objects.create(partner=vendor_a[0], is_verified=True)
    template = Template("{% load review_display %}{% vendor_rating partner %}")
    html = template.render(Context({"partner": vendor_a[0]}))
    assert "4.0 out of 5 stars" in html and "Verified seller" in html
    assert "Verified seller" not in template.render(Context({"partner": vendor_b[0]}))


def test_product_page_says_sold_by_a_verified_seller(
    shopper, vendor_a, product, order_line_factory, review_factory, client
):
    from reviews.models import SellerBadge

    order_line_factory(user=shopper, product=product)
    review_factory(user=shopper, product=product)
    assert "Sold by a verified seller" not in client.get(product.get_absolute_url()).content.decode()
    SellerBadge.objects.create(partner=vendor_a[0], is_verified=True)
    assert "Sold by a verified seller" in client.get(product.get_absolute_url()).content.decode()


def test_themes_leave_out_function_words():
    from reviews.selectors import review_themes

    themes = review_themes(
        {
            "positive": ["Worth every euro, sturdy", "Sturdy and worth every cent", "Chaque pièce est solide"],
            "negative": ["Every seam came apart", "Seams came apart after a week", "Chaque couture a lâché"],
        }
    )
    words = {word for key in ("positive", "negative") for word, _count in themes[key]}
    assert "sturdy" in words and "apart" in words
    assert not words & {"every", "chaque", "after"}
