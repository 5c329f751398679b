"""Two submissions of the same order line at the same moment: one review, one clear error (PostgreSQL)."""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.core.exceptions import ValidationError
from django.db import connection

from reviews import services
from reviews.models import ProductReview


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_same_line_submitted_twice_at_once(shopper, product, order_line_factory):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL (set DATABASE_URL)")
    line = order_line_factory(user=shopper, product=product)
    start = threading.Barrier(4)

    def submit(number):
        try:
            start.wait(timeout=30)
            services.review_submit(
                user=shopper,
                product=product,
                order_line=line,
                score=5,
                title=f"Try {number}",
                body="Same purchase, four tabs open.",
            )
            return "created"
        except ValidationError:
            return "refused"
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=4) as pool:
        results = sorted(pool.map(submit, range(4)))
    assert results == ["created", "refused", "refused", "refused"]
    assert ProductReview.objects.filter(order_line=line).count() == 1
