"""Regenerate judgments.json from the demo catalogue's vocabulary (run once; the output is kept in the repo).

Demo titles are "<adjective> <noun> <qualifier> - <colour>" drawn from per-category vocabularies
(shop/demo/vocabulary.py), so relevance is judged on titles: grade 3 when the title has every
judged phrase of the query (noun and adjective or qualifier), 2 when it has the noun phrase,
1 when it has every word of the noun in another order or with other words between.
"""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "site"))

from shop.demo.vocabulary import CATEGORY_VOCABULARIES, FAMILIES

OUT = Path(__file__).with_name("judgments.json")


def judgments() -> list[dict]:
    queries, seen = [], set()
    for slug, vocabulary in CATEGORY_VOCABULARIES.items():
        for family_name, nouns in vocabulary.nouns.items():
            family = FAMILIES[family_name]
            noun = nouns[0].lower()
            adjective = family.adjectives[len(queries) % len(family.adjectives)].lower()
            for text, grade3 in ((noun, [noun]), (f"{adjective} {noun}", [adjective, noun])):
                if text in seen:
                    continue
                seen.add(text)
                grades = [{"grade": 3, "title_has": grade3}]
                if grade3 != [noun]:
                    grades.append({"grade": 2, "title_has": [noun]})
                if " " in noun:
                    grades.append({"grade": 1, "title_has": noun.split()})
                queries.append({"query": text, "category": slug, "judgments": grades})
    return queries


if __name__ == "__main__":
    data = judgments()
    OUT.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n")
    print(f"{len(data)} judged queries -> {OUT}")
