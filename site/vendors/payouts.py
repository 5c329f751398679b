"""Payout gateways: how a statement's money reaches the vendor.

``manual`` (default): staff pay by bank transfer to the IBAN on file and mark the statement paid;
``stripe_connect``: a Stripe transfer to the vendor's connected account (separate charges and transfers).
"""

from typing import Protocol

import stripe
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured


class PayoutGateway(Protocol):
    name: str

    def pay(self, *, statement) -> str:
        """Send ``statement.amount_cents`` to the vendor; return the gateway's reference."""


class ManualBankTransfer:
    name = "manual"

    def pay(self, *, statement) -> str:
        profile = getattr(statement.partner, "vendor_profile", None)
        iban = profile.payout_iban if profile else ""
        return f"bank-transfer:{iban[-4:] if iban else 'no-iban'}:{statement.pk}"


class StripeConnect:
    name = "stripe_connect"

    def __init__(self, api_key: str | None = None):
        self.api_key = api_key or settings.STRIPE_SECRET_KEY
        if not self.api_key:
            raise ImproperlyConfigured("STRIPE_SECRET_KEY is needed for Stripe Connect payouts")

    def create_account(self, *, email: str, country: str = "FR") -> str:
        account = stripe.Account.create(
            api_key=self.api_key,
            type="express",
            country=country,
            email=email,
            capabilities={"transfers": {"requested": True}},
        )
        return account.id

    def pay(self, *, statement) -> str:
        profile = getattr(statement.partner, "vendor_profile", None)
        if not profile or not profile.stripe_account_id:
            raise ImproperlyConfigured(f"{statement.partner} has no Stripe connected account")
        transfer = stripe.Transfer.create(
            api_key=self.api_key,
            amount=statement.amount_cents,
            currency="eur",
            destination=profile.stripe_account_id,
            transfer_group=f"statement-{statement.pk}",
            idempotency_key=f"comptoir-statement-{statement.pk}",
        )
        return transfer.id


GATEWAYS = {"manual": ManualBankTransfer, "stripe_connect": StripeConnect}


def get_gateway(name: str | None = None) -> PayoutGateway:
    return GATEWAYS[name or getattr(settings, "VENDORS_PAYOUT_GATEWAY", "manual")]()
