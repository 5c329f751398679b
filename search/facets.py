"""Filters shoppers pick on product lists, and facet counts computed on the database.

Each facet counts products under every *other* selected filter (the usual faceted-search rule:
picking a vendor does not hide the other vendors). The engine adapter computes the same counts
with aggregations; tests compare the two.
"""

from dataclasses import dataclass, field, replace
from decimal import Decimal

from django.db.models import Count, Q, QuerySet
from django.db.models.functions import Substr
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model

from search.documents import PAYMENT_LABELS, payment_q, payment_ranges, price_buckets

Category = get_model("catalogue", "Category")
Partner = get_model("partner", "Partner")
StockRecord = get_model("partner", "StockRecord")

RATINGS = (4, 3, 2, 1)
FACET_NAMES = ("category", "vendor", "price", "rating", "in_stock", "payment")


def _positive_int(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() and 0 < int(value) < 2**31 else None


@dataclass(frozen=True)
class SearchFilters:
    """Selected filters; anything unknown or malformed in the query string is dropped."""

    category: object | None = None  # a Category
    vendor: int | None = None
    price: str | None = None  # a key of price_buckets()
    rating: int | None = None
    in_stock: bool = False
    payment: str | None = None

    @classmethod
    def from_querydict(cls, data: QueryDict, *, scope=None) -> "SearchFilters":
        category = None
        category_id = _positive_int(data.get("category"))
        if category_id:
            candidates = Category.objects.filter(pk=category_id, is_public=True)
            if scope is not None:
                candidates = candidates.filter(path__startswith=scope.path, depth__gt=scope.depth)
            category = candidates.first()
        vendor = _positive_int(data.get("vendor"))
        if vendor and not Partner.objects.filter(pk=vendor).exists():
            vendor = None
        price = data.get("price")
        rating = _positive_int(data.get("rating"))
        payment = data.get("payment")
        return cls(
            category=category,
            vendor=vendor,
            price=price if price in {key for key, _low, _high in price_buckets()} else None,
            rating=rating if rating in RATINGS else None,
            in_stock=data.get("in_stock") == "1",
            payment=payment if payment in payment_ranges() else None,
        )

    def without(self, name: str) -> "SearchFilters":
        return replace(self, **{name: False if name == "in_stock" else None})

    @property
    def price_range(self) -> tuple[Decimal | None, Decimal | None]:
        for key, low, high in price_buckets():
            if key == self.price:
                return low, high
        return None, None

    @property
    def active(self) -> bool:
        return any(getattr(self, name) for name in FACET_NAMES)


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool = False
    url: str = ""


@dataclass
class Facet:
    name: str
    label: str
    options: list[FacetOption] = field(default_factory=list)
    clear_url: str = ""

    @property
    def selected(self) -> bool:
        return any(option.selected for option in self.options)


FACET_LABELS = {
    "category": _("Category"),
    "vendor": _("Vendor"),
    "price": _("Price"),
    "rating": _("Customer rating"),
    "in_stock": _("Availability"),
    "payment": _("Payment options"),
}


def price_label(low: Decimal | None, high: Decimal | None) -> str:
    if high is None:
        return _("€%(low)s and more") % {"low": f"{low:g}"}
    if not low:
        return _("Under €%(high)s") % {"high": f"{high:g}"}
    return _("€%(low)s to €%(high)s") % {"low": f"{low:g}", "high": f"{high:g}"}


def rating_label(stars: int) -> str:
    return _("%(stars)s★ & up") % {"stars": stars}


def facet_categories(filters: SearchFilters, scope) -> list:
    """The categories the category facet offers: children of the selection, else of the page's scope."""
    parent = filters.category or scope
    if parent is None:
        return list(Category.get_root_nodes().filter(is_public=True))
    return list(parent.get_children().filter(is_public=True))


def apply_filters(queryset: QuerySet, filters: SearchFilters) -> QuerySet:
    """Filter a queryset annotated by documents.with_facts."""
    if filters.category is not None:
        in_category = Category.objects.filter(path__startswith=filters.category.path)
        queryset = queryset.filter(pk__in=queryset.model.objects.filter(categories__in=in_category).values("pk"))
    if filters.vendor:
        queryset = queryset.filter(pk__in=StockRecord.objects.filter(partner_id=filters.vendor).values("product_id"))
    if filters.price:
        low, high = filters.price_range
        queryset = queryset.filter(min_price__gte=low)
        if high is not None:
            queryset = queryset.filter(min_price__lt=high)
    if filters.rating:
        queryset = queryset.filter(rating__gte=filters.rating)
    if filters.in_stock:
        queryset = queryset.filter(in_stock=True)
    if filters.payment:
        queryset = queryset.filter(payment_q(filters.payment))
    return queryset


def database_counts(base: QuerySet, filters: SearchFilters, scope=None) -> dict[str, dict[str, int]]:
    """Facet counts ({facet: {value: count}}) by ORM aggregation; ``base`` is annotated by with_facts."""
    counts: dict[str, dict[str, int]] = {}

    # Category tree: one GROUP BY on the path prefix of the offered level.
    children = facet_categories(filters, scope)
    if children:
        ids = apply_filters(base, filters.without("category")).values("pk")
        prefix_length = children[0].depth * Category.steplen
        through = base.model.categories.through
        rows = (
            through.objects.filter(
                product_id__in=ids, category__path__startswith=children[0].path[: prefix_length - Category.steplen]
            )
            .annotate(prefix=Substr("category__path", 1, prefix_length))
            .values("prefix")
            .annotate(n=Count("product_id", distinct=True))
        )
        by_prefix = {row["prefix"]: row["n"] for row in rows}
        counts["category"] = {str(child.pk): by_prefix.get(child.path, 0) for child in children}

    ids = apply_filters(base, filters.without("vendor")).values("pk")
    rows = (
        StockRecord.objects.filter(product_id__in=ids)
        .values("partner_id")
        .annotate(n=Count("product_id", distinct=True))
    )
    counts["vendor"] = {str(row["partner_id"]): row["n"] for row in rows}

    aggregates = {}
    for key, low, high in price_buckets():
        condition = Q(min_price__gte=low) if high is None else Q(min_price__gte=low, min_price__lt=high)
        aggregates[f"price:{key}"] = Count("pk", filter=condition)
    counts["price"] = _aggregate(apply_filters(base, filters.without("price")), aggregates)
    counts["rating"] = _aggregate(
        apply_filters(base, filters.without("rating")),
        {f"rating:{stars}": Count("pk", filter=Q(rating__gte=stars)) for stars in RATINGS},
    )
    counts["in_stock"] = _aggregate(
        apply_filters(base, filters.without("in_stock")), {"in_stock:1": Count("pk", filter=Q(in_stock=True))}
    )
    counts["payment"] = _aggregate(
        apply_filters(base, filters.without("payment")),
        {f"payment:{name}": Count("pk", filter=payment_q(name)) for name in payment_ranges()},
    )
    return counts


def _aggregate(queryset: QuerySet, aggregates: dict) -> dict[str, int]:
    return {name.split(":", 1)[1]: value for name, value in queryset.aggregate(**aggregates).items()}


def query_url(querydict: QueryDict, name: str, value: str | None) -> str:
    """The current query string with one parameter set (or removed, for None) and the page number dropped."""
    params = querydict.copy()
    params.pop("page", None)
    if value is None:
        params.pop(name, None)
    else:
        params[name] = value
    return "?" + params.urlencode() if params else "?"


def build_facets(counts: dict[str, dict[str, int]], filters: SearchFilters, scope, querydict: QueryDict) -> list[Facet]:
    """Facets to render, with a link per option that toggles it (page number dropped)."""

    def url_with(name: str, value: str | None) -> str:
        return query_url(querydict, name, value)

    def option(name, value, label, count, selected) -> FacetOption:
        return FacetOption(str(value), str(label), count, selected, url_with(name, None if selected else str(value)))

    facets = []
    children = facet_categories(filters, scope)
    if children or filters.category is not None:
        facet = Facet("category", FACET_LABELS["category"], clear_url=url_with("category", None))
        if filters.category is not None:
            facet.options.append(
                FacetOption(str(filters.category.pk), filters.category.name, 0, True, url_with("category", None))
            )
        for child in children:
            count = counts.get("category", {}).get(str(child.pk), 0)
            if count:
                facet.options.append(option("category", child.pk, child.name, count, False))
        facets.append(facet)
    vendor_counts = counts.get("vendor", {})
    names = dict(Partner.objects.filter(pk__in=[int(pk) for pk in vendor_counts]).values_list("pk", "name"))
    facet = Facet("vendor", FACET_LABELS["vendor"], clear_url=url_with("vendor", None))
    ranked = sorted(vendor_counts.items(), key=lambda item: (-item[1], names.get(int(item[0]), "")))
    for pk, count in ranked[:15]:
        if count and int(pk) in names:
            facet.options.append(option("vendor", pk, names[int(pk)], count, filters.vendor == int(pk)))
    facets.append(facet)
    facet = Facet("price", FACET_LABELS["price"], clear_url=url_with("price", None))
    for key, low, high in price_buckets():
        count = counts.get("price", {}).get(key, 0)
        if count or filters.price == key:
            facet.options.append(option("price", key, price_label(low, high), count, filters.price == key))
    facets.append(facet)
    facet = Facet("rating", FACET_LABELS["rating"], clear_url=url_with("rating", None))
    for stars in RATINGS:
        count = counts.get("rating", {}).get(str(stars), 0)
        if count or filters.rating == stars:
            facet.options.append(option("rating", stars, rating_label(stars), count, filters.rating == stars))
    facets.append(facet)
    facet = Facet("in_stock", FACET_LABELS["in_stock"], clear_url=url_with("in_stock", None))
    facet.options.append(option("in_stock", 1, _("In stock"), counts.get("in_stock", {}).get("1", 0), filters.in_stock))
    facets.append(facet)
    facet = Facet("payment", FACET_LABELS["payment"], clear_url=url_with("payment", None))
    for name in payment_ranges():
        count = counts.get("payment", {}).get(name, 0)
        if count or filters.payment == name:
            facet.options.append(
                option("payment", name, PAYMENT_LABELS.get(name, name), count, filters.payment == name)
            )
    facets.append(facet)
    return [facet for facet in facets if facet.options]
