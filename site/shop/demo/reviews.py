"""Real Olist reviews on the demo products and vendors (additive; owned by the reviews app).

An Olist review belongs to an order; it is attached to every demo product of that order, from the
seller who sold it, as a verified purchase (score, Portuguese title and text, original dates).
Some critical reviews get a vendor reply. Loading again adds nothing (review ``code`` is the key).
"""

import csv
from collections import defaultdict
from datetime import datetime
from pathlib import Path

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Avg, F
from django.utils import timezone
from oscar.core.loading import get_model

from shop.demo.olist import OlistData

REVIEWS_FILE = "olist_order_reviews_dataset.csv"
REPLIES = (
    "Sentimos muito pelo ocorrido. Entre em contato conosco para resolvermos o mais rápido possível.",
    "Obrigado pelo seu retorno! Já conversamos com a transportadora para melhorar os prazos.",
    "Agradecemos a avaliação. Estamos revisando o controle de qualidade deste produto.",
)


def _when(value: str) -> datetime | None:
    try:
        return timezone.make_aware(datetime.strptime(value, "%Y-%m-%d %H:%M:%S"), timezone.get_default_timezone())
    except ValueError:
        return None


def demo_reviews_load(*, data: OlistData, folder: Path) -> int:
    """Create the Olist reviews of the demo products; returns how many were created."""
    Product = get_model("catalogue", "Product")
    Partner = get_model("partner", "Partner")
    from reviews.models import ModerationDecision, ModerationStatus, ProductReview, VendorReply

    path = folder / REVIEWS_FILE
    if not path.is_file():
        return 0
    items_by_order = defaultdict(list)
    for item in data.order_items:
        items_by_order[item.order_id].append(item)
    products = dict(Product.objects.exclude(upc=None).exclude(upc="").values_list("upc", "pk"))
    partners = dict(Partner.objects.values_list("code", "pk"))
    existing = set(ProductReview.objects.filter(source="olist").values_list("code", flat=True))

    reviews, dates, replies = [], {}, []
    with path.open(encoding="utf-8", newline="") as file:
        for row in csv.DictReader(file):
            score = int(row["review_score"] or 0)
            if not 1 <= score <= 5:
                continue
            body = (row["review_comment_message"] or "").strip()
            title = (row["review_comment_title"] or "").strip() or body[:60] or "★" * score
            created = _when(row["review_creation_date"]) or timezone.now()
            seen = set()
            for item in items_by_order.get(row["order_id"], ()):
                code = f"olist-{row['review_id']}-{item.product_id}"
                if item.product_id not in products or code in existing or code in seen:
                    continue
                seen.add(code)
                reviews.append(
                    ProductReview(
                        product_id=products[item.product_id],
                        partner_id=partners.get(item.seller_id),
                        score=score,
                        title=title[:120],
                        body=body,
                        name="Cliente Olist",
                        code=code,
                        source="olist",
                        is_verified_purchase=True,
                        status=ModerationStatus.PUBLISHED,
                        date_published=created,
                    )
                )
                dates[code] = created
                answered = _when(row["review_answer_timestamp"])
                if score <= 3 and body and answered and len(reviews) % 3 == 0 and partners.get(item.seller_id):
                    replies.append((code, partners[item.seller_id], answered))
    with transaction.atomic():
        created_reviews = ProductReview.objects.bulk_create(reviews, batch_size=500)
        by_code = {review.code: review for review in ProductReview.objects.filter(code__in=dates)}
        for review in by_code.values():
            review.date_created = dates[review.code]
        ProductReview.objects.bulk_update(by_code.values(), ["date_created"], batch_size=500)
        reply_objects = VendorReply.objects.bulk_create(
            [
                VendorReply(
                    review=by_code[code],
                    partner_id=partner_id,
                    body=REPLIES[index % len(REPLIES)],
                    status=ModerationStatus.PUBLISHED,
                    date_published=answered,
                )
                for index, (code, partner_id, answered) in enumerate(replies)
                if code in by_code
            ]
        )
        VendorReply.objects.filter(pk__in=[reply.pk for reply in reply_objects if reply.pk]).update(
            date_created=F("date_published")
        )
        content_type = ContentType.objects.get_for_model(ProductReview)
        ModerationDecision.objects.bulk_create(
            [
                ModerationDecision(
                    content_type=content_type,
                    object_id=review.pk,
                    decision="publish",
                    note="Imported from the Olist dataset",
                )
                for review in by_code.values()
            ],
            batch_size=500,
        )
        product_ids = {review.product_id for review in by_code.values()}
        ratings = dict(
            ProductReview.objects.filter(product_id__in=product_ids, status=ModerationStatus.PUBLISHED)
            .values("product_id")
            .annotate(rating=Avg("score"))
            .values_list("product_id", "rating")
        )
        for product_id, rating in ratings.items():
            Product.objects.filter(pk=product_id).update(rating=rating)
    return len(created_reviews)
