"""The relevance harness: judged queries kept in the repo, graded; nDCG@10 on a small catalogue."""

import math

import pytest

from search.evaluation import dcg, evaluate, grade, load_judgments


def test_judgments_are_graded_and_many():
    judged = load_judgments()
    assert len(judged) >= 50
    assert len({item["query"] for item in judged}) == len(judged)
    assert all({j["grade"] for j in item["judgments"]} <= {1, 2, 3} for item in judged)
    assert sum(len(item["judgments"]) > 1 for item in judged) >= 50  # graded, not binary


def test_grade_and_dcg():
    judgments = [{"grade": 3, "title_has": ["soft", "duvet cover"]}, {"grade": 2, "title_has": ["duvet cover"]}]
    assert grade("Soft Duvet Cover in Linen", judgments) == 3
    assert grade("Classic Duvet Cover", judgments) == 2
    assert grade("Bath Towel", judgments) == 0
    assert dcg([3, 0, 2]) == pytest.approx(7 + 3 / math.log2(4))


@pytest.mark.django_db
def test_database_backend_ranks_the_best_match_first(catalogue):
    judged = [
        {"query": "soft duvet cover", "judgments": [{"grade": 3, "title_has": ["soft", "duvet cover"]}]},
        {"query": "bath towel", "judgments": [{"grade": 3, "title_has": ["bath towel"]}]},
        {"query": "garden gnome", "judgments": [{"grade": 3, "title_has": ["gnome"]}]},  # nothing relevant
    ]
    result = evaluate("database", judged)
    assert result.judged_queries == 2
    assert result.ndcg == pytest.approx(1.0)
    assert result.zero_result_rate == 0.0
