from django.conf import settings
from django.core.cache import cache
from django.utils import translation
from django.utils.functional import SimpleLazyObject
from oscar.core.loading import get_model

NAVIGATION_CACHE_SECONDS = 300


def _navigation() -> dict:
    """Top categories and menu pages for the header and footer, cached per language."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    key = f"site-navigation:{language}"
    navigation = cache.get(key)
    if navigation is None:
        from wagtail.models import Locale, Page

        Category = get_model("catalogue", "Category")
        categories = Category.objects.filter(depth=1, is_public=True).order_by("-numchild", "name")[:6]
        pages = Page.objects.live().in_menu().filter(depth=3, locale=Locale.get_active()).order_by("path")
        navigation = {
            "categories": [{"name": c.localized_name, "get_absolute_url": c.get_absolute_url()} for c in categories],
            "pages": [{"title": p.title, "url": p.get_url()} for p in pages.specific()[:6]],
        }
        cache.set(key, navigation, NAVIGATION_CACHE_SECONDS)
    return navigation


def site_chrome(request):
    """What the shared header and footer need on every page, shop and editorial alike."""
    navigation = SimpleLazyObject(_navigation)
    return {
        "site_name": settings.OSCAR_SHOP_NAME,
        "available_languages": settings.LANGUAGES,
        "search_backend": settings.SEARCH_BACKEND,
        "header_categories": SimpleLazyObject(lambda: navigation["categories"]),
        "header_pages": SimpleLazyObject(lambda: navigation["pages"]),
    }
