"""`make search-eval`: nDCG@10 and zero-result rate of the judged queries on each backend."""

from django.core.management.base import BaseCommand

from search import opensearch
from search.evaluation import evaluate


class Command(BaseCommand):
    help = "Relevance harness: nDCG@10 and zero-result rate (search/eval/judgments.json) for both backends."

    def add_arguments(self, parser):
        parser.add_argument("--backend", choices=["database", "engine", "both"], default="both")
        parser.add_argument("--no-rebuild", action="store_true", help="Use the engine index as it is.")

    def handle(self, *args, backend, no_rebuild, **options):
        backends = ["database", "engine"] if backend == "both" else [backend]
        if "engine" in backends and not opensearch.enabled():
            self.stderr.write("No engine configured (OPENSEARCH_URL): evaluating the database backend only.")
            backends.remove("engine")
        if "engine" in backends and not no_rebuild:
            opensearch.rebuild()
        self.stdout.write(f"{'backend':<10} {'queries':>7} {'judged':>6} {'nDCG@10':>8} {'zero-result':>11}")
        for name in backends:
            result = evaluate(name)
            self.stdout.write(
                f"{result.backend:<10} {result.queries:>7} {result.judged_queries:>6} "
                f"{result.ndcg:>8.3f} {result.zero_result_rate:>10.1%}"
            )
