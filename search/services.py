"""Product search and browsing, whatever the backend.

Views call :func:`product_list`; it hides which engine answers. When the
search engine fails, shoppers still get results: we log the failure and answer
from the database backend.
"""

import logging
import re
from dataclasses import dataclass

from django.db.models import Min, Prefetch, QuerySet
from oscar.core.loading import get_model
from wagtail.search.backends import get_search_backend

from search.forms import ProductSearchForm

logger = logging.getLogger(__name__)

Product = get_model("catalogue", "Product")
StockRecord = get_model("partner", "StockRecord")
ProductImage = get_model("catalogue", "ProductImage")

DATABASE_BACKEND = "wagtail.search.backends.database"
# Query syntax (quotes, stars, brackets, colons, backslashes) means something to FTS5, tsquery and
# Lucene alike; shoppers type words, so everything but letters, digits and spaces is a separator.
QUERY_SYNTAX = re.compile(r"[^\w\s]+|_+")
MAX_SORTED_MATCHES = 1000  # a text search sorted by price or title orders at most this many matches


@dataclass(frozen=True)
class ProductQuery:
    text: str = ""
    sort: str = ProductSearchForm.NEWEST
    categories: QuerySet | None = None


def public_products() -> QuerySet:
    """Products a shopper may see: public, browsable (no child variants)."""
    return Product.objects.browsable().filter(is_public=True)


def with_card_data(queryset: QuerySet) -> QuerySet:
    """What a product card renders, fetched in a fixed number of queries whatever the page size."""
    return queryset.select_related("product_class").prefetch_related(
        Prefetch("stockrecords", queryset=StockRecord.objects.select_related("partner")),
        Prefetch("images", queryset=ProductImage.objects.order_by("display_order")),
        "categories",
    )


def browsable_products() -> QuerySet:
    return with_card_data(public_products())


def _ordered(queryset: QuerySet, sort: str) -> QuerySet:
    if sort in (ProductSearchForm.PRICE_ASC, ProductSearchForm.PRICE_DESC):
        queryset = queryset.annotate(min_price=Min("stockrecords__price"))
        field = "min_price" if sort == ProductSearchForm.PRICE_ASC else "-min_price"
        return queryset.order_by(field, "-id")
    if sort == ProductSearchForm.TITLE_ASC:
        return queryset.order_by("title", "id")
    return queryset.order_by("-date_created", "-id")


def search_terms(text: str) -> str:
    """The words of a shopper's query, without anything a backend could read as syntax."""
    return " ".join(QUERY_SYNTAX.sub(" ", text).split())


def product_list(query: ProductQuery):
    """Products matching the query, in the requested order; a queryset or a modelsearch result set."""
    candidates = public_products()
    if query.categories is not None:
        # A subquery on the primary key: search backends filter only on indexed columns.
        in_categories = Product.objects.filter(categories__in=query.categories).values("pk")
        candidates = candidates.filter(pk__in=in_categories)
    terms = search_terms(query.text)
    if not terms:
        return with_card_data(_ordered(candidates, query.sort))
    query = ProductQuery(text=terms, sort=query.sort, categories=query.categories)
    try:
        return _search(get_search_backend(), query, candidates)
    except Exception:  # the engine is down or refused the query: answer from the database
        logger.exception("Search engine failed for %r; falling back to the database backend", query.text)
        return _search(get_search_backend(DATABASE_BACKEND), query, candidates)


def _search(backend, query: ProductQuery, candidates: QuerySet):
    if query.sort == ProductSearchForm.RELEVANCE:
        results = backend.search(query.text, with_card_data(candidates), operator="and")
        results.count()  # evaluate now, so that a failing engine fails inside product_list's try
        return results
    # Other orders need columns the index does not hold (the price lives on stock records):
    # take the best matches from the index, then order them in the database.
    matches = backend.search(query.text, candidates.only("pk"), operator="and")[:MAX_SORTED_MATCHES]
    matching = candidates.filter(pk__in=[product.pk for product in matches])
    return with_card_data(_ordered(matching, query.sort))
