"""Reads for autocomplete: products (engine with typo tolerance, or database), categories, vendors, pages."""

import difflib
import logging

from django.db.models import Q
from oscar.core.loading import get_model
from wagtail.models import Page

from search import opensearch
from search.services import public_products, search_terms

logger = logging.getLogger(__name__)

Category = get_model("catalogue", "Category")
Partner = get_model("partner", "Partner")
Product = get_model("catalogue", "Product")

LIMIT = 5


def _fuzzy_names(queryset, field: str, text: str) -> list:
    """Objects whose name contains the text, else the closest names (typos)."""
    found = list(queryset.filter(**{f"{field}__icontains": text})[:LIMIT])
    if found:
        return found
    names = dict(queryset.values_list(field, "pk")[:5000])
    lowered = {name.lower(): name for name in names}
    close = difflib.get_close_matches(text.lower(), list(lowered), n=LIMIT, cutoff=0.7)
    return list(queryset.filter(pk__in=[names[lowered[name]] for name in close]))


def product_suggestions(text: str) -> list[dict]:
    if opensearch.enabled():
        try:
            hits = opensearch.autocomplete(text, limit=LIMIT)
            urls = {p.pk: p.get_absolute_url() for p in Product.objects.filter(pk__in=[h["id"] for h in hits])}
            return [{"title": h["title"], "url": urls[h["id"]]} for h in hits if h["id"] in urls]
        except Exception:
            logger.warning("Search engine failed on autocomplete for %r; using the database", text)
    products = public_products().filter(title__icontains=text).order_by("-date_created")[:LIMIT]
    products = list(products) or _fuzzy_words(text)
    return [{"title": product.title, "url": product.get_absolute_url()} for product in products]


def _fuzzy_words(text: str) -> list:
    from search.services import did_you_mean

    corrected = did_you_mean(text)
    if not corrected:
        return []
    condition = Q()
    for word in corrected.split():
        condition &= Q(title__icontains=word)
    return list(public_products().filter(condition).order_by("-date_created")[:LIMIT])


def suggestions(query: str) -> dict:
    text = search_terms(query)[:100]
    if len(text) < 2:
        return {"query": text, "products": [], "categories": [], "vendors": [], "pages": []}
    categories = _fuzzy_names(Category.objects.filter(is_public=True), "name", text)
    vendors = _fuzzy_names(Partner.objects.all(), "name", text)
    pages = Page.objects.live().public().filter(depth__gt=2, title__icontains=text).specific()[:LIMIT]
    return {
        "query": text,
        "products": product_suggestions(text),
        "categories": [{"title": c.name, "url": c.get_absolute_url()} for c in categories],
        "vendors": [{"title": v.name, "url": _vendor_url(v)} for v in vendors],
        "pages": [{"title": p.title, "url": p.url} for p in pages],
    }


def _vendor_url(partner) -> str:
    from django.urls import reverse

    return reverse("search:search") + f"?vendor={partner.pk}"


def editorial_pages(query: str, *, limit: int = 4) -> list:
    """Wagtail pages (guides, webinars, blog posts) matching a site search, beside the products."""
    from wagtail.search.backends import get_search_backend

    from search.services import DATABASE_BACKEND

    text = search_terms(query)
    if not text:
        return []
    pages = Page.objects.live().public().filter(depth__gt=2)
    try:
        return list(get_search_backend().search(text, pages, operator="and")[:limit])
    except Exception:
        logger.warning("Search engine failed on pages for %r; using the database", text)
        return list(get_search_backend(DATABASE_BACKEND).search(text, pages, operator="and")[:limit])
