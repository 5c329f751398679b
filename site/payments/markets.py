"""Which payment methods a shopper may use, per market (country + currency + amount), from settings."""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.utils.translation import gettext_lazy as _

METHOD_LABELS = {
    "card": _("Card"),
    "sepa_debit": _("SEPA Direct Debit"),
    "klarna": _("Klarna: pay later or in instalments"),
    "afterpay_clearpay": _("Afterpay / Clearpay: pay in 4"),
    "affirm": _("Affirm: monthly payments"),
}
BNPL_METHODS = ("klarna", "afterpay_clearpay", "affirm")


def payment_methods_eligible(*, country: str, currency: str, amount: Decimal) -> list[str]:
    """Methods enabled for the country's market whose currency and amount limits allow this payment."""
    market = settings.PAYMENT_MARKETS.get(country.upper()) or settings.PAYMENT_MARKETS.get("default", {})
    if market.get("currency", currency).upper() != currency.upper():
        return ["card"]
    eligible = []
    for method in market.get("methods", ["card"]):
        limits = settings.PAYMENT_METHOD_LIMITS.get(method, {}).get(currency.upper())
        if method in settings.PAYMENT_METHOD_LIMITS and limits is None:
            continue  # the method does not take this currency at all
        if limits and not (Decimal(limits[0]) <= amount <= Decimal(limits[1])):
            continue
        eligible.append(method)
    return eligible
