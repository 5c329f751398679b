"""Paying in instalments at checkout: check the offer, record the shopper's consent, start the payment."""

from __future__ import annotations

from decimal import Decimal

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from payments.models import InstalmentConsent, PaymentIntent
from payments.services import CheckoutDetails, CheckoutError, payment_start

from .eligibility import InstalmentOffer, instalment_offer


class TermsChanged(CheckoutError):
    pass


def instalment_offer_for_checkout(*, method: str, amount: Decimal, currency: str, country: str) -> InstalmentOffer:
    offer = instalment_offer(method=method, amount=amount, currency=currency, country=country)
    if offer is None:
        raise CheckoutError(_("Payment in instalments is not available for this amount, currency or delivery country."))
    return offer


def instalment_consent_record(*, intent: PaymentIntent, offer: InstalmentOffer, user=None) -> InstalmentConsent:
    """The consumer-credit text the shopper accepted, word for word, with its hash and legal-text version."""
    quote = offer.quote
    return InstalmentConsent.objects.create(
        intent=intent,
        user=user if user is not None and user.is_authenticated else None,
        email=intent.email,
        payment_option=offer.option,
        option_name=offer.option.name,
        provider=offer.option.provider,
        instalment_count=quote.count,
        amount=quote.amount,
        fees=quote.fees,
        apr=quote.apr,
        currency=quote.currency,
        schedule=quote.schedule_data(),
        language=get_language() or "",
        text=offer.credit_information,
        text_hash=offer.text_hash,
        legal_text_version=offer.legal_text_version,
    )


def instalment_payment_start(
    *,
    basket,
    user,
    details: CheckoutDetails,
    method: str,
    terms_hash: str,
    expected_total: Decimal,
    idempotency_key: str,
    return_url: str,
    request=None,
) -> PaymentIntent:
    """Start a 3x/4x payment: the offer must still exist and be the very text the shopper accepted.

    The consent is written with the payment attempt, before the provider creates the plan; the order is
    placed by the usual settle path once the provider says the plan is active.
    """
    existing = PaymentIntent.objects.filter(idempotency_key=idempotency_key).first()
    if existing is not None:  # a double-clicked "Pay": the first attempt, whatever the terms are now
        return existing
    offer = instalment_offer_for_checkout(
        method=method,
        amount=expected_total,
        currency=basket.currency,
        country=details.shipping_address.get("country", ""),
    )
    if terms_hash != offer.text_hash:
        raise TermsChanged(_("The credit terms changed since the page was shown: please read them again."))
    return payment_start(
        basket=basket,
        user=user,
        details=details,
        payment_method=method,
        expected_total=expected_total,
        idempotency_key=idempotency_key,
        return_url=return_url,
        request=request,
        gateway_name="instalments",
        on_intent_created=lambda intent: instalment_consent_record(intent=intent, offer=offer, user=user),
    )
