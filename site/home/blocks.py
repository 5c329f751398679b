"""StreamField blocks of the editorial pages; each has one template under templates/blocks/."""

from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock


class HeroBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120)
    subtitle = blocks.TextBlock(required=False, max_length=300)
    image = ImageChooserBlock(required=False)
    button_text = blocks.CharBlock(required=False, max_length=40)
    button_url = blocks.URLBlock(required=False)

    class Meta:
        icon = "image"
        template = "blocks/hero.html"
        label = _("Hero")


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120)
    text = blocks.TextBlock(required=False)
    button_text = blocks.CharBlock(max_length=40)
    button_url = blocks.URLBlock()

    class Meta:
        icon = "pick"
        template = "blocks/call_to_action.html"
        label = _("Call to action")


class ProductCarouselBlock(blocks.StructBlock):
    """Products resolved live at render time: only public products that can be bought now are shown."""

    title = blocks.CharBlock(max_length=120)
    category_slug = blocks.CharBlock(
        required=False, help_text=_("Show products of this category (slug); newest first.")
    )
    limit = blocks.IntegerBlock(default=8, min_value=1, max_value=24)

    class Meta:
        icon = "list-ul"
        template = "blocks/product_carousel.html"
        label = _("Product carousel")

    def get_context(self, value, parent_context=None):
        from search.services import browsable_products

        context = super().get_context(value, parent_context=parent_context)
        products = browsable_products().filter(stockrecords__num_in_stock__gt=0)
        if value.get("category_slug"):
            Category = get_model("catalogue", "Category")
            category = Category.objects.filter(slug=value["category_slug"]).first()
            if category is None:
                products = products.none()
            else:
                products = products.filter(categories__in=category.get_descendants_and_self())
        context["products"] = list(products.distinct().order_by("-date_created")[: value["limit"]])
        return context


class PaymentOptionBlock(blocks.StructBlock):
    name = blocks.CharBlock(max_length=80)
    summary = blocks.TextBlock()
    details = blocks.RichTextBlock(required=False, features=["bold", "italic", "link", "ul"])

    class Meta:
        icon = "doc-full"
        template = "blocks/payment_option.html"
        label = _("Payment option")


class BodyStreamBlock(blocks.StreamBlock):
    hero = HeroBlock()
    heading = blocks.CharBlock(form_classname="title", icon="title", template="blocks/heading.html")
    paragraph = blocks.RichTextBlock(
        features=["h2", "h3", "bold", "italic", "link", "ol", "ul"], template="blocks/paragraph.html"
    )
    image = ImageChooserBlock(template="blocks/image.html")
    call_to_action = CallToActionBlock()
    product_carousel = ProductCarouselBlock()
    payment_option = PaymentOptionBlock()
