import json

import pytest
import responses
import stripe
from django.core import mail
from django.urls import reverse

from vendors import services
from vendors.models import PayoutStatement, VendorApplication, VendorProfile
from vendors.payouts import StripeConnect, get_gateway

pytestmark = pytest.mark.django_db

APPLICATION = {
    "company_name": "Céramiques Gamma",
    "legal_id": "123 456 789 00011",
    "contact_name": "Gaëlle",
    "email": "gaelle@gamma.example.com",
    "description": "<p>Bowls</p><script>alert(1)</script>",
    "accept_terms": "on",
}


def test_public_application_then_staff_approval(client, staff_user, django_capture_on_commit_callbacks):
    page = client.get(reverse("vendors:apply"))
    assert page.status_code == 200
    response = client.post(reverse("vendors:apply"), APPLICATION)
    assert response.status_code == 302
    application = VendorApplication.objects.get()
    assert application.legal_id == "12345678900011"
    assert "<script>" not in application.description

    client.force_login(staff_user)
    url = reverse("dashboard:vendors-application-review", kwargs={"pk": application.pk})
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"decision": "approved"})
    application.refresh_from_db()
    assert application.status == "approved"
    user = application.user
    assert application.partner.users.filter(pk=user.pk).exists()
    assert user.has_perm("partner.dashboard_access")
    assert mail.outbox and mail.outbox[-1].to == ["gaelle@gamma.example.com"]
    profile = VendorProfile.objects.get(partner=application.partner)
    storefront = client.get(reverse("vendors:storefront", kwargs={"slug": profile.slug}))
    assert storefront.status_code == 200 and "Céramiques Gamma" in storefront.content.decode()


def test_reject_needs_a_reason_and_sends_it(client, staff_user):
    application = VendorApplication.objects.create(
        company_name="X", legal_id="FR12345678901", contact_name="X", email="x@example.com"
    )
    client.force_login(staff_user)
    url = reverse("dashboard:vendors-application-review", kwargs={"pk": application.pk})
    assert client.post(url, {"decision": "rejected"}).status_code == 200  # form error: no reason
    application.refresh_from_db()
    assert application.status == "submitted"
    client.post(url, {"decision": "more_info", "message": "Send your Kbis"})
    application.refresh_from_db()
    assert (application.status, application.review_message) == ("more_info", "Send your Kbis")


def test_bad_legal_id_is_refused(client):
    response = client.post(reverse("vendors:apply"), {**APPLICATION, "legal_id": "12"})
    assert response.status_code == 400 and not VendorApplication.objects.exists()


def test_application_form_is_rate_limited(client, settings):
    from django.core.cache import cache

    cache.clear()
    statuses = [client.post(reverse("vendors:apply"), {"company_name": ""}).status_code for _ in range(6)]
    assert statuses[-1] == 429


def test_vendor_cannot_review_applications(client, vendor_a):
    application = VendorApplication.objects.create(
        company_name="X", legal_id="FR12345678901", contact_name="X", email="x@example.com"
    )
    client.force_login(vendor_a[1])
    assert client.get(reverse("dashboard:vendors-application-list")).status_code == 403
    url = reverse("dashboard:vendors-application-review", kwargs={"pk": application.pk})
    assert client.post(url, {"decision": "approved"}).status_code == 403


def test_manual_gateway_is_the_default(settings):
    assert get_gateway().name == "manual"


@responses.activate
def test_stripe_connect_transfer_replays_recorded_responses(vendor_a, monkeypatch):
    monkeypatch.setattr(stripe, "default_http_client", stripe.RequestsClient())
    partner, _user = vendor_a
    responses.post(
        "https://api.stripe.com/v1/accounts",
        json={
            "id": "acct_1Q2w3E4r5T6y7U8i",
            "object": "account",
            "type": "express",
            "country": "FR",
            "email": "vendor@example.com",
            "charges_enabled": False,
            "payouts_enabled": False,
        },
    )
    responses.post(
        "https://api.stripe.com/v1/transfers",
        json={
            "id": "tr_1Q9z8Y7x6W5v4U3t",
            "object": "transfer",
            "amount": 3600,
            "currency": "eur",
            "destination": "acct_1Q2w3E4r5T6y7U8i",
            "transfer_group": "statement-1",
            "reversed": False,
        },
    )
    gateway = StripeConnect(api_key="sk_test_recorded")
    account_id = gateway.create_account(email="vendor@example.com")
    assert account_id == "acct_1Q2w3E4r5T6y7U8i"
    VendorProfile.objects.create(partner=partner, slug="alpha", stripe_account_id=account_id)
    statement = PayoutStatement.objects.create(partner=partner, period_end="2026-01-31T00:00:00Z", amount_cents=3600)
    assert gateway.pay(statement=statement) == "tr_1Q9z8Y7x6W5v4U3t"
    transfer_call = responses.calls[1].request
    assert "amount=3600" in transfer_call.body and "destination=acct_1Q2w3E4r5T6y7U8i" in transfer_call.body
    assert transfer_call.headers["Idempotency-Key"] == f"comptoir-statement-{statement.pk}"
    assert transfer_call.headers["Authorization"] == "Bearer sk_test_recorded"
    assert json.loads(json.dumps(dict(transfer_call.headers))).get("Stripe-Version")
    statement.refresh_from_db()
    assert services.account_balance(account=f"vendor:{partner.pk}") == 0
