"""Celery tasks keeping the engine's product index in step with the database (thin, idempotent)."""

from celery import shared_task

from search import opensearch


@shared_task(acks_late=True, autoretry_for=(ConnectionError,), retry_backoff=True, max_retries=5)
def index_products(product_ids: list[int]) -> int:
    """Re-index (or remove) these products; a no-op without the engine."""
    if not opensearch.enabled():
        return 0
    return opensearch.index_products(product_ids)


@shared_task(acks_late=True)
def rebuild_product_index() -> int:
    """Full zero-downtime rebuild (after synonyms change)."""
    if not opensearch.enabled():
        return 0
    return opensearch.rebuild()["documents"]
