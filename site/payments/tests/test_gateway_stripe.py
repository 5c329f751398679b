"""The Stripe adapter against replayed Stripe HTTP responses (no network)."""

import json
from pathlib import Path
from urllib.parse import parse_qs

import pytest
import responses

from payments.gateways.base import PaymentRequest, PaymentStatus, RefundRequest
from payments.gateways.stripe import StripeGateway

RECORDINGS = Path(__file__).parent / "recordings"
API = "https://api.stripe.com/v1"


def recording(name: str) -> dict:
    return json.loads((RECORDINGS / f"{name}.json").read_text())


@pytest.fixture
def gateway(settings):
    settings.STRIPE_SECRET_KEY = "sk_test_comptoir"
    return StripeGateway()


def payment_request(**overrides) -> PaymentRequest:
    values = {
        "amount_minor": 2550,
        "currency": "EUR",
        "idempotency_key": "checkout-7-abc",
        "payment_method": "pm_1QxTestVisa0001",
        "return_url": "https://comptoir.example/shop/payments/return/",
        "payment_method_types": ("card", "klarna"),
        "metadata": {"comptoir_intent": "1"},
    }
    return PaymentRequest(**(values | overrides))


def sent_form(call) -> dict:
    return parse_qs(call.request.body)


@responses.activate
def test_create_payment_sends_idempotency_key_and_confirms(gateway):
    responses.post(f"{API}/payment_intents", json=recording("payment_intent_succeeded"))
    result = gateway.create_payment(payment_request())
    assert result.status == PaymentStatus.SUCCEEDED
    assert result.reference == "pi_3QxTestSucceeded0001"
    assert result.amount_minor == 2550
    call = responses.calls[0]
    assert call.request.headers["Idempotency-Key"] == "checkout-7-abc"
    assert call.request.headers["Authorization"] == "Bearer sk_test_comptoir"
    form = sent_form(call)
    assert form["amount"] == ["2550"] and form["currency"] == ["eur"] and form["confirm"] == ["true"]
    assert form["payment_method_types[0]"] == ["card"] and form["payment_method_types[1]"] == ["klarna"]
    assert form["metadata[comptoir_intent]"] == ["1"]


@responses.activate
def test_declined_card_is_an_answer_not_an_error(gateway):
    responses.post(f"{API}/payment_intents", json=recording("payment_intent_card_declined"), status=402)
    result = gateway.create_payment(payment_request(idempotency_key="checkout-7-declined"))
    assert result.status == PaymentStatus.FAILED
    assert result.reference == "pi_3QxTestDeclined0001"
    assert result.error_code == "insufficient_funds"
    assert result.error_message == "Your card has insufficient funds."


@responses.activate
def test_three_d_secure_returns_the_redirect(gateway):
    responses.post(f"{API}/payment_intents", json=recording("payment_intent_requires_action"))
    result = gateway.create_payment(payment_request(idempotency_key="checkout-7-3ds"))
    assert result.status == PaymentStatus.REQUIRES_ACTION
    assert result.next_action_url.startswith("https://hooks.stripe.com/3d_secure_2/")
    assert result.client_secret == "pi_3QxTest3DSecure0001_secret_Qq11"


@responses.activate
def test_off_session_payment_sends_customer_and_no_return_url(gateway):
    responses.post(f"{API}/payment_intents", json=recording("payment_intent_succeeded"))
    gateway.create_payment(payment_request(customer="cus_Test1", off_session=True))
    form = sent_form(responses.calls[0])
    assert form["off_session"] == ["true"] and form["customer"] == ["cus_Test1"]
    assert "return_url" not in form


@responses.activate
def test_refund_and_list(gateway):
    responses.post(f"{API}/refunds", json=recording("refund_succeeded"))
    responses.get(f"{API}/payment_intents", json=recording("payment_intent_list"))
    refund = gateway.refund(
        RefundRequest(payment_reference="pi_3QxTestSucceeded0001", amount_minor=1000, idempotency_key="refund-1-a")
    )
    assert (refund.reference, refund.status, refund.amount_minor) == ("re_3QxTestRefund0001", "succeeded", 1000)
    assert responses.calls[0].request.headers["Idempotency-Key"] == "refund-1-a"
    recent = gateway.list_recent_payments(created_after=1764000000)
    assert [(p.reference, p.status) for p in recent] == [
        ("pi_3QxTestSucceeded0001", PaymentStatus.SUCCEEDED),
        ("pi_3QxTest3DSecure0001", PaymentStatus.REQUIRES_ACTION),
    ]
    assert "created%5Bgte%5D=1764000000" in responses.calls[1].request.url


@responses.activate
def test_api_error_becomes_gateway_error(gateway):
    from payments.gateways.base import GatewayError

    responses.post(
        f"{API}/payment_intents",
        json={"error": {"type": "invalid_request_error", "message": "No such PaymentMethod: 'pm_x'"}},
        status=400,
    )
    with pytest.raises(GatewayError, match="No such PaymentMethod"):
        gateway.create_payment(payment_request(payment_method="pm_x"))
