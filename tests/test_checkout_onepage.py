"""The single-page checkout: guests and signed-in shoppers, double clicks, tampering, 3-D Secure, BNPL."""

from decimal import Decimal

import pytest
from django.urls import reverse
from oscar.core.loading import get_model

from payments.models import PaymentIntent
from payments.tests.fixtures import (  # noqa: F401
    CARD_3DS,
    CARD_NO_FUNDS,
    _fresh_rate_limits,
    basket_add,
    checkout_form,
    country_fr,
    signed_in_shopper,
)

Order = get_model("order", "Order")
pytestmark = pytest.mark.django_db


@pytest.fixture
def basket_of_two(client, country_fr, product_factory):  # noqa: F811
    product = product_factory(title="Wool scarf", price="45.00", stock=4)
    basket_add(client, product, 2)
    return product


def test_page_shows_summary_and_only_eligible_methods(client, basket_of_two):
    response = client.get(reverse("checkout:index"))
    html = response.content.decode()
    assert "Wool scarf" in html and response.context["order_total"] == Decimal("90.00")
    assert response.context["payment_method_types"] == ["card", "sepa_debit", "klarna", "afterpay_clearpay"]
    assert "Affirm" not in html  # USD/CAD only


def test_double_clicked_pay_places_one_order(client, basket_of_two):
    data = checkout_form(client)
    first = client.post(reverse("checkout:index"), data)
    second = client.post(reverse("checkout:index"), data)
    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"] == reverse("checkout:thank-you")
    assert Order.objects.count() == 1 and PaymentIntent.objects.count() == 1
    record = basket_of_two.stockrecords.get()
    assert record.num_allocated == 2


def test_tampered_total_is_refused_and_nothing_is_charged(client, basket_of_two):
    data = checkout_form(client) | {"expected_total": "1.00"}
    response = client.post(reverse("checkout:index"), data)
    assert response.status_code == 200
    assert "Your basket changed while you were paying" in response.content.decode()
    assert not PaymentIntent.objects.exists() and not Order.objects.exists()


def test_basket_changed_in_another_tab_is_refused(client, basket_of_two):
    data = checkout_form(client)
    basket_add(client, basket_of_two, 1)  # now 3 scarves, the page still says 90.00
    response = client.post(reverse("checkout:index"), data)
    assert response.status_code == 200 and not Order.objects.exists()


def test_insufficient_funds_message(client, basket_of_two):
    response = client.post(reverse("checkout:index"), checkout_form(client) | {"payment_method": CARD_NO_FUNDS})
    assert "Your card has insufficient funds." in response.content.decode()
    assert response.context["form"]["email"].value() == "guest@example.com"  # what was typed is kept


def test_three_d_secure_approved_and_refused(client, basket_of_two):
    response = client.post(reverse("checkout:index"), checkout_form(client) | {"payment_method": CARD_3DS})
    page = client.get(response["Location"])
    assert page.status_code == 200 and b"Complete authentication" in page.content
    refused = client.post(response["Location"], {"decision": "fail"}, follow=True)
    assert b"unable to authenticate" in refused.content
    assert not Order.objects.exists()
    response = client.post(reverse("checkout:index"), checkout_form(client) | {"payment_method": CARD_3DS})
    approved = client.post(response["Location"], {"decision": "approve"}, follow=True)
    assert approved.redirect_chain[-1][0] == reverse("checkout:thank-you")
    assert Order.objects.get().total_incl_tax == Decimal("90.00")


def test_klarna_goes_through_the_provider_page(client, basket_of_two):
    data = checkout_form(client) | {"payment_method_type": "klarna", "payment_method": ""}
    response = client.post(reverse("checkout:index"), data)
    assert "/sandbox/authenticate/" in response["Location"]
    client.post(response["Location"], {"decision": "approve"})
    assert Order.objects.count() == 1


def test_ineligible_method_is_refused(client, basket_of_two):
    response = client.post(reverse("checkout:index"), checkout_form(client) | {"payment_method_type": "affirm"})
    assert response.status_code == 200 and "payment_method_type" in response.context["form"].errors


def test_signed_in_shopper_gets_saved_address_and_order_on_account(client, signed_in_shopper, product_factory):  # noqa: F811
    shopper = signed_in_shopper
    basket_add(client, product_factory(title="Candle", price="8.00"), 1)
    data = checkout_form(client)
    page = client.get(reverse("checkout:index"))
    assert page.context["form"].initial["line1"] == "3 quai Est" and b"data-saved-addresses" in page.content
    client.post(reverse("checkout:index"), data | {"email": shopper.email})
    order = Order.objects.get()
    assert order.user == shopper and order.guest_email == ""


def test_empty_basket_and_legacy_steps_redirect(client, country_fr):  # noqa: F811
    assert client.get(reverse("checkout:index"))["Location"] == reverse("basket:summary")
    assert client.get(reverse("checkout:preview"))["Location"] == reverse("checkout:index")
    assert client.post(reverse("checkout:payment-details"))["Location"] == reverse("checkout:index")


def test_out_of_stock_before_paying_is_refused_without_charge(client, basket_of_two):
    record = basket_of_two.stockrecords.get()
    record.num_in_stock = 1
    record.save()
    response = client.post(reverse("checkout:index"), checkout_form(client))
    assert response.status_code == 200 and "sold out" in response.content.decode()
    assert not PaymentIntent.objects.exists()


def test_payment_pages_load_scripts_only_from_us_and_js_stripe_com(client, basket_of_two, settings):
    policy = client.get(reverse("checkout:index"))["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())
    assert directives["script-src"].split() == ["'self'", "'unsafe-inline'", "https://js.stripe.com"]
    assert "https://js.stripe.com" in directives["frame-src"]
    settings.PAYMENT_GATEWAY = "stripe"
    settings.STRIPE_PUBLISHABLE_KEY = "pk_test_comptoir"
    html = client.get(reverse("checkout:index")).content.decode()
    assert '<script src="https://js.stripe.com/v3/"></script>' in html
    assert 'name="payment_method"' in html and 'type="hidden"' in html  # no card field of ours
    assert "Content-Security-Policy" not in client.get(reverse("basket:summary"))  # other pages: untouched
