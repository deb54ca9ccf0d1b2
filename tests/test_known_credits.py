"""The film gazetteer's credits for people a review names without a cue (invented films)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from filmgraph.extract import extract
from filmgraph.extract.lexicon import FilmEntry, Lexicon, default_lexicon, title_key
from filmgraph.model import Extraction, Relation, Review


def _lexicon(*entries: FilmEntry) -> Lexicon:
    films: dict[str, tuple[FilmEntry, ...]] = {}
    for e in entries:
        films[title_key(e.title)] = (*films.get(title_key(e.title), ()), e)
    return replace(default_lexicon(), films=films)


_ORCHARD = FilmEntry(
    "The Quiet Orchard",
    ("1994",),
    directors=frozenset({"Marta Velasquez-Orr"}),
    actors=frozenset({"Dorian Pell", "Ilse Marwood"}),
)


def _read(text: str, *entries: FilmEntry) -> Extraction:
    return extract(Review(text=text, source="x.txt"), lexicon=_lexicon(*entries))


def _objects(ex: Extraction, relation: Relation) -> set[str]:
    return {c.object for c in ex.claims_for(relation)}


def test_named_maker_without_a_cue_is_credited_with_provenance() -> None:
    ex = _read(
        "“The Quiet Orchard” (1994) is slow. Marta Velasquez-Orr never hurries a scene, and "
        "Dorian Pell and Ilse Marwood seem to have lived in that valley for years.",
        _ORCHARD,
    )
    assert _objects(ex, Relation.DIRECTOR) == {"Marta Velasquez-Orr"}
    assert {"Dorian Pell", "Ilse Marwood"} <= _objects(ex, Relation.ACTOR)
    (claim,) = ex.claims_for(Relation.DIRECTOR)
    assert claim.extractor == "known-credits/1.0"
    assert ex.review.text[claim.span.start : claim.span.end] == "Marta Velasquez-Orr"


def test_a_lone_surname_takes_the_full_name_the_source_gives() -> None:
    ex = _read("“The Quiet Orchard” (1994) is slow, and Marwood is the reason to see it.", _ORCHARD)
    (claim,) = [c for c in ex.claims_for(Relation.ACTOR) if c.extractor.startswith("known")]
    assert claim.object == "Ilse Marwood"
    assert ex.review.text[claim.span.start : claim.span.end] == "Marwood"


def test_a_surname_someone_uncredited_also_has_is_not_taken() -> None:
    ex = _read(
        "“The Quiet Orchard” (1994) is slow. Otto Marwood, the critic, disliked it; Marwood "
        "walked out.",
        _ORCHARD,
    )
    assert "Ilse Marwood" not in _objects(ex, Relation.ACTOR)


@pytest.mark.parametrize(
    "sentence",
    [
        # an earlier version of the title, dated in the sentence
        "It was played in 1961 by Dorian Pell, and nobody has matched him since.",
        # a comparison, not this film's cast
        "Its hero is like Dorian Pell in a western, quiet and sure.",
    ],
)
def test_a_credited_name_outside_this_film_is_not_credited(sentence: str) -> None:
    ex = _read(f"“The Quiet Orchard” (1994) is slow. {sentence}", _ORCHARD)
    assert "Dorian Pell" not in _objects(ex, Relation.ACTOR)


def test_a_remake_does_not_borrow_the_original_cast() -> None:
    original = replace(_ORCHARD, years=("1951",), actors=frozenset({"Dorian Pell"}))
    ex = _read("“The Quiet Orchard” (1994) is slow, though Dorian Pell appears.", original)
    assert "Dorian Pell" not in _objects(ex, Relation.ACTOR)
    ex = _read("“The Quiet Orchard” (1951) is slow, though Dorian Pell appears.", original)
    assert "Dorian Pell" in _objects(ex, Relation.ACTOR)


def test_a_film_the_sources_do_not_know_gets_no_credits() -> None:
    ex = _read("“A Different Orchard” (1994) is slow. Marta Velasquez-Orr is there.", _ORCHARD)
    assert not [c for c in ex.claims if c.extractor.startswith("known-credits")]


def test_title_key_folds_case_accents_punctuation_and_article() -> None:
    assert title_key("The Quiet Orchard") == title_key("quiet orchard")
    assert title_key("Amélie!") == "amelie"


_REMADE = FilmEntry(
    "The Long Weir",
    ("1958", "2004"),  # one entry for a film and its remake, as MetaQA keys films by title
    directors=frozenset({"Oskar Hallam", "Ruth Penhale"}),
)


def test_a_remake_review_naming_both_versions_directors_credits_neither() -> None:
    text = (
        "“The Long Weir” is a remake. Ruth Penhale never hurries, and the shadow of Oskar "
        "Hallam is never far from mind."
    )
    assert _objects(_read(text, _REMADE), Relation.DIRECTOR) == set()


def test_a_remake_review_naming_one_director_credits_that_one() -> None:
    text = "“The Long Weir” is a remake. Ruth Penhale never hurries a scene."
    assert _objects(_read(text, _REMADE), Relation.DIRECTOR) == {"Ruth Penhale"}


def test_screenwriters_are_credited_and_a_source_novelist_is_not() -> None:
    entry = replace(
        _ORCHARD,
        writers=frozenset({"Cora Lindqvist"}),  # the generated column: the novel's author too
        screenwriters=frozenset({"Abel Strand"}),
    )
    ex = _read(
        "“The Quiet Orchard” (1994) is slow. Abel Strand keeps Cora Lindqvist's plot and "
        "cuts her speeches.",
        entry,
    )
    assert _objects(ex, Relation.WRITER) == {"Abel Strand"}
    (claim,) = ex.claims_for(Relation.WRITER)
    assert claim.extractor == "known-credits/1.0"


def test_the_shipped_table_credits_a_film_the_generated_sources_lack() -> None:
    # "Loveless" (2017) is in the hand-written table only (data/gazetteer/films_hand.tsv),
    # also under its original title.
    (entry,) = [e for e in default_lexicon().film("Loveless", "2017") if e.title == "Loveless"]
    assert entry.directors == {"Andrey Zvyagintsev"}
    assert entry.screenwriters == {"Oleg Negin", "Andrey Zvyagintsev"}
    assert entry.settings == {"Moscow"}
    assert replace(entry, title="Nelyubov") in default_lexicon().film("Nelyubov")


def test_same_titled_films_stay_apart_by_year() -> None:
    # Three films called "Leviathan" in the table, each its own entry by year.
    directors = {
        y: {d for e in default_lexicon().film("Leviathan", y) for d in e.directors}
        for y in ("1989", "2014")
    }
    assert "George P. Cosmatos" in directors["1989"]
    assert "Andrey Zvyagintsev" in directors["2014"]
    assert "George P. Cosmatos" not in directors["2014"]


# A loose cue (a possessive before the title) next to the cast the sources credit: the entry
# is this film, and it credits someone else as director.
_LOOSE = "Tobias Wrenfield's “The Quiet Orchard” (1994) is slow. {rest}"


def test_a_loose_cue_yields_to_the_director_a_confirmed_entry_credits() -> None:
    ex = _read(_LOOSE.format(rest="Dorian Pell seems to have lived in that valley."), _ORCHARD)
    assert "Tobias Wrenfield" not in _objects(ex, Relation.DIRECTOR)
    assert "Dorian Pell" in _objects(ex, Relation.ACTOR)
    # withdrawn as director, still a person the review names
    assert "Tobias Wrenfield" in _objects(ex, Relation.MENTIONED)


def test_the_loose_cue_stands_when_nobody_the_entry_credits_is_named() -> None:
    # The entry may be a same-titled film of another year.
    ex = _read(_LOOSE.format(rest="Otto Grist seems to have lived in that valley."), _ORCHARD)
    assert "Tobias Wrenfield" in _objects(ex, Relation.DIRECTOR)


def test_a_plain_cue_stands_against_the_entry() -> None:
    # The sources may miss a co-director; "directed by" is the review's own statement.
    ex = _read(
        "“The Quiet Orchard” (1994), directed by Tobias Wrenfield, is slow. Dorian Pell "
        "seems to have lived in that valley.",
        _ORCHARD,
    )
    assert "Tobias Wrenfield" in _objects(ex, Relation.DIRECTOR)


def test_another_spelling_of_the_credited_director_stands() -> None:
    entry = replace(_ORCHARD, directors=frozenset({"Andrew Kessling"}))
    ex = _read(
        "Andy Kessling's “The Quiet Orchard” (1994) is slow. Dorian Pell seems to have "
        "lived in that valley.",
        entry,
    )
    assert "Andy Kessling" in _objects(ex, Relation.DIRECTOR)


_HARBOUR = FilmEntry(
    "The Northern Harbour",
    ("2011",),
    directors=frozenset({"Åke Järvinen"}),
    screenwriters=frozenset({"Åke Järvinen"}),
    actors=frozenset({"Zoé LaRue"}),
)


def test_names_written_without_their_accents_or_case_are_the_sources_people() -> None:
    # Reviews drop accents ("Jarvinen") and recase names ("Zoe Larue"); the film's sources
    # spell them right, and the claim takes the sources' spelling.
    ex = _read(
        "“The Northern Harbour” (2011) is Jarvinen at his gentlest. The lighthouse is lonely, "
        "and the face of Zoe Larue carries its long silences.",
        _HARBOUR,
    )
    assert _objects(ex, Relation.DIRECTOR) == {"Åke Järvinen"}
    assert _objects(ex, Relation.WRITER) == {"Åke Järvinen"}
    assert "Zoé LaRue" in _objects(ex, Relation.ACTOR)
    director = ex.claims_for(Relation.DIRECTOR)[0]
    assert ex.review.text[director.span.start : director.span.end] == "Jarvinen"


def test_a_role_prose_gave_without_the_accents_is_not_claimed_twice() -> None:
    ex = _read(
        "“The Northern Harbour” (2011), directed by Ake Jarvinen, is slow. Jarvinen never "
        "hurries a scene.",
        _HARBOUR,
    )
    assert _objects(ex, Relation.DIRECTOR) == {"Ake Jarvinen"}


def test_a_credited_actor_written_without_accents_confirms_the_entry() -> None:
    # "Zoe Larue" (played by, a role from prose) is the sources' "Zoé LaRue": the entry is
    # this film, so the loose cue naming someone it does not credit yields.
    text = (
        "Tobias Wrenfield's “The Northern Harbour” (2011) is slow. The keeper is played by "
        "Zoe Larue."
    )
    ex = _read(text, _HARBOUR)
    assert _objects(ex, Relation.ACTOR) == {"Zoe Larue"}
    assert "Tobias Wrenfield" not in _objects(ex, Relation.DIRECTOR)
