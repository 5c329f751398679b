"""What the engine indexes for a product, and the same facts as ORM expressions for the database backend.

Both backends answer facet counts from these definitions, so they agree: a product's price is the
lowest price among its stock records, it is in stock when one record has unallocated units, and the
payment options it is eligible for follow from that price (settings.SEARCH_PAYMENT_OPTIONS).
"""

from collections.abc import Iterable, Iterator
from decimal import Decimal

from django.conf import settings
from django.db.models import Count, Exists, F, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model

Product = get_model("catalogue", "Product")
Category = get_model("catalogue", "Category")
StockRecord = get_model("partner", "StockRecord")

PAYMENT_LABELS = {
    "instalments": _("Pay in instalments"),
    "deferred": _("Pay later"),
    "b2b_terms": _("Business terms (30 days)"),
}


def payment_ranges() -> dict[str, tuple[Decimal | None, Decimal | None]]:
    return {
        name: (
            Decimal(bounds["min"]) if bounds.get("min") is not None else None,
            Decimal(bounds["max"]) if bounds.get("max") is not None else None,
        )
        for name, bounds in settings.SEARCH_PAYMENT_OPTIONS.items()
    }


def payment_options(price: Decimal | None) -> list[str]:
    """The payment options a product at this price is eligible for (both bounds inclusive)."""
    if price is None:
        return []
    return [
        name
        for name, (low, high) in payment_ranges().items()
        if (low is None or price >= low) and (high is None or price <= high)
    ]


def payment_q(name: str) -> Q:
    """The ORM twin of :func:`payment_options` on a queryset annotated by :func:`with_facts`."""
    low, high = payment_ranges()[name]
    condition = Q(min_price__isnull=False)
    if low is not None:
        condition &= Q(min_price__gte=low)
    if high is not None:
        condition &= Q(min_price__lte=high)
    return condition


def price_buckets() -> list[tuple[str, Decimal | None, Decimal | None]]:
    """(key, from inclusive, to exclusive) for the price histogram: "0-10", "10-20", …, "1000-"."""
    edges = [Decimal(edge) for edge in settings.SEARCH_PRICE_EDGES]
    lows = [Decimal(0), *edges]
    highs = [*edges, None]
    return [
        (f"{low:g}-{'' if high is None else f'{high:g}'}", low, high) for low, high in zip(lows, highs, strict=True)
    ]


def with_facts(queryset: QuerySet) -> QuerySet:
    """Annotate min_price and in_stock without GROUP BY, so they can be filtered and counted on."""
    records = StockRecord.objects.filter(product=OuterRef("pk"))
    return queryset.annotate(
        min_price=Subquery(records.filter(price__isnull=False).order_by("price").values("price")[:1]),
        in_stock=Exists(records.filter(num_in_stock__gt=Coalesce(F("num_allocated"), 0))),
    )


class CategoryPaths:
    """Category ancestry from treebeard paths, loaded once per indexing run."""

    def __init__(self):
        self.by_path = {category.path: category for category in Category.objects.only("id", "path", "name", "depth")}
        self.steplen = Category.steplen

    def ancestry(self, category) -> list:
        prefixes = [category.path[:end] for end in range(self.steplen, len(category.path) + 1, self.steplen)]
        return [self.by_path[prefix] for prefix in prefixes if prefix in self.by_path]


def indexable_products() -> QuerySet:
    """Products the product index holds: public, browsable (children are reached through their parent)."""
    return Product.objects.browsable().filter(is_public=True)


def documents_queryset(ids: Iterable[int] | None = None) -> QuerySet:
    queryset = indexable_products()
    if ids is not None:
        queryset = queryset.filter(pk__in=list(ids))
    return (
        with_facts(queryset)
        .annotate(review_count=Count("reviews", filter=Q(reviews__status=1), distinct=True))
        .prefetch_related("categories", "stockrecords__partner", "attribute_values__attribute")
        .order_by("pk")
    )


def product_document(product, paths: CategoryPaths) -> dict:
    categories = {}
    for category in product.categories.all():
        for ancestor in paths.ancestry(category):
            categories[ancestor.pk] = ancestor.name
    partners = {record.partner_id: record.partner.name for record in product.stockrecords.all()}
    attributes = [f"{value.attribute.name} {value.value_as_text}" for value in product.attribute_values.all()]
    return {
        "id": product.pk,
        "title": product.title,
        "description": strip_tags(product.description or ""),
        "categories": list(categories.values()),
        "category_ids": list(categories),
        "vendors": list(partners.values()),
        "vendor_ids": list(partners),
        "attributes": attributes,
        "price": float(product.min_price) if product.min_price is not None else None,
        "in_stock": bool(product.in_stock),
        "rating": product.rating or 0.0,
        "review_count": getattr(product, "review_count", 0) or 0,
        "payment_options": payment_options(product.min_price),
        "created": product.date_created.isoformat(),
    }


def iter_documents(ids: Iterable[int] | None = None, batch_size: int = 500) -> Iterator[dict]:
    paths = CategoryPaths()
    queryset = documents_queryset(ids)
    last_pk = 0
    while True:
        batch = list(queryset.filter(pk__gt=last_pk)[:batch_size])
        if not batch:
            return
        for product in batch:
            yield product_document(product, paths)
        last_pk = batch[-1].pk
