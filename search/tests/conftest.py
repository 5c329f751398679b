import os
import uuid

import pytest
from oscar.core.loading import get_model

Category = get_model("catalogue", "Category")


@pytest.fixture
def catalogue(db, product_factory, vendor_a, vendor_b):
    """A small catalogue: two root categories, a child, two vendors, prices across buckets, ratings."""
    home = Category.add_root(name="Home")
    bedding = home.add_child(name="Bedding")
    tech = Category.add_root(name="Tech")
    partner_a, partner_b = vendor_a[0], vendor_b[0]
    rows = [
        ("Soft Duvet Cover in Percale Cotton", bedding, partner_a, "45.00", 3, 4.5),
        ("Classic Duvet Cover in Washed Linen", bedding, partner_b, "129.00", 0, 3.0),
        ("Plush Bath Towel in Egyptian Cotton", home, partner_a, "15.00", 8, None),
        ("Wireless Router with Wi-Fi 6", tech, partner_b, "2500.00", 2, 4.0),
        ("Compact USB-C Charger", tech, partner_a, "9.99", 50, 2.0),
    ]
    products = {}
    for title, category, partner, price, stock, rating in rows:
        product = product_factory(title=title, partner=partner, price=price, stock=stock)
        product.categories.add(category)
        if rating is not None:
            type(product).objects.filter(pk=product.pk).update(rating=rating)
        products[title] = product
    return {"home": home, "bedding": bedding, "tech": tech, "a": partner_a, "b": partner_b, "products": products}


def engine_url() -> str:
    return os.environ.get("SEARCH_ENGINE_TEST_URL", "")


@pytest.fixture
def engine(settings):
    """Our adapter pointed at the live engine with a throw-away index prefix."""
    url = engine_url()
    if not url:
        if os.environ.get("SEARCH_ENGINE_REQUIRED") == "1":  # CI: the engine suite must run
            pytest.fail("SEARCH_ENGINE_REQUIRED=1 but SEARCH_ENGINE_TEST_URL is not set")
        pytest.skip("no search engine configured (SEARCH_ENGINE_TEST_URL)")
    from search import opensearch

    settings.SEARCH_ENGINE_URL = url
    settings.SEARCH_INDEX_PREFIX = f"test_{uuid.uuid4().hex[:10]}"
    yield opensearch
    opensearch.client().indices.delete(index=f"{settings.SEARCH_INDEX_PREFIX}_*", ignore_unavailable=True)


@pytest.fixture(autouse=True)
def _fresh_vocabulary():
    """The "did you mean" vocabulary is cached: an earlier test's catalogue must not leak into these."""
    from django.core.cache import cache

    from search.services import VOCABULARY_CACHE_KEY

    cache.delete(VOCABULARY_CACHE_KEY)


REVIEW_WORDS = ["sturdy zipper", "soft cotton", "zipper broke", "lovely colour", "cotton faded"]


@pytest.fixture
def reviewed_catalogue(db, product_factory, vendor_a, vendor_b, django_user_model):
    """Two products (vendor A's teapot, vendor B's lamp) with 30 and 12 reviews of every kind:
    scores 1 to 5, verified or not, with media or not, published/pending/rejected, votes, text words."""
    from datetime import timedelta

    from django.utils import timezone

    from reviews.models import ModerationStatus, ProductReview

    teapot = product_factory(title="Stoneware Teapot", partner=vendor_a[0])
    lamp = product_factory(title="Brass Desk Lamp", partner=vendor_b[0])
    users = django_user_model.objects.bulk_create(
        [django_user_model(email=f"reviewer{index}@example.com", first_name=f"Reader{index}") for index in range(42)]
    )
    statuses = [ModerationStatus.PUBLISHED] * 4 + [ModerationStatus.PENDING, ModerationStatus.REJECTED]
    now = timezone.now()
    reviews = []
    for index, user in enumerate(users):
        product, partner = (teapot, vendor_a[0]) if index < 30 else (lamp, vendor_b[0])
        reviews.append(
            ProductReview(
                product=product,
                user=user,
                partner=partner,
                score=1 + (index * 7) % 5,
                title=f"Review {index} {REVIEW_WORDS[index % 5].split()[0]}",
                body=f"It has a {REVIEW_WORDS[index % 5]} and more to say, number {index}.",
                status=statuses[index % len(statuses)],
                is_verified_purchase=index % 3 != 0,
                has_media=index % 4 == 0,
                total_votes=index % 6,
                delta_votes=(index % 6) - 2,
            )
        )
    ProductReview.objects.bulk_create(reviews)
    # Distinct creation dates, some equal (ties are broken by id on both backends).
    for offset, review in enumerate(ProductReview.objects.order_by("pk")):
        ProductReview.objects.filter(pk=review.pk).update(date_created=now - timedelta(hours=offset // 2))
    return {"teapot": teapot, "lamp": lamp, "a": vendor_a, "b": vendor_b}
