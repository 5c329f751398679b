"""Invoices paid online (card or SEPA through the gateway) or through a Stripe webhook release credit once."""

from datetime import date
from decimal import Decimal

import pytest
from django.urls import reverse

from credit.models import InvoicePayment
from payments.webhooks import webhook_event_process

pytestmark = pytest.mark.django_db


@pytest.fixture
def invoice(make_invoice):
    return make_invoice(number="CPT-2026-000100", total=Decimal("240.00"), issued_on=date(2026, 11, 2))


def pay(client, invoice, card, attempt="a1", method_type="card"):
    return client.post(
        reverse("credit:invoice-pay", args=[invoice.number]),
        {"payment_method": card, "method_type": method_type, "attempt": attempt},
        follow=True,
    )


def test_a_declined_card_changes_nothing_then_a_good_card_pays_once(client, buyer, invoice, approved_company):
    client.force_login(buyer)
    page = client.get(reverse("credit:company")).content.decode()
    assert reverse("credit:invoice-pay", args=[invoice.number]) in page  # the open invoice offers to pay online
    response = pay(client, invoice, "4000000000000002")
    assert "declined" in response.content.decode().lower()
    assert not InvoicePayment.objects.exists()
    pay(client, invoice, "4242424242424242", attempt="a2")
    pay(client, invoice, "4242424242424242", attempt="a2")  # double click: same attempt, charged once
    invoice.refresh_from_db()
    account = approved_company.credit_account
    account.refresh_from_db()
    assert invoice.status == "paid" and InvoicePayment.objects.get().method == "card"
    assert account.used == 0
    response = pay(client, invoice, "4242424242424242", attempt="a3")
    assert "nothing left to pay" in response.content.decode()


def test_sepa_direct_debit_and_other_companies(client, buyer, invoice, django_user_model):
    from credit.services import company_create

    other = django_user_model.objects.create_user(email="other@else.example", password="x")
    company_create(user=other, name="Else", legal_id="61234567800017", line1="1 rue", postcode="75001", city="Paris")
    client.force_login(other)
    assert pay(client, invoice, "4242424242424242").status_code == 404
    client.force_login(buyer)
    pay(client, invoice, "", method_type="sepa_debit")
    assert InvoicePayment.objects.get().method == "sepa_debit"


def test_a_stripe_webhook_for_an_invoice_payment_is_recorded_once(invoice, approved_company):
    event = {
        "id": "evt_inv_1",
        "type": "payment_intent.succeeded",
        "data": {
            "object": {
                "id": "pi_3Qinvoice",
                "object": "payment_intent",
                "amount": 24000,
                "currency": "eur",
                "status": "succeeded",
                "metadata": {"comptoir_invoice": str(invoice.pk), "comptoir_invoice_method": "sepa_debit"},
            }
        },
    }
    assert webhook_event_process(event=event) == "applied"
    assert webhook_event_process(event=event) == "duplicate"
    assert webhook_event_process(event=event | {"id": "evt_inv_2"}) == "applied"  # same payment, new event id
    payment = InvoicePayment.objects.get()
    assert (payment.reference, payment.amount, payment.method) == ("pi_3Qinvoice", Decimal("240.00"), "sepa_debit")
    approved_company.credit_account.refresh_from_db()
    assert approved_company.credit_account.used == 0
