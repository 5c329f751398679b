"""Twenty buyers of one company order on terms at the same moment: the credit limit is never exceeded."""

import threading
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse
from oscar.core.loading import get_model

from credit.models import CreditAccount, CreditLedgerEntry, CreditReservation
from credit.services import account_limit_set, member_add
from payments.tests.fixtures import basket_add, checkout_form, wagtail_locale  # noqa: F401

Order = get_model("order", "Order")
BUYERS = 20
FITS = 6  # orders the limit can hold


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_twenty_parallel_terms_orders_never_exceed_the_limit(
    settings,
    wagtail_locale,  # noqa: F811
    company,
    buyer,
    django_user_model,
    country_fr,
    product_factory,
):
    if connection.vendor != "postgresql":
        pytest.skip("row locks need PostgreSQL (set DATABASE_URL)")
    settings.RATELIMIT_FORMS = {"checkout:index": (10_000, 600)}  # every test buyer comes from 127.0.0.1
    product = product_factory(title="Toner cartridge", price="75.00", stock=1000)
    clients = []
    for number in range(BUYERS):
        user = django_user_model.objects.create_user(email=f"buyer{number}@acme.example", password="x")
        member_add(company=company, by=buyer, user=user, role="buyer")
        client = Client()
        client.force_login(user)
        basket_add(client, product, 1)
        clients.append(client)
    account = company.credit_account
    account_limit_set(account=account, limit=Decimal("10000.00"), key="offer-terms")  # terms shown on the page
    forms = [checkout_form(client) | {"payment_method_type": "terms", "payment_method": ""} for client in clients]
    order_total = Decimal(forms[0]["expected_total"])
    limit = order_total * FITS + order_total / 2
    account_limit_set(account=account, limit=limit, key="tighten")  # then the limit holds only FITS orders
    start = threading.Barrier(BUYERS)

    def order(index):
        try:
            start.wait(timeout=60)
            response = clients[index].post(reverse("checkout:index"), forms[index])
            return response.status_code, response.get("Location", "")
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=BUYERS) as pool:
        results = list(pool.map(order, range(BUYERS)))

    assert all(status in (200, 302) for status, __ in results), results
    winners = [location for status, location in results if location == reverse("checkout:thank-you")]
    account = CreditAccount.objects.get(pk=account.pk)
    reservations = CreditReservation.objects.filter(account=account)
    assert len(winners) == reservations.count() == Order.objects.count() == FITS
    assert account.used == sum(r.amount for r in reservations) == order_total * FITS <= account.limit
    assert CreditLedgerEntry.objects.filter(account=account, kind="reserve").count() == FITS  # nothing twice
    record = product.stockrecords.get()
    assert record.num_allocated == FITS  # the refused orders gave their stock back
