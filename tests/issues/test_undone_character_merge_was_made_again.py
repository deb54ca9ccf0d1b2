"""``Resolver.undo`` said "never make this merge again", but the rule that joins a character's
first name to their full name ("Buddy" → Buddy Young Jr.) never asked the resolver, so an
undone character merge came back on the next resolution."""

from filmgraph.extract import extract
from filmgraph.model import Kind, Review
from filmgraph.resolve import Resolver

TEXT = (
    "“Mr. Saturday Night” (1992) is a comedy. The character's name is Buddy Young Jr., and he"
    " is played by Billy Crystal. Crystal plays Buddy with love."
)


def test_an_undone_character_merge_is_not_made_again() -> None:
    resolver = Resolver()
    first = resolver.resolve(extract(Review(text=TEXT, source="r.txt")))
    (merge,) = [m for m in first.merges if m.kind is Kind.CHARACTER]
    assert (merge.alias, merge.method) == ("Buddy", "prefix")
    resolver.undo(merge)
    again = resolver.resolve(extract(Review(text=TEXT, source="r.txt")))
    assert not [m for m in again.merges if m.kind is Kind.CHARACTER]
    assert again.entity_of[(Kind.CHARACTER, "Buddy")] != merge.key
