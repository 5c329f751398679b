"""Reads of the marketplace, always scoped to what the user may see."""

from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Count, F, Max, Q, Sum
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


# ---------------------------------------------------------------------------
# A vendor's share of an order: its lines, its part of the shipping charge, their total
# ---------------------------------------------------------------------------
@dataclass(frozen=True)
class VendorShare:
    partner_id: int | None
    partner_name: str
    num_items: int = 0
    lines_before_discounts_incl_tax: Decimal = Decimal("0.00")
    lines_excl_tax: Decimal = Decimal("0.00")
    lines_incl_tax: Decimal = Decimal("0.00")
    shipping_incl_tax: Decimal = Decimal("0.00")
    status: str = ""

    @property
    def discount_incl_tax(self) -> Decimal:
        return self.lines_before_discounts_incl_tax - self.lines_incl_tax

    @property
    def total_incl_tax(self) -> Decimal:
        return self.lines_incl_tax + self.shipping_incl_tax

    @property
    def status_display(self) -> str:
        return str(dict(FulfilmentGroup.STATUS_CHOICES).get(self.status, ""))

    def __add__(self, other: "VendorShare") -> "VendorShare":
        return VendorShare(
            partner_id=self.partner_id if self.partner_id == other.partner_id else None,
            partner_name=" + ".join(name for name in (self.partner_name, other.partner_name) if name),
            num_items=self.num_items + other.num_items,
            lines_before_discounts_incl_tax=self.lines_before_discounts_incl_tax
            + other.lines_before_discounts_incl_tax,
            lines_excl_tax=self.lines_excl_tax + other.lines_excl_tax,
            lines_incl_tax=self.lines_incl_tax + other.lines_incl_tax,
            shipping_incl_tax=self.shipping_incl_tax + other.shipping_incl_tax,
            status=self.status if self.status == other.status else "",
        )


EMPTY_SHARE = VendorShare(partner_id=None, partner_name="")
CENT = Decimal("0.01")


def _money(amount) -> Decimal:
    """Sums come back from SQLite as long floats' decimals: back to cents."""
    return Decimal(amount or 0).quantize(CENT)


def _allocate(total: Decimal, weights: dict[int, Decimal]) -> dict[int, Decimal]:
    """Split ``total`` in proportion to ``weights`` to the cent (largest remainder, ties by key)."""
    weight_sum = sum(weights.values(), Decimal("0"))
    if not weights or weight_sum <= 0:
        return dict.fromkeys(weights, Decimal("0.00"))
    total_cents = int((total * 100).to_integral_value())
    exact = {key: Decimal(total_cents) * weight / weight_sum for key, weight in weights.items()}
    floors = {key: int(value) for key, value in exact.items()}
    left = total_cents - sum(floors.values())
    for key in sorted(exact, key=lambda k: (-(exact[k] - floors[k]), k))[:left]:
        floors[key] += 1
    return {key: Decimal(value) / 100 for key, value in floors.items()}


def order_shipping_split(*, order) -> dict[int, Decimal]:
    """partner id → its part of ``order.shipping_incl_tax``.

    Each vendor's own rate (flat charge, waived from its free-shipping threshold: what the basket charged) when
    those add up to what the order was charged; otherwise (a shipping offer, another method) the order's charge
    is shared in proportion to those rates, or to the vendors' subtotals when none charges anything.
    """
    from .models import VendorProfile

    subtotals: dict[int, Decimal] = {}
    rows = Line.objects.filter(order_id=order.pk, partner_id__isnull=False).values_list(
        "partner_id", "line_price_incl_tax"
    )
    for partner_id, price in rows:
        subtotals[partner_id] = subtotals.get(partner_id, Decimal("0")) + price
    rates = dict.fromkeys(subtotals, Decimal("0.00"))
    profiles = VendorProfile.objects.filter(partner_id__in=subtotals).values_list(
        "partner_id", "shipping_charge", "free_shipping_above"
    )
    for partner_id, charge, threshold in profiles:
        if threshold is None or subtotals[partner_id] < threshold:
            rates[partner_id] = charge
    charged = order.shipping_incl_tax or Decimal("0.00")
    if sum(rates.values(), Decimal("0")) == charged:
        return rates
    return _allocate(charged, rates if any(rates.values()) else subtotals)


def vendor_shares(*, orders) -> dict[int, dict[int, VendorShare]]:
    """order id → {partner id → that vendor's share} for ``orders`` (Order instances), in three queries."""
    by_id = {order.pk: order for order in orders}
    rows = (
        Line.objects.filter(order_id__in=by_id, partner_id__isnull=False)
        .values("order_id", "partner_id")
        .annotate(
            items=Sum("quantity"),
            before=Sum("line_price_before_discounts_incl_tax"),
            excl=Sum("line_price_excl_tax"),
            incl=Sum("line_price_incl_tax"),
            name=Max("partner_name"),  # the vendor's name when the order was placed
        )
        .order_by()
    )
    groups = {
        (order_id, partner_id): (shipping, status)
        for order_id, partner_id, shipping, status in FulfilmentGroup.objects.filter(order_id__in=by_id).values_list(
            "order_id", "partner_id", "shipping_charge", "status"
        )
    }
    shares: dict[int, dict[int, VendorShare]] = {order_id: {} for order_id in by_id}
    splits: dict[int, dict[int, Decimal]] = {}
    for row in rows:
        order_id, partner_id = row["order_id"], row["partner_id"]
        shipping, status = groups.get((order_id, partner_id), (None, ""))
        if shipping is None:  # a group from before shipping was split (or none yet): the same rule, computed now
            if order_id not in splits:
                splits[order_id] = order_shipping_split(order=by_id[order_id])
            shipping = splits[order_id].get(partner_id, Decimal("0.00"))
        shares[order_id][partner_id] = VendorShare(
            partner_id=partner_id,
            partner_name=row["name"] or "",
            num_items=row["items"] or 0,
            lines_before_discounts_incl_tax=_money(row["before"]),
            lines_excl_tax=_money(row["excl"]),
            lines_incl_tax=_money(row["incl"]),
            shipping_incl_tax=_money(shipping),
            status=status,
        )
    return shares


def order_vendor_shares(*, order) -> list[VendorShare]:
    """Every vendor's share of one order, by vendor name (the staff breakdown)."""
    return sorted(vendor_shares(orders=[order])[order.pk].values(), key=lambda share: share.partner_name)


def shares_for_partners(*, orders, partner_ids) -> dict[int, VendorShare]:
    """order id → the share of the vendors in ``partner_ids`` (a vendor user's own partners) of each order."""
    result = {}
    for order_id, by_partner in vendor_shares(orders=orders).items():
        mine = [share for partner_id, share in by_partner.items() if partner_id in partner_ids]
        result[order_id] = sum(mine[1:], mine[0]) if mine else EMPTY_SHARE
    return result


def orders_with_share_total(queryset, *, partner_ids):
    """Annotate ``share_total``: the partners' lines plus their stored shipping charge (for sorting in SQL)."""
    from django.db.models import DecimalField, OuterRef, Subquery, Value
    from django.db.models.functions import Coalesce

    money = DecimalField(max_digits=12, decimal_places=2)
    zero = Value(Decimal("0.00"), output_field=money)

    def per_order(model, field: str):
        rows = model.objects.filter(order_id=OuterRef("pk"), partner_id__in=partner_ids).order_by().values("order_id")
        return Coalesce(Subquery(rows.annotate(total=Sum(field)).values("total"), output_field=money), zero)

    return queryset.annotate(
        share_total=per_order(Line, "line_price_incl_tax") + per_order(FulfilmentGroup, "shipping_charge")
    )
