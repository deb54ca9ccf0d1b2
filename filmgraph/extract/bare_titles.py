"""Titles written without quotes, found by what critics write around a film's name.

Text taken from web pages loses its italics, and some critics never quote the film they
review: "Persimmons is the latest from Hayashi", "her second feature, The Last Ferry to
Procida, …", "Thin Ice. Directed by …". A run of capitalised words is a title candidate only
where such a cue stands beside it; the title extractor weighs these against quoted titles.

>>> from filmgraph.extract.lexicon import default_lexicon
>>> from filmgraph.model import Review
>>> text = "Moon Garden\\n\\nHalfway through Moon Garden, she sleeps. Moon Garden is the latest."
>>> doc = Doc.of(Review(text=text, source="x"), default_lexicon())
>>> {t: round(c.score, 2) for t, c in bare_titles(doc).items()}
{'Moon Garden': 6.0}
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from .doc import Doc
from .text import CAP, FOREIGN_ARTICLE, is_title_like, stem_matches, word_starts

__all__ = ["HEADLINE", "BareTitle", "bare_titles", "headline_title"]

# "Review: Small Talk", "Movie Review — Small Talk", "Capsule review: Small Talk": the title
# extractor reads the same headline when no other title is found.
# A festival's or a section's name before it: "TIFF Review:", "Sundance Midnight Review:".
HEADLINE = re.compile(
    r"^(?:(?:Movie|Film|Capsule|Classic|DVD|Blu-ray)\s+|(?:[A-Z][\w'’-]*\s+){1,4}(?=Review:))?"
    r"Review:?\s*[-–—:]?\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
# What a headline adds after the title: its year, a rating, an original or translated title,
# in brackets or after a comma: "Kaltfront (2023)", "Tug! (PG)", "Kar Altında (Under the
# Snow), 2019", "The Olive Press (To Liotrivi, 1961)".
_HEADLINE_TAIL = re.compile(r"\s*(?:\([^()]{1,60}\))?(?:,\s*(?:19|20)[0-9]{2})?\s*$")
# A headline that goes on to describe the film: "Vinterhamnen — Gunnel Arvidsson's lost island
# film", "NIGHT SHIFT AT GURO: Kang Min-seok's hospital thriller is …" (not a subtitle, which
# opens on a capital: "Harbour Unit: Ashes").
_HEADLINE_GLOSS = re.compile(
    r"\s*(?:[—–]|\s-|:)\s+(?=[a-z]|(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*['’]s\s)"
)
_WORD = r"(?:[A-Z][\w'’-]*|[0-9][\w-]*)"
# The small words a title keeps in lower case: "The Tenants of Calle Defensa", "Nocturne for
# a Departure", "Ruta 40", "Les Enfants du Paradis".
_SMALL_WORDS = frozenset(
    {
        "of", "the", "a", "an", "and", "or", "for", "to", "in", "on", "at", "with", "by",
        "from", "de", "del", "la", "le", "les", "du", "di", "da", "el", "y",
    }
)
_SMALL = "(?:" + "|".join(sorted(_SMALL_WORDS)) + ")"
_RUN = re.compile(rf"(?<![\w'’-]){_WORD}(?:[ ](?:{_SMALL}[ ]){{0,2}}{_WORD})*")
_RUN_ENDING = re.compile(rf"{_RUN.pattern}$")
# Words that open a sentence before a title rather than begin it: "But Persimmons is …".
_OPENERS = frozenset(
    {
        "but", "and", "so", "yet", "still", "now", "here", "even", "then", "also", "only",
        "perhaps", "indeed", "like", "in", "at", "on", "for", "with", "without", "after",
        "before", "unlike", "while", "when", "if", "though", "although", "as", "by", "of",
        "from", "through",
    }
)
_FILM_NOUN = (
    r"(?:film|feature|movie|picture|documentary|debut|drama|comedy|thriller|western|musical|"
    r"melodrama|romance|adaptation|remake|sequel|road\s+movie|fable|epic|satire|chronicle|"
    r"piece\s+of\s+work|programmer|chiller|shocker|potboiler|noir)"
)
# What follows a title, with the weight of the cue and the (lower-case) words a match starts
# with, if any: the pattern is then tried only where one is (``stem_matches``).
_AFTER: tuple[tuple[re.Pattern[str], float, tuple[str, ...] | None], ...] = (
    # "Harmattan Letters, the second feature by …", "Ruta 40, Lucía Etcheverry's road movie"
    (
        re.compile(
            rf",\s+(?:(?:the|a|an|his|her|their|its|[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?['’]s)\s+)"
            # one film, not "a veteran of Fifth Generation films"
            rf"(?:(?!of\s)[\w'’-]+,?\s+){{0,6}}?{_FILM_NOUN}\b(?!s)"
        ),
        2.0,
        None,
    ),
    # "The Salt Ledger, written by Diallo", "A House Made of Winter, which he also wrote"
    (
        re.compile(r",\s+(?:written|directed|co-written|shot|made)\s+(?:and\s+\w+\s+)?by\b"),
        2.0,
        None,
    ),
    (
        re.compile(r",\s+which\s+(?:he|she|they)\s+(?:also\s+)?(?:wrote|directed|co-wrote)\b"),
        2.0,
        None,
    ),
    (re.compile(r",\s+which\s+(?:opens|begins|ends|closes)\s+(?:with|on)\b"), 1.0, None),
    # "Sinden, which came out in 2018", "Asparagus Season, which opens Friday"
    (
        re.compile(
            r",\s+which\s+(?:came\s+out|was\s+released|opens\s+(?:today|tomorrow|[A-Z]\w*)|"
            r"premiered|played\s+at)\b"
        ),
        1.5,
        None,
    ),
    # "Sinden was directed by", "The Water House is beautifully photographed by"
    (
        re.compile(
            r"\s+(?:is|was)\s+(?:[a-z]+ly\s+)?(?:directed|written|photographed|shot|edited|"
            r"scored|produced)\s+by\b"
        ),
        2.0,
        (" is ", " was "),
    ),
    # "Kapena Road (2004) is …": a year in brackets, as credits give it
    (re.compile(r"\s\((?:19|20)[0-9]{2}\)"), 2.0, (" (19", " (20")),
    # "Small Hours in Ballydrennan, from Ciarán Ó Dálaigh, is …": the title and its maker
    (
        re.compile(r",\s+from\s+(?:director\s+)?[A-Z][^,.;()]{2,40},\s+(?:is|was|has)\b"),
        1.5,
        None,
    ),
    # a credits line: "Thin Ice. Directed by …"
    (re.compile(r"\.\s+(?:Directed|Written|Written\s+and\s+directed)\s+by\b"), 3.0, None),
    # "Persimmons is the latest from Hayashi", "Small Talk is the first film by …"
    (
        re.compile(
            r"\s+(?:is|was)\s+(?:the|a|an|his|her|their)\s+(?:[\w'’-]+\s+){0,2}?"
            rf"(?:latest|new|first|second|third|fourth|fifth|final|last|{_FILM_NOUN})\b"
        ),
        1.5,
        (" is ", " was "),
    ),
    # the film as the subject of what films do
    (
        re.compile(
            r"\s+(?:(?:opens|begins|ends|closes)\s+(?:with|on|in|at)|unfolds|is\s+set\s+in|"
            r"takes\s+place|premiered|plays\s+like|(?:is|was)\s+about)\b"
        ),
        1.0,
        (
            " opens", " begins", " ends", " closes", " unfolds", " is set", " takes", " premiered",
            " plays", " is about", " was about",
        ),
    ),
)
# What precedes a title (each match ends where the title starts).
_ORDINALS = ("new", "latest", "first", "second", "third", "fourth", "fifth", "sixth", "debut")
_BEFORE: tuple[tuple[re.Pattern[str], float, tuple[str, ...] | None], ...] = (
    # "her second feature, Second Harvest," / "Claire Vautrin's new film, The Good Sea"
    (
        re.compile(
            r"(?:new|latest|first|second|third|fourth|fifth|sixth|debut|last|final)\s+"
            rf"(?:{_FILM_NOUN})(?:\s+as\s+(?:a\s+)?director)?,\s+"
        ),
        2.0,
        (*_ORDINALS, "last", "final"),
    ),
    # "The director of Monsoon Arithmetic", "the heart of Red Oil"
    (
        re.compile(
            # not "the story of", "the world of": "the story of Delphine" is her story
            r"\b(?:director|maker|makers|star|stars|heroine|hero|characters|cast|title|ending|"
            r"score|screenplay|climax|centre|center|heart)\s+of\s+"
        ),
        1.0,
        (
            "director", "maker", "star", "hero", "characters", "cast", "title", "ending", "score",
            "screenplay", "climax", "centre", "center", "heart",
        ),
    ),
    # "Halfway through The River Does Not Remember", "For the first ten minutes of …"
    (
        re.compile(
            r"\b(?:(?:[Hh]alfway|[Mm]idway|[Pp]artway)\s+(?:through|in|into)|"
            r"(?:minutes|reel|shot|scene)\s+of|"
            r"(?:[Ss]omebody|[Ee]veryone|[Ee]verybody|[Nn]obody|[Nn]o\s+one)\s+in)\s+"
        ),
        1.0,
        (
            "halfway", "midway", "partway", "minutes", "reel", "shot", "scene", "somebody",
            "everyone", "everybody", "nobody", "no one",
        ),
    ),
    # "Javier Ortuño's The Orange Pickers" (a person's name, not "The Bridge Keeper's" inside
    # a title): the capital first, so the engine skips to capitals
    (
        re.compile(
            r"[A-Z](?<![\w'’-][A-Z])(?<!\bThe\s[A-Z])(?<!\bA\s[A-Z])(?<!\bAn\s[A-Z])"
            r"[\w-]*\s[A-Z][\w-]+['’]s\s+"
        ),
        1.0,
        None,
    ),
)


_QUOTES = frozenset("\"“‘'")
# A one-word title that is also a name ("Sinden") needs more than one cue: "Sinden, which
# came out in 2018" and "Sinden was directed by"; "Rohmer" is the subject of film verbs too.
_ONE_WORD_CUES = 3.0
# "played by Guo Feng, a veteran of …": a person stands here, whatever follows.
_PERSON_BEFORE = re.compile(
    r"\b(?:played|portrayed|directed|written|produced|scored|edited|starring|by)\s+$"
)


@dataclass(frozen=True, slots=True)
class BareTitle:
    """An unquoted title candidate: the cues' weight and where it is first written."""

    score: float
    start: int
    end: int


def _tails(run: str, start: int) -> Iterator[tuple[str, int, int]]:
    """A run of capitalised words and each tail of it after a small word or a possessive:
    "Somebody in| The Tenants of| Calle Defensa", "Katrin Vollmer's| The Interpreter's|
    Silence". The cues then tell which of them, if any, is a title."""
    words = run.split(" ")
    # "But Persimmons …": the opener is the sentence's, not the title's.
    skip = 0
    while skip < len(words) - 1 and words[skip].lower() in _OPENERS:
        skip += 1
    start += sum(len(w) + 1 for w in words[:skip])
    for i in range(skip, len(words)):
        after_break = words[i - 1] in _SMALL_WORDS or words[i - 1].endswith(("'s", "’s"))
        if (i == skip or after_break) and (words[i][0].isupper() or words[i][0].isdigit()):
            title = " ".join(words[i:])
            yield title, start, start + len(title)
        start += len(words[i]) + 1


def _candidates(doc: Doc) -> dict[tuple[str, int], tuple[float, bool]]:
    """The runs a cue stands beside, and their tails, each with its cues' weight and whether
    cues stand on both sides. The cues are found first, so only the few runs beside one are
    looked at."""
    text = doc.text
    after: dict[int, float] = defaultdict(float)  # where a cue after a title starts
    before: dict[int, float] = defaultdict(float)  # where a cue before a title ends
    low = doc.lowered()
    for cue, weight, stems in _AFTER:
        for m in cue.finditer(text) if stems is None else stem_matches(cue, text, low, stems):
            after[m.start()] += weight
    for cue, weight, stems in _BEFORE:
        for m in cue.finditer(text) if stems is None else stem_matches(cue, text, low, stems):
            if not m.group(0).startswith(("The ", "A ", "An ")):
                before[m.end()] += weight
    runs = set()
    for p in after:
        if ending := _RUN_ENDING.search(text, max(0, p - 150), p):
            runs.add((ending.start(), ending.group(0)))
    for q in before:
        if starting := _RUN.match(text, q):
            runs.add((q, starting.group(0)))
    out: dict[tuple[str, int], tuple[float, bool]] = {}
    for start, run in runs:
        for title, s, e in _tails(run, start):
            weight = after.get(e, 0.0) + before.get(s, 0.0)
            if weight:
                out[(title, s)] = weight, e in after and s in before
    return out


def _is_other_thing(doc: Doc, title: str, *, place_ok: bool = False) -> bool:
    """A person's name, a place or a common word is no title; a place is, with ``place_ok``
    (cues on both sides of it: "Reza Karimi's Dry Bridge opens with")."""
    words = title.split()
    lexicon = doc.lexicon
    if len(words) == 1 and (title in lexicon.common or len(title) < 3):
        return True
    if title in lexicon.people or (lexicon.place(title) is not None and not place_ok):
        return True
    # "Reza Karimi's Dry Bridge": a maker's possessive, then the title (its tail)
    if len(words) > 2 and words[1].endswith(("'s", "’s")) and words[0] in lexicon.first_names:
        return True
    # "Katrin Vollmer", "Mikio Naruse": a given name and one or two more capitalised words
    # ("Ruta 40" is a road and a title: Ruta is a given name, 40 is no surname)
    return (
        2 <= len(words) <= 3
        and words[0] in lexicon.first_names
        and all(w[:1].isupper() for w in words[1:])
    )


def headline_title(line: str) -> str:
    """The title a headline line names, less what it adds; "" for a line too long for one.

    >>> headline_title("TIFF Review: Monsoon Ledger (Mazhakkanakku)")
    'Monsoon Ledger'
    >>> headline_title("Kar Altında (Under the Snow), 2019")
    'Kar Altında'
    >>> headline_title("Vinterhamnen — Gunnel Arvidsson's lost island film")
    'Vinterhamnen'
    >>> headline_title("Harbour Unit: Ashes (2023)")
    'Harbour Unit: Ashes'
    """
    line = line.strip()
    if m := HEADLINE.match(line):
        line = m.group("rest").strip()
    if gloss := _HEADLINE_GLOSS.search(line):
        line = line[: gloss.start()]
    tail = _HEADLINE_TAIL.search(line)
    if tail and tail.start() > 0:
        line = line[: tail.start()]
    return line if len(line) <= 90 else ""


# A headline's second form of the title after a slash: "Ostatnia zima / The Last Winter".
_HEADLINE_ALSO = re.compile(r"\s+/\s+")


# A maker's possessive opening a headline: "Ikegami's Lantern Ferry: a small miracle".
_HEADLINE_MAKER = re.compile(rf"(?:{CAP}\s)?{CAP}['’]s\s+(?P<rest>[A-Z0-9].*)")


def _headline(text: str, line_end: int) -> tuple[str, bool]:
    """The headline's title as the review writes it below, and whether the headline gives it
    in two forms: the first of them, in the body's casing when the headline is set in
    capitals ("LOS ÚLTIMOS DÍAS DE AGOSTO", then "Los últimos días de agosto"); less a
    maker's possessive ("Ikegami's Lantern Ferry") when the body names the film without it
    ("Schindler's List" is never "List")."""
    title, *also = _HEADLINE_ALSO.split(headline_title(text[:line_end]), maxsplit=1)
    if (maker := _HEADLINE_MAKER.fullmatch(title)) and any(
        at > line_end and not text[max(0, at - 3) : at].endswith(("'s ", "’s "))
        for at in word_starts(text, maker["rest"])
    ):
        title = maker["rest"]
    if len(title) > 3 and title.isupper():
        for m in re.finditer(re.escape(title), text[line_end:], re.IGNORECASE):
            written = m.group(0)
            if not written.isupper() and not text[line_end + m.start() - 1].isalnum():
                return written, bool(also)
    return title, bool(also)


def _titles_review(doc: Doc, headline: str, line_end: int, *, two_forms: bool) -> bool:
    """A headline line of its own names the reviewed film: a title-cased one ("Tug!", "Oh No
    It Isn't!" are no lines of dialogue), or one in a language's sentence case ("Sable noir",
    "Polvo de agosto") that the review names again below or gives in a second form."""
    if not headline or headline.endswith((".", "?")) or _is_other_thing(doc, headline):
        return False
    if is_title_like(headline.rstrip("!")) or FOREIGN_ARTICLE.match(headline):
        return True
    return (
        headline[0].isupper()
        and len(headline.split()) <= 8
        and (two_forms or any(at > line_end for at in word_starts(doc.text, headline)))
    )


def bare_titles(doc: Doc) -> dict[str, BareTitle]:
    """Unquoted title candidates with at least one cue, and their summed cue weights.

    A headline line of its own ("Moon Garden", then a blank line) counts 3.0; every later
    occurrence of a cued candidate adds 0.25, as repeats of a quoted title do.
    """
    text = doc.text
    found: dict[str, list[tuple[int, int, float]]] = {}
    line_end = doc.headline_end()
    headline, two_forms = _headline(text, line_end)
    if _titles_review(doc, headline, line_end, two_forms=two_forms):
        found.setdefault(headline, []).append((text.find(headline), line_end, 3.0))
    for (title, start), (weight, flanked) in sorted(
        _candidates(doc).items(), key=lambda c: c[0][1]
    ):
        if not is_title_like(title) or _is_other_thing(doc, title, place_ok=flanked):
            continue
        if text[start - 1 : start] in _QUOTES:
            continue  # a quoted title: the title extractor's own
        if _PERSON_BEFORE.search(text, max(0, start - 20), start):
            continue  # a person's name
        found.setdefault(title, []).append((start, start + len(title), weight))
    # Of a run and its tail, the one with more cues: "The Tenants of Calle Defensa" after
    # "Somebody in", but "Nocturne for a Departure, the new film by …", not "Departure".
    for title in [t for t in found if any(o != t and o.endswith(" " + t) for o in found)]:
        for longer in [o for o in found if o != title and o.endswith(" " + title)]:
            if longer in found and title in found:
                weights = sum(w for *_, w in found[longer]), sum(w for *_, w in found[title])
                del found[longer if weights[0] < weights[1] else title]
    out = {}
    for title, cued in found.items():
        weight = sum(w for _, _, w in cued)
        if " " not in title and doc.lexicon.is_name_token(title) and weight < _ONE_WORD_CUES:
            continue  # "Delphine", "Rohmer": a character or a person named by one word
        repeats = len(word_starts(text, title)) - 1
        first = min(cued)
        score = weight + 0.25 * min(6, max(0, repeats))
        out[title] = BareTitle(score, first[0], first[0] + len(title))
    return out

