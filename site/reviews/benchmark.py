"""Benchmarks of the reviews domain (``python -m benchmarks reviews``), on the local (demo) database."""

import statistics
import time


def bench_reviews(repeat: int) -> None:
    """Moderation pipeline time per review, and the product page with the most reviews (time, queries)."""
    from django.db import connection
    from django.db.models import Count
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from oscar.core.loading import get_model

    from reviews.models import ProductReview
    from reviews.moderation.pipeline import moderate
    from reviews.moderation.rules import Submission

    sample = list(ProductReview.objects.select_related("product", "user", "partner").order_by("-pk")[:200])
    if not sample:
        print("reviews: no reviews; run `make demo-data` first")
        return
    started = time.perf_counter()
    decisions = [
        moderate(
            Submission(
                text=f"{review.title}\n{review.body}",
                author=review.user,
                product=review.product,
                partner=review.partner,
                exclude_review_id=review.pk,
            )
        ).decision
        for review in sample
    ]
    per_review = (time.perf_counter() - started) * 1000 / len(sample)
    print(
        f"moderation pipeline: {per_review:.2f} ms per review over {len(sample)} "
        f"({decisions.count('publish')} publish, {decisions.count('queue')} queue, {decisions.count('reject')} reject)"
    )

    Product = get_model("catalogue", "Product")
    product = Product.objects.annotate(n=Count("reviews")).order_by("-n").first()
    client = Client()
    client.get(product.get_absolute_url())
    timings = []
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            client.get(product.get_absolute_url())
            timings.append((time.perf_counter() - started) * 1000)
    print(f"product page with {product.n} reviews: p50 {statistics.median(timings):.1f} ms, {len(queries)} queries")
