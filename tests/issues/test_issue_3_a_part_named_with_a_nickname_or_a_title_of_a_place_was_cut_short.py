"""Issue 3: plot summaries name a part as 'James "Jim" Grey (Actor)' or 'Anna, the Princess of
Ostermark (Actor)'. The bracket pass read only the last word before the bracket, so the part
became "Grey" (the nickname lost), and the place "Ostermark" became a character, which then
kept it from being the story's setting. Names and places here are made up."""

from __future__ import annotations

from filmgraph.extract import extract
from filmgraph.model import Kind, Relation, Review


def _extract(text: str) -> tuple[dict[str, str], dict[str, set[str]], set[str]]:
    ex = extract(Review(text=text, source="plot.txt", film_title="Lanterns"))
    played = {c.subject: c.object for c in ex.claims_for(Relation.PLAYED_BY)}
    nicks = {name: names for (kind, name), names in ex.aliases.items() if kind is Kind.CHARACTER}
    return played, nicks, {c.object for c in ex.claims_for(Relation.SETTING)}


def test_a_nickname_inside_the_parts_name_is_an_alias_of_the_whole_name() -> None:
    played, nicks, _ = _extract(
        'Rancher James "Jim" Grey (Tomas Mixon) rides into town. Lieutenant Otto "Ottie" von '
        "Brandt (Karel Vesny) meets him there."
    )
    assert played["James Grey"] == "Tomas Mixon"
    assert nicks["James Grey"] == {"Jim"}
    assert played["Lieutenant Otto von Brandt"] == "Karel Vesny"
    assert "Grey" not in played and "Brandt" not in played


def test_a_title_of_a_place_belongs_to_the_part_and_leaves_the_place_a_place() -> None:
    played, _, settings = _extract(
        "The parade is watched by Anna, the Princess of Ostermark (Mira Hollis). Later the "
        "Duke of Ostermark (Pavel Ruda) arrives, and the lieutenant wanders the streets of "
        "Ostermark looking for her."
    )
    assert played["Anna"] == "Mira Hollis"
    assert played["Duke of Ostermark"] == "Pavel Ruda"
    assert "Ostermark" not in played
    assert "Ostermark" in settings


def test_a_surname_in_brackets_is_not_read_as_a_part_played_by_the_name_before() -> None:
    # "Character (ActorSurname)": with the actor not named in full, nobody is credited.
    played, _, _ = _extract('Young Ralph "Skid" Jansen (Skelter) dances at the club.')
    assert "Skelter" not in played
    assert "Ralph Jansen" not in played.values()
