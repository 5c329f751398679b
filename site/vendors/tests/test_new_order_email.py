"""When an order is paid, every vendor with lines in it gets one "new order" e-mail (after commit, once)."""

from unittest import mock

import pytest
from django.core import mail
from django.db import transaction

from core import signals
from vendors.models import FulfilmentGroup
from vendors.tasks import notify_vendors_of_new_order

pytestmark = pytest.mark.django_db


def pay(order, reference="pi_1"):
    signals.order_paid.send(sender=None, order=order, amount=order.total_incl_tax, currency="EUR", reference=reference)


def new_order_mails():
    return [m for m in mail.outbox if m.subject.startswith("New order")]


def test_each_vendor_gets_one_email_with_only_its_lines(
    split_order_unpaid, vendor_a, vendor_b, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        pay(split_order_unpaid)
    by_recipient = {tuple(m.to): m for m in new_order_mails()}
    assert set(by_recipient) == {(vendor_a[1].email,), (vendor_b[1].email,)}
    to_a, to_b = by_recipient[(vendor_a[1].email,)], by_recipient[(vendor_b[1].email,)]
    assert str(split_order_unpaid.number) in to_a.subject
    assert "Alpha mug" in to_a.body and "Beta lamp" not in to_a.body
    assert "Beta lamp" in to_b.body and "Alpha mug" not in to_b.body
    group = split_order_unpaid.fulfilment_groups.get(partner=vendor_a[0])
    assert f"/marketplace/fulfilment/{group.pk}/" in to_a.body
    assert FulfilmentGroup.objects.filter(order=split_order_unpaid, vendor_notified_at__isnull=True).count() == 0


def test_the_signal_twice_still_sends_one_email_per_vendor(split_order_unpaid, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        pay(split_order_unpaid)
        pay(split_order_unpaid, reference="pi_1-webhook-redelivery")
    notify_vendors_of_new_order.delay(split_order_unpaid.pk)  # a retried task finds both vendors told
    assert len(new_order_mails()) == 2


def test_nothing_is_sent_before_the_payment_commits(split_order_unpaid, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks, transaction.atomic():
        pay(split_order_unpaid)
    assert new_order_mails() == []
    for callback in callbacks:
        callback()
    assert len(new_order_mails()) == 2


def test_a_failed_send_is_not_marked_sent_and_the_retry_delivers(split_order_unpaid, vendor_a):
    down = mock.patch("vendors.emails.send_mail", side_effect=ConnectionError("SMTP down"))
    with down, pytest.raises(ConnectionError):
        notify_vendors_of_new_order.delay(split_order_unpaid.pk)
    assert not FulfilmentGroup.objects.filter(order=split_order_unpaid, vendor_notified_at__isnull=False).exists()
    assert notify_vendors_of_new_order.delay(split_order_unpaid.pk).get() == 2
    assert len(new_order_mails()) == 2
