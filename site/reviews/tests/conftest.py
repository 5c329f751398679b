"""Fixtures for the reviews tests: bought-and-delivered order lines and ready-made reviews."""

import pytest


@pytest.fixture
def order_line_factory(db):
    """An order of one ``product`` by ``user``; delivered (through core.signals.fulfilment_changed) unless told not."""
    from oscar.apps.partner.strategy import Default
    from oscar.core.loading import get_model
    from oscar.test.factories import create_order

    from core.signals import fulfilment_changed

    Basket = get_model("basket", "Basket")

    def factory(*, user, product, delivered: bool = True):
        basket = Basket.objects.create(owner=user)
        basket.strategy = Default()
        basket.add_product(product)
        order = create_order(basket=basket, user=user)
        line = order.lines.get()
        if delivered:
            fulfilment_changed.send(sender=None, order=order, partner=line.partner, lines=[line], status="delivered")
        return line

    return factory


@pytest.fixture
def product(product_factory, vendor_a):
    return product_factory(title="Linen apron", partner=vendor_a[0])


@pytest.fixture
def review_factory(db):
    from reviews import services

    def factory(*, user, product, score=5, title="Lovely", body="Sturdy cloth, nice stitching, fits well.", **kwargs):
        return services.review_submit(user=user, product=product, score=score, title=title, body=body, **kwargs)

    return factory
