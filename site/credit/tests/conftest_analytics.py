"""Fixtures of the credit analytics and export tests (``from .conftest_analytics import analytics_world_fixture``).

``analytics_world`` is a first quarter of 2026 with known figures (dates in Europe/Paris):

orders          January                      February                   March
terms           100.00 (10th), 300.00 (20th)  —                          200.00 (12th)
BNPL            klarna 50.00                  instalments 150.00,        —
                                              afterpay 90.00
card / other    20.00 (card), 40.00 (none)    60.00 (card)               —
outside         31 Dec 23:30 and 1 Apr 00:10 (never counted)

invoices        A 100.00 issued 10 Jan due 9 Feb, paid in full 5 Feb
                B 300.00 issued 20 Jan due 19 Feb, late fee 49.00 on 20 Feb, 100.00 paid 10 Mar
                C 200.00 issued 15 Mar due 14 Apr

applications    January: approve (auto), decline (auto), refer (auto) then approved by an override on 2 Feb
                February: refer (auto, still open), decline (auto)
"""

from __future__ import annotations

import itertools
from datetime import date, datetime
from decimal import Decimal

import pytest
import time_machine
from django.utils import timezone
from oscar.core.loading import get_model

from credit import services
from credit.models import (
    Company,
    CreditAccount,
    CreditApplication,
    CreditDecision,
    CreditReservation,
    Invoice,
    InvoicePayment,
)
from payments.models import PaymentIntent

Order = get_model("order", "Order")
_numbers = itertools.count(1)


def paris(year: int, month: int, day: int, hour: int = 12, minute: int = 0) -> datetime:
    return timezone.make_aware(datetime(year, month, day, hour, minute))


def make_order(
    *, total: str, placed: datetime, gateway: str | None = "sandbox", method_type: str | None = "card", user=None
):
    """An order of ``total`` placed at ``placed``, paid through ``gateway`` (None: no payment attempt)."""
    number = f"AN{next(_numbers):06d}"
    amount = Decimal(total)
    order = Order.objects.create(
        number=number,
        user=user,
        currency="EUR",
        total_incl_tax=amount,
        total_excl_tax=amount,
        shipping_incl_tax=Decimal("0.00"),
        shipping_excl_tax=Decimal("0.00"),
        date_placed=placed,
        guest_email="" if user else "guest@example.com",
    )
    if gateway is not None:
        PaymentIntent.objects.create(
            idempotency_key=f"analytics-{number}",
            gateway=gateway,
            reference=f"ref_{number}",
            status=PaymentIntent.Status.SUCCEEDED,
            amount=amount,
            currency="EUR",
            user=user,
            email="buyer@example.com",
            checkout_data={"payment_method_type": method_type} if method_type else {},
            order=order,
        )
    return order


def make_invoice(*, order, issued_on: date, due_on: date) -> Invoice:
    """Reserve the terms order's amount on its buyer's company credit (the service), then invoice it."""
    intent = order.payment_intent
    reservation = services.credit_reserve(intent=intent, amount=order.total_incl_tax, po_number=f"PO-{order.number}")
    CreditReservation.objects.filter(pk=reservation.pk).update(status=CreditReservation.Status.INVOICED)
    return Invoice.objects.create(
        number=f"TEST-{order.number}",
        company=reservation.account.company,
        reservation=reservation,
        order=order,
        issued_on=issued_on,
        due_on=due_on,
        total_excl_tax=(order.total_incl_tax / Decimal("1.2")).quantize(Decimal("0.01")),
        total_tax=order.total_incl_tax - (order.total_incl_tax / Decimal("1.2")).quantize(Decimal("0.01")),
        total_incl_tax=order.total_incl_tax,
        snapshot={"order_number": order.number},
    )


def make_company(index: int) -> Company:
    company = Company.objects.create(
        name=f"Company {index}", legal_id=f"{500000000 + index}", line1="1 rue", postcode="75001", city="Paris"
    )
    CreditAccount.objects.create(company=company)
    return company


def make_application(*, company: Company, outcome: str, decided: datetime, status: str) -> CreditApplication:
    """An application submitted and decided automatically at ``decided``."""
    application = CreditApplication.objects.create(
        company=company,
        terms_days=30,
        requested_limit=Decimal("5000.00"),
        status=status,
        consent_text_version="v" * 64,
        consent_at=decided,
    )
    decision = CreditDecision.objects.create(
        application=application,
        outcome=outcome,
        score={"approve": 72, "refer": 50, "decline": 20}[outcome],
        reason_codes=[{"code": "TEST", "impact": 0}],
        inputs={"orders_count": 3},
        limit=Decimal("5000.00") if outcome == "approve" else Decimal("0.00"),
        automated=True,
    )
    CreditApplication.objects.filter(pk=application.pk).update(created=decided)
    CreditDecision.objects.filter(pk=decision.pk).update(created=decided)
    return application


@pytest.fixture(name="analytics_world")
def analytics_world_fixture(approved_company, buyer, staff_user):
    """The first quarter of 2026 described in this module's docstring (the buyer's company has 1000.00 of credit)."""
    terms = [
        make_order(total="100.00", placed=paris(2026, 1, 10), gateway="terms", method_type="terms", user=buyer),
        make_order(total="300.00", placed=paris(2026, 1, 20), gateway="terms", method_type="terms", user=buyer),
        make_order(total="200.00", placed=paris(2026, 3, 12), gateway="terms", method_type="terms", user=buyer),
    ]
    make_order(total="50.00", placed=paris(2026, 1, 15), method_type="klarna")
    make_order(total="20.00", placed=paris(2026, 1, 16))
    make_order(total="40.00", placed=paris(2026, 1, 17), gateway=None)
    make_order(total="150.00", placed=paris(2026, 2, 3), gateway="instalments", method_type="instalments_3x")
    make_order(total="90.00", placed=paris(2026, 2, 4), method_type="afterpay_clearpay")
    make_order(total="60.00", placed=paris(2026, 2, 5), method_type="card")
    make_order(total="999.00", placed=paris(2025, 12, 31, 23, 30), method_type="klarna")
    make_order(total="888.00", placed=paris(2026, 4, 1, 0, 10), gateway="terms", method_type="terms")

    invoice_a = make_invoice(order=terms[0], issued_on=date(2026, 1, 10), due_on=date(2026, 2, 9))
    invoice_b = make_invoice(order=terms[1], issued_on=date(2026, 1, 20), due_on=date(2026, 2, 19))
    # Reserved before B falls overdue (the hold on new terms orders would refuse it after).
    invoice_c = make_invoice(order=terms[2], issued_on=date(2026, 3, 15), due_on=date(2026, 4, 14))
    with time_machine.travel(paris(2026, 2, 5), tick=False):
        services.invoice_payment_record(
            invoice=invoice_a, amount=Decimal("100.00"), method=InvoicePayment.Method.BANK_TRANSFER, reference="VIR-A"
        )
    with time_machine.travel(paris(2026, 2, 20, 6), tick=False):
        services.dunning_step_apply(invoice=invoice_b, step="late_fee", today=date(2026, 2, 20))
    with time_machine.travel(paris(2026, 3, 10), tick=False):
        services.invoice_payment_record(
            invoice=invoice_b, amount=Decimal("100.00"), method=InvoicePayment.Method.BANK_TRANSFER, reference="VIR-B1"
        )

    companies = [make_company(index) for index in range(1, 6)]
    status = CreditApplication.Status
    make_application(company=companies[0], outcome="approve", decided=paris(2026, 1, 5), status=status.APPROVED)
    make_application(company=companies[1], outcome="decline", decided=paris(2026, 1, 8), status=status.DECLINED)
    referred = make_application(
        company=companies[2], outcome="refer", decided=paris(2026, 1, 20), status=status.REFERRED
    )
    with time_machine.travel(paris(2026, 2, 2), tick=False):
        services.credit_decision_override(
            application=referred, staff=staff_user, outcome="approve", note="Known customer", limit=Decimal("3000.00")
        )
    make_application(company=companies[3], outcome="refer", decided=paris(2026, 2, 10), status=status.REFERRED)
    make_application(company=companies[4], outcome="decline", decided=paris(2026, 2, 12), status=status.DECLINED)
    return {"invoices": (invoice_a, invoice_b, invoice_c), "terms_orders": terms}
