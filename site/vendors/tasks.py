from celery import shared_task


@shared_task(acks_late=True)
def reindex_products(product_ids: list[int]) -> None:
    """Refresh search entries after a bulk change (idempotent: re-indexing twice is harmless)."""
    from .services import reindex_products_now

    reindex_products_now(product_ids=product_ids)


@shared_task(acks_late=True)
def notify_vendors_of_new_order(order_id: int) -> int:
    """E-mail each vendor of a paid order (idempotent: a vendor already told is skipped)."""
    from oscar.core.loading import get_model

    from .services import fulfilment_notify_new_order

    return fulfilment_notify_new_order(order=get_model("order", "Order").objects.get(pk=order_id))
