"""The instalment provider seen as a payment gateway, so an instalment plan goes through the same payment
path as a card: payment_start → provider page → payment_apply_response → payment_settle (order) and
refund_submit (refund through the provider).

The merchant is paid the purchase price once the plan is active; the shopper pays the provider the fees.
No plan is ever created without the shopper's recorded consent, nor kept when the provider's fees or
number of instalments differ from the ones the shopper accepted.
"""

from __future__ import annotations

import logging
from urllib.parse import urljoin

from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext as _

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

from . import get_instalment_provider
from .base import InstalmentError, PlanRequest, PlanState, PlanStatus, ProviderUnavailable
from .eligibility import FEE_TOLERANCE, INSTALMENT_METHODS

logger = logging.getLogger(__name__)

STATUSES = {
    PlanStatus.PENDING: PaymentStatus.REQUIRES_ACTION,
    PlanStatus.ACTIVE: PaymentStatus.SUCCEEDED,
    PlanStatus.COMPLETED: PaymentStatus.SUCCEEDED,
    PlanStatus.REFUSED: PaymentStatus.FAILED,
    PlanStatus.CANCELLED: PaymentStatus.FAILED,
}


def payment_response(plan: PlanState) -> PaymentResponse:
    status = STATUSES[plan.status]
    return PaymentResponse(
        reference=plan.reference,
        status=status,
        amount_minor=to_minor_units(plan.amount),
        currency=plan.currency.lower(),
        next_action_url=plan.hosted_url if status == PaymentStatus.REQUIRES_ACTION else "",
        error_code=f"instalments_{plan.status}" if status == PaymentStatus.FAILED else "",
        error_message=plan.error_message or (_("The instalment plan was not accepted.") if status == "failed" else ""),
        metadata=plan.metadata,
    )


def refused(request: PaymentRequest, message: str) -> PaymentResponse:
    return PaymentResponse(
        reference="",
        status=PaymentStatus.FAILED,
        amount_minor=request.amount_minor,
        currency=request.currency.lower(),
        error_code="instalments_refused",
        error_message=message,
    )


class InstalmentGateway(PaymentGateway):
    name = "instalments"

    def __init__(self, provider=None):
        try:
            self.provider = provider or get_instalment_provider()
        except InstalmentError as exc:  # e.g. the provider's key is not configured
            raise GatewayError(str(exc)) from exc

    def create_payment(self, request: PaymentRequest) -> PaymentResponse:
        from payments.models import InstalmentConsent

        count = INSTALMENT_METHODS.get(request.payment_method)
        if count is None:
            raise GatewayError(f"{request.payment_method!r} is not an instalment method")
        consent = InstalmentConsent.objects.filter(intent_id=request.metadata.get("comptoir_intent") or 0).first()
        if consent is None or consent.instalment_count != count:
            return refused(request, _("Please accept the credit information before paying in instalments."))
        details = request.customer_details
        try:
            plan = self.provider.create_plan(
                PlanRequest(
                    amount=from_minor_units(request.amount_minor),
                    currency=request.currency.upper(),
                    count=count,
                    country=details.get("country", ""),
                    email=details.get("email", ""),
                    first_name=details.get("first_name", ""),
                    last_name=details.get("last_name", ""),
                    idempotency_key=request.idempotency_key,
                    return_url=request.return_url,
                    notification_url=urljoin(
                        settings.WAGTAILADMIN_BASE_URL, reverse("payments:instalments-notification")
                    ),
                    locale=consent.language[:2],
                    metadata=request.metadata,
                )
            )
        except ProviderUnavailable as exc:
            raise GatewayError(str(exc)) from exc
        except InstalmentError as exc:
            return refused(request, str(exc))
        if plan.count != consent.instalment_count or abs(plan.fees - consent.fees) > FEE_TOLERANCE:
            logger.error("Plan %s differs from the consent of intent %s: cancelled", plan.reference, consent.intent_id)
            self.provider.cancel(plan.reference)
            return refused(request, _("The provider's terms differ from the ones you accepted; nothing was charged."))
        return payment_response(plan)

    def retrieve_payment(self, reference: str) -> PaymentResponse:
        try:
            return payment_response(self.provider.confirm(reference))
        except InstalmentError as exc:
            raise GatewayError(str(exc)) from exc

    def list_recent_payments(self, *, created_after: int, limit: int = 100) -> list[PaymentResponse]:
        try:
            return [payment_response(plan) for plan in self.provider.list_recent(created_after=created_after)][:limit]
        except InstalmentError as exc:
            raise GatewayError(str(exc)) from exc

    def refund(self, request: RefundRequest) -> RefundResponse:
        try:
            refund = self.provider.refund(
                reference=request.payment_reference,
                amount=from_minor_units(request.amount_minor),
                idempotency_key=request.idempotency_key,
            )
        except InstalmentError as exc:
            raise GatewayError(str(exc)) from exc
        return RefundResponse(refund.reference, refund.status, to_minor_units(refund.amount))

    def create_customer(self, *, email: str, idempotency_key: str) -> str:
        raise GatewayError("instalment plans cannot be saved for one-click buy")

    def create_setup(self, request: SetupRequest) -> SetupResponse:
        raise GatewayError("instalment plans cannot be saved for one-click buy")
