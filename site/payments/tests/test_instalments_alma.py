"""The Alma-style HTTP adapter against replayed provider responses (no network)."""

import hashlib
import hmac
import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
import requests
import responses

from payments.instalments.alma import AlmaInstalmentProvider
from payments.instalments.base import (
    InstalmentError,
    InvalidSignature,
    PlanRequest,
    PlanStatus,
    ProviderUnavailable,
)

RECORDINGS = Path(__file__).parent / "recordings" / "alma"
API = "https://api.sandbox.getalma.eu"
KEY = "sk_test_comptoir_alma"
PLAN = "payment_11xTestPlan300EUR3x"


def recording(name: str):
    return json.loads((RECORDINGS / f"{name}.json").read_text())


@pytest.fixture(autouse=True)
def _empty_cache():
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def provider():
    return AlmaInstalmentProvider(api_key=KEY, api_url=API)


def plan_request(**overrides) -> PlanRequest:
    values = {
        "amount": Decimal("300.00"),
        "currency": "EUR",
        "count": 3,
        "country": "fr",
        "email": "camille@example.com",
        "first_name": "Camille",
        "last_name": "Durand",
        "idempotency_key": "checkout-7-abc",
        "return_url": "https://comptoir.example/shop/payments/return/",
        "notification_url": "https://comptoir.example/shop/payments/instalments/notification/",
        "metadata": {"comptoir_intent": "1", "basket": "7"},
    }
    return PlanRequest(**(values | overrides))


def test_a_missing_key_is_a_clear_error(settings):
    settings.ALMA_API_KEY = ""
    with pytest.raises(InstalmentError, match="ALMA_API_KEY"):
        AlmaInstalmentProvider()


@responses.activate
def test_eligibility_sends_cents_and_country_and_reads_the_schedules(provider):
    responses.post(f"{API}/v1/payments/eligibility", json=recording("eligibility_300"))
    quotes = provider.eligibility(amount=Decimal("300.00"), currency="EUR", country="fr", counts=(3, 4))
    call = responses.calls[0]
    assert call.request.headers["Authorization"] == f"Alma-Auth {KEY}"
    sent = json.loads(call.request.body)
    assert sent["purchase_amount"] == 30000 and sent["billing_address"] == {"country": "FR"}
    assert [query["installments_count"] for query in sent["queries"]] == [3, 4]
    three, four = quotes
    assert (three.count, three.fees, three.apr, three.total) == (
        3,
        Decimal("4.35"),
        Decimal("15.21"),
        Decimal("304.35"),
    )
    assert [item.total for item in three.instalments] == [Decimal("101.45")] * 3
    assert three.instalments[0].due_date == date(2026, 11, 26) and three.instalments[1].due_date == date(2026, 12, 26)
    assert (four.fees, four.apr, len(four.instalments)) == (Decimal("6.60"), Decimal("16.89"), 4)
    # Product pages ask for every price: the answer is cached, the provider is asked once.
    provider.eligibility(amount=Decimal("300.00"), currency="EUR", country="FR", counts=(3, 4))
    assert len(responses.calls) == 1


@responses.activate
def test_not_eligible_gives_no_plan(provider):
    responses.post(f"{API}/v1/payments/eligibility", json=recording("eligibility_too_low"))
    assert provider.eligibility(amount=Decimal("20.00"), currency="EUR", country="FR", counts=(3,)) == []


@responses.activate
def test_other_currencies_are_not_even_asked(provider):
    assert provider.eligibility(amount=Decimal("300.00"), currency="GBP", country="GB", counts=(3,)) == []
    with pytest.raises(InstalmentError, match="euros"):
        provider.create_plan(plan_request(currency="GBP"))
    assert len(responses.calls) == 0


@responses.activate
def test_create_plan_is_idempotent_and_returns_the_hosted_page(provider):
    responses.post(f"{API}/v1/payments", json=recording("payment_created"))
    plan = provider.create_plan(plan_request())
    call = responses.calls[0]
    assert call.request.headers["Idempotency-Key"] == "checkout-7-abc"
    body = json.loads(call.request.body)
    assert body["payment"]["purchase_amount"] == 30000 and body["payment"]["installments_count"] == 3
    assert body["payment"]["return_url"] == "https://comptoir.example/shop/payments/return/"
    assert body["payment"]["ipn_callback_url"].endswith("/instalments/notification/")
    assert body["payment"]["billing_address"]["country"] == "FR"
    assert body["payment"]["custom_data"]["comptoir_intent"] == "1"
    assert body["customer"] == {"first_name": "Camille", "last_name": "Durand", "email": "camille@example.com"}
    assert plan.reference == PLAN and plan.status == PlanStatus.PENDING
    assert plan.hosted_url == f"https://checkout.sandbox.getalma.eu/{PLAN}"
    assert plan.fees == Decimal("4.35") and plan.amount == Decimal("300.00")
    assert plan.metadata["comptoir_intent"] == "1"


@responses.activate
def test_confirm_after_the_hosted_page(provider):
    responses.get(f"{API}/v1/payments/{PLAN}", json=recording("payment_in_progress"))
    assert provider.confirm(PLAN).status == PlanStatus.ACTIVE
    responses.get(f"{API}/v1/payments/{PLAN}", json=recording("payment_scored_no"))
    refused = provider.status(PLAN)
    assert refused.status == PlanStatus.REFUSED and refused.error_message


@responses.activate
def test_refund_finds_its_refund_by_merchant_reference(provider):
    responses.post(f"{API}/v1/payments/{PLAN}/refund", json=recording("payment_refunded"))
    refund = provider.refund(reference=PLAN, amount=Decimal("150.00"), idempotency_key="refund-1-lines-9x1")
    assert refund.reference == "refund_11xTestRefund150" and refund.amount == Decimal("150.00")
    sent = json.loads(responses.calls[0].request.body)
    assert sent == {"amount": 15000, "merchant_reference": "refund-1-lines-9x1"}
    with pytest.raises(InstalmentError, match="positive"):
        provider.refund(reference=PLAN, amount=Decimal("0"), idempotency_key="refund-zero")


@responses.activate
def test_refusals_outages_and_garbage_are_distinguished(provider):
    responses.post(f"{API}/v1/payments", json=recording("error_invalid_amount"), status=400)
    with pytest.raises(InstalmentError, match="Purchase amount must be between") as refused:
        provider.create_plan(plan_request(amount=Decimal("20.00")))
    assert not isinstance(refused.value, ProviderUnavailable)
    responses.get(f"{API}/v1/payments/{PLAN}", json={"message": "down"}, status=503)
    with pytest.raises(ProviderUnavailable):
        provider.status(PLAN)
    responses.get(f"{API}/v1/payments/payment_garbage", body="<html>proxy error</html>", status=200)
    with pytest.raises(ProviderUnavailable):
        provider.status("payment_garbage")
    responses.get(f"{API}/v1/payments/payment_timeout", body=requests.ConnectionError("reset"))
    with pytest.raises(ProviderUnavailable):
        provider.status("payment_timeout")


@responses.activate
def test_recent_plans_for_reconciliation(provider):
    responses.get(f"{API}/v1/payments", json=recording("payment_list"))
    plans = provider.list_recent(created_after=1795600000)
    assert [plan.status for plan in plans] == [PlanStatus.ACTIVE]
    assert responses.calls[0].request.params == {"created_gte": "1795600000", "limit": "100"}


def test_notification_signature_is_the_hmac_of_the_payment_id(provider):
    signature = hmac.new(KEY.encode(), PLAN.encode(), hashlib.sha256).hexdigest()
    provider.verify_notification(reference=PLAN, signature=signature)
    with pytest.raises(InvalidSignature):
        provider.verify_notification(reference="payment_other", signature=signature)
