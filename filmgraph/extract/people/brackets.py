"""Parts and actors named in brackets: "Ilana (Darya Zhovner)", "a landlady (Inger Stevens)".

Reviews put the actor in brackets after the part; these passes read such brackets. They run
inside ``parts.find_parts``, in its order (a part claimed first keeps its span).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...model import Kind, Relation, surname
from ..doc import Doc
from ..text import CAP, NAME, PART_NAME, PARTICLE, UPPER, near, squash
from .patterns import KIN, OPEN_PAREN, PAREN_ARTICLE_CUE, PAREN_LOWER_CUE, POSSESSIVE, Anchors
from .record import alias, cast, cast_if_person, full_name, person_like, role

__all__ = ["appositive_brackets", "described_in_brackets", "named_in_brackets"]

_NICK = r"(?:,?\s*[“\"‘](?P<nick>[^”\"’]{1,20})[”\"’],?)?"
# "Ilana, “Ila” (Darya Zhovner)" · "Her mother (Olga Dragunova)" · "their son David (Veniamin Kac)"
_CHAR_PAREN = re.compile(
    rf"(?:(?P<kinpre>{POSSESSIVE}\s+(?:[a-z]+\s+)?(?P<kin>{KIN})),?\s+)?"
    rf"(?P<outer>{NAME})?{_NICK}\s*\(\s*(?P<inner>{NAME})"
    # "(Scott Baio, in his first role)", "(Scott Baio in training for stardom)"
    rf"(?:(?:\s*,\s*|\s+(?:of|from)\s+|\s+(?!and\b|or\b)(?=[a-z]))[^()]{{0,40}})?\s*\)"
)
# 'James "Jim" Grey (Tom Mix)': the nickname inside the name, which _CHAR_PAREN reads as "Grey".
_NICK_INSIDE_BEFORE = re.compile(
    rf"(?P<first>{NAME})\s+[“\"‘](?P<nick>[^”\"’]{{1,20}})[”\"’]\s+(?:(?P<particle>{PARTICLE})\s+)?$"
)
# "Anna, the Princess of Flausenthurm (Miriam Hopkins)", "Leopold II of Austria (…)": the
# part's title names a place. Not "the Tin Castle of the Tin Woodman (…)".
_TITLE_OF_BEFORE = re.compile(
    rf"(?:(?P<part>{PART_NAME}),\s+)?(?:the\s+)?(?P<title>{CAP}(?:\s+[IVX]+)?)\s+of\s+$"
)
_ARTICLE_JUST_BEFORE = re.compile(r"\b(?:the|a|an)\s*$")
# "Paul and Hannah (Sean Connery and Gena Rowlands)"
_PAIR_PAREN = re.compile(
    rf"(?P<c1>{CAP}(?: {CAP})?) and (?P<c2>{CAP}(?: {CAP})?)\s*"
    rf"\(\s*(?P<a1>{NAME}) and (?P<a2>{NAME})\s*\)"
)
# "a kindly landlady (Inger Stevens)": an actor introduced by what they play.
_ROLE_PAREN = re.compile(
    rf"(?<=[a-z,] )(?P<what>[a-z][a-z-]+|{CAP})\s*\(\s*(?P<inner>{NAME})"
    rf"(?:\s+and\s+(?P<inner2>{NAME}))?\s*\)"
)
# "Old Nick (played by Sean Bridgers)", "a young woman (played with creepy charm by Alice Krige)"
_PLAYED_PAREN = re.compile(
    rf"(?:(?P<char>{CAP}(?: {CAP}){{0,2}})\s*)?"
    rf"\(\s*(?:(?:played|voiced|portrayed)\b[^()]{{0,40}}?\bby|voice\s+(?:of|by))\s+"
    rf"(?P<actor>{NAME})"
)
_LOWER_WORD_BEFORE = re.compile(r"\b(?:the|an?|his|her|their)\s+(?:[a-z-]+\s+)?$")
_INDEFINITE_BEFORE = re.compile(r"\ban?\s+(?:[\w-]+\s+){0,2}$")
_CHARACTER_NAME = re.compile(rf"{CAP}(?: {CAP}){{0,2}}")
# "Da Boss (a kid named Ann Lee …)"
_PAREN_NAMED = re.compile(
    rf"(?P<char>{PART_NAME})\s*\(\s*(?:an?|the)\s+(?:[a-z-]+\s+){{0,3}}?"
    rf"(?:named|called)\s+(?P<actor>{NAME})"
)
# "Buttercup, a beautiful princess (Robin Wright)": the part named before its description;
# not "Lorna, a nurse whose husband (Sam Pruitt)", where the bracket is someone else's.
_DESCRIBING_WORD = r"(?!(?:whose|who|whom|which|that|and|or|with|of|to|for)\b)[a-z-]+"
_APPOS_PAREN = re.compile(
    rf"(?P<char>{PART_NAME}),\s+(?:an?|the|his|her|their)\s+(?:{_DESCRIBING_WORD}\s+){{0,4}}?"
    rf"{_DESCRIBING_WORD}\s*\(\s*(?P<actor>{NAME})\s*\)"
)
# "Doyle (country singer Dwight Yoakam)": the actor described before the name.
_PAREN_DESCRIBED = re.compile(
    rf"(?P<char>{PART_NAME})\s*\(\s*(?:the\s+)?"
    r"(?:(?!(?:by|on|with|from|and|or|in|at|to|for|of|directed|written|produced|based|music|"
    r"edited|who|played|voiced|portrayed|voice|see|also|aka|as|now|then)\b)[a-z-]+\s+){1,3}"
    rf"(?P<actor>{NAME})\s*\)"
)
# "Willis (playing an FBI man named Jeffries)", "Ann Lee (as Kate)": the actor outside.
_PAREN_PLAYING = re.compile(
    rf"(?P<actor>{NAME})\s*\(\s*(?:playing|as)\s+"
    rf"(?:(?:an?|the)\s+(?:[\w-]+\s+){{0,4}}?(?:named|called)\s+)?(?P<char>{PART_NAME})"
    r"\s*[),]"
)
# A cheap test before _PAREN_DESCRIBED: lower-case words, then a capital, then ")".
_PAREN_DESC_QUICK = re.compile(r"\((?:[a-z-]+ ){1,4}[A-Z][^()]{0,40}\)")


_SURNAME_NEXT = re.compile(r"[ ]?[A-Z][a-z]")
_NAME_NEXT = re.compile(rf"\(\s*{UPPER}")


def named_in_brackets(doc: Doc, anchors: Anchors) -> None:
    """Part then actor: "Jane Craig (Holly Hunter)", "Paul and Hannah (Sean Connery and
    Gena Rowlands)", "Old Nick (played by Sean Bridgers)", "a kindly landlady (Inger Stevens)"."""
    text = doc.text
    parens = anchors(OPEN_PAREN)
    # Brackets that open on a capital, as a name does: "(1998)" and "(the film's best)" hold
    # no actor, and each bracket costs a scan of the 200 characters around it.
    named = [p for p in parens if _NAME_NEXT.match(text, p)]
    # Surnames of the actors the film's sources credit: "Beulah Grey (Gaston)" with Mae Gaston
    # credited is a part and its actor, though Gaston is a given name too (Gaston Modot).
    credited = {surname(a) for entry in doc.film_entries() for a in entry.actors}
    # Brackets read part-then-actor and actor-then-part, and those only a given name inside
    # decides ("Charles Murdock (Dexter)"): these follow the text's own habit, once it is seen.
    part_first = actor_first = 0
    # (part, bracketed word, where the part starts, where the actor-first reading would
    # start or None if there is none, end)
    undecided: list[tuple[str, str, int, int | None, int]] = []
    for m in near(_CHAR_PAREN, text, named, before=120, after=80):
        inner, kin = squash(m["inner"]), m["kin"]
        part = _part_before(doc, m)
        outer, nick, nick_at, start = part.name, part.nick, part.nick_at, part.start
        if outer is None and kin is None:
            continue
        if _SURNAME_NEXT.match(text, m.end()):
            continue  # "James Earl (Darth Vader) Jones": a nickname inside one name, no part
        if len(inner.split()) == 1:
            # "Sadie Shelton (Midler)": the surname of someone named in full is the actor.
            full = full_name(doc, inner)
            if full and full != outer and len(full.split()) >= 2:
                inner = full
        if outer and (doc.lexicon.place(outer) or outer in doc.lexicon.demonyms):
            # "his oldest friend from New Orleans (Ronnie Barron)": the place is no part.
            if len(inner.split()) >= 2:
                role(doc, Relation.ACTOR, inner, m.start("inner"), m.end("inner"), 0.75)
            continue
        inner_person = person_like(doc, inner, cued=True) and len(inner.split()) >= 2
        outer_person = (
            outer is not None and len(outer.split()) >= 2 and person_like(doc, outer, cued=False)
        )
        # "Jane Craig (Holly Hunter)": the name in brackets is the actor, as reviews write it.
        if inner_person and (
            not outer_person or inner in doc.lexicon.people or outer not in doc.lexicon.people
        ):
            part_first += outer is not None
            char = squash(outer) if outer else kin.capitalize()
            cast(doc, char, inner, start, m.end(), 0.9, kin=outer is None)
            if nick and outer:
                nick = squash(nick)
                nick_end = nick_at + len(nick)
                doc.mention(Kind.CHARACTER, nick, nick_at, nick_end, 0.9)
                doc.claim(Relation.CHARACTER, doc.film or "", char, nick_at, nick_end, 0.9)
                doc.characters.setdefault(char, inner)
                alias(doc, char, nick)
        elif outer and inner in credited and outer not in credited:
            part_first += 1
            cast(doc, squash(outer), inner, start, m.end(), 0.75, mononym=True)
        elif (
            outer_person
            and not part.extended
            and outer
            and not inner_person
            and _CHARACTER_NAME.fullmatch(inner)
            and not doc.lexicon.place(inner)
            # "Tom Hanks (Gump)", "Ann Lee (Sam)"; not plots' "Jules Marin (Williams)", the
            # part then the actor's surname
            and (outer in doc.lexicon.people or inner in doc.lexicon.first_names)
        ):
            if outer in doc.lexicon.people:
                actor_first += 1
                cast(doc, inner, outer, m.start(), m.end(), 0.85)
            else:
                undecided.append((squash(outer), inner, start, m.start(), m.end()))
        elif outer and " " not in inner and _film_surname(doc, inner):
            # "Jules Marin (Williams)": plots give the actor by surname alone. Resolution
            # keeps a lone credited surname to its film, so two films' Williams stay apart.
            part_first += 1
            cast(doc, squash(outer), inner, start, m.end(), 0.75, mononym=True)
        elif (
            outer
            and _CHARACTER_NAME.fullmatch(inner)
            and " " not in inner
            and not inner.isupper()  # "Royal Flying Corps (RFC)", "SanDeE (STAR)"
            and inner not in doc.lexicon.common
            and inner not in doc.lexicon.demonyms
            and not doc.lexicon.place(inner)
        ):
            undecided.append((squash(outer), inner, start, None, m.end()))  # "Sophy (Ashton)"
    for outer, inner, start, at, end in undecided:
        # "Barbara Norton (La Badie) … Charles Murdock (Dexter)": the surname Dexter is a
        # given name too, but this text puts the part before its actor. A word no film
        # person bears ("Pop Milton (Dundan)") needs the habit seen twice.
        known = inner in doc.lexicon.name_tokens
        if part_first > actor_first and (known or part_first >= 2):
            cast(doc, outer, inner, start, end, 0.75, mononym=True)
        elif at is not None:
            cast(doc, inner, outer, at, end, 0.85)  # "Ann Lee (Sam)": the actor, then the part
    for m in near(_PAIR_PAREN, text, named, before=80, after=80):
        for c, a in (("c1", "a1"), ("c2", "a2")):
            if person_like(doc, squash(m[a]), cued=True):
                cast(doc, m[c], m[a], m.start(), m.end(), 0.85)
    for m in near(_PLAYED_PAREN, text, parens, before=80, after=80):
        actor = squash(m["actor"])
        if m["char"] and m["char"] not in doc.lexicon.common:
            cast(doc, m["char"], actor, m.start(), m.end(), 0.85)
        else:
            role(doc, Relation.ACTOR, actor, m.start("actor"), m.end("actor"), 0.8)
    for m in near(_ROLE_PAREN, text, named, before=80, after=80):
        what = m["what"]
        if (
            what[0].isupper()
            and what not in doc.lexicon.demonyms
            and (
                doc.lexicon.place(what)
                or not _LOWER_WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
            )
        ):
            continue  # "a whimsical Scot (…)", "the rich Touchetts (…)"; not "Paris (…)"
        # "a Spielbergian director (Ron Silver)" is a part; "the director (X)" is not.
        cast_as_maker = what in ("director", "writer") and _INDEFINITE_BEFORE.search(
            text, max(0, m.start() - 40), m.start()
        )
        if what not in ("by", "with", "and", "of", "director", "directed", "writer") or (
            cast_as_maker
        ):
            for group in ("inner", "inner2"):
                inner = squash(m[group] or "")
                if len(inner.split()) >= 2 or (inner and full_name(doc, inner)):
                    role(doc, Relation.ACTOR, inner, m.start(group), m.end(group), 0.75)


@dataclass(frozen=True, slots=True)
class _Part:
    """The part's name before a bracket, read as far back as it goes."""

    name: str | None
    nick: str | None
    nick_at: int
    start: int  # where the part's name begins
    extended: bool  # read further back than the pattern did: a part, never the actor


def _part_before(doc: Doc, m: re.Match[str]) -> _Part:
    """'James "Jim" Grey (…)' (the nickname inside the name: the pattern read "Grey"),
    "Anna, the Princess of Ostermark (…)", 'the "Grey Eagle" (…)' (a nickname alone)."""
    text = doc.text
    outer, nick, nick_at, start = m["outer"], m["nick"], m.start("nick"), m.start()
    extended = False
    if outer and not nick:
        before = text[max(0, start - 80) : start]
        if inside := _NICK_INSIDE_BEFORE.search(before):
            first = _from_given_name(doc, inside["first"])
            outer = " ".join(filter(None, (first, inside["particle"], outer)))
            nick, nick_at = inside["nick"], start - len(before) + inside.start("nick")
            start -= len(before) - inside.start()
            extended = True
        elif (titled := _TITLE_OF_BEFORE.search(before)) and titled["title"] != "The":
            outer = titled["part"] or f"{titled['title']} of {outer}"
            start -= len(before) - titled.start()
            extended = True
    if outer and outer.split()[0] in ("The", "A", "An"):
        outer = " ".join(outer.split()[1:]) or None
    alone = outer is None and m["kin"] is None and nick
    if alone and _ARTICLE_JUST_BEFORE.search(text, max(0, start - 5), start):
        outer, nick = squash(nick), None
    return _Part(outer, nick, nick_at, start, extended)


def _film_surname(doc: Doc, word: str) -> bool:
    """``word`` is a surname of known film people, and no given name: "Williams", not "Sam"."""
    lex = doc.lexicon
    return word in lex.name_tokens and word not in lex.first_names and len(word) > 2


def _from_given_name(doc: Doc, run: str) -> str:
    """A name run from its given name on: a sentence's first word ("Rancher James") is not
    part of it. A rank or title ("Lieutenant Otto") stays: plots name parts by it. Only for the
    name before a quoted nickname, where a given name surely comes: in record.clean, which
    every pass uses, the same rule dropped "Gong" from "Gong Li" and "Mardik" from "Mardik
    Martin"."""
    words = run.split()
    for i, word in enumerate(words):
        if word in doc.lexicon.first_names:
            if all(w not in doc.lexicon.honorifics for w in words[:i]):
                return " ".join(words[i:])
            break
    return run


def described_in_brackets(doc: Doc, anchors: Anchors) -> None:
    """The actor described: "Da Boss (a kid named Ann Lee)", "Doyle (country singer Dwight Yoakam)",
    "Willis (playing an FBI man named Jeffries)"."""
    text = doc.text
    named = [
        p
        for p in anchors(PAREN_ARTICLE_CUE)
        if text.find("named ", p, p + 50) >= 0 or text.find("called ", p, p + 50) >= 0
    ]
    for m in near(_PAREN_NAMED, text, named, before=60, after=60):
        cast_if_person(doc, m)
    lower_parens = anchors(PAREN_LOWER_CUE)
    described = [p for p in lower_parens if _PAREN_DESC_QUICK.match(text, p)]
    for m in near(_PAREN_DESCRIBED, text, described, before=60, after=80):
        cast_if_person(doc, m)
    playing = [p for p in lower_parens if text.startswith(("(playing ", "(as "), p)]
    for m in near(_PAREN_PLAYING, text, playing, before=60, after=80):
        char = squash(m["char"])
        if char not in doc.lexicon.common and not doc.lexicon.place(char):
            cast(doc, char, m["actor"], m.start(), m.end(), 0.8)


def appositive_brackets(doc: Doc, anchors: Anchors) -> None:
    """The part, then its description: "Buttercup, a beautiful princess (Robin Wright)"."""
    text = doc.text
    parens = anchors(OPEN_PAREN)
    # Only brackets after a lower-case word ("a beautiful princess (").
    after_word = [
        p
        for p in parens
        if text[max(0, p - 2) : p].rstrip()[-1:].islower()
        and text.find(", ", max(0, p - 70), p) >= 0
    ]
    for m in near(_APPOS_PAREN, text, after_word, before=100, after=60):
        cast_if_person(doc, m, cued=len(m["actor"].split()) >= 2)
