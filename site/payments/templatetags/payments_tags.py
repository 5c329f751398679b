"""{% buy_now_button product %}: the one-click "Buy now" form for product pages."""

import uuid

from django import template

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
