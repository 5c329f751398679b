"""One-click buy: saved card (SetupIntent) + default address, off-session, with an on-session fallback."""

from decimal import Decimal

import pytest
from django.template import Context, Template
from django.test import RequestFactory
from django.urls import reverse
from oscar.core.loading import get_model

from payments.models import PaymentIntent, SavedPaymentMethod
from payments.tests.fixtures import CARD_3DS, CARD_DECLINED, CARD_OK, _fresh_rate_limits, country_fr, signed_in_shopper  # noqa: F401

Order = get_model("order", "Order")
pytestmark = pytest.mark.django_db


@pytest.fixture
def ready_shopper(signed_in_shopper):  # noqa: F811
    return signed_in_shopper


def save_card(client, card: str):
    return client.post(reverse("payments:methods"), {"payment_method": card})


def test_saving_cards(client, ready_shopper):
    assert save_card(client, CARD_DECLINED).status_code == 200
    assert not SavedPaymentMethod.objects.exists()
    assert save_card(client, CARD_OK)["Location"] == reverse("payments:methods")
    save_card(client, CARD_3DS)
    methods = SavedPaymentMethod.objects.filter(user=ready_shopper)
    assert [(m.last4, m.is_default) for m in methods.order_by("pk")] == [("4242", False), ("3155", True)]
    assert len({m.customer_reference for m in methods}) == 1  # one gateway customer per shopper


def test_buy_now_places_an_order_without_touching_the_basket(client, ready_shopper, product_factory):
    product = product_factory(title="Notebook", price="7.50", stock=3)
    kept = product_factory(title="Pen", price="2.00")
    client.post(reverse("basket:add", kwargs={"pk": kept.pk}), {"quantity": 1})
    save_card(client, CARD_3DS)  # saved for off-session use: no 3-D Secure needed now
    response = client.post(reverse("payments:buy-now", args=[product.pk]), {"buy_now_token": "t1"})
    assert response["Location"] == reverse("checkout:thank-you")
    again = client.post(reverse("payments:buy-now", args=[product.pk]), {"buy_now_token": "t1"})  # double click
    assert again["Location"] == reverse("checkout:thank-you")
    order = Order.objects.get()
    assert order.user == ready_shopper and order.total_incl_tax == Decimal("7.50")
    assert order.shipping_address.line1 == "3 quai Est"
    assert client.get(reverse("basket:summary")).context["basket"].num_items == 1  # the pen is still there


def test_bank_asking_for_authentication_falls_back_on_session(client, ready_shopper, product_factory):
    product = product_factory(title="Lamp", price="40.00", stock=1)
    save_card(client, "4000002760003184")
    response = client.post(reverse("payments:buy-now", args=[product.pk]), {"buy_now_token": "t2"})
    assert "/sandbox/authenticate/" in response["Location"]
    off_session, on_session = PaymentIntent.objects.order_by("pk")
    assert off_session.last_error_code == "authentication_required"
    client.post(response["Location"], {"decision": "approve"})
    on_session.refresh_from_db()
    assert on_session.status == PaymentIntent.Status.SUCCEEDED and Order.objects.count() == 1


def test_button_only_when_ready_and_buy_now_needs_login(client, shopper, ready_shopper, product_factory):
    product = product_factory(title="Mug")
    template = Template("{% load payments_tags %}{% buy_now_button product %}")
    request = RequestFactory().get("/")
    request.user = ready_shopper
    assert "Buy now" not in template.render(Context({"request": request, "product": product}))
    save_card(client, CARD_OK)
    assert "Buy now" in template.render(Context({"request": request, "product": product}))
    client.logout()
    response = client.post(reverse("payments:buy-now", args=[product.pk]))
    assert response.status_code == 302 and "login" in response["Location"]
