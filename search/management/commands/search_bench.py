"""`make bench-search`: bulk-index generated products and reviews into the engine, then time queries (p50/p95);
with --database, time the database backend (on generated rows with --generate, in a dedicated database)."""

import random
import statistics
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db.models import Count

from search import opensearch, review_index
from search.bench_data import generated_documents, generated_reviews, load_database, popular_products
from search.documents import price_buckets
from search.facets import SearchFilters
from search.review_search import ReviewQuery, review_search
from shop.demo.vocabulary import CATEGORY_VOCABULARIES


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[max(int(len(ordered) * 0.95) - 1, 0)]


def review_runs(rng: random.Random, products: list[int], words: list[str], backend: str) -> list:
    """Review queries as shoppers and staff make them (both backends, same shapes)."""

    def review_page():
        # A popular product's page: a star, verified or with-photos filter, a sort, the facet counts.
        query = ReviewQuery(
            product_id=rng.choice(products),
            stars=rng.choice((None, None, 5, 4, 1)),
            verified=rng.random() < 0.4,
            with_media=rng.random() < 0.3,
            sort=rng.choice(("helpful", "recent", "highest", "lowest")),
            limit=11,
        )
        review_search(query, backend=backend)

    def review_text():
        # Staff search across every product: words, a status or rating filter, facet counts.
        query = ReviewQuery(
            text=" ".join(rng.sample(words, rng.randint(1, 2))),
            public=False,
            status=rng.choice((None, None, 0, 1)),
            stars=rng.choice((None, None, 1, 5)),
            sort=rng.choice(("recent", "helpful")),
            limit=25,
        )
        review_search(query, backend=backend)

    return [("review-page", review_page), ("review-text", review_text)]


REVIEW_WORDS = ["zipper", "quality", "washing", "comfortable", "livraison", "couleur", "price", "seller"]


class Command(BaseCommand):
    help = "Index generated products and reviews into the engine (bulk API) and report p50/p95 query latencies."

    def add_arguments(self, parser):
        parser.add_argument("--products", type=int, default=100_000)
        parser.add_argument("--reviews", type=int, default=300_000)
        parser.add_argument("--queries", type=int, default=200)
        parser.add_argument("--keep", action="store_true", help="Keep the bench index afterwards.")
        parser.add_argument(
            "--database",
            action="store_true",
            help="Time the database backend on the catalogue in the database instead (no engine).",
        )
        parser.add_argument(
            "--generate",
            action="store_true",
            help="With --database: first bulk-load --products generated products and --reviews reviews "
            "(only into a database whose name contains 'bench').",
        )
        parser.add_argument(
            "--max-seconds", type=float, default=120, help="Stop timing one kind of query after this long."
        )

    def time_queries(self, runs, queries: int, took: list | None = None, max_seconds: float = 0) -> None:
        header = f"{'query':<14} {'p50 ms':>8} {'p95 ms':>8} {'runs':>6}"
        if took is not None:
            header += f" {'engine p50':>11} {'engine p95':>11}"
        self.stdout.write(f"{header}   (up to {queries} queries each, after warm-up)")
        for name, run in runs:
            for _ in range(20 if took is not None else 3):
                run()
            samples = []
            if took is not None:
                took.clear()
            started = time.monotonic()
            for _ in range(queries):
                begin = time.perf_counter()
                run()
                samples.append((time.perf_counter() - begin) * 1000)
                if max_seconds and time.monotonic() - started > max_seconds:
                    break
            p50, p95 = percentiles(samples)
            line = f"{name:<14} {p50:>8.1f} {p95:>8.1f} {len(samples):>6}"
            if took is not None:
                engine_p50, engine_p95 = percentiles([float(ms) for ms in took])
                line += f" {engine_p50:>11.1f} {engine_p95:>11.1f}"
            self.stdout.write(line)
            self.stdout.flush()

    def database(self, queries: int, *, generate: bool, products: int, reviews: int, max_seconds: float) -> None:
        from django.db import connection

        from search.documents import indexable_products
        from search.selectors import suggestions
        from search.services import ProductQuery, product_search

        ProductReview = review_index.ProductReview
        settings.SEARCH_ENGINE_URL = ""
        if generate:
            if "bench" not in str(connection.settings_dict["NAME"]):
                raise CommandError(
                    "--generate adds 100,000 products: point DATABASE_URL at a benchmark database "
                    "(e.g. sqlite:///var/bench-search.sqlite3; `make bench-search` does)."
                )
            started = time.monotonic()
            load_database(products, reviews, progress=lambda line: self.stdout.write(line))
            self.stdout.write(f"Loaded in {time.monotonic() - started:.1f}s")
        rng = random.Random(7)  # noqa: S311
        words = sorted(
            {w for t in indexable_products().values_list("title", flat=True)[:20000] for w in t.lower().split()[:3]}
        )
        buckets = [key for key, _low, _high in price_buckets()]
        product_count = indexable_products().count()
        self.stdout.write(
            f"Database backend ({connection.vendor}) on {product_count} products "
            f"and {ProductReview.objects.count()} reviews"
        )

        def keyword():
            list(product_search(ProductQuery(text=rng.choice(words), sort="relevance"), log=False).results[:24])

        def faceted():
            filters = SearchFilters(price=rng.choice(buckets), in_stock=rng.random() < 0.5)
            text = rng.choice(words) if rng.random() < 0.5 else ""
            list(product_search(ProductQuery(text=text, filters=filters, sort="price-asc"), log=False).results[:24])

        def autocomplete():
            word = rng.choice(words)
            suggestions(word[: rng.randint(2, max(2, len(word)))])

        popular = list(
            ProductReview.objects.values("product_id")
            .annotate(n=Count("pk"))
            .order_by("-n")
            .values_list("product_id", flat=True)[:50]
        )
        runs = [("keyword", keyword), ("faceted", faceted), ("autocomplete", autocomplete)]
        runs += review_runs(rng, popular, REVIEW_WORDS, "database") if popular else []
        self.time_queries(runs, queries, max_seconds=max_seconds)

    def handle(self, *args, products, reviews, queries, keep, database, generate, max_seconds, **options):
        if database:
            return self.database(
                queries, generate=generate, products=products, reviews=reviews, max_seconds=max_seconds
            )
        if not opensearch.enabled():
            raise CommandError("No search engine configured: set OPENSEARCH_URL (make search-engine).")
        settings.SEARCH_INDEX_PREFIX = f"{settings.SEARCH_INDEX_PREFIX}_bench"
        rng = random.Random(7)  # noqa: S311
        started = time.monotonic()
        opensearch.rebuild(documents=generated_documents(products))
        seconds = time.monotonic() - started
        self.stdout.write(f"Indexed {products} products in {seconds:.1f}s ({products / seconds:.0f} docs/s)")
        started = time.monotonic()
        review_index.rebuild(documents=generated_reviews(reviews, products))
        seconds = time.monotonic() - started
        self.stdout.write(f"Indexed {reviews} reviews in {seconds:.1f}s ({reviews / seconds:.0f} docs/s)")

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
        runs = [("keyword", keyword), ("faceted", faceted), ("autocomplete", autocomplete)]
        runs += review_runs(rng, popular_products(), REVIEW_WORDS, "engine")
        self.time_queries(runs, queries, took)
        engine.search = search
        if not keep:
            for alias in (opensearch.alias_name(), review_index.alias_name()):
                for index in opensearch.current_indices(alias):
                    opensearch.client().indices.delete(index=index)
