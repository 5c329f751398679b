"""The same checkout with the Stripe gateway, against replayed Stripe HTTP responses."""

import json
from pathlib import Path
from urllib.parse import parse_qs

import pytest
import responses
from django.urls import reverse
from oscar.core.loading import get_model

from payments.models import PaymentIntent, Refund, SavedPaymentMethod
from payments.tests.fixtures import _fresh_rate_limits, basket_add, checkout_form, country_fr, signed_in_shopper  # noqa: F401

Order = get_model("order", "Order")
RECORDINGS = Path(__file__).resolve().parent.parent / "site" / "payments" / "tests" / "recordings"
API = "https://api.stripe.com/v1"
pytestmark = pytest.mark.django_db


def recording(name: str) -> dict:
    return json.loads((RECORDINGS / f"{name}.json").read_text())


@pytest.fixture
def stripe_mode(settings):
    settings.PAYMENT_GATEWAY = "stripe"
    settings.STRIPE_SECRET_KEY = "sk_test_comptoir"
    settings.STRIPE_PUBLISHABLE_KEY = "pk_test_comptoir"


@pytest.fixture
def basket_of_25_50(client, country_fr, product_factory):  # noqa: F811
    basket_add(client, product_factory(title="Apron", price="10.00"), 2)
    basket_add(client, product_factory(title="Spoon", price="5.50"), 1)


@responses.activate
def test_stripe_checkout_places_the_order_and_refunds_a_line(client, stripe_mode, basket_of_25_50):
    responses.post(f"{API}/payment_intents", json=recording("payment_intent_succeeded"))
    responses.post(f"{API}/refunds", json=recording("refund_succeeded"))
    data = checkout_form(client) | {"payment_method": "pm_1QxTestVisa0001"}
    response = client.post(reverse("checkout:index"), data)
    assert response["Location"] == reverse("checkout:thank-you")
    sent = parse_qs(responses.calls[0].request.body)
    assert sent["amount"] == ["2550"] and sent["payment_method"] == ["pm_1QxTestVisa0001"]
    assert sent["payment_method_types[2]"] == ["klarna"]  # the market's eligible methods, in order
    assert responses.calls[0].request.headers["Idempotency-Key"] == data["checkout_token"]
    order = Order.objects.get()
    assert order.payment_intent.reference == "pi_3QxTestSucceeded0001"
    assert order.sources.get().source_type.code == "stripe"

    from payments.services import refund_order_lines

    apron = order.lines.get(title="Apron")
    refund = refund_order_lines(order=order, lines=[(apron, 1)], reason="vendor_cancelled")
    assert (refund.reference, refund.status) == ("re_3QxTestRefund0001", Refund.Status.SUCCEEDED)
    assert parse_qs(responses.calls[1].request.body) == {
        "payment_intent": ["pi_3QxTestSucceeded0001"],
        "amount": ["1000"],
        "reason": ["requested_by_customer"],
    }


@responses.activate
def test_stripe_decline_keeps_the_basket(client, stripe_mode, basket_of_25_50):
    responses.post(f"{API}/payment_intents", json=recording("payment_intent_card_declined"), status=402)
    response = client.post(reverse("checkout:index"), checkout_form(client) | {"payment_method": "pm_card_x"})
    assert response.status_code == 200 and "Your card has insufficient funds." in response.content.decode()
    assert PaymentIntent.objects.get().status == PaymentIntent.Status.FAILED
    assert client.get(reverse("basket:summary")).context["basket"].num_items == 3


@responses.activate
def test_stripe_three_d_secure_page_hands_over_to_stripe_js(client, stripe_mode, basket_of_25_50):
    responses.post(f"{API}/payment_intents", json=recording("payment_intent_requires_action"))
    response = client.post(reverse("checkout:index"), checkout_form(client) | {"payment_method": "pm_1QxTest3DS0001"})
    html = response.content.decode()
    assert response.status_code == 200 and "https://js.stripe.com/v3/" in html
    assert 'data-client-secret="pi_3QxTest3DSecure0001_secret_Qq11"' in html
    assert "js.stripe.com" in response["Content-Security-Policy"]


@responses.activate
def test_stripe_saved_card_with_setup_intent(client, stripe_mode, signed_in_shopper):  # noqa: F811
    responses.post(f"{API}/customers", json=recording("customer"))
    responses.post(f"{API}/setup_intents", json=recording("setup_intent_succeeded"))
    response = client.post(reverse("payments:methods"), {"payment_method": "pm_1QxTestSaved0001"})
    assert response["Location"] == reverse("payments:methods")
    saved = SavedPaymentMethod.objects.get()
    assert (saved.customer_reference, saved.reference, saved.brand, saved.last4) == (
        "cus_TestComptoir01",
        "pm_1QxTestSaved0001",
        "visa",
        "4242",
    )
    setup = parse_qs(responses.calls[1].request.body)
    assert setup["usage"] == ["off_session"] and setup["customer"] == ["cus_TestComptoir01"]
    assert setup["expand[0]"] == ["payment_method"]
