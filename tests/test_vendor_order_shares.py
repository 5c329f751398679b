"""A vendor sees its share of an order in the Oscar dashboard, never the order total nor another vendor's amounts.

Vendor A: a mug at 12.34 and a 4.90 shipping charge (share 17.24). Vendor B: a lamp at 31.17 and a 6.45 charge
(share 37.62). The order: 54.86, of which 11.35 shipping. A second order is A's alone: a 40.00 teapot + 4.90 = 44.90.
Every amount is distinct, so finding one in a page or a CSV means it leaked.
"""

import csv
import io
from decimal import Decimal

import pytest
from django.urls import reverse

from vendors import services
from vendors.models import FulfilmentGroup, VendorProfile

pytestmark = pytest.mark.django_db

B_AMOUNTS = ("31.17", "6.45", "37.62")  # B's lamp, B's shipping, B's share
ORDER_AMOUNTS = ("54.86", "11.35")  # the whole order's total and shipping


def _order(user, *products):
    from oscar.apps.partner.strategy import Default
    from oscar.core.loading import get_model
    from oscar.test.factories import create_order

    from shop.shipping.methods import VendorShipping

    basket = get_model("basket", "Basket").objects.create()
    basket.strategy = Default()
    for product in products:
        basket.add_product(product)
    return create_order(basket=basket, user=user, shipping_method=VendorShipping())


@pytest.fixture
def orders(vendor_a, vendor_b, shopper, product_factory):
    for partner, charge in ((vendor_a[0], "4.90"), (vendor_b[0], "6.45")):
        profile = services.vendor_profile_for(partner=partner)
        VendorProfile.objects.filter(pk=profile.pk).update(shipping_charge=charge)
    mug = product_factory(title="Alpha mug", partner=vendor_a[0], price="12.34")
    lamp = product_factory(title="Beta lamp", partner=vendor_b[0], price="31.17")
    teapot = product_factory(title="Alpha teapot", partner=vendor_a[0], price="40.00")
    mixed = _order(shopper, mug, lamp)
    alone = _order(shopper, teapot)
    for order in (mixed, alone):  # paid: the ledger splits the order into one fulfilment group per vendor
        services.ledger_record_order_paid(order=order, amount=order.total_incl_tax, reference=f"pi_{order.number}")
    assert (mixed.total_incl_tax, mixed.shipping_incl_tax) == (Decimal("54.86"), Decimal("11.35"))
    assert alone.total_incl_tax == Decimal("44.90")
    return mixed, alone


def _assert_no_leak(text: str) -> None:
    for amount in B_AMOUNTS + ORDER_AMOUNTS:
        assert amount not in text, f"{amount} leaked"


def test_paying_fixes_each_vendors_shipping_charge(orders, vendor_a, vendor_b):
    mixed, _alone = orders
    charges = dict(FulfilmentGroup.objects.filter(order=mixed).values_list("partner_id", "shipping_charge"))
    assert charges == {vendor_a[0].pk: Decimal("4.90"), vendor_b[0].pk: Decimal("6.45")}
    # A later change of a vendor's rate does not rewrite what an order was charged.
    VendorProfile.objects.filter(partner=vendor_a[0]).update(shipping_charge="9.99")
    services.fulfilment_groups_for_order(order=mixed)
    assert FulfilmentGroup.objects.get(order=mixed, partner=vendor_a[0]).shipping_charge == Decimal("4.90")


def test_vendor_order_page_shows_its_share_only(client, orders, vendor_a):
    mixed, _alone = orders
    client.force_login(vendor_a[1])
    response = client.get(reverse("dashboard:order-detail", kwargs={"number": mixed.number}))
    assert response.status_code == 200
    share = response.context["vendor_share"]
    assert (share.lines_incl_tax, share.shipping_incl_tax, share.total_incl_tax) == (
        Decimal("12.34"),
        Decimal("4.90"),
        Decimal("17.24"),
    )
    body = response.content.decode()
    assert "12.34" in body and "4.90" in body and "17.24" in body
    _assert_no_leak(body)


def test_vendor_order_list_sorts_and_downloads_by_its_share(client, orders, vendor_a):
    mixed, alone = orders
    client.force_login(vendor_a[1])
    url = reverse("dashboard:order-list")
    body = client.get(url).content.decode()
    assert "17.24" in body and "44.90" in body
    _assert_no_leak(body)

    # Sorted by the order's total, the 54.86 order would come after the 44.90 one; by A's share it comes first.
    ascending = client.get(url, {"sort": "total_incl_tax", "dir": "asc"}).context["orders"]
    assert [order.number for order in ascending] == [str(mixed.number), str(alone.number)]
    descending = client.get(url, {"sort": "total_incl_tax", "dir": "desc"}).context["orders"]
    assert [order.number for order in descending] == [str(alone.number), str(mixed.number)]

    for response in (
        client.get(url, {"response_format": "csv"}),
        client.post(url, {"action": "download_selected_orders", "selected_order": [mixed.pk, alone.pk]}),
    ):
        assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
        text = response.content.decode()
        _assert_no_leak(text)
        rows = {row["Order number"]: row for row in csv.DictReader(io.StringIO(text))}
        assert rows[str(mixed.number)]["Order value"] == "17.24"
        assert rows[str(alone.number)]["Order value"] == "44.90"
        assert rows[str(mixed.number)]["Number of items"] == "1"


def test_vendor_statistics_count_its_share(client, orders, vendor_a):
    client.force_login(vendor_a[1])
    response = client.get(reverse("dashboard:order-stats"))
    assert response.status_code == 200
    assert response.context["total_revenue"] == Decimal("62.14")  # 17.24 + 44.90
    assert response.context["total_lines"] == 2
    _assert_no_leak(response.content.decode())


def test_vendor_cannot_change_order_statuses_from_the_list(client, orders, vendor_a):
    mixed, _alone = orders
    client.force_login(vendor_a[1])
    response = client.post(
        reverse("dashboard:order-list"),
        {"action": "change_order_statuses", "selected_order": [mixed.pk], "new_status": "Cancelled"},
    )
    assert response.status_code == 302
    mixed.refresh_from_db()
    assert mixed.status != "Cancelled"
    assert "change_order_statuses" not in client.get(reverse("dashboard:order-list")).content.decode()


def test_staff_see_the_order_total_and_every_vendors_share(client, orders, staff_user, vendor_a, vendor_b):
    mixed, _alone = orders
    client.force_login(staff_user)
    response = client.get(reverse("dashboard:order-detail", kwargs={"number": mixed.number}))
    assert response.status_code == 200
    shares = {share.partner_id: share.total_incl_tax for share in response.context["vendor_shares"]}
    assert shares == {vendor_a[0].pk: Decimal("17.24"), vendor_b[0].pk: Decimal("37.62")}
    assert response.context["platform_total"] == Decimal("0.00")
    body = response.content.decode()
    assert 'id="vendor-share-breakdown"' in body
    for amount in ("17.24", "37.62", "54.86", "6.45", "4.90"):
        assert amount in body
    rows = {
        row["Order number"]: row
        for row in csv.DictReader(
            io.StringIO(client.get(reverse("dashboard:order-list"), {"response_format": "csv"}).content.decode())
        )
    }
    assert rows[str(mixed.number)]["Order value"] == "54.86"


def test_a_shipping_offer_is_shared_in_proportion_to_the_vendors_rates(orders, vendor_a, vendor_b):
    from vendors.selectors import order_shipping_split

    mixed, _alone = orders
    mixed.__class__.objects.filter(pk=mixed.pk).update(
        shipping_incl_tax=Decimal("5.00"), shipping_excl_tax=Decimal("5.00")
    )
    mixed.refresh_from_db()
    split = order_shipping_split(order=mixed)
    assert sum(split.values()) == Decimal("5.00")
    assert split == {vendor_a[0].pk: Decimal("2.16"), vendor_b[0].pk: Decimal("2.84")}  # 4.90 : 6.45


def test_vendor_fulfilment_page_shows_the_same_share(client, orders, vendor_a):
    mixed, _alone = orders
    group = FulfilmentGroup.objects.get(order=mixed, partner=vendor_a[0])
    client.force_login(vendor_a[1])
    response = client.get(reverse("dashboard:vendors-fulfilment-detail", kwargs={"pk": group.pk}))
    assert response.status_code == 200
    assert response.context["share"].total_incl_tax == Decimal("17.24")
    body = response.content.decode()
    assert "4.90" in body and "17.24" in body
    _assert_no_leak(body)


def test_an_order_not_split_yet_gets_the_same_share(vendor_a, shopper, orders, product_factory):
    from vendors.selectors import order_vendor_shares

    unpaid = _order(shopper, product_factory(title="Alpha bowl", partner=vendor_a[0], price="12.34"))
    assert not unpaid.fulfilment_groups.exists()
    (share,) = order_vendor_shares(order=unpaid)
    assert (share.partner_id, share.shipping_incl_tax, share.total_incl_tax) == (
        vendor_a[0].pk,
        Decimal("4.90"),
        Decimal("17.24"),
    )


def test_vendor_search_by_product_looks_at_its_own_lines_only(client, orders, vendor_a):
    mixed, _alone = orders
    client.force_login(vendor_a[1])
    url = reverse("dashboard:order-list")
    assert list(client.get(url, {"product_title": "Beta"}).context["orders"]) == []
    found = client.get(url, {"product_title": "Alpha mug"}).context["orders"]
    assert [order.number for order in found] == [str(mixed.number)]
    assert (
        list(client.get(url, {"partner_sku": mixed.lines.get(title="Beta lamp").partner_sku}).context["orders"]) == []
    )
