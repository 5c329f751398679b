"""Celery tasks keeping the engine's product index in step with the database (thin, idempotent)."""

from celery import shared_task

from search import opensearch


@shared_task(acks_late=True, autoretry_for=(ConnectionError,), retry_backoff=True, max_retries=5)
def index_products(product_ids: list[int]) -> int:
    """Re-index (or remove) these products; a no-op without the engine."""
    if not opensearch.enabled():
        return 0
    return opensearch.index_products(product_ids)


@shared_task(acks_late=True, autoretry_for=(ConnectionError,), retry_backoff=True, max_retries=5)
def index_reviews(review_ids: list[int]) -> int:
    """Re-index (or remove) these reviews: moderation decisions, votes, deletions."""
    if not opensearch.enabled():
        return 0
    from search import review_index

    return review_index.index_reviews(review_ids)


@shared_task(acks_late=True)
def rebuild_product_index() -> int:
    """Full zero-downtime rebuild of products and reviews (after synonyms change: both use them)."""
    if not opensearch.enabled():
        return 0
    from search import review_index

    review_index.rebuild()
    return opensearch.rebuild()["documents"]
