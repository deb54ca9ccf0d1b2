"""Parts and their players kept apart by a long aside, as critics write them at length.

"Pavel Gromov, a mine engineer with a spotless party record and a guilty conscience, is played
by Yevgeny Sorokin"; "The role of the landlord's son, Behrouz, a sullen young man, goes to
Arash Tehrani"; "His enemy, Tadhg Sweeney, is Brendan Furlong"; "Otis Freeman, as a
harbor-police sergeant named Lyle Porter, has the best scene"; "Mei Lin Chow plays her".

And parts equated with their players ("Henning Skov is Poul"; "Ruby is Joan Delacey") or
given a quality by them ("Laurel Ashby gives her a sardonic intelligence", "Benjamín Ulloa
brings a reckless sweetness to Nicolás").

The patterns of ``parts`` hold a part and its player within a short window. These read the
clause instead: the player after the cue, the part the first name in the clause's subject
(or, for "the role goes to", the part named just before). They run after ``parts`` and only
add a pairing for a player and a part neither of which is paired yet.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from ...model import Relation
from ..doc import Doc
from ..text import NAME, PART_NAME, find_all, near, squash, word_starts
from .context import compared, other_film
from .patterns import BY_LEAD, PLAYED_BY_CUE, Anchors
from .record import cast, clean, full_name, no_part, part_name, person_like, phrase_object

__all__ = ["aside_parts"]

_NOT_DESCRIBING = (
    r"(?:he|she|they|it|who|whom|which|that|after|before|from|in|on|at|with|by|of|to|for|is|"
    r"was|has|had|and|or|but)"
)

# "played with wonderful ambiguity by Ramón Esteller"
_BY_PLAYER = (
    rf"(?:played|portrayed|voiced)\s+(?:[a-z,'’-]+\s+){{0,8}}?by\s+{BY_LEAD}(?P<actor>{NAME})"
)
# "…, is played … by X": the clause's subject is the part
_PLAYED_BY = re.compile(rf",?\s+(?:is|was)\s+{_BY_PLAYER}")
# "Lieutenant Harlan Booth, played with an open, puzzled decency by Bill Tremaine": the name
# right before the comma is the part ("…falls for a poor girl, played by …" names none).
_COMMA_PLAYED_BY = re.compile(rf",\s+{_BY_PLAYER}")
# "… goes to Arash Tehrani": the subject must name the role or the part.
_GOES_TO = re.compile(
    rf"\b(?:goes|went|falls|fell|is\s+given|was\s+given)\s+to\s+{BY_LEAD}(?P<actor>{NAME})"
)
_ROLE_WORD = re.compile(r"\b(?:role|part)\b")
# "His enemy, Tadhg Sweeney, is Brendan Furlong, a small man": a part equated with its player,
# only after an aside (a comma) and before the end of a phrase.
_IS_PLAYER = re.compile(
    rf",\s+(?:is|was)\s+(?P<actor>{NAME})(?:['’]s\s+(?:role|part)\b|(?=\s*[,.;:]|\s+(?:who|and)\b))"
)
# "Otis Freeman, as a harbor-police sergeant named Lyle Porter,", "Ethel Merriweather as the
# town's terrifying schoolmarm, Miss Agnes Pruitt.", "Debashis Roy, as their neighbour Haren,"
_AS_DESCRIBED = re.compile(
    rf"(?P<actor>{NAME})(?:,\s+who\s+(?:plays|played)|,?\s+as)\s+(?:an?|the|his|her|their|its)\s+"
    # describing words, not a clause: "as the young idealist he recruited after Vietnam"
    rf"(?:(?!{_NOT_DESCRIBING}\b)[a-z'’-]+,?\s+){{1,6}}?(?:(?:named|called)\s+)?(?P<char>{PART_NAME})"
    r"(?=\s*[,.;:)]|\s+(?:who|and|is|was|has)\b)"
)
# "As his sister, Angela, Carla Benedetti is wonderful"
_AS_FIRST = re.compile(
    r"(?:^|(?<=[.!?] )|(?<=\n))As\s+(?:the|an?|his|her|their)\s+[a-z'’ -]{1,40},\s+"
    rf"(?P<char>{PART_NAME}),\s+(?P<actor>{NAME})\s+(?:is|was|gives|brings|makes|has)\b"
)
# "Mei Lin Chow plays her with a cool reserve", "Dieter Falk, a stage actor from Bochum,
# plays him", "Patrick Devlin, who plays him,", "Louis Granval makes him funny": the part the
# pronoun stands for (not "plays her husband", "makes her debut").
_PLAYS_PRONOUN = re.compile(
    rf"(?P<actor>{NAME})(?P<aside>,\s+[^,;.()“”\"]{{1,120}},)?(?:,\s+who)?\s+"
    r"(?:(?:plays|played|portrays)\s+(?:him|her)"
    r"(?=\s*[,.;:—]|\s+(?:with|as|like|for|so|in|to|without|not|[a-z]+ly)\b)"
    r"|makes\s+him\b(?!self))"
)
# "Henning Skov is Poul, a big, gentle man", "Jamie Flett is the young deckhand Kenny",
# "Ruby is Joan Delacey, who had a small career in radio": a part and its player equated.
_EQUATED = re.compile(
    rf"(?P<a>{NAME})\s+is\s+"
    rf"(?P<the>the\s+(?:(?!{_NOT_DESCRIBING}\b)[a-z-]+\s+){{1,3}}?)?(?P<b>{NAME})"
    r"(?=\s*[,.;:]|\s+(?:and|who)\b)"
)
# What a player lends a part is a quality ("a hangdog decency", "gravel and menace",
# "warmth"), not a thing handed over in the story ("gives Gabby a photograph", "a second
# chance").
_QUALITY = (
    r"(?:[a-z-]+,?\s+(?:and\s+)?){0,4}?"
    r"(?:(?!(?:ch|gl|entr)ance\b)[a-z]+(?:ness|ity|ism|ence|ance|ancy|ency|ion|ure|ment|th|our|"
    r"or|cy)|grace|reserve|charm|edge|menace|weight|wit|air|quality|touch|spark|poise|swagger|"
    r"presence|gravitas|bite|heft|dignity|glow|melancholy|sparkle|humou?r|bravado|steel|fire|"
    r"heart|soul|voice)\b"
)
_LENDER = rf"(?P<actor>{NAME})(?:,\s*[^,;.:()“”\"]{{1,100}},)?\s+"
# "Graciela Ferreyra, a stage actress, gives her a magnificent flintiness", "Ryohei Kanda
# gives Genzo a gravelly reticence": the player gives the part a quality.
_GIVES = re.compile(
    rf"{_LENDER}gives\s+(?:(?:him|her)|(?P<char>{PART_NAME}))\s+(?:an?|the|some)\s+{_QUALITY}"
)
# "Benjamín Ulloa brings a reckless sweetness to Nicolás", "… lends warmth and steel to her
# aunt Rosie"
_BRINGS_TO = re.compile(
    rf"{_LENDER}(?:brings|lends)\s+(?:(?:an?|the|some)\s+)?{_QUALITY}\s+to\s+"
    rf"(?:(?:his|her|their|the)\s+(?:[a-z-]+\s+){{0,2}}?)?(?P<char>{PART_NAME})(?![\w'’-])"
)
# "Ray Tulley, who lives on a houseboat …, and who is played by Stephen Ormerod": the part is
# the name the first "who" of the sentence follows.
_AND_WHO_PLAYED = re.compile(rf",?\s+and\s+who\s+(?:is|was)\s+{_BY_PLAYER}")
_NAMED_BEFORE = re.compile(r"\b(?:named|called)\s+$")
# A one-word part introduced as such: "Her husband, Arturo,", "a fisherman named Arturo",
# "The grocer is Tullio", "Nives, the eldest".
_INTRODUCED = re.compile(r"(?:\b[a-z-]+,\s+|\b(?:named|called|is|was)\s+)$")
_APPOSED = re.compile(r",\s+(?:the|an?|his|her|their)\s")
_TITLE_BEFORE = re.compile(r"\btitle[,:]?\s+$")
# "the island of Mukaishima, a crossing …": a place, however it is introduced
_PLACE_BEFORE = re.compile(r"\b(?:of|in|at|to|from|near|between|and|into|on)\s+$")
# A name opening a quote is a title's; one opening a bracket is a player's ("Sabine (Renate
# Vollmer)").
_QUOTES_AND_BRACKET = frozenset("“\"‘'(")
# "the role goes to …" names no part itself: the one named before it in the sentence
_ROLE_ALONE = re.compile(r"\s*the\s+(?:role|part)\s*")
# Where a clause's subject starts: its sentence, or after "; " or ", and ".
_CLAUSE_BREAK = re.compile(r";\s+|,\s+and\s+|\s+--\s+|\s+—\s+")
_CREW = re.compile(
    r"\b(?:director|directed|screenplay|script|writer|photography|cinematographer|score|"
    r"music|editor|producer|film|movie|camera)\b",
    re.IGNORECASE,
)


def aside_parts(doc: Doc, anchors: Anchors) -> None:
    text = doc.text
    played = anchors(PLAYED_BY_CUE)
    for m in near(_PLAYED_BY, text, played, before=20, after=200):
        _pair_with_subject(doc, m, role_word=False)
    for m in near(_COMMA_PLAYED_BY, text, played, before=20, after=200):
        run = _run_ending_at(doc, m.start())
        if run and phrase_object(text, run[0]) == "from":
            continue  # "a driver from Lekki, played by": the driver is played
        if run and (char := _part(doc, run[2], run[0])):
            _pair(doc, char, m["actor"], m.start(), m.end())
    for m in _GOES_TO.finditer(text):
        _pair_with_subject(doc, m, role_word=True)
    for m in _IS_PLAYER.finditer(text):
        _pair_with_subject(doc, m, role_word=False, aside_only=True)
    # The patterns that open on a name are tried only around their keywords.
    as_words = [*find_all(text, " as "), *find_all(text, " who play")]
    described = [
        *near(_AS_DESCRIBED, text, as_words, before=120, after=160),
        *near(_AS_FIRST, text, find_all(text, "As "), before=10, after=200),
    ]
    for m in described:
        if char := _part(doc, m["char"], m.start("char")):
            _pair(doc, char, m["actor"], m.start(), m.end())
    verbs = (" plays h", " played h", " portrays h", " makes him")
    plays = [p for w in verbs for p in find_all(text, w)]
    for m in near(_PLAYS_PRONOUN, text, plays, before=200, after=20):
        s, _ = doc.sentence_at(m.start())
        opens = doc.opens_sentence(m.start())
        if m["aside"] and not opens:
            continue  # "…, and Dean Cottrell, in his first lead, plays him": whose subject?
        char = next(iter(_parts_in(doc, s, m.start(), last=True)), None)
        if char is None and opens:
            char = _unplayed_before(doc, s, m["actor"])  # "… Ilse Brandt. Nina Reuter plays her"
        if char:
            _pair(doc, char, m["actor"], m.start(), m.end())
    _equated_parts(doc)


def _equated_parts(doc: Doc) -> None:
    """Parts equated with their players, or given a quality by them."""
    text = doc.text
    for m in near(_EQUATED, text, find_all(text, " is "), before=60, after=60):
        if m["a"].startswith("The "):
            continue  # "The Hunter is Robert Redford": a description, not a part's name
        a, b = (clean(doc, squash(m[g]), m.start(g))[0] for g in ("a", "b"))
        # The player is named in full; "the young deckhand Kenny" is a part by its description,
        # a bare "Poul" only if it reads as a person's name.
        char, actor = None, a
        if " " in a:  # "Henning Skov is Poul", "Jamie Flett is the young deckhand Kenny"
            char = (_part if m["the"] else _part_alone)(doc, b, m.start("b"))
        if char is None and not m["the"] and " " in b:  # "Ruby is Joan Delacey"
            char, actor = _part_alone(doc, a, m.start("a")), b
        if char:
            _pair(doc, char, actor, m.start(), m.end())
    lends = [p for w in (" gives ", " brings ", " lends ") for p in find_all(text, w)]
    lent = [
        *near(_GIVES, text, lends, before=160, after=120),
        *near(_BRINGS_TO, text, lends, before=160, after=120),
    ]
    for m in lent:
        if m["char"]:
            char = _part(doc, m["char"], m.start("char"))
            if m.re is _BRINGS_TO and char and text.find(char, 0, m.start()) < 0:
                char = None  # "brings warmth to Marta Ruiz", named nowhere before: a person
        else:
            s, _ = doc.sentence_at(m.start())
            parts = _parts_in(doc, s, m.start(), last=True)
            char = next((p for p in parts if _persons(doc, p)), None)
            if char is None and doc.opens_sentence(m.start()):
                char = _unplayed_before(doc, s, m["actor"])
        if char:
            _pair(doc, char, m["actor"], m.start(), m.end())
    for m in near(_AND_WHO_PLAYED, text, find_all(text, " and who "), before=5, after=200):
        s, _ = doc.sentence_at(m.start())
        who = text.find(", who ", s, m.start())
        run = _run_ending_at(doc, who) if who >= 0 else None
        if run and (char := _part(doc, run[2], run[0])):
            _pair(doc, char, m["actor"], m.start(), m.end())


def _run_ending_at(doc: Doc, end: int) -> tuple[int, int, str] | None:
    """The name run (start, end, text) that ends at ``end``, if one does."""
    return next((r for r in doc.name_runs() if r[1] == end), None)


def _part_alone(doc: Doc, name: str, start: int) -> str | None:
    """A one-word part: a given name, a part already named, or a name the review uses again
    ("Poul", "Zezé")."""
    if " " in name or not (_persons(doc, name) or len(word_starts(doc.text, name)) > 1):
        return None
    return _part(doc, name, start)


def _persons(doc: Doc, part: str) -> bool:
    """A part named as a person is: by a given name first, or already known as a part
    (not "the French Quarter")."""
    return part.split()[0] in doc.lexicon.first_names or part in doc.characters


def _unplayed_before(doc: Doc, pos: int, actor: str) -> str | None:
    """The part a sentence that opens "X plays her" (at ``pos``) points back to: the subject
    of the nearest of the three sentences before that names one, in the paragraph ("He is Mr
    Albert Finch, a clerk …. Cecil Pargeter plays him"; "The third main character is Meera
    Joshi, who … sees in Bala an informer. Sunaina Rao gives her …": Meera Joshi, not the
    nearer Bala)."""
    text = doc.text
    paragraph = text.rfind("\n", 0, pos) + 1
    i = bisect_left(doc.sentences, (pos,))
    for lo, hi in reversed(doc.sentences[max(0, i - 3) : i]):
        if lo < paragraph:
            return None
        subject = _subject_part(doc, lo, hi, clean(doc, squash(actor), pos)[0])
        if subject is not None:
            return subject or None  # "": a cast member, who may be the one meant
    return None


def _subject_part(doc: Doc, start: int, end: int, actor: str) -> str | None:
    """The first name in the sentence ``start``–``end`` that could be a part, passing over
    places, titles, the film's makers, possessives ("Harkness's wife, Ellen": Ellen) and a
    player in brackets: a part no one plays yet, a full name no film source knows, a given
    name, or another word written as a part ("Her husband, Arturo,", "Nives, the eldest,",
    "Nives wants …").
    "" at a cast member; None when the sentence names no part."""
    text, lex = doc.text, doc.lexicon
    runs = doc.name_runs()
    for at, stop, found in runs[bisect_left(runs, (start,)) :]:
        if at >= end:
            break
        name = clean(doc, squash(found), at)[0]
        if (
            lex.place(name)
            or name in (doc.film, actor)
            or text[at - 1 : at] in _QUOTES_AND_BRACKET
            or text.startswith(("'s", "’s"), stop)
            or any(t in lex.common for t in name.split())  # "the Diamantina River"
            or _TITLE_BEFORE.search(text, max(0, at - 10), at)  # "the German title, Das …"
        ):
            continue
        roles = doc.roles.get(full_name(doc, name) or name, set())
        if roles & {Relation.DIRECTOR, Relation.WRITER}:
            continue
        if Relation.ACTOR in roles:
            return ""
        if name in doc.characters:
            if doc.characters[name]:
                continue  # cast already: "His daughter, Sabine (Renate Vollmer), …"
            return name
        if " " in name:
            return "" if name in lex.people else name
        if name in lex.people:
            continue
        if _persons(doc, name):
            return name  # a given name: "the arrival of Youssef", "Wilson's niece Loretta"
        opens = doc.opens_sentence(at)
        introduced = _INTRODUCED.search(text, max(0, at - 20), at) or _APPOSED.match(text, stop)
        if (opens or introduced) and not _PLACE_BEFORE.search(text, max(0, at - 12), at):
            return name
    return None


def _pair_with_subject(
    doc: Doc, m: re.Match[str], *, role_word: bool, aside_only: bool = False
) -> None:
    text = doc.text
    s, _ = doc.sentence_at(m.start())
    breaks = [b.end() for b in _CLAUSE_BREAK.finditer(text, s, m.start())]
    start = breaks[-1] if breaks else s
    subject = text[start : m.start()]
    if role_word and not _ROLE_WORD.search(subject):
        return
    if _CREW.search(subject) or (aside_only and "," not in subject):
        return
    parts = list(_parts_in(doc, start, m.start(), subject=True))
    if not parts and (role_word or _ROLE_ALONE.fullmatch(subject)):
        # "… a loan shark named Sal Greco, and the role goes to Tony Vasquez"
        parts = list(_parts_in(doc, s, start, last=True))
    if parts:
        _pair(doc, parts[0], m["actor"], m.start(), m.end())


def _parts_in(
    doc: Doc, lo: int, hi: int, *, last: bool = False, subject: bool = False
) -> Iterator[str]:
    """The names in ``text[lo:hi]`` that can be a part (see :func:`_part`), a name after
    "named" or "called" first, then in text order (``last``: the nearest first). A name in
    brackets is a player's ("his wife (Audrey Ferris)"), one before "'s" another's;
    ``subject``: the span is a clause's subject, and a name in its phrases is no part of it
    (a description may hang a part on one: "the arrival of Youssef", "run by Wilson Tso")."""
    text = doc.text
    runs = [r for r in doc.name_runs() if lo <= r[0] and r[1] <= hi]
    runs = [r for r in runs if text.rfind("(", lo, r[0]) <= text.rfind(")", lo, r[0])]
    # "Kolya's mother, …, is played by": the possessor is someone else than the part
    runs = [r for r in runs if not text.startswith(("'s", "’s"), r[1])]
    if subject:  # nor is a name in a phrase: "a baker with a weakness for Fairuz, is played by"
        runs = [r for r in runs if not phrase_object(text, r[0])]
    named = [r for r in runs if _NAMED_BEFORE.search(text, max(lo, r[0] - 8), r[0])]
    order = named + [r for r in (reversed(runs) if last else runs) if r not in named]
    for start, _, found in order:
        if name := _part(doc, found, start):
            yield name


def _part(doc: Doc, found: str, start: int) -> str | None:
    """``found`` as a part's name, without the sentence words a name run sweeps up ("The",
    "His"), or None for a place, the film, a people's name, a common word, a cast member,
    the director or a film person the lexicon knows."""
    name = part_name(clean(doc, squash(found), start)[0])
    if name == doc.film or name in doc.lexicon.demonyms or doc.roles.get(name):
        return None
    return None if no_part(doc, name) else name


def _pair(doc: Doc, char: str, actor: str, start: int, end: int) -> None:
    actor = clean(doc, squash(actor), start)[0]
    taken = doc.characters.get(char)
    if taken is not None and taken != actor:
        return
    if actor in doc.characters.values() or char == actor or " " not in actor:
        return
    if not person_like(doc, actor, cued=True) or compared(doc, start) or other_film(doc, start):
        return
    if Relation.DIRECTOR in doc.roles.get(actor, ()) and Relation.ACTOR not in doc.roles[actor]:
        return  # "…, is Ann Lee's film": its maker
    cast(doc, char, actor, start, end, 0.75)
