"""The instalment-provider interface (3x/4x card instalments: Alma, Oney, Floa…): plain dataclasses in and out.

Amounts are Decimal euros with two places here; an HTTP adapter converts to the provider's minor units.
The shopper pays the provider `total` (price + fees); the marketplace receives `amount`, the price.
"""

from __future__ import annotations

import abc
import calendar
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_DOWN, Decimal

CENT = Decimal("0.01")


class PlanStatus:
    PENDING = "pending"  # created; the shopper has not finished on the provider's page
    ACTIVE = "active"  # accepted, first instalment collected: the merchant is paid
    COMPLETED = "completed"  # every instalment collected
    REFUSED = "refused"  # the provider or the card said no
    CANCELLED = "cancelled"  # abandoned, expired or cancelled by us

    PAID = (ACTIVE, COMPLETED)


class InstalmentError(Exception):
    """The provider refused the request itself (bad amount, unknown plan…): the message is safe to show."""


class ProviderUnavailable(InstalmentError):
    """The provider could not be reached or answered garbage: retry later."""


class InvalidSignature(InstalmentError):
    """A notification whose signature does not verify: ignore it."""


@dataclass(frozen=True)
class Instalment:
    due_date: date
    total: Decimal  # what the shopper pays that day (principal + fee)
    fee: Decimal


@dataclass(frozen=True)
class PlanQuote:
    """What `count` instalments cost for `amount`, as the provider would grant them today."""

    count: int
    amount: Decimal
    currency: str
    fees: Decimal
    apr: Decimal  # annual percentage rate, in %
    instalments: tuple[Instalment, ...]

    @property
    def total(self) -> Decimal:
        return self.amount + self.fees

    def schedule_data(self) -> list[dict]:
        return [
            {"due_date": item.due_date.isoformat(), "total": str(item.total), "fee": str(item.fee)}
            for item in self.instalments
        ]


@dataclass(frozen=True)
class PlanRequest:
    amount: Decimal
    currency: str
    count: int
    country: str  # ISO 3166-1 alpha-2 of the billing/shipping address
    email: str
    idempotency_key: str
    return_url: str  # the provider sends the shopper back here with ?pid=<reference>
    first_name: str = ""
    last_name: str = ""
    notification_url: str = ""
    locale: str = "fr"
    metadata: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class PlanState:
    reference: str
    status: str  # a PlanStatus value
    amount: Decimal
    currency: str
    count: int
    fees: Decimal
    instalments: tuple[Instalment, ...] = ()
    hosted_url: str = ""  # where the shopper accepts the plan and enters a card
    refunded: Decimal = Decimal("0.00")
    error_message: str = ""
    metadata: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class PlanRefund:
    reference: str
    amount: Decimal
    status: str  # "succeeded" or "failed"


class InstalmentProvider(abc.ABC):
    name: str
    currencies: tuple[str, ...] = ("EUR",)

    @abc.abstractmethod
    def eligibility(self, *, amount: Decimal, currency: str, country: str, counts: tuple[int, ...]) -> list[PlanQuote]:
        """The plans the provider grants for this purchase (only the eligible ones)."""

    @abc.abstractmethod
    def create_plan(self, request: PlanRequest) -> PlanState:
        """Create the plan; the shopper then goes to `hosted_url`. The same idempotency key returns the same plan."""

    @abc.abstractmethod
    def confirm(self, reference: str) -> PlanState:
        """The shopper is back from the provider's page: the plan as the provider now sees it."""

    @abc.abstractmethod
    def status(self, reference: str) -> PlanState: ...

    @abc.abstractmethod
    def cancel(self, reference: str) -> PlanState:
        """Give up a plan the shopper has not accepted yet (nothing was collected)."""

    @abc.abstractmethod
    def refund(self, *, reference: str, amount: Decimal, idempotency_key: str) -> PlanRefund: ...

    @abc.abstractmethod
    def verify_notification(self, *, reference: str, signature: str) -> None:
        """Raise InvalidSignature unless the provider signed this notification about `reference`."""

    @abc.abstractmethod
    def list_recent(self, *, created_after: int) -> list[PlanState]:
        """Plans created after a Unix timestamp (reconciliation)."""


# --- schedule arithmetic shared by the providers ---------------------------------------------------------------


def add_months(start: date, months: int) -> date:
    """Same day `months` later, clamped to the month's last day (31 January + 1 month = 28/29 February)."""
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def split_evenly(total: Decimal, count: int) -> list[Decimal]:
    """`count` amounts to the cent summing to `total`; the first one takes the rounding cents."""
    other = (total / count).quantize(CENT, rounding=ROUND_DOWN)
    return [total - other * (count - 1), *([other] * (count - 1))]


def monthly_schedule(*, amount: Decimal, fees: Decimal, count: int, first_due: date) -> tuple[Instalment, ...]:
    """First instalment on `first_due` (today), then one a month."""
    totals = split_evenly(amount + fees, count)
    instalment_fees = split_evenly(fees, count)
    return tuple(
        Instalment(due_date=add_months(first_due, index), total=totals[index], fee=instalment_fees[index])
        for index in range(count)
    )
