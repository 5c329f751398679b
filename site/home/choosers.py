"""Wagtail admin choosers for Oscar's products and categories, usable as StreamField blocks."""

from oscar.core.loading import get_model
from wagtail.admin.viewsets.chooser import ChooserViewSet


class ProductChooserViewSet(ChooserViewSet):
    model = get_model("catalogue", "Product")
    icon = "pick"
    choose_one_text = "Choose a product"
    choose_another_text = "Choose another product"
    edit_item_text = "Edit this product"
    per_page = 20


class CategoryChooserViewSet(ChooserViewSet):
    model = get_model("catalogue", "Category")
    icon = "folder-open-inverse"
    choose_one_text = "Choose a category"
    choose_another_text = "Choose another category"
    per_page = 30


product_chooser_viewset = ProductChooserViewSet("product_chooser")
category_chooser_viewset = CategoryChooserViewSet("category_chooser")
ProductChooserBlock = product_chooser_viewset.get_block_class(name="ProductChooserBlock", module_path="home.choosers")
CategoryChooserBlock = category_chooser_viewset.get_block_class(
    name="CategoryChooserBlock", module_path="home.choosers"
)
