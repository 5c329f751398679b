from celery import shared_task


@shared_task(acks_late=True)
def reindex_products(product_ids: list[int]) -> None:
    """Refresh search entries after a bulk change (idempotent: re-indexing twice is harmless)."""
    from .services import reindex_products_now

    reindex_products_now(product_ids=product_ids)
