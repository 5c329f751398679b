"""Queue re-indexing after commit when products, their stock records, categories or reviews change."""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from oscar.core.loading import get_model

from search import opensearch
from search.models import Synonym

Product = get_model("catalogue", "Product")
StockRecord = get_model("partner", "StockRecord")
ProductReview = get_model("reviews", "ProductReview")


def queue_products(*product_ids) -> None:
    if not opensearch.enabled():
        return
    from search.tasks import index_products

    ids = sorted({pk for pk in product_ids if pk})
    if ids:
        index_products.delay_on_commit(ids)


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


@receiver(post_save, sender=Synonym)
@receiver(post_delete, sender=Synonym)
def synonyms_changed(sender, instance, **kwargs):
    if opensearch.enabled():
        from search.tasks import rebuild_product_index

        rebuild_product_index.delay_on_commit()
