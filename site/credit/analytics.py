"""Usage analytics of deferred payment: terms and BNPL usage, credit decisions, overdue invoices, late fees.

Pure selectors: every figure is aggregated by the database (a handful of GROUP BY queries for the whole
range, plus one aggregate per period for the point-in-time overdue ratio); Python only arranges the rows,
one per period and payment kind, never one per order or invoice.

Definitions (also shown on the dashboard):
- an order is *on terms* when its payment attempt used the "terms" gateway; *BNPL* when it used a
  Stripe BNPL method (Klarna, Afterpay/Clearpay, Affirm) or card instalments (3x/4x); anything else,
  including orders without a recorded payment attempt, is *card and other*;
- *deferred* = terms + BNPL;
- the approval rate is approved / (approved + declined) over the applications submitted in the
  period (referred and pending ones are still open); the automated approval rate counts the machine's
  own decisions, overrides are the credit team's;
- the overdue ratio at the end of a period is the amount of invoices past their due date still unpaid
  that day, over the amount invoiced and unpaid that day (both including late fees charged by then).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import (
    Case,
    CharField,
    Count,
    DateField,
    DecimalField,
    F,
    OuterRef,
    Q,
    Subquery,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Coalesce, TruncMonth, TruncWeek
from django.utils import timezone
from oscar.core.loading import get_model

from payments.markets import BNPL_METHODS, METHOD_LABELS

from .models import ZERO, CreditApplication, CreditDecision, CreditLedgerEntry, Invoice, InvoicePayment

Order = get_model("order", "Order")

DEFAULT_DAYS = 90
MAX_DAYS = 731  # two years: the per-period overdue figures cost one query per period
GRANULARITIES = ("week", "month")
TERMS, BNPL, CARD = "terms", "bnpl", "card"
PAYMENT_KINDS = (TERMS, BNPL, CARD)
TERMS_GATEWAY = "terms"
INSTALMENT_GATEWAY = "instalments"
# Stripe's BNPL methods and the 3x/4x card instalments, as recorded in PaymentIntent.checkout_data.
BNPL_METHOD_TYPES = (*BNPL_METHODS, *(name for name in METHOD_LABELS if name.startswith("instalments_")))
CENT = Decimal("0.01")
RATIO = Decimal("0.0001")
MONEY = DecimalField(max_digits=14, decimal_places=2)


@dataclass(frozen=True)
class Usage:
    count: int = 0
    value: Decimal = ZERO

    def __add__(self, other: Usage) -> Usage:
        return Usage(self.count + other.count, self.value + other.value)

    @property
    def average(self) -> Decimal:
        return (self.value / self.count).quantize(CENT, rounding=ROUND_HALF_UP) if self.count else ZERO


@dataclass(frozen=True)
class Decisions:
    """Counts of decisions taken (automated by the scoring service, overrides by staff)."""

    automated_approve: int = 0
    automated_refer: int = 0
    automated_decline: int = 0
    override_approve: int = 0
    override_decline: int = 0

    def __add__(self, other: Decisions) -> Decisions:
        return Decisions(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))

    @property
    def automated(self) -> int:
        return self.automated_approve + self.automated_refer + self.automated_decline

    @property
    def overrides(self) -> int:
        return self.override_approve + self.override_decline

    @property
    def automated_approval_rate(self) -> Decimal:
        return ratio(self.automated_approve, self.automated)


@dataclass(frozen=True)
class Applications:
    """Applications submitted, by their current status."""

    submitted: int = 0
    approved: int = 0
    declined: int = 0
    open: int = 0  # pending or referred

    def __add__(self, other: Applications) -> Applications:
        return Applications(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))

    @property
    def approval_rate(self) -> Decimal:
        return ratio(self.approved, self.approved + self.declined)


@dataclass(frozen=True)
class Receivables:
    """Invoices at the end of a day: what is owed, what of it is overdue."""

    outstanding: Decimal = ZERO
    overdue: Decimal = ZERO
    overdue_invoices: int = 0

    @property
    def overdue_ratio(self) -> Decimal:
        return ratio(self.overdue, self.outstanding)


@dataclass(frozen=True)
class PeriodFigures:
    start: date
    end: date
    usage: dict[str, Usage]
    decisions: Decisions = field(default_factory=Decisions)
    applications: Applications = field(default_factory=Applications)
    receivables: Receivables = field(default_factory=Receivables)
    late_fees: Decimal = ZERO
    late_fee_count: int = 0

    @property
    def deferred(self) -> Usage:
        return self.usage[TERMS] + self.usage[BNPL]

    @property
    def total(self) -> Usage:
        return self.deferred + self.usage[CARD]

    @property
    def deferred_share(self) -> Decimal:
        """Share of the order value paid later (terms + BNPL)."""
        return ratio(self.deferred.value, self.total.value)


@dataclass(frozen=True)
class CreditAnalytics:
    start: date
    end: date
    granularity: str
    periods: list[PeriodFigures]
    summary: PeriodFigures  # the whole range; receivables at its end


def ratio(numerator, denominator) -> Decimal:
    """numerator / denominator to four places; 0 when there is nothing to divide by."""
    if not denominator:
        return Decimal("0.0000")
    return (Decimal(numerator) / Decimal(denominator)).quantize(RATIO, rounding=ROUND_HALF_UP)


def money(value) -> Decimal:
    """A database sum as Decimal cents (SQLite returns 240 for 240.00, None for an empty sum)."""
    return Decimal(value or 0).quantize(CENT, rounding=ROUND_HALF_UP)


def default_range(today: date | None = None) -> tuple[date, date]:
    today = today or timezone.localdate()
    return today - timedelta(days=DEFAULT_DAYS - 1), today


def period_start(day: date, granularity: str) -> date:
    if granularity == "week":
        return day - timedelta(days=day.weekday())
    return day.replace(day=1)


def next_period_start(start: date, granularity: str) -> date:
    if granularity == "week":
        return start + timedelta(days=7)
    return (start.replace(day=28) + timedelta(days=4)).replace(day=1)


def period_starts(start: date, end: date, granularity: str) -> list[date]:
    """The start of every period that meets [start, end] (the first may begin before ``start``)."""
    starts, current = [], period_start(start, granularity)
    while current <= end:
        starts.append(current)
        current = next_period_start(current, granularity)
    return starts


def _end_of_day(day: date) -> datetime:
    """The first instant after ``day`` in the current time zone (where the database truncates too)."""
    return timezone.make_aware(datetime.combine(day + timedelta(days=1), time.min))


def _within(field_name: str, start: date, end: date) -> Q:
    """``field_name`` (a datetime) falls on a day of [start, end], in the current time zone."""
    return Q(**{f"{field_name}__gte": _end_of_day(start - timedelta(days=1)), f"{field_name}__lt": _end_of_day(end)})


def _trunc(field_name: str, granularity: str):
    function = TruncWeek if granularity == "week" else TruncMonth
    return function(field_name, output_field=DateField())


def payment_kind_expression():
    """terms / bnpl / card from the order's payment attempt (its gateway, then the method type chosen)."""
    return Case(
        When(payment_intent__gateway=TERMS_GATEWAY, then=Value(TERMS)),
        When(
            Q(payment_intent__gateway=INSTALMENT_GATEWAY)
            | Q(payment_intent__checkout_data__payment_method_type__in=BNPL_METHOD_TYPES),
            then=Value(BNPL),
        ),
        default=Value(CARD),
        output_field=CharField(),
    )


def orders_by_period_and_kind(*, start: date, end: date, granularity: str) -> dict[tuple[date, str], Usage]:
    rows = (
        Order.objects.filter(_within("date_placed", start, end))
        .annotate(period=_trunc("date_placed", granularity), kind=payment_kind_expression())
        .values("period", "kind")
        .annotate(count=Count("pk"), value=Sum("total_incl_tax"))
        .order_by()
    )
    return {(row["period"], row["kind"]): Usage(row["count"], money(row["value"])) for row in rows}


def decisions_by_period(*, start: date, end: date, granularity: str) -> dict[date, Decisions]:
    rows = (
        CreditDecision.objects.filter(_within("created", start, end))
        .annotate(period=_trunc("created", granularity))
        .values("period", "automated", "outcome")
        .annotate(count=Count("pk"))
        .order_by()
    )
    counts: dict[date, dict[str, int]] = {}
    for row in rows:
        name = f"{'automated' if row['automated'] else 'override'}_{row['outcome']}"
        if name in Decisions.__dataclass_fields__:  # an override is never "refer"
            counts.setdefault(row["period"], {})[name] = row["count"]
    return {period: Decisions(**values) for period, values in counts.items()}


def applications_by_period(*, start: date, end: date, granularity: str) -> dict[date, Applications]:
    status = CreditApplication.Status
    rows = (
        CreditApplication.objects.filter(_within("created", start, end))
        .annotate(period=_trunc("created", granularity))
        .values("period")
        .annotate(
            submitted=Count("pk"),
            approved=Count("pk", filter=Q(status=status.APPROVED)),
            declined=Count("pk", filter=Q(status=status.DECLINED)),
            open=Count("pk", filter=Q(status__in=CreditApplication.OPEN_STATUSES)),
        )
        .order_by()
    )
    return {
        row["period"]: Applications(row["submitted"], row["approved"], row["declined"], row["open"]) for row in rows
    }


def late_fees_by_period(*, start: date, end: date, granularity: str) -> dict[date, tuple[Decimal, int]]:
    rows = (
        CreditLedgerEntry.objects.filter(_within("created", start, end), kind=CreditLedgerEntry.Kind.LATE_FEE)
        .annotate(period=_trunc("created", granularity))
        .values("period")
        .annotate(total=Sum("amount"), count=Count("pk"))
        .order_by()
    )
    return {row["period"]: (money(row["total"]), row["count"]) for row in rows}


def receivables_on(day: date) -> Receivables:
    """Invoices as they stood at the end of ``day``: payments and late fees recorded later are ignored."""
    cutoff = _end_of_day(day)
    paid = (
        InvoicePayment.objects.filter(invoice=OuterRef("pk"), created__lt=cutoff)
        .values("invoice")
        .annotate(total=Sum("amount"))
        .values("total")
    )
    fees = (
        CreditLedgerEntry.objects.filter(
            invoice=OuterRef("pk"), kind=CreditLedgerEntry.Kind.LATE_FEE, created__lt=cutoff
        )
        .values("invoice")
        .annotate(total=Sum("amount"))
        .values("total")
    )
    zero = Value(ZERO, output_field=MONEY)
    # Never negative: an invoice can't be paid beyond its total and the fees charged up to the payment.
    invoices = (
        Invoice.objects.exclude(status=Invoice.Status.VOID)
        .filter(issued_on__lte=day)
        .annotate(
            remaining=Coalesce(Subquery(fees, output_field=MONEY), zero)
            - Coalesce(Subquery(paid, output_field=MONEY), zero)
            + F("total_incl_tax")
        )
    )
    totals = invoices.aggregate(
        outstanding=Sum("remaining"),
        overdue=Sum("remaining", filter=Q(due_on__lt=day)),
        overdue_invoices=Count("pk", filter=Q(due_on__lt=day, remaining__gt=0)),
    )
    return Receivables(
        outstanding=money(totals["outstanding"]),
        overdue=money(totals["overdue"]),
        overdue_invoices=totals["overdue_invoices"],
    )


def credit_usage_analytics(
    *, start: date | None = None, end: date | None = None, granularity: str = "month"
) -> CreditAnalytics:
    """Every figure of the credit & BNPL dashboard for [start, end] (default: the last 90 days), per period."""
    if granularity not in GRANULARITIES:
        raise ValueError(f"granularity must be one of {GRANULARITIES}")
    default_start, default_end = default_range()
    start, end = start or default_start, end or default_end
    if start > end:
        raise ValueError("start must not be after end")
    window = {"start": start, "end": end, "granularity": granularity}
    orders = orders_by_period_and_kind(**window)
    decisions = decisions_by_period(**window)
    applications = applications_by_period(**window)
    late_fees = late_fees_by_period(**window)
    periods = []
    for bucket in period_starts(start, end, granularity):
        period_end = min(next_period_start(bucket, granularity) - timedelta(days=1), end)
        fee_total, fee_count = late_fees.get(bucket, (ZERO, 0))
        periods.append(
            PeriodFigures(
                start=max(bucket, start),
                end=period_end,
                usage={kind: orders.get((bucket, kind), Usage()) for kind in PAYMENT_KINDS},
                decisions=decisions.get(bucket, Decisions()),
                applications=applications.get(bucket, Applications()),
                receivables=receivables_on(period_end),
                late_fees=fee_total,
                late_fee_count=fee_count,
            )
        )
    summary = PeriodFigures(
        start=start,
        end=end,
        usage={kind: sum((period.usage[kind] for period in periods), Usage()) for kind in PAYMENT_KINDS},
        decisions=sum((period.decisions for period in periods), Decisions()),
        applications=sum((period.applications for period in periods), Applications()),
        receivables=periods[-1].receivables,
        late_fees=sum((period.late_fees for period in periods), ZERO),
        late_fee_count=sum(period.late_fee_count for period in periods),
    )
    return CreditAnalytics(start=start, end=end, granularity=granularity, periods=periods, summary=summary)


CSV_HEADER = [
    "scope",  # "period" rows, then one "total" row for the whole range
    "period_start",
    "period_end",
    "terms_orders",
    "terms_value",
    "bnpl_orders",
    "bnpl_value",
    "card_other_orders",
    "card_other_value",
    "deferred_share",
    "average_order_value_deferred",
    "average_order_value_other",
    "applications_submitted",
    "applications_approved",
    "applications_declined",
    "applications_open",
    "approval_rate",
    "automated_approve",
    "automated_refer",
    "automated_decline",
    "automated_approval_rate",
    "override_approve",
    "override_decline",
    "outstanding_invoiced",
    "overdue_amount",
    "overdue_invoices",
    "overdue_ratio",
    "late_fees",
    "late_fee_count",
]


def csv_rows(figures: CreditAnalytics) -> list[list[str]]:
    """The CSV export: the header, one row per period, then the total of the range."""
    return [
        CSV_HEADER,
        *(csv_row(period, scope="period") for period in figures.periods),
        csv_row(figures.summary, scope="total"),
    ]


def csv_row(period: PeriodFigures, *, scope: str) -> list[str]:
    """One line of the CSV export (same order as CSV_HEADER); plain numbers, dot decimals."""
    decisions, applications, receivables = period.decisions, period.applications, period.receivables
    values = [
        scope,
        period.start.isoformat(),
        period.end.isoformat(),
        period.usage[TERMS].count,
        period.usage[TERMS].value,
        period.usage[BNPL].count,
        period.usage[BNPL].value,
        period.usage[CARD].count,
        period.usage[CARD].value,
        period.deferred_share,
        period.deferred.average,
        period.usage[CARD].average,
        applications.submitted,
        applications.approved,
        applications.declined,
        applications.open,
        applications.approval_rate,
        decisions.automated_approve,
        decisions.automated_refer,
        decisions.automated_decline,
        decisions.automated_approval_rate,
        decisions.override_approve,
        decisions.override_decline,
        receivables.outstanding,
        receivables.overdue,
        receivables.overdue_invoices,
        receivables.overdue_ratio,
        period.late_fees,
        period.late_fee_count,
    ]
    return [str(value) for value in values]
