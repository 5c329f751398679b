"""Thin, idempotent Celery tasks (acks_late: a worker lost mid-task gets the task redelivered)."""

from celery import shared_task
from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation

from .models import PaymentIntent

EMAIL_KINDS = ("confirmation", "failed", "out_of_stock")


@shared_task(acks_late=True, autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def send_payment_email(intent_id: int, kind: str) -> bool:
    """Order confirmation / payment failed / refunded because out of stock; sent at most once per kind."""
    assert kind in EMAIL_KINDS
    with transaction.atomic():
        intent = PaymentIntent.objects.select_for_update(of=("self",)).select_related("order").get(pk=intent_id)
        if kind in intent.emails_sent:
            return False
        context = {"intent": intent, "order": intent.order, "site_url": settings.WAGTAILADMIN_BASE_URL}
        with translation.override(settings.LANGUAGE_CODE):
            subject = render_to_string(f"payments/email/{kind}_subject.txt", context).strip()
            body = render_to_string(f"payments/email/{kind}_body.txt", context)
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [intent.email])
        intent.emails_sent = [*intent.emails_sent, kind]
        intent.save(update_fields=["emails_sent"])
    return True


@shared_task(acks_late=True)
def reconcile_payments() -> int:
    from .services import payments_reconcile

    return payments_reconcile()


@shared_task(acks_late=True)
def expire_stock_reservations() -> int:
    from .services import reservations_expire

    return reservations_expire()


@shared_task(acks_late=True)
def submit_refund(refund_id: int) -> str:
    from .services import refund_submit

    return refund_submit(refund_id=refund_id).status
