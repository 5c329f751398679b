import json
from decimal import Decimal

import pytest
from django.urls import reverse
from oscar.core.loading import get_model

from vendors import services
from vendors.models import ApiToken, StockChange

StockRecord = get_model("partner", "StockRecord")
pytestmark = pytest.mark.django_db


@pytest.fixture
def token(stocked, vendor_a):
    _token, raw = services.api_token_create(partner=stocked[0], name="ERP", created_by=vendor_a[1])
    return raw


def _call(client, raw, payload):
    return client.post(
        reverse("vendors:api-stock"),
        data=json.dumps(payload) if not isinstance(payload, bytes) else payload,
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {raw}",
    )


def test_token_is_stored_hashed(token):
    stored = ApiToken.objects.get()
    assert token not in (stored.token_hash, stored.prefix) and stored.token_hash != token
    assert len(stored.token_hash) == 64


def test_update_by_sku(client, token):
    response = _call(
        client,
        token,
        {"items": [{"sku": "A-1", "price": "11.00", "num_in_stock": 2}, {"sku": "A-2", "num_in_stock": 9}]},
    )
    assert response.status_code == 200, response.content
    assert response.json()["updated"] == 2
    assert StockRecord.objects.get(partner_sku="A-1").price == Decimal("11.00")
    assert StockRecord.objects.get(partner_sku="A-2").num_in_stock == 9
    assert StockChange.objects.filter(source=StockChange.API, token__isnull=False).count() == 2


def test_invalid_or_revoked_token_is_401(client, token):
    assert _call(client, "cpt_wrong", {"items": [{"sku": "A-1", "num_in_stock": 1}]}).status_code == 401
    services.api_token_revoke(token=ApiToken.objects.get())
    assert _call(client, token, {"items": [{"sku": "A-1", "num_in_stock": 1}]}).status_code == 401


def test_other_vendor_sku_is_404_and_nothing_changes(client, token):
    response = _call(client, token, {"items": [{"sku": "A-1", "num_in_stock": 1}, {"sku": "B-1", "num_in_stock": 0}]})
    assert response.status_code == 404 and response.json()["skus"] == ["B-1"]
    assert StockRecord.objects.get(partner_sku="B-1").num_in_stock == 7
    assert StockRecord.objects.get(partner_sku="A-1").num_in_stock == 5


@pytest.mark.parametrize(
    "payload",
    [
        b"{not json",
        {"items": []},
        {"items": [{"sku": "A-1", "price": "abc"}]},
        {"items": [{"sku": "A-1", "num_in_stock": -1}]},
        {"items": [{"sku": "A-1"}]},
    ],
)
def test_bad_payload_is_400_with_field_errors(client, token, payload):
    response = _call(client, token, payload)
    assert response.status_code == 400
    assert "error" in response.json()


def test_rate_limited(client, token, settings):
    from django.core.cache import cache

    cache.clear()
    settings.VENDORS_API_RATE_LIMIT = (2, 60)
    statuses = [_call(client, token, {"items": [{"sku": "A-1", "num_in_stock": n}]}).status_code for n in range(3)]
    assert statuses == [200, 200, 429]


def test_tokens_are_created_and_revoked_in_the_dashboard(client, vendor_a, stocked):
    client.force_login(vendor_a[1])
    response = client.post(reverse("dashboard:vendors-tokens"), {"name": "Shop system"})
    raw = response.context["raw_token"]
    assert raw.startswith("cpt_")
    token = ApiToken.objects.get(name="Shop system")
    client.post(reverse("dashboard:vendors-token-revoke", kwargs={"pk": token.pk}))
    token.refresh_from_db()
    assert token.revoked_at is not None
