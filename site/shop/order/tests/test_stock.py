import pytest
from django.db import transaction

from shop.order.stock import InsufficientStock, stock_allocate, stock_release

pytestmark = pytest.mark.django_db


def test_allocation_is_all_or_nothing(product_factory):
    first = product_factory(title="A", stock=3).stockrecords.get()
    second = product_factory(title="B", stock=1).stockrecords.get()
    with pytest.raises(InsufficientStock) as error, transaction.atomic():
        stock_allocate(requirements={first.pk: 2, second.pk: 2})
    assert error.value.stockrecord_ids == [second.pk]
    first.refresh_from_db()
    assert first.num_allocated in (0, None)
    with transaction.atomic():
        stock_allocate(requirements={first.pk: 3, second.pk: 1})
        stock_release(requirements={first.pk: 1})
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.num_allocated, second.num_allocated) == (2, 1)


def test_order_creator_without_reservation_refuses_to_oversell(product_factory):
    from oscar.core.loading import get_class
    from oscar.test.factories import create_basket

    OrderCreator = get_class("order.utils", "OrderCreator")
    assert OrderCreator.__module__ == "shop.order.utils"
    basket = create_basket(empty=True)
    from oscar.apps.partner.strategy import Default

    basket.strategy = Default()
    product = product_factory(title="D", stock=1)
    basket.add_product(product, 2)
    from oscar.apps.checkout.calculators import OrderTotalCalculator
    from oscar.apps.shipping.methods import Free

    total = OrderTotalCalculator().calculate(basket, Free().calculate(basket))
    with pytest.raises(InsufficientStock):
        OrderCreator().place_order(
            basket=basket, total=total, shipping_method=Free(), shipping_charge=Free().calculate(basket)
        )
