"""What the extraction tests ask of a review: the objects one relation is claimed with."""

from __future__ import annotations

from filmgraph.extract import extract
from filmgraph.model import Relation, Review


def claimed(text: str, relation: Relation, *, film: str | None = None) -> set[str]:
    """The objects ``relation`` is claimed with when ``text`` is extracted; with ``film``,
    first check the review was read as that film's (a test of a prose rule is no test if the
    title was missed).

    >>> claimed("“Salt Road” is set in Lisbon.", Relation.SETTING, film="Salt Road")
    {'Lisbon'}
    """
    ex = extract(Review(text=text, source="test.txt"))
    if film is not None:
        assert ex.film_title == film
    return {c.object for c in ex.claims_for(relation)}


def played(text: str, *, film: str) -> set[tuple[str, str]]:
    """The (actor, part) pairs claimed when ``text``, read as ``film``'s review, is extracted.

    >>> played("“Salt Road” stars Ann Lee as Mara.", film="Salt Road")
    {('Ann Lee', 'Mara')}
    """
    ex = extract(Review(text=text, source="test.txt"))
    assert ex.film_title == film
    return {(c.object, c.subject) for c in ex.claims_for(Relation.PLAYED_BY)}
