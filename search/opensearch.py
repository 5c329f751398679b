"""Our adapter to the search engine (official opensearch-py client) for what modelsearch cannot do:
a product index with English and French analysers and staff synonyms, facets, autocomplete and
"did you mean". The index is reached through an alias so a rebuild swaps it with zero downtime.
"""

import logging
import time
from collections.abc import Callable, Iterable
from functools import lru_cache

from django.conf import settings
from opensearchpy import OpenSearch, helpers
from opensearchpy.exceptions import NotFoundError

from search.documents import iter_documents, payment_ranges, price_buckets
from search.facets import RATINGS, SearchFilters, facet_categories

logger = logging.getLogger(__name__)

SEARCH_FIELDS = [
    "title^4",
    "title.fr^3",
    "categories^2",
    "categories.fr^2",
    "vendors^2",
    "attributes",
    "description",
    "description.fr",
]
FRENCH_ARTICLES = ["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"]


def enabled() -> bool:
    return bool(getattr(settings, "SEARCH_ENGINE_URL", ""))


@lru_cache(maxsize=4)
def _client(url: str, timeout: float) -> OpenSearch:
    return OpenSearch(hosts=[url], timeout=timeout, max_retries=0, retry_on_timeout=False)


def client() -> OpenSearch:
    return _client(settings.SEARCH_ENGINE_URL, settings.SEARCH_ENGINE_TIMEOUT)


def alias_name() -> str:
    return f"{settings.SEARCH_INDEX_PREFIX}_products"


def synonym_lines() -> list[str]:
    from search.models import Synonym

    lines = []
    for synonym in Synonym.objects.filter(is_active=True):
        words = [word.replace(",", " ") for word in synonym.words]
        if len(words) > 1:
            lines.append(", ".join(words))
    return lines


def analysis_settings(synonyms: list[str]) -> dict:
    """English and French analysers (staff synonyms at search time) shared by the product and review indices."""
    filters = {
        "english_stemmer": {"type": "stemmer", "language": "light_english"},
        "english_possessive": {"type": "stemmer", "language": "possessive_english"},
        "french_elision": {"type": "elision", "articles_case": True, "articles": FRENCH_ARTICLES},
        "french_stemmer": {"type": "stemmer", "language": "light_french"},
        "autocomplete_edge": {"type": "edge_ngram", "min_gram": 1, "max_gram": 15},
    }
    synonym_filter = []
    if synonyms:
        filters["comptoir_synonyms"] = {"type": "synonym_graph", "synonyms": synonyms, "lenient": True}
        synonym_filter = ["comptoir_synonyms"]
    english = ["english_possessive", "lowercase", "asciifolding"]
    french = ["french_elision", "lowercase", "asciifolding"]
    analyzers = {
        "comptoir_en": {"tokenizer": "standard", "filter": [*english, "english_stemmer"]},
        "comptoir_en_search": {"tokenizer": "standard", "filter": [*english, *synonym_filter, "english_stemmer"]},
        "comptoir_fr": {"tokenizer": "standard", "filter": [*french, "french_stemmer"]},
        "comptoir_fr_search": {"tokenizer": "standard", "filter": [*french, *synonym_filter, "french_stemmer"]},
        "comptoir_plain": {"tokenizer": "standard", "filter": ["lowercase", "asciifolding"]},
        "comptoir_autocomplete": {
            "tokenizer": "standard",
            "filter": ["lowercase", "asciifolding", "autocomplete_edge"],
        },
    }
    return {"filter": filters, "analyzer": analyzers}


def text_field(*, autocomplete: bool = False) -> dict:
    """A text field analysed in English, with French (``.fr``) and unstemmed (``.plain``) sub-fields."""
    fields = {
        "fr": {"type": "text", "analyzer": "comptoir_fr", "search_analyzer": "comptoir_fr_search"},
        "plain": {"type": "text", "analyzer": "comptoir_plain"},
    }
    if autocomplete:
        fields["ac"] = {"type": "text", "analyzer": "comptoir_autocomplete", "search_analyzer": "comptoir_plain"}
        fields["raw"] = {"type": "keyword", "ignore_above": 256}
    return {"type": "text", "analyzer": "comptoir_en", "search_analyzer": "comptoir_en_search", "fields": fields}


def index_settings(synonyms: list[str] | None = None) -> dict:
    synonyms = synonym_lines() if synonyms is None else synonyms
    return {
        "index": {"number_of_shards": 1, "number_of_replicas": 0, "refresh_interval": "1s"},
        "analysis": analysis_settings(synonyms),
    }


def index_body(synonyms: list[str] | None = None) -> dict:
    """Settings and mappings of a product index; synonyms apply at search time only."""
    return {
        "settings": index_settings(synonyms),
        "mappings": {
            "dynamic": "strict",
            "properties": {
                "id": {"type": "integer"},
                "title": text_field(autocomplete=True),
                "description": text_field(),
                "categories": text_field(),
                "category_ids": {"type": "integer"},
                "vendors": text_field(),
                "vendor_ids": {"type": "integer"},
                "attributes": text_field(),
                "price": {"type": "scaled_float", "scaling_factor": 100},
                "in_stock": {"type": "boolean"},
                "rating": {"type": "float"},
                "review_count": {"type": "integer"},
                "payment_options": {"type": "keyword"},
                "created": {"type": "date"},
            },
        },
    }


# --- indexing ---------------------------------------------------------------------------------


def _actions(index: str, documents: Iterable[dict]):
    for document in documents:
        yield {"_index": index, "_id": document["id"], "_source": document}


def create_index(name: str, synonyms: list[str] | None = None, *, body: dict | None = None) -> None:
    client().indices.create(index=name, body=index_body(synonyms) if body is None else body)


def bulk_index(
    index: str, documents: Iterable[dict], *, chunk_size: int = 500, progress: Callable | None = None
) -> int:
    done = 0
    for _ok, _item in helpers.streaming_bulk(
        client(), _actions(index, documents), chunk_size=chunk_size, raise_on_error=True, max_retries=2
    ):
        done += 1
        if progress is not None:
            progress(done)
    return done


def current_indices(alias: str | None = None) -> list[str]:
    try:
        return sorted(client().indices.get_alias(name=alias or alias_name()))
    except NotFoundError:
        return []


def rebuild(
    *,
    documents: Iterable[dict] | None = None,
    progress: Callable | None = None,
    alias: str | None = None,
    body: dict | None = None,
) -> dict:
    """Build a new index, fill it, then point the alias at it in one atomic call and drop the old ones.

    Without ``alias``/``body`` it is the product index; the review index passes its own.
    """
    alias = alias or alias_name()
    name = f"{alias}_{time.strftime('%Y%m%d%H%M%S')}_{time.time_ns() % 1_000_000:06d}"
    create_index(name, body=body)
    started = time.monotonic()
    count = bulk_index(name, iter_documents() if documents is None else documents, progress=progress)
    client().indices.refresh(index=name)
    old = current_indices(alias)
    actions = [{"add": {"index": name, "alias": alias}}]
    actions += [{"remove": {"index": index, "alias": alias}} for index in old]
    if client().indices.exists(index=alias) and not old:
        # A concrete index squats the alias name (e.g. written to before the first rebuild).
        client().indices.delete(index=alias)
    client().indices.update_aliases(body={"actions": actions})
    for index in old:
        client().indices.delete(index=index, ignore_unavailable=True)
    return {"index": name, "documents": count, "seconds": time.monotonic() - started}


def ensure_index() -> None:
    if not current_indices():
        rebuild(documents=[])


def upsert(alias: str, ids: list[int], documents: list[dict]) -> int:
    """Write these documents and delete the ids that have none (deleted or no longer indexable)."""
    actions = list(_actions(alias, documents))
    present = {document["id"] for document in documents}
    actions += [{"_op_type": "delete", "_index": alias, "_id": pk} for pk in ids if pk not in present]
    helpers.bulk(client(), actions, raise_on_error=False, refresh="wait_for")
    return len(documents)


def index_products(product_ids: Iterable[int]) -> int:
    """Re-index these products; those no longer indexable (deleted, private) are removed."""
    ids = sorted({int(pk) for pk in product_ids})
    if not ids:
        return 0
    ensure_index()
    return upsert(alias_name(), ids, list(iter_documents(ids)))


# --- queries ----------------------------------------------------------------------------------


def text_query(terms: str, any_word: bool = False) -> dict:
    if not terms:
        return {"match_all": {}}
    return {
        "bool": {
            "must": [
                {
                    "multi_match": {
                        "query": terms,
                        "fields": SEARCH_FIELDS,
                        "type": "cross_fields",
                        "operator": "or" if any_word else "and",
                    }
                }
            ],
            # Words together, in order, in the title rank above words scattered over the fields.
            "should": [{"match_phrase": {"title": {"query": terms, "slop": 2, "boost": 4}}}],
        }
    }


def filter_clauses(filters: SearchFilters) -> dict[str, dict]:
    clauses = {}
    if filters.category is not None:
        clauses["category"] = {"term": {"category_ids": filters.category.pk}}
    if filters.vendor:
        clauses["vendor"] = {"term": {"vendor_ids": filters.vendor}}
    if filters.price:
        low, high = filters.price_range
        bounds = {"gte": float(low)}
        if high is not None:
            bounds["lt"] = float(high)
        clauses["price"] = {"range": {"price": bounds}}
    if filters.rating:
        clauses["rating"] = {"range": {"rating": {"gte": filters.rating}}}
    if filters.in_stock:
        clauses["in_stock"] = {"term": {"in_stock": True}}
    if filters.payment:
        clauses["payment"] = {"term": {"payment_options": filters.payment}}
    return clauses


SORTS = {
    "newest": [{"created": "desc"}, {"id": "desc"}],
    "price-asc": [{"price": {"order": "asc", "missing": "_last"}}, {"id": "desc"}],
    "price-desc": [{"price": {"order": "desc", "missing": "_last"}}, {"id": "desc"}],
    "rating": [{"rating": "desc"}, {"review_count": "desc"}, {"id": "desc"}],
    "title-asc": [{"title.raw": "asc"}, {"id": "asc"}],
}


def _scope_clause(categories_scope) -> list[dict]:
    return [] if categories_scope is None else [{"term": {"category_ids": categories_scope.pk}}]


def search_ids(
    terms: str, filters: SearchFilters, *, scope=None, sort: str, offset: int, limit: int, any_word: bool = False
) -> tuple[list[int], int]:
    clauses = list(filter_clauses(filters).values()) + _scope_clause(scope)
    body = {
        "query": {"bool": {"must": [text_query(terms, any_word)], "filter": clauses}},
        "from": max(offset, 0),
        "size": max(limit, 0),
        "_source": False,
        "track_total_hits": True,
    }
    body.update(_sort(sort, terms))
    response = client().search(index=alias_name(), body=body)
    ids = [int(hit["_id"]) for hit in response["hits"]["hits"]]
    return ids, response["hits"]["total"]["value"]


def _sort(sort: str, terms: str) -> dict:
    """Relevance needs words; without them the list is newest first."""
    if sort in SORTS:
        return {"sort": SORTS[sort]}
    return {} if terms else {"sort": SORTS["newest"]}


def facet_counts(
    terms: str,
    filters: SearchFilters,
    *,
    scope=None,
    sort: str = "relevance",
    offset: int = 0,
    limit: int = 0,
    any_word: bool = False,
) -> tuple[int, dict[str, dict[str, int]], list[int]]:
    """Total hits, facet counts and one page of ids in one request.

    The filters apply to the hits as a post_filter; each facet's aggregation is filtered by all
    other filters, so counts do not collapse on the facet being picked.
    """
    clauses = filter_clauses(filters)

    def others(name: str) -> dict:
        return {"bool": {"filter": [clause for key, clause in clauses.items() if key != name]}}

    children = facet_categories(filters, scope)
    aggregations = {
        "vendor": {"filter": others("vendor"), "aggs": {"values": {"terms": {"field": "vendor_ids", "size": 500}}}},
        "price": {
            "filter": others("price"),
            "aggs": {
                "values": {
                    "range": {
                        "field": "price",
                        "keyed": True,
                        "ranges": [
                            {"key": key, "from": float(low), **({"to": float(high)} if high is not None else {})}
                            for key, low, high in price_buckets()
                        ],
                    }
                }
            },
        },
        "rating": {
            "filter": others("rating"),
            "aggs": {
                "values": {
                    "range": {
                        "field": "rating",
                        "keyed": True,
                        "ranges": [{"key": str(stars), "from": stars} for stars in RATINGS],
                    }
                }
            },
        },
        "in_stock": {
            "filter": {"bool": {"filter": [*others("in_stock")["bool"]["filter"], {"term": {"in_stock": True}}]}}
        },
        "payment": {
            "filter": others("payment"),
            "aggs": {"values": {"terms": {"field": "payment_options", "size": len(payment_ranges()) or 1}}},
        },
    }
    if children:
        aggregations["category"] = {
            "filter": others("category"),
            "aggs": {
                "values": {
                    "terms": {
                        "field": "category_ids",
                        "include": [child.pk for child in children],
                        "size": len(children),
                    }
                }
            },
        }
    body = {
        "query": {"bool": {"must": [text_query(terms, any_word)], "filter": _scope_clause(scope)}},
        "post_filter": {"bool": {"filter": list(clauses.values())}},
        "from": max(offset, 0),
        "size": max(limit, 0),
        "_source": False,
        "track_total_hits": True,
        "aggs": aggregations,
        **_sort(sort, terms),
    }
    response = client().search(index=alias_name(), body=body)
    result = response["aggregations"]
    counts: dict[str, dict[str, int]] = {}
    for name in ("vendor", "payment", "category"):
        if name in result:
            counts[name] = {str(bucket["key"]): bucket["doc_count"] for bucket in result[name]["values"]["buckets"]}
    counts["payment"] = {name: counts.get("payment", {}).get(name, 0) for name in payment_ranges()}
    if "category" in counts:
        counts["category"] = {str(child.pk): counts["category"].get(str(child.pk), 0) for child in children}
    for name in ("price", "rating"):
        counts[name] = {key: bucket["doc_count"] for key, bucket in result[name]["values"]["buckets"].items()}
    counts["in_stock"] = {"1": result["in_stock"]["doc_count"]}
    ids = [int(hit["_id"]) for hit in response["hits"]["hits"]]
    return response["hits"]["total"]["value"], counts, ids


def autocomplete(text: str, *, limit: int = 6) -> list[dict]:
    body = {
        "query": {
            "bool": {
                "should": [
                    {"match": {"title.ac": {"query": text, "operator": "and", "boost": 3}}},
                    {"match": {"title": {"query": text, "fuzziness": "AUTO", "prefix_length": 1, "operator": "and"}}},
                    {"match": {"title.plain": {"query": text, "fuzziness": "AUTO", "prefix_length": 1}}},
                ],
                "minimum_should_match": 1,
            }
        },
        "size": limit,
        "_source": ["id", "title"],
    }
    response = client().search(index=alias_name(), body=body)
    return [{"id": hit["_source"]["id"], "title": hit["_source"]["title"]} for hit in response["hits"]["hits"]]


def did_you_mean(text: str) -> str:
    """A corrected query from the index's own title words, or "" when there is nothing better."""
    words = text.lower().split()
    if not words:
        return ""
    body = {
        "size": 0,
        "suggest": {
            "text": " ".join(words),
            "words": {"term": {"field": "title.plain", "suggest_mode": "missing", "min_word_length": 3, "size": 1}},
        },
    }
    response = client().search(index=alias_name(), body=body)
    corrected = []
    changed = False
    for entry in response.get("suggest", {}).get("words", []):
        if entry["options"]:
            corrected.append(entry["options"][0]["text"])
            changed = True
        else:
            corrected.append(entry["text"])
    return " ".join(corrected) if changed else ""
