"""The reviews section of the product page and the small badges used elsewhere (listings, vendor pages)."""

import json

from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from .. import selectors

register = template.Library()
PER_PAGE = 10


def _flag(request, name: str) -> bool:
    return request.GET.get(name) == "1"


@register.inclusion_tag("reviews/partials/product_reviews.html", takes_context=True)
def product_reviews_section(context, product):
    request = context["request"]
    stars = request.GET.get("stars")
    stars = int(stars) if stars in list("12345") else None
    sort = request.GET.get("sort") if request.GET.get("sort") in selectors.SORTS else "helpful"
    page_number = request.GET.get("reviews_page", "1")
    text = request.GET.get("review_q", "")[:200]
    summary = selectors.product_review_summary(product=product)
    page = (
        selectors.product_review_page(
            product=product,
            summary=summary,
            page=min(int(page_number), 1000) if page_number.isdigit() else 1,
            per_page=PER_PAGE,
            text=text,
            stars=stars,
            verified=_flag(request, "verified"),
            with_media=_flag(request, "media"),
            sort=sort,
        )
        if summary.count
        else None
    )
    return {
        "request": request,
        "user": context.get("user") or request.user,
        "product": product,
        "summary": summary,
        "page": page,
        "stars": stars,
        "review_query": text,
        "sort": sort,
        "sorts": selectors.SORT_LABELS,
        "verified_only": _flag(request, "verified"),
        "media_only": _flag(request, "media"),
        "structured_data": _structured_data(request, product, summary, page),
        "csrf_token": context.get("csrf_token"),
    }


@register.simple_tag
def product_review_summary(product):
    return selectors.product_review_summary(product=product)


def _structured_data(request, product, summary, page) -> str:
    """Reviews of the Product node; the same @id as the page's Product JSON-LD, so the two merge."""
    if not summary.count:
        return ""
    data = {
        "@context": "https://schema.org",
        "@type": "Product",
        "@id": request.build_absolute_uri(product.get_absolute_url()) + "#product",
        "name": product.get_title(),
        "aggregateRating": {
            "@type": "AggregateRating",
            "ratingValue": summary.average,
            "reviewCount": summary.count,
            "bestRating": 5,
            "worstRating": 1,
        },
        "review": [
            {
                "@type": "Review",
                "name": review.title,
                "reviewBody": review.body,
                "datePublished": review.date_created.date().isoformat(),
                "author": {"@type": "Person", "name": str(review.reviewer_name)},
                "reviewRating": {"@type": "Rating", "ratingValue": review.score, "bestRating": 5, "worstRating": 1},
            }
            for review in page.reviews[:5]
        ],
    }
    # "</" cannot close the script element from inside JSON.
    text = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return mark_safe(text)  # noqa: S308 - JSON, with "</" escaped


@register.inclusion_tag("reviews/partials/stars.html")
def review_stars(value, count=None):
    value = float(value or 0)
    return {
        "value": value,
        "full": int(value + 0.25),
        "half": 0.25 <= value % 1 < 0.75,
        "count": count,
        "percent": round(value / 5 * 100),
    }


@register.inclusion_tag("reviews/partials/seller_badge.html")
def seller_badge(partner):
    badge = getattr(partner, "seller_badge", None) if partner is not None else None
    return {"badge": badge if badge is not None and badge.is_verified else None, "partner": partner}


@register.simple_tag(takes_context=True)
def query_with(context, **changes):
    """The current query string with some parameters changed (None removes one); resets the page."""
    query = context["request"].GET.copy()
    query.pop("reviews_page", None)
    for key, value in changes.items():
        if value in (None, ""):
            query.pop(key, None)
        else:
            query[key] = str(value)
    encoded = query.urlencode()
    return f"?{encoded}#reviews" if encoded else "?#reviews"


@register.inclusion_tag("reviews/partials/vendor_reviews_public.html")
def vendor_reviews_public(partner):
    """The storefront's ratings section: badge, average per sub-rating and the latest comments."""
    rating = selectors.vendor_rating_summary(partner=partner)
    return {
        "partner": partner,
        "rating": rating,
        "sub_ratings": [
            (_("Delivery"), rating["delivery"]),
            (_("Communication"), rating["communication"]),
            (_("As described"), rating["as_described"]),
        ],
        "comments": list(selectors.vendor_recent_comments(partner=partner)) if rating["count"] else [],
    }


@register.inclusion_tag("reviews/partials/vendor_rating.html")
def vendor_rating(partner):
    """Stars and sub-ratings of a vendor, plus its verified-seller badge: for storefront and vendor pages."""
    return {"partner": partner, "rating": selectors.vendor_rating_summary(partner=partner)}
