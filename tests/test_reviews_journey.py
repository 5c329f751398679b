"""Journey across apps: delivered order → review request e-mail → one-click review → vendor reply → product page."""

import re
from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.core import mail
from oscar.apps.partner.strategy import Default
from oscar.core.loading import get_model
from oscar.test.factories import create_order

from core.signals import fulfilment_changed
from reviews import services, tasks
from reviews.models import ModerationStatus, ProductReview

pytestmark = pytest.mark.django_db


def test_from_delivery_to_a_published_verified_review_with_a_vendor_reply(
    shopper, vendor_a, product_factory, client, django_capture_on_commit_callbacks
):
    product = product_factory(title="Walnut board", partner=vendor_a[0])
    basket = get_model("basket", "Basket").objects.create(owner=shopper)
    basket.strategy = Default()
    basket.add_product(product)
    order = create_order(basket=basket, user=shopper)
    start = datetime(2026, 5, 4, 8, 0, tzinfo=UTC)
    with time_machine.travel(start, tick=False) as clock:
        fulfilment_changed.send(
            sender=None, order=order, partner=vendor_a[0], lines=list(order.lines.all()), status="delivered"
        )
        clock.shift(timedelta(days=5, minutes=1))
        with django_capture_on_commit_callbacks(execute=True):
            tasks.review_requests_send_due()
        clock.shift(timedelta(days=1))  # the shopper opens the e-mail the next day
        path = re.search(r"https?://[^/\s]+(/reviews/write/\S+\?score=5)", mail.outbox[0].body).group(1)
        assert client.get(path).status_code == 200
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                path.split("?")[0],
                {"score": "5", "title": "Lovely board", "body": "Thick walnut, oiled, no splinters."},
            )
        assert response.status_code == 200
    review = ProductReview.objects.get()
    assert review.is_verified_purchase and review.status == ModerationStatus.PUBLISHED
    with django_capture_on_commit_callbacks(execute=True):
        services.vendor_reply_save(review=review, user=vendor_a[1], body="Thank you, enjoy it!")
    assert mail.outbox[-1].to == [shopper.email]
    page = client.get(product.get_absolute_url()).content.decode()
    assert "Lovely board" in page and "Verified purchase" in page and "Thank you, enjoy it!" in page
