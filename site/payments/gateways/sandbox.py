"""A local gateway that behaves like Stripe's test mode, for `make run` and the tests.

It understands Stripe's test card numbers (and their `pm_card_…` tokens):

    4242 4242 4242 4242  succeeds
    4000 0000 0000 0002  declined (card_declined)
    4000 0000 0000 9995  declined (insufficient_funds)
    4000 0025 0000 3155  asks for 3-D Secure on-session; succeeds off-session once saved
    4000 0027 6000 3184  always asks for 3-D Secure (off-session too: authentication_required)

and the buy-now-pay-later methods ("klarna", "afterpay_clearpay", "affirm"), which
send the shopper to an authorisation page as Stripe's redirects do. Its state lives
in the `SandboxObject` table so the web process and the worker share it.
"""

from __future__ import annotations

import secrets
import time

from django.db import IntegrityError, transaction
from django.urls import reverse

from payments.models import SandboxObject

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

SUCCESS = "success"
DECLINED = "card_declined"
INSUFFICIENT_FUNDS = "insufficient_funds"
AUTHENTICATION = "authentication_required"
ALWAYS_AUTHENTICATE = "always_authenticate"

TEST_CARDS = {
    "4242424242424242": SUCCESS,
    "5555555555554444": SUCCESS,
    "4000000000000002": DECLINED,
    "4000000000009995": INSUFFICIENT_FUNDS,
    "4000002500003155": AUTHENTICATION,
    "4000002760003184": ALWAYS_AUTHENTICATE,  # asks for 3-D Secure even off-session once saved
    "pm_card_visa": SUCCESS,
    "pm_card_chargeDeclined": DECLINED,
    "pm_card_chargeDeclinedInsufficientFunds": INSUFFICIENT_FUNDS,
    "pm_card_authenticationRequiredOnSetup": AUTHENTICATION,
    "sepa_debit": SUCCESS,  # Stripe's test IBAN DE89 3704 0044 0532 0130 00 (settles at once here)
}
BNPL_METHODS = ("klarna", "afterpay_clearpay", "affirm")
DECLINE_MESSAGES = {
    DECLINED: "Your card was declined.",
    INSUFFICIENT_FUNDS: "Your card has insufficient funds.",
    "authentication_failed": "We are unable to authenticate your payment method.",
    "invalid_number": "Your card number is not a sandbox test card.",
}


def normalise_payment_method(value: str) -> str:
    value = value.strip()
    digits = value.replace(" ", "").replace("-", "")
    return digits if digits.isdigit() else value


def card_scenario(payment_method: str) -> str:
    payment_method = normalise_payment_method(payment_method)
    if payment_method.startswith("pm_sandbox_"):
        payment_method = payment_method.removeprefix("pm_sandbox_")
    if payment_method in BNPL_METHODS:
        return AUTHENTICATION
    return TEST_CARDS.get(payment_method, "invalid_number")


class SandboxGateway(PaymentGateway):
    name = "sandbox"

    # --- payments -----------------------------------------------------------------
    def create_payment(self, request: PaymentRequest) -> PaymentResponse:
        existing = self._find(request.idempotency_key)
        if existing is not None:
            if existing.data["amount"] != request.amount_minor:
                raise GatewayError("Keys for idempotent requests can only be used with the same parameters.")
            return self._payment_response(existing)
        payment_method = normalise_payment_method(request.payment_method)
        scenario = card_scenario(payment_method)
        saved = payment_method.startswith("pm_sandbox_") and self._saved_for_off_session(payment_method)
        if scenario == AUTHENTICATION and (request.off_session and saved):
            scenario = SUCCESS  # a card set up for future use is exempt, as on Stripe
        status, error = {
            SUCCESS: (PaymentStatus.SUCCEEDED, ""),
            AUTHENTICATION: (PaymentStatus.REQUIRES_ACTION, ""),
            ALWAYS_AUTHENTICATE: (PaymentStatus.REQUIRES_ACTION, ""),
        }.get(scenario, (PaymentStatus.FAILED, scenario))
        if status == PaymentStatus.REQUIRES_ACTION and request.off_session:
            status, error = PaymentStatus.FAILED, AUTHENTICATION
        data = {
            "amount": request.amount_minor,
            "currency": request.currency.lower(),
            "status": status,
            "error_code": error,
            "payment_method": payment_method,
            "metadata": dict(request.metadata),
            "refunded": 0,
            "created": int(time.time()),
        }
        return self._payment_response(self._create("pi", "payment_intent", request.idempotency_key, data))

    def retrieve_payment(self, reference: str) -> PaymentResponse:
        return self._payment_response(self._get(reference))

    def list_recent_payments(self, *, created_after: int, limit: int = 100) -> list[PaymentResponse]:
        objects = SandboxObject.objects.filter(kind="payment_intent", data__created__gte=created_after)
        return [self._payment_response(obj) for obj in objects.order_by("-created")[:limit]]

    def complete_authentication(self, reference: str, *, approve: bool) -> PaymentResponse:
        """What the bank's 3-D Secure page (or the BNPL provider) does when the shopper answers."""
        with transaction.atomic():
            obj = SandboxObject.objects.select_for_update().get(pk=reference)
            if obj.data["status"] == PaymentStatus.REQUIRES_ACTION:
                obj.data["status"] = PaymentStatus.SUCCEEDED if approve else PaymentStatus.FAILED
                obj.data["error_code"] = "" if approve else "authentication_failed"
                obj.save(update_fields=["data"])
        return self._payment_response(obj)

    def refund(self, request: RefundRequest) -> RefundResponse:
        existing = self._find(request.idempotency_key)
        if existing is not None:
            return RefundResponse(existing.pk, existing.data["status"], existing.data["amount"])
        with transaction.atomic():
            payment = SandboxObject.objects.select_for_update().get(pk=request.payment_reference)
            if payment.data["status"] != PaymentStatus.SUCCEEDED:
                raise GatewayError(f"PaymentIntent {payment.pk} has no successful charge to refund.")
            if payment.data["refunded"] + request.amount_minor > payment.data["amount"]:
                raise GatewayError("Refund amount is greater than the unrefunded amount of the charge.")
            payment.data["refunded"] += request.amount_minor
            payment.save(update_fields=["data"])
            refund = self._create(
                "re",
                "refund",
                request.idempotency_key,
                {"amount": request.amount_minor, "payment": payment.pk, "status": "succeeded"},
            )
        return RefundResponse(refund.pk, "succeeded", request.amount_minor)

    # --- saved payment methods ------------------------------------------------------
    def create_customer(self, *, email: str, idempotency_key: str) -> str:
        existing = self._find(idempotency_key)
        return (existing or self._create("cus", "customer", idempotency_key, {"email": email})).pk

    def create_setup(self, request: SetupRequest) -> SetupResponse:
        card = normalise_payment_method(request.payment_method)
        scenario = card_scenario(card)
        if scenario not in (SUCCESS, AUTHENTICATION, ALWAYS_AUTHENTICATE) or card in BNPL_METHODS:
            return SetupResponse("", PaymentStatus.FAILED, "", error_message=DECLINE_MESSAGES.get(scenario, ""))
        method = self._find(request.idempotency_key) or self._create(
            "pm_sandbox", "payment_method", request.idempotency_key, {"card": card, "customer": request.customer}
        )
        # The payment method id carries the test card so later payments know their scenario.
        return SetupResponse(
            reference=f"seti_{method.pk}",
            status=PaymentStatus.SUCCEEDED,
            payment_method=f"pm_sandbox_{card}",
            brand="mastercard" if card.startswith("5") else "visa",
            last4=card[-4:] if card.isdigit() else "4242",
        )

    # --- storage ------------------------------------------------------------------
    def _saved_for_off_session(self, payment_method: str) -> bool:
        card = payment_method.removeprefix("pm_sandbox_")
        return SandboxObject.objects.filter(kind="payment_method", data__card=card).exists()

    def _find(self, idempotency_key: str) -> SandboxObject | None:
        return SandboxObject.objects.filter(idempotency_key=idempotency_key).first()

    def _get(self, reference: str) -> SandboxObject:
        try:
            return SandboxObject.objects.get(pk=reference)
        except SandboxObject.DoesNotExist as exc:
            raise GatewayError(f"No such object: {reference}") from exc

    def _create(self, prefix: str, kind: str, idempotency_key: str, data: dict) -> SandboxObject:
        try:
            with transaction.atomic():
                return SandboxObject.objects.create(
                    object_id=f"{prefix}_{secrets.token_hex(12)}", kind=kind, idempotency_key=idempotency_key, data=data
                )
        except IntegrityError:  # a concurrent request with the same key won
            return SandboxObject.objects.get(idempotency_key=idempotency_key)

    def _payment_response(self, obj: SandboxObject) -> PaymentResponse:
        data = obj.data
        action_url = ""
        if data["status"] == PaymentStatus.REQUIRES_ACTION:
            action_url = reverse("payments:sandbox-authenticate", args=[obj.pk])
        return PaymentResponse(
            reference=obj.pk,
            status=data["status"],
            amount_minor=data["amount"],
            currency=data["currency"],
            client_secret=f"{obj.pk}_secret_sandbox",
            next_action_url=action_url,
            error_code=data["error_code"],
            error_message=DECLINE_MESSAGES.get(data["error_code"], ""),
            metadata=data.get("metadata", {}),
        )
