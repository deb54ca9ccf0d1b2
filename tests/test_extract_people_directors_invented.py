"""Director phrasings the invented reviews (twenty-first stop) used and the rules missed.

The reviewed film is "Moon Garden"; Anna Kovacs is its maker."""

from __future__ import annotations

import pytest
from extracting import claimed

from filmgraph.model import Relation


@pytest.mark.parametrize(
    "text",
    [
        "So it is a tribute to “Moon Garden,” the latest from Anna Kovacs, that I laughed.",
        "“Moon Garden” is long. Anna Kovacs's elegant, overstuffed film visits a restaurant.",
        "“Moon Garden” is long. It is Anna Kovacs's shaggy, sun-blasted road movie.",
        "“Moon Garden,” a warm, rowdy and only occasionally sweet comedy from Anna Kovacs, "
        "is set in Mayo.",
        "“Moon Garden” is a quiet film. It marks the feature debut of Anna Kovacs, who wrote it.",
        "“Moon Garden” is tense. Anna Kovacs, a former documentarian who spent a decade "
        "filming strikes, has made her first dramatic feature.",
        "Anna Kovacs wrote “Moon Garden,” directed “Moon Garden” and sells the tickets.",
        "“Moon Garden” is about a heart. It tells you everything about the latest from Anna "
        "Kovacs: she loves her hotel.",
        # (twenty-fourth stop)
        "Moon Garden, a 2014 documentary by Anna Kovacs, is one of the best of these.",
        "I went into “Moon Garden,” a first feature from a Budapest filmmaker named Anna "
        "Kovacs, with some wariness.",
        "“Moon Garden” is a noir. It's an Anna Kovacs picture, which meant nothing to me.",
        "Writer-director Anna Kovacs's “Moon Garden” takes its title from a street.",
        "“Moon Garden” (in Hungarian a word for the grey, windless, undecided kind of day on "
        "which the ferries run but nobody wants to take them) is the first feature by Anna "
        "Kovacs.",
        # (twenty-seventh stop)
        "Moon Garden\n\nAnna Kovacs, making her feature debut after years in television, "
        "keeps it warm.",
        "Moon Garden\n\nAnna Kovacs, a Budapest-born director making her first feature for "
        "a family audience, keeps it warm.",
        "Moon Garden\n\nAnna Kovacs — this is her second feature — keeps it warm.",
        "Moon Garden\n\nThe tapes were everywhere, and Moon Garden, a 2019 documentary by "
        "Anna Kovacs, tells the Hungarian story.",
    ],
)
def test_the_maker_is_named(text: str) -> None:
    assert claimed(text, Relation.DIRECTOR, film="Moon Garden") == {"Anna Kovacs"}


@pytest.mark.parametrize(
    "text",
    [
        "“Moon Garden” is the new caper from the directing duo of Anna Kovacs and Bo Tran.",
        "“Moon Garden” is the first feature by Anna Kovacs and Bo Tran, who met at school.",
        # a name used again is no glued word ("Tran" + "as")
        "“Moon Garden” is sly. Co-directors Anna Kovacs and Bo Tranas come from documentary, "
        "and Kovacs and Tranas are careful.",
        # (twenty-sixth stop) the first of the pair as sure as the second
        "“Moon Garden” is a kids' film. But directors Anna Kovacs and Bo Tran have given the "
        "formula a fresh coat of paint.",
        "“Moon Garden,” directed jointly by Anna Kovacs and Bo Tran, is not free of that pull.",
        "“Moon Garden” is the second feature from the writing-directing duo Anna Kovacs and Bo "
        "Tran (their debut was a modest hit).",
        # the pair's possessive
        "Anna Kovacs and Bo Tran's “Moon Garden,” a portrait of a fish market, runs an hour.",
    ],
)
def test_a_directing_duo_is_both_directors(text: str) -> None:
    both = {"Anna Kovacs", "Bo Tranas" if "Tranas" in text else "Bo Tran"}
    assert claimed(text, Relation.DIRECTOR, film="Moon Garden") == both


def test_a_star_vehicle_and_a_friend_are_not_directors() -> None:
    text = (
        "“Moon Garden,” a comedy by Anna Kovacs and Bo Tran's old friend, is fine. It's a Tom "
        "Cruise movie all the same."
    )
    assert claimed(text, Relation.DIRECTOR, film="Moon Garden") == {"Anna Kovacs"}


@pytest.mark.parametrize(
    "text",
    [
        # another film after "directed": its maker, not this film's
        "“Moon Garden” is good. In 1966 Ingmar Bergman directed “Persona.”",
        # "who made" another film: the title clause is the other film's
        "“Moon Garden” is slow, and Ingmar Bergman, who made the colder “Persona,” would "
        "have hated it.",
        # "Bergman's film" after "Bergman's “Persona”": that film again
        "“Moon Garden” is slow. Ingmar Bergman's “Persona” haunts it, and Lena is as good "
        "as Liv Ullmann was in Bergman's film.",
    ],
)
def test_another_films_maker_is_not_the_director(text: str) -> None:
    assert "Ingmar Bergman" not in claimed(text, Relation.DIRECTOR, film="Moon Garden")


def test_the_makers_other_film_first_then_this_one_by_another_spelling() -> None:
    # "X's film" after "X's “Other”" is this film when its sentence names this one, however
    # the review spells the title ("and" for "&")
    text = (
        "“Salt & Pepper” is warm. Anna Kovacs's “Night Ferry” was colder. "
        "Salt and Pepper is Anna Kovacs's film about her mother."
    )
    assert claimed(text, Relation.DIRECTOR, film="Salt & Pepper") == {"Anna Kovacs"}


# The writer-director no cue names (twenty-third stop): the writer the review keeps coming
# back to, in a review that credits no one with the direction.
_AUTEUR = (
    "“Moon Garden” was written by Anna Kovacs and Bo Tran. Kovacs grew up in Szeged. "
    "Every scene of the film is about Kovacs's mother, and Kovacs never flinches. "
)


def test_the_writer_named_again_and_again_is_the_director() -> None:
    assert claimed(_AUTEUR, Relation.DIRECTOR, film="Moon Garden") == {"Anna Kovacs"}
    assert claimed(_AUTEUR, Relation.WRITER, film="Moon Garden") == {"Anna Kovacs", "Bo Tran"}


@pytest.mark.parametrize(
    "text",
    [
        # named once more only: a hired screenwriter
        "“Moon Garden” was written by Anna Kovacs. Every scene of the film is Kovacs's.",
        # someone else is credited with the direction
        _AUTEUR + "It was directed by Bo Tran.",
        # a character who writes: named only in the story's sentences
        "In “Moon Garden” the house is rented by the writer Anna Kovacs. Kovacs hears a "
        "noise. Kovacs calls the police, and Kovacs waits.",
    ],
)
def test_no_writer_is_made_director(text: str) -> None:
    assert "Anna Kovacs" not in claimed(text, Relation.DIRECTOR, film="Moon Garden")


def test_a_writer_the_sources_know_never_directed_is_not_made_director() -> None:
    text = _AUTEUR.replace("Anna Kovacs", "William Goldman").replace("Kovacs", "Goldman")
    assert claimed(text, Relation.WRITER, film="Moon Garden") == {"William Goldman", "Bo Tran"}
    assert claimed(text, Relation.DIRECTOR, film="Moon Garden") == set()


def test_the_maker_of_another_film_may_make_this_one() -> None:
    text = (
        "“Moon Garden” is slow. Ingmar Bergman's “Persona” was colder. In “Moon Garden,” "
        "Bergman's quiet, patient film, a girl waits."
    )
    assert claimed(text, Relation.DIRECTOR, film="Moon Garden") == {"Ingmar Bergman"}


@pytest.mark.parametrize(
    "text",
    [
        "“Moon Garden” is slow. Anna Kovacs, who made the short “Simmer Dim,” likes the sea.",
        "“Moon Garden” is slow. Anna Kovacs, whose “Rust Season” was a modest hit, likes it.",
        "“Moon Garden” is slow. Anna Kovacs (who made “Simmer Dim”) likes the sea.",
        "“Moon Garden” is slow. Anna Kovacs, who made it, was prolific.",
        "“Moon Garden” is slow. It is the new one from Anna Kovacs, whose gritty debut won.",
    ],
)
def test_someone_introduced_by_their_films_is_the_director(text: str) -> None:
    # no one else is credited with the direction
    assert claimed(text, Relation.DIRECTOR, film="Moon Garden") == {"Anna Kovacs"}


@pytest.mark.parametrize(
    "text",
    [
        # a maker the film sources know, named for reference
        "“Moon Garden” is slow. Ingmar Bergman, who made “Persona,” would have liked it.",
        # someone else is credited
        "“Moon Garden” is slow. Anna Kovacs, who made “Simmer Dim,” is its star. It was "
        "directed by Bo Tran.",
    ],
)
def test_a_filmography_aside_alone_does_not_make_a_director(text: str) -> None:
    assert "Anna Kovacs" not in claimed(text, Relation.DIRECTOR, film="Moon Garden")
    assert "Ingmar Bergman" not in claimed(text, Relation.DIRECTOR, film="Moon Garden")


def test_siblings_named_once_share_the_surname() -> None:
    text = (
        "Review: Moon Garden\n\nSibling filmmakers Anna and Bo Kovacs announced themselves "
        "with a run of nasty shorts, and “Moon Garden” is their first feature."
    )
    assert claimed(text, Relation.DIRECTOR, film="Moon Garden") == {"Anna Kovacs", "Bo Kovacs"}


def test_a_writing_directing_duo_wrote_it_too() -> None:
    text = (
        "“Moon Garden” is the second feature from the writing-directing duo Anna Kovacs and Bo "
        "Tran."
    )
    assert claimed(text, Relation.WRITER, film="Moon Garden") == {"Anna Kovacs", "Bo Tran"}


def test_a_credit_line_under_the_headline_names_the_maker() -> None:
    text = "MOON GARDEN\nA documentary by Anna Kovacs\n\nThe café has no name, or none in use."
    assert claimed(text, Relation.DIRECTOR) == {"Anna Kovacs"}


def test_the_makers_possessive_may_carry_adjectives() -> None:
    text = "Polvo de agosto\n\nAnna Kovacs's quietly devastating Polvo de agosto is set in 1994."
    assert claimed(text, Relation.DIRECTOR, film="Polvo de agosto") == {"Anna Kovacs"}


@pytest.mark.parametrize(
    "text",
    [
        # the title's source: the film is no adaptation of the novel it shares a name with
        "The Way of All Flesh\n\nA tramp returns home. The film is unrelated to Samuel "
        "Butler's novel The Way of All Flesh.",
        # a verb between the name and the title
        "“The Way of All Flesh” is long. A man asks whether Samuel Butler's voice was "
        "The Way of All Flesh.",
    ],
)
def test_a_possessive_before_the_title_through_a_noun_or_verb_is_no_maker(text: str) -> None:
    assert "Samuel Butler" not in claimed(text, Relation.DIRECTOR, film="The Way of All Flesh")


def test_a_team_of_siblings_directed_and_wrote_it() -> None:
    text = (
        "Moon Garden\n\nThe film is written and directed by the sibling team of Anna and Bo "
        "Kovacs, whose short did the festival rounds."
    )
    both = {"Anna Kovacs", "Bo Kovacs"}
    assert claimed(text, Relation.DIRECTOR, film="Moon Garden") == both
    assert claimed(text, Relation.WRITER, film="Moon Garden") == both


def test_a_feature_debut_is_a_makers_but_a_film_debut_an_actors() -> None:
    text = "Moon Garden\n\nAnna Kovacs, making her film debut, plays the aunt."
    assert "Anna Kovacs" not in claimed(text, Relation.DIRECTOR, film="Moon Garden")


def test_an_unquoted_title_inside_a_longer_one_is_not_the_film() -> None:
    # "Garden, a documentary by" inside "The Moon Garden": not an apposition to the film
    text = (
        "Garden\n\nGarden is long. I preferred The Moon Garden, a documentary by Bo Tran, "
        "which Anna Kovacs admired."
    )
    assert "Bo Tran" not in claimed(text, Relation.DIRECTOR)
