"""Per-vendor shipping: a flat charge per seller, waived when that seller's part reaches its threshold."""

from decimal import Decimal

import pytest
from django.urls import reverse

from payments.tests.fixtures import basket_add, checkout_form, country_fr  # noqa: F401
from vendors import services
from vendors.models import VendorProfile

pytestmark = pytest.mark.django_db


@pytest.fixture
def rated_vendors(vendor_a, vendor_b):
    """A: 4.90, free from 50.00. B: 6.00, never free."""
    a, b = services.vendor_profile_for(partner=vendor_a[0]), services.vendor_profile_for(partner=vendor_b[0])
    VendorProfile.objects.filter(pk=a.pk).update(shipping_charge="4.90", free_shipping_above="50.00")
    VendorProfile.objects.filter(pk=b.pk).update(shipping_charge="6.00")
    return vendor_a[0], vendor_b[0]


def test_checkout_charges_each_vendor_its_rate_and_the_order_keeps_it(
    client,
    country_fr,  # noqa: F811
    rated_vendors,
    product_factory,
    django_capture_on_commit_callbacks,
):
    partner_a, partner_b = rated_vendors
    basket_add(client, product_factory(title="Alpha bowl", partner=partner_a, price="20.00"))
    basket_add(client, product_factory(title="Beta lamp", partner=partner_b, price="30.00"))
    basket_add(client, product_factory(title="House soap", price="5.00"))  # no vendor profile: no charge
    data = checkout_form(client)
    assert data["shipping_method"] == "vendor-shipping"
    assert Decimal(data["expected_total"]) == Decimal("55.00") + Decimal("4.90") + Decimal("6.00")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("checkout:index"), data)
    assert response.status_code == 302, response.content[:500]
    from oscar.core.loading import get_model

    order = get_model("order", "Order").objects.get()
    assert (order.shipping_incl_tax, order.total_incl_tax) == (Decimal("10.90"), Decimal("65.90"))


def test_a_vendor_ships_free_from_its_threshold(client, country_fr, rated_vendors, product_factory):  # noqa: F811
    partner_a, partner_b = rated_vendors
    bowl = product_factory(title="Alpha bowl", partner=partner_a, price="25.00")
    basket_add(client, bowl)
    assert Decimal(checkout_form(client)["expected_total"]) == Decimal("29.90")  # 25.00 < 50.00: charged
    basket_add(client, bowl)
    assert Decimal(checkout_form(client)["expected_total"]) == Decimal("50.00")  # 50.00 reaches it: free
    basket_add(client, product_factory(title="Beta lamp", partner=partner_b, price="30.00"))
    assert Decimal(checkout_form(client)["expected_total"]) == Decimal("86.00")  # B still charges its 6.00


def test_negative_rates_are_refused(vendor_a):
    from django.core.exceptions import ValidationError

    profile = services.vendor_profile_for(partner=vendor_a[0])
    profile.shipping_charge = Decimal("-1.00")
    with pytest.raises(ValidationError) as error:
        profile.full_clean()
    assert "shipping_charge" in error.value.message_dict
