"""Stripe webhook events: verified in the view, stored once here, then handed to the services."""

from __future__ import annotations

import logging

from django.db import transaction
from django.utils import timezone
from oscar.core.loading import get_model

from .gateways.base import from_minor_units
from .gateways.stripe import payment_response
from .models import Refund, WebhookEvent
from .services import intent_for_reference, payment_apply_response, refund_succeeded_notify

logger = logging.getLogger(__name__)
OrderNote = get_model("order", "OrderNote")

HANDLED_TYPES = (
    "payment_intent.succeeded",
    "payment_intent.payment_failed",
    "charge.refunded",
    "charge.dispute.created",
)


def webhook_event_process(*, event: dict) -> str:
    """Process one verified event; a duplicate delivery of a processed event does nothing."""
    record, created = WebhookEvent.objects.get_or_create(
        event_id=event["id"], defaults={"type": event["type"], "payload": event}
    )
    if not created and record.processed is not None:
        return "duplicate"
    result = "ignored"
    if event["type"] in HANDLED_TYPES:
        handler = HANDLERS[event["type"]]
        result = handler(event["data"]["object"])
    WebhookEvent.objects.filter(pk=record.pk).update(processed=timezone.now())
    return result


def on_payment_intent_event(payment_intent: dict) -> str:
    intent = intent_for_reference(payment_intent["id"], payment_intent.get("metadata") or {})
    if intent is None:
        from core.signals import gateway_payment_unmatched

        replies = gateway_payment_unmatched.send(sender=None, response=payment_response(payment_intent))
        return "applied" if any(reply for __, reply in replies) else "unknown"
    # In any order: the services lock the intent and ignore what its status already settled.
    payment_apply_response(intent_id=intent.pk, response=payment_response(payment_intent))
    return "applied"


def on_charge_refunded(charge: dict) -> str:
    """Refunds made outside Comptoir (the Stripe dashboard) are recorded too."""
    intent = intent_for_reference(charge.get("payment_intent") or "", charge.get("metadata") or {})
    if intent is None:
        return "unknown"
    recorded = 0
    for stripe_refund in (charge.get("refunds") or {}).get("data", []):
        with transaction.atomic():
            if Refund.objects.filter(reference=stripe_refund["id"]).exists():
                continue
            refund, created = Refund.objects.get_or_create(
                idempotency_key=f"stripe-{stripe_refund['id']}",
                defaults={
                    "intent": intent,
                    "order": intent.order,
                    "reference": stripe_refund["id"],
                    "amount": from_minor_units(stripe_refund["amount"]),
                    "currency": intent.currency,
                    "reason": Refund.Reason.OTHER,
                    "status": Refund.Status.SUCCEEDED,
                },
            )
            if created:
                recorded += 1
                transaction.on_commit(lambda refund_id=refund.pk: refund_succeeded_notify(refund_id=refund_id))
    return f"recorded {recorded}"


def on_dispute_created(dispute: dict) -> str:
    intent = intent_for_reference(dispute.get("payment_intent") or "", dispute.get("metadata") or {})
    if intent is None or intent.order_id is None:
        return "unknown"
    OrderNote.objects.create(
        order_id=intent.order_id,
        note_type="System",
        message=f"Stripe dispute {dispute['id']} opened: {dispute.get('reason', '')} ({dispute.get('amount')} cents)",
    )
    logger.warning("Dispute %s opened on order %s", dispute["id"], intent.order_id)
    return "noted"


HANDLERS = {
    "payment_intent.succeeded": on_payment_intent_event,
    "payment_intent.payment_failed": on_payment_intent_event,
    "charge.refunded": on_charge_refunded,
    "charge.dispute.created": on_dispute_created,
}
