"""StreamField blocks of the editorial pages; each has one template under templates/blocks/.

Commerce blocks (products, categories, reviews, payment options) resolve their content live at
render time and drop anything deleted, unpublished or out of stock rather than failing.
"""

from copy import copy
from decimal import Decimal, InvalidOperation

from django.utils.html import strip_tags
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock
from wagtail.rich_text import expand_db_html
from wagtail.snippets.blocks import SnippetChooserBlock

from home.choosers import CategoryChooserBlock, ProductChooserBlock
from home.structured_data import json_ld
from home.video import embed_url

MAX_CALCULATOR_PRICE = Decimal("100000")


class PageReadChooserMixin:
    """A chooser that takes its instances from the body's single bulk read (home.selectors.page_images) when
    rendering a page, instead of one query per block type. Migrations see the Wagtail block it extends."""

    migration_path: str

    def known_instances(self) -> dict | None:
        raise NotImplementedError

    def bulk_to_python(self, values):
        values = list(values)
        known = self.known_instances()
        if known is None or any(value not in known for value in values if value is not None):
            return super().bulk_to_python(values)
        return [copy(known[value]) if value is not None else None for value in values]

    def deconstruct(self):
        _path, args, kwargs = super().deconstruct()
        return self.migration_path, args, kwargs


class PageImageChooserBlock(PageReadChooserMixin, ImageChooserBlock):
    migration_path = "wagtail.images.blocks.ImageChooserBlock"

    def known_instances(self):
        from home.selectors import bulk_images

        return bulk_images.get()


class PaymentOptionChooserBlock(PageReadChooserMixin, SnippetChooserBlock):
    migration_path = "wagtail.snippets.blocks.SnippetChooserBlock"

    def known_instances(self):
        from home.selectors import bulk_payment_options

        return bulk_payment_options.get()


class HeroBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120)
    subtitle = blocks.TextBlock(required=False, max_length=300)
    image = PageImageChooserBlock(required=False)
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


class GalleryImageBlock(blocks.StructBlock):
    image = PageImageChooserBlock()
    caption = blocks.CharBlock(required=False, max_length=200)


class GalleryBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, max_length=120)
    images = blocks.ListBlock(GalleryImageBlock(), min_num=1)

    class Meta:
        icon = "image"
        template = "blocks/gallery.html"
        label = _("Gallery")


class VideoBlock(blocks.StructBlock):
    url = blocks.URLBlock(help_text=_("A YouTube or Vimeo link."))
    caption = blocks.CharBlock(required=False, max_length=200)

    class Meta:
        icon = "media"
        template = "blocks/video.html"
        label = _("Video")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["embed_url"] = embed_url(value["url"])
        return context


def prefetched(parent_context, block_type: str, value):
    """What the page resolved in bulk for its blocks (home.selectors.body_data), or this block's own data."""
    from home.selectors import BODY_DATA_KEY, body_data

    data = (parent_context or {}).get(BODY_DATA_KEY)
    return data if data is not None else body_data([(block_type, value)])


def available_products():
    """Public products with stock, with what a product card needs prefetched."""
    from search.services import browsable_products

    return browsable_products().filter(stockrecords__num_in_stock__gt=0).distinct()


class ProductCarouselBlock(blocks.StructBlock):
    """Chosen products, or those of a category / search / vendor, resolved live: only what can be bought now."""

    title = blocks.CharBlock(max_length=120)
    products = blocks.ListBlock(ProductChooserBlock(), default=[], required=False, label=_("chosen products"))
    category = CategoryChooserBlock(required=False)
    category_slug = blocks.CharBlock(
        required=False, help_text=_("Or show products of this category (slug); newest first.")
    )
    search_query = blocks.CharBlock(required=False, help_text=_("Or products matching these words."))
    vendor_code = blocks.CharBlock(required=False, help_text=_("Only products sold by this vendor (partner code)."))
    limit = blocks.IntegerBlock(default=8, min_value=1, max_value=24)

    class Meta:
        icon = "list-ul"
        template = "blocks/product_carousel.html"
        label = _("Product carousel")

    def get_context(self, value, parent_context=None):
        from home.selectors import CarouselSpec

        context = super().get_context(value, parent_context=parent_context)
        spec = CarouselSpec.of(value)
        products = prefetched(parent_context, "product_carousel", value).products
        context["products"] = products[spec] if spec in products else self.resolve(value)
        return context

    @staticmethod
    def resolve(value) -> list:
        from home.selectors import CarouselSpec, carousel_products

        spec = CarouselSpec.of(value)
        return carousel_products([spec])[spec]


class CategoryGridBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120)
    categories = blocks.ListBlock(
        CategoryChooserBlock(), default=[], required=False, help_text=_("Empty: the top-level categories.")
    )
    limit = blocks.IntegerBlock(default=8, min_value=1, max_value=24)

    class Meta:
        icon = "folder-open-inverse"
        template = "blocks/category_grid.html"
        label = _("Category grid")

    def get_context(self, value, parent_context=None):
        from home.selectors import top_level_categories

        context = super().get_context(value, parent_context=parent_context)
        chosen = [category for category in value.get("categories") or [] if category is not None]
        if not chosen:
            data = prefetched(parent_context, "category_grid", value)
            enough = data.top_categories_limit >= value["limit"]
            chosen = data.top_categories if enough else top_level_categories(value["limit"])
        context["categories"] = [category for category in chosen if category.is_public][: value["limit"]]
        return context


def _locale_payment_options(request) -> list:
    """All payment options of the active language, read once per request whatever the number of blocks."""
    from wagtail.coreutils import get_supported_content_language_variant

    from home.models import PaymentOption
    from home.selectors import bulk_payment_options

    language = get_language()
    memo = request.__dict__.setdefault("_editorial_payment_options", {}) if request is not None else {}
    if language not in memo:
        language_code = get_supported_content_language_variant(language)
        known = bulk_payment_options.get()
        if known is not None:
            ordering = [field.lstrip("-") for field in PaymentOption._meta.ordering]
            memo[language] = sorted(
                (option for option in known.values() if option.locale.language_code == language_code),
                key=lambda option: tuple(getattr(option, field) for field in ordering),
            )
        else:
            memo[language] = list(
                PaymentOption.objects.filter(locale__language_code=language_code).select_related("landing_page")
            )
    return memo[language]


def payment_options(chosen, request=None) -> list:
    """The chosen payment options (or all of them) in the active language."""
    options = _locale_payment_options(request)
    chosen = [option for option in chosen or [] if option is not None]
    if not chosen:
        return options
    by_key = {option.translation_key: option for option in options}
    # An option not yet translated is shown in its original language rather than dropped.
    return [by_key.get(option.translation_key, option) for option in chosen]


class PaymentOptionsBlock(blocks.StructBlock):
    """Explains how to pay, from the PaymentOption snippets."""

    title = blocks.CharBlock(max_length=120)
    introduction = blocks.TextBlock(required=False)
    options = blocks.ListBlock(
        PaymentOptionChooserBlock("home.PaymentOption"),
        default=[],
        required=False,
        help_text=_("Empty: all of them."),
    )

    class Meta:
        icon = "doc-full"
        template = "blocks/payment_options.html"
        label = _("Payment options explainer")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["options"] = payment_options(value.get("options"), (parent_context or {}).get("request"))
        return context


class InstalmentCalculatorBlock(blocks.StructBlock):
    """Price → what each instalment option costs per month. A GET form without JS, live with JS."""

    title = blocks.CharBlock(max_length=120)
    default_price = blocks.DecimalBlock(min_value=1, max_value=MAX_CALCULATOR_PRICE, decimal_places=2, default=300)
    options = blocks.ListBlock(
        PaymentOptionChooserBlock("home.PaymentOption"),
        default=[],
        required=False,
        help_text=_("Empty: every option paid in several instalments."),
    )

    class Meta:
        icon = "table"
        template = "blocks/instalment_calculator.html"
        label = _("Instalment calculator")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        request = (parent_context or {}).get("request")
        price = Decimal(value["default_price"])
        if request is not None and request.GET.get("price"):
            try:
                asked = Decimal(request.GET["price"].replace(",", ".")).quantize(Decimal("0.01"))
            except InvalidOperation:
                asked = None
            if asked is not None and 0 < asked <= MAX_CALCULATOR_PRICE:
                price = asked
        options = [option for option in payment_options(value.get("options"), request) if option.instalment_count > 1]
        context["price"] = price
        context["rows"] = [(option, option.schedule(price)) for option in options]
        return context


class ReviewHighlightsBlock(blocks.StructBlock):
    """Recent published reviews from shoppers; an empty state when there are none."""

    title = blocks.CharBlock(max_length=120)
    min_score = blocks.IntegerBlock(default=4, min_value=1, max_value=5)
    verified_only = blocks.BooleanBlock(default=True, required=False, label=_("Verified purchases only"))
    limit = blocks.IntegerBlock(default=3, min_value=1, max_value=12)

    class Meta:
        icon = "pick"
        template = "blocks/review_highlights.html"
        label = _("Review highlights")

    def get_context(self, value, parent_context=None):
        from home.selectors import ReviewSpec, highlighted_reviews

        context = super().get_context(value, parent_context=parent_context)
        spec = ReviewSpec.of(value)
        reviews = prefetched(parent_context, "review_highlights", value).reviews
        context["reviews"] = reviews[spec] if spec in reviews else highlighted_reviews([spec])[spec]
        return context


class FAQItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=250)
    answer = blocks.RichTextBlock(features=["bold", "italic", "link", "ul", "ol"])


class FAQBlock(blocks.StructBlock):
    """Questions and answers, with schema.org FAQPage structured data."""

    title = blocks.CharBlock(required=False, max_length=120)
    items = blocks.ListBlock(FAQItemBlock(), min_num=1)

    class Meta:
        icon = "help"
        template = "blocks/faq.html"
        label = _("FAQ")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["structured_data"] = json_ld(
            {
                "@context": "https://schema.org",
                "@type": "FAQPage",
                "mainEntity": [
                    {
                        "@type": "Question",
                        "name": item["question"],
                        "acceptedAnswer": {
                            "@type": "Answer",
                            "text": strip_tags(expand_db_html(item["answer"].source)).strip(),
                        },
                    }
                    for item in value["items"]
                ],
            }
        )
        return context


class TestimonialBlock(blocks.StructBlock):
    quote = blocks.TextBlock(max_length=600)
    author = blocks.CharBlock(max_length=120)
    role = blocks.CharBlock(required=False, max_length=120)
    image = PageImageChooserBlock(required=False)

    class Meta:
        icon = "openquote"
        template = "blocks/testimonial.html"
        label = _("Testimonial")


class NewsletterSignupBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120)
    text = blocks.TextBlock(required=False)
    button_text = blocks.CharBlock(max_length=40, default=_("Subscribe"))

    class Meta:
        icon = "mail"
        template = "blocks/newsletter_signup.html"
        label = _("Newsletter signup")


class PaymentOptionBlock(blocks.StructBlock):
    """One payment option written inline (the explainer block uses the PaymentOption snippets)."""

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
        features=["h2", "h3", "bold", "italic", "link", "ol", "ul"],
        template="blocks/paragraph.html",
        label=_("Rich text"),
    )
    image = PageImageChooserBlock(template="blocks/image.html")
    gallery = GalleryBlock()
    video = VideoBlock()
    call_to_action = CallToActionBlock()
    product_carousel = ProductCarouselBlock()
    category_grid = CategoryGridBlock()
    payment_option = PaymentOptionBlock()
    payment_options = PaymentOptionsBlock()
    instalment_calculator = InstalmentCalculatorBlock()
    review_highlights = ReviewHighlightsBlock()
    faq = FAQBlock()
    testimonial = TestimonialBlock()
    newsletter_signup = NewsletterSignupBlock()


# Blocks whose HTML depends on the visitor (CSRF token, query string): never served from the fragment cache.
UNCACHED_BLOCK_TYPES = frozenset({"newsletter_signup", "instalment_calculator"})
