"""Gateways behind one interface; settings.PAYMENT_GATEWAY picks which one runs."""

from django.conf import settings
from django.utils.module_loading import import_string

from .base import PaymentGateway

GATEWAYS = {
    "sandbox": "payments.gateways.sandbox.SandboxGateway",
    "stripe": "payments.gateways.stripe.StripeGateway",
    "terms": "credit.gateway.TermsGateway",  # pay by invoice: reserves B2B company credit
    "instalments": "payments.instalments.gateway.InstalmentGateway",  # 3x/4x card instalments (French provider)
}


def get_gateway(name: str | None = None) -> PaymentGateway:
    return import_string(GATEWAYS[name or settings.PAYMENT_GATEWAY])()
