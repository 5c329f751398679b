"""Product reviews on the engine: what a review document holds, the index (same analysers as products) and
the query that answers one page of review ids plus facet counts in one request.

Every review is indexed whatever its status, so staff can search the moderation queue; shoppers' and
vendors' queries are scoped to published reviews (``ReviewQuery.public``). The database twin of every
filter, count and sort is in ``search.review_search``; tests compare the two.
"""

from collections.abc import Iterable, Iterator

from django.conf import settings
from oscar.core.loading import get_model

from search import opensearch

ProductReview = get_model("reviews", "ProductReview")

STARS = (1, 2, 3, 4, 5)
STATUSES = (0, 1, 2)  # pending, published, rejected (Oscar's values, reviews.models.ModerationStatus)
PUBLISHED = 1

# The engine twin of reviews.selectors.SORTS (same keys, same tie-breakers).
SORTS = {
    "helpful": [{"delta_votes": "desc"}, {"created": "desc"}, {"id": "desc"}],
    "recent": [{"created": "desc"}, {"id": "desc"}],
    "oldest": [{"created": "asc"}, {"id": "asc"}],
    "highest": [{"score": "desc"}, {"created": "desc"}, {"id": "desc"}],
    "lowest": [{"score": "asc"}, {"created": "desc"}, {"id": "desc"}],
    "relevance": [
        {"verified": "desc"},
        {"has_media": "desc"},
        {"delta_votes": "desc"},
        {"created": "desc"},
        {"id": "desc"},
    ],
}
TEXT_FIELDS = ["title^2", "title.fr^2", "body", "body.fr"]
PRODUCT_TEXT_FIELDS = ["product_title", "product_title.fr"]  # across products (staff, vendors)


def alias_name() -> str:
    return f"{settings.SEARCH_INDEX_PREFIX}_reviews"


def index_body(synonyms: list[str] | None = None) -> dict:
    text = opensearch.text_field
    return {
        "settings": opensearch.index_settings(synonyms),
        "mappings": {
            "dynamic": "strict",
            "properties": {
                "id": {"type": "integer"},
                "product_id": {"type": "integer"},
                "product_title": text(),
                "vendor_id": {"type": "integer"},
                "status": {"type": "byte"},
                "score": {"type": "byte"},
                "title": text(),
                "body": text(),
                "verified": {"type": "boolean"},
                "has_media": {"type": "boolean"},
                "delta_votes": {"type": "integer"},
                "total_votes": {"type": "integer"},
                # Microseconds, as the database stores them: both backends break ties the same way.
                "created": {"type": "date_nanos"},
            },
        },
    }


# --- documents ----------------------------------------------------------------------------------


def review_document(review) -> dict:
    return {
        "id": review.pk,
        "product_id": review.product_id,
        "product_title": review.product.title if review.product_id else "",
        "vendor_id": review.partner_id,
        "status": review.status,
        "score": review.score,
        "title": review.title,
        "body": review.body,
        "verified": review.is_verified_purchase,
        "has_media": review.has_media,
        "delta_votes": review.delta_votes,
        "total_votes": review.total_votes,
        "created": review.date_created.isoformat(),
    }


def iter_review_documents(ids: Iterable[int] | None = None, batch_size: int = 1000) -> Iterator[dict]:
    queryset = ProductReview.objects.select_related("product").only(
        "product__title",
        "partner_id",
        "status",
        "score",
        "title",
        "body",
        "is_verified_purchase",
        "has_media",
        "delta_votes",
        "total_votes",
        "date_created",
    )
    if ids is not None:
        queryset = queryset.filter(pk__in=list(ids))
    last_pk = 0
    while True:
        batch = list(queryset.filter(pk__gt=last_pk).order_by("pk")[:batch_size])
        if not batch:
            return
        yield from (review_document(review) for review in batch)
        last_pk = batch[-1].pk


# --- indexing -----------------------------------------------------------------------------------


def rebuild(*, documents: Iterable[dict] | None = None, progress=None) -> dict:
    """Zero-downtime rebuild of the review index (new index, alias swap), as for products."""
    return opensearch.rebuild(
        documents=iter_review_documents() if documents is None else documents,
        progress=progress,
        alias=alias_name(),
        body=index_body(),
    )


def index_reviews(review_ids: Iterable[int]) -> int:
    """Re-index these reviews (new status, votes, text); deleted ones are removed."""
    ids = sorted({int(pk) for pk in review_ids})
    if not ids:
        return 0
    if not opensearch.current_indices(alias_name()):
        rebuild(documents=[])
    return opensearch.upsert(alias_name(), ids, list(iter_review_documents(ids)))


# --- queries ------------------------------------------------------------------------------------


def _text_clause(terms: str, *, across_products: bool) -> dict:
    if not terms:
        return {"match_all": {}}
    fields = TEXT_FIELDS + (PRODUCT_TEXT_FIELDS if across_products else [])
    return {"multi_match": {"query": terms, "fields": fields, "type": "cross_fields", "operator": "and"}}


def scope_clauses(query) -> list[dict]:
    """What the asker may see at all: one product, some vendors, published reviews only."""
    clauses = []
    if query.product_id is not None:
        clauses.append({"term": {"product_id": query.product_id}})
    if query.vendor_ids is not None:
        clauses.append({"terms": {"vendor_id": list(query.vendor_ids)}})
    if query.public:
        clauses.append({"term": {"status": PUBLISHED}})
    return clauses


def filter_clauses(query) -> dict[str, dict]:
    """The filters the asker picked, one per facet (each facet counts under the others)."""
    clauses = {}
    if query.stars:
        clauses["stars"] = {"term": {"score": query.stars}}
    if query.verified:
        clauses["verified"] = {"term": {"verified": True}}
    if query.with_media:
        clauses["media"] = {"term": {"has_media": True}}
    if query.status is not None:
        clauses["status"] = {"term": {"status": query.status}}
    if query.vendor:
        clauses["vendor"] = {"term": {"vendor_id": query.vendor}}
    return clauses


def search(query, terms: str) -> tuple[list[int], int, dict[str, dict[str, int]]]:
    """One page of review ids, the total and the facet counts, in one request."""
    clauses = filter_clauses(query)

    def others(name: str, *extra: dict) -> dict:
        return {"bool": {"filter": [clause for key, clause in clauses.items() if key != name] + list(extra)}}

    aggregations = {
        "stars": {"filter": others("stars"), "aggs": {"values": {"terms": {"field": "score", "size": len(STARS)}}}},
        "verified": {"filter": others("verified", {"term": {"verified": True}})},
        "media": {"filter": others("media", {"term": {"has_media": True}})},
    }
    if not query.public:
        aggregations["status"] = {
            "filter": others("status"),
            "aggs": {"values": {"terms": {"field": "status", "size": len(STATUSES)}}},
        }
    if query.product_id is None:
        aggregations["vendor"] = {
            "filter": others("vendor"),
            "aggs": {"values": {"terms": {"field": "vendor_id", "size": 500}}},
        }
    sort = SORTS.get(query.sort, SORTS["helpful"])
    if terms and query.sort == "relevance":
        sort = ["_score", *sort]
    body = {
        "query": {
            "bool": {
                "must": [_text_clause(terms, across_products=query.product_id is None)],
                "filter": scope_clauses(query),
            }
        },
        "post_filter": {"bool": {"filter": list(clauses.values())}},
        "from": max(query.offset, 0),
        "size": max(query.limit, 0),
        "_source": False,
        "track_total_hits": True,
        "sort": sort,
        "aggs": aggregations,
    }
    response = opensearch.client().search(index=alias_name(), body=body)
    result = response["aggregations"]
    counts = {
        "stars": _buckets(result["stars"], STARS),
        "verified": {"1": result["verified"]["doc_count"]},
        "media": {"1": result["media"]["doc_count"]},
    }
    if "status" in result:
        counts["status"] = _buckets(result["status"], STATUSES)
    if "vendor" in result:
        counts["vendor"] = {str(bucket["key"]): bucket["doc_count"] for bucket in result["vendor"]["values"]["buckets"]}
    ids = [int(hit["_id"]) for hit in response["hits"]["hits"]]
    return ids, response["hits"]["total"]["value"], counts


def _buckets(aggregation: dict, keys: tuple[int, ...]) -> dict[str, int]:
    found = {int(bucket["key"]): bucket["doc_count"] for bucket in aggregation["values"]["buckets"]}
    return {str(key): found.get(key, 0) for key in keys}
