"""Run the benchmarks against the local database (load it first with `make demo-data`).

python -m benchmarks                 # every benchmark
python -m benchmarks pages           # one of them
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for path in (ROOT / "site", ROOT):
    sys.path.insert(0, str(path))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def bench_pages(repeat: int) -> None:
    """Server-side time and query count of the pages shoppers hit most."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from oscar.core.loading import get_model

    Product = get_model("catalogue", "Product")
    product = Product.objects.browsable().filter(stockrecords__isnull=False).order_by("id").first()
    if product is None:
        print("pages: no products; run `make demo-data` first")
        return
    word = product.title.split()[0]
    urls = ["/", "/shop/", "/shop/?sort_by=price-asc", f"/shop/search/?q={word}", product.get_absolute_url()]
    client = Client()
    client.get("/")  # warm caches and the template loader
    print(f"{'page':45} {'p50 ms':>8} {'p95 ms':>8} {'queries':>8}")
    for url in urls:
        timings = []
        for _ in range(repeat):
            with CaptureQueriesContext(connection) as queries:
                started = time.perf_counter()
                response = client.get(url)
                timings.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, (url, response.status_code)
        print(f"{url[:45]:45} {statistics.median(timings):8.1f} {percentile(timings, 0.95):8.1f} {len(queries):8d}")


def bench_vendors_bulk_upload(repeat: int) -> None:
    from vendors.benchmark import bench_bulk_upload

    bench_bulk_upload(repeat)


def bench_checkout(repeat: int) -> None:
    """The "Pay" request with the sandbox gateway, 1 and 20 basket lines (rolled back)."""
    from payments.benchmark import bench_checkout as run

    run(repeat)


def bench_reviews(repeat: int) -> None:
    from reviews.benchmark import bench_reviews as run

    run(repeat)


def bench_search(repeat: int) -> None:
    """Product and review search: the database backend on the loaded catalogue; the engine (20,000 generated
    products, 60,000 reviews) when OPENSEARCH_URL is set. `make bench-search` runs 100,000 products and
    300,000 reviews on both backends."""
    from django.core.management import call_command

    from search import opensearch

    if opensearch.enabled():
        call_command("search_bench", products=20_000, reviews=60_000, queries=max(repeat, 50))
    call_command("search_bench", database=True, queries=max(repeat, 50))


def bench_credit_analytics(repeat: int) -> None:
    """The credit & BNPL analytics (90 days, per month and per week) over 20,000 generated orders (rolled back)."""
    from credit.benchmark_analytics import bench_credit_analytics as run

    run(repeat)


BENCHMARKS = {
    "credit_analytics": bench_credit_analytics,
    "pages": bench_pages,
    "vendors_bulk_upload": bench_vendors_bulk_upload,
    "checkout": bench_checkout,
    "reviews": bench_reviews,
    "search": bench_search,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("names", nargs="*", help=f"any of: {', '.join(BENCHMARKS)} (default: all)")
    parser.add_argument("--repeat", type=int, default=20)
    arguments = parser.parse_args()
    unknown = set(arguments.names) - set(BENCHMARKS)
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(sorted(unknown))}")

    import django

    django.setup()
    from django.conf import settings

    settings.ALLOWED_HOSTS = ["*"]
    settings.DEBUG = False
    for name in arguments.names or BENCHMARKS:
        print(f"\n## {name}")
        BENCHMARKS[name](arguments.repeat)


if __name__ == "__main__":
    main()
