"""Who may pay in instalments, and on what terms: the one answer the product page, the checkout and the
payment itself all use.

An offer exists only when the three sources agree:
- the market (settings.PAYMENT_MARKETS): the country lists the method and uses this currency;
- the editorial payment option (home.PaymentOption, kind "instalments"): its amount range covers the price
  and its fees and APR are those its legal mentions quote;
- the provider's eligibility answer: it grants that many instalments for this amount, country and currency.
A provider quoting other fees or APR than the snippet's legal text is logged and not offered at all.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from django.utils import formats
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from oscar.templatetags.currency_filters import currency as format_currency

from . import get_instalment_provider
from .base import InstalmentError, PlanQuote

logger = logging.getLogger(__name__)

INSTALMENT_METHODS = {"instalments_3x": 3, "instalments_4x": 4}
FEE_TOLERANCE = Decimal("0.01")  # a provider may round the fees to the cent differently


def instalment_method(count: int) -> str:
    return f"instalments_{count}x"


@dataclass(frozen=True)
class InstalmentOffer:
    method: str
    option: object  # home.PaymentOption, in the active language
    quote: PlanQuote

    @property
    def count(self) -> int:
        return self.quote.count

    @property
    def equal_instalments(self) -> bool:
        return len({item.total for item in self.quote.instalments}) == 1

    @cached_property
    def credit_information(self) -> str:
        """The consumer-credit information shown before the shopper commits, as one canonical text.

        The checkout displays these very values; the consent stores this text and its hash.
        """
        quote, option = self.quote, self.option
        money = lambda amount: format_currency(amount, quote.currency)  # noqa: E731
        lines = [
            _("%(name)s with %(provider)s") % {"name": option.name, "provider": option.provider},
            _("Purchase amount: %(amount)s") % {"amount": money(quote.amount)},
            _("Fees: %(fees)s") % {"fees": money(quote.fees)},
            _("Total cost: %(total)s") % {"total": money(quote.total)},
            _("APR: %(apr)s %%") % {"apr": formats.number_format(quote.apr, 2)},
            _("Schedule:"),
            *(
                f"- {formats.date_format(item.due_date, 'SHORT_DATE_FORMAT')}: {money(item.total)}"
                for item in quote.instalments
            ),
            option.legal_mentions.strip(),
        ]
        return "\n".join(lines)

    @property
    def text_hash(self) -> str:
        return hashlib.sha256(self.credit_information.encode()).hexdigest()

    @property
    def legal_text_version(self) -> str:
        """Which legal mentions (the snippet's text) the shopper read: a hash, stable until an editor changes them."""
        return hashlib.sha256(self.option.legal_mentions.strip().encode()).hexdigest()[:16]


def market_instalment_counts(*, country: str, currency: str) -> tuple[int, ...]:
    market = settings.PAYMENT_MARKETS.get(country.upper()) or settings.PAYMENT_MARKETS.get("default", {})
    if market.get("currency", "").upper() != currency.upper():
        return ()
    return tuple(INSTALMENT_METHODS[method] for method in market.get("methods", []) if method in INSTALMENT_METHODS)


def instalment_payment_options() -> dict[int, object]:
    """{instalment count: PaymentOption} in the active language (else the default one), first by sort order."""
    from wagtail.coreutils import get_supported_content_language_variant

    from home.models import PaymentOption

    options = {}
    languages = dict.fromkeys((get_supported_content_language_variant(get_language()), settings.LANGUAGE_CODE))
    for language in languages:
        for option in (
            PaymentOption.objects.filter(
                kind=PaymentOption.Kind.INSTALMENTS, locale__language_code=language, instalment_count__gt=1
            )
            .select_related("landing_page")
            .order_by("sort_order", "pk")
        ):
            options.setdefault(option.instalment_count, option)
        if options:
            break
    return options


def quote_matches_option(quote: PlanQuote, option) -> bool:
    expected = option.schedule(quote.amount)
    return (
        expected is not None
        and quote.count == option.instalment_count
        and abs(quote.fees - expected.fees) <= FEE_TOLERANCE
        and quote.apr == option.apr
        and sum(item.total for item in quote.instalments) == quote.total
        and len(quote.instalments) == quote.count
    )


def instalment_offers(
    *, amount: Decimal, currency: str, country: str, provider=None, options: dict | None = None
) -> list[InstalmentOffer]:
    """Every instalment plan this purchase can have, fewest instalments first.

    `options` (from instalment_payment_options) lets the checkout read the snippets whatever the amount,
    so that its query count does not depend on the basket total; otherwise they are read only when needed.
    """
    counts = market_instalment_counts(country=country, currency=currency)
    if not counts or amount <= 0:
        return []
    try:  # the provider first: most prices are outside its plans, and then no snippet is read at all
        provider = provider or get_instalment_provider()
        quotes = provider.eligibility(amount=amount, currency=currency, country=country, counts=counts)
    except InstalmentError:  # misconfigured or unreachable provider: no instalments rather than a broken page
        logger.exception("Instalment eligibility unavailable for %s %s", amount, currency)
        return []
    if options is None:
        options = instalment_payment_options() if quotes else {}
    offers = []
    for quote in sorted(quotes, key=lambda quote: quote.count):
        option = options.get(quote.count)
        if option is None or quote.count not in counts or not option.accepts(amount):
            continue
        if not quote_matches_option(quote, option):
            logger.error(
                "Provider %s quotes %s instalments for %s with fees %s / APR %s, unlike payment option %s: not offered",
                provider.name,
                quote.count,
                amount,
                quote.fees,
                quote.apr,
                option.pk,
            )
            continue
        offers.append(InstalmentOffer(method=instalment_method(quote.count), option=option, quote=quote))
    return offers


def instalment_offer(*, method: str, amount: Decimal, currency: str, country: str) -> InstalmentOffer | None:
    if method not in INSTALMENT_METHODS:
        return None
    offers = instalment_offers(amount=amount, currency=currency, country=country)
    return next((offer for offer in offers if offer.method == method), None)
