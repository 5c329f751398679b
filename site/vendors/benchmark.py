"""Benchmark of the bulk stock upload: validate and apply a 10,000-row sheet (python -m benchmarks vendors_bulk_upload).

Runs inside a transaction that is rolled back: the database is left as it was. The search reindex of
the touched products runs afterwards in the worker (a Celery task), so it is not part of the figure.
"""

import time
from decimal import Decimal

ROWS = 10_000


class _Rollback(Exception):
    pass


def bench_bulk_upload(repeat: int) -> None:
    from django.contrib.auth import get_user_model
    from django.db import transaction
    from oscar.core.loading import get_model

    from vendors import bulk, services
    from vendors.models import StockChange

    Partner = get_model("partner", "Partner")
    Product = get_model("catalogue", "Product")
    ProductClass = get_model("catalogue", "ProductClass")
    StockRecord = get_model("partner", "StockRecord")
    try:
        with transaction.atomic():
            partner = Partner.objects.create(name="Benchmark vendor")
            product_class, _ = ProductClass.objects.get_or_create(name="Benchmark")
            products = Product.objects.bulk_create(
                Product(title=f"Bench {i}", product_class=product_class, structure="standalone") for i in range(ROWS)
            )
            StockRecord.objects.bulk_create(
                StockRecord(
                    partner=partner, product=p, partner_sku=f"BENCH-{i}", price=Decimal("10.00"), num_in_stock=5
                )
                for i, p in enumerate(products)
            )
            user = get_user_model().objects.filter(is_staff=True).first()
            sheet = "sku,price,num_in_stock\n" + "".join(f"BENCH-{i},{11 + i % 7}.50,{i % 40}\n" for i in range(ROWS))
            data = sheet.encode()
            started = time.perf_counter()
            report = bulk.validate_sheet(partner=partner, name="bench.csv", data=data)
            validated = time.perf_counter()
            assert report.ok, report.errors[:3]
            changes = services.stock_apply(
                partner=partner, updates=report.updates, user=user, source=StockChange.UPLOAD
            )
            applied = time.perf_counter()
            print(
                f"vendors_bulk_upload: {ROWS} rows, {len(changes)} changed — validate {validated - started:.2f} s, "
                f"apply {applied - validated:.2f} s, total {applied - started:.2f} s (target < 20 s)"
            )
            raise _Rollback
    except _Rollback:
        pass
