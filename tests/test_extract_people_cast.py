"""Cast named without a cue, in sentences written for the test: names listed with a cast
member, and a known actor discussed by surname. Comparisons and kin stay out."""

from __future__ import annotations

import pytest
from extracting import claimed

from filmgraph.extract import extract
from filmgraph.model import Relation, Review


def _actors(text: str) -> set[str]:
    return claimed(text, Relation.ACTOR, film="Salt Road")


def test_names_listed_with_a_cast_member_are_cast() -> None:
    text = (
        "“Salt Road” stars Anna Kovacs as a trucker. We meet her friends in long talks with "
        "Peter Gallo, Mira Sandoval and a driver played by Oskar Lind."
    )
    assert _actors(text) == {"Anna Kovacs", "Peter Gallo", "Mira Sandoval", "Oskar Lind"}


def test_a_list_in_a_comparison_adds_no_one() -> None:
    text = (
        "“Salt Road” stars Anna Kovacs as a trucker, unlike Peter Gallo and Anna Kovacs "
        "in other road movies."
    )
    assert _actors(text) == {"Anna Kovacs"}


def test_a_list_with_no_cast_member_adds_no_one() -> None:
    text = "“Salt Road” is long. I thought of Peter Gallo and Mira Sandoval, old friends."
    assert _actors(text) == set()


def test_a_known_actor_taken_up_by_surname_is_cast() -> None:
    # Lee Marvin is an actor in the gazetteer; the review never says "stars" or "plays".
    text = (
        "“Salt Road” is a heavy musical. Lee Marvin comes whooping into town. Nobody sings "
        "well, and neither does Marvin. But Marvin can act."
    )
    assert _actors(text) == {"Lee Marvin"}


def test_a_known_actor_named_once_is_only_mentioned() -> None:
    text = "“Salt Road” is a heavy musical. It made me miss Lee Marvin. The songs are long."
    assert _actors(text) == set()


def test_a_known_actor_introduced_as_kin_is_not_cast() -> None:
    # Gazetteer director-actor, introduced as someone's husband and maker of other films.
    text = (
        "“Salt Road” stars Anna Kovacs. She was this good in the films of her husband, "
        "John Cassavetes. Cassavetes was wild. Kovacs mirrors Cassavetes now."
    )
    assert _actors(text) == {"Anna Kovacs"}


def _parts(text: str) -> set[tuple[str, str]]:
    ex = extract(Review(text=text, source="prose.txt"))
    assert ex.film_title == "Salt Road"
    return {(c.object, c.subject) for c in ex.claims_for(Relation.PLAYED_BY)}


def test_an_actor_makes_a_part() -> None:
    text = "“Salt Road” is long. Peter Gallo makes a passable Tom Quill, even when lost."
    assert _parts(text) == {("Peter Gallo", "Tom Quill")}


def test_an_actor_makes_an_uncanny_double_of_someone_is_no_part() -> None:
    text = "“Salt Road” is long. Peter Gallo makes an uncanny Lincoln double in one scene."
    assert _parts(text) == set()


def test_a_part_described_before_its_actor_in_brackets() -> None:
    text = "“Salt Road” follows Wenna, a lonely young trucker (Mira Sandoval), for a week."
    assert _parts(text) == {("Mira Sandoval", "Wenna")}


def test_a_part_whose_actor_is_introduced_by_name_in_brackets() -> None:
    text = "“Salt Road” has Da Chief (a boy named Oskar Lind who never smiles) in charge."
    assert _parts(text) == {("Oskar Lind", "Da Chief")}


def test_an_actor_in_brackets_with_a_remark_after_the_name() -> None:
    text = "“Salt Road” follows Wenna (Mira Sandoval in her first role) for a week."
    assert _parts(text) == {("Mira Sandoval", "Wenna")}


def test_cast_whose_part_is_described_not_named() -> None:
    text = (
        "“Salt Road” is long. Peter Gallo is nicely low-key as the town drunk. The girl is "
        "played by an absolutely charming newcomer named Mira Sandoval."
    )
    assert _actors(text) == {"Peter Gallo", "Mira Sandoval"}


def test_known_as_and_skilled_as_a_maker_are_not_parts() -> None:
    text = (
        "“Salt Road” is long. Peter Gallo is known as the king of trucks. Mira Sandoval is "
        "skilled as a director."
    )
    assert _actors(text) == set()


def test_a_known_full_name_with_a_common_word_in_it() -> None:
    # "Danes" is also a people's name; Claire Danes is a film person.
    text = "“Salt Road” follows his 16-year-old daughter Wenna (Claire Danes) for a week."
    assert _parts(text) == {("Claire Danes", "Wenna")}


def test_two_parts_played_by_two_actors_in_order() -> None:
    text = "“Salt Road” is warm about Wenna and Tom Quill, played by Sandoval and Peter Gallo. "
    text += "Mira Sandoval is a trucker."
    assert _parts(text) == {("Mira Sandoval", "Wenna"), ("Peter Gallo", "Tom Quill")}


def test_kin_of_an_actress_is_not_cast() -> None:
    text = "“Salt Road” stars Mira Sandoval (a niece of actress Nora Sandoval) as Wenna."
    assert _actors(text) == {"Mira Sandoval"}


def test_an_imagined_cast_is_not_cast() -> None:
    text = (
        "“Salt Road” could have been made in 1955, starring Doris Day and James Stewart. "
        "It stars Mira Sandoval."
    )
    assert _actors(text) == {"Mira Sandoval"}


def test_the_cast_of_another_film_named_in_the_sentence_is_not_cast() -> None:
    text = (
        "“Salt Road” stars Mira Sandoval. His 1982 comedy “Paper Kite” starred Nora Quill "
        "as a woman playing a man."
    )
    assert _actors(text) == {"Mira Sandoval"}


def test_a_quoted_nickname_is_no_other_film() -> None:
    text = (
        "“Salt Road” stars Mira Sandoval. The bond with “Dash” is background, but Sandoval "
        "and Peter Gallo make it real."
    )
    assert _actors(text) == {"Mira Sandoval", "Peter Gallo"}


def test_junior_without_a_full_stop() -> None:
    text = "“Salt Road” has stars in the cast (Mira Sandoval, Peter Gallo, Jr)."
    assert _actors(text) == {"Mira Sandoval", "Peter Gallo, Jr"}


def test_a_voice_in_brackets() -> None:
    text = (
        "“Salt Road” is animated. Wenna (voice of Mira Sandoval) meets Tom (voice by Peter Gallo)."
    )
    assert _parts(text) == {("Mira Sandoval", "Wenna"), ("Peter Gallo", "Tom")}


def test_two_actors_as_two_parts_in_order() -> None:
    text = "“Salt Road” stars Peter Gallo and Mira Sandoval as Tom and Wenna, two truckers."
    assert _parts(text) == {("Peter Gallo", "Tom"), ("Mira Sandoval", "Wenna")}


def test_as_someones_kin_is_not_that_someone() -> None:
    text = "“Salt Road” stars Peter Gallo as Wenna's father, a trucker."
    assert _parts(text) == set()
    assert _actors(text) == {"Peter Gallo"}


def test_the_leading_man_is() -> None:
    assert _actors("“Salt Road” is long. The leading man is Peter Gallo.") == {"Peter Gallo"}


def test_stars_of_other_films_named_with_a_plural_film_noun() -> None:
    text = "“Salt Road” follows a string of co-productions starring Peter Gallo, all loud."
    assert _actors(text) == set()


def test_an_actor_described_before_the_name_in_brackets() -> None:
    text = "“Salt Road” has Wenna's boyfriend Tom (country singer Peter Gallo) in every bar."
    assert _parts(text) == {("Peter Gallo", "Tom")}


def test_directed_by_in_brackets_is_no_part() -> None:
    text = "“Salt Road” has Tom (directed by Peter Gallo) in it. Wenna (Mira Sandoval) too."
    assert _parts(text) == {("Mira Sandoval", "Wenna")}


def test_a_part_described_then_played_by() -> None:
    text = "“Salt Road” follows Tom Quill, the young drifter played by Peter Gallo, west."
    assert _parts(text) == {("Peter Gallo", "Tom Quill")}


def test_a_comparison_in_the_sentence_before_does_not_reach_over() -> None:
    text = "“Salt Road” is a movie like that. Peter Gallo, again, plays the tired trucker."
    assert _actors(text) == {"Peter Gallo"}


def test_the_film_features() -> None:
    text = "“Salt Road” is long. The film features Mira Sandoval in her first big role."
    assert _actors(text) == {"Mira Sandoval"}


def test_played_by_a_described_newcomer() -> None:
    text = "“Salt Road” is long. Wenna is played by a newcomer, Mira Sandoval, with grit."
    assert _actors(text) == {"Mira Sandoval"}


def test_a_part_in_brackets_after_the_actor() -> None:
    text = (
        "“Salt Road” stars Peter Gallo. Gallo (playing a trucker named Tom Quill) drives. "
        "Mira Sandoval (as Wenna) waits."
    )
    assert _parts(text) == {("Peter Gallo", "Tom Quill"), ("Mira Sandoval", "Wenna")}


def test_does_a_convincing_job_as() -> None:
    text = "“Salt Road” is long, and young Mira Sandoval does a convincing job as the girl."
    assert _actors(text) == {"Mira Sandoval"}


def test_as_the_adjective_part() -> None:
    text = "“Salt Road” stars Peter Gallo as the incredibly tired Tom Quill, a trucker."
    assert _parts(text) == {("Peter Gallo", "Tom Quill")}


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "“Salt Road” is long, but watchable because of the presence of Peter Gallo, "
            "Mira Sandoval and Oskar Lind.",
            {"Peter Gallo", "Mira Sandoval", "Oskar Lind"},
        ),
        (
            "“Salt Road” is a cartoon, and its voices include Peter Gallo and Mira Sandoval.",
            {"Peter Gallo", "Mira Sandoval"},
        ),
        (
            "“Salt Road” is a cartoon about two bears (both voices by Oskar Lind, oddly).",
            {"Oskar Lind"},
        ),
    ],
)
def test_cast_named_by_presence_and_voice(text: str, actors: set[str]) -> None:
    assert _actors(text) == actors


def test_a_voice_part_played_is_no_actor() -> None:
    # "voices" as a verb names the part after it, never an actor.
    text = "“Salt Road” is a cartoon. Peter Gallo voices Mickey Mole with gusto."
    assert _actors(text) == {"Peter Gallo"}


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "“Salt Road” stars Peter Gallo and Mira Sandoval. Gallo stars as Tom, a trucker.",
            {("Peter Gallo", "Tom")},
        ),
        (
            "“Salt Road” is a comedy by Peter Gallo. It stars Gallo himself as Tom Quill.",
            {("Peter Gallo", "Tom Quill")},
        ),
        (
            "“Salt Road” stars Groucho as Rufus Quill, a dictator.",
            {("Groucho", "Rufus Quill")},
        ),
        (
            "“Salt Road” is long. Mira Sandoval's crisp, dryly funny performance as the widow "
            "Wenna holds it together.",
            {("Mira Sandoval", "Wenna")},
        ),
    ],
)
def test_parts_named_by_surname_one_name_and_possessive_performance(
    text: str, parts: set[tuple[str, str]]
) -> None:
    assert _parts(text) == parts


def test_a_capital_used_as_a_modifier_is_no_part() -> None:
    text = (
        "“Salt Road” stars Mira Sandoval. Sandoval plays the Brooklyn scenes with an accent, "
        "and Peter Gallo's best performance as the Boston lawyer comes late."
    )
    assert _parts(text) == set()
    assert _actors(text) == {"Mira Sandoval", "Peter Gallo"}


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "“Salt Road” is long. Wenna is played by a Hungarian actress, Mira Sandoval, as a "
            "tired nurse.",
            {("Mira Sandoval", "Wenna")},
        ),
        (
            "“Salt Road” is long. Wenna is played by none other than Mira Sandoval.",
            {("Mira Sandoval", "Wenna")},
        ),
        (
            "“Salt Road” is long. Tom Quill, the young drifter played by the wonderful Peter "
            "Gallo, never sleeps.",
            {("Peter Gallo", "Tom Quill")},
        ),
        (
            "“Salt Road” stars Peter Gallo, of the “Night Shift” movies, as the brilliant "
            "Tom Quill.",
            {("Peter Gallo", "Tom Quill")},
        ),
        (
            "“Salt Road” stars Peter Gallo as Wenna's dad, Tom, who cannot read.",
            {("Peter Gallo", "Tom")},
        ),
    ],
)
def test_more_part_cues(text: str, parts: set[tuple[str, str]]) -> None:
    assert _parts(text) == parts


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "“Salt Road” is long. Its mother is played by the fierce Mira Sandoval, now 72.",
            "Mira Sandoval",
        ),
        (
            "“Salt Road” is long, but Oskar Lind (soon to be seen as a pirate) is nicely "
            "low-key as the town drunk.",
            "Oskar Lind",
        ),
        (
            "“Salt Road” is long. There is the wide-eyed Oskar Lind, who steals a couple of "
            "scenes.",
            "Oskar Lind",
        ),
        ("“Salt Road” is long. Oskar Lind fills the role nicely.", "Oskar Lind"),
    ],
)
def test_more_cast_cues(text: str, actor: str) -> None:
    assert _actors(text) == {actor}


def test_an_abbreviation_after_as_is_no_part() -> None:
    text = "“Salt Road” stars Oskar Lind (still best known for “Ice”) as the lonely GI."
    assert _parts(text) == set()
    assert _actors(text) == {"Oskar Lind"}


def test_a_cast_list_with_comma_as_parts() -> None:
    text = (
        "“Salt Road” has strong supporting turns. They include a silent role by Peter Gallo, "
        "as the big local dealer, who barely speaks; Oskar Lind, as the detective who "
        "worries, and Mira Sandoval."
    )
    assert {"Peter Gallo", "Oskar Lind"} <= _actors(text)


@pytest.mark.parametrize(
    "text",
    [
        "“Salt Road” is long. Oskar Lind, as a child, lived by that road.",
        "“Salt Road” is long. Oskar Lind, as the director, keeps it slow.",
        "“Salt Road” is long. Oskar Lind, as a young man, drove that road.",
    ],
)
def test_comma_as_without_a_part_casts_no_one(text: str) -> None:
    assert _actors(text) == set()


def test_a_nickname_inside_a_name_is_no_part() -> None:
    text = "“Salt Road” opens with the voice of Peter Earl (Zorvak Mell) Gallo, reading the titles."
    assert _parts(text) == set()


def test_a_given_name_and_a_surname_that_is_a_word_after_a_cue() -> None:
    text = "“Salt Road” is long, and stars Mira King and Oskar East as two drivers."
    assert _actors(text) == {"Mira King", "Oskar East"}


def test_two_words_without_a_given_name_are_no_actor() -> None:
    text = "“Salt Road” is long, and stars Oskar Lind and Northern Sky in the title song."
    assert _actors(text) == {"Oskar Lind"}


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "“Salt Road” is a road movie co-starring Peter Gallo and Mira Sandoval.",
            {"Peter Gallo", "Mira Sandoval"},
        ),
        (
            "“Salt Road” is long. Peter Gallo, Mira Sandoval and Oskar Lind round out the cast.",
            {"Peter Gallo", "Mira Sandoval", "Oskar Lind"},
        ),
        (
            "“Salt Road” is long. As the trucker, she plays opposite Oskar Lind, who is fine.",
            {"Oskar Lind"},
        ),
        (
            "“Salt Road” is long, but Mira Sandoval's quietly funny performance holds it.",
            {"Mira Sandoval"},
        ),
    ],
)
def test_cast_in_lists_opposite_and_by_performance(text: str, actors: set[str]) -> None:
    assert _actors(text) == actors


def test_a_performance_in_another_film_casts_no_one() -> None:
    text = "“Salt Road” is long. It lacks what Oskar Lind's performance in “Ice” had."
    assert _actors(text) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Peter Gallo turns in a fine, quiet performance.",
        "Peter Gallo reprises his role, older and slower now.",
        "Peter Gallo brings a weary grace to the role.",
        "Peter Gallo, in the title role, is wonderful.",
        "Peter Gallo, in a small but crucial part, is wonderful.",
        "Newcomer Peter Gallo is a find.",
        "Peter Gallo, a newcomer, is a find.",
        "Peter Gallo, the veteran character actor, is a pleasure.",
        "Mira Sandoval stars alongside Peter Gallo.",
        "Mira Sandoval shares the screen with Peter Gallo.",
        "Peter Gallo is cast against type.",
        "Peter Gallo is excellent in the lead.",
        "The supporting cast, led by Peter Gallo, is strong.",
        "Peter Gallo leads a strong cast.",
        "Peter Gallo heads the cast.",
        "The ensemble includes Peter Gallo and Mira Sandoval.",
        "Peter Gallo gives the performance of his career.",
        "Peter Gallo shows up as a nurse.",
        "Peter Gallo appears briefly as a nurse.",
        "Peter Gallo is on hand as a nurse.",
    ],
)
def test_acting_idioms_name_the_cast(sentence: str) -> None:
    assert "Peter Gallo" in _actors(f"“Salt Road” is long. {sentence}")


def test_a_turn_as_a_part_pairs_them() -> None:
    text = "“Salt Road” is long. Peter Gallo's quiet turn as Sam is a marvel."
    ex = extract(Review(text=text, source="prose.txt"))
    assert ("Sam", "Peter Gallo") in {
        (c.subject, c.object) for c in ex.claims_for(Relation.PLAYED_BY)
    }


def test_two_actors_play_two_parts_in_order() -> None:
    text = "“Salt Road” is long. Peter Gallo and Mira Sandoval play Sam and Jo."
    ex = extract(Review(text=text, source="prose.txt"))
    pairs = {(c.subject, c.object) for c in ex.claims_for(Relation.PLAYED_BY)}
    assert pairs == {("Sam", "Peter Gallo"), ("Jo", "Mira Sandoval")}


def test_an_actor_of_another_film_in_a_role_is_not_cast() -> None:
    text = "“Salt Road” is long. In the original film, Peter Gallo, in the title role, was better."
    assert "Peter Gallo" not in _actors(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Tuomo Virtanen plays Sam, a fisherman.",
        "Tuomo Virtanen, as Sam, is superb.",
        "As Sam, Tuomo Virtanen is superb.",
        "Tuomo Virtanen, who plays Sam, is superb.",
    ],
)
def test_an_acting_verb_makes_a_player_of_a_given_name_no_list_holds(sentence: str) -> None:
    ex = extract(Review(text="“Moon Garden” is quiet. " + sentence, source="t.txt"))
    pairs = {(c.subject, c.object) for c in ex.claims_for(Relation.PLAYED_BY)}
    assert pairs == {("Sam", "Tuomo Virtanen")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Anna Kovacs has the title role.",
        "Anna Kovacs has the lead, and she carries it.",
        "Anna Kovacs makes a strong impression as a nurse.",
        "Anna Kovacs shines in a small role.",
        "Anna Kovacs is miscast.",
        "Anna Kovacs is perfectly cast.",
        "The best performance is by Anna Kovacs.",
        "Anna Kovacs and Bo Day are fine as the parents.",
    ],
)
def test_acting_named_by_how_critics_praise_it(sentence: str) -> None:
    assert "Anna Kovacs" in _actors("“Salt Road” is quiet. " + sentence)


@pytest.mark.parametrize(
    ("text", "part", "actor"),
    [
        # an appositive names the part: plots and critics alike
        (
            "“Salt Road” is a western. Joe E. Brown, in the part of Hasty, steals it.",
            "Hasty",
            "Joe E. Brown",
        ),
        (
            "“Salt Road” is a western. Anna Kovacs, in the role of Maggie, is superb.",
            "Maggie",
            "Anna Kovacs",
        ),
        # a part known by a nickname alone, in quotes, then its player
        (
            '“Salt Road” is a war film. They capture the "Grey Eagle" (Paul Lukas).',
            "Grey Eagle",
            "Paul Lukas",
        ),
    ],
)
def test_a_part_named_in_an_appositive_or_by_a_quoted_nickname(
    text: str, part: str, actor: str
) -> None:
    ex = extract(Review(text=text, source="prose.txt"))
    assert {c.subject: c.object for c in ex.claims_for(Relation.PLAYED_BY)} == {part: actor}


def test_a_quoted_film_title_before_its_director_in_brackets_is_no_part() -> None:
    ex = extract(
        Review(text="“Salt Road” recalls “Vertigo” (Alfred Hitchcock, 1958).", source="p.txt")
    )
    assert not list(ex.claims_for(Relation.PLAYED_BY))


@pytest.mark.parametrize(
    "name", ["River Phoenix", "Forest Whitaker", "Ice Cube", "Queen Latifah"]
)
def test_a_known_name_opening_on_a_common_word_is_kept_whole(name: str) -> None:
    # "River", "Ice", "Queen" open no name as a rule and were trimmed off as sentence words.
    assert _actors(f"“Salt Road” is quiet. {name} plays Mike, a trucker.") == {name}


def test_a_known_name_mentioned_in_passing_is_kept_whole() -> None:
    # The mentions pass trimmed a first word that is also a title, as clean() once did.
    text = "“Salt Road” is quiet. It recalls an old film with Chief Dan George in it."
    assert "Chief Dan George" in claimed(text, Relation.MENTIONED)
