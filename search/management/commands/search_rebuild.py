"""Rebuild the engine's product and review indices with zero downtime: a new index, filled, then the alias swapped."""

import sys

from django.core.management.base import BaseCommand, CommandError

from search import opensearch, review_index
from search.documents import indexable_products, iter_documents


class Command(BaseCommand):
    help = "Rebuild the product and review indices on the search engine (new index + alias swap), with a progress bar."

    def handle(self, *args, **options):
        if not opensearch.enabled():
            raise CommandError("No search engine configured: set OPENSEARCH_URL.")
        total = indexable_products().count()
        width = 40

        def progress(done: int) -> None:
            if done % 200 and done != total:
                return
            filled = width * done // max(total, 1)
            self.stdout.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}", ending="")
            self.stdout.flush()

        result = opensearch.rebuild(documents=iter_documents(), progress=progress if sys.stdout else None)
        self.stdout.write("")
        self.stdout.write(
            self.style.SUCCESS(
                f"Indexed {result['documents']} products into {result['index']} "
                f"in {result['seconds']:.1f}s; alias {opensearch.alias_name()} swapped."
            )
        )
        reviews = review_index.rebuild()
        self.stdout.write(
            self.style.SUCCESS(
                f"Indexed {reviews['documents']} reviews into {reviews['index']} "
                f"in {reviews['seconds']:.1f}s; alias {review_index.alias_name()} swapped."
            )
        )
