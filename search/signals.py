"""Queue re-indexing after commit when products, their stock records, categories or reviews change.

A review change re-indexes the review itself (status, votes, text: the review index) and its product
(rating and review count: the product index).
"""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from oscar.core.loading import get_model

from search import opensearch
from search.models import Synonym

Product = get_model("catalogue", "Product")
StockRecord = get_model("partner", "StockRecord")
ProductReview = get_model("reviews", "ProductReview")


def _queue(task_name: str, ids) -> None:
    """Run an indexing task on these ids after commit (nothing without the engine)."""
    if not opensearch.enabled():
        return
    from search import tasks

    ids = sorted({pk for pk in ids if pk})
    if ids:
        getattr(tasks, task_name).delay_on_commit(ids)


def queue_products(*product_ids) -> None:
    _queue("index_products", product_ids)


def queue_reviews(*review_ids) -> None:
    _queue("index_reviews", review_ids)


@receiver(post_save, sender=Product)
@receiver(post_delete, sender=Product)
def product_changed(sender, instance, **kwargs):
    queue_products(instance.pk, instance.parent_id)


@receiver(m2m_changed, sender=Product.categories.through)
def product_categories_changed(sender, instance, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear") and isinstance(instance, Product):
        queue_products(instance.pk, instance.parent_id)


@receiver(post_save, sender=StockRecord)
@receiver(post_delete, sender=StockRecord)
def stockrecord_changed(sender, instance, **kwargs):
    product = Product.objects.filter(pk=instance.product_id).values_list("pk", "parent_id").first()
    if product:
        queue_products(*product)


@receiver(post_save, sender=ProductReview)
@receiver(post_delete, sender=ProductReview)
def review_changed(sender, instance, **kwargs):
    queue_products(instance.product_id)
    queue_reviews(instance.pk)


@receiver(post_save, sender=Synonym)
@receiver(post_delete, sender=Synonym)
def synonyms_changed(sender, instance, **kwargs):
    if opensearch.enabled():
        from search.tasks import rebuild_product_index

        rebuild_product_index.delay_on_commit()
