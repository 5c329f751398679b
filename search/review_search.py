"""Review search, whatever the backend: the product page's review list and the staff/vendor review search.

:func:`review_search` is the one entry point. With the engine configured, ``search.review_index`` answers
text, filters, sorts and facet counts in one request; otherwise (or when the engine fails: logged) the
database answers with the same filters, counts and sorts (reviews.selectors.SORTS), so shoppers get the
same list either way. Text on the database: every word in the title or body (or product title, across
products), without stemming.
"""

import logging
from dataclasses import dataclass, field

from django.db.models import Count, Q
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from oscar.core.loading import get_model

from search import opensearch, review_index
from search.facets import Facet, FacetOption, query_url
from search.services import search_terms

logger = logging.getLogger(__name__)

ProductReview = get_model("reviews", "ProductReview")
Partner = get_model("partner", "Partner")

MAX_TEXT_LENGTH = 200  # a review query longer than this is cut (10 kB queries still answer normally)


def _database_sorts() -> dict:
    from reviews.selectors import SORTS  # the order the product page always had

    return SORTS


@dataclass(frozen=True)
class ReviewQuery:
    text: str = ""
    # Scope: what the asker may see at all.
    product_id: int | None = None
    vendor_ids: tuple[int, ...] | None = None  # None: every vendor (staff)
    public: bool = True  # published reviews only (shoppers, vendors)
    # Filters (facets).
    stars: int | None = None
    verified: bool = False
    with_media: bool = False
    status: int | None = None  # staff only
    vendor: int | None = None
    sort: str = "helpful"
    offset: int = 0
    limit: int = 10
    # Without counts the database answers with no query at all: the page's ids stay a lazy subquery
    # (the product page's unfiltered list, whose counts are the summary's).
    with_counts: bool = True

    @classmethod
    def from_querydict(cls, data: QueryDict, **scope) -> "ReviewQuery":
        """Filters from a query string; unknown or malformed values are dropped."""

        def number(name: str, allowed) -> int | None:
            value = data.get(name, "")
            return int(value) if value.isdigit() and int(value) in allowed else None

        public = scope.get("public", True)
        vendor = data.get("vendor", "")
        vendor = int(vendor) if vendor.isdigit() and 0 < int(vendor) < 2**31 else None
        if vendor is not None and scope.get("vendor_ids") is not None and vendor not in scope["vendor_ids"]:
            vendor = None
        sort = data.get("sort", "")
        return cls(
            text=data.get("q", "")[:MAX_TEXT_LENGTH],
            stars=number("stars", review_index.STARS),
            verified=data.get("verified") == "1",
            with_media=data.get("media") == "1",
            status=None if public else number("status", review_index.STATUSES),
            vendor=vendor,
            sort=sort if sort in _database_sorts() else "helpful",
            **scope,
        )

    @property
    def filters_active(self) -> bool:
        return any(
            getattr(self, name) not in (None, False, "")
            for name in ("stars", "verified", "with_media", "status", "vendor")
        )


@dataclass
class ReviewSearch:
    ids: object  # the requested page: a list of ids in order (engine), or a lazy subquery (database)
    total: int | None  # reviews matching the text and every filter (None: counts not asked)
    counts: dict[str, dict[str, int]] = field(default_factory=dict)  # facet: {value: count}
    backend: str = "database"
    ordering: tuple = ()  # database: the order_by that puts rows of ``ids`` in order

    def in_order(self, rows) -> list:
        """This page's rows (read with ``pk__in=ids``, maybe beside others flagged ``in_page=False``), in order."""
        if self.ordering:
            return sorted((row for row in rows if getattr(row, "in_page", True)), key=_sort_key(self.ordering))
        position = {pk: index for index, pk in enumerate(self.ids)}
        return sorted((row for row in rows if row.pk in position), key=lambda row: position[row.pk])


def _sort_key(ordering: tuple):
    """A Python sort key equal to a database order_by of plain (non-null) fields: "-field" descending."""

    def key(row):
        parts = []
        for name in ordering:
            descending = name.startswith("-")
            value = getattr(row, name.lstrip("-"))
            if isinstance(value, bool):
                value = int(value)
            parts.append(_Reversed(value) if descending else value)
        return parts

    return key


class _Reversed:
    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        return other.value < self.value

    def __eq__(self, other):
        return self.value == other.value


# --- the database twin ------------------------------------------------------------------------------


def _scope_q(query: ReviewQuery) -> Q:
    condition = Q()
    if query.product_id is not None:
        condition &= Q(product_id=query.product_id)
    if query.vendor_ids is not None:
        condition &= Q(partner_id__in=list(query.vendor_ids))
    if query.public:
        condition &= Q(status=review_index.PUBLISHED)
    return condition


def _text_q(terms: str, *, across_products: bool) -> Q:
    condition = Q()
    for word in terms.split()[:20]:
        matches = Q(title__icontains=word) | Q(body__icontains=word)
        if across_products:
            matches |= Q(product__title__icontains=word)
        condition &= matches
    return condition


def _filter_qs(query: ReviewQuery) -> dict[str, Q]:
    conditions = {}
    if query.stars:
        conditions["stars"] = Q(score=query.stars)
    if query.verified:
        conditions["verified"] = Q(is_verified_purchase=True)
    if query.with_media:
        conditions["media"] = Q(has_media=True)
    if query.status is not None:
        conditions["status"] = Q(status=query.status)
    if query.vendor:
        conditions["vendor"] = Q(partner_id=query.vendor)
    return conditions


def _and(*conditions: Q) -> Q:
    combined = Q()
    for condition in conditions:
        combined &= condition
    return combined


def _count(condition: Q) -> Count:
    return Count("pk", filter=condition) if condition else Count("pk")


def database_review_search(query: ReviewQuery, terms: str) -> ReviewSearch:
    """The same answer as the engine, from the database: a page of ids, the total and the facet counts."""
    base = ProductReview.objects.filter(_scope_q(query))
    if terms:
        base = base.filter(_text_q(terms, across_products=query.product_id is None))
    conditions = _filter_qs(query)
    ordering = tuple(_database_sorts().get(query.sort, _database_sorts()["helpful"]))
    page = (
        base.filter(_and(*conditions.values()))
        .order_by(*ordering)
        .values("pk")[query.offset : query.offset + query.limit]
    )
    if not query.with_counts:
        return ReviewSearch(ids=page, total=None, backend="database", ordering=ordering)

    def others(name: str, *extra: Q) -> Q:
        return _and(*(condition for key, condition in conditions.items() if key != name), *extra)

    # Every count but the vendors' in one aggregate query.
    aggregates = {"total": _count(_and(*conditions.values()))}
    aggregates |= {f"stars:{stars}": _count(others("stars", Q(score=stars))) for stars in review_index.STARS}
    aggregates["verified:1"] = _count(others("verified", Q(is_verified_purchase=True)))
    aggregates["media:1"] = _count(others("media", Q(has_media=True)))
    if not query.public:
        aggregates |= {
            f"status:{status}": _count(others("status", Q(status=status))) for status in review_index.STATUSES
        }
    row = base.aggregate(**aggregates)
    counts: dict[str, dict[str, int]] = {}
    for name, value in row.items():
        if ":" in name:
            facet, key = name.split(":", 1)
            counts.setdefault(facet, {})[key] = value
    if query.product_id is None:
        vendor_rows = (
            base.filter(others("vendor"), partner_id__isnull=False)
            .values("partner_id")
            .annotate(n=Count("pk"))
            .order_by()
        )
        counts["vendor"] = {str(vendor_row["partner_id"]): vendor_row["n"] for vendor_row in vendor_rows}
    return ReviewSearch(ids=page, total=row["total"], counts=counts, backend="database", ordering=ordering)


def engine_review_search(query: ReviewQuery, terms: str) -> ReviewSearch:
    ids, total, counts = review_index.search(query, terms)
    return ReviewSearch(ids=ids, total=total, counts=counts, backend="engine")


def review_search(query: ReviewQuery, *, backend: str | None = None) -> ReviewSearch:
    """Reviews matching the query, one page of ids in the requested order, with facet counts.

    ``backend`` ("engine" or "database") forces one (tests, benchmarks).
    """
    terms = search_terms(query.text)
    if backend == "engine":
        return engine_review_search(query, terms)
    if backend is None and opensearch.enabled():
        try:
            return engine_review_search(query, terms)
        except Exception:  # the engine is down or refused the query: answer from the database
            logger.exception("Search engine failed on reviews for %r; falling back to the database backend", terms)
    return database_review_search(query, terms)


# --- pages of reviews -------------------------------------------------------------------------------


def staff_review_rows(found: ReviewSearch) -> list:
    """The reviews of one page of a staff/vendor search, in order, with what the table shows."""
    rows = ProductReview.objects.filter(pk__in=found.ids).select_related("product", "partner", "user")
    return found.in_order(rows)


def staff_review_scope(user) -> dict | None:
    """What a dashboard user may search: staff every review; vendors the published reviews of their products."""
    if not user.is_authenticated:
        return None
    if user.is_staff:
        return {"vendor_ids": None, "public": False}
    partner_ids = tuple(Partner.objects.filter(users=user).order_by("pk").values_list("pk", flat=True))
    if not partner_ids:
        return None
    return {"vendor_ids": partner_ids, "public": True}


# --- facets of the staff/vendor review search -----------------------------------------------------


def sort_choices() -> list:
    from reviews.selectors import SORT_LABELS

    return SORT_LABELS


def review_facets(counts: dict, query: ReviewQuery, querydict: QueryDict, *, is_staff: bool) -> list[Facet]:
    """Facets to render: rating, verified, with media, status (staff) and vendor, each a toggling link."""
    from reviews.models import ModerationStatus

    def option(name: str, value, label, count: int, selected: bool) -> FacetOption:
        return FacetOption(
            str(value), str(label), count, selected, query_url(querydict, name, None if selected else str(value))
        )

    facets = []
    facet = Facet("stars", _("Rating"), clear_url=query_url(querydict, "stars", None))
    for stars in reversed(review_index.STARS):
        count = counts.get("stars", {}).get(str(stars), 0)
        if count or query.stars == stars:
            label = ngettext("%(stars)s star", "%(stars)s stars", stars) % {"stars": stars}
            facet.options.append(option("stars", stars, label, count, query.stars == stars))
    facets.append(facet)
    facet = Facet("verified", _("Purchase"), clear_url=query_url(querydict, "verified", None))
    facet.options.append(
        option("verified", 1, _("Verified purchases only"), counts.get("verified", {}).get("1", 0), query.verified)
    )
    facets.append(facet)
    facet = Facet("media", _("Media"), clear_url=query_url(querydict, "media", None))
    facet.options.append(
        option("media", 1, _("With photos or video"), counts.get("media", {}).get("1", 0), query.with_media)
    )
    facets.append(facet)
    if is_staff:
        facet = Facet("status", _("Status"), clear_url=query_url(querydict, "status", None))
        for status in review_index.STATUSES:
            count = counts.get("status", {}).get(str(status), 0)
            if count or query.status == status:
                label = ModerationStatus(status).label
                facet.options.append(option("status", status, label, count, query.status == status))
        facets.append(facet)
    vendor_counts = counts.get("vendor", {})
    names = dict(Partner.objects.filter(pk__in=[int(pk) for pk in vendor_counts]).values_list("pk", "name"))
    facet = Facet("vendor", _("Vendor"), clear_url=query_url(querydict, "vendor", None))
    ranked = sorted(vendor_counts.items(), key=lambda item: (-item[1], names.get(int(item[0]), "")))
    for pk, count in ranked[:15]:
        if int(pk) in names:
            facet.options.append(option("vendor", pk, names[int(pk)], count, query.vendor == int(pk)))
    facets.append(facet)
    return [facet for facet in facets if facet.options]
