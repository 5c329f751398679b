"""{% buy_now_button product %}: the one-click "Buy now" form for product pages."""

import uuid

from django import template
from django.db.models import prefetch_related_objects

from payments.models import SavedPaymentMethod

register = template.Library()


@register.inclusion_tag("payments/partials/buy_now.html", takes_context=True)
def buy_now_button(context, product):
    user = context["request"].user
    ready = (
        user.is_authenticated
        and SavedPaymentMethod.objects.filter(user=user, is_default=True).exists()
        and user.addresses.filter(is_default_for_shipping=True).exists()
    )
    return {
        "product": product,
        "ready": ready,
        "signed_in": user.is_authenticated,
        "token": uuid.uuid4().hex,  # one purchase per rendering: a double click buys once
        "csrf_token": context.get("csrf_token"),
    }


@register.inclusion_tag("payments/partials/instalment_teaser.html", takes_context=True)
def instalment_teaser(context, product):
    """ "or 3 x €33.33 with …" under the price: the same offers the checkout makes for this price alone."""
    from payments.instalments.eligibility import instalment_offers
    from shop.checkout.views import DEFAULT_COUNTRY

    request = context["request"]
    if product.is_parent:
        return {"offers": []}
    # Oscar reads the stock records once per price shown on this page: read them once for the rest of it too.
    prefetch_related_objects([product], "stockrecords")
    info = request.strategy.fetch_for_product(product)
    price = info.price
    if not price.exists or not price.is_tax_known:
        return {"offers": []}
    return {
        "offers": instalment_offers(amount=price.incl_tax, currency=price.currency, country=DEFAULT_COUNTRY),
    }
