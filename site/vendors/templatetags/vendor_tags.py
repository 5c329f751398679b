from django import template

from vendors.models import FulfilmentGroup

register = template.Library()


@register.simple_tag
def fulfilment_groups(order):
    """The per-vendor parts of an order, for the shopper's order page."""
    return list(
        FulfilmentGroup.objects.filter(order=order).select_related("partner__vendor_profile").order_by("partner__name")
    )
