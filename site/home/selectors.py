"""Reads of the editorial site."""

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import reduce
from operator import or_

from django.db.models import (
    BooleanField,
    Case,
    Count,
    Exists,
    ExpressionWrapper,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    When,
    prefetch_related_objects,
)
from django.db.models.functions import Coalesce
from oscar.core.loading import get_model

from home.models import WebinarRegistration
from home.thumbnails import prefetch_product_card_thumbnails

REMINDERS = {
    # kind: (how long before the start, field recording that it was sent)
    "24h": (timedelta(hours=24), "reminded_24h_at"),
    "1h": (timedelta(hours=1), "reminded_1h_at"),
}


def registrations_due_reminder(*, kind: str, now: datetime) -> QuerySet:
    """Registered attendees whose webinar starts within the reminder's lead time and who were not reminded.

    The 24 h reminder is skipped once the 1 h one is due: one email close to the start is enough.
    """
    lead, field = REMINDERS[kind]
    registrations = WebinarRegistration.objects.filter(
        status=WebinarRegistration.Status.REGISTERED,
        webinar__live=True,
        webinar__starts_at__gt=now,
        webinar__starts_at__lte=now + lead,
        **{f"{field}__isnull": True},
    )
    if kind == "24h":
        registrations = registrations.filter(webinar__starts_at__gt=now + REMINDERS["1h"][0])
    return registrations.select_related("webinar")


def with_waiting_list_position(registrations: QuerySet) -> QuerySet:
    """Annotate ``waiting_position`` (1 = next to get a seat, None when not waiting) in the same query."""
    waiting = WebinarRegistration.Status.WAITLISTED
    ahead = (
        WebinarRegistration.objects.filter(webinar=OuterRef("webinar"), status=waiting)
        .filter(Q(created_at__lt=OuterRef("created_at")) | Q(created_at=OuterRef("created_at"), pk__lt=OuterRef("pk")))
        .order_by()
        .values("webinar")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return registrations.annotate(
        waiting_position=Case(
            When(status=waiting, then=Coalesce(Subquery(ahead, output_field=IntegerField()), 0) + 1),
            default=None,
            output_field=IntegerField(),
        )
    )


# --- What the StreamField blocks show, read in bulk -------------------------------------------------
# A page's blocks are resolved together before any of them renders: one query per kind of content
# (products, categories, reviews, image renditions) whatever the number of blocks. Blocks find the
# result in their parent context under BODY_DATA_KEY; rendered alone they resolve just themselves.

BODY_DATA_KEY = "editorial_body_data"


@dataclass(frozen=True)
class CarouselSpec:
    """What a product carousel asks for; equal specs share one result."""

    chosen: tuple[int, ...] = ()
    category_id: int | None = None
    category_slug: str = ""
    search_query: str = ""
    vendor_code: str = ""
    limit: int = 8

    @classmethod
    def of(cls, value) -> "CarouselSpec":
        category = value.get("category")
        return cls(
            chosen=tuple(product.pk for product in value.get("products") or [] if product is not None),
            category_id=category.pk if category is not None else None,
            category_slug=value.get("category_slug") or "",
            search_query=value.get("search_query") or "",
            vendor_code=value.get("vendor_code") or "",
            limit=value.get("limit") or 8,
        )


@dataclass(frozen=True)
class ReviewSpec:
    min_score: int = 4
    verified_only: bool = True
    limit: int = 3

    @classmethod
    def of(cls, value) -> "ReviewSpec":
        return cls(value["min_score"], bool(value.get("verified_only")), value["limit"])

    def queryset(self) -> QuerySet:
        ProductReview = get_model("reviews", "ProductReview")
        reviews = ProductReview.objects.filter(
            status=ProductReview.APPROVED, score__gte=self.min_score, product__is_public=True
        )
        if self.verified_only:
            reviews = reviews.filter(is_verified_purchase=True)
        return reviews.order_by("-date_created", "-pk")

    def matches(self, review) -> bool:
        return review.score >= self.min_score and (review.is_verified_purchase or not self.verified_only)


@dataclass
class BodyData:
    products: dict[CarouselSpec, list] = field(default_factory=dict)
    top_categories: list = field(default_factory=list)
    top_categories_limit: int = 0  # how many of the top-level categories were asked for
    reviews: dict[ReviewSpec, list] = field(default_factory=dict)


def _available_ids(spec: CarouselSpec, category, search_hits: dict[str, list[int]]) -> QuerySet | None:
    """Ids of the products a carousel shows (a subquery), or None when it shows nothing."""
    from search.services import public_products

    StockRecord = get_model("partner", "StockRecord")
    ProductCategory = get_model("catalogue", "ProductCategory")
    products = public_products().filter(Exists(StockRecord.objects.filter(product=OuterRef("pk"), num_in_stock__gt=0)))
    if spec.chosen:
        return products.filter(pk__in=spec.chosen).values("pk")
    if spec.category_slug and spec.category_id is None and category is None:
        return None  # the slug names no category (any more)
    if category is not None:
        products = products.filter(
            Exists(
                ProductCategory.objects.filter(product=OuterRef("pk"), category__in=category.get_descendants_and_self())
            )
        )
    if spec.vendor_code:
        products = products.filter(
            Exists(StockRecord.objects.filter(product=OuterRef("pk"), partner__code=spec.vendor_code))
        )
    if spec.search_query:
        products = products.filter(pk__in=search_hits[spec.search_query])
    return products.order_by("-date_created", "-pk").values("pk")[: spec.limit]


def carousel_products(specs: Iterable[CarouselSpec], categories: Iterable = ()) -> dict[CarouselSpec, list]:
    """Products of every carousel, in stock, with card data: a fixed number of queries for any number of
    carousels (plus one search per distinct search text)."""
    from search.services import ProductQuery, product_list, public_products, with_card_data

    Category = get_model("catalogue", "Category")
    specs = list(dict.fromkeys(specs))
    if not specs:
        return {}
    by_id = {category.pk: category for category in categories}  # already read by the category choosers
    wanted = {spec.category_id for spec in specs if spec.category_id is not None and not spec.chosen} - set(by_id)
    slugs = {spec.category_slug for spec in specs if spec.category_slug and spec.category_id is None}
    if wanted or slugs:
        by_id.update(
            (category.pk, category) for category in Category.objects.filter(Q(pk__in=wanted) | Q(slug__in=slugs))
        )
    by_slug = {category.slug: category for category in by_id.values()}
    search_limits: dict[str, int] = {}
    for spec in specs:
        if spec.search_query and not spec.chosen:
            search_limits[spec.search_query] = max(search_limits.get(spec.search_query, 0), spec.limit * 4)
    search_hits = {
        text: [product.pk for product in product_list(ProductQuery(text=text))[:limit]]
        for text, limit in search_limits.items()
    }
    subqueries = {}
    for spec in specs:
        category = by_id.get(spec.category_id) if spec.category_id is not None else by_slug.get(spec.category_slug)
        ids = _available_ids(spec, category, search_hits)
        if ids is not None:
            subqueries[spec] = ids
    resolved: dict[CarouselSpec, list] = {spec: [] for spec in specs}
    if subqueries:
        flags = {f"in_carousel_{n}": ids for n, ids in enumerate(subqueries.values())}
        products = (
            with_card_data(public_products())
            .filter(reduce(or_, (Q(pk__in=ids) for ids in flags.values())))
            .annotate(
                **{flag: ExpressionWrapper(Q(pk__in=ids), output_field=BooleanField()) for flag, ids in flags.items()},
            )
            .order_by("-date_created", "-pk")
        )
        found = {product.pk: product for product in products}
        # The cards' thumbnails are looked up together too, not one key-value query per product image.
        prefetch_product_card_thumbnails(found.values())
        for flag, spec in zip(flags, subqueries, strict=True):
            mine = [product for product in found.values() if getattr(product, flag)]
            if spec.chosen:
                by_pk = {product.pk: product for product in mine}
                mine = [by_pk[pk] for pk in spec.chosen if pk in by_pk]
            resolved[spec] = mine[: spec.limit]
    return resolved


def highlighted_reviews(specs: Iterable[ReviewSpec]) -> dict[ReviewSpec, list]:
    """The reviews of every review-highlights block in one query."""
    ProductReview = get_model("reviews", "ProductReview")
    specs = list(dict.fromkeys(specs))
    if not specs:
        return {}
    reviews = list(
        ProductReview.objects.filter(
            reduce(or_, (Q(pk__in=spec.queryset().values("pk")[: spec.limit]) for spec in specs))
        )
        .select_related("product", "user")
        .order_by("-date_created", "-pk")
    )
    return {spec: [review for review in reviews if spec.matches(review)][: spec.limit] for spec in specs}


def top_level_categories(limit: int) -> list:
    Category = get_model("catalogue", "Category")
    return list(Category.objects.filter(depth=1, is_public=True).order_by("name")[:limit]) if limit else []


def _images(value, found: list) -> list:
    """Every image instance inside a block value (struct, list or stream), in order."""
    from wagtail.blocks.list_block import ListValue
    from wagtail.blocks.stream_block import StreamValue
    from wagtail.images.models import AbstractImage

    if isinstance(value, AbstractImage):
        found.append(value)
    elif isinstance(value, dict):
        for item in value.values():
            _images(item, found)
    elif isinstance(value, StreamValue):
        for child in value:
            _images(child.value, found)
    elif isinstance(value, (list, tuple, ListValue)):
        for item in value:
            _images(item, found)
    return found


def body_data(blocks: Iterable[tuple[str, object]]) -> BodyData:
    """Resolve what the given StreamField children, as (block type, value) pairs, need, in bulk."""
    blocks = list(blocks)
    carousels = [value for kind, value in blocks if kind == "product_carousel"]
    reviews = [ReviewSpec.of(value) for kind, value in blocks if kind == "review_highlights"]
    grid_limit = max(
        (
            value["limit"]
            for kind, value in blocks
            if kind == "category_grid" and not any(value.get("categories") or [])
        ),
        default=0,
    )
    images = []
    for _kind, value in blocks:
        _images(value, images)
    if images:
        prefetch_related_objects(images, "renditions")
    return BodyData(
        products=carousel_products(
            [CarouselSpec.of(value) for value in carousels],
            categories=[value["category"] for value in carousels if value.get("category") is not None],
        ),
        top_categories=top_level_categories(grid_limit),
        top_categories_limit=grid_limit,
        reviews=highlighted_reviews(reviews),
    )


# Images chosen anywhere in the body being rendered, read in one query (with their renditions) instead of one
# query per block type: PageImageChooserBlock takes them from here.
bulk_images: ContextVar[dict | None] = ContextVar("editorial_bulk_images", default=None)


def _raw_image_ids(raw_stream) -> set[int]:
    """Ids of the images in a body's raw JSON (image blocks and any struct field named "image")."""
    ids: set[int] = set()

    def walk(value):
        if isinstance(value, dict):
            for key, item in value.items():
                if key == "image" and isinstance(item, int):
                    ids.add(item)
                else:
                    walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for item in raw_stream or []:
        if item.get("type") == "image" and isinstance(item.get("value"), int):
            ids.add(item["value"])
        else:
            walk(item.get("value"))
    return ids


# The payment options (every language: a handful of rows) when the body has blocks showing them, read once for
# both the blocks' choosers and what they display.
bulk_payment_options: ContextVar[dict | None] = ContextVar("editorial_bulk_payment_options", default=None)
PAYMENT_OPTION_BLOCK_TYPES = frozenset({"payment_options", "instalment_calculator"})


@contextmanager
def page_images(body) -> Iterator[None]:
    """Within this block, the body's images and payment options come from one read each."""
    from wagtail.images import get_image_model

    from home.models import PaymentOption

    raw = getattr(body, "raw_data", None)
    ids = _raw_image_ids(raw)
    images = get_image_model().objects.prefetch_related("renditions").in_bulk(ids) if ids else {}
    options = None
    if any(item.get("type") in PAYMENT_OPTION_BLOCK_TYPES for item in raw or []):
        options = PaymentOption.objects.select_related("locale", "landing_page").in_bulk()
    image_token, option_token = bulk_images.set(images), bulk_payment_options.set(options)
    try:
        yield
    finally:
        bulk_images.reset(image_token)
        bulk_payment_options.reset(option_token)
