"""Settings no cue names: a place the characters live in or move to, a place the story
keeps naming, a place's own streets. Every sentence here is made up for the test."""

from __future__ import annotations

import pytest
from extracting import claimed

from filmgraph.model import Relation


def _settings(text: str) -> set[str]:
    return claimed(text, Relation.SETTING)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a country named once, but as the characters' new home
        ("“Lanterns” is a drama. The family moves to Portugal to open a bakery.", "Portugal"),
        ("“Lanterns” is a drama. Two cousins settled in Chile after the war.", "Chile"),
        # a place that usually stands for the industry, here the story's
        ("“Lanterns” is a comedy. A young singer moves to Hollywood to find work.", "Hollywood"),
        # the sentence goes on to tell what happens there, or the next one does
        ("“Lanterns” is a drama. They meet in Peru, where she teaches piano.", "Peru"),
        ("“Lanterns” is a drama. Ada runs off to Peru. There, she meets a pilot.", "Peru"),
        # a journey the story follows there: "travels to", "once in"
        ("“Lanterns” is a drama. After the war, Ada travels to Peru to find her brother.", "Peru"),
        ("“Lanterns” is a drama. Once in Peru, Ada gets no letters from home.", "Peru"),
        # a character known by the city's trade: "a Paris thief" (plots write it so)
        ("“Lanterns” is a caper. Jules, a Lyon thief, robs a bank.", "Lyon"),
        # the place's own streets, and a possessive no longer hides the name
        ("“Lanterns” is a thriller. A cabbie drives Baltimore's empty streets.", "Baltimore"),
        # a country the story keeps naming, with no preposition in front
        (
            "“Lanterns” is a drama. Peru votes for a general. Peru forgets its poets. "
            "Peru sleeps through the coup.",
            "Peru",
        ),
    ],
)
def test_salient_places(text: str, place: str) -> None:
    assert place in _settings(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # an actor's surname alone is no place, however often the review names him
        (
            "“Lanterns” stars Denzel Washington as Will. Washington shouts at the mirror, "
            "and Washington weeps.",
            "Washington, D.C.",
        ),
        # a place after "by" names who did something (here a band), not where
        (
            "“Lanterns” is a drama. The radio plays a song by Chicago, then another by Chicago.",
            "Chicago",
        ),
        # a surer setting wins over a country named once as a destination
        ("“Lanterns” is set in Lisbon. Later the family moves to Brazil.", "Brazil"),
        # a story verb does not make the release or the critic's life the story
        ("“Lanterns” is a drama. It arrives in Boston theaters on Friday.", "Boston"),
        ("“Lanterns” is a drama. I moved to Portugal the year it came out.", "Portugal"),
        # a filmmaker's return is the film's life, not the story's
        ("“Lanterns” is a drama. Kiarostami returns to Cannes with a film about a taxi.", "Cannes"),
        # "There is" after a place says nothing of where the story goes
        ("“Lanterns” is a drama. She dreams of Peru. There is no money for the trip.", "Peru"),
        # a country named once without a story verb is only named
        ("“Lanterns” is a drama. The old projector was sold to Peru.", "Peru"),
        # going back somewhere is a trip, not where the story lives
        ("“Lanterns” is a drama. At the end he returns to Denmark alone.", "Denmark"),
    ],
)
def test_places_only_named(text: str, place: str) -> None:
    assert place not in _settings(text)
