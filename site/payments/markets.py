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
    "terms": _("Pay by invoice (company payment terms)"),
    "instalments_3x": _("Pay in 3 instalments by card"),
    "instalments_4x": _("Pay in 4 instalments by card"),
}
BNPL_METHODS = ("klarna", "afterpay_clearpay", "affirm")
STRIPE_METHODS = ("card", "sepa_debit", *BNPL_METHODS)


def stripe_method_types(methods: list[str]) -> tuple[str, ...]:
    """The methods Stripe's Payment Element takes (instalment plans and invoices go elsewhere)."""
    return tuple(method for method in methods if method in STRIPE_METHODS)


def payment_methods_eligible(*, country: str, currency: str, amount: Decimal) -> list[str]:
    """Methods enabled for the country's market whose currency and amount limits allow this payment."""
    market = settings.PAYMENT_MARKETS.get(country.upper()) or settings.PAYMENT_MARKETS.get("default", {})
    if market.get("currency", currency).upper() != currency.upper():
        return ["card"]
    eligible = []
    instalments = None
    for method in market.get("methods", ["card"]):
        if method.startswith("instalments_"):
            # Card instalments: the editorial option's range and the provider decide (payments.instalments).
            if instalments is None:
                from .instalments.eligibility import instalment_offers, instalment_payment_options

                options = instalment_payment_options()  # read whatever the amount: a constant query count
                offers = instalment_offers(amount=amount, currency=currency, country=country, options=options)
                instalments = {offer.method for offer in offers}
            if method in instalments:
                eligible.append(method)
            continue
        limits = settings.PAYMENT_METHOD_LIMITS.get(method, {}).get(currency.upper())
        if method in settings.PAYMENT_METHOD_LIMITS and limits is None:
            continue  # the method does not take this currency at all
        if limits and not (Decimal(limits[0]) <= amount <= Decimal(limits[1])):
            continue
        eligible.append(method)
    return eligible
