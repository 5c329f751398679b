"""Card instalments on the one-page checkout: the offers shown before commitment, and what choosing one does."""

from __future__ import annotations

from decimal import Decimal

from django.urls import reverse

from payments.models import PaymentIntent

from .eligibility import INSTALMENT_METHODS, instalment_offers
from .services import instalment_payment_start

TERMS_FIELD = "instalment_terms_{method}"  # hidden field: hash of the credit information shown for that plan


def instalment_context(*, amount: Decimal, currency: str, country: str) -> dict:
    """The plans the payment fieldset explains (schedule, total cost, fees, APR, legal mentions)."""
    return {"instalment_offers": instalment_offers(amount=amount, currency=currency, country=country)}


def is_instalment_method(method_type: str) -> bool:
    return method_type in INSTALMENT_METHODS


def instalment_checkout_start(*, request, form, details) -> PaymentIntent:
    """Start the chosen 3x/4x plan with the consent given on the page (raises CheckoutError)."""
    method = form.cleaned_data["payment_method_type"]
    return instalment_payment_start(
        basket=request.basket,
        user=request.user,
        details=details,
        method=method,
        terms_hash=request.POST.get(TERMS_FIELD.format(method=method), ""),
        expected_total=form.expected_total_value,
        idempotency_key=form.cleaned_data["checkout_token"],
        return_url=request.build_absolute_uri(reverse("payments:gateway-return")),
        request=request,
    )
