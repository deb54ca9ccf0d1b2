"""What the people passes share: kinship words and the cue anchors.

A prose pattern is only tried in a window around one of its cue words (see ``text.near``); the
cues are found once per review by ``anchors_of`` and shared by every pass.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import ahocorasick

from ..text import UPPER, lowered

__all__ = ["BY_LEAD", "KIN", "KIN_WORDS", "POSSESSIVE", "Anchors", "anchors_of"]

# A long aside between a name and its verb: "Ann Lee, a former documentarian who spent a
# decade filming strikes, has made …", "Ann Lee, a veteran of television, wrote …".
LONG_ASIDE = r",\s+(?:an?|the|who)\s+[^;.()“”\"]{1,160}?,\s+"
# The cues of someone who both wrote and directed: "writer-director", "writing-directing duo"
WRITER_DIRECTOR = re.compile(r"[Ww]riter[-/][Dd]irector|[Ww]riting-directing")
# "directed by the sibling team of Greg and Lisa Tomasek": what comes between "by" and a pair
TEAM_OF = r"(?:\s+the(?:\s+[a-z-]+){0,2}?\s+(?:team|duo|pair|partnership)\s+of)"
# What may come between "played by" and the actor: "played by a newcomer, Miranda
# Richardson", "by a Polish actor, Ann Lee", "by the fierce Irene Papas", "by none other than".
BY_LEAD = (
    r"(?:none\s+other\s+than\s+|the\s+(?:[a-z]+ly\s+)?[a-z-]+\s+(?=[A-Z])"
    r"|an?\s+(?:[\w-]+\s+){0,2}?[a-z-]+,\s+"
    # "played by newcomer Eli Brandt", "by young Anna Paquin", "by child actor Ann Lee"
    r"|(?:(?!(?:and|or|his|her|their|its|in|on|at|with|him|them)\b)[a-z][a-z-]+\s+){1,2}(?=[A-Z]))?"
)
#: Where a cue occurs in the review, found once per cue (``anchors_of``).
Anchors = Callable[[re.Pattern[str]], list[int]]

KIN = (
    r"mother|father|dad|mom|mum|brother|sister|son|daughter|wife|husband|uncle|aunt|"
    r"grandmother|grandfather|grandma|grandpa|fianc[eé]e?|girlfriend|boyfriend|lover|"
    r"friend|best friend|boss|neighbor|neighbour|cousin|nephew|niece|stepfather|stepmother|"
    r"partner|widow|mentor|teacher"
)
#: Words that name a character by kinship or role only ("Her mother (Olga Dragunova)").
KIN_WORDS = frozenset(w.replace("[eé]e?", "ee") for w in KIN.split("|")) | {"fiance", "fiancee"}
POSSESSIVE = r"(?:[Hh]er|[Hh]is|[Tt]heir|[Tt]he|[Aa]|[Aa]n|[Oo]ur|[Ii]ts)"
# Cheap anchors: a prose pattern is only tried in a window around one of its cue words, so
# a long review is not scanned once per pattern (see text.near).
# Each cue opens with one character class and checks the letter's case by lookbehind after it:
# a pattern whose first item is a class lets the regex engine skip ahead to those letters,
# where an alternation of "[Dd]irect|[Ff]ilmmaker" is tried at every position of the text.
DIRECTOR_CUE = re.compile(
    r"[DdFfHhAa](?:(?<=[Dd])(?:irect|ocumentarian)|(?<=[Ff])ilmmaker|(?<=[Hh])elm|(?<=[Aa])uteur)"
)
# Narrow cues for the patterns tried most often: only the keyword that ends the cue and the
# next word, so a pattern's window is opened where it can match, not at every "as" or "'s".
POSSESSIVE_CUE = re.compile(
    r"['’](?=s?\s+(?:(?:[a-z-]+|[0-9]+(?:st|nd|rd|th)|(?:19|20)[0-9]{2})(?:,|\s+and)?\s+){0,4}"
    r"(?:film|movie|picture|feature|debut|documentary|drama|comedy|thriller|western|"
    r"musical|masterpiece|adaptation|remake|sequel|epic|melodrama|satire|romance)\b)"
)
PLAYED_BY_CUE = re.compile(r"(?:[Pp]lay|[Pp]ortray|[Vv]oic)ed\s")
AS_NAME_CUE = re.compile(
    # "as Sam", "as the lonely Sam", "as his wife Annie", "as the father, Jack"
    rf"(?:as|play(?:s|ed|ing)|portray(?:s|ed)|voices)"
    rf"(?=\s+(?:(?:the|his|her|their)\s+(?:[a-z-]+,?\s+){{0,3}})?{UPPER})"
)
AS_ROLE_CUE = re.compile(r"(?:as|play(?:s|ed)?|portrays)\s+(?:the|a|an|his|her|their|them)\b")
FILMS_CUE = re.compile(r"(?:film|movie|picture|documentary)['’]s")
WRITER_CUE = re.compile(
    r"[WwSsAa](?:(?<=[Ww])r(?:it(?:ten|er)|ote)|(?<=[Ss])(?:cript|creenpla|creenwrit)"
    r"|(?<=[Aa])dapted (?:by|the|his|her|their))"
)
ACTOR_CUE = re.compile(
    r"[SsCcPpFfLlAaVv](?:(?<=[Ss])(?:tar|upporting)|(?<=[Cc])ast|(?<=[Pp])erform|(?<=p)layed by"
    r"|(?<=[Ff])eatur|(?<=[Ll])eading|(?<=[Pp])resence|(?<=[Vv])oice"
    r"|(?<=[Aa])ct(?:or|ress))"
)
#: Praise for an actor "in the lead": one list for the cues and the patterns (``cast``).
LEAD_PRAISE = (
    "superb|wonderful|excellent|terrific|good|great|fine|remarkable|convincing|effective|"
    "strong|memorable|touching|funny"
)
STAR_VERB_CUE = re.compile(
    r"(?:star|co-?star|are the (?:stars|leads)|round out|fill out|complete the cast"
    rf"|are (?=(?:[a-z]+ly )?(?:{LEAD_PRAISE}) as\b))\b"
)
OPPOSITE_CUE = re.compile(
    r"(?:opposite|alongside|(?:stars?|starring|starred|co-stars?|co-starring|screen)\s+with)\b"
)
POSS_ACTING_CUE = re.compile(r"(?:performance|portrayal)\b")
ACTOR_AFTER_CUE = re.compile(
    r"stars|co-?stars|performance|is (?=[a-z]+ as\b)|steals|fills|inhabits"
    r"|has an? (?=(?:[a-z-]+ ){0,3}(?:role|part|cameo))|has the (?=(?:[a-z-]+ )?(?:lead|title))"
    r"|makes an? (?=(?:[a-z-]+ ){0,2}impression as)|shines (?=as|in)|miscast"
    r"|(?:perfectly|well) cast"
    r"|d(?:oes|id) an? (?=(?:[a-z-]+ ){0,2}job as)|reprises|brings"
    rf"|is (?=(?:[a-z]+ly )?(?:{LEAD_PRAISE}) in the\b)|(?:is|was) cast\b"
    r"|(?:leads|led|heads|headed|anchors|anchored) (?=(?:a|an|the) )"
)
ENSEMBLE_CUE = re.compile(r"[Ee]nsemble\b")
NEWCOMER_CUE = re.compile(r"(?:[Nn]ewcomer|actor|actress)\b")
OPEN_PAREN = re.compile(r"\((?=\s*[A-Z]|played|voice|portrayed|who)")
PAREN_ARTICLE_CUE = re.compile(r"\((?=an?\s|the\s)")
PAREN_LOWER_CUE = re.compile(r"\((?=[a-z])")
MAKES_CUE = re.compile(r"(?:makes|contributes)\s+(?:an?|the)\s")
AS_LEAD_CUE = re.compile(r"(?:As|role of) (?=[A-Z]|(?:the|his|her|their) [a-z])")
NAMED_CUE = re.compile(r"(?:named|called|title role,?) (?=[A-Z])")
PART_CUE = re.compile(r"(?:character|role|part|alter ego)\b")
POSS_ANY_CUE = re.compile(r"['’]s\s")
PERFORMANCE_AS_CUE = re.compile(r"(?:performance|turn|work) as\b")
MAKER_AT_WORK_CUE = re.compile(
    r"(?:cuts|camera|staging|framing|mise-en-sc|has made|has filmed|has fashioned|has crafted"
    r"|filmed|behind the camera|films (?=it|the|this)|casts? (?=the|this|his|her)"
    r"|based (?=the|this|his|her)|has assembled"
    # "and her cinematographer": the cue is the crew word, found once by its stem
    r"|(?:(?<=his )|(?<=her )|(?<=their ))(?:cinematographer|editor|director of photography))\b"
)

# What only a director does, or a first film (see ``makers``): one cue per idiom, so each
# pattern is tried only around its own keyword.
PERFORMANCES_CUE = re.compile(r"performances?\b")
STAGING_CUE = re.compile(r"(?:stages|paces|choreographs|orchestrates)\b")
FIRST_FILM_CUE = re.compile(r"(?:first|second|third|fourth|fifth|new|latest|debut)\b")
DEBUT_CUE = re.compile(r"(?:debut|first-time)\b")
RETURNS_CUE = re.compile(r"(?:returns|is\s+back|comes\s+back)\b")


# Lower-case literals every match of a cue starts with: the cue is only tried where one is.
_CUE_STEMS: dict[re.Pattern[str], tuple[str, ...]] = {
    DIRECTOR_CUE: ("direct", "filmmaker", "helm", "auteur", "documentarian"),
    WRITER_CUE: (
        "writ",
        "wrote",
        "script",
        "screenpla",
        "screenwrit",
        "adapted ",
    ),
    ACTOR_CUE: (
        "star",
        "cast",
        "perform",
        "featur",
        "leading",
        "actor",
        "actress",
        "supporting",
        "played by",
        "presence",
        "voice",
    ),
    FILMS_CUE: ("film", "movie", "picture", "documentary"),
    POSSESSIVE_CUE: ("'", "’"),
    PLAYED_BY_CUE: ("played", "portrayed", "voiced"),
    AS_NAME_CUE: ("as", "play", "portray", "voices"),
    AS_ROLE_CUE: ("as", "play", "portrays"),
    STAR_VERB_CUE: (
        "are ",
        "star",
        "co-star",
        "costar",
        "are the ",
        "round out",
        "fill out",
        "complete the",
    ),
    OPPOSITE_CUE: (
        "opposite",
        "alongside",
        "star with",
        "stars with",
        "starring with",
        "starred with",
        "co-star with",
        "co-stars with",
        "co-starring with",
        "screen with",
    ),
    POSS_ACTING_CUE: ("performance", "portrayal"),
    ACTOR_AFTER_CUE: (
        "has the",
        "makes a",
        "shines",
        "miscast",
        "perfectly cast",
        "well cast",
        "stars",
        "co-star",
        "costar",
        "performance",
        "is ",
        "has a",
        "does a",
        "did a",
        "steals",
        "fills",
        "inhabits",
        "reprises",
        "brings",
        "was cast",
        "leads",
        "led ",
        "heads",
        "headed",
        "anchors",
        "anchored",
    ),
    NEWCOMER_CUE: ("newcomer", "actor", "actress"),
    ENSEMBLE_CUE: ("ensemble",),
    PAREN_ARTICLE_CUE: ("(a ", "(an ", "(the "),
    PAREN_LOWER_CUE: ("(",),
    MAKES_CUE: ("makes", "contributes"),
    AS_LEAD_CUE: ("as ", "role of "),
    NAMED_CUE: ("named", "called", "title role"),
    PART_CUE: ("character", "role", "part", "alter ego"),
    POSS_ANY_CUE: ("'s", "’s"),
    PERFORMANCE_AS_CUE: ("performance as", "turn as", "work as"),
    PERFORMANCES_CUE: ("performance",),
    STAGING_CUE: ("stages", "paces", "choreographs", "orchestrates"),
    FIRST_FILM_CUE: ("first", "second", "third", "fourth", "fifth", "new", "latest", "debut"),
    DEBUT_CUE: ("debut", "first-time"),
    RETURNS_CUE: ("returns", "is back", "comes back"),
    MAKER_AT_WORK_CUE: (
        "cuts",
        "camera",
        "staging",
        "framing",
        "mise-en-sc",
        "has made",
        "has filmed",
        "has fashioned",
        "has crafted",
        "filmed",
        "behind the camera",
        "films ",
        "cast",
        "based ",
        "has assembled",
        "cinematographer",
        "editor",
        "director of photography",
    ),
}


def _stem_automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for stem in {s for stems in _CUE_STEMS.values() for s in stems}:
        automaton.add_word(stem, (stem, len(stem) - 1))
    automaton.make_automaton()
    return automaton


# Every stem of every cue found in one pass over the review: a str.find per stem (133 of
# them) scanned each review 133 times, a tenth of all extraction time.
_STEMS = _stem_automaton()


def anchors_of(text: str, low: str | None = None) -> Callable[[re.Pattern[str]], list[int]]:
    """Positions of a cue in ``text``, found once per cue; ``low`` is the text lowered with
    its offsets kept (``Doc.lowered()``), made here if not given.

    >>> at = anchors_of("Directed by Ann Lee, who plays Bo, and directs well.")
    >>> at(DIRECTOR_CUE)
    [0, 39]
    """
    found: dict[re.Pattern[str], list[int]] = {}
    lowered_text = lowered(text) if low is None else low
    stem_at: dict[str, list[int]] | None = None

    def stems_found() -> dict[str, list[int]]:
        nonlocal stem_at
        if stem_at is None:  # on the first cue asked for: every stem's positions at once
            stem_at = {}
            for end, (hit, last) in _STEMS.iter(lowered_text):
                stem_at.setdefault(hit, []).append(end - last)
        return stem_at

    def at(cue: re.Pattern[str]) -> list[int]:
        if cue not in found:
            stems = _CUE_STEMS.get(cue)
            if stems:
                # Literal stems found by the automaton (fast), each then checked by the cue.
                where = stems_found()
                starts = sorted(set().union(*(where[stem] for stem in stems if stem in where)))
                matches = [p for p in starts if cue.match(text, p)]
            else:
                matches = [m.start() for m in cue.finditer(text)]
            # A cue is a word start ("as", not the end of "was"): checked here, because a
            # pattern that opens with a lookbehind loses the regex engine's fast prefix scan.
            found[cue] = [
                p for p in matches if not (p and text[p - 1].isalpha() and text[p].islower())
            ]
        return found[cue]

    return at
