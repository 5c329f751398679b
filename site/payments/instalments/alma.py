"""The real instalment provider: an Alma-style REST API over HTTPS (used when INSTALMENT_PROVIDER = "alma").

    POST /v1/payments/eligibility   which plans a purchase can have (with their schedules)
    POST /v1/payments               create a plan; the shopper accepts it on the returned `url`
    GET  /v1/payments/{id}          the plan's state
    PUT  /v1/payments/{id}/cancel   give up a plan not started yet
    POST /v1/payments/{id}/refund   refund part of the purchase
    GET  /v1/payments?created_gte=  recent plans (reconciliation)

Requests carry `Authorization: Alma-Auth <key>` and an `Idempotency-Key` on creations; amounts are in
cents and dates are Unix timestamps. The provider notifies us with `GET ipn_callback_url?pid=<id>` signed
by `X-Alma-Signature`, the hex HMAC-SHA256 of the payment id keyed with the API key.
"""

from __future__ import annotations

import hashlib
import hmac
from datetime import UTC, datetime
from decimal import Decimal

import requests
from django.conf import settings
from django.core.cache import cache
from django.utils.translation import gettext as _

from payments.gateways.base import from_minor_units, to_minor_units

from .base import (
    Instalment,
    InstalmentError,
    InstalmentProvider,
    InvalidSignature,
    PlanQuote,
    PlanRefund,
    PlanRequest,
    PlanState,
    PlanStatus,
    ProviderUnavailable,
)

STATES = {
    "not_started": PlanStatus.PENDING,
    "scored_yes": PlanStatus.PENDING,
    "scored_maybe": PlanStatus.PENDING,
    "in_progress": PlanStatus.ACTIVE,
    "paid": PlanStatus.COMPLETED,
    "scored_no": PlanStatus.REFUSED,
    "canceled": PlanStatus.CANCELLED,
    "expired": PlanStatus.CANCELLED,
}
ELIGIBILITY_CACHE_SECONDS = 600  # product pages ask for every price; the provider's answer changes rarely


def due_date(timestamp: int):
    return datetime.fromtimestamp(timestamp, tz=UTC).date()


def instalments_from(plan: list[dict]) -> tuple[Instalment, ...]:
    return tuple(
        Instalment(
            due_date=due_date(item["due_date"]),
            total=from_minor_units(item["total_amount"]),
            fee=from_minor_units(item.get("customer_fee", 0) + item.get("customer_interest", 0)),
        )
        for item in plan
    )


class AlmaInstalmentProvider(InstalmentProvider):
    name = "alma"

    def __init__(self, api_key: str | None = None, api_url: str | None = None, session: requests.Session | None = None):
        self.api_key = api_key if api_key is not None else settings.ALMA_API_KEY
        self.api_url = (api_url or settings.ALMA_API_URL).rstrip("/")
        if not self.api_key:
            raise InstalmentError("ALMA_API_KEY is not set")
        self.session = session or requests.Session()

    # --- HTTP ---------------------------------------------------------------------------------------------------
    def _call(self, method: str, path: str, *, json=None, params=None, idempotency_key: str = ""):
        headers = {"Authorization": f"Alma-Auth {self.api_key}", "User-Agent": "Comptoir/1.0"}
        if idempotency_key:
            headers["Idempotency-Key"] = idempotency_key
        try:
            response = self.session.request(
                method, f"{self.api_url}{path}", json=json, params=params, headers=headers, timeout=10
            )
        except requests.RequestException as exc:
            raise ProviderUnavailable(_("The instalment provider cannot be reached; please retry.")) from exc
        if response.status_code >= 500:
            raise ProviderUnavailable(_("The instalment provider cannot be reached; please retry."))
        try:
            body = response.json()
        except ValueError as exc:
            raise ProviderUnavailable(_("The instalment provider sent an unreadable answer.")) from exc
        if response.status_code >= 400:
            message = body.get("message") or body.get("error") or response.reason if isinstance(body, dict) else ""
            raise InstalmentError(str(message))
        return body

    def _state(self, payment: dict) -> PlanState:
        refunded = sum(refund.get("amount", 0) for refund in payment.get("refunds") or [])
        return PlanState(
            reference=payment["id"],
            status=STATES.get(payment["state"], PlanStatus.PENDING),
            amount=from_minor_units(payment["purchase_amount"]),
            currency="EUR",
            count=payment["installments_count"],
            fees=from_minor_units(payment.get("customer_fee", 0) + payment.get("customer_interest", 0)),
            instalments=instalments_from(payment.get("payment_plan") or []),
            hosted_url=payment.get("url", ""),
            refunded=from_minor_units(refunded),
            error_message=_("The instalment plan was refused.") if payment["state"] == "scored_no" else "",
            metadata={key: str(value) for key, value in (payment.get("custom_data") or {}).items()},
        )

    # --- interface ----------------------------------------------------------------------------------------------
    def eligibility(self, *, amount: Decimal, currency: str, country: str, counts: tuple[int, ...]) -> list[PlanQuote]:
        if currency.upper() not in self.currencies or not counts:
            return []
        counts_key = ",".join(map(str, counts))
        cache_key = f"instalments:alma:eligibility:{to_minor_units(amount)}:{country.upper()}:{counts_key}"
        answers = cache.get(cache_key)
        if answers is None:
            answers = self._call(
                "POST",
                "/v1/payments/eligibility",
                json={
                    "purchase_amount": to_minor_units(amount),
                    "queries": [{"installments_count": count, "deferred_days": 0} for count in counts],
                    "billing_address": {"country": country.upper()},
                    "shipping_address": {"country": country.upper()},
                },
            )
            cache.set(cache_key, answers, ELIGIBILITY_CACHE_SECONDS)
        return [
            PlanQuote(
                count=answer["installments_count"],
                amount=amount,
                currency=currency.upper(),
                fees=from_minor_units(answer.get("customer_total_cost_amount", 0)),
                apr=Decimal(answer.get("annual_interest_rate") or 0) / 100,  # basis points
                instalments=instalments_from(answer.get("payment_plan") or []),
            )
            for answer in answers
            if answer.get("eligible") and answer["installments_count"] in counts
        ]

    def create_plan(self, request: PlanRequest) -> PlanState:
        if request.currency.upper() not in self.currencies:
            raise InstalmentError(_("Instalments are only available in euros."))
        address = {"country": request.country.upper(), "email": request.email}
        payment = {
            "purchase_amount": to_minor_units(request.amount),
            "installments_count": request.count,
            "return_url": request.return_url,
            "customer_cancel_url": request.return_url,
            "locale": request.locale,
            "billing_address": address,
            "shipping_address": address,
            "custom_data": {**request.metadata, "idempotency_key": request.idempotency_key},
        }
        if request.notification_url:
            payment["ipn_callback_url"] = request.notification_url
        body = {
            "payment": payment,
            "customer": {"first_name": request.first_name, "last_name": request.last_name, "email": request.email},
        }
        return self._state(self._call("POST", "/v1/payments", json=body, idempotency_key=request.idempotency_key))

    def confirm(self, reference: str) -> PlanState:
        return self.status(reference)

    def status(self, reference: str) -> PlanState:
        return self._state(self._call("GET", f"/v1/payments/{reference}"))

    def cancel(self, reference: str) -> PlanState:
        self._call("PUT", f"/v1/payments/{reference}/cancel")
        return self.status(reference)

    def refund(self, *, reference: str, amount: Decimal, idempotency_key: str) -> PlanRefund:
        if amount <= 0:
            raise InstalmentError(_("A refund must be a positive amount."))
        payment = self._call(
            "POST",
            f"/v1/payments/{reference}/refund",
            json={"amount": to_minor_units(amount), "merchant_reference": idempotency_key},
            idempotency_key=idempotency_key,
        )
        for refund in payment.get("refunds") or []:
            if refund.get("merchant_reference") == idempotency_key:
                return PlanRefund(refund["id"], from_minor_units(refund["amount"]), "succeeded")
        raise ProviderUnavailable(_("The instalment provider did not record the refund; it will be retried."))

    def verify_notification(self, *, reference: str, signature: str) -> None:
        expected = hmac.new(self.api_key.encode(), reference.encode(), hashlib.sha256).hexdigest()
        if not signature or not hmac.compare_digest(expected, signature):
            raise InvalidSignature("invalid X-Alma-Signature")

    def list_recent(self, *, created_after: int) -> list[PlanState]:
        page = self._call("GET", "/v1/payments", params={"created_gte": created_after, "limit": 100})
        return [self._state(payment) for payment in page.get("data", [])]
