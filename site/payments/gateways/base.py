"""The payment gateway interface: plain dataclasses in, plain dataclasses out.

Amounts cross this boundary in minor units (cents), as every gateway API counts them.
"""

from __future__ import annotations

import abc
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal


def to_minor_units(amount: Decimal) -> int:
    return int((amount * 100).quantize(Decimal("1"), rounding=ROUND_HALF_UP))


def from_minor_units(amount: int) -> Decimal:
    return (Decimal(amount) / 100).quantize(Decimal("0.01"))


class PaymentStatus:
    SUCCEEDED = "succeeded"
    REQUIRES_ACTION = "requires_action"
    PROCESSING = "processing"
    FAILED = "failed"


@dataclass(frozen=True)
class PaymentRequest:
    amount_minor: int
    currency: str
    idempotency_key: str
    payment_method: str
    return_url: str = ""
    customer: str = ""
    off_session: bool = False
    payment_method_types: tuple[str, ...] = ()
    metadata: dict[str, str] = field(default_factory=dict)
    # email, first_name, last_name, country: what an instalment provider needs to know the shopper
    customer_details: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class PaymentResponse:
    reference: str
    status: str  # a PaymentStatus value
    amount_minor: int
    currency: str
    client_secret: str = ""
    next_action_url: str = ""  # where the shopper authenticates (3-D Secure, BNPL redirect)
    error_code: str = ""
    error_message: str = ""
    metadata: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class RefundRequest:
    payment_reference: str
    amount_minor: int
    idempotency_key: str
    reason: str = ""


@dataclass(frozen=True)
class RefundResponse:
    reference: str
    status: str  # "succeeded", "pending" or "failed"
    amount_minor: int


@dataclass(frozen=True)
class SetupRequest:
    customer: str
    payment_method: str
    idempotency_key: str
    return_url: str = ""


@dataclass(frozen=True)
class SetupResponse:
    reference: str
    status: str  # a PaymentStatus value
    payment_method: str
    brand: str = ""
    last4: str = ""
    client_secret: str = ""
    next_action_url: str = ""
    error_message: str = ""


class GatewayError(Exception):
    """The gateway could not be reached or refused the request itself (not a declined card)."""


class PaymentGateway(abc.ABC):
    name: str

    @abc.abstractmethod
    def create_payment(self, request: PaymentRequest) -> PaymentResponse:
        """Create and confirm a payment (Stripe: PaymentIntent with confirm=true)."""

    @abc.abstractmethod
    def retrieve_payment(self, reference: str) -> PaymentResponse: ...

    @abc.abstractmethod
    def list_recent_payments(self, *, created_after: int, limit: int = 100) -> list[PaymentResponse]:
        """Payments created after a Unix timestamp, for reconciliation after a webhook outage."""

    @abc.abstractmethod
    def refund(self, request: RefundRequest) -> RefundResponse: ...

    @abc.abstractmethod
    def create_customer(self, *, email: str, idempotency_key: str) -> str: ...

    @abc.abstractmethod
    def create_setup(self, request: SetupRequest) -> SetupResponse:
        """Save a payment method for later off-session use (Stripe: SetupIntent)."""
