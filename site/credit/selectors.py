"""Reads for the company pages and the staff dashboard (fixed number of queries per page)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Q, Sum
from django.utils import timezone

from .models import ZERO, Company, CreditAccount, CreditApplication, Invoice, OrderApproval


@dataclass(frozen=True)
class CreditSummary:
    limit: Decimal
    used: Decimal
    available: Decimal
    overdue: Decimal
    outstanding: Decimal
    terms_days: int
    on_hold: bool
    hold_reason: str


def credit_summary(account: CreditAccount, today=None) -> CreditSummary:
    today = today or timezone.localdate()
    invoices = Invoice.objects.filter(reservation__account=account, status=Invoice.Status.OPEN)
    sums = invoices.aggregate(
        outstanding=Sum("total_incl_tax") + Sum("late_fees") - Sum("amount_paid"),
        overdue=Sum("total_incl_tax", filter=Q(due_on__lt=today))
        + Sum("late_fees", filter=Q(due_on__lt=today))
        - Sum("amount_paid", filter=Q(due_on__lt=today)),
    )
    return CreditSummary(
        limit=account.limit,
        used=account.used,
        available=account.available,
        overdue=sums["overdue"] or ZERO,
        outstanding=sums["outstanding"] or ZERO,
        terms_days=account.terms_days,
        on_hold=account.on_hold,
        hold_reason=account.hold_reason,
    )


def company_invoices(company: Company):
    return Invoice.objects.filter(company=company).select_related("order").order_by("-issued_on", "-pk")


def company_latest_application(company: Company) -> CreditApplication | None:
    return company.credit_applications.prefetch_related("decisions").order_by("-created").first()


def approvals_waiting(company: Company):
    return OrderApproval.objects.filter(company=company, status=OrderApproval.Status.PENDING).select_related(
        "requester"
    )


def applications_for_staff(status: str = ""):
    queryset = CreditApplication.objects.select_related("company", "submitted_by").prefetch_related("decisions")
    return queryset.filter(status=status) if status else queryset
