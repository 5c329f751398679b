"""Benchmark: the "Pay" request (sandbox gateway) for baskets of 1 and 20 lines; everything is rolled back."""

import statistics
import time

from django.db import connection, transaction
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext, setup_test_environment, teardown_test_environment
from django.urls import reverse
from oscar.core.loading import get_model

Country = get_model("address", "Country")
Product = get_model("catalogue", "Product")

ADDRESS = {"first_name": "Bench", "last_name": "Mark", "line1": "1 rue", "line4": "Paris", "postcode": "75001"}


class Rollback(Exception):
    pass


def pay_once(products) -> tuple[float, int]:
    client = Client()
    for product in products:
        client.post(reverse("basket:add", kwargs={"pk": product.pk}), {"quantity": 1})
    page = client.get(reverse("checkout:index"))
    form = page.context["form"]
    data = {
        "email": "bench@example.com",
        **ADDRESS,
        "country": "FR",
        "shipping_method": form.initial["shipping_method"],
        "payment_method_type": "card",
        "payment_method": "4242424242424242",
        "expected_total": str(page.context["order_total"]),
        "checkout_token": form.initial["checkout_token"],
    }
    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        response = client.post(reverse("checkout:index"), data)
        elapsed = (time.perf_counter() - started) * 1000
    assert response.status_code == 302 and response["Location"].endswith("/thank-you/"), response.status_code
    return elapsed, len(queries)


@override_settings(RATELIMIT_FORMS={"checkout:index": (1_000_000, 60)}, PAYMENT_GATEWAY="sandbox")
def bench_checkout(repeat: int) -> None:
    print(f"{'basket lines':15} {'p50 ms':>8} {'max ms':>8} {'queries':>8}")
    setup_test_environment()  # response.context for the form's token; e-mails kept in memory
    try:
        with transaction.atomic():
            Country.objects.update_or_create(
                iso_3166_1_a2="FR",
                defaults={"name": "France", "printable_name": "France", "is_shipping_country": True},
            )
            candidates = list(
                Product.objects.browsable().filter(stockrecords__num_in_stock__gte=repeat + 1).distinct()[:20]
            )
            if len(candidates) < 20:
                print("checkout: needs 20 products in stock; run `make demo-data` first")
                raise Rollback
            for size in (1, 20):
                runs = [pay_once(candidates[:size]) for _ in range(repeat)]
                timings = [elapsed for elapsed, __ in runs]
                print(f"{size:<15} {statistics.median(timings):8.1f} {max(timings):8.1f} {runs[-1][1]:8d}")
            raise Rollback
    except Rollback:
        pass
    finally:
        teardown_test_environment()
