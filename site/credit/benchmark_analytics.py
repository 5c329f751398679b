"""Benchmark: the credit & BNPL analytics over 90 days of 20,000 generated orders (everything rolled back)."""

import random
import statistics
import time
from datetime import datetime, timedelta
from decimal import Decimal

from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from oscar.core.loading import get_model

from payments.models import PaymentIntent

from .analytics import credit_usage_analytics

Order = get_model("order", "Order")
ORDERS = 20_000
DAYS = 90
KINDS = [("terms", "terms"), ("sandbox", "klarna"), ("instalments", "instalments_3x"), ("sandbox", "card")]


class Rollback(Exception):
    pass


def generate_orders(count: int, start: datetime) -> None:
    rng = random.Random(1)  # noqa: S311 - reproducible fake orders, not security
    Order.objects.bulk_create(
        [
            Order(
                number=f"BENCH-ANALYTICS-{index}",
                currency="EUR",
                total_incl_tax=Decimal(rng.randint(500, 50_000)) / 100,
                total_excl_tax=Decimal("1.00"),
                shipping_incl_tax=Decimal("0.00"),
                shipping_excl_tax=Decimal("0.00"),
                date_placed=start + timedelta(minutes=rng.randint(0, DAYS * 24 * 60 - 1)),
                guest_email="bench@example.com",
            )
            for index in range(count)
        ],
        batch_size=2_000,
    )
    intents = []
    for order in Order.objects.filter(number__startswith="BENCH-ANALYTICS-").only("pk", "total_incl_tax"):
        gateway, method = rng.choice(KINDS)
        intents.append(
            PaymentIntent(
                idempotency_key=f"bench-analytics-{order.pk}",
                gateway=gateway,
                amount=order.total_incl_tax,
                currency="EUR",
                email="bench@example.com",
                status=PaymentIntent.Status.SUCCEEDED,
                checkout_data={"payment_method_type": method},
                order=order,
            )
        )
    PaymentIntent.objects.bulk_create(intents, batch_size=2_000)


def bench_credit_analytics(repeat: int) -> None:
    end = timezone.localdate()
    start = end - timedelta(days=DAYS - 1)
    try:
        with transaction.atomic():
            generate_orders(ORDERS, timezone.make_aware(datetime.combine(start, datetime.min.time())))
            print(f"{'credit analytics, ' + str(ORDERS) + ' orders':40} {'p50 ms':>8} {'max ms':>8} {'queries':>8}")
            for granularity in ("month", "week"):
                timings = []
                for _ in range(repeat):
                    with CaptureQueriesContext(connection) as queries:
                        started = time.perf_counter()
                        figures = credit_usage_analytics(start=start, end=end, granularity=granularity)
                        timings.append((time.perf_counter() - started) * 1000)
                assert figures.summary.total.count >= ORDERS
                label = f"90 days per {granularity}"
                print(f"{label:40} {statistics.median(timings):8.1f} {max(timings):8.1f} {len(queries):8d}")
            raise Rollback
    except Rollback:
        pass
