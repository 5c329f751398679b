"""The demo's Wagtail pages: a home page as the site root, a payment options landing page and a
payment guide, in English with French translations.

A page is only written when it does not exist yet (found by its slug under
its parent, or as the translation of its English page), so running the demo
again never duplicates a page nor overwrites an editor's changes.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale, Page, Site

from home.demo.loader import editorial_demo_ensure
from home.models import GuidePage, HomePage, LandingPage
from shop.demo.page_content import (
    ENGLISH,
    FRENCH,
    HOME_SLUG,
    PAYMENT_GUIDE_SLUGS,
    PAYMENT_OPTIONS_SLUGS,
    Carousel,
    Links,
    PageContent,
    home_page,
    payment_guide_page,
    payment_options_page,
)

SITE_NAME = "Comptoir"


@dataclass(frozen=True)
class DemoPages:
    """The three demo pages of one language."""

    home: HomePage
    payment_options: LandingPage
    payment_guide: GuidePage


def pages_ensure(*, carousels: list[Carousel]) -> list[str]:
    """Create and publish the demo pages missing in English and French; returns "<language>:<slug>"
    of each page created."""
    created: list[str] = []
    with transaction.atomic():
        english = Locale.get_default()
        french, _ = Locale.objects.get_or_create(language_code=FRENCH)

        home, home_is_new = _home_ensure(locale=english)
        options, options_is_new = _child_ensure(home=home, page_class=LandingPage, slug=PAYMENT_OPTIONS_SLUGS[ENGLISH])
        guide, guide_is_new = _child_ensure(home=home, page_class=GuidePage, slug=PAYMENT_GUIDE_SLUGS[ENGLISH])
        english_pages = DemoPages(home=home, payment_options=options, payment_guide=guide)
        new = {"home": home_is_new, "payment_options": options_is_new, "payment_guide": guide_is_new}
        created += _publish_new(english_pages, new=new, language=ENGLISH, carousels=carousels)

        # Parents first: the French home must exist before its children are copied under it.
        french_home, home_is_new = _translation_ensure(page=home, locale=french, slug=None)
        french_options, options_is_new = _translation_ensure(
            page=options, locale=french, slug=PAYMENT_OPTIONS_SLUGS[FRENCH]
        )
        french_guide, guide_is_new = _translation_ensure(page=guide, locale=french, slug=PAYMENT_GUIDE_SLUGS[FRENCH])
        # Wagtail caches the site's root paths per language; the French home adds one.
        Site.clear_site_root_paths_cache()
        french_pages = DemoPages(home=french_home, payment_options=french_options, payment_guide=french_guide)
        new = {"home": home_is_new, "payment_options": options_is_new, "payment_guide": guide_is_new}
        created += _publish_new(french_pages, new=new, language=FRENCH, carousels=carousels)
        # Landing page per payment option, guides, webinars, blog, FAQ (the editorial app's demo content).
        created += editorial_demo_ensure()
    return created


def _home_ensure(*, locale: Locale) -> tuple[HomePage, bool]:
    """The home page as the default site's root, replacing the "Welcome" page Wagtail's migrations create."""
    root = Page.get_first_root_node()
    site = Site.objects.filter(is_default_site=True).first()
    home = HomePage.objects.filter(depth=2, locale=locale).first()
    is_new = home is None
    if is_new:
        if site is not None:
            # A site is deleted with its root page: point it at the tree root before deleting the welcome page.
            site.root_page = root
            site.save()
        for welcome in Page.objects.child_of(root).exact_type(Page):
            welcome.delete()
        home = HomePage(title=SITE_NAME, slug=HOME_SLUG, locale=locale)
        root.add_child(instance=home)
    if site is None:
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name=SITE_NAME)
    elif site.root_page_id != home.pk or not site.site_name:
        site.root_page = home
        site.site_name = site.site_name or SITE_NAME
        site.save()
    return home, is_new


def _child_ensure(*, home: HomePage, page_class: type[Page], slug: str) -> tuple[Page, bool]:
    page = page_class.objects.child_of(home).filter(slug=slug).first()
    if page is not None:
        return page, False
    page = page_class(title=slug, slug=slug, show_in_menus=True)  # the real title comes with the content
    home.add_child(instance=page)
    return page, True


def _translation_ensure(*, page: Page, locale: Locale, slug: str | None) -> tuple[Page, bool]:
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific, False
    copy = page.copy_for_translation(locale, copy_parents=True).specific
    if slug is not None:
        copy.slug = slug
        copy.save()
    return copy, True


def _publish_new(pages: DemoPages, *, new: dict[str, bool], language: str, carousels: list[Carousel]) -> list[str]:
    """Write the content of the pages just created and publish them (existing pages are left alone)."""
    if not any(new.values()):
        return []
    links = _links(pages, language=language)
    contents = {
        "home": lambda: home_page(language=language, links=links, carousels=carousels),
        "payment_options": lambda: payment_options_page(language=language, links=links),
        "payment_guide": lambda: payment_guide_page(language=language, links=links),
    }
    published = []
    for name, is_new in new.items():
        if is_new:
            page = getattr(pages, name)
            _publish(page, contents[name]())
            published.append(f"{language}:{page.slug}")
    return published


def _publish(page: Page, content: PageContent) -> None:
    # The instance may predate children added since (translations are copied parent first): publishing
    # a stale copy would write back its old child count and hide those children from the tree.
    page.refresh_from_db()
    page.title = content.title
    page.introduction = content.introduction
    page.body = content.body
    page.save_revision().publish()


def _links(pages: DemoPages, *, language: str) -> Links:
    with translation.override(language):
        shop_url = reverse("catalogue:index")
    return Links(
        shop=_absolute(shop_url),
        payment_options=_absolute(pages.payment_options.get_url()),
        payment_guide=_absolute(pages.payment_guide.get_url()),
    )


def _absolute(url: str) -> str:
    """The URL blocks of the page body only accept absolute URLs; the site's address is SITE_URL."""
    return url if url.startswith("http") else settings.WAGTAILADMIN_BASE_URL.rstrip("/") + url


def demo_pages_delete() -> int:
    """Delete the home pages of every language with all the pages below them; returns how many homes.

    Sites whose root is one of them are pointed at the tree root first: a site is deleted with its root page.
    """
    root = Page.get_first_root_node()
    Site.objects.filter(root_page__in=HomePage.objects.values("pk")).update(root_page=root)
    homes = list(HomePage.objects.filter(depth=2))
    for home in homes:
        home.delete()
    Site.clear_site_root_paths_cache()
    return len(homes)
