"""Product card thumbnails: their key-value entries are read in bulk, and stay correct when none exists yet."""

from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache
from oscar.core.thumbnails import get_thumbnailer
from sorl.thumbnail import default

from home.thumbnails import (
    PRODUCT_CARD_THUMBNAIL,
    prefetch_product_card_thumbnails,
    product_image_source,
    thumbnail_name,
    thumbnail_store_key,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("empty_cache")]


def card_thumbnail(product):
    """The thumbnail the product card template makes (same tag arguments, through Oscar's thumbnailer)."""
    spec = PRODUCT_CARD_THUMBNAIL
    return get_thumbnailer().generate_thumbnail(product_image_source(product), size=spec.geometry, **spec.options)


def test_the_computed_name_is_the_one_sorl_gives(products_with_images, available_product):
    for product in [*products_with_images(2), available_product]:  # with an image, and with Oscar's "no image"
        assert card_thumbnail(product).name == thumbnail_name(product_image_source(product), PRODUCT_CARD_THUMBNAIL)


def test_the_product_card_template_asks_for_the_prefetched_thumbnail(client, home_page, products_with_images):
    (product,) = products_with_images(1)
    home_page.body = [{"type": "product_carousel", "value": {"title": "New", "products": [product.pk], "limit": 8}}]
    home_page.save_revision().publish()
    html = client.get(home_page.url).content.decode()
    assert f'src="{settings.MEDIA_URL}{thumbnail_name(product_image_source(product), PRODUCT_CARD_THUMBNAIL)}"' in html


def test_prefetch_reads_every_entry_in_one_query(products_with_images, django_assert_num_queries):
    made = products_with_images(6)
    products = list(type(made[0]).objects.filter(pk__in=[p.pk for p in made]).prefetch_related("images"))
    for product in products:
        card_thumbnail(product)  # created and recorded once
    cache.clear()
    with django_assert_num_queries(1):
        assert prefetch_product_card_thumbnails(products) == 6
    with django_assert_num_queries(0):
        thumbnails = [card_thumbnail(product) for product in products]
        assert prefetch_product_card_thumbnails(products) == 0  # all in the cache now: not even one query
    assert all(Path(settings.MEDIA_ROOT, thumbnail.name).is_file() for thumbnail in thumbnails)
    assert {tuple(thumbnail.size) for thumbnail in thumbnails} == {(320, 240)}


def test_a_thumbnail_not_made_yet_is_made_on_render(client, home_page, products_with_images):
    (product,) = products_with_images(1)
    key = thumbnail_store_key(product_image_source(product), PRODUCT_CARD_THUMBNAIL)
    assert prefetch_product_card_thumbnails([product]) == 0
    assert default.kvstore.cache.get(key) is None  # nothing cached as "missing" by the prefetch
    home_page.body = [{"type": "product_carousel", "value": {"title": "New", "products": [product.pk], "limit": 8}}]
    home_page.save_revision().publish()
    assert client.get(home_page.url).status_code == 200
    name = thumbnail_name(product_image_source(product), PRODUCT_CARD_THUMBNAIL)
    assert Path(settings.MEDIA_ROOT, name).is_file()
    assert default.kvstore.get(card_thumbnail(product)).name == name
