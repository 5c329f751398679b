"""Reads of the marketplace, always scoped to what the user may see."""

from decimal import Decimal

from django.db.models import Count, F, Q, Sum
from oscar.core.loading import get_model

from .models import ApiToken, FulfilmentGroup, LedgerEntry, PayoutStatement, StockChange

Partner = get_model("partner", "Partner")
StockRecord = get_model("partner", "StockRecord")
Line = get_model("order", "Line")


def partner_ids_for_user(user) -> list[int]:
    if not user.is_authenticated:
        return []
    cache = getattr(user, "_vendor_partner_ids", None)
    if cache is None:
        cache = user._vendor_partner_ids = list(user.partners.values_list("pk", flat=True))
    return cache


def partners_for_user(user):
    if user.is_staff:
        return Partner.objects.all()
    return Partner.objects.filter(pk__in=partner_ids_for_user(user))


def stockrecords_for_user(user):
    qs = StockRecord.objects.select_related("product", "partner")
    return qs if user.is_staff else qs.filter(partner_id__in=partner_ids_for_user(user))


def stockrecords_for_partner(*, partner, query: str = ""):
    qs = StockRecord.objects.filter(partner=partner).select_related("product").order_by("partner_sku")
    if query:
        qs = qs.filter(Q(partner_sku__icontains=query) | Q(product__title__icontains=query))
    return qs


def low_stock_for_partner(*, partner, limit: int = 10):
    return (
        StockRecord.objects.filter(partner=partner)
        .filter(Q(num_in_stock__lte=F("low_stock_threshold")) | Q(num_in_stock__lte=3))
        .select_related("product")
        .order_by("num_in_stock")[:limit]
    )


def stock_changes_for_partner(*, partner):
    return StockChange.objects.filter(partner=partner).select_related("stockrecord__product", "user", "token")


def tokens_for_partner(*, partner):
    return ApiToken.objects.filter(partner=partner).select_related("created_by")


def tokens_for_user(user):
    qs = ApiToken.objects.select_related("partner")
    return qs if user.is_staff else qs.filter(partner_id__in=partner_ids_for_user(user))


def fulfilment_groups_for_user(user):
    qs = FulfilmentGroup.objects.select_related("order", "partner")
    return qs if user.is_staff else qs.filter(partner_id__in=partner_ids_for_user(user))


def statements_for_user(user):
    qs = PayoutStatement.objects.select_related("partner")
    return qs if user.is_staff else qs.filter(partner_id__in=partner_ids_for_user(user))


def vendor_balance_cents(*, partner) -> int:
    """What the platform owes the vendor now (credit balance of its account, as a positive number)."""
    total = LedgerEntry.objects.filter(account=f"vendor:{partner.pk}").aggregate(t=Sum("amount_cents"))["t"]
    return -(total or 0)


def sales_by_day(*, partner, days: int = 30) -> list[tuple]:
    from datetime import timedelta

    from django.db.models.functions import TruncDate
    from django.utils import timezone

    since = timezone.now() - timedelta(days=days)
    rows = (
        Line.objects.filter(partner=partner, order__date_placed__gte=since)
        .annotate(day=TruncDate("order__date_placed"))
        .values("day")
        .annotate(total=Sum("line_price_incl_tax"), n=Count("id"))
        .order_by("day")
    )
    return [(row["day"], row["total"], row["n"]) for row in rows]


def basket_shipping_charge(*, basket) -> Decimal:
    """Each vendor's flat charge for its part of the basket, unless that part reaches its free-shipping threshold."""
    from .models import VendorProfile

    subtotals: dict[int, Decimal] = {}
    for line in basket.all_lines():
        if line.stockrecord_id and line.stockrecord.partner_id:
            partner_id = line.stockrecord.partner_id
            subtotals[partner_id] = subtotals.get(partner_id, Decimal("0")) + line.line_price_incl_tax_incl_discounts
    charge = Decimal("0.00")
    profiles = VendorProfile.objects.filter(partner_id__in=subtotals).only(
        "partner_id", "shipping_charge", "free_shipping_above"
    )
    for profile in profiles:
        threshold = profile.free_shipping_above
        if threshold is None or subtotals[profile.partner_id] < threshold:
            charge += profile.shipping_charge
    return charge
