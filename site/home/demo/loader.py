"""Create the editorial demo content (English and French) under the demo home pages.

Idempotent like the rest of the demo: snippets are found by a stable translation key, pages by their slug
under their parent (or as the translation of their English page); nothing existing is overwritten.
"""

import uuid
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import Locale, Page

from blog.models import BlogCategory, BlogIndexPage, BlogPage
from home.blocks import available_products
from home.demo import content
from home.demo.content import EN, FR
from home.demo.payment_options import PAYMENT_OPTIONS
from home.models import (
    FAQPage,
    GuideIndexPage,
    GuidePage,
    HomePage,
    LandingPage,
    PaymentOption,
    Person,
    WebinarIndexPage,
    WebinarPage,
)

NAMESPACE = uuid.UUID("6f1c2d1e-3a0b-4c55-9d2e-0c6f5b7a9e11")
PARIS = ZoneInfo("Europe/Paris")


def _key(name: str) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, name)


def _absolute(url: str) -> str:
    return url if url.startswith("http") else settings.WAGTAILADMIN_BASE_URL.rstrip("/") + url


def _block(block_type: str, value) -> dict:
    return {"type": block_type, "value": value}


def _menu_page_fields(texts: dict, language: str) -> dict:
    """Title and introduction of an index page shown in the site's menu."""
    return {"title": texts[language]["title"], "introduction": texts[language]["introduction"], "show_in_menus": True}


def _translatable_ensure(model, *, key: str, locales: dict[str, Locale], fields: dict, per_language: dict) -> dict:
    """One snippet per language sharing a stable translation key; returns {language: instance}."""
    instances = {}
    for language, locale in locales.items():
        instance = model.objects.filter(translation_key=_key(key), locale=locale).first()
        if instance is None:
            instance = model.objects.create(
                translation_key=_key(key), locale=locale, **fields, **per_language.get(language, {})
            )
        instances[language] = instance
    return instances


def _page_ensure(*, parents: dict[str, Page], page_class, texts: dict[str, dict], build, french: Locale, created):
    """The English page under parents[EN] and its French translation; ``build(language)`` gives the fields.

    Returns ({language: page}, the languages created by this call)."""
    new = set()
    english = page_class.objects.child_of(parents[EN]).filter(slug=texts[EN]["slug"]).first()
    if english is None:
        english = page_class(slug=texts[EN]["slug"], **build(EN))
        parents[EN].add_child(instance=english)
        english.save_revision().publish()
        created.append(f"{EN}:{english.slug}")
        new.add(EN)
    french_page = english.get_translation_or_none(french)
    if french_page is None:
        french_page = english.copy_for_translation(french).specific
        for field, value in build(FR).items():
            setattr(french_page, field, value)
        french_page.slug = texts[FR]["slug"]
        french_page.save_revision().publish()
        created.append(f"{FR}:{french_page.slug}")
        new.add(FR)
    return {EN: english.specific, FR: french_page.specific}, new


def editorial_demo_ensure() -> list[str]:
    """Payment options, speakers, landing pages, FAQ, guides, webinars and blog posts; returns what was created."""
    english_locale = Locale.get_default()
    french = Locale.objects.get(language_code=FR)
    locales = {EN: english_locale, FR: french}
    home_en = HomePage.objects.filter(depth=2, locale=english_locale).first()
    if home_en is None:
        return []
    homes = {EN: home_en, FR: home_en.get_translation(french).specific}
    created: list[str] = []
    with translation.override(EN):
        shop = {EN: _absolute(reverse("catalogue:index"))}
    with translation.override(FR):
        shop[FR] = _absolute(reverse("catalogue:index"))

    options = {
        spec["key"]: _translatable_ensure(
            PaymentOption,
            key=f"payment-option:{spec['key']}",
            locales=locales,
            fields=spec["fields"],
            per_language={EN: spec[EN], FR: spec[FR]},
        )
        for spec in PAYMENT_OPTIONS
    }
    people = {
        spec["name"]: _translatable_ensure(
            Person,
            key=f"person:{spec['name']}",
            locales=locales,
            fields={"name": spec["name"], "company": spec["company"]},
            per_language={EN: spec[EN], FR: spec[FR]},
        )
        for spec in content.SPEAKERS
    }

    def faq_block(key: str, language: str, title: str | None = None) -> dict:
        items = [{"question": question, "answer": answer} for question, answer in content.FAQ[key][language]]
        return _block("faq", {"title": title or content.FAQ_TITLES[key][language], "items": items})

    # Guides first: the landing pages link to them.
    guide_index, _new = _page_ensure(
        parents=homes,
        page_class=GuideIndexPage,
        texts=content.GUIDE_INDEX,
        french=french,
        created=created,
        build=lambda language: _menu_page_fields(content.GUIDE_INDEX, language),
    )
    related = [{"type": "product", "value": product.pk} for product in available_products()[:4]]
    for guide in content.GUIDES:

        def build_guide(language, guide=guide):
            text = guide[language]
            body = []
            for heading, paragraph in text["sections"]:
                body += [_block("heading", heading), _block("paragraph", paragraph)]
            return {
                "title": text["title"],
                "introduction": text["introduction"],
                "body": body,
                "related_products": related,
            }

        _page_ensure(
            parents=guide_index, page_class=GuidePage, texts=guide, build=build_guide, french=french, created=created
        )

    for key, spec in content.LANDING_PAGES.items():

        def build_landing(language, key=key, spec=spec):
            text, common, option = spec[language], content.LANDING_COMMON[language], options[key][language]
            body = [
                _block(
                    "hero",
                    {
                        "title": text["title"],
                        "subtitle": text["hero_subtitle"],
                        "image": None,
                        "button_text": common["hero_button"],
                        "button_url": shop[language],
                    },
                ),
                _block("heading", text["how_title"]),
                _block("paragraph", text["how"]),
                _block(
                    "payment_options", {"title": common["options_title"], "introduction": "", "options": [option.pk]}
                ),
            ]
            if spec["calculator"]:
                default_price = "300.00" if option.instalment_count == 3 else "800.00"
                body.append(
                    _block(
                        "instalment_calculator",
                        {"title": text["calculator_title"], "default_price": default_price, "options": [option.pk]},
                    )
                )
            body += [
                _block("product_carousel", {"title": text["carousel_title"], "products": [], "limit": 8}),
                faq_block(spec["faq"], language, common["faq_title"]),
                _block(
                    "call_to_action",
                    {
                        "title": common["cta_title"],
                        "text": common["cta_text"],
                        "button_text": common["cta_button"],
                        "button_url": _absolute(guide_index[language].get_url()),
                    },
                ),
            ]
            return {"title": text["title"], "introduction": text["introduction"], "body": body}

        pages, new = _page_ensure(
            parents=homes, page_class=LandingPage, texts=spec, build=build_landing, french=french, created=created
        )
        for language, option in options[key].items():
            if option.landing_page_id is None:
                option.landing_page = pages[language]
                option.save(update_fields=["landing_page"])

    _page_ensure(
        parents=homes,
        page_class=FAQPage,
        texts=content.FAQ_PAGE,
        french=french,
        created=created,
        build=lambda language: {
            **_menu_page_fields(content.FAQ_PAGE, language),
            "body": [faq_block(key, language) for key in ("instalments", "deferred", "b2b")]
            + [
                _block(
                    "payment_options",
                    {"title": content.LANDING_COMMON[language]["options_title"], "introduction": "", "options": []},
                )
            ],
        },
    )

    newsletter = {
        EN: {
            "title": "Never miss a webinar",
            "text": "One email a month: new sessions, replays and payment tips.",
            "button_text": "Subscribe",
        },
        FR: {
            "title": "Ne manquez aucun webinaire",
            "text": "Un e-mail par mois : sessions, replays et conseils.",
            "button_text": "S'inscrire",
        },
    }
    webinar_index, _new = _page_ensure(
        parents=homes,
        page_class=WebinarIndexPage,
        texts=content.WEBINAR_INDEX,
        french=french,
        created=created,
        build=lambda language: {
            **_menu_page_fields(content.WEBINAR_INDEX, language),
            "body": [_block("newsletter_signup", newsletter[language])],
        },
    )
    today = timezone.now().astimezone(PARIS).date()
    for spec in content.WEBINARS:
        day = today + timedelta(days=spec["days_from_now"])
        starts_at = datetime(day.year, day.month, day.day, spec["hour"], spec["minute"], tzinfo=PARIS)

        def build_webinar(language, spec=spec, starts_at=starts_at):
            text = spec[language]
            return {
                "title": text["title"],
                "introduction": text["introduction"],
                "body": [_block("paragraph", text["body"])],
                "starts_at": starts_at,
                "time_zone": "Europe/Paris",
                "duration_minutes": spec["duration"],
                "capacity": spec["capacity"],
                "join_url": "https://meet.example.com/comptoir-" + spec[EN]["slug"],
                "replay_url": spec["replay_url"],
            }

        pages, new = _page_ensure(
            parents=webinar_index,
            page_class=WebinarPage,
            texts=spec,
            build=build_webinar,
            french=french,
            created=created,
        )
        for language in new:
            pages[language].speakers.set([people[name][language] for name in spec["speakers"]])
            pages[language].save_revision().publish()

    categories = {
        slug: _translatable_ensure(
            BlogCategory,
            key=f"blog-category:{slug}",
            locales=locales,
            fields={"slug": slug},
            per_language={language: {"name": name} for language, name in names.items()},
        )
        for slug, names in content.BLOG_CATEGORIES.items()
    }
    blog, _new = _page_ensure(
        parents=homes,
        page_class=BlogIndexPage,
        texts=content.BLOG_INDEX,
        french=french,
        created=created,
        build=lambda language: _menu_page_fields(content.BLOG_INDEX, language),
    )
    for post in content.BLOG_POSTS:

        def build_post(language, post=post):
            text = post[language]
            return {
                "title": text["title"],
                "introduction": text["introduction"],
                "date": date.today() - timedelta(days=post["days_ago"]),
                "body": [_block("paragraph", text["body"])],
            }

        pages, new = _page_ensure(
            parents=blog, page_class=BlogPage, texts=post, build=build_post, french=french, created=created
        )
        for language in new:
            page = pages[language]
            page.authors.set([people[post["author"]][language]])
            page.categories.set([categories[slug][language] for slug in post["categories"]])
            page.tags.set(post["tags"])
            page.save_revision().publish()
    return created
