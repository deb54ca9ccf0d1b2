"""Entity resolution across reviews: one node per person and film, rule-made merges on record."""

from __future__ import annotations

from filmgraph import Store, ingest, open_store
from filmgraph.extract import extract
from filmgraph.model import Kind, Review
from filmgraph.pipeline import build
from filmgraph.resolve import Resolver

PREFIXES = """
PREFIX schema: <https://schema.org/>
PREFIX fg: <https://w3id.org/filmgraph/ontology#>
"""
WITH_YEAR = "“Closeness” (2017) is a drama by Kantemir Balagov.\n\nCast: Darya Zhovner\n"
NO_YEAR = (
    "“Closeness” is grim. Darya Zhovner plays Ilana. Director Kantemir Balagov shoots it close.\n"
)


def _store_with_two_reviews(tmp_path) -> Store:  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text(WITH_YEAR, encoding="utf-8")
    (tmp_path / "b.txt").write_text(NO_YEAR, encoding="utf-8")
    store = open_store()
    report = ingest([tmp_path / "a.txt"], store)
    report = ingest([tmp_path / "b.txt"], store)
    assert report.ingested == 1 and not report.errors
    return store


def test_same_film_and_people_in_two_reviews_are_one_node(tmp_path) -> None:  # type: ignore[no-untyped-def]
    store = _store_with_two_reviews(tmp_path)
    films = store.query(PREFIXES + "SELECT DISTINCT ?f WHERE { ?f a schema:Movie }").rows
    assert [str(f) for (f,) in films] == ["https://w3id.org/filmgraph/id/film/closeness-2017"]
    people = store.query(
        PREFIXES + "SELECT DISTINCT ?p WHERE { ?p a schema:Person ; schema:name 'Darya Zhovner' }"
    ).rows
    assert len(people) == 1
    reviews = store.query(
        PREFIXES
        + "SELECT DISTINCT ?r WHERE { ?r schema:itemReviewed ?f . ?f schema:name 'Closeness' }"
    ).rows
    assert len(reviews) == 2


def test_the_rule_made_film_merge_is_recorded_for_audit(tmp_path) -> None:  # type: ignore[no-untyped-def]
    store = _store_with_two_reviews(tmp_path)
    rows = store.query(
        PREFIXES
        + """SELECT ?from ?result ?method ?score WHERE { ?m a fg:MergeRecord ;
             fg:mergedFrom ?from ; fg:mergeResult ?result ; fg:mergeMethod ?method ;
             fg:mergeScore ?score . FILTER(?method = "title-match-unique") }"""
    ).rows
    assert [(str(f), str(r).rsplit("/", 1)[-1], str(m)) for f, r, m, _ in rows] == [
        ("Closeness", "closeness-2017", "title-match-unique")
    ]
    assert 0 < float(str(rows[0][3])) < 1


def test_an_undone_merge_is_not_made_again() -> None:
    resolver = Resolver()
    resolver.remember(["closeness-2017"])
    resolved = resolver.resolve(extract(Review(text=NO_YEAR, source="b.txt")))
    assert resolved.film is not None and resolved.film.key == "closeness-2017"
    (merge,) = [m for m in resolved.merges if m.kind is Kind.FILM]
    resolver.undo(merge)
    again = resolver.resolve(extract(Review(text=NO_YEAR, source="b.txt")))
    assert again.film is not None and again.film.key == "closeness"
    assert not [m for m in again.merges if m.kind is Kind.FILM]
    graph = build(Review(text=NO_YEAR, source="b.txt"), resolver=resolver)
    assert not any("MergeRecord" in str(o) and "closeness-2017" in str(s) for s, _, o in graph)


def test_surname_is_joined_within_a_review_and_recorded() -> None:
    resolved = Resolver().resolve(
        extract(
            Review(
                text="“Closeness” is grim. Director Kantemir Balagov shoots it. "
                "Balagov keeps the camera close.",
                source="c.txt",
            )
        )
    )
    person = resolved.lookup(Kind.PERSON, "Balagov")
    assert person is not None and person.name == "Kantemir Balagov"
    assert any(m.alias == "Balagov" and m.method == "surname-in-review" for m in resolved.merges)


def test_a_lone_credited_surname_is_one_films_person_only() -> None:
    # Plots give actors by surname alone: two films' "Williams" are not one person.
    keys = set()
    for film in ("Lanterns", "Harbor Lights"):
        review = Review(text="Jules Marin (Williams) robs a bank.", source="p.txt", film_title=film)
        person = Resolver().resolve(extract(review)).lookup(Kind.PERSON, "Williams")
        assert person is not None and person.name == "Williams"
        keys.add(person.key)
    assert keys == {"lanterns/williams", "harbor-lights/williams"}
