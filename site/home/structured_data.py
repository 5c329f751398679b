"""schema.org JSON-LD for editorial pages and products, embedded as <script type="application/ld+json">."""

import contextlib
import json

from django.utils.safestring import SafeString, mark_safe

# JSON inside <script> must not be able to close the element or open a comment.
_SCRIPT_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


def json_ld(data: dict | list) -> SafeString:
    text = json.dumps(data, ensure_ascii=False, default=str).translate(_SCRIPT_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308 - escaped above


def _absolute(request, url: str) -> str:
    return request.build_absolute_uri(url) if request is not None else url


def image_url(image, request, spec: str = "fill-1200x630") -> str | None:
    if image is None:
        return None
    return _absolute(request, image.get_rendition(spec).url)


def breadcrumb_data(page, request) -> dict:
    # The tree root is no crumb; a page just under it (a site's home) needs no query for its ancestors.
    crumbs = [*page.get_ancestors().filter(depth__gt=1), page] if page.depth > 2 else [page]
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": crumb.title, "item": crumb.get_full_url(request)}
            for position, crumb in enumerate(crumbs, start=1)
        ],
    }


def article_data(page, request, *, schema_type: str = "Article") -> dict:
    authors = getattr(page, "author_names", None) or []
    data = {
        "@context": "https://schema.org",
        "@type": schema_type,
        "headline": page.seo_title or page.title,
        "description": page.get_meta_description(),
        "url": page.get_full_url(request),
        "inLanguage": page.locale.language_code,
        "datePublished": (getattr(page, "date", None) or page.first_published_at or page.latest_revision_created_at),
        "dateModified": page.last_published_at or page.latest_revision_created_at,
        "publisher": {"@type": "Organization", "name": "Comptoir"},
    }
    if authors:
        data["author"] = [{"@type": "Person", "name": name} for name in authors]
    image = image_url(getattr(page, "social_image", None), request)
    if image:
        data["image"] = image
    return data


def event_data(webinar, request) -> dict:
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": webinar.title,
        "description": webinar.get_meta_description(),
        "startDate": webinar.local_starts_at.isoformat(),
        "endDate": webinar.ends_at.astimezone(webinar.local_starts_at.tzinfo).isoformat(),
        "eventAttendanceMode": "https://schema.org/OnlineEventAttendanceMode",
        "eventStatus": "https://schema.org/EventScheduled",
        "location": {"@type": "VirtualLocation", "url": webinar.get_full_url(request)},
        "organizer": {"@type": "Organization", "name": "Comptoir"},
        "performer": [{"@type": "Person", "name": speaker.name} for speaker in webinar.speakers.all()],
        "offers": {
            "@type": "Offer",
            "price": "0",
            "priceCurrency": "EUR",
            "url": webinar.get_full_url(request),
            "availability": "https://schema.org/InStock" if webinar.seats_left else "https://schema.org/SoldOut",
        },
    }
    image = image_url(webinar.social_image, request)
    if image:
        data["image"] = image
    return data


def product_data(product, request, purchase_info=None) -> dict:
    """Product + Offer (+ AggregateRating when rated) for Oscar's product page."""
    data = {
        "@context": "https://schema.org",
        "@type": "Product",
        "@id": _absolute(request, product.get_absolute_url()) + "#product",
        "name": product.get_title(),
        "url": _absolute(request, product.get_absolute_url()),
        "sku": str(product.upc or product.pk),
        "description": " ".join((product.description or "").split())[:500],
    }
    image = product.primary_image()
    if image is not None and getattr(image, "original", None):
        with contextlib.suppress(ValueError):  # Oscar's missing-image placeholder has no file
            data["image"] = _absolute(request, image.original.url)
    if purchase_info is not None and purchase_info.price.exists:
        price = purchase_info.price
        amount = price.incl_tax if price.is_tax_known else price.excl_tax
        offer = {
            "@type": "Offer",
            "price": f"{amount:.2f}",
            "priceCurrency": price.currency,
            "availability": "https://schema.org/InStock"
            if purchase_info.availability.is_available_to_buy
            else "https://schema.org/OutOfStock",
            "url": data["url"],
        }
        stockrecord = purchase_info.stockrecord
        if stockrecord is not None and stockrecord.partner_id:
            offer["seller"] = {"@type": "Organization", "name": stockrecord.partner.name}
        data["offers"] = offer
    if product.rating is not None and product.num_approved_reviews:
        data["aggregateRating"] = {
            "@type": "AggregateRating",
            "ratingValue": f"{product.rating:.1f}",
            "reviewCount": product.num_approved_reviews,
            "bestRating": "5",
            "worstRating": "1",
        }
    return data
