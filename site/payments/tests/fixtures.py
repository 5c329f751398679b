"""Checkout fixtures, shared by the payments unit tests and the journeys in tests/ (star-import them)."""

from decimal import Decimal

import pytest
from django.urls import reverse
from oscar.core.loading import get_model

Country = get_model("address", "Country")

CARD_OK = "4242 4242 4242 4242"
CARD_DECLINED = "4000000000000002"
CARD_NO_FUNDS = "4000000000009995"
CARD_3DS = "4000002500003155"

ADDRESS = {
    "first_name": "Camille",
    "last_name": "Durand",
    "line1": "12 rue des Lilas",
    "line4": "Lyon",
    "postcode": "69003",
    "country": "FR",
}


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    """The checkout is rate limited per address; every test starts with a fresh count."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def wagtail_locale(transactional_db):
    """Flushing (transactional) tests remove migration data; the shared layout needs Wagtail's default locale."""
    from wagtail.models import Locale

    return Locale.objects.get_or_create(language_code="en")[0]


@pytest.fixture
def country_fr(db):
    return Country.objects.update_or_create(
        iso_3166_1_a2="FR",
        defaults={"name": "France", "printable_name": "France", "iso_3166_1_a3": "FRA", "is_shipping_country": True},
    )[0]


def basket_add(client, product, quantity: int = 1) -> None:
    response = client.post(reverse("basket:add", kwargs={"pk": product.pk}), {"quantity": quantity})
    assert response.status_code == 302, response.content[:500]


def checkout_form(client) -> dict:
    """GET the checkout page and return the form data a shopper would send (card 4242)."""
    response = client.get(reverse("checkout:index"))
    assert response.status_code == 200, response
    form = response.context["form"]
    return {
        "email": "guest@example.com",
        **ADDRESS,
        "shipping_method": form.initial["shipping_method"],
        "payment_method_type": "card",
        "payment_method": CARD_OK,
        "expected_total": str(response.context["order_total"]),
        "checkout_token": form.initial["checkout_token"],
    }


@pytest.fixture
def signed_in_shopper(client, shopper, country_fr):
    """The root conftest's shopper, signed in, with a default delivery address in Nantes."""
    UserAddress = get_model("address", "UserAddress")
    UserAddress.objects.create(
        user=shopper,
        first_name="Sam",
        last_name="Martin",
        line1="3 quai Est",
        line4="Nantes",
        postcode="44000",
        country=country_fr,
        is_default_for_shipping=True,
    )
    client.force_login(shopper)
    return shopper


@pytest.fixture
def paid_order(client, country_fr, product_factory, django_capture_on_commit_callbacks):
    """A guest's order of 2 aprons at 10.00 and 1 spoon at 5.50, paid with the sandbox gateway."""
    first = product_factory(title="Linen apron", price="10.00", stock=5)
    second = product_factory(title="Oak spoon", price="5.50", stock=5)
    basket_add(client, first, 2)
    basket_add(client, second, 1)
    data = checkout_form(client)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("checkout:index"), data)
    assert response.status_code == 302 and response["Location"].endswith(reverse("checkout:thank-you"))
    from payments.models import PaymentIntent

    intent = PaymentIntent.objects.get(idempotency_key=data["checkout_token"])
    assert intent.amount == Decimal("25.50")
    return intent.order
