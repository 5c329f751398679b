"""Credit fixtures: a company whose admin buys, an approved Net 30 account, and a terms checkout helper."""

from decimal import Decimal

import pytest
from django.urls import reverse

from payments.tests.fixtures import _fresh_rate_limits, basket_add, checkout_form, country_fr  # noqa: F401


@pytest.fixture
def buyer(django_user_model):
    return django_user_model.objects.create_user(email="buyer@acme.example", password="buyer-password")


@pytest.fixture
def company(buyer):
    from credit.services import company_create

    return company_create(
        user=buyer,
        name="Acme Bureau SARL",
        legal_id="41234567800017",
        line1="8 rue Haute",
        postcode="69002",
        city="Lyon",
        vat_number="FR22412345678",
    )


@pytest.fixture
def approved_company(company):
    from credit.services import account_limit_set

    account_limit_set(account=company.credit_account, limit=Decimal("1000.00"), terms_days=30, key="test-limit")
    company.credit_account.refresh_from_db()
    return company


def terms_form(client, **extra) -> dict:
    return checkout_form(client) | {"payment_method_type": "terms", "payment_method": "", **extra}


def terms_checkout(client, **extra):
    return client.post(reverse("checkout:index"), terms_form(client, **extra))


@pytest.fixture
def make_invoice(approved_company, buyer):
    """An open invoice of the approved company for an order of its buyer, already dispatched (no vendors needed)."""
    from datetime import timedelta

    from oscar.test.factories import create_order

    from credit.models import CreditReservation, Invoice
    from payments.models import PaymentIntent

    def make(*, number: str, total: Decimal, issued_on):
        order = create_order(user=buyer)
        intent = PaymentIntent.objects.create(
            idempotency_key=f"intent-{number}",
            gateway="terms",
            amount=total,
            currency="EUR",
            user=buyer,
            email=buyer.email,
            order=order,
            status="succeeded",
        )
        account = approved_company.credit_account
        reservation = CreditReservation.objects.create(
            account=account, intent=intent, member=buyer, amount=total, status="invoiced"
        )
        type(account).objects.filter(pk=account.pk).update(used=total)
        excl = (total / Decimal("1.2")).quantize(Decimal("0.01"))
        return Invoice.objects.create(
            number=number,
            company=approved_company,
            reservation=reservation,
            order=order,
            issued_on=issued_on,
            due_on=issued_on + timedelta(days=30),
            total_excl_tax=excl,
            total_tax=total - excl,
            total_incl_tax=total,
            snapshot={},
        )

    return make
