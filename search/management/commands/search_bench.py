"""`make bench-search`: bulk-index generated products into the engine, then time queries (p50/p95)."""

import random
import statistics
import time
from datetime import datetime, timedelta
from decimal import Decimal

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from search import opensearch
from search.documents import payment_options, price_buckets
from search.facets import SearchFilters
from shop.demo.vocabulary import CATEGORY_VOCABULARIES, FAMILIES, STYLES


def generated_documents(count: int, seed: int = 5):
    """Products like the demo catalogue's: titles from each category's vocabulary, prices, ratings, vendors."""
    rng = random.Random(seed)  # noqa: S311 - reproducible test data, not secrets
    categories = list(CATEGORY_VOCABULARIES.items())
    vendors = [f"Vendor {number:03d}" for number in range(300)]
    start = datetime(2025, 1, 1)
    for pk in range(1, count + 1):
        index, (slug, vocabulary) = rng.randrange(len(categories)), categories[pk % len(categories)]
        family_name, nouns = rng.choice(list(vocabulary.nouns.items()))
        family = FAMILIES[family_name]
        style = STYLES[vocabulary.style]
        title = f"{rng.choice(family.adjectives)} {rng.choice(nouns)} {rng.choice(family.qualifiers)}".title()
        if style.colours:
            title += f" \N{EN DASH} {rng.choice(style.colours)}"
        price = Decimal(str(round(rng.lognormvariate(3.8, 1.1), 2)))
        vendor = rng.randrange(len(vendors))
        rating = round(rng.uniform(1, 5), 1) if rng.random() < 0.6 else 0.0
        yield {
            "id": pk,
            "title": title,
            "description": " ".join(rng.sample(style.pitches, min(2, len(style.pitches)))),
            "categories": [slug.replace("_", " ")],
            "category_ids": [1000 + pk % len(categories), 2000 + index % 8],
            "vendors": [vendors[vendor]],
            "vendor_ids": [vendor + 1],
            "attributes": [],
            "price": float(price),
            "in_stock": rng.random() < 0.8,
            "rating": rating,
            "review_count": rng.randrange(1, 60) if rating else 0,
            "payment_options": payment_options(price),
            "created": (start + timedelta(minutes=pk)).isoformat(),
        }


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[max(int(len(ordered) * 0.95) - 1, 0)]


class Command(BaseCommand):
    help = "Index N generated products into the engine (bulk API) and report p50/p95 query latencies."

    def add_arguments(self, parser):
        parser.add_argument("--products", type=int, default=100_000)
        parser.add_argument("--queries", type=int, default=200)
        parser.add_argument("--keep", action="store_true", help="Keep the bench index afterwards.")
        parser.add_argument(
            "--database",
            action="store_true",
            help="Time the database backend on the catalogue loaded in the database instead (no engine).",
        )

    def time_queries(self, runs, queries: int, took: list | None = None) -> None:
        header = f"{'query':<14} {'p50 ms':>8} {'p95 ms':>8}"
        if took is not None:
            header += f" {'engine p50':>11} {'engine p95':>11}"
        self.stdout.write(f"{header}   ({queries} queries each, after 20 warm-up)")
        for name, run in runs:
            for _ in range(20):
                run()
            samples = []
            if took is not None:
                took.clear()
            for _ in range(queries):
                begin = time.perf_counter()
                run()
                samples.append((time.perf_counter() - begin) * 1000)
            p50, p95 = percentiles(samples)
            line = f"{name:<14} {p50:>8.1f} {p95:>8.1f}"
            if took is not None:
                engine_p50, engine_p95 = percentiles([float(ms) for ms in took])
                line += f" {engine_p50:>11.1f} {engine_p95:>11.1f}"
            self.stdout.write(line)

    def database(self, queries: int) -> None:
        from search.documents import indexable_products
        from search.selectors import suggestions
        from search.services import ProductQuery, product_search

        rng = random.Random(7)  # noqa: S311
        settings.SEARCH_ENGINE_URL = ""
        words = sorted({w for t in indexable_products().values_list("title", flat=True) for w in t.lower().split()[:3]})
        buckets = [key for key, _low, _high in price_buckets()]
        self.stdout.write(f"Database backend on the loaded catalogue ({indexable_products().count()} products)")

        def keyword():
            list(product_search(ProductQuery(text=rng.choice(words), sort="relevance"), log=False).results[:24])

        def faceted():
            filters = SearchFilters(price=rng.choice(buckets), in_stock=rng.random() < 0.5)
            text = rng.choice(words) if rng.random() < 0.5 else ""
            list(product_search(ProductQuery(text=text, filters=filters, sort="price-asc"), log=False).results[:24])

        def autocomplete():
            word = rng.choice(words)
            suggestions(word[: rng.randint(2, max(2, len(word)))])

        self.time_queries((("keyword", keyword), ("faceted", faceted), ("autocomplete", autocomplete)), queries)

    def handle(self, *args, products, queries, keep, database, **options):
        if database:
            return self.database(queries)
        if not opensearch.enabled():
            raise CommandError("No search engine configured: set OPENSEARCH_URL (make search-engine).")
        settings.SEARCH_INDEX_PREFIX = f"{settings.SEARCH_INDEX_PREFIX}_bench"
        rng = random.Random(7)  # noqa: S311
        started = time.monotonic()
        opensearch.rebuild(documents=generated_documents(products))
        seconds = time.monotonic() - started
        self.stdout.write(f"Indexed {products} products in {seconds:.1f}s ({products / seconds:.0f} docs/s)")

        nouns = [
            noun
            for vocabulary in CATEGORY_VOCABULARIES.values()
            for group in vocabulary.nouns.values()
            for noun in group
        ]
        buckets = [key for key, _low, _high in price_buckets()]

        def keyword():
            opensearch.search_ids(rng.choice(nouns), SearchFilters(), sort="relevance", offset=0, limit=24)

        def faceted():
            filters = SearchFilters(price=rng.choice(buckets), in_stock=rng.random() < 0.5)
            text = rng.choice(nouns) if rng.random() < 0.5 else ""
            opensearch.facet_counts(text, filters, sort="price-asc", offset=0, limit=24)

        def autocomplete():
            noun = rng.choice(nouns)
            opensearch.autocomplete(noun[: rng.randint(2, max(2, len(noun)))])

        # The engine's own time ("took") beside the wall clock, which includes the client and the machine's load.
        engine = opensearch.client()
        search, took = engine.search, []

        def timed_search(*args, **kwargs):
            response = search(*args, **kwargs)
            took.append(response["took"])
            return response

        engine.search = timed_search
        self.time_queries((("keyword", keyword), ("faceted", faceted), ("autocomplete", autocomplete)), queries, took)
        engine.search = search
        if not keep:
            for index in opensearch.current_indices():
                opensearch.client().indices.delete(index=index)
