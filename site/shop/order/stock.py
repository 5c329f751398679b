"""Stock allocation under row locks (DESIGN.md "Oversell").

Oscar 4.2 allocates with an unconditional update and no lock. Here every
allocation locks the stock records first, always in primary-key order so two
checkouts sharing products take the locks in the same order and cannot deadlock,
checks what is left, then writes all records in one statement. Call inside
``transaction.atomic()``.
"""

from __future__ import annotations

from collections.abc import Mapping

from django.db import transaction
from oscar.core.loading import get_model

StockRecord = get_model("partner", "StockRecord")


class InsufficientStock(Exception):
    def __init__(self, stockrecord_ids: list[int]):
        super().__init__(f"Not enough stock for stock records {stockrecord_ids}")
        self.stockrecord_ids = stockrecord_ids


def transaction_required(name: str) -> None:
    # Row locks end with the transaction: outside one they would protect nothing.
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError(f"{name} must run inside transaction.atomic()")


def stockrecords_lock(stockrecord_ids) -> dict[int, StockRecord]:
    records = StockRecord.objects.select_for_update().filter(pk__in=stockrecord_ids).order_by("pk")
    return {record.pk: record for record in records}


def available_quantity(record: StockRecord) -> int | None:
    """What can still be allocated; None when the record does not track a quantity."""
    if record.num_in_stock is None:
        return None
    return record.num_in_stock - (record.num_allocated or 0)


def stock_allocate(*, requirements: Mapping[int, int]) -> None:
    """Allocate {stockrecord id: quantity}, all or nothing; raises InsufficientStock."""
    transaction_required("stock_allocate")
    records = stockrecords_lock(requirements.keys())
    short = sorted(
        pk
        for pk, quantity in requirements.items()
        if pk not in records
        or (available_quantity(records[pk]) is not None and available_quantity(records[pk]) < quantity)
    )
    if short:
        raise InsufficientStock(short)
    for pk, quantity in requirements.items():
        records[pk].num_allocated = (records[pk].num_allocated or 0) + quantity
    StockRecord.objects.bulk_update(records.values(), ["num_allocated"])


def stock_release(*, requirements: Mapping[int, int]) -> None:
    """Give back an allocation that will not become an order (payment failed, reservation expired)."""
    transaction_required("stock_release")
    records = stockrecords_lock(requirements.keys())
    for pk, quantity in requirements.items():
        if pk in records:
            records[pk].num_allocated = max(0, (records[pk].num_allocated or 0) - quantity)
    StockRecord.objects.bulk_update(records.values(), ["num_allocated"])
