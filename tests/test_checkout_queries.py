"""Placing an order costs the same number of queries for 1 or 20 basket lines (Oscar #1828, #4350)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from payments.tests.fixtures import _fresh_rate_limits, basket_add, checkout_form, country_fr  # noqa: F401

pytestmark = pytest.mark.django_db
QUERY_BUDGET = 70  # the whole "Pay" request: form, stock reservation, payment, order, analytics


def place_order_queries(client, product_factory, lines: int) -> int:
    for number in range(lines):
        basket_add(client, product_factory(title=f"Item {lines}-{number}", price="3.00", stock=5), 1)
    data = checkout_form(client)
    with CaptureQueriesContext(connection) as queries:
        response = client.post(reverse("checkout:index"), data)
    assert response["Location"] == reverse("checkout:thank-you")
    return len(queries)


def test_query_count_is_constant_from_1_to_20_lines(client, country_fr, product_factory):  # noqa: F811
    place_order_queries(client, product_factory, 1)  # first order ever: payment types get created once
    client.cookies.clear()
    one = place_order_queries(client, product_factory, 1)
    client.cookies.clear()
    twenty = place_order_queries(client, product_factory, 20)
    assert (one, twenty) == (one, one), f"1 line: {one} queries, 20 lines: {twenty}"
    assert twenty <= QUERY_BUDGET
