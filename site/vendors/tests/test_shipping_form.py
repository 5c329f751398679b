"""The vendor dashboard form for the vendor's own shipping charge and free-shipping threshold."""

from decimal import Decimal

import pytest
from django.urls import reverse

from vendors.models import VendorProfile

pytestmark = pytest.mark.django_db
URL = reverse("dashboard:vendors-shipping")


def _profile(partner):
    return VendorProfile.objects.get_or_create(partner=partner, defaults={"slug": f"v-{partner.pk}"})[0]


def test_vendor_edits_its_own_shipping(client, vendor_a):
    partner, user = vendor_a
    _profile(partner)
    client.force_login(user)
    home = client.get(reverse("dashboard:vendors-home")).content.decode()
    assert URL in home
    assert client.get(URL).status_code == 200
    response = client.post(URL, {"shipping_charge": "4.90", "free_shipping_above": "50"})
    assert response.status_code == 302
    profile = VendorProfile.objects.get(partner=partner)
    assert (profile.shipping_charge, profile.free_shipping_above) == (Decimal("4.90"), Decimal("50.00"))
    client.post(URL, {"shipping_charge": "3", "free_shipping_above": ""})
    assert VendorProfile.objects.get(partner=partner).free_shipping_above is None


@pytest.mark.parametrize("field", ["shipping_charge", "free_shipping_above"])
def test_negative_amounts_are_refused(client, vendor_a, field):
    partner, user = vendor_a
    _profile(partner)
    client.force_login(user)
    data = {"shipping_charge": "4.90", "free_shipping_above": "50", field: "-1"}
    response = client.post(URL, data)
    assert response.status_code == 200 and response.context["form"].errors[field]
    assert VendorProfile.objects.get(partner=partner).shipping_charge == Decimal("0.00")


def test_vendor_cannot_edit_another_vendor(client, vendor_a, vendor_b):
    _profile(vendor_a[0])
    other = _profile(vendor_b[0])
    client.force_login(vendor_a[1])
    assert client.get(URL, {"partner": vendor_b[0].pk}).status_code == 404
    response = client.post(URL, {"partner": vendor_b[0].pk, "shipping_charge": "9", "free_shipping_above": ""})
    assert response.status_code == 404
    other.refresh_from_db()
    assert other.shipping_charge == Decimal("0.00")


def test_staff_edits_any_vendor(client, staff_user, vendor_b):
    profile = _profile(vendor_b[0])
    client.force_login(staff_user)
    assert client.get(URL, {"partner": vendor_b[0].pk}).status_code == 200
    response = client.post(URL, {"partner": vendor_b[0].pk, "shipping_charge": "7.5", "free_shipping_above": "80"})
    assert response.status_code == 302
    profile.refresh_from_db()
    assert (profile.shipping_charge, profile.free_shipping_above) == (Decimal("7.50"), Decimal("80.00"))
