"""The B2B demo loads an approved Net 30 company with an invoiced order, and a second run changes nothing."""

from decimal import Decimal

import pytest
from django.core.management import call_command

from credit.demo import ADMIN_EMAIL, JUNIOR_EMAIL
from credit.models import Company, CreditDecision, Invoice
from payments.models import PaymentIntent

pytestmark = pytest.mark.django_db


def test_credit_demo_is_complete_and_idempotent(
    staff_user, vendor_a, vendor_b, product_factory, country_fr, capsys, django_capture_on_commit_callbacks
):
    product_factory(title="Desk organiser", partner=vendor_a[0], price="45.00", stock=20)
    product_factory(title="Monitor arm", partner=vendor_b[0], price="89.00", stock=20)
    product_factory(title="Cable tray", partner=vendor_a[0], price="29.00", stock=20)
    with django_capture_on_commit_callbacks(execute=True):  # the dispatch issues the invoice on commit
        call_command("credit_demo")
    company = Company.objects.get()
    account = company.credit_account
    assert (account.limit, account.terms_days) == (Decimal("5000.00"), 30)
    assert {m.user.email: m.role for m in company.members.select_related("user")} == {
        ADMIN_EMAIL: "admin",
        JUNIOR_EMAIL: "buyer",
    }
    decisions = CreditDecision.objects.filter(application__company=company)
    assert decisions.filter(automated=True).exists()  # the machine's decision, kept in the audit trail
    intents = list(PaymentIntent.objects.values_list("gateway", "status", "last_error_message", "order__number"))
    invoice = Invoice.objects.filter().first()
    assert invoice is not None, intents
    assert invoice.po_number == "BL-2026-001" and invoice.status == "open"
    assert PaymentIntent.objects.filter(gateway="terms", status="succeeded").count() == 2
    account.refresh_from_db()
    assert account.used == sum(i.amount for i in PaymentIntent.objects.filter(gateway="terms"))
    assert "b2b@comptoir.localhost" in capsys.readouterr().out

    call_command("credit_demo")
    assert Company.objects.count() == 1 and Invoice.objects.count() == 1
    assert PaymentIntent.objects.filter(gateway="terms").count() == 2
