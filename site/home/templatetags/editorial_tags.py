"""Rendering helpers of the editorial templates: cached block bodies, structured data, SEO tags."""

from django import template
from django.core.cache import cache
from django.db.models import Q
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from home.blocks import UNCACHED_BLOCK_TYPES
from home.selectors import BODY_DATA_KEY, body_data, page_images
from home.structured_data import breadcrumb_data, json_ld, product_data
from home.video import embed_url

register = template.Library()

BLOCK_CACHE_SECONDS = 300  # live commerce (stock, prices, reviews) is at most this stale


def block_cache_key(page, block) -> str:
    # last_published_at changes on every publish: a new version never serves the old fragments.
    published = page.last_published_at.timestamp() if page.last_published_at else 0
    return f"editorial-block:{page.pk}:{published}:{get_language()}:{block.id}"


@register.simple_tag(takes_context=True)
def render_body(context, page, wrap_in_container: bool = False):
    """Render the page's blocks, each cached until the page is published again (never in previews)."""
    request = context.get("request")
    previewing = getattr(request, "is_preview", False)
    flat_context = context.flatten()
    with page_images(page.body):
        return _render_blocks(page, flat_context, previewing, wrap_in_container)


def _render_blocks(page, flat_context, previewing: bool, wrap_in_container: bool):
    keys = {
        block.id: block_cache_key(page, block)
        for block in page.body
        if block.block_type not in UNCACHED_BLOCK_TYPES and not previewing
    }
    cached = cache.get_many(list(keys.values())) if keys else {}
    # What the blocks to render need is read in bulk, once, before any of them renders.
    to_render = [block for block in page.body if cached.get(keys.get(block.id)) is None]
    flat_context[BODY_DATA_KEY] = body_data((block.block_type, block.value) for block in to_render)
    fresh, parts = {}, []
    for block in page.body:
        key = keys.get(block.id)
        html = cached.get(key) if key else None
        if html is None:
            html = block.render(context=flat_context)
            if key:
                fresh[key] = html
        if wrap_in_container and block.block_type != "hero":
            html = f'<div class="container">{html}</div>'
        parts.append(html)
    if fresh:
        cache.set_many(fresh, BLOCK_CACHE_SECONDS)
    return mark_safe("".join(parts))  # noqa: S308 - block templates escape their own content


@register.simple_tag(takes_context=True)
def page_structured_data(context, page):
    request = context.get("request")
    documents = [breadcrumb_data(page, request)]
    documents += page.specific.structured_data(request) if hasattr(page.specific, "structured_data") else []
    return mark_safe("".join(json_ld(document) for document in documents))  # noqa: S308


@register.simple_tag(takes_context=True)
def product_structured_data(context, product, purchase_info=None):
    return json_ld(product_data(product, context.get("request"), purchase_info))


@register.simple_tag(takes_context=True)
def translation_links(context, page):
    """<link rel="alternate" hreflang> for every live translation of the page."""
    request = context.get("request")
    # The page itself (even a draft in preview) and its live translations, with their locales, in one query.
    found = list(page.get_translations(inclusive=True).filter(Q(live=True) | Q(pk=page.pk)).select_related("locale"))
    locales = {translated.pk: translated.locale for translated in found}
    pages = [page, *(translated for translated in found if translated.pk != page.pk)]
    return format_html_join(
        "\n",
        '<link rel="alternate" hreflang="{}" href="{}">',
        (
            (
                (locales.get(translated.pk) or translated.locale).language_code,
                translated.get_full_url(request),
            )
            for translated in pages
        ),
    )


@register.filter
def jsonld(data):
    return json_ld(data)


@register.simple_tag
def video_embed_url(url):
    return embed_url(url)
