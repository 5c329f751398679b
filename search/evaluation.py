"""Relevance harness: nDCG@10 and zero-result rate of a judged query set, for one backend."""

import json
import math
from dataclasses import dataclass
from pathlib import Path

from search.documents import indexable_products
from search.services import ProductQuery, product_search

JUDGMENTS = Path(__file__).with_name("eval") / "judgments.json"
K = 10


def load_judgments(path: Path = JUDGMENTS) -> list[dict]:
    return json.loads(path.read_text())


def grade(title: str, judgments: list[dict]) -> int:
    lowered = title.lower()
    return max((j["grade"] for j in judgments if all(phrase in lowered for phrase in j["title_has"])), default=0)


def dcg(grades: list[int]) -> float:
    return sum((2**g - 1) / math.log2(rank + 2) for rank, g in enumerate(grades[:K]))


@dataclass
class Evaluation:
    backend: str
    queries: int
    ndcg: float
    zero_result_rate: float  # among judged queries
    judged_queries: int  # queries with at least one relevant product in the loaded catalogue


def evaluate(backend: str, judged: list[dict] | None = None) -> Evaluation:
    judged = load_judgments() if judged is None else judged
    titles = list(indexable_products().values_list("title", flat=True))
    scores, zero, counted = [], 0, 0
    for item in judged:
        ideal = sorted((grade(title, item["judgments"]) for title in titles), reverse=True)[:K]
        query = ProductQuery(text=item["query"], sort="relevance", limit=K)
        outcome = product_search(query, backend=backend, log=False)
        got = [grade(product.title, item["judgments"]) for product in outcome.results[:K]]
        if dcg(ideal) > 0:  # the catalogue has something relevant: a zero-result answer is a miss
            counted += 1
            zero += outcome.total == 0
            scores.append(dcg(got) / dcg(ideal))
    return Evaluation(
        backend=backend,
        queries=len(judged),
        ndcg=sum(scores) / len(scores) if scores else 0.0,
        zero_result_rate=zero / counted if counted else 0.0,
        judged_queries=counted,
    )
