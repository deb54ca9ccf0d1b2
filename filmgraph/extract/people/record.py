"""Recording people and parts: whether a name is a person's, and the claims a cue makes."""

from __future__ import annotations

import re

from ...model import Kind, Relation, surname
from ..doc import Doc
from ..text import NAME_RE, UPPER, squash
from .context import compared, other_film
from .patterns import KIN

__all__ = [
    "alias",
    "cast",
    "cast_if_person",
    "clean",
    "full_name",
    "is_cast",
    "person_like",
    "role",
    "role_pair",
    "shared_surname",
]

# One name of two capitalised parts: Costa-Gavras.
_MONONYM = re.compile(rf"{UPPER}[a-z]+-{UPPER}[a-z]+")
# Initials standing for given names: "T.S." Eliot, "D.A." Pennebaker.
_INITIALS = re.compile(rf"(?:{UPPER}\.)+")


def person_like(doc: Doc, name: str, *, cued: bool) -> bool:
    lex = doc.lexicon
    tokens = name.replace(",", "").split()
    not_names = lex.not_names()
    if not not_names.isdisjoint(tokens):
        # A known full name may hold a common word; so may "Claire Danes" after a cue, a
        # given name then a people's name, and "Jeff East", "Perry King": a given name and a
        # surname that is also a word.
        odd = [t for t in tokens[1:] if t in not_names]
        surname = (
            odd == tokens[-1:]
            and tokens[0] in lex.first_names
            and (odd[0] in lex.demonyms or len(tokens) == 2)
        )
        known = len(tokens) >= 2 and name in lex.people
        if not (known or (cued and len(tokens) >= 2 and surname)):
            return False
    if lex.place(name) or name == doc.film or name in doc.characters:
        return False
    if name in lex.people:
        return True
    if len(tokens) < 2:
        return False
    if tokens[0] in lex.honorifics:
        return len(tokens) >= 2
    return (
        cued
        or tokens[0] in lex.first_names
        or all(t in lex.name_tokens or _INITIALS.fullmatch(t) for t in tokens)
    )


def is_cast(doc: Doc, name: str) -> bool:
    name, _ = clean(doc, squash(name), 0)
    full = full_name(doc, name) if len(name.split()) == 1 else name
    return full is not None and Relation.ACTOR in doc.roles.get(full, set())


def clean(doc: Doc, name: str, start: int) -> tuple[str, int]:
    """Drop capitalised non-name words a name pattern swept up: "In Jane Campion"."""
    tokens = name.split(" ")
    while (
        len(tokens) > 1
        and (
            (tokens[0] in doc.lexicon.common and tokens[0] not in doc.lexicon.first_names)
            or tokens[0] in ("The", "A", "An", "In", "And", "But", "As", "Advertisement")
            # a describing word opening the sentence: "Veteran P. K. Madhavan brings …"
            or tokens[0] in ("Veteran", "Newcomer")
            or tokens[0].endswith("-born")  # "Hungarian-born Ann Lee"
        )
        # A known name keeps its first word: "M. Night Shyamalan" is no "M." (Monsieur).
        and " ".join(tokens) not in doc.lexicon.people
    ):
        start += len(tokens[0]) + 1
        tokens = tokens[1:]
    return " ".join(tokens), start


# Words that open a sentence or clause, never a part's name: a pattern reading a part back
# from its bracket sweeps them up ("When Muriel (Ann Lee)", "Advertisement Anne (…)").
# "The" stays: "The Stranger" is a part.
_NOT_OF_A_PART = frozenset(
    {
        "Advertisement", "After", "And", "As", "At", "Before", "But", "Eventually", "Enter",
        "Finally", "Her", "His", "If", "In", "Its", "Later", "Meanwhile", "Now", "Once",
        "Remember", "Since", "So", "Soon", "Their", "Then", "To", "Until", "When", "While",
        "With", "Yet", "Young",
    }
)


def part_name(char: str) -> str:
    """A part's name without the sentence words swept up before it.

    >>> part_name("When Muriel"), part_name("And Esther Mullins"), part_name("The Masher")
    ('Muriel', 'Esther Mullins', 'The Masher')
    """
    words = char.split(" ")
    while len(words) > 1 and words[0] in _NOT_OF_A_PART:
        words = words[1:]
    return " ".join(words)


def no_part(doc: Doc, char: str) -> bool:
    """``char`` is no part's name: a common word, a film person the lexicon knows, a title
    ("Mr."), or a place."""
    lex = doc.lexicon
    return (
        char in lex.common or char in lex.people or char in lex.honorifics or bool(lex.place(char))
    )


# A name inside a prepositional phrase ("a weakness for Umm Kulthum", "a driver from Lekki")
# is not what the phrase's clause says is played; "the role of Norma" names the part itself.
_PHRASE_BEFORE = re.compile(
    r"\b(?<!role )(?<!part )(?P<prep>for|of|with|from|about|to|by|at|in) $"
)


def phrase_object(text: str, start: int) -> str | None:
    """The preposition the name at ``start`` is the object of, or None.

    >>> phrase_object("a driver from Lekki", 14), phrase_object("the role of Norma", 12)
    ('from', None)
    """
    m = _PHRASE_BEFORE.search(text, max(0, start - 12), start)
    return m["prep"] if m else None


def full_name(doc: Doc, name: str, *, maker: bool = False) -> str | None:
    """A one-word name as the full name it stands for in this review, if unambiguous. With
    ``maker`` (a director's or writer's cue gave the surname: "Ikegami's Lantern Ferry"), the
    full name may have a given name the lexicon lacks ("Shūzō Ikegami, who worked at
    Shochiku"); not for parts, as a plot's "Believing Buster" is no one's name."""
    if name in doc.lexicon.people:
        return name
    owners = {n for n in _people_in(doc) if surname(n) == name}
    if not owners and maker:
        runs = _runs_of_words(doc)
        owners = {n for n in runs if surname(n) == name and person_like(doc, n, cued=True)}
    return owners.pop() if len(owners) == 1 else None


def _people_in(doc: Doc) -> set[str]:
    """The person-like full names in the text, found on first use."""
    return doc.derived(
        "people.full_names",
        lambda d: {n for n in _runs_of_words(d) if person_like(d, n, cued=False)},
    )


def _runs_of_words(doc: Doc) -> set[str]:
    """Every run of two or more capitalised words, cleaned: names, places, titles."""
    return doc.derived("people.runs", _runs)


def _runs(doc: Doc) -> set[str]:
    runs = (clean(doc, squash(found), start)[0] for start, _, found in doc.name_runs())
    return {name for name in runs if len(name.split()) >= 2}


def role(
    doc: Doc,
    role: Relation,
    name: str,
    start: int,
    end: int,
    conf: float,
    *,
    mononym: bool = False,
) -> None:
    """``mononym``: a strong cue may name someone known by one hyphenated name
    ("directed by Costa-Gavras")."""
    name, start = clean(doc, squash(name), start)
    one_name = False
    if len(name.split()) == 1:
        full = full_name(doc, name, maker=role in (Relation.DIRECTOR, Relation.WRITER))
        one_name = full is None and mononym and _MONONYM.fullmatch(name) is not None
        if full is None and not one_name:
            return
        name = full or name
    if one_name:
        if name in doc.lexicon.common or doc.lexicon.place(name) or name == doc.film:
            return
    elif not person_like(doc, name, cued=True):
        return
    if compared(doc, start):
        return
    if role is Relation.ACTOR and other_film(doc, start):
        return
    assert doc.film is not None
    doc.mention(Kind.PERSON, name, start, end, conf)
    if not doc.has_claim(role, name):
        doc.claim(role, doc.film, name, start, end, conf)


def cast(
    doc: Doc,
    char: str,
    actor: str,
    start: int,
    end: int,
    conf: float,
    *,
    kin: bool = False,
    mononym: bool = False,
) -> None:
    """``mononym``: a strong cue names someone known by one name ("stars Groucho as …")."""
    assert doc.film is not None
    char, actor = part_name(squash(char)), squash(actor)
    actor, _ = clean(doc, actor, start)
    if len(actor.split()) == 1:
        full = full_name(doc, actor)
        if full is None and not (mononym and _one_name_ok(doc, actor)):
            return
        actor = full or actor
    # "Dad (Brian Cox)": the part a family calls him, which the credits use too
    if char in doc.lexicon.common and not kin and not _KIN_PART.fullmatch(char.lower()):
        return
    if char == actor:
        return
    doc.mention(Kind.CHARACTER, char, start, end, conf)
    doc.mention(Kind.PERSON, actor, start, end, conf)
    if not doc.has_claim(Relation.CHARACTER, char):
        doc.claim(Relation.CHARACTER, doc.film, char, start, end, conf)
    if not doc.has_claim(Relation.PLAYED_BY, actor, char):
        doc.claim(Relation.PLAYED_BY, char, actor, start, end, conf)
    if not doc.has_claim(Relation.ACTOR, actor):
        doc.claim(Relation.ACTOR, doc.film, actor, start, end, conf)
    doc.characters[char] = actor


_KIN_PART = re.compile(rf"(?:{KIN}|mama|papa|pops?|daddy|mommy|ma|pa|granny)")


def _one_name_ok(doc: Doc, name: str) -> bool:
    lex = doc.lexicon
    return not (
        name in lex.common
        or name in lex.demonyms
        or name in lex.honorifics
        or lex.place(name)
        or name == doc.film
        or name in doc.characters
    )


def cast_if_person(doc: Doc, m: re.Match[str], *, cued: bool = False) -> None:
    """A cast pairing found by a pattern with ``actor`` and ``char`` groups, when the actor
    looks like a person, the part does not, and no comparison is being made. ``cued``:
    the pattern puts a player there ("Sam (Ann Lee)", "As Sam, Ann Lee is"), so a given
    name no list holds does not matter."""
    actor, char = clean(doc, squash(m["actor"]), 0)[0], squash(m["char"])
    if (
        person_like(doc, actor, cued=cued)
        and char not in doc.lexicon.common
        and char not in doc.lexicon.people
        and not doc.lexicon.place(char)
        and not compared(doc, m.start())
    ):
        cast(doc, char, actor, m.start(), m.end(), 0.8)


def shared_surname(doc: Doc, first: str, second: str) -> str:
    """ "Richard and Robert Sherman", "Joel and Ethan Coen": a lone given name before "and" and
    a full name shares that name's surname. Anything else is returned as it was, and so is
    the surname of someone the review names in full ("Spike Lee … by Lee and Kevin Willmott").
    """
    first, other = squash(first), squash(second).split()
    names = doc.lexicon.first_names
    if " " in first or first not in names or len(other) < 2 or other[0] not in names:
        return first
    if " " in (full_name(doc, first) or ""):
        return first
    return " ".join([first, *other[1:]])


def alias(doc: Doc, char: str, nick: str) -> None:
    doc.aliases.setdefault((Kind.CHARACTER, char), set()).add(nick)


def role_of(
    doc: Doc,
    relation: Relation,
    m: re.Match[str],
    conf: float,
    *,
    group: str = "name",
    mononym: bool = False,
) -> None:
    """:func:`role` for the name a pattern's ``group`` caught, at its place in the text."""
    role(doc, relation, m[group], m.start(group), m.end(group), conf, mononym=mononym)


def role_pair(
    doc: Doc,
    relation: Relation,
    m: re.Match[str],
    conf: float,
    *,
    first: str = "name",
    second: str = "name2",
    second_conf: float | None = None,
    mononym: bool = False,
) -> None:
    """:func:`role` for both names of "X and Y" (the match's ``first`` and ``second`` groups,
    either may be missing), a lone given name first sharing the second's surname ("Joel and
    Ethan Coen": Joel Coen); ``second_conf`` for the second if it is less sure."""
    if m[first]:
        name = shared_surname(doc, m[first], m[second]) if m[second] else m[first]
        role(doc, relation, name, m.start(first), m.end(first), conf, mononym=mononym)
    if m[second]:
        role_of(doc, relation, m, conf if second_conf is None else second_conf, group=second)


def role_list(
    doc: Doc, relation: Relation, m: re.Match[str], conf: float, *, skip: tuple[str, ...] = ()
) -> None:
    """Every name of a credit list (the match's ``names`` group) takes ``relation``."""
    for n in NAME_RE.finditer(m["names"]):
        if n.group(0) not in skip:
            start = m.start("names") + n.start()
            role(doc, relation, n.group(0), start, start + len(n.group(0)), conf)
