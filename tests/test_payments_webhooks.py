"""Stripe webhooks with real signatures: duplicates, out-of-order events, bad and stale signatures."""

import hashlib
import hmac
import json
import time
from datetime import timedelta

import pytest
from django.urls import reverse

from payments.models import PaymentIntent, Refund, WebhookEvent
from payments.services import reservations_expire
from payments.tests.fixtures import CARD_3DS, _fresh_rate_limits, basket_add, checkout_form, country_fr  # noqa: F401

SECRET = "whsec_comptoir_test_secret"
pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _webhook_secret(settings):
    settings.STRIPE_WEBHOOK_SECRET = SECRET


def signed_post(client, event: dict, *, secret: str = SECRET, timestamp: int | None = None):
    payload = json.dumps(event)
    timestamp = int(time.time()) if timestamp is None else timestamp
    signature = hmac.new(secret.encode(), f"{timestamp}.{payload}".encode(), hashlib.sha256).hexdigest()
    return client.post(
        reverse("stripe-webhook"),
        data=payload,
        content_type="application/json",
        headers={"Stripe-Signature": f"t={timestamp},v1={signature}"},
    )


def payment_event(event_id: str, kind: str, intent: PaymentIntent, status: str) -> dict:
    error = {"code": "card_declined", "message": "Your card was declined."} if status != "succeeded" else None
    return {
        "id": event_id,
        "object": "event",
        "type": kind,
        "created": int(time.time()),
        "data": {
            "object": {
                "id": intent.reference,
                "object": "payment_intent",
                "amount": int(intent.amount * 100),
                "currency": "eur",
                "status": status,
                "metadata": {"comptoir_intent": str(intent.pk)},
                "last_payment_error": error,
                "next_action": None,
            }
        },
    }


@pytest.fixture
def pending_intent(client, country_fr, product_factory):  # noqa: F811
    """A guest whose bank asked for 3-D Secure: stock reserved, payment not answered yet."""
    product = product_factory(title="Ceramic bowl", price="12.00", stock=2)
    basket_add(client, product, 2)
    response = client.post(reverse("checkout:index"), checkout_form(client) | {"payment_method": CARD_3DS})
    assert response.status_code == 302 and "/sandbox/authenticate/" in response["Location"]
    intent = PaymentIntent.objects.get()
    assert intent.status == PaymentIntent.Status.REQUIRES_ACTION
    return intent


def test_bad_signature_is_refused_and_changes_nothing(client, pending_intent):
    event = payment_event("evt_bad", "payment_intent.succeeded", pending_intent, "succeeded")
    response = signed_post(client, event, secret="whsec_someone_else")
    assert response.status_code == 400
    assert not WebhookEvent.objects.exists()
    pending_intent.refresh_from_db()
    assert pending_intent.status == PaymentIntent.Status.REQUIRES_ACTION and pending_intent.order is None


def test_stale_timestamp_is_refused(client, pending_intent):
    event = payment_event("evt_stale", "payment_intent.succeeded", pending_intent, "succeeded")
    response = signed_post(client, event, timestamp=int(time.time()) - 301)
    assert response.status_code == 400
    assert not WebhookEvent.objects.exists()


def test_missing_signature_and_garbage_are_refused(client):
    assert client.post(reverse("stripe-webhook"), data="{}", content_type="application/json").status_code == 400
    assert client.get(reverse("stripe-webhook")).status_code == 405


def test_succeeded_places_one_order_even_when_delivered_twice_and_racing_the_browser(
    client, pending_intent, django_capture_on_commit_callbacks
):
    event = payment_event("evt_ok", "payment_intent.succeeded", pending_intent, "succeeded")
    with django_capture_on_commit_callbacks(execute=True):
        assert signed_post(client, event).content == b"applied"
        assert signed_post(client, event).content == b"duplicate"
    pending_intent.refresh_from_db()
    assert pending_intent.status == PaymentIntent.Status.SUCCEEDED
    order = pending_intent.order
    assert order is not None and order.lines.get().quantity == 2
    # The shopper's browser comes back from 3-D Secure after the webhook: same order, no second one.
    response = client.get(reverse("payments:return", args=[pending_intent.pk]))
    assert response["Location"].endswith(reverse("checkout:thank-you"))
    assert client.get(response["Location"]).context["order"] == order
    assert WebhookEvent.objects.get().processed is not None
    assert PaymentIntent.objects.filter(order__isnull=False).count() == 1


def test_failed_event_after_success_is_ignored(client, pending_intent):
    signed_post(client, payment_event("evt_1", "payment_intent.succeeded", pending_intent, "succeeded"))
    signed_post(
        client, payment_event("evt_2", "payment_intent.payment_failed", pending_intent, "requires_payment_method")
    )
    pending_intent.refresh_from_db()
    assert pending_intent.status == PaymentIntent.Status.SUCCEEDED and pending_intent.order is not None
    assert WebhookEvent.objects.count() == 2


def test_success_after_failure_still_ends_in_an_order(client, pending_intent):
    """Out of order: the failure (a first, declined attempt) arrives first; the money then arrives."""
    signed_post(
        client, payment_event("evt_a", "payment_intent.payment_failed", pending_intent, "requires_payment_method")
    )
    pending_intent.refresh_from_db()
    assert pending_intent.status == PaymentIntent.Status.FAILED
    signed_post(client, payment_event("evt_b", "payment_intent.succeeded", pending_intent, "succeeded"))
    pending_intent.refresh_from_db()
    assert pending_intent.status == PaymentIntent.Status.SUCCEEDED and pending_intent.order is not None


def test_stock_drained_after_payment_means_no_order_and_exactly_one_refund(
    client, pending_intent, product_factory, django_capture_on_commit_callbacks
):
    from payments.gateways.sandbox import SandboxGateway
    from payments.models import SandboxObject

    # The shopper left the 3-D Secure page open: the reservation expires and someone else buys the stock.
    assert reservations_expire(older_than=timedelta(0)) == 1
    record = pending_intent.reservations.get().stockrecord
    record.refresh_from_db()
    assert record.num_allocated == 0
    record.num_in_stock = 0
    record.save()
    # Then the bank answers yes: the money is taken…
    SandboxGateway().complete_authentication(pending_intent.reference, approve=True)
    event = payment_event("evt_late", "payment_intent.succeeded", pending_intent, "succeeded")
    with django_capture_on_commit_callbacks(execute=True):
        signed_post(client, event)
        signed_post(client, event | {"id": "evt_late_resent"})
        response = client.get(reverse("payments:return", args=[pending_intent.pk]))
    pending_intent.refresh_from_db()
    assert pending_intent.status == PaymentIntent.Status.REFUNDED_OUT_OF_STOCK
    assert pending_intent.order is None
    refund = Refund.objects.get()
    assert refund.status == Refund.Status.SUCCEEDED and refund.amount == pending_intent.amount
    assert SandboxObject.objects.filter(kind="refund").count() == 1
    assert SandboxObject.objects.get(pk=pending_intent.reference).data["refunded"] == 2400
    assert response["Location"].endswith(reverse("basket:summary"))  # told, with the basket back
    assert client.get(reverse("basket:summary")).context["basket"].num_items == 2


def test_dashboard_refund_event_is_recorded_once(client, pending_intent):
    signed_post(client, payment_event("evt_paid", "payment_intent.succeeded", pending_intent, "succeeded"))
    charge_event = {
        "id": "evt_refund",
        "type": "charge.refunded",
        "data": {
            "object": {
                "id": "ch_1",
                "object": "charge",
                "payment_intent": pending_intent.reference,
                "refunds": {"data": [{"id": "re_dashboard_1", "amount": 1200}]},
            }
        },
    }
    signed_post(client, charge_event)
    signed_post(client, charge_event | {"id": "evt_refund_2"})
    refund = Refund.objects.get()
    assert (refund.reference, str(refund.amount)) == ("re_dashboard_1", "12.00")


def test_dispute_adds_a_note_to_the_order(client, pending_intent):
    signed_post(client, payment_event("evt_paid", "payment_intent.succeeded", pending_intent, "succeeded"))
    signed_post(
        client,
        {
            "id": "evt_dispute",
            "type": "charge.dispute.created",
            "data": {
                "object": {
                    "id": "dp_1",
                    "payment_intent": pending_intent.reference,
                    "reason": "fraudulent",
                    "amount": 2400,
                }
            },
        },
    )
    pending_intent.refresh_from_db()
    assert "dp_1" in pending_intent.order.notes.get().message
