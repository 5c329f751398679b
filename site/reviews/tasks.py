from celery import shared_task
from django.db.models import Q
from oscar.core.loading import get_model

from . import services


@shared_task(name="reviews.tasks.review_requests_send_due", acks_late=True)
def review_requests_send_due() -> int:
    """Beat, hourly: send the invitations and reminders that are due."""
    sent = 0
    for request_id in services.review_requests_due():
        sent += services.review_request_send(request_id=request_id) in ("sent", "reminder")
    return sent


@shared_task(name="reviews.tasks.seller_badges_recompute", acks_late=True)
def seller_badges_recompute() -> int:
    """Beat, nightly: grant or revoke the verified-seller badge of every vendor with reviews or a badge."""
    Partner = get_model("partner", "Partner")
    partners = Partner.objects.filter(Q(product_reviews__isnull=False) | Q(seller_badge__isnull=False)).distinct()
    count = 0
    for partner in partners:
        services.seller_badge_recompute(partner=partner)
        count += 1
    return count
