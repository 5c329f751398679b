from decimal import Decimal

import pytest
from django.core import mail
from django.urls import reverse

from payments.models import PaymentIntent, Refund

from .fixtures import CARD_DECLINED, basket_add, checkout_form

pytestmark = pytest.mark.django_db


def test_paid_order_has_lines_payment_source_and_confirmation(paid_order):
    assert paid_order.lines.count() == 2
    assert paid_order.total_incl_tax == Decimal("25.50")
    assert paid_order.sources.get().amount_debited == Decimal("25.50")
    assert paid_order.payment_intent.status == PaymentIntent.Status.SUCCEEDED
    assert [message.to for message in mail.outbox] == [["guest@example.com"]]
    assert paid_order.number in mail.outbox[0].subject


def test_declined_card_keeps_basket_and_stock(client, country_fr, product_factory):
    product = product_factory(title="Teapot", price="30.00", stock=3)
    basket_add(client, product, 2)
    data = checkout_form(client) | {"payment_method": CARD_DECLINED}
    response = client.post(reverse("checkout:index"), data)
    assert response.status_code == 200
    assert "Your card was declined." in response.content.decode()
    intent = PaymentIntent.objects.get()
    assert intent.status == PaymentIntent.Status.FAILED and intent.order is None
    record = product.stockrecords.get()
    assert record.num_allocated == 0
    assert client.get(reverse("basket:summary")).context["basket"].num_items == 2
    # …and the shopper can pay again with another card on the same basket.
    retry = checkout_form(client)
    response = client.post(reverse("checkout:index"), retry)
    assert response.status_code == 302
    record.refresh_from_db()
    assert record.num_allocated == 2


def test_refund_order_lines_partial_then_too_much(paid_order):
    from payments.services import refund_order_lines

    apron = paid_order.lines.get(title="Linen apron")
    refund = refund_order_lines(order=paid_order, lines=[(apron, 1)], reason="vendor_cancelled")
    assert refund.status == Refund.Status.SUCCEEDED and refund.amount == Decimal("10.00")
    with pytest.raises(ValueError):
        refund_order_lines(order=paid_order, lines=[(apron, 2)], reason="vendor_cancelled")


def test_signals_carry_what_the_ledger_needs(paid_order, django_capture_on_commit_callbacks):
    from core.signals import order_paid, refund_succeeded
    from payments.services import order_paid_notify, refund_order_lines

    received = []

    def on_paid(sender, **kwargs):
        received.append(("paid", kwargs["order"], kwargs["amount"], kwargs["currency"], kwargs["reference"]))

    def on_refund(sender, **kwargs):
        received.append(("refund", kwargs["order"], kwargs["amount"], kwargs["lines"], kwargs["reason"]))

    order_paid.connect(on_paid)
    refund_succeeded.connect(on_refund)
    try:
        order_paid_notify(order_id=paid_order.pk)
        spoon = paid_order.lines.get(title="Oak spoon")
        with django_capture_on_commit_callbacks(execute=True):
            refund_order_lines(order=paid_order, lines=[(spoon, 1)], reason="vendor_cancelled")
    finally:
        order_paid.disconnect(on_paid)
        refund_succeeded.disconnect(on_refund)
    reference = paid_order.payment_intent.reference
    assert received[0] == ("paid", paid_order, Decimal("25.50"), "EUR", reference)
    assert received[1] == ("refund", paid_order, Decimal("5.50"), [(spoon, 1)], "vendor_cancelled")
    assert paid_order.payment_events.filter(event_type__code="refunded").get().amount == Decimal("5.50")
    assert len(mail.outbox) == 1  # the confirmation was not sent a second time


def test_refund_service_is_reachable_through_the_setting(paid_order, settings):
    from django.utils.module_loading import import_string

    refund = import_string(settings.PAYMENT_REFUND_SERVICE)(
        order=paid_order, lines=[(line, line.quantity) for line in paid_order.lines.all()], reason="requested"
    )
    assert refund.amount == paid_order.total_incl_tax and refund.status == Refund.Status.SUCCEEDED


def test_refund_rejects_a_line_of_another_order(paid_order, client, product_factory):
    from payments.services import refund_order_lines

    other = paid_order.lines.first()
    other.order_id = paid_order.pk + 1000  # in memory only: a line that is not this order's
    with pytest.raises(ValueError):
        refund_order_lines(order=paid_order, lines=[(other, 1)], reason="x")
    assert not Refund.objects.exists()


def test_email_task_sends_each_kind_once(paid_order):
    from payments.tasks import send_payment_email

    assert send_payment_email(paid_order.payment_intent.pk, "confirmation") is False
    assert send_payment_email(paid_order.payment_intent.pk, "failed") is True
    assert send_payment_email(paid_order.payment_intent.pk, "failed") is False
    assert len(mail.outbox) == 2


def test_reconciliation_settles_a_payment_whose_webhook_never_came(client, country_fr, product_factory):
    from payments.gateways.sandbox import SandboxGateway
    from payments.tasks import reconcile_payments

    from .fixtures import CARD_3DS

    basket_add(client, product_factory(title="Rug", price="80.00", stock=1), 1)
    client.post(reverse("checkout:index"), checkout_form(client) | {"payment_method": CARD_3DS})
    intent = PaymentIntent.objects.get()
    SandboxGateway().complete_authentication(intent.reference, approve=True)  # the shopper never came back
    assert reconcile_payments.delay().get() == 1
    intent.refresh_from_db()
    assert intent.status == PaymentIntent.Status.SUCCEEDED and intent.order is not None
    assert reconcile_payments.delay().get() == 0


def test_bnpl_eligibility_per_market():
    from payments.markets import payment_methods_eligible

    assert payment_methods_eligible(country="FR", currency="EUR", amount=Decimal("50")) == [
        "card",
        "sepa_debit",
        "klarna",
        "afterpay_clearpay",
    ]
    assert "afterpay_clearpay" not in payment_methods_eligible(country="FR", currency="EUR", amount=Decimal("2500"))
    assert "affirm" in payment_methods_eligible(country="US", currency="USD", amount=Decimal("100"))
    assert "affirm" not in payment_methods_eligible(country="US", currency="USD", amount=Decimal("20"))
    assert payment_methods_eligible(country="GB", currency="EUR", amount=Decimal("50")) == ["card"]
    assert payment_methods_eligible(country="JP", currency="EUR", amount=Decimal("50")) == ["card"]


def test_staff_refund_page(client, paid_order, staff_user, shopper):
    url = reverse("payments:order-refund", args=[paid_order.number])
    client.force_login(shopper)
    assert client.get(url).status_code == 302  # not staff: to the login page
    client.force_login(staff_user)
    apron = paid_order.lines.get(title="Linen apron")
    assert b"Linen apron" in client.get(url).content
    client.post(url, {f"line-{apron.pk}": "3", "reason": "damaged"})  # more than bought
    assert not Refund.objects.exists()
    client.post(url, {f"line-{apron.pk}": "2", "reason": "damaged"})
    refund = Refund.objects.get()
    assert (refund.amount, refund.initiated_by, refund.lines.get().quantity) == (Decimal("20.00"), staff_user, 2)
