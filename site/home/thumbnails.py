"""Product thumbnails looked up in bulk.

sorl-thumbnail finds an existing thumbnail through its key-value store: a cache in front of a database table,
read one key per image. On a cold cache (after a deploy, a cache flush or an eviction) a page of product cards
therefore costs one query per distinct product image. ``prefetch_thumbnails`` reads the entries of every
thumbnail a page is about to show in one query and puts them in sorl's cache, so the template tags that follow
find them there. Thumbnails that do not exist yet are left alone: sorl creates and records them as usual.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field

from sorl.thumbnail import default
from sorl.thumbnail.conf import defaults as sorl_defaults
from sorl.thumbnail.conf import settings as sorl_settings
from sorl.thumbnail.images import ImageFile
from sorl.thumbnail.kvstores.base import add_prefix
from sorl.thumbnail.models import KVStore as KVStoreEntry


@dataclass(frozen=True)
class ThumbnailSpec:
    """A geometry and options, as passed to ``{% oscar_thumbnail source geometry key=value %}``."""

    geometry: str
    options: dict = field(default_factory=dict, hash=False)


# What templates/oscar/catalogue/partials/product.html asks for (the product card of carousels and listings).
PRODUCT_CARD_THUMBNAIL = ThumbnailSpec("320x240", {"crop": "center", "upscale": False})


def thumbnail_name(source, spec: ThumbnailSpec) -> str:
    """The storage name sorl gives the thumbnail of ``source`` (a file, a file name or a URL) for ``spec``.

    The same option defaults as ``ThumbnailBackend.get_thumbnail`` are applied, so the name, and with it the
    key-value key, is the one the template tag will look up (tests/test_editorial_thumbnails.py checks it).
    """
    backend = default.backend
    image = ImageFile(source)
    options = dict(spec.options)
    if sorl_settings.THUMBNAIL_PRESERVE_FORMAT:
        options.setdefault("format", backend._get_format(image))
    for key, value in backend.default_options.items():
        options.setdefault(key, value)
    for key, attribute in backend.extra_options:
        value = getattr(sorl_settings, attribute)
        if value != getattr(sorl_defaults, attribute):
            options.setdefault(key, value)
    return backend._get_thumbnail_filename(image, spec.geometry, options)


def thumbnail_store_key(source, spec: ThumbnailSpec) -> str:
    """The raw key-value key under which sorl records the thumbnail of ``source`` for ``spec``."""
    return add_prefix(ImageFile(thumbnail_name(source, spec), default.storage).key)


def prefetch_thumbnails(sources: Iterable, spec: ThumbnailSpec) -> int:
    """Load the key-value entries of these thumbnails into sorl's cache: one cache read, at most one query.

    Returns how many entries were read from the database.
    """
    cache = getattr(default.kvstore, "cache", None)
    if cache is None:  # not the cached-db store: nothing to warm
        return 0
    keys = {thumbnail_store_key(source, spec) for source in sources if source}
    if not keys:
        return 0
    missing = keys - set(cache.get_many(list(keys)))
    if not missing:
        return 0
    found = dict(KVStoreEntry.objects.filter(key__in=missing).values_list("key", "value"))
    if found:
        cache.set_many(found, sorl_settings.THUMBNAIL_CACHE_TIMEOUT)
    return len(found)


def product_image_source(product):
    """What the product card makes a thumbnail of: the primary image's file, or Oscar's "no image" file."""
    image = product.primary_image()
    return image["original"] if isinstance(image, dict) else image.original


def prefetch_product_card_thumbnails(products: Iterable) -> int:
    return prefetch_thumbnails((product_image_source(product) for product in products), PRODUCT_CARD_THUMBNAIL)
