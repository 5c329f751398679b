"""The demo import of real Olist reviews onto demo products (UPC = Olist product id, Partner code = seller id)."""

from decimal import Decimal

import pytest
from oscar.core.loading import get_model

from reviews.models import ModerationDecision, ProductReview, VendorReply
from shop.demo.olist import OlistData, OlistOrderItem
from shop.demo.reviews import demo_reviews_load

pytestmark = pytest.mark.django_db

HEADER = "review_id,order_id,review_score,review_comment_title,review_comment_message,"
CSV = (
    HEADER
    + """review_creation_date,review_answer_timestamp
r1,o1,5,Ótimo,Chegou antes do prazo,2018-01-18 00:00:00,2018-01-18 19:12:30
r2,o2,1,,Produto veio quebrado,2018-03-10 00:00:00,2018-03-12 10:00:00
r3,o2,4,,,2018-03-11 00:00:00,2018-03-12 10:00:00
r4,o9,3,x,unknown order,2018-03-11 00:00:00,2018-03-12 10:00:00
r5,o1,0,bad,score out of range,2018-03-11 00:00:00,2018-03-12 10:00:00
"""
)


def test_olist_reviews_become_verified_reviews_once(tmp_path, product_factory):
    Partner = get_model("partner", "Partner")
    seller = Partner.objects.create(name="Loja Um", code="seller-1")
    teapot = product_factory(title="Teapot", partner=seller, upc="prod-1")
    apron = product_factory(title="Apron", partner=seller, upc="prod-2")
    (tmp_path / "olist_order_reviews_dataset.csv").write_text(CSV, encoding="utf-8")
    data = OlistData(
        sellers=[],
        products=[],
        order_items=[
            OlistOrderItem(order_id="o1", product_id="prod-1", seller_id="seller-1", price=Decimal("10")),
            OlistOrderItem(order_id="o2", product_id="prod-1", seller_id="seller-1", price=Decimal("10")),
            OlistOrderItem(order_id="o2", product_id="prod-2", seller_id="seller-1", price=Decimal("10")),
            OlistOrderItem(order_id="o2", product_id="prod-2", seller_id="seller-1", price=Decimal("10")),
        ],
        category_translations={},
    )
    assert demo_reviews_load(data=data, folder=tmp_path) == 5  # r1 on teapot; r2, r3 on teapot and apron
    assert demo_reviews_load(data=data, folder=tmp_path) == 0  # idempotent
    review = ProductReview.objects.get(code="olist-r1-prod-1")
    assert review.is_verified_purchase and review.partner == seller and review.title == "Ótimo"
    assert review.date_created.year == 2018
    assert ProductReview.objects.get(code="olist-r3-prod-2").title == "★★★★"
    assert ModerationDecision.objects.count() == 5
    teapot.refresh_from_db()
    apron.refresh_from_db()
    assert teapot.rating == pytest.approx((5 + 1 + 4) / 3) and apron.rating == pytest.approx(2.5)
    assert VendorReply.objects.count() <= 2
