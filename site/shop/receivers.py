"""Signal receivers of the shop: rich text is sanitized however a product or category is saved
(dashboard form, bulk upload, API, admin, shell)."""

from django.db.models.signals import pre_save
from django.dispatch import receiver
from oscar.core.loading import get_model

from core.sanitize import clean_rich_text

Product = get_model("catalogue", "Product")
Category = get_model("catalogue", "Category")


@receiver(pre_save, sender=Product, dispatch_uid="shop.sanitize_product_description")
@receiver(pre_save, sender=Category, dispatch_uid="shop.sanitize_category_description")
def sanitize_description(sender, instance, **kwargs):
    instance.description = clean_rich_text(instance.description)
