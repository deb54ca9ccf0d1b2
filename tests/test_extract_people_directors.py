"""Director cues of film criticism, each in a sentence written for the test.

The reviewed film is always "Moon Garden"; Anna Kovacs is its maker. Other films and the
people compared to are never this film's director.
"""

from __future__ import annotations

import pytest
from extracting import claimed

from filmgraph.extract import extract
from filmgraph.model import Relation, Review


def _directors(text: str) -> set[str]:
    return claimed(text, Relation.DIRECTOR, film="Moon Garden")


@pytest.mark.parametrize(
    "text",
    [
        "“Moon Garden” is the new film from Anna Kovacs. It is quiet.",
        "“Moon Garden” is the third feature from director Anna Kovacs.",
        "“Moon Garden” is Anna Kovacs's latest, and it is a quiet one.",
        "“Moon Garden,” Anna Kovacs's latest, is a quiet one.",
        "Anna Kovacs’s ‘Moon Garden’ is a quiet film about “Moon Garden” people.",
        "The director of “Moon Garden,” Anna Kovacs, grew up near a lake.",
        "“Moon Garden” is directed with great care by Anna Kovacs.",
        "“Moon Garden,” a comedy by “Night Shift” co-creator Anna Kovacs, is slight.",
    ],
)
def test_the_maker_is_named(text: str) -> None:
    assert _directors(text) == {"Anna Kovacs"}


def test_a_shortened_title_is_still_the_reviewed_film() -> None:
    # "Moon Garden" is how the review names "Moon Garden at Night" most of the time.
    text = (
        "“Moon Garden” is quiet. “Moon Garden” is slow. “Moon Garden at Night” was written "
        "and directed by Anna Kovacs."
    )
    assert _directors(text) == {"Anna Kovacs"}


def test_a_one_word_hyphenated_name_after_a_strong_cue() -> None:
    assert _directors("“Moon Garden” is quiet. It was directed by Costa-Gavras.") == {
        "Costa-Gavras"
    }


def test_someone_who_directed_another_title_is_not_the_director() -> None:
    text = "“Moon Garden” is quiet. Ingmar Bergman directed “Persona” in 1966."
    assert _directors(text) == set()


def test_who_directed_the_film_outranks_a_possessive_guess() -> None:
    text = (
        "“Moon Garden” is inspired by “Ace of Cups,” and Billy Wilder's movie was smarter. "
        "The usual suspects, etc.Costa-Gavras, who directed the film, should know."
    )
    assert _directors(text) == {"Costa-Gavras"}


def test_a_known_director_discussed_by_surname_when_no_cue_names_one() -> None:
    # David Lynch is a director in the gazetteer; no "directed by" anywhere.
    text = (
        "“Moon Garden” is strange. Something in me resists the films of David Lynch. Lynch "
        "wraps violence in humor, and Lynch knows it."
    )
    assert _directors(text) == {"David Lynch"}


@pytest.mark.parametrize(
    "before",
    ["his uncle, Sir", "the young attorney", "the hard-drinking Captain"],
)
def test_a_directors_namesake_with_a_title_is_someone_in_the_story(before: str) -> None:
    # Found in the plots: "his uncle, Sir William Hamilton … Hamilton's wife".
    text = (
        f"“Moon Garden” is strange. Emma lives with {before} David Lynch. Lynch "
        "wraps her in silk, and Lynch knows it."
    )
    assert _directors(text) == set()


def test_a_kinship_word_opening_a_sentence_is_no_title() -> None:
    text = (
        "“Moon Garden” is strange. Brother David Lynch was a clown then. Lynch "
        "wraps violence in humor, and Lynch knows it."
    )
    assert _directors(text) == {"David Lynch"}


def test_a_director_discussed_by_surname_does_not_outrank_a_cue() -> None:
    text = (
        "“Moon Garden” was directed by Anna Kovacs. She admires David Lynch. Lynch wraps "
        "violence in humor, and Lynch knows it."
    )
    assert _directors(text) == {"Anna Kovacs"}


def test_a_director_named_once_is_only_mentioned() -> None:
    text = "“Moon Garden” is strange, a little like the films of David Lynch."
    assert _directors(text) == set()


def test_two_given_names_before_one_surname_are_two_directors() -> None:
    text = "“Moon Garden,” directed by Joel and Ethan Kovacs, is a quiet film."
    assert _directors(text) == {"Joel Kovacs", "Ethan Kovacs"}


@pytest.mark.parametrize(
    "text",
    [
        "“Moon Garden” is quiet. Anna Kovacs is the director.",
        "“Moon Garden” is quiet. Anna Kovacs, director of “Moon Garden,” is patient.",
        "“Moon Garden” is quiet. Anna Kovacs's screenplay and direction are patient.",
        # The maker at work, named in full once with no cue, then by surname.
        "“Moon Garden” is quiet. Anna Kovacs returns to her village. Kovacs cuts to the river.",
        "“Moon Garden” is quiet. Anna Kovacs returns to her village. Kovacs's camera lingers.",
        "“Moon Garden” is quiet. Anna Kovacs returns home. Kovacs has made a patient film.",
        # A pronoun for the maker named just before.
        "“Moon Garden” is Anna Kovacs's story. It is personal; she not only stars, but "
        "makes her directing debut.",
        "“Moon Garden” stars Anna Kovacs as a nurse. She also directed it.",
    ],
)
def test_more_director_cues(text: str) -> None:
    assert _directors(text) == {"Anna Kovacs"}


@pytest.mark.parametrize(
    "text",
    [
        "“Moon Garden” is quiet. Anna Kovacs, director of “Salt,” is patient.",
        "“Moon Garden” is quiet. Anna Kovacs is the director of photography.",
        # A cast member at work is acting; an idiom is no cut.
        "“Moon Garden” stars Peter Gallo. Gallo cuts to the river in one scene.",
        "“Moon Garden” is quiet. Peter Gallo returns. Gallo cuts to the chase.",
        # A pronoun's other films are not this one.
        "“Moon Garden” stars Peter Gallo. He directed “Salt” in 1966.",
        "“Moon Garden” stars Peter Gallo. He directed his first shorts in 1920.",
        # "directed by" said of another work: an earlier version, a sequel, a stage
        # production, a series, a kind of film
        "“Moon Garden” is a remake. The original 1960 version, directed by Bo Day, was better.",
        "“Moon Garden” is a remake of the 1960 film directed by Bo Day.",
        "“Moon Garden” is quiet. The sequel, directed by Bo Day, is due next year.",
        "“Moon Garden” is quiet. The stage version, directed by Bo Day, ran for years.",
        "“Moon Garden” is quiet. Remember the TV series directed by Bo Day?",
        "“Moon Garden” is quiet. It recalls the westerns directed by Bo Day.",
        "“Moon Garden” stars Peter Gallo, who once acted in a film directed by Bo Day.",
        # another title with its maker, and another film's maker
        "“Moon Garden” is quiet, like “Salt” (Bo Day, 1960).",
        "“Moon Garden” is quiet. Unlike “Salt,” the new film by Bo Day, it has no music.",
    ],
)
def test_no_director_from_other_work_or_acting(text: str) -> None:
    assert _directors(text) == set()


def test_directed_by_outranks_the_maker_at_work() -> None:
    text = (
        "“Moon Garden” is directed by Mira Sandoval. Anna Kovacs returns to her village. "
        "Kovacs cuts to the river."
    )
    assert _directors(text) == {"Mira Sandoval"}


@pytest.mark.parametrize(
    "text",
    [
        "“Moon Garden” is quiet. Anna Kovacs, the Hungarian filmmaker, keeps it still.",
        "“Moon Garden” is quiet. Documentarian Anna Kovacs keeps the camera still.",
        "“Moon Garden” is quiet. Anna Kovacs, directing from her own script, keeps it still.",
        "“Moon Garden” is quiet. It is the first feature by Anna Kovacs.",
        "“Moon Garden” is quiet. The movie was made by Anna Kovacs, who is Hungarian.",
        "“Moon Garden” is quiet. This is the work of Anna Kovacs, who keeps it still.",
        "“Moon Garden” is quiet. Anna Kovacs is behind the camera.",
        # the title, then its maker
        "“Moon Garden” is the work of Anna Kovacs, who keeps it still.",
        "“Moon Garden” comes from Anna Kovacs, whose last film was a comedy.",
        "“Moon Garden” (Anna Kovacs, 2019) is quiet.",
        "With “Moon Garden,” Anna Kovacs has made a film about silence.",
        # the film as its maker's newest, and its maker in apposition
        "“Moon Garden” is quiet. The new film by Anna Kovacs is about a garden.",
        "“Moon Garden” is quiet, and Anna Kovacs, its maker, loves silence.",
    ],
)
def test_director_cues_of_the_film_itself(text: str) -> None:
    assert _directors(text) == {"Anna Kovacs"}


def test_plural_directors_name_both() -> None:
    text = "“Moon Garden” is quiet. Directors Anna Kovacs and Peter Gallo keep it still."
    assert _directors(text) == {"Anna Kovacs", "Peter Gallo"}


def test_a_film_by_someone_named_with_another_title_is_not_this_one() -> None:
    text = "“Moon Garden” is quiet. It was a film by Anna Kovacs, “Salt,” that I recalled."
    assert _directors(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "“Moon Garden” is quiet. Anna Kovacs directs and stars, and she is very good.",
        "“Moon Garden” is quiet. Anna Kovacs wrote it and stars in and directs it too.",
        "“Moon Garden” is quiet. Anna Kovacs came from the stage. She spent two years "
        "writing, directing and starring in “Moon Garden.”",
    ],
)
def test_the_actor_director_is_both(text: str) -> None:
    ex = extract(Review(text=text, source="prose.txt"))
    assert "Anna Kovacs" in {c.object for c in ex.claims_for(Relation.DIRECTOR)}
    assert "Anna Kovacs" in {c.object for c in ex.claims_for(Relation.ACTOR)}


def test_an_actor_director_of_another_title_is_neither() -> None:
    text = "“Moon Garden” is quiet. Anna Kovacs once directed and starred in “Salt Lake.”"
    ex = extract(Review(text=text, source="prose.txt"))
    assert not ex.claims_for(Relation.DIRECTOR) and not ex.claims_for(Relation.ACTOR)


@pytest.mark.parametrize(
    "text",
    [
        # what only a director does
        "“Moon Garden” is quiet. Anna Kovacs gets fine performances from her young cast.",
        "“Moon Garden” is quiet. Anna Kovacs coaxes a wary performance out of Bo Day.",
        "“Moon Garden” is quiet. Anna Kovacs stages the long dinner scene with care.",
        "“Moon Garden” is quiet. Anna Kovacs paces the film like a slow walk.",
        # a first film, a debut, a return
        "“Moon Garden” is quiet. In her first feature, Anna Kovacs shows great patience.",
        "“Moon Garden” is quiet. Anna Kovacs, making her debut as a director, never hurries.",
        "“Moon Garden” is quiet. Anna Kovacs, who made “Salt Lake,” returns with “Moon Garden.”",
        "“Moon Garden” is quiet. Anna Kovacs is a director who trusts silence.",
        # cues that name the maker around a filmography, an appositive or an epithet
        "“Moon Garden” is quiet. Anna Kovacs (“Salt Lake”) directs with great care.",
        "“Moon Garden” is quiet. Anna Kovacs has directed “Moon Garden” with care.",
        "“Moon Garden” is quiet. Kovacs, a former painter, directs it like a canvas. "
        "Anna Kovacs was born in Pecs.",
        "“Moon Garden” is quiet. The film was directed by the veteran Anna Kovacs.",
        "“Moon Garden” is quiet. The Hungarian-born Anna Kovacs directed.",
        "“Moon Garden” was made by Anna Kovacs. It is quiet.",
        "“Moon Garden” is quiet. It is the latest from Anna Kovacs.",
        "“Moon Garden” is quiet. Director-writer Anna Kovacs never hurries.",
        "“Moon Garden” is quiet. Anna Kovacs, the documentary's director, never hurries.",
        "“Moon Garden” is quiet. Anna Kovacs makes her feature debut with it.",
        "“Moon Garden” is quiet. Anna Kovacs makes her directorial debut here.",
        # the maker's crew, casting and source, a first time, the film "by" her
        "“Moon Garden” is quiet. Anna Kovacs and her cinematographer linger on the lake.",
        "“Moon Garden” is quiet. Anna Kovacs cast the film with unknowns from the town.",
        "“Moon Garden” is quiet. Anna Kovacs has assembled a fine cast of unknowns.",
        "“Moon Garden” is quiet. Anna Kovacs based the film on a novel by Bo Day.",
        "“Moon Garden” is quiet. Anna Kovacs films the story in long, still takes.",
        "“Moon Garden” is quiet. Anna Kovacs, a first-time director, keeps it simple.",
        "“Moon Garden” is quiet. Anna Kovacs, making her second feature, keeps it simple.",
        "“Moon Garden” is quiet. Anna Kovacs has crafted a small gem.",
        "“Moon Garden” is quiet. With it, Anna Kovacs has made her best film yet.",
        "“Moon Garden” is quiet. The film is by Anna Kovacs, who knows the town.",
        # the film under review, as a remake names it
        "“Moon Garden” is a remake. This version, directed by Anna Kovacs, is quieter.",
        "“Moon Garden” is a remake. The new version is directed by Anna Kovacs.",
        # the reviewed film as what she made, or as the first of hers
        "“Moon Garden” is the first film directed by Anna Kovacs.",
        "“Moon Garden” is the latest from Anna Kovacs.",
        "Working from a script by Bo Day, Anna Kovacs has made “Moon Garden” into a quiet drama.",
        "Anna Kovacs spent three years filming “Moon Garden” in her home town.",
    ],
)
def test_the_maker_is_named_by_what_directors_do(text: str) -> None:
    assert _directors(text) == {"Anna Kovacs"}


@pytest.mark.parametrize(
    "text",
    [
        # the cast draws, stages and returns too
        "“Moon Garden” is quiet. Bo Day plays Sam. Bo Day draws fine performances from "
        "everyone around him.",
        # another film's maker
        "“Moon Garden” is quiet. Anna Kovacs, who made “Salt Lake,” returns with “Red Sky.”",
        "“Moon Garden” is quiet. In “Salt Lake,” Anna Kovacs stages the whole film in one room.",
        "“Moon Garden” is quiet. Anna Kovacs (“Salt Lake”) directed “Red Sky” in 1990.",
        "“Moon Garden” is quiet. In “Salt Lake,” Anna Kovacs cast the film with unknowns.",
        # an actor's first film, the cinematographer's own work
        "“Moon Garden” is quiet. Bo Day plays Sam. Bo Day, making his first film appearance, "
        "is fine.",
        "“Moon Garden” is quiet. Bo Day plays Sam. Bo Day films the story of his life in a "
        "home movie.",
        # the first film of someone else, the star who made the film his own
        "In “Moon Garden,” the first film directed by Anna Kovacs is shown at a party.",
        "“Moon Garden” is quiet. Bo Day plays Sam. Bo Day has made “Moon Garden” his own.",
    ],
)
def test_those_idioms_do_not_make_another_films_maker_or_the_cast_director(text: str) -> None:
    assert "Anna Kovacs" not in _directors(text) and "Bo Day" not in _directors(text)


def test_a_name_closing_a_relative_clause_is_not_who_directed() -> None:
    text = "“Moon Garden” is quiet. Anna Kovacs, who co-wrote the script with Bo Day, directed."
    assert _directors(text) == {"Anna Kovacs"}


def test_a_film_debut_is_an_actors() -> None:
    assert _directors("“Moon Garden” is quiet. Bo Day makes his film debut as Sam.") == set()


def test_a_stars_movie_is_not_the_stars_direction() -> None:
    # The film sources know Julia Roberts as an actor only, and Clint Eastwood as both.
    text = "“Moon Garden” is quiet, and it is {}'s movie through and through."
    assert _directors(text.format("Julia Roberts")) == set()
    assert _directors(text.format("Clint Eastwood")) == {"Clint Eastwood"}


@pytest.mark.parametrize(
    "text",
    [
        # crew posts
        "“Moon Garden” is quiet. The casting director, Bo Day, found the kids.",
        "“Moon Garden” is quiet. The art director, Bo Day, built the sets.",
        "“Moon Garden” is quiet. The festival director, Bo Day, introduced it.",
        # posts outside film-making, in a story
        "“Moon Garden” is quiet. Julie loves the local publicity director Bo Day.",
        "“Moon Garden” is quiet. The museum director Bo Day hides the painting.",
        # another director, or a part
        "“Moon Garden” is quiet. Fellow director Bo Day appears in a cameo.",
        "“Moon Garden” is quiet. Another director, Bo Day, tried to film it in 1970.",
        "“Moon Garden” is quiet. Sam Lee plays a film director, Bo Day, who loses his nerve.",
        "“Moon Garden” is a documentary about the filmmaker Bo Day and his struggles.",
    ],
)
def test_a_title_before_a_name_that_is_no_maker_of_this_film(text: str) -> None:
    assert "Bo Day" not in _directors(text)


@pytest.mark.parametrize(
    "text",
    [
        "“Moon Garden” is directed by Anna Kovacs. Kovacs admires director Bo Day.",
        "“Moon Garden” is directed by Anna Kovacs, who studied under director Bo Day.",
        "“Moon Garden” is directed by Anna Kovacs. As director Bo Day once said, less is more.",
    ],
)
def test_some_director_named_in_passing_yields_to_who_directed_the_film(text: str) -> None:
    assert _directors(text) == {"Anna Kovacs"}


@pytest.mark.parametrize(
    "text",
    [
        "“Moon Garden” is quiet. Director Anna Kovacs never hurries.",
        "“Moon Garden,” from director Anna Kovacs, is quiet.",
        "“Moon Garden” is quiet. The film's director, Anna Kovacs, never hurries.",
        "“Moon Garden” is quiet; director Anna Kovacs never hurries.",
    ],
)
def test_a_title_before_a_name_opening_a_sentence_or_after_by_is_the_maker(text: str) -> None:
    ex = extract(Review(text=text, source="t.txt"))
    confidence = {c.object: c.confidence for c in ex.claims_for(Relation.DIRECTOR)}
    assert confidence == {"Anna Kovacs": 0.9}


@pytest.mark.parametrize(
    "idiom",
    ["keeps the camera still", "has made a quiet film", "and his cinematographer linger"],
)
def test_the_maker_at_work_needs_no_given_name_from_the_lists(idiom: str) -> None:
    # "Tuomo" is in no given-name list; what he does says he is a person and the maker.
    text = f"“Moon Garden” is quiet. Tuomo Virtanen {idiom} by the lake."
    assert _directors(text) == {"Tuomo Virtanen"}


@pytest.mark.parametrize(
    "text",
    [
        # The relative clause between the maker and the verb is the maker's.
        "“Moon Garden” is quiet. Anna Kovacs, who also wrote the screenplay, directs it calmly.",
        "“Moon Garden” is quiet. Anna Kovacs, who was 30 at the time, directed the film.",
    ],
)
def test_a_relative_clause_before_directs(text: str) -> None:
    assert _directors(text) == {"Anna Kovacs"}


def test_two_given_names_share_the_surname_before_directed() -> None:
    text = "“Moon Garden” is quiet. Joel and Ethan Coen directed it in one summer."
    assert _directors(text) == {"Joel Coen", "Ethan Coen"}


def test_an_initial_does_not_end_the_sentence() -> None:
    # "J." read as a sentence's end left "Lee Thompson" opening the next one, a second,
    # wrong director beside the right one.
    text = "“Moon Garden” is quiet. J. Lee Thompson directed it in one summer."
    assert _directors(text) == {"J. Lee Thompson"}


def test_a_surname_before_wrote_and_directed_is_the_person_named_in_full() -> None:
    text = (
        "“Moon Garden” is quiet. Anna Kovacs grew up by a lake. "
        "Kovacs, who wrote and directed, knows that lake."
    )
    assert _directors(text) == {"Anna Kovacs"}
    assert claimed(text, Relation.WRITER) == {"Anna Kovacs"}


def test_a_known_name_opening_on_an_initial_is_kept_whole() -> None:
    # "M." is also Monsieur, a title trimmed off a name; M. Night Shyamalan keeps it.
    assert _directors("“Moon Garden” is quiet. It was directed by M. Night Shyamalan.") == {
        "M. Night Shyamalan"
    }


@pytest.mark.parametrize(
    "text",
    [
        # a debt or an apprenticeship, not a credit (found in the third invented dev set)
        "“Moon Garden” is Anna Kovacs's film. Kovacs is clearly a student of Bo Day's "
        "humanism.",
        "“Moon Garden” is Anna Kovacs's film. Kovacs, who worked as an assistant to the "
        "French documentarian Bo Day, never labours a point.",
        "“Moon Garden” is Anna Kovacs's film. It came out a few months before Bo Day's film.",
        "“Moon Garden” is directed by Anna Kovacs. The star refuses to appear in anything by "
        "Bo Day.",
    ],
)
def test_a_director_owed_a_debt_is_not_this_films(text: str) -> None:
    assert "Bo Day" not in _directors(text)


def test_someone_named_once_at_the_camera_beside_the_director_is_crew() -> None:
    text = (
        "“Moon Garden” is Anna Kovacs's third comedy, and Kovacs knows her building. "
        "Bo Day's camera keeps the stairwell in dusk."
    )
    assert _directors(text) == {"Anna Kovacs"}


def test_the_director_at_the_camera_is_still_the_director() -> None:
    text = "“Moon Garden” is quiet. Bo Day's camera keeps the stairwell in dusk; Day knows it."
    assert "Bo Day" in _directors(text)
