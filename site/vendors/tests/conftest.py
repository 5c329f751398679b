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
