"""Which products a vendor may see and edit in the dashboard (Oscar's hook, made marketplace-safe)."""

from django.db.models import Q
from oscar.core.loading import get_model


def partner_product_visibility_q(user):
    """Products one of the user's partners sells and NO other partner sells.

    Oscar lets any vendor with one stock record on a product edit (or delete) the whole product,
    other vendors' offers included; in a marketplace a shared product is staff's to edit.
    """
    StockRecord = get_model("partner", "StockRecord")
    own = Q(children__stockrecords__partner__users__pk=user.pk) | Q(stockrecords__partner__users__pk=user.pk)
    foreign = StockRecord.objects.exclude(partner__users__pk=user.pk)
    shared = Q(pk__in=foreign.values("product_id")) | Q(
        pk__in=foreign.filter(product__parent__isnull=False).values("product__parent_id")
    )
    return own & ~shared
