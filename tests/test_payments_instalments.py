# ruff: noqa: F811  (pytest fixtures imported from payments.tests are parameters here)
"""Card instalments (3x/4x) end to end: product page line, credit information and consent at checkout,
the provider's page, the order placed through the usual settle path, refunds through the provider, and one
answer to "who may pay in instalments" everywhere."""

import json
from decimal import Decimal

import pytest
import responses
from django.urls import reverse
from oscar.core.loading import get_model

from payments.instalments import get_instalment_provider
from payments.instalments.base import InstalmentError, PlanStatus
from payments.instalments.local import signature_for
from payments.models import InstalmentConsent, PaymentIntent, Refund
from payments.services import refund_order_lines
from payments.tests.fixtures import (  # noqa: F401
    _fresh_rate_limits,
    basket_add,
    checkout_form,
    country_fr,
)
from payments.tests.instalment_fixtures import LEGAL_3X, instalment_options  # noqa: F401

Order = get_model("order", "Order")
Country = get_model("address", "Country")
pytestmark = pytest.mark.django_db
CARD_OK = "4242 4242 4242 4242"


@pytest.fixture
def sofa(client, country_fr, product_factory, instalment_options):
    product = product_factory(title="Linen sofa", price="300.00", stock=3)
    basket_add(client, product)
    return product


def instalment_form(client, method: str = "instalments_3x") -> dict:
    response = client.get(reverse("checkout:index"))
    offer = next(offer for offer in response.context["instalment_offers"] if offer.method == method)
    return checkout_form(client) | {
        "payment_method_type": method,
        "payment_method": "",
        "instalment_consent": "on",
        f"instalment_terms_{method}": offer.text_hash,
    }


def test_checkout_shows_the_credit_information_before_commitment(client, sofa):
    response = client.get(reverse("checkout:index"))
    assert response.context["order_total"] == Decimal("300.00")
    assert response.context["payment_method_types"][-2:] == ["instalments_3x", "instalments_4x"]
    html = response.content.decode()
    for shown in ("Consumer credit information", "€101.45", "€304.35", "€4.35", "15.21 %", "16.89 %", LEGAL_3X):
        assert shown in html, shown
    assert "I have read the credit information above" in html


def test_three_instalments_on_the_local_provider_place_the_order(client, sofa, django_capture_on_commit_callbacks):
    data = instalment_form(client)
    response = client.post(reverse("checkout:index"), data)
    intent = PaymentIntent.objects.get(idempotency_key=data["checkout_token"])
    assert intent.gateway == "instalments" and intent.status == PaymentIntent.Status.REQUIRES_ACTION
    assert response.status_code == 302 and response["Location"] == reverse(
        "payments:instalments-local-page", args=[intent.reference]
    )
    consent = InstalmentConsent.objects.get(intent=intent)
    assert (consent.instalment_count, consent.amount, consent.fees, consent.apr) == (
        3,
        Decimal("300.00"),
        Decimal("4.35"),
        Decimal("15.21"),
    )
    assert consent.email == "guest@example.com" and consent.text_hash == data["instalment_terms_instalments_3x"]
    assert LEGAL_3X in consent.text and "Total cost: €304.35" in consent.text and len(consent.legal_text_version) == 16
    assert [row["total"] for row in consent.schedule] == ["101.45", "101.45", "101.45"]
    assert sofa.stockrecords.get().num_allocated == 1  # held while the shopper is on the provider's page

    page = client.get(response["Location"])
    assert page.status_code == 200 and b"Pay the first instalment" in page.content
    with django_capture_on_commit_callbacks(execute=True):
        done = client.post(response["Location"], {"card": CARD_OK, "decision": "approve"}, follow=True)
    assert done.redirect_chain[-1][0] == reverse("checkout:thank-you")
    intent.refresh_from_db()
    order = Order.objects.get()
    assert intent.status == PaymentIntent.Status.SUCCEEDED and intent.order == order
    assert order.total_incl_tax == Decimal("300.00")  # the fees go to the provider, not into the order
    assert order.sources.get().source_type.code == "instalments"
    assert get_instalment_provider().status(intent.reference).status == PlanStatus.ACTIVE


def test_declined_card_on_the_provider_page_places_nothing(client, sofa):
    response = client.post(reverse("checkout:index"), instalment_form(client))
    page = client.post(response["Location"], {"card": "4000000000000002", "decision": "approve"}, follow=True)
    assert page.redirect_chain[-1][0] == reverse("checkout:index")
    assert "Your card was declined." in page.content.decode()
    assert not Order.objects.exists() and sofa.stockrecords.get().num_allocated == 0


def test_refund_goes_through_the_provider(client, sofa, django_capture_on_commit_callbacks):
    response = client.post(reverse("checkout:index"), instalment_form(client))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(response["Location"], {"card": CARD_OK, "decision": "approve"}, follow=True)
    order = Order.objects.get()
    refund = refund_order_lines(order=order, lines=[(order.lines.get(), 1)], reason="requested_by_customer")
    assert refund.status == Refund.Status.SUCCEEDED and refund.reference.startswith("refund_local_")
    plan = get_instalment_provider().status(order.payment_intent.reference)
    assert plan.refunded == Decimal("300.00")


def test_no_consent_no_plan(client, sofa):
    data = instalment_form(client) | {"instalment_consent": ""}
    response = client.post(reverse("checkout:index"), data)
    assert response.status_code == 200
    assert "Please read the credit information and accept it" in response.content.decode()
    assert not PaymentIntent.objects.exists() and not InstalmentConsent.objects.exists()


def test_terms_changed_since_the_page_was_shown(client, sofa, instalment_options):
    data = instalment_form(client)
    three, __ = instalment_options
    three.legal_mentions = "New legal text."
    three.save()
    response = client.post(reverse("checkout:index"), data)
    assert "The credit terms changed since the page was shown" in response.content.decode()
    assert not PaymentIntent.objects.exists() and not InstalmentConsent.objects.exists()
    assert not sofa.stockrecords.get().num_allocated  # nothing reserved


def test_plan_not_offered_for_this_amount_is_refused(client, country_fr, product_factory, instalment_options):
    product = product_factory(title="Tea towel", price="20.00", stock=3)
    basket_add(client, product)
    response = client.get(reverse("checkout:index"))
    assert response.context["instalment_offers"] == []
    assert "instalments_3x" not in response.context["payment_method_types"]
    data = checkout_form(client) | {"payment_method_type": "instalments_3x", "instalment_consent": "on"}
    refused = client.post(reverse("checkout:index"), data)
    assert "This payment method is not available for this amount or country." in refused.content.decode()
    assert not PaymentIntent.objects.exists()


def test_signed_provider_notification_settles_the_payment(client, sofa, django_capture_on_commit_callbacks):
    response = client.post(reverse("checkout:index"), instalment_form(client))
    intent = PaymentIntent.objects.get()
    get_instalment_provider("local").shopper_decide(intent.reference, card=CARD_OK)
    url = reverse("payments:instalments-notification") + f"?pid={intent.reference}"
    assert client.get(url, HTTP_X_ALMA_SIGNATURE="forged").status_code == 400
    with django_capture_on_commit_callbacks(execute=True):
        notified = client.get(url, HTTP_X_ALMA_SIGNATURE=signature_for(intent.reference))
    assert notified.content == b"succeeded" and Order.objects.count() == 1
    # The shopper's browser comes back afterwards: same order, nothing twice.
    back = client.get(reverse("payments:gateway-return") + f"?pid={intent.reference}")
    assert back["Location"] == reverse("checkout:thank-you") and Order.objects.count() == 1
    assert response.status_code == 302


def test_reconciliation_settles_a_plan_whose_return_and_notification_were_lost(
    client, sofa, django_capture_on_commit_callbacks
):
    from payments.services import payments_reconcile

    client.post(reverse("checkout:index"), instalment_form(client))
    intent = PaymentIntent.objects.get()
    get_instalment_provider("local").shopper_decide(intent.reference, card=CARD_OK)  # then the browser closed
    with django_capture_on_commit_callbacks(execute=True):
        assert payments_reconcile() == 1
    intent.refresh_from_db()
    assert intent.status == PaymentIntent.Status.SUCCEEDED and Order.objects.count() == 1
    assert payments_reconcile() == 0


def test_with_stripe_for_cards_instalments_are_their_own_button(client, sofa, settings):
    settings.PAYMENT_GATEWAY = "stripe"
    settings.STRIPE_PUBLISHABLE_KEY = "pk_test_comptoir"
    page = client.get(reverse("checkout:index")).content.decode()
    assert "data-instalment-submit" in page and 'value="instalments_3x"' in page
    assert 'data-method-types="card,sepa_debit,klarna,afterpay_clearpay"' in page  # never sent to Stripe
    data = instalment_form(client) | {
        "payment_method_type": ["card", "instalments_3x"],
        "payment_method": "instalments",
    }
    response = client.post(reverse("checkout:index"), data)
    intent = PaymentIntent.objects.get()
    assert intent.gateway == "instalments" and response["Location"].endswith(f"/instalments/plan/{intent.reference}/")


def test_someone_else_cannot_open_the_plan_page(client, sofa):
    from django.test import Client

    response = client.post(reverse("checkout:index"), instalment_form(client))
    assert Client().get(response["Location"]).status_code == 404


# --- one answer to "who may pay in instalments" --------------------------------------------------------------


def product_page_methods(client, product) -> set[str]:
    html = client.get(product.get_absolute_url()).content.decode()
    return {method for method in ("instalments_3x", "instalments_4x") if f'data-instalment-teaser="{method}"' in html}


def checkout_methods(client, product) -> set[str]:
    basket_add(client, product)
    response = client.get(reverse("checkout:index"))
    assert response.context["order_total"] == product.stockrecords.get().price  # no delivery charge here
    client.cookies.clear()  # a fresh basket for the next amount
    return {method for method in response.context["payment_method_types"] if method.startswith("instalments_")}


def provider_methods(amount: Decimal, country: str = "FR") -> set[str]:
    provider = get_instalment_provider()
    eligible = {
        f"instalments_{q.count}x"
        for q in provider.eligibility(amount=amount, currency="EUR", country=country, counts=(3, 4))
    }
    for count in (3, 4):
        try:
            provider.quote(amount=amount, currency="EUR", country=country, count=count)
        except InstalmentError:
            assert f"instalments_{count}x" not in eligible
    return eligible


@pytest.mark.parametrize(
    ("price", "expected"),
    [
        ("49.99", set()),
        ("50.00", {"instalments_3x"}),
        ("99.99", {"instalments_3x"}),
        ("100.00", {"instalments_3x", "instalments_4x"}),
        ("2000.00", {"instalments_3x", "instalments_4x"}),
        ("2000.01", {"instalments_4x"}),
        ("3000.00", {"instalments_4x"}),
        ("3000.01", set()),
    ],
)
def test_product_page_checkout_and_provider_agree_at_the_bounds(
    client,
    country_fr,
    product_factory,
    instalment_options,
    price,
    expected,
):
    product = product_factory(title=f"Item at {price}", price=price, stock=5)
    assert product_page_methods(client, product) == expected
    assert checkout_methods(client, product) == expected
    assert provider_methods(Decimal(price)) == expected


def test_product_page_line_reads_like_the_checkout(client, country_fr, product_factory, instalment_options):
    html = client.get(product_factory(title="Desk", price="300.00").get_absolute_url()).content.decode()
    assert "or 3 \u00d7 €101.45 with Comptoir Pay" in html and "or 4 \u00d7 €76.65 with Comptoir Pay" in html
    uneven = client.get(product_factory(title="Lamp", price="100.00").get_absolute_url()).content.decode()
    assert "or €33.83 then 2 \u00d7 €33.81 with Comptoir Pay" in uneven


def test_wrong_country_or_currency_gets_no_instalments(client, product_factory, instalment_options, settings):
    from payments.instalments.eligibility import instalment_offers

    assert instalment_offers(amount=Decimal("300.00"), currency="EUR", country="DE") == []  # market without it
    assert instalment_offers(amount=Decimal("300.00"), currency="GBP", country="FR") == []  # wrong currency
    assert instalment_offers(amount=Decimal("300.00"), currency="EUR", country="US") == []
    settings.PAYMENT_MARKETS = {
        **settings.PAYMENT_MARKETS,
        "DE": {"currency": "EUR", "methods": ["card", "instalments_3x"]},
    }
    assert [offer.method for offer in instalment_offers(amount=Decimal("300.00"), currency="EUR", country="DE")] == [
        "instalments_3x"
    ]
    settings.INSTALMENT_LOCAL_COUNTRIES = ["FR"]  # the provider itself no longer lends in Germany
    assert instalment_offers(amount=Decimal("300.00"), currency="EUR", country="DE") == []


def test_no_snippet_no_offer_and_a_provider_with_other_fees_is_not_offered(
    client,
    country_fr,
    product_factory,
    instalment_options,
    settings,
    caplog,
):
    from payments.instalments.eligibility import instalment_offers

    settings.INSTALMENT_LOCAL_PLANS = {
        **settings.INSTALMENT_LOCAL_PLANS,
        3: {"min": "50.00", "max": "2000.00", "fee_percent": "3.00", "apr": "32.90"},
    }
    offers = instalment_offers(amount=Decimal("300.00"), currency="EUR", country="FR")
    assert [offer.method for offer in offers] == ["instalments_4x"]
    assert "unlike payment option" in caplog.text
    instalment_options[1].delete()
    assert instalment_offers(amount=Decimal("300.00"), currency="EUR", country="FR") == []
    product = product_factory(title="Chair", price="300.00")
    assert product_page_methods(client, product) == set()


def test_an_unreachable_or_misconfigured_provider_hides_instalments_not_the_page(client, sofa, settings):
    settings.INSTALMENT_PROVIDER = "alma"
    settings.ALMA_API_KEY = ""
    response = client.get(reverse("checkout:index"))
    assert response.status_code == 200 and response.context["instalment_offers"] == []
    assert "instalments_3x" not in response.context["payment_method_types"]
    assert product_page_methods(client, sofa) == set()


# --- the same journey on the Alma-style adapter, against replayed provider responses ---------------------------


@responses.activate
def test_three_instalments_through_the_http_provider(client, sofa, settings, django_capture_on_commit_callbacks):
    from django.core.cache import cache

    from payments.tests.test_instalments_alma import API, PLAN, recording

    cache.clear()
    settings.INSTALMENT_PROVIDER = "alma"
    settings.ALMA_API_KEY = "sk_test_comptoir_alma"
    settings.ALMA_API_URL = API
    responses.post(f"{API}/v1/payments/eligibility", json=recording("eligibility_300"))
    responses.post(f"{API}/v1/payments", json=recording("payment_created"))
    responses.get(f"{API}/v1/payments/{PLAN}", json=recording("payment_in_progress"))

    data = instalment_form(client)
    response = client.post(reverse("checkout:index"), data)
    assert response["Location"] == f"https://checkout.sandbox.getalma.eu/{PLAN}"  # the provider's own page
    sent = json.loads(responses.calls[-1].request.body)
    assert sent["payment"]["purchase_amount"] == 30000 and sent["customer"]["email"] == "guest@example.com"
    assert responses.calls[-1].request.headers["Idempotency-Key"] == data["checkout_token"]
    # The provider sends the shopper back with ?pid=: we ask it for the plan, then place the order.
    with django_capture_on_commit_callbacks(execute=True):
        back = client.get(reverse("payments:gateway-return") + f"?pid={PLAN}", follow=True)
    assert back.redirect_chain[-1][0] == reverse("checkout:thank-you")
    intent = PaymentIntent.objects.get()
    assert intent.reference == PLAN and intent.order == Order.objects.get()
    assert InstalmentConsent.objects.get(intent=intent).fees == Decimal("4.35")
