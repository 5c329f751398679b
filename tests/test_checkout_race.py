"""No oversell under concurrency (PostgreSQL: real row locks, one connection per buyer thread)."""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse
from oscar.core.loading import get_model

from payments.models import PaymentIntent
from payments.tests.fixtures import (  # noqa: F401
    _fresh_rate_limits,
    basket_add,
    checkout_form,
    country_fr,
    wagtail_locale,
)

Order = get_model("order", "Order")
BUYERS = 50
UNITS = 5


@pytest.mark.postgres
@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
def test_fifty_buyers_for_the_last_five_units(settings, wagtail_locale, country_fr, product_factory):  # noqa: F811
    if connection.vendor != "postgresql":
        pytest.skip("row locks need PostgreSQL (set DATABASE_URL)")
    settings.RATELIMIT_FORMS = {"checkout:index": (10_000, 600)}  # every test buyer comes from 127.0.0.1
    product = product_factory(title="Last linen shirts", price="60.00", stock=UNITS)
    buyers = []
    for number in range(BUYERS):
        client = Client()
        basket_add(client, product, 1)
        buyers.append((client, checkout_form(client) | {"email": f"buyer{number}@example.com"}))
    start = threading.Barrier(BUYERS)

    def buy(buyer):
        client, data = buyer
        try:
            start.wait(timeout=60)
            response = client.post(reverse("checkout:index"), data)  # a 5xx or deadlock raises here
            return response.status_code, response.get("Location", "")
        finally:
            connection.close()  # each thread had its own connection

    with ThreadPoolExecutor(max_workers=BUYERS) as pool:
        results = list(pool.map(buy, buyers))

    assert all(status in (200, 302) for status, __ in results), results
    winners = [location for status, location in results if location == reverse("checkout:thank-you")]
    assert len(winners) == Order.objects.count() == UNITS
    assert sum(status == 200 for status, __ in results) == BUYERS - UNITS  # "sold out", uncharged
    assert PaymentIntent.objects.count() == UNITS  # the losers were refused before any payment
    record = product.stockrecords.get()
    assert (record.num_in_stock, record.num_allocated) == (UNITS, UNITS)


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_webhooks_and_browser_returns_racing_settle_once(settings, wagtail_locale, country_fr, product_factory):  # noqa: F811
    """Ten deliveries of "succeeded" at once (webhook retries + the browser coming back): one order."""
    if connection.vendor != "postgresql":
        pytest.skip("row locks need PostgreSQL (set DATABASE_URL)")
    from payments.gateways.sandbox import SandboxGateway
    from payments.services import payment_apply_response
    from payments.tests.fixtures import CARD_3DS

    client = Client()
    basket_add(client, product_factory(title="Stoneware jug", price="22.00", stock=1), 1)
    client.post(reverse("checkout:index"), checkout_form(client) | {"payment_method": CARD_3DS})
    intent = PaymentIntent.objects.get()
    response = SandboxGateway().complete_authentication(intent.reference, approve=True)
    start = threading.Barrier(10)

    def settle(_):
        try:
            start.wait(timeout=30)
            return payment_apply_response(intent_id=intent.pk, response=response).status
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=10) as pool:
        statuses = list(pool.map(settle, range(10)))
    assert statuses == [PaymentIntent.Status.SUCCEEDED] * 10
    assert Order.objects.count() == 1
