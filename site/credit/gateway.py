"""Pay on terms as a payment gateway: "paying" reserves company credit, a refund releases it.

Plugged into payments.gateways (name "terms"), so a terms order goes through the same
checkout path as a card: stock reservation, idempotency key, order placement, vendor
ledger and e-mails, vendor cancellations refunding through ``refund_order_lines``.
"""

from __future__ import annotations

from payments.gateways.base import (
    GatewayError,
    PaymentGateway,
    PaymentRequest,
    PaymentResponse,
    PaymentStatus,
    RefundRequest,
    RefundResponse,
    SetupRequest,
    SetupResponse,
    from_minor_units,
    to_minor_units,
)
from payments.models import PaymentIntent

from .models import CreditReservation
from .services import CreditError, credit_release, credit_reserve

PREFIX = "terms_"


class TermsGateway(PaymentGateway):
    name = "terms"

    def create_payment(self, request: PaymentRequest) -> PaymentResponse:
        intent = PaymentIntent.objects.get(pk=int(request.metadata["comptoir_intent"]))
        try:
            reservation = credit_reserve(
                intent=intent,
                amount=from_minor_units(request.amount_minor),
                po_number=request.metadata.get("po_number", ""),
            )
        except CreditError as error:
            return PaymentResponse(
                reference="",
                status=PaymentStatus.FAILED,
                amount_minor=request.amount_minor,
                currency=request.currency,
                error_code="credit_refused",
                error_message=str(error),
            )
        return self._response(reservation)

    def retrieve_payment(self, reference: str) -> PaymentResponse:
        return self._response(self._reservation(reference))

    def list_recent_payments(self, *, created_after: int, limit: int = 100) -> list[PaymentResponse]:
        return []  # nothing happens on a remote side: there is nothing to reconcile

    def refund(self, request: RefundRequest) -> RefundResponse:
        reservation = self._reservation(request.payment_reference)
        released = credit_release(
            reservation=reservation,
            amount=from_minor_units(request.amount_minor),
            key=f"refund-{request.idempotency_key}",
            note="cancelled lines",
        )
        return RefundResponse(
            reference=f"{PREFIX}release_{request.idempotency_key}",
            status="succeeded",
            amount_minor=to_minor_units(released),
        )

    def create_customer(self, *, email: str, idempotency_key: str) -> str:
        raise GatewayError("payment on terms has no customer objects")

    def create_setup(self, request: SetupRequest) -> SetupResponse:
        raise GatewayError("payment on terms cannot save payment methods")

    @staticmethod
    def _reservation(reference: str) -> CreditReservation:
        try:
            return CreditReservation.objects.get(pk=int(reference.removeprefix(PREFIX)))
        except (ValueError, CreditReservation.DoesNotExist) as error:
            raise GatewayError(f"unknown terms reference {reference!r}") from error

    @staticmethod
    def _response(reservation: CreditReservation) -> PaymentResponse:
        return PaymentResponse(
            reference=f"{PREFIX}{reservation.pk}",
            status=PaymentStatus.SUCCEEDED,
            amount_minor=to_minor_units(reservation.intent.amount),
            currency=reservation.intent.currency,
        )
