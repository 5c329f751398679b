import pytest


@pytest.fixture
def stocked(vendor_a, vendor_b, product_factory):
    """Vendor A with three SKUs, vendor B with one."""
    partner_a, _user = vendor_a
    partner_b, _user_b = vendor_b
    for n in range(1, 4):
        product = product_factory(title=f"Alpha {n}", partner=partner_a, price="10.00", stock=5)
        product.stockrecords.update(partner_sku=f"A-{n}")
    product = product_factory(title="Beta 1", partner=partner_b, price="20.00", stock=7)
    product.stockrecords.update(partner_sku="B-1")
    return partner_a, partner_b


@pytest.fixture
def split_order_unpaid(vendor_a, vendor_b, product_factory, shopper):
    """The shopper's order of vendor A's mug (10.00) and vendor B's lamp (30.00), not paid yet."""
    from oscar.apps.partner.strategy import Default
    from oscar.core.loading import get_model
    from oscar.test.factories import create_order

    basket = get_model("basket", "Basket").objects.create()
    basket.strategy = Default()
    basket.add_product(product_factory(title="Alpha mug", partner=vendor_a[0], price="10.00"))
    basket.add_product(product_factory(title="Beta lamp", partner=vendor_b[0], price="30.00"))
    return create_order(basket=basket, user=shopper, guest_email="")


@pytest.fixture
def split_order(split_order_unpaid):
    """The same order, paid (ledger posted, one fulfilment group per vendor)."""
    from vendors import services

    services.ledger_record_order_paid(
        order=split_order_unpaid, amount=split_order_unpaid.total_incl_tax, reference="pi_x"
    )
    return split_order_unpaid
