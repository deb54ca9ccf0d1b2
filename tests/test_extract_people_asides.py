"""A part and its player kept apart by a long aside (invented reviews, twenty-first stop:
role recall there was 0.49). Each sentence is written for the test; the film is
"Moon Garden"."""

from __future__ import annotations

import pytest

from filmgraph.extract import extract
from filmgraph.model import Relation, Review


def _pairs(sentence: str) -> set[tuple[str, str]]:
    ex = extract(Review(text=f"“Moon Garden” is a quiet film. {sentence}", source="t.txt"))
    assert ex.film_title == "Moon Garden"
    return {(c.object, c.subject) for c in ex.claims_for(Relation.PLAYED_BY)}


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        (
            "Pavel Gromov, a mine engineer with a spotless party record and a guilty "
            "conscience, is played by Yevgeny Sorokin.",
            ("Yevgeny Sorokin", "Pavel Gromov"),
        ),
        (
            "The role of the landlord's son, Behrouz, a sullen young man, goes to Arash Tehrani.",
            ("Arash Tehrani", "Behrouz"),
        ),
        (
            "The heavy is a loan shark named Sal Greco, and the role goes to Tony Vasquez, who "
            "underplays it.",
            ("Tony Vasquez", "Sal Greco"),
        ),
        (
            "His enemy, Tadhg Sweeney, is Brendan Furlong, a small man.",
            ("Brendan Furlong", "Tadhg Sweeney"),
        ),
        (
            "Otis Freeman, as a harbor-police sergeant named Lyle Porter, has the best scene.",
            ("Otis Freeman", "Lyle Porter"),
        ),
        ("As his sister, Angela, Carla Benedetti is wonderful.", ("Carla Benedetti", "Angela")),
        (
            "Lily Tam is a singer whose brother has vanished, and Mei Lin Chow plays her with "
            "a cool reserve.",
            ("Mei Lin Chow", "Lily Tam"),
        ),
        (
            "They meet Lieutenant Harlan Booth, played with an open, puzzled decency by Bill "
            "Tremaine.",
            ("Bill Tremaine", "Harlan Booth"),
        ),
        (
            "Nadia Amrani, a girl in Tangier who dreams of studying in France, is played by "
            "Yasmine Tazi.",
            ("Yasmine Tazi", "Nadia Amrani"),
        ),
        # the part in the sentence before, or the one before that, in the paragraph
        (
            "He is Mr Tobias Wren, a clerk at the Office of Works, who keeps bees. Ewan "
            "Mardle plays him, and plays him slyly.",
            ("Ewan Mardle", "Tobias Wren"),
        ),
        (
            "Then his niece Odile turns up. She has left home near Rennes and moves into Room "
            "9. Claire Vautrin, who plays her, is a find.",
            ("Claire Vautrin", "Odile"),
        ),
        # a part and its player equated, either way round
        (
            "Jens, the lighthouse keeper, counts gulls. Anders Vik is Jens, a slow, kind man.",
            ("Anders Vik", "Jens"),
        ),
        ("Ruby is Carla Dunmore, who once sang on the radio.", ("Carla Dunmore", "Ruby")),
        ("Toby Maine is the young deckhand Callum, who wants the boat.", ("Toby Maine", "Callum")),
        # the part named first, then an aside, then its player
        (
            "As Keiko, a girl who cannot sit still, Hana Mori is a natural.",
            ("Hana Mori", "Keiko"),
        ),
        (
            "As Rita, Jo Ames is fine; as Dermot, Ross Kell plays a villain with manners.",
            ("Ross Kell", "Dermot"),
        ),
        # the player gives the part a quality
        (
            "Margit Rosz is a widow who runs a guest house by the lake, and Vera Lakatos gives "
            "her a dry, watchful intelligence.",
            ("Vera Lakatos", "Margit Rosz"),
        ),
        ("Ivo Lenz, a stage veteran, gives Matthias a gruff tenderness.", ("Ivo Lenz", "Matthias")),
        # the name the sentence's first "who" follows
        (
            "There is Silas Peart, who keeps a boat on the marsh and sells eels, and who is "
            "played by Dan Orme with a soft burr.",
            ("Dan Orme", "Silas Peart"),
        ),
        # the subject, not the name inside its prepositional phrase
        (
            "Her uncle, Karim, a baker with a weakness for Fairuz, is played by Nabil Haddad.",
            ("Nabil Haddad", "Karim"),
        ),
        ("The role of Norma, a widow, is played by Ann Lee.", ("Ann Lee", "Norma")),
        (
            "They reach the castle of Count Ettore Valli, played by Bruno Sarti.",
            ("Bruno Sarti", "Count Ettore Valli"),
        ),
    ],
)
def test_the_part_across_the_aside(sentence: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(sentence)


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        # a clause, not a description, after "as the": no part named Vietnam
        (
            "It stars Brad Pitt as the young idealist he recruited after Vietnam.",
            ("Brad Pitt", "Vietnam"),
        ),
        # "her" is the wife's possessive here, not the part before
        (
            "Olga Brand stars as Tania Gregory and Clive Brook plays her husband Frank Gregory.",
            ("Clive Brook", "Tania Gregory"),
        ),
        # the possessor is not the part: "Kolya's mother" is played, not Kolya
        (
            "Back in the city, Kolya's mother, a tiny woman who boils wallpaper, is played "
            "by Galina Orlova.",
            ("Galina Orlova", "Kolya"),
        ),
        # the player of "a poor girl", not of the subject
        (
            "Ann Lee and Bo Day fall in love with a poor girl, played by Vivienne Segal.",
            ("Vivienne Segal", "Ann Lee"),
        ),
        # where someone comes from is no part
        (
            "There is a villain, a land developer from Seattle, played by Ross Kell.",
            ("Ross Kell", "Seattle"),
        ),
        (
            "Best of all is a driver from Lekki played by Funmi Ade, who runs the heist.",
            ("Funmi Ade", "Lekki"),
        ),
        (
            "Best of all is a driver from Lekki, played by Funmi Ade, who runs the heist.",
            ("Funmi Ade", "Lekki"),
        ),
        # a name in the subject's phrase is not the subject: the uncle is unnamed
        (
            "Her uncle, a baker with a weakness for Fairuz, is played by Nabil Haddad.",
            ("Nabil Haddad", "Fairuz"),
        ),
        # a description equated with a player, a relation, a thing handed over
        ("The Hunter is Tom Vail, at his most charming.", ("Tom Vail", "Hunter")),
        (
            "Edna Loach is the wife of gangster Joe Loach. She has a lover.",
            ("Edna Loach", "Joe Loach"),
        ),
        (
            "Sergeant Mapp finds the car. Reporter Bill Ogden gives Gabby a photograph of it.",
            ("Bill Ogden", "Gabby"),
        ),
        # a paragraph break ends the look back
        (
            "The boy is called Timo.\n\nAnna Lind plays her with care.",
            ("Anna Lind", "Timo"),
        ),
    ],
)
def test_no_part_where_the_clause_names_none(sentence: str, wrong: tuple[str, str]) -> None:
    assert wrong not in _pairs(sentence)
