"""The local instalment provider: what a French 3x/4x provider does, run on our own database.

Used by `make run` and the tests (settings.INSTALMENT_PROVIDER = "local"). It holds the fee plans of
settings.INSTALMENT_LOCAL_PLANS, computes the schedule (first instalment today, then monthly), refuses
amounts, currencies and countries outside its plans, stands in for the provider's hosted page (a test card
decides, as in the sandbox gateway) and keeps its state in `SandboxObject` rows, so the web process and the
workers share it. Plan ids derive from the idempotency key: the same request always gives the same plan.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from payments.gateways.sandbox import AUTHENTICATION, DECLINE_MESSAGES, SUCCESS, card_scenario
from payments.models import SandboxObject

from .base import (
    CENT,
    Instalment,
    InstalmentError,
    InstalmentProvider,
    InvalidSignature,
    PlanQuote,
    PlanRefund,
    PlanRequest,
    PlanState,
    PlanStatus,
    monthly_schedule,
)

PLAN_KIND = "instalment_plan"
REFUND_KIND = "instalment_refund"


@dataclass(frozen=True)
class FeePlan:
    count: int
    minimum: Decimal
    maximum: Decimal
    fee_percent: Decimal
    fee_fixed: Decimal
    apr: Decimal

    @classmethod
    def from_settings(cls, count, values: dict) -> FeePlan:
        return cls(
            count=int(count),
            minimum=Decimal(values["min"]),
            maximum=Decimal(values["max"]),
            fee_percent=Decimal(values.get("fee_percent", "0")),
            fee_fixed=Decimal(values.get("fee_fixed", "0")),
            apr=Decimal(values.get("apr", "0")),
        )

    def fees(self, amount: Decimal) -> Decimal:
        # quantize() rounds half to even, as the payment-option snippets whose legal texts quote these fees.
        return (amount * self.fee_percent / 100 + self.fee_fixed).quantize(CENT)


def signature_for(reference: str) -> str:
    secret = settings.INSTALMENT_LOCAL_SIGNING_SECRET.encode()
    return hmac.new(secret, reference.encode(), hashlib.sha256).hexdigest()


class LocalInstalmentProvider(InstalmentProvider):
    name = "local"

    def __init__(self, plans: dict | None = None, countries: tuple[str, ...] | None = None):
        configured = plans if plans is not None else settings.INSTALMENT_LOCAL_PLANS
        self.plans = {int(count): FeePlan.from_settings(count, values) for count, values in configured.items()}
        self.countries = tuple(countries if countries is not None else settings.INSTALMENT_LOCAL_COUNTRIES)

    # --- quotes ------------------------------------------------------------------------------------------------
    def quote(self, *, amount: Decimal, currency: str, country: str, count: int, today: date | None = None):
        """The plan for this purchase, or InstalmentError saying why there is none."""
        if not isinstance(amount, Decimal) or amount != amount.quantize(CENT) or amount <= 0:
            raise InstalmentError(_("The amount must be a positive number of euros and cents."))
        if currency.upper() not in self.currencies:
            raise InstalmentError(_("Instalments are only available in euros."))
        if country.upper() not in self.countries:
            raise InstalmentError(_("Instalments are not available for this country."))
        plan = self.plans.get(count)
        if plan is None:
            raise InstalmentError(_("Payment in %(count)s instalments is not offered.") % {"count": count})
        if not plan.minimum <= amount <= plan.maximum:
            raise InstalmentError(
                _("Payment in %(count)s instalments is available from %(minimum)s to %(maximum)s €.")
                % {"count": count, "minimum": plan.minimum, "maximum": plan.maximum}
            )
        fees = plan.fees(amount)
        return PlanQuote(
            count=count,
            amount=amount,
            currency=currency.upper(),
            fees=fees,
            apr=plan.apr,
            instalments=monthly_schedule(
                amount=amount, fees=fees, count=count, first_due=today or timezone.localdate()
            ),
        )

    def eligibility(self, *, amount: Decimal, currency: str, country: str, counts: tuple[int, ...]) -> list[PlanQuote]:
        quotes = []
        for count in counts:
            try:
                quotes.append(self.quote(amount=amount, currency=currency, country=country, count=count))
            except InstalmentError:
                continue
        return quotes

    # --- plans -------------------------------------------------------------------------------------------------
    def create_plan(self, request: PlanRequest) -> PlanState:
        key = f"instalment-{request.idempotency_key}"
        existing = SandboxObject.objects.filter(idempotency_key=key, kind=PLAN_KIND).first()
        if existing is not None:
            if Decimal(existing.data["amount"]) != request.amount or existing.data["count"] != request.count:
                raise InstalmentError("Keys for idempotent requests can only be used with the same parameters.")
            return self._state(existing)
        quote = self.quote(
            amount=request.amount, currency=request.currency, country=request.country, count=request.count
        )
        data = {
            "status": PlanStatus.PENDING,
            "amount": str(quote.amount),
            "currency": quote.currency,
            "count": quote.count,
            "fees": str(quote.fees),
            "country": request.country.upper(),
            "email": request.email,
            "schedule": [{**item, "paid": False} for item in quote.schedule_data()],
            "return_url": request.return_url,
            "refunded": "0.00",
            "error": "",
            "metadata": dict(request.metadata),
            "created": int(time.time()),
        }
        reference = "plan_local_" + hashlib.sha256(key.encode()).hexdigest()[:24]
        try:
            with transaction.atomic():
                obj = SandboxObject.objects.create(object_id=reference, kind=PLAN_KIND, idempotency_key=key, data=data)
        except IntegrityError:  # a concurrent request with the same key won
            obj = SandboxObject.objects.get(idempotency_key=key)
        return self._state(obj)

    def shopper_decide(self, reference: str, *, card: str = "", approve: bool = True) -> PlanState:
        """What the provider's hosted page does: check the card, collect the first instalment (or refuse)."""
        with transaction.atomic():
            obj = self._get(reference, lock=True)
            if obj.data["status"] == PlanStatus.PENDING:
                scenario = card_scenario(card) if approve else "cancelled"
                if scenario in (SUCCESS, AUTHENTICATION):  # the hosted page is where 3-D Secure happens
                    obj.data["status"] = PlanStatus.ACTIVE
                    obj.data["schedule"][0]["paid"] = True
                elif scenario == "cancelled":
                    obj.data["status"] = PlanStatus.CANCELLED
                    obj.data["error"] = "You cancelled the instalment plan."
                else:
                    obj.data["status"] = PlanStatus.REFUSED
                    obj.data["error"] = DECLINE_MESSAGES.get(scenario, DECLINE_MESSAGES["invalid_number"])
                obj.save(update_fields=["data"])
        return self._state(obj)

    def return_url(self, reference: str) -> str:
        return self._get(reference).data["return_url"]

    def confirm(self, reference: str) -> PlanState:
        return self.status(reference)

    def status(self, reference: str) -> PlanState:
        return self._state(self._get(reference))

    def cancel(self, reference: str) -> PlanState:
        with transaction.atomic():
            obj = self._get(reference, lock=True)
            if obj.data["status"] == PlanStatus.PENDING:
                obj.data["status"] = PlanStatus.CANCELLED
                obj.save(update_fields=["data"])
        return self._state(obj)

    def refund(self, *, reference: str, amount: Decimal, idempotency_key: str) -> PlanRefund:
        """Refund part of the price: the unpaid instalments shrink first (last one first), the rest goes to the card."""
        key = f"instalment-{idempotency_key}"
        existing = SandboxObject.objects.filter(idempotency_key=key, kind=REFUND_KIND).first()
        if existing is not None:
            return PlanRefund(existing.pk, Decimal(existing.data["amount"]), existing.data["status"])
        if amount <= 0:
            raise InstalmentError(_("A refund must be a positive amount."))
        with transaction.atomic():
            obj = self._get(reference, lock=True)
            data = obj.data
            if data["status"] not in PlanStatus.PAID:
                raise InstalmentError(_("This instalment plan has collected nothing to refund."))
            refunded = Decimal(data["refunded"])
            if refunded + amount > Decimal(data["amount"]):
                raise InstalmentError(_("The refund is greater than what is left to refund on this plan."))
            left = amount
            for item in reversed(data["schedule"]):
                if left <= 0:
                    break
                if not item["paid"]:
                    reduction = min(left, Decimal(item["total"]))
                    item["total"] = str(Decimal(item["total"]) - reduction)
                    left -= reduction
            data["refunded"] = str(refunded + amount)
            obj.save(update_fields=["data"])
            refund = SandboxObject.objects.create(
                object_id="refund_local_" + hashlib.sha256(key.encode()).hexdigest()[:24],
                kind=REFUND_KIND,
                idempotency_key=key,
                data={"amount": str(amount), "plan": reference, "to_card": str(left), "status": "succeeded"},
            )
        return PlanRefund(refund.pk, amount, "succeeded")

    def verify_notification(self, *, reference: str, signature: str) -> None:
        if not signature or not hmac.compare_digest(signature_for(reference), signature):
            raise InvalidSignature("invalid notification signature")

    def list_recent(self, *, created_after: int) -> list[PlanState]:
        plans = SandboxObject.objects.filter(kind=PLAN_KIND, data__created__gte=created_after).order_by("-created")
        return [self._state(obj) for obj in plans[:100]]

    # --- storage -----------------------------------------------------------------------------------------------
    def _get(self, reference: str, *, lock: bool = False) -> SandboxObject:
        objects = SandboxObject.objects.select_for_update() if lock else SandboxObject.objects
        try:
            return objects.get(pk=reference, kind=PLAN_KIND)
        except SandboxObject.DoesNotExist as exc:
            raise InstalmentError(_("Unknown instalment plan.")) from exc

    def _state(self, obj: SandboxObject) -> PlanState:
        data = obj.data
        return PlanState(
            reference=obj.pk,
            status=data["status"],
            amount=Decimal(data["amount"]),
            currency=data["currency"],
            count=data["count"],
            fees=Decimal(data["fees"]),
            instalments=tuple(
                Instalment(date.fromisoformat(item["due_date"]), Decimal(item["total"]), Decimal(item["fee"]))
                for item in data["schedule"]
            ),
            hosted_url=reverse("payments:instalments-local-page", args=[obj.pk]),
            refunded=Decimal(data["refunded"]),
            error_message=data["error"],
            metadata=data.get("metadata", {}),
        )
