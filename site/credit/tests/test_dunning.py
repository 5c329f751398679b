"""Dunning on a frozen clock: reminders before and after the due date, late fees once, hold and release."""

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
import time_machine
from django.core import mail
from django.utils import timezone

from credit.models import DunningNotice
from credit.services import dunning_run, invoice_payment_record, terms_available_for

pytestmark = pytest.mark.django_db
ISSUED = date(2026, 3, 2)  # Net 30: due on 1 April 2026


@pytest.fixture
def open_invoice(make_invoice):
    """A 600.00 invoice issued on 2 March 2026, due on 1 April."""
    return make_invoice(number="CPT-2026-000042", total=Decimal("600.00"), issued_on=ISSUED)


def run_on(day: date, capture) -> int:
    moment = datetime(day.year, day.month, day.day, 9, 0, tzinfo=timezone.get_current_timezone())
    with time_machine.travel(moment), capture(execute=True):
        return dunning_run()


def steps(invoice) -> list[str]:
    return list(DunningNotice.objects.filter(invoice=invoice).order_by("pk").values_list("step", flat=True))


def test_the_reminder_schedule_late_fee_and_hold(
    open_invoice, approved_company, buyer, django_capture_on_commit_callbacks
):
    due = open_invoice.due_on
    account = approved_company.credit_account
    assert run_on(due - timedelta(days=6), django_capture_on_commit_callbacks) == 0  # too early: nothing
    assert run_on(due - timedelta(days=5), django_capture_on_commit_callbacks) == 1
    assert steps(open_invoice) == ["before_5"]
    assert "is due on 01/04/2026" in mail.outbox[-1].subject
    assert run_on(due - timedelta(days=5), django_capture_on_commit_callbacks) == 0  # the task runs 4 times a day
    assert run_on(due, django_capture_on_commit_callbacks) == 1
    assert steps(open_invoice)[-1] == "due" and "due today" in mail.outbox[-1].subject

    # The day after: late fees (40.00 fixed + 3% of 600.00 = 58.00), once.
    assert run_on(due + timedelta(days=1), django_capture_on_commit_callbacks) == 1
    assert run_on(due + timedelta(days=2), django_capture_on_commit_callbacks) == 0
    open_invoice.refresh_from_db()
    account.refresh_from_db()
    assert open_invoice.late_fees == Decimal("58.00") and open_invoice.amount_due == Decimal("658.00")
    assert account.used == Decimal("658.00") and not account.on_hold
    assert "Late-payment fees" in mail.outbox[-1].subject

    assert run_on(due + timedelta(days=7), django_capture_on_commit_callbacks) == 1
    assert "Overdue" in mail.outbox[-1].subject
    with time_machine.travel(datetime(2026, 4, 10, 9, tzinfo=timezone.get_current_timezone())):
        assert terms_available_for(member=buyer.company_membership, amount=Decimal("10"))[0]  # not held yet

    # 16 days overdue (past the 15-day threshold): new terms orders are held.
    assert run_on(due + timedelta(days=16), django_capture_on_commit_callbacks) == 1  # after_15
    account.refresh_from_db()
    assert account.on_hold and "15 days" in account.hold_reason
    assert steps(open_invoice) == ["before_5", "due", "late_fee", "after_7", "after_15"]
    buyer.company_membership.company.credit_account.refresh_from_db()
    available, reason = terms_available_for(
        member=type(buyer.company_membership).objects.get(user=buyer), amount=Decimal("10")
    )
    assert not available and "on hold" in reason
    assert len([m for m in mail.outbox if "CPT-2026-000042" in m.subject]) == 5

    # Paid in full: the hold is lifted, and no reminder follows.
    with time_machine.travel(datetime(2026, 4, 18, 9, tzinfo=timezone.get_current_timezone())):
        invoice_payment_record(
            invoice=open_invoice, amount=Decimal("658.00"), method="bank_transfer", reference="VIR 42"
        )
    account.refresh_from_db()
    open_invoice.refresh_from_db()
    assert open_invoice.status == "paid" and account.used == 0 and not account.on_hold
    assert run_on(due + timedelta(days=30), django_capture_on_commit_callbacks) == 0
