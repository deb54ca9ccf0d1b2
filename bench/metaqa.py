"""MetaQA 1-hop as a conformance suite for the query library.

Imports the MetaQA knowledge base (``film|relation|object``) with ``filmgraph import``'s code,
answers every 1-hop question by running a library query with the bracketed entity bound as a
parameter, and compares the answer set with the gold set.

Each question template ("who directed [X]") is mapped to a *plan*: library queries tried in
order until one answers. The plan for a template is chosen on the dev split among the
relations its gold triples use (and fall-back chains of the person relations) and then
applied unchanged to test, so the test number is held out.

    python bench/metaqa.py                      # both splits, full KB
    python bench/metaqa.py --limit 500          # a quick look
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import permutations
from pathlib import Path

from filmgraph import Store, open_store
from filmgraph.catalogue import import_catalogue
from filmgraph.query import NamedQuery, bind_params, load_query

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus" / "metaqa"
ENTITY = re.compile(r"\[([^\]]+)\]")


@dataclass(frozen=True)
class Route:
    """How one MetaQA relation is asked of the library: query, parameter, row filter, answer."""

    query: str
    param: str
    answer: str
    column: str | None = None
    value: str | None = None


# MetaQA relation (as in the gold triples) → the library query that answers it.
ROUTES: dict[str, Route] = {
    "directed_by": Route("film-credits", "title", "name", "role", "director"),
    "written_by": Route("film-credits", "title", "name", "role", "writer"),
    "starred_actors": Route("film-credits", "title", "name", "role", "actor"),
    "directed_by [inverse]": Route("filmography", "name", "title", "role", "director"),
    "written_by [inverse]": Route("filmography", "name", "title", "role", "writer"),
    "starred_actors [inverse]": Route("filmography", "name", "title", "role", "actor"),
    "release_year": Route("film-facts", "title", "value", "property", "year"),
    "has_genre": Route("film-facts", "title", "value", "property", "genre"),
    "in_language": Route("film-facts", "title", "value", "property", "language"),
    "has_tags": Route("film-facts", "title", "value", "property", "keyword"),
    "has_tags [inverse]": Route("films-with-keyword", "keyword", "title"),
}
PEOPLE = ("directed_by", "written_by", "starred_actors")


@dataclass
class Question:
    split: str
    text: str
    template: str
    entity: str
    gold: frozenset[str]
    relation: str


def read_questions(split: str, limit: int | None) -> list[Question]:
    out = []
    with (CORPUS / f"1-hop_{split}.json").open(encoding="utf-8") as fh:
        for line in fh:
            if limit is not None and len(out) >= limit:
                break
            record = json.loads(line)
            m = ENTITY.search(record["question"])
            if m is None:
                continue
            out.append(Question(
                split, record["question"], ENTITY.sub("[X]", record["question"]), m.group(1),
                frozenset(t["t"] for t in record["triples"]), record["triples"][0]["r"],
            ))
    return out


class Asker:
    """Runs library queries for relations, caching answers per (relation, entity)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.queries: dict[str, NamedQuery] = {
            r.query: load_query(r.query) for r in ROUTES.values()
        }
        self.cache: dict[tuple[str, str], list[str]] = {}

    def ask(self, relation: str, entity: str) -> list[str]:
        key = (relation, entity)
        if key not in self.cache:
            route = ROUTES[relation]
            named = self.queries[route.query]
            result = self.store.query(named.sparql,
                                      bindings=bind_params(named, {route.param: entity}))
            rows = result.dicts()
            if route.column is not None:
                rows = [r for r in rows if str(r[route.column]) == route.value]
            self.cache[key] = list(dict.fromkeys(str(r[route.answer]) for r in rows))
        return self.cache[key]

    def answer(self, plan: tuple[str, ...], entity: str) -> list[str]:
        for relation in plan:
            found = self.ask(relation, entity)
            if found:
                return found
        return []


def candidate_plans(relations: Counter[str]) -> list[tuple[str, ...]]:
    plans: list[tuple[str, ...]] = [(r,) for r in relations if r in ROUTES]
    inverse = any(r.endswith("[inverse]") for r in relations)
    if any(r.split(" ")[0] in PEOPLE for r in relations):
        people = [f"{p} [inverse]" if inverse else p for p in PEOPLE]
        for n in (2, 3):
            plans += list(permutations(people, n))
    return plans or [("directed_by",)]


def choose_plans(asker: Asker, dev: list[Question]) -> dict[str, tuple[str, ...]]:
    by_template: dict[str, list[Question]] = defaultdict(list)
    for q in dev:
        by_template[q.template].append(q)
    chosen = {}
    for template, qs in by_template.items():
        plans = candidate_plans(Counter(q.relation for q in qs))

        def score(plan: tuple[str, ...], qs: list[Question] = qs,
                  asked: str = worded(template)) -> tuple[int, bool, int]:
            # Most exact matches; among equals, the plan that first asks what the wording asks,
            # then the shortest (fewest queries).
            hits = sum(set(asker.answer(plan, q.entity)) == q.gold for q in qs)
            return hits, plan[0].split(" ")[0] == asked, -len(plan)

        chosen[template] = max(plans, key=score)
    return chosen


# What a template's wording asks, by keyword (first match wins).
WORDING: list[tuple[str, str]] = [
    (r"direct", "directed_by"), (r"writ|wrote|author|script|screenplay|story", "written_by"),
    (r"year|release|when", "release_year"),
    (r"genre|type of|kind of|sort of", "has_genre"), (r"language", "in_language"),
    (r"rat(e|ing)|good|think|opinion|popular|famous", "has_imdb_rating"),
    (r"describ|about|words|topic|terms", "has_tags"),
    (r"act|star|appear", "starred_actors"),
]


def worded(template: str) -> str:
    """The relation a template's wording asks, without its direction."""
    return next((r for pattern, r in WORDING if re.search(pattern, template.lower())),
                "starred_actors")


def fallback_plan(template: str) -> tuple[str, ...]:
    """A plan for a template the dev split never showed, from its wording."""
    t = template.lower()
    inverse = not t.rstrip().endswith("[x]") and "[x] was" not in t
    relation = worded(t) + (" [inverse]" if inverse else "")
    return (relation,) if relation in ROUTES else (worded(t),)


def evaluate(asker: Asker, questions: list[Question],
             plans: dict[str, tuple[str, ...]]) -> dict[str, object]:
    asker.cache.clear()  # time every question from scratch
    hits = hits1 = 0
    per_template: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    times = []
    for q in questions:
        plan = plans.get(q.template) or fallback_plan(q.template)
        start = time.perf_counter()
        answers = asker.answer(plan, q.entity)
        times.append(time.perf_counter() - start)
        ok = set(answers) == q.gold
        hits += ok
        hits1 += bool(answers) and answers[0] in q.gold
        per_template[q.template][0] += ok
        per_template[q.template][1] += 1
    n = len(questions)
    return {
        "questions": n,
        "hits": hits / n,
        "hits@1": hits1 / n,
        "ms_per_question_mean": 1000 * statistics.fmean(times),
        "ms_per_question_p95": 1000 * sorted(times)[int(0.95 * (n - 1))],
        "per_template": {t: (h / c, c) for t, (h, c) in per_template.items()},
    }


def oracle(asker: Asker, questions: list[Question]) -> float:
    """Hits when told the gold relation: the ceiling of any template mapping."""
    ok = sum(set(asker.ask(q.relation, q.entity)) == q.gold
             for q in questions if q.relation in ROUTES)
    return ok / len(questions)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, help="questions per split (default: all)")
    parser.add_argument("--templates", action="store_true", help="print hits per template")
    parser.add_argument("--json", type=Path, help="also write the numbers to this file")
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"{CORPUS}: MetaQA corpus not found", file=sys.stderr)
        return 2
    store = open_store()
    start = time.perf_counter()
    report = import_catalogue(store, CORPUS / "kb_subset_from_1hop_dev_test.txt")
    load_s = time.perf_counter() - start
    print(f"imported {report.films} films, {len(store)} triples in {load_s:.1f} s")
    asker = Asker(store)
    dev = read_questions("dev", args.limit)
    test = read_questions("test", args.limit)
    plans = choose_plans(asker, dev)
    results = {"import_s": load_s, "triples": len(store)}
    for name, qs in (("dev", dev), ("test", test)):
        r = evaluate(asker, qs, plans)
        r["oracle_hits"] = oracle(asker, qs)
        results[name] = r
        print(f"{name:5} {r['questions']:6} questions  hits {r['hits']:.4f}  "
              f"hits@1 {r['hits@1']:.4f}  (gold-relation ceiling {r['oracle_hits']:.4f})  "
              f"{r['ms_per_question_mean']:.2f} ms/question mean, "
              f"{r['ms_per_question_p95']:.2f} ms p95")
    if args.templates:
        test_r = results["test"]
        assert isinstance(test_r, dict)
        for template, (rate, count) in sorted(test_r["per_template"].items(),
                                              key=lambda kv: -kv[1][1]):
            print(f"  {rate:6.3f} {count:5}  {template:55} → {' / '.join(plans.get(template, ()))}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
