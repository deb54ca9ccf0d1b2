"""Extraction from review prose: what a reader of each sentence would expect to come out."""

from __future__ import annotations

from filmgraph.extract import extract
from filmgraph.model import Extraction, Relation, Review


def _ex(text: str) -> Extraction:
    return extract(Review(text=text, source="prose.txt"))


def _objects(ex: Extraction, relation: Relation) -> set[str]:
    return {c.object for c in ex.claims_for(relation)}


def _roles(ex: Extraction) -> set[tuple[str, str]]:
    return {(c.object, c.subject) for c in ex.claims_for(Relation.PLAYED_BY)}


def test_director_named_in_passing_but_not_the_director_of_another_film() -> None:
    ex = _ex(
        "“Le Petit Soldat” was Jean-Luc Godard's second film. Critics were busy praising "
        "Truffaut's “Jules and Jim” and there is a Hitchcock touch in a scene or two."
    )
    assert ex.film_title == "Le Petit Soldat"
    assert _objects(ex, Relation.DIRECTOR) == {"Jean-Luc Godard"}
    assert not {"Truffaut", "Hitchcock"} & (
        _objects(ex, Relation.ACTOR) | _objects(ex, Relation.DIRECTOR)
    )


def test_actors_in_prose_with_their_characters() -> None:
    ex = _ex(
        "“Broadcast News” centres on a character named Jane Craig (Holly Hunter), a producer. "
        "Jimmy Stewart plays Ransom Stoddard. Tom Grunick is played by William Hurt. "
        "Ethan Stiefel, considered the best dancer in the world, plays Cooper."
    )
    assert _roles(ex) >= {
        ("Holly Hunter", "Jane Craig"),
        ("Jimmy Stewart", "Ransom Stoddard"),
        ("William Hurt", "Tom Grunick"),
        ("Ethan Stiefel", "Cooper"),
    }


def test_actors_introduced_in_brackets_and_lists() -> None:
    ex = _ex(
        "“Firecreek” is a western. A kindly landlady (     Inger Stevens    ) tends him. "
        "Paul and Hannah (Sean Connery and Gena Rowlands) are married. "
        "The movie assembles a wonderful cast: Madeleine Stowe, Mary Stuart Masterson and "
        "Drew Barrymore."
    )
    assert _objects(ex, Relation.ACTOR) >= {
        "Inger Stevens",
        "Sean Connery",
        "Gena Rowlands",
        "Madeleine Stowe",
        "Mary Stuart Masterson",
        "Drew Barrymore",
    }
    assert _roles(ex) >= {("Sean Connery", "Paul"), ("Gena Rowlands", "Hannah")}


def test_people_compared_to_or_from_another_film_are_not_cast() -> None:
    ex = _ex(
        "“Return to the Blue Lagoon” repeats the story. In the original 1980 movie, the "
        "castaways grew into adolescents (Brooke Shields and Christopher Atkins). Here the kids "
        "grow into adolescents (Milla Jovovich and Brian Krause). The heroine is unlike "
        "Michelle Pfeiffer in another picture."
    )
    cast = _objects(ex, Relation.ACTOR)
    assert {"Milla Jovovich", "Brian Krause"} <= cast
    assert not {"Brooke Shields", "Christopher Atkins", "Michelle Pfeiffer"} & cast


def test_surname_of_an_actor_named_in_full_joins_the_full_name() -> None:
    ex = _ex(
        "“The Peacemaker” is a thriller with Nicole Kidman and George Clooney. "
        "Kidman plays the acting head of a White House group."
    )
    assert "Nicole Kidman" in _objects(ex, Relation.ACTOR)
    assert "Kidman" not in _objects(ex, Relation.ACTOR)


def test_writer_and_director_cues() -> None:
    ex = _ex(
        "“Short Time” is a comedy. In the screenplay by John Blumenthal and Michael Berry, no "
        "chances are taken. The director, Peter Bogdanovich, keeps it moving. “Red Sorghum,” "
        "by Zhang Yimou, is another film."
    )
    assert _objects(ex, Relation.WRITER) == {"John Blumenthal", "Michael Berry"}
    assert _objects(ex, Relation.DIRECTOR) == {"Peter Bogdanovich"}


def test_directors_named_by_their_direction_or_as_a_pair() -> None:
    cases = {
        "“Alpha,” the new Ann Marie Lee film, is long.": {"Ann Marie Lee"},
        "“Alpha” is long. Under Ann Marie Lee's assured direction, the cast shines.": {
            "Ann Marie Lee"
        },
        "“Alpha” marks the directing debut of Ann Marie Lee.": {"Ann Marie Lee"},
        "“Alpha” is long. Ann Marie Lee, making her directorial debut, keeps it moving.": {
            "Ann Marie Lee"
        },
        "“Alpha” is a thriller. The director is Paul Verhoeven.": {"Paul Verhoeven"},
        "“Alpha” is long. It was co-directed by Ann Lee and Bo Day.": {"Ann Lee", "Bo Day"},
        "“Alpha” is long. Ann Lee and Bo Day directed.": {"Ann Lee", "Bo Day"},
        "If Eric Rohmer filmed your diary… In “Summer,” Rohmer tells the story of Delphine.": {
            "Eric Rohmer"
        },
    }
    for text, directors in cases.items():
        assert _objects(_ex(text), Relation.DIRECTOR) == directors, text


def test_a_star_vehicle_is_not_directed_by_its_star() -> None:
    ex = _ex("“Alpha,” the new Bruce Willis movie, stars Bruce Willis as Joe.")
    assert _objects(ex, Relation.DIRECTOR) == set()
    ex = _ex("“Alpha” stars Bruce Willis as Joe. In “Alpha,” Willis shows his tender side.")
    assert _objects(ex, Relation.DIRECTOR) == set()


def test_parts_named_after_praise_or_before_the_actor() -> None:
    cases = [
        "“Alpha” is a drama. Gloria Edwards is wonderful as Norma.",
        "“Alpha” is a drama. Gloria Edwards gives a fine performance as Norma.",
        "“Alpha” is a drama. As Norma, Gloria Edwards is fierce.",
        "“Alpha” is a drama. In the role of Norma, Gloria Edwards is fierce.",
        "“Alpha” is a drama. Gloria Edwards plays a nurse named Norma.",
        "“Alpha” is a drama. Gloria Edwards plays the title role, Norma.",
        "“Alpha” is a drama. His sister Norma (Gloria Edwards of TV's “Friends”) leaves.",
    ]
    for text in cases:
        assert _roles(_ex(text)) == {("Gloria Edwards", "Norma")}, text


def test_a_surname_in_brackets_is_the_actor_named_in_full() -> None:
    ex = _ex("“The General” stars Buster Keaton. Johnny Gray (Keaton) loves a train.")
    assert _roles(ex) == {("Buster Keaton", "Johnny Gray")}


def test_a_part_tied_to_a_cast_actor_by_a_possessive() -> None:
    ex = _ex("“Big Business” stars Bette Midler. Midler's character, Sadie Shelton, is rich.")
    assert _roles(ex) == {("Bette Midler", "Sadie Shelton")}
    ex = _ex("“The Believer” stars Ryan Gosling. Danny Balint, Gosling's lost believer, rages.")
    assert _roles(ex) == {("Ryan Gosling", "Danny Balint")}
    ex = _ex("“Alpha” is a drama. Rome, Fellini's favourite city, glows.")
    assert _roles(ex) == set()


def test_as_a_comparison_is_no_part() -> None:
    ex = _ex("“Alpha” is a drama. Just as Hitchcock, Orson Welles is a name to conjure with.")
    assert _roles(ex) == set()


def test_cast_lists_in_prose() -> None:
    cases = [
        "“Alpha” has a cast that includes Ann Lee, Bo Day and Cy Fox.",
        "“Alpha” is a drama. Ann Lee, Bo Day and Cy Fox co-star.",
        "“Alpha” is a drama. Supporting roles go to Ann Lee, Bo Day and Cy Fox.",
        "“Alpha” is a drama. The supporting cast (Ann Lee, Bo Day, Cy Fox) is fine.",
        "“Alpha” is a drama. The actors, Ann Lee, Bo Day and Cy Fox, are fine.",
        "“Alpha” is a drama, played by a gallery of faces: Ann Lee, Bo Day, Cy Fox.",
    ]
    for text in cases:
        assert _objects(_ex(text), Relation.ACTOR) == {"Ann Lee", "Bo Day", "Cy Fox"}, text


def test_a_star_of_another_trade_in_brackets_is_not_cast() -> None:
    ex = _ex("“Alpha” stars Ann Lee, a wrestling star (Vince McMahon produced).")
    assert _objects(ex, Relation.ACTOR) == {"Ann Lee"}


def test_settings_need_the_story_to_be_there() -> None:
    ex = _ex(
        "“Plunkett and Macleane” is set in 18th century London. It opened at the Toronto "
        "festival and is playing in Chicago. Jack London wrote about dogs."
    )
    assert _objects(ex, Relation.SETTING) == {"London"}


def test_setting_from_a_demonym_and_a_place_noun() -> None:
    # An invented title: the film table knows "Straw Dogs" (set in Cornwall), and the setting
    # model rightly withdraws Paris from a sentence written about it.
    ex = _ex(
        "“Straw Fields” is set in a British village. He takes his coffee in the same Paris cafe."
    )
    assert _objects(ex, Relation.SETTING) == {"United Kingdom", "Paris"}


def test_settings_stated_in_passing() -> None:
    cases = {
        "“A” follows the people of a village in Czechoslovakia.": {"Czechoslovakia"},
        "“B” takes us to a boarding school in Nazi-occupied France.": {"France"},
        "“C” is a portrait of a sleazy 1950s London nightclub.": {"London"},
        "“D” is a dry comedy. The movie opens in Houston, then heads north.": {"Houston"},
        "“E” is a Rome-set romance.": {"Rome"},
        "“F” is a Boston cop who wants out.": {"Boston"},
    }
    for text, places in cases.items():
        assert _objects(_ex(text), Relation.SETTING) >= places, text


def test_places_named_for_the_films_life_are_no_setting() -> None:
    ex = _ex(
        "“G” opens in Chicago on Friday. The film opens in Toronto theaters next week. "
        "It was screened at a theater in Toronto, and the "
        "1990s Hollywood studios made many like it."
    )
    assert _objects(ex, Relation.SETTING) == set()


def test_filming_location_is_not_the_setting() -> None:
    ex = _ex("“The Brink's Job” was shot on location in Boston.")
    assert _objects(ex, Relation.FILMING_LOCATION) == {"Boston"}
    assert _objects(ex, Relation.SETTING) == set()


def test_themes_come_with_evidence_spans_from_whole_words() -> None:
    text = (
        "“Example” is about a kidnapping. The kidnappers want a ransom; the family pays. "
        "Everyone is self-interested, and prisoners appear once."
    )
    ex = _ex(text)
    themes = {c.object: c for c in ex.claims_for(Relation.THEME)}
    assert "kidnapping" in themes
    assert (
        text[themes["kidnapping"].span.start : themes["kidnapping"].span.end].lower()
        == "kidnapping"
    )
    assert "identity" not in themes and "prison" not in themes


def test_reviewed_title_beats_other_quoted_films() -> None:
    ex = _ex(
        "We've seen bombs on a doomed liner (“Speed 2”) before. “Class” is a prep-school "
        "retread of “The Graduate” (1967). “Class” seems contrived."
    )
    assert ex.film_title == "Class"


def test_now_brings_on_the_reviewed_title_after_a_look_back() -> None:
    ex = _ex(
        "Bombs with red readouts have ticked in “Deep Water,” and in “Night Ferry,” and "
        "now, in “The Salt Road,” the whole climax turns on one. It is loud."
    )
    assert ex.film_title == "The Salt Road"


def test_a_quoted_line_of_dialogue_is_no_title() -> None:
    ex = _ex(
        "Anna talks to Joe as an equal. “Joe,” she asks, “would you wait?” Joe is slow. Joe "
        "has a dog. It is a small film, but “Quiet Fields” is worth a look."
    )
    assert ex.film_title == "Quiet Fields"
