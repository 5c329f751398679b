"""The real gateway: Stripe through the official SDK (used when STRIPE_SECRET_KEY is set).

The browser collects the payment method with the Payment Element (card data never
reaches us); the server creates and confirms the PaymentIntent with an idempotency
key, so a retried request never charges twice.
"""

from __future__ import annotations

import stripe
from django.conf import settings

from .base import (
    GatewayError,
    PaymentGateway,
    PaymentRequest,
    PaymentResponse,
    PaymentStatus,
    RefundRequest,
    RefundResponse,
    SetupRequest,
    SetupResponse,
)

STATUS_MAP = {
    "succeeded": PaymentStatus.SUCCEEDED,
    "requires_action": PaymentStatus.REQUIRES_ACTION,
    "requires_confirmation": PaymentStatus.REQUIRES_ACTION,
    "processing": PaymentStatus.PROCESSING,
    "requires_capture": PaymentStatus.PROCESSING,
    "requires_payment_method": PaymentStatus.FAILED,
    "canceled": PaymentStatus.FAILED,
}


def stripe_client() -> stripe.StripeClient:
    # RequestsClient: one HTTP stack for production and the recorded-response tests (`responses`).
    return stripe.StripeClient(settings.STRIPE_SECRET_KEY, http_client=stripe.RequestsClient(), max_network_retries=2)


def as_dict(stripe_object) -> dict:
    return stripe_object.to_dict() if hasattr(stripe_object, "to_dict") else dict(stripe_object)


def payment_response(intent) -> PaymentResponse:
    """A PaymentIntent (SDK object, or the dict inside a webhook event) as our dataclass."""
    intent = as_dict(intent)
    error = intent.get("last_payment_error") or {}
    next_action = intent.get("next_action") or {}
    redirect = (next_action.get("redirect_to_url") or {}).get("url", "")
    return PaymentResponse(
        reference=intent["id"],
        status=STATUS_MAP.get(intent["status"], PaymentStatus.PROCESSING),
        amount_minor=intent["amount"],
        currency=intent["currency"],
        client_secret=intent.get("client_secret") or "",
        next_action_url=redirect,
        error_code=error.get("decline_code") or error.get("code") or "",
        error_message=error.get("message") or "",
        metadata=dict(intent.get("metadata") or {}),
    )


class StripeGateway(PaymentGateway):
    name = "stripe"

    def __init__(self, client: stripe.StripeClient | None = None):
        self.client = client or stripe_client()

    def create_payment(self, request: PaymentRequest) -> PaymentResponse:
        params = {
            "amount": request.amount_minor,
            "currency": request.currency.lower(),
            "payment_method": request.payment_method,
            "confirm": True,
            "metadata": request.metadata,
        }
        if request.customer:
            params["customer"] = request.customer
        if request.off_session:
            params["off_session"] = True
        else:
            params["return_url"] = request.return_url
            if request.payment_method_types:
                params["payment_method_types"] = list(request.payment_method_types)
            else:
                params["automatic_payment_methods"] = {"enabled": True}
        try:
            intent = self.client.v1.payment_intents.create(params, {"idempotency_key": request.idempotency_key})
        except stripe.CardError as exc:
            # A declined card is an answer, not an outage: Stripe returns the PaymentIntent inside the error.
            intent = (exc.error and exc.error.payment_intent) or None
            if intent is None:
                return PaymentResponse(
                    reference="",
                    status=PaymentStatus.FAILED,
                    amount_minor=request.amount_minor,
                    currency=request.currency.lower(),
                    error_code=exc.code or "card_declined",
                    error_message=exc.user_message or str(exc),
                )
            response = payment_response(intent)
            if not response.error_message:
                response = PaymentResponse(**{**response.__dict__, "error_message": exc.user_message or ""})
            return response
        except stripe.StripeError as exc:
            raise GatewayError(str(exc)) from exc
        return payment_response(intent)

    def retrieve_payment(self, reference: str) -> PaymentResponse:
        try:
            return payment_response(self.client.v1.payment_intents.retrieve(reference))
        except stripe.StripeError as exc:
            raise GatewayError(str(exc)) from exc

    def list_recent_payments(self, *, created_after: int, limit: int = 100) -> list[PaymentResponse]:
        try:
            page = self.client.v1.payment_intents.list({"created": {"gte": created_after}, "limit": min(limit, 100)})
        except stripe.StripeError as exc:
            raise GatewayError(str(exc)) from exc
        return [payment_response(intent) for intent in page.data]

    def refund(self, request: RefundRequest) -> RefundResponse:
        params = {"payment_intent": request.payment_reference, "amount": request.amount_minor}
        if request.reason in ("duplicate", "fraudulent", "requested_by_customer"):
            params["reason"] = request.reason
        try:
            refund = self.client.v1.refunds.create(params, {"idempotency_key": request.idempotency_key})
        except stripe.StripeError as exc:
            raise GatewayError(str(exc)) from exc
        return RefundResponse(refund["id"], refund["status"], refund["amount"])

    def create_customer(self, *, email: str, idempotency_key: str) -> str:
        try:
            return self.client.v1.customers.create({"email": email}, {"idempotency_key": idempotency_key})["id"]
        except stripe.StripeError as exc:
            raise GatewayError(str(exc)) from exc

    def create_setup(self, request: SetupRequest) -> SetupResponse:
        params = {
            "customer": request.customer,
            "payment_method": request.payment_method,
            "confirm": True,
            "usage": "off_session",
            "return_url": request.return_url,
            "automatic_payment_methods": {"enabled": True, "allow_redirects": "never"},
            "expand": ["payment_method"],  # brand and last 4 digits for the saved-cards list
        }
        try:
            setup = self.client.v1.setup_intents.create(params, {"idempotency_key": request.idempotency_key})
        except stripe.CardError as exc:
            return SetupResponse("", PaymentStatus.FAILED, "", error_message=exc.user_message or str(exc))
        except stripe.StripeError as exc:
            raise GatewayError(str(exc)) from exc
        setup = as_dict(setup)
        next_action = setup.get("next_action") or {}
        method = setup.get("payment_method") or {}
        card = method.get("card") or {} if isinstance(method, dict) else {}
        return SetupResponse(
            reference=setup["id"],
            status=STATUS_MAP.get(setup["status"], PaymentStatus.PROCESSING),
            payment_method=method.get("id", "") if isinstance(method, dict) else method,
            brand=card.get("brand", ""),
            last4=card.get("last4", ""),
            client_secret=setup.get("client_secret") or "",
            next_action_url=(next_action.get("redirect_to_url") or {}).get("url", ""),
        )
