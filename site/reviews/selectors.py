"""Reads of the reviews domain, with their query optimisation inside."""

import math
from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta

from django.db.models import Avg, BooleanField, Case, Count, Max, Q, Subquery, Value, When
from django.db.models.functions import TruncMonth
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import (
    ModerationDecision,
    ModerationStatus,
    ProductReview,
    ReviewDispute,
    ReviewMedia,
    SellerBadge,
    VendorReply,
    VendorReview,
)
from .moderation.text import words

PUBLISHED = ModerationStatus.PUBLISHED
SORTS = {
    "helpful": ("-delta_votes", "-date_created", "-pk"),
    "recent": ("-date_created", "-pk"),
    "oldest": ("date_created", "pk"),
    "highest": ("-score", "-date_created", "-pk"),
    "lowest": ("score", "-date_created", "-pk"),
    # "Relevance": verified, with text and media, helpful first.
    "relevance": ("-is_verified_purchase", "-has_media", "-delta_votes", "-date_created", "-pk"),
}

SORT_LABELS = [
    ("helpful", _("Most helpful")),
    ("relevance", _("Most relevant")),
    ("recent", _("Newest")),
    ("oldest", _("Oldest")),
    ("highest", _("Highest rating")),
    ("lowest", _("Lowest rating")),
]


@dataclass
class ReviewSummary:
    count: int = 0
    average: float | None = None
    histogram: list[dict] = field(default_factory=list)
    quality: float | None = None
    value: float | None = None
    verified: int = 0
    with_media: int = 0
    highlight_ids: tuple = (None, None)
    sold_by_verified_seller: bool = False


def _highlight_ids(product) -> tuple:
    published = ProductReview.objects.filter(product=product, status=PUBLISHED, total_votes__gt=0)
    positive = published.filter(score__gte=4).order_by("-delta_votes", "-date_created", "-pk").values("pk")[:1]
    critical = published.filter(score__lte=2).order_by("-delta_votes", "-date_created", "-pk").values("pk")[:1]
    return positive, critical


def _verified_seller_badge(product):
    return SellerBadge.objects.filter(partner__stockrecords__product=product, is_verified=True).values("pk")[:1]


def product_review_summary(*, product) -> ReviewSummary:
    """Count, average, star histogram, sub-ratings and the two highlighted reviews, in one query.

    Memoised on the product: the header stars and the reviews section share it.
    """
    cached = product.__dict__.get("_review_summary")
    if cached is not None:
        return cached
    aggregates = {f"stars_{stars}": Count("pk", filter=Q(score=stars)) for stars in range(1, 6)}
    positive, critical = _highlight_ids(product)
    row = ProductReview.objects.filter(product=product, status=PUBLISHED).aggregate(
        count=Count("pk"),
        average=Avg("score"),
        quality=Avg("quality_score"),
        value=Avg("value_score"),
        verified=Count("pk", filter=Q(is_verified_purchase=True)),
        with_media=Count("pk", filter=Q(has_media=True)),
        # Uncorrelated subqueries: evaluated once, they save two round trips.
        positive_id=Max(Subquery(positive)),
        critical_id=Max(Subquery(critical)),
        seller_badge_id=Max(Subquery(_verified_seller_badge(product))),
        **aggregates,
    )
    count = row["count"]
    histogram = [
        {
            "stars": stars,
            "count": row[f"stars_{stars}"],
            "percent": round(100 * row[f"stars_{stars}"] / count) if count else 0,
        }
        for stars in range(5, 0, -1)
    ]
    summary = ReviewSummary(
        count=count,
        average=row["average"] and round(row["average"], 1),
        histogram=histogram,
        quality=row["quality"] and round(row["quality"], 1),
        value=row["value"] and round(row["value"], 1),
        verified=row["verified"],
        with_media=row["with_media"],
        highlight_ids=(row["positive_id"], row["critical_id"]),
        sold_by_verified_seller=row["seller_badge_id"] is not None,
    )
    product.__dict__["_review_summary"] = summary
    return summary


def _display_relations(queryset):
    return queryset.select_related("user", "vendor_reply__partner")


def product_review_list(
    *, product, stars: int | None = None, verified: bool = False, with_media: bool = False, sort: str = "helpful"
):
    reviews = ProductReview.objects.filter(product=product, status=PUBLISHED)
    if stars:
        reviews = reviews.filter(score=stars)
    if verified:
        reviews = reviews.filter(is_verified_purchase=True)
    if with_media:
        reviews = reviews.filter(has_media=True)
    return reviews.order_by(*SORTS.get(sort, SORTS["helpful"]))


@dataclass
class ReviewPage:
    reviews: list
    number: int
    has_next: bool
    positive: object | None
    critical: object | None
    gallery: list
    total: int = 0  # reviews matching the filters
    counts: dict = field(default_factory=dict)  # facet counts: stars, verified, media (search.review_search)

    @property
    def has_previous(self) -> bool:
        return self.number > 1


def product_review_page(
    *,
    product,
    summary: ReviewSummary,
    page: int = 1,
    per_page: int = 10,
    gallery_size: int = 12,
    text: str = "",
    stars: int | None = None,
    verified: bool = False,
    with_media: bool = False,
    sort: str = "helpful",
) -> ReviewPage:
    """One page of reviews (through the search seam: the engine when configured, else the database),
    the highlighted reviews and the media gallery.

    The search answers the page's ids, the total and the facet counts; one query then reads those
    reviews with the highlighted ones, and one media query serves the page and the gallery.
    """
    from search.review_search import ReviewQuery, review_search

    page = max(page, 1)
    filtered = bool(text or stars or verified or with_media)
    found = review_search(
        ReviewQuery(
            product_id=product.pk,
            text=text,
            stars=stars,
            verified=verified,
            with_media=with_media,
            sort=sort,
            offset=(page - 1) * per_page,
            limit=per_page + 1,  # one more tells whether there is a next page
            with_counts=filtered,  # unfiltered, the counts are the summary's
        )
    )
    highlight_ids = [pk for pk in summary.highlight_ids if pk]
    # Published only: a review the engine has not yet heard was rejected stays hidden.
    rows = list(
        _display_relations(ProductReview.objects.filter(Q(pk__in=found.ids) | Q(pk__in=highlight_ids)))
        .filter(status=PUBLISHED)
        .annotate(
            in_page=Case(When(pk__in=found.ids, then=Value(True)), default=Value(False), output_field=BooleanField())
        )
    )
    in_page = found.in_order(rows)
    media_filter = Q(review_id__in=[row.pk for row in rows])
    if summary.with_media:
        latest = ReviewMedia.objects.filter(review__product=product, review__status=PUBLISHED).order_by("-id")
        media_filter |= Q(pk__in=latest.values("pk")[:gallery_size])
    media = list(ReviewMedia.objects.filter(media_filter).select_related("review").order_by("-id")) if rows else []
    by_review: dict[int, list] = {}
    for item in sorted(media, key=lambda item: item.pk):
        by_review.setdefault(item.review_id, []).append(item)
    for row in rows:
        row.media_items = by_review.get(row.pk, [])
    by_pk = {row.pk: row for row in rows}
    positive_id, critical_id = summary.highlight_ids
    counts = found.counts or {
        "stars": {str(bar["stars"]): bar["count"] for bar in summary.histogram},
        "verified": {"1": summary.verified},
        "media": {"1": summary.with_media},
    }
    return ReviewPage(
        reviews=in_page[:per_page],
        number=page,
        has_next=len(in_page) > per_page,
        positive=by_pk.get(positive_id),
        critical=by_pk.get(critical_id),
        gallery=media[:gallery_size] if summary.with_media else [],
        total=summary.count if found.total is None else found.total,
        counts=counts,
    )


def moderation_queue():
    """Everything waiting for staff, most suspicious first, with its decision log and reports."""
    reviews = (
        ProductReview.objects.filter(status=ModerationStatus.PENDING)
        .select_related("product", "user", "partner")
        .prefetch_related("reports", "media")
        .order_by("-moderation_score", "date_created")
    )
    replies = VendorReply.objects.filter(status=ModerationStatus.PENDING).select_related("review__product", "partner")
    disputes = ReviewDispute.objects.filter(status=ReviewDispute.OPEN).select_related("review__product", "partner")
    vendor_reviews = VendorReview.objects.filter(status=ModerationStatus.PENDING).select_related("partner", "user")
    return reviews, replies, disputes, vendor_reviews


def moderation_log(*, limit: int = 50):
    return ModerationDecision.objects.select_related("moderator", "content_type")[:limit]


def vendor_reviews(*, partner, unanswered: bool = False):
    # Vendors act on what the public sees: pending and rejected reviews stay with the moderators.
    reviews = ProductReview.objects.filter(partner=partner, status=PUBLISHED)
    if unanswered:
        reviews = reviews.filter(vendor_reply__isnull=True)
    return reviews.select_related("product", "user", "vendor_reply").order_by("-date_created")


# --- vendor statistics --------------------------------------------------------------------------------

STOP_WORDS = frozenset(  # English, French and Portuguese (the Olist demo reviews)
    """
    a an and are as at be but by for from has have i in is it its my of on or so that the this to was were with
    very not no too it's i'm me we you they just all would will can could get got one also le la les un une des de
    du et est en au aux pour pas que qui sur ce cette il elle je j ai a tres mais avec plus son sa ses mon ma mes
    ne se sont bien tout fait ete etre vous nous on y ou si comme o os as um uma de do da dos das e em no na nos
    nas que para com nao por mais muito foi ao ate meu minha produto veio bem esta isso mas ja ele ela sem eu me
    after two deux apres depois dois
    every each some any what when which there their them then than into about before because been being did
    does had how more most much other our out over same should such only own under until up while who why your
    his her him these those here where both few off once again during through above below down between
    chaque tous toutes leur leurs dans par ces cet lui eux moi aussi encore alors donc car quand sans sous vers
    chez entre depuis avant
    """.split()  # noqa: SIM905
)


def review_themes(texts_by_sentiment: dict[str, list[str]], *, limit: int = 8) -> dict[str, list[tuple[str, int]]]:
    """Keywords that set positive reviews apart from negative ones (smoothed log-odds ratio)."""
    counts = {
        key: Counter(word for text in texts for word in set(words(text)) if len(word) > 2 and word not in STOP_WORDS)
        for key, texts in texts_by_sentiment.items()
    }
    positive, negative = counts.get("positive", Counter()), counts.get("negative", Counter())
    total_positive, total_negative = sum(positive.values()) + 1, sum(negative.values()) + 1

    def odds(word, mine, mine_total, theirs, theirs_total):
        return math.log((mine[word] + 1) / mine_total) - math.log((theirs[word] + 1) / theirs_total)

    def top(mine, mine_total, theirs, theirs_total):
        ranked = sorted(
            (word for word, count in mine.items() if count >= 2),
            key=lambda word: -odds(word, mine, mine_total, theirs, theirs_total) * math.log1p(mine[word]),
        )
        return [(word, mine[word]) for word in ranked[:limit]]

    return {
        "positive": top(positive, total_positive, negative, total_negative),
        "negative": top(negative, total_negative, positive, total_positive),
    }


def vendor_review_statistics(*, partner=None, months: int = 12) -> dict:
    """Rating over time, distribution, response rate/time, themes and a per-product table.

    ``partner=None`` is the staff view across every vendor.
    """
    reviews = ProductReview.objects.filter(status=PUBLISHED)
    if partner is not None:
        reviews = reviews.filter(partner=partner)
    since = timezone.now() - timedelta(days=31 * months)
    by_month = list(
        reviews.filter(date_created__gte=since)
        .annotate(month=TruncMonth("date_created"))
        .values("month")
        .annotate(average=Avg("score"), count=Count("pk"))
        .order_by("month")
    )
    distribution = {row["score"]: row["count"] for row in reviews.values("score").annotate(count=Count("pk"))}
    total = sum(distribution.values())
    replies = VendorReply.objects.filter(review__in=reviews, status=PUBLISHED).values_list(
        "date_created", "review__date_created"
    )
    delays = sorted((reply - review).total_seconds() / 3600 for reply, review in replies)
    per_product = list(
        reviews.values("product_id", "product__title", "product__upc")
        .annotate(count=Count("pk"), average=Avg("score"), replied=Count("vendor_reply"))
        .order_by("-count")[:200]
    )
    sample = list(reviews.order_by("-date_created").values_list("score", "title", "body")[:2000])
    themes = review_themes(
        {
            "positive": [f"{title} {body}" for score, title, body in sample if score >= 4],
            "negative": [f"{title} {body}" for score, title, body in sample if score <= 2],
        }
    )
    average = sum(score * count for score, count in distribution.items()) / total if total else None
    return {
        "total": total,
        "average": average and round(average, 2),
        "by_month": by_month,
        "distribution": [
            {
                "stars": stars,
                "count": distribution.get(stars, 0),
                "percent": round(100 * distribution.get(stars, 0) / total) if total else 0,
            }
            for stars in range(5, 0, -1)
        ],
        "response_rate": round(len(delays) / total, 3) if total else 0,
        "median_response_hours": round(delays[len(delays) // 2], 1) if delays else None,
        "themes": themes,
        "per_product": per_product,
    }


def vendor_rating_summary(*, partner) -> dict:
    """Average of the published ratings shoppers gave the vendor (delivery, communication, as described)."""
    row = VendorReview.objects.filter(partner=partner, status=PUBLISHED).aggregate(
        count=Count("pk"),
        delivery=Avg("delivery_score"),
        communication=Avg("communication_score"),
        as_described=Avg("as_described_score"),
    )
    scores = [row[key] for key in ("delivery", "communication", "as_described") if row[key] is not None]
    return {**row, "average": round(sum(scores) / len(scores), 1) if scores else None}


def vendor_recent_comments(*, partner, limit: int = 5):
    """The latest published vendor reviews that carry a comment, for the public storefront."""
    return (
        VendorReview.objects.filter(partner=partner, status=PUBLISHED)
        .exclude(body="")
        .select_related("user")
        .order_by("-date_created", "-pk")[:limit]
    )
