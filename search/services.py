"""Product search and browsing, whatever the backend.

Views call :func:`product_search`; it hides which engine answers. With the engine configured
(settings.SEARCH_ENGINE_URL) our adapter (search.opensearch) answers text, filters, sorts and facet
counts; otherwise modelsearch's database backend matches the text and ORM aggregations count the
facets. When the engine fails, shoppers still get results: we log the failure and answer from the
database.
"""

import difflib
import logging
import re
from dataclasses import dataclass, field, replace

from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import Exists, F, OuterRef, Prefetch, QuerySet
from django.utils import timezone
from oscar.core.loading import get_model
from wagtail.search.backends import get_search_backend

from search import opensearch
from search.documents import indexable_products, with_facts
from search.facets import SearchFilters, apply_filters, database_counts
from search.forms import ProductSearchForm
from search.models import ZeroResultQuery

logger = logging.getLogger(__name__)

Product = get_model("catalogue", "Product")
Category = get_model("catalogue", "Category")
StockRecord = get_model("partner", "StockRecord")
ProductImage = get_model("catalogue", "ProductImage")

DATABASE_BACKEND = "wagtail.search.backends.database"
# Query syntax (quotes, stars, brackets, colons, backslashes) means something to FTS5, tsquery and
# Lucene alike; shoppers type words, so everything but letters, digits and spaces is a separator.
QUERY_SYNTAX = re.compile(r"[^\w\s]+|_+")
MAX_DATABASE_MATCHES = 5000  # the database backend ranks at most this many text matches


@dataclass(frozen=True)
class ProductQuery:
    text: str = ""
    sort: str = ProductSearchForm.NEWEST
    filters: SearchFilters = field(default_factory=SearchFilters)
    scope: object | None = None  # a Category the page is limited to
    offset: int = 0  # the page the view will show, so the engine answers it with the facets
    limit: int = 24
    any_word: bool = False  # match any of the words, not all (the retry after zero results)


@dataclass
class ProductSearch:
    """A page-able result list plus its facet counts and a spelling suggestion."""

    results: object  # a queryset or a sliceable with count()
    counts: dict
    total: int
    backend: str
    suggestion: str = ""
    any_word: bool = False  # results match some of the words only


def public_products() -> QuerySet:
    """Products a shopper may see: public, browsable (no child variants)."""
    return indexable_products()


def with_card_data(queryset: QuerySet) -> QuerySet:
    """What a product card renders, fetched in a fixed number of queries whatever the page size."""
    options = get_model("catalogue", "Option").objects
    # Product.has_options reads these two annotations (Oscar's base_queryset names) instead of a query per card.
    return (
        queryset.select_related("product_class")
        .annotate(
            has_product_class_options=Exists(options.filter(productclass=OuterRef("product_class"))),
            has_product_options=Exists(options.filter(product=OuterRef("pk"))),
        )
        .prefetch_related(
            # The partner's verified-seller badge (reviews) comes in the same query: the card shows it.
            Prefetch("stockrecords", queryset=StockRecord.objects.select_related("partner", "partner__seller_badge")),
            Prefetch("images", queryset=ProductImage.objects.order_by("display_order")),
            "categories",
        )
    )


def browsable_products() -> QuerySet:
    return with_card_data(public_products())


def search_terms(text: str) -> str:
    """The words of a shopper's query, without anything a backend could read as syntax."""
    return " ".join(QUERY_SYNTAX.sub(" ", text).split())


class ProductsById:
    """Products in a given order of ids, fetched with card data one page at a time (for Paginator)."""

    def __init__(self, fetch_ids, total: int):
        self.fetch_ids = fetch_ids  # (offset, limit) -> list of ids
        self.total = total

    def count(self) -> int:
        return self.total

    def __len__(self) -> int:
        return self.total

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        start = index.start or 0
        stop = self.total if index.stop is None else min(index.stop, self.total)
        ids = self.fetch_ids(start, max(stop - start, 0))
        products = {product.pk: product for product in browsable_products().filter(pk__in=ids)}
        return [products[pk] for pk in ids if pk in products]


def _ordered(queryset: QuerySet, sort: str) -> QuerySet:
    if sort in (ProductSearchForm.PRICE_ASC, ProductSearchForm.PRICE_DESC):
        price = (
            F("min_price").asc(nulls_last=True)
            if sort == ProductSearchForm.PRICE_ASC
            else F("min_price").desc(nulls_last=True)
        )
        return queryset.order_by(price, "-id")
    if sort == ProductSearchForm.TITLE_ASC:
        return queryset.order_by("title", "id")
    if sort == ProductSearchForm.RATING:
        return queryset.order_by(F("rating").desc(nulls_last=True), "-id")
    return queryset.order_by("-date_created", "-id")


def _candidates(query: ProductQuery) -> QuerySet:
    candidates = with_facts(public_products())
    if query.scope is not None:
        in_scope = Category.objects.filter(path__startswith=query.scope.path)
        candidates = candidates.filter(pk__in=Product.objects.filter(categories__in=in_scope).values("pk"))
    return candidates


def database_search(query: ProductQuery, terms: str) -> ProductSearch:
    candidates = _candidates(query)
    if terms:
        matches = get_search_backend(DATABASE_BACKEND).search(
            terms, public_products().only("pk"), operator="or" if query.any_word else "and"
        )
        ranked = [product.pk for product in matches[:MAX_DATABASE_MATCHES]]
        candidates = candidates.filter(pk__in=ranked)
    counts = database_counts(candidates, query.filters, query.scope)
    filtered = apply_filters(candidates, query.filters)
    if terms and query.sort == ProductSearchForm.RELEVANCE:
        kept = set(filtered.values_list("pk", flat=True))
        ordered = [pk for pk in ranked if pk in kept]
        results = ProductsById(lambda offset, limit: ordered[offset : offset + limit], len(ordered))
        total = len(ordered)
    else:
        results = with_card_data(_ordered(filtered, query.sort))
        total = results.count()
    return ProductSearch(results, counts, total, "database")


def engine_search(query: ProductQuery, terms: str) -> ProductSearch:
    total, counts, first_ids = opensearch.facet_counts(
        terms,
        query.filters,
        scope=query.scope,
        sort=query.sort,
        offset=query.offset,
        limit=query.limit,
        any_word=query.any_word,
    )

    def fetch(offset: int, limit: int) -> list[int]:
        if offset == query.offset and limit <= query.limit:  # the page the first request answered
            return first_ids[:limit]
        ids, _total = opensearch.search_ids(
            terms,
            query.filters,
            scope=query.scope,
            sort=query.sort,
            offset=offset,
            limit=limit,
            any_word=query.any_word,
        )
        return ids

    return ProductSearch(ProductsById(fetch, total), counts, total, "engine")


def product_search(query: ProductQuery, *, backend: str | None = None, log: bool = True) -> ProductSearch:
    """Products matching the query and filters, in the requested order, with facet counts.

    All the words must match; when none does and there are several words, any of them may
    (flagged ``any_word``). Still nothing: a spelling suggestion, and the query is logged for staff.
    ``backend`` ("engine" or "database") forces one, for the relevance harness.
    """
    terms = search_terms(query.text)
    outcome = _search(query, terms, backend)
    if not terms or outcome.total:
        return outcome
    suggestion = did_you_mean(terms, engine=outcome.backend == "engine")
    if len(terms.split()) > 1 and not query.any_word:
        relaxed = _search(replace(query, any_word=True), terms, backend)
        if relaxed.total:
            relaxed.any_word, relaxed.suggestion = True, suggestion
            return relaxed
    outcome.suggestion = suggestion
    if log and not query.filters.active:
        zero_result_log(query=terms, backend=outcome.backend)
    return outcome


def _search(query: ProductQuery, terms: str, backend: str | None = None) -> ProductSearch:
    if backend == "engine":
        return engine_search(query, terms)
    if backend is None and opensearch.enabled():
        try:
            return engine_search(query, terms)
        except Exception:  # the engine is down or refused the query: answer from the database
            logger.exception("Search engine failed for %r; falling back to the database backend", terms)
    return database_search(query, terms)


def product_list(query: ProductQuery):
    """Products matching the query, in the requested order (without facets)."""
    return product_search(query).results


def zero_result_log(*, query: str, backend: str) -> None:
    """Count a query that found nothing, for staff (Django admin → Search → zero-result queries)."""
    normalised = query.lower()[:200]
    updated = ZeroResultQuery.objects.filter(query=normalised).update(
        count=F("count") + 1, backend=backend, last_seen=timezone.now()
    )
    if not updated:
        try:
            with transaction.atomic():
                ZeroResultQuery.objects.create(query=normalised, backend=backend)
        except IntegrityError:  # another request logged it first
            ZeroResultQuery.objects.filter(query=normalised).update(count=F("count") + 1)


VOCABULARY_CACHE_KEY = "search:vocabulary"


def vocabulary() -> list[str]:
    """Words of product titles and category names (for "did you mean" on the database backend)."""
    words = cache.get(VOCABULARY_CACHE_KEY)
    if words is None:
        found: set[str] = set()
        titles = public_products().order_by("-date_created").values_list("title", flat=True)[:20000]
        for text in [*titles, *Category.objects.values_list("name", flat=True)]:
            found.update(word for word in search_terms(text).lower().split() if len(word) > 2)
        words = sorted(found)
        cache.set(VOCABULARY_CACHE_KEY, words, 600)
    return words


def did_you_mean(terms: str, *, engine: bool = False) -> str:
    if engine:
        try:
            return opensearch.did_you_mean(terms)
        except Exception:
            logger.warning("Search engine failed on a spelling suggestion for %r", terms)
    known = vocabulary()
    corrected, changed = [], False
    for word in terms.lower().split()[:10]:
        if word in known or len(word) < 3:
            corrected.append(word)
            continue
        close = difflib.get_close_matches(word, known, n=1, cutoff=0.75)
        corrected.append(close[0] if close else word)
        changed = changed or bool(close)
    return " ".join(corrected) if changed else ""
