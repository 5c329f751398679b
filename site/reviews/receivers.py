"""Listen to other apps' domain events (core.signals) without importing their modules."""

from django.db import transaction
from django.dispatch import receiver

from core.signals import fulfilment_changed

from . import services


@receiver(fulfilment_changed, dispatch_uid="reviews.schedule_review_requests")
def schedule_review_requests(sender, *, lines, status, **kwargs):
    if status not in ("shipped", "delivered"):
        return
    for line in lines:
        services.review_request_schedule(line=line, status=status)
    # Sending is the beat task's job; a delivery with no delay configured is sent right away.
    transaction.on_commit(lambda: _send_due_now())


def _send_due_now():
    from .tasks import review_requests_send_due

    review_requests_send_due.delay()
