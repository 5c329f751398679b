"""Concurrent stock updates of one record are serialised (SELECT … FOR UPDATE): every write is logged
against the value it really replaced, so no update is lost from the history. PostgreSQL only."""

import threading
from decimal import Decimal
from itertools import pairwise

import pytest
from django.db import connection, connections
from oscar.core.loading import get_model

from vendors import services
from vendors.models import StockChange

StockRecord = get_model("partner", "StockRecord")


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_concurrent_updates_never_lose_a_write(stocked):
    if connection.vendor != "postgresql":
        pytest.skip("row locks need PostgreSQL")
    partner_a, _b = stocked
    record = StockRecord.objects.get(partner_sku="A-1")
    barrier = threading.Barrier(8)
    errors = []

    def worker(n):
        try:
            barrier.wait()
            services.stock_apply(
                partner=partner_a,
                updates=[services.StockUpdate(stockrecord_id=record.pk, num_in_stock=100 + n, price=Decimal(n + 1))],
                source=StockChange.API,
            )
        except Exception as exc:
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    changes = list(StockChange.objects.filter(stockrecord=record).order_by("pk"))
    assert len(changes) == 8
    # a chain: each change starts from the previous one's result, the last one is what is stored
    assert changes[0].old_stock == 5
    for before, after in pairwise(changes):
        assert after.old_stock == before.new_stock
    record.refresh_from_db()
    assert record.num_in_stock == changes[-1].new_stock
