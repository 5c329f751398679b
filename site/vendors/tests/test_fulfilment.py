import pytest
from django.core import mail
from django.urls import reverse

from core import signals
from vendors import services
from vendors.models import FulfilmentGroup, LedgerEntry

pytestmark = pytest.mark.django_db


def test_one_group_per_vendor(split_order, vendor_a, vendor_b):
    groups = {g.partner_id: g for g in split_order.fulfilment_groups.all()}
    assert set(groups) == {vendor_a[0].pk, vendor_b[0].pk}


def test_vendor_ships_its_group_and_the_shopper_is_told(
    client, split_order, vendor_a, django_capture_on_commit_callbacks
):
    received = []
    signals.fulfilment_changed.connect(lambda sender, **kw: received.append(kw), weak=False, dispatch_uid="t-ship")
    group = split_order.fulfilment_groups.get(partner=vendor_a[0])
    client.force_login(vendor_a[1])
    page = client.get(reverse("dashboard:vendors-fulfilment-detail", kwargs={"pk": group.pk})).content.decode()
    assert "Alpha mug" in page and "Beta lamp" not in page
    url = reverse("dashboard:vendors-fulfilment-detail", kwargs={"pk": group.pk})
    client.post(url, {"action": "confirmed"})
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"action": "shipped", "carrier": "Colissimo", "tracking_number": "6A123"})
    group.refresh_from_db()
    assert (group.status, group.carrier, group.tracking_number) == ("shipped", "Colissimo", "6A123")
    assert received and received[-1]["status"] == "shipped" and received[-1]["partner"] == vendor_a[0]
    assert any("6A123" in m.body for m in mail.outbox)
    signals.fulfilment_changed.disconnect(dispatch_uid="t-ship")


def test_shipping_needs_carrier_and_tracking(client, split_order, vendor_a):
    group = split_order.fulfilment_groups.get(partner=vendor_a[0])
    client.force_login(vendor_a[1])
    response = client.post(
        reverse("dashboard:vendors-fulfilment-detail", kwargs={"pk": group.pk}), {"action": "shipped"}
    )
    assert response.status_code == 400
    group.refresh_from_db()
    assert group.status == FulfilmentGroup.PENDING


def test_cancel_without_refund_service_records_a_pending_refund(client, split_order, vendor_b, settings):
    if hasattr(settings, "PAYMENT_REFUND_SERVICE"):
        del settings.PAYMENT_REFUND_SERVICE
    group = split_order.fulfilment_groups.get(partner=vendor_b[0])
    client.force_login(vendor_b[1])
    client.post(
        reverse("dashboard:vendors-fulfilment-detail", kwargs={"pk": group.pk}),
        {"action": "cancelled", "reason": "Out of stock"},
    )
    group.refresh_from_db()
    assert group.status == FulfilmentGroup.CANCELLED
    pending = LedgerEntry.objects.filter(kind=LedgerEntry.REFUND, pending=True)
    assert pending.filter(account=services.REFUNDS_PAYABLE).get().amount_cents == -3000


def test_cancel_calls_the_payment_refund_service(client, split_order, vendor_b, settings):
    calls = []
    settings.PAYMENT_REFUND_SERVICE = "vendors.tests.test_fulfilment.fake_refund"
    fake_refund.calls = calls
    group = split_order.fulfilment_groups.get(partner=vendor_b[0])
    client.force_login(vendor_b[1])
    client.post(
        reverse("dashboard:vendors-fulfilment-detail", kwargs={"pk": group.pk}),
        {"action": "cancelled", "reason": "Broken"},
    )
    assert len(calls) == 1
    assert [(line.title, qty) for line, qty in calls[0]["lines"]] == [("Beta lamp", 1)]
    assert calls[0]["reason"] == "Broken" and calls[0]["initiated_by"] == vendor_b[1]


def fake_refund(*, order, lines, reason, initiated_by):
    fake_refund.calls.append({"order": order, "lines": lines, "reason": reason, "initiated_by": initiated_by})


def test_shipped_group_cannot_be_cancelled(split_order, vendor_a):
    group = split_order.fulfilment_groups.get(partner=vendor_a[0])
    services.fulfilment_ship(group=group, carrier="DPD", tracking_number="1")
    with pytest.raises(ValueError):
        services.fulfilment_cancel(group=group, user=vendor_a[1], reason="late")


def test_shopper_order_page_shows_status_per_vendor(client, split_order, shopper, vendor_a):
    services.fulfilment_ship(
        group=split_order.fulfilment_groups.get(partner=vendor_a[0]), carrier="DPD", tracking_number="TRK-42"
    )
    client.force_login(shopper)
    page = client.get(reverse("customer:order", kwargs={"order_number": split_order.number})).content.decode()
    assert "Delivery by seller" in page
    assert "TRK-42" in page and "Boutique Beta" in page
