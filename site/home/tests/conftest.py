"""Fixtures of the editorial site: images, payment options, people, webinars and a body with every block."""

import json
from datetime import timedelta
from decimal import Decimal
from io import BytesIO

import pytest
from django.core.files.images import ImageFile
from django.utils import timezone
from PIL import Image as PillowImage

JSON_LD = "application/ld+json"


def json_ld_documents(html: str) -> list[dict]:
    """Every JSON-LD document of a page, parsed (fails the test when one is not valid JSON)."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    return [json.loads(script.string) for script in soup.find_all("script", type=JSON_LD)]


@pytest.fixture
def empty_cache():
    """No fragment, rendition or thumbnail entry cached before or after the test."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def image(db):
    from wagtail.images import get_image_model

    buffer = BytesIO()
    PillowImage.new("RGB", (1600, 900), (11, 93, 75)).save(buffer, format="PNG")
    return get_image_model().objects.create(title="Green", file=ImageFile(buffer, name="green.png"))


@pytest.fixture
def payment_options(db):
    from home.models import PaymentOption

    three = PaymentOption.objects.create(
        name="Pay in 3",
        provider="Comptoir Pay",
        kind="instalments",
        description="Three monthly payments.",
        min_amount=Decimal("50"),
        max_amount=Decimal("2000"),
        instalment_count=3,
        fee_percent=Decimal("1.50"),
        apr=Decimal("19.27"),
        legal_mentions="Offer subject to acceptance. APR 19.27 %.",
        sort_order=1,
    )
    later = PaymentOption.objects.create(
        name="Pay in 30 days",
        provider="Comptoir Pay",
        kind="deferred",
        description="Nothing to pay today.",
        min_amount=Decimal("20"),
        max_amount=Decimal("1000"),
        instalment_count=1,
        deferral_days=30,
        legal_mentions="Free of charge.",
        sort_order=2,
    )
    return three, later


@pytest.fixture
def person(db):
    from home.models import Person

    return Person.objects.create(name="Claire Martin", role="Head of payments", company="Comptoir")


@pytest.fixture
def available_product(product_factory):
    return product_factory(title="Linen apron", price="39.00", stock=5)


@pytest.fixture
def category(db, available_product):
    from oscar.core.loading import get_model

    Category = get_model("catalogue", "Category")
    category = Category.add_root(name="Kitchen", slug="kitchen", is_public=True)
    available_product.categories.add(category)
    return category


def every_block_body(*, product, category, options, image) -> list[dict]:
    answer = "<p>Yes, <b>free of charge</b> for 30 days.</p>"
    return [
        {
            "type": "hero",
            "value": {
                "title": "Pay your way",
                "subtitle": "Split it",
                "image": image.pk,
                "button_text": "Shop",
                "button_url": "https://example.com/shop/",
            },
        },
        {"type": "heading", "value": "How it works"},
        {"type": "paragraph", "value": "<p>Choose at checkout.</p>"},
        {"type": "image", "value": image.pk},
        {"type": "gallery", "value": {"title": "Workshop", "images": [{"image": image.pk, "caption": "Bench"}]}},
        {"type": "video", "value": {"url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "caption": "Demo"}},
        {
            "type": "call_to_action",
            "value": {
                "title": "Ready?",
                "text": "Go",
                "button_text": "Shop now",
                "button_url": "https://example.com/shop/",
            },
        },
        {"type": "product_carousel", "value": {"title": "Chosen", "products": [product.pk], "limit": 8}},
        {"type": "product_carousel", "value": {"title": "By category", "category": category.pk, "limit": 8}},
        {"type": "category_grid", "value": {"title": "Browse", "categories": [], "limit": 8}},
        {"type": "payment_option", "value": {"name": "B2B terms", "summary": "Pay at 30 days", "details": ""}},
        {"type": "payment_options", "value": {"title": "Ways to pay", "introduction": "", "options": []}},
        {
            "type": "instalment_calculator",
            "value": {"title": "Simulate", "default_price": "300.00", "options": [options[0].pk]},
        },
        {
            "type": "review_highlights",
            "value": {"title": "Shoppers say", "min_score": 4, "verified_only": True, "limit": 3},
        },
        {"type": "faq", "value": {"title": "Questions", "items": [{"question": "Is it free?", "answer": answer}]}},
        {"type": "testimonial", "value": {"quote": "So easy.", "author": "Léa", "role": "Shopper", "image": None}},
        {"type": "newsletter_signup", "value": {"title": "News", "text": "Monthly", "button_text": "Subscribe"}},
    ]


@pytest.fixture
def full_body(available_product, category, payment_options, image):
    return every_block_body(product=available_product, category=category, options=payment_options, image=image)


@pytest.fixture
def webinar_index(home_page):
    from home.models import WebinarIndexPage

    return home_page.add_child(instance=WebinarIndexPage(title="Webinars", slug="webinars"))


@pytest.fixture
def make_webinar(webinar_index, person):
    from home.models import WebinarPage

    def make(*, title="Paying in instalments", starts_in=timedelta(days=3), capacity=2, replay_url=""):
        webinar = webinar_index.add_child(
            instance=WebinarPage(
                title=title,
                slug=title.lower().replace(" ", "-"),
                introduction="How instalments work for shoppers.",
                starts_at=timezone.now() + starts_in,
                time_zone="Europe/Paris",
                duration_minutes=45,
                capacity=capacity,
                join_url="https://meet.example.com/comptoir",
                replay_url=replay_url,
            )
        )
        webinar.speakers.add(person)
        webinar.save_revision().publish()
        return webinar

    return make


@pytest.fixture
def webinar(make_webinar):
    return make_webinar()


def product_image_file(n: int) -> ImageFile:
    buffer = BytesIO()
    PillowImage.new("RGB", (400, 300), (n * 20 % 256, 90, 140)).save(buffer, format="JPEG")
    return ImageFile(buffer, name=f"product-{n}.jpg")


@pytest.fixture
def products_with_images(product_factory):
    """``make(count)``: that many products in stock, each with its own image."""
    from oscar.core.loading import get_model

    ProductImage = get_model("catalogue", "ProductImage")

    def make(count: int) -> list:
        products = []
        for n in range(count):
            product = product_factory(title=f"Pictured product {n}", stock=3)
            ProductImage.objects.create(product=product, original=product_image_file(n), display_order=0)
            products.append(product)
        return products

    return make
