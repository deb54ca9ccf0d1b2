"""People and characters named in prose, with their role toward the reviewed film.

Roles come only from cues ("directed by X", "X plays Y", "Ilana (Darya Zhovner)"); a person
named without a cue is merely *mentioned*. Someone only compared to ("a Hitchcock touch",
"like Spielberg's Jaws") never becomes this film's director or cast.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ..model import Kind, Relation
from .doc import Doc
from .text import CAP, NAME, NAME_RE, UPPER, near, squash

__all__ = ["KIN_WORDS", "PeopleExtractor"]

_KIN = (
    r"mother|father|dad|mom|mum|brother|sister|son|daughter|wife|husband|uncle|aunt|"
    r"grandmother|grandfather|grandma|grandpa|fianc[eé]e?|girlfriend|boyfriend|lover|"
    r"friend|best friend|boss|neighbor|neighbour|cousin|nephew|niece|stepfather|stepmother|"
    r"partner|widow|mentor|teacher"
)
#: Words that name a character by kinship or role only ("Her mother (Olga Dragunova)").
KIN_WORDS = frozenset(w.replace("[eé]e?", "ee") for w in _KIN.split("|")) | {"fiance", "fiancee"}
_POSSESSIVE = r"(?:[Hh]er|[Hh]is|[Tt]heir|[Tt]he|[Aa]|[Aa]n|[Oo]ur|[Ii]ts)"
_NICK = r"(?:,?\s*[“\"‘](?P<nick>[^”\"’]{1,20})[”\"’],?)?"
# "Ilana, “Ila” (Darya Zhovner)" · "Her mother (Olga Dragunova)" · "their son David (Veniamin Kac)"
# Cheap anchors: a prose pattern is only tried in a window around one of its cue words, so
# a long review is not scanned once per pattern (see text.near).
# Each cue opens with one character class and checks the letter's case by lookbehind after it:
# a pattern whose first item is a class lets the regex engine skip ahead to those letters,
# where an alternation of "[Dd]irect|[Ff]ilmmaker" is tried at every position of the text.
_DIRECTOR_CUE = re.compile(
    r"[DdFfhAa](?:(?<=[Dd])irect|(?<=[Ff])ilmmaker|(?<=h)elm|(?<=[Aa])uteur)"
)
# Narrow cues for the patterns tried most often: only the keyword that ends the cue and the
# next word, so a pattern's window is opened where it can match, not at every "as" or "'s".
_POSSESSIVE_CUE = re.compile(
    r"['’](?=s?\s+(?:(?:[a-z-]+|[0-9]+(?:st|nd|rd|th)|(?:19|20)[0-9]{2})\s+){0,3}"
    r"(?:film|movie|picture|feature|debut|documentary|drama|comedy|thriller|western|"
    r"musical|masterpiece|adaptation|remake|sequel|epic|melodrama|satire|romance)\b)"
)
_PLAYED_BY_CUE = re.compile(r"(?:play|portray|voic)ed\s")
_AS_NAME_CUE = re.compile(
    rf"(?:as|play(?:s|ed|ing)|portray(?:s|ed)|voices)(?=\s+(?:the\s+(?:[a-z-]+\s+){{0,3}})?{UPPER})"
)
_AS_ROLE_CUE = re.compile(r"(?:as|play(?:s|ed)?|portrays)\s+(?:the|a|an|his|her|their|them)\b")
_FILMS_CUE = re.compile(r"(?:film|movie)['’]s")
_WRITER_CUE = re.compile(
    r"[WwSsAa](?:(?<=[Ww])r(?:it(?:ten|er)|ote)|(?<=[Ss])(?:cript|creenpla|creenwrit)"
    r"|(?<=a)dapted by)"
)
_ACTOR_CUE = re.compile(
    r"[SsCcPpFfLlAa](?:(?<=[Ss])(?:tar|upporting)|(?<=[Cc])ast|(?<=[Pp])erform|(?<=p)layed by"
    r"|(?<=[Ff])eatur|(?<=[Ll])eading"
    r"|(?<=[Aa])ct(?:or|ress))"
)
_STAR_VERB_CUE = re.compile(r"(?:star|co-?star|are the (?:stars|leads))\b")
_ACTOR_AFTER_CUE = re.compile(
    r"stars|co-?stars|performance|is (?=[a-z]+ as\b)"
    r"|has an? (?=(?:[a-z-]+ ){0,3}(?:role|part|cameo))"
    r"|d(?:oes|id) an? (?=(?:[a-z-]+ ){0,2}job as)"
)


# Lower-case literals every match of a cue starts with: the cue is only tried where one is.
_CUE_STEMS: dict[re.Pattern[str], tuple[str, ...]] = {
    _DIRECTOR_CUE: ("direct", "filmmaker", "helm", "auteur"),
    _WRITER_CUE: ("writ", "wrote", "script", "screenpla", "screenwrit", "adapted by"),
    _ACTOR_CUE: (
        "star",
        "cast",
        "perform",
        "featur",
        "leading",
        "actor",
        "actress",
        "supporting",
        "played by",
    ),
    _FILMS_CUE: ("film", "movie"),
    _POSSESSIVE_CUE: ("'", "’"),
    _PLAYED_BY_CUE: ("played", "portrayed", "voiced"),
    _AS_NAME_CUE: ("as", "play", "portray", "voices"),
    _AS_ROLE_CUE: ("as", "play", "portrays"),
    _STAR_VERB_CUE: ("star", "co-star", "costar", "are the "),
    _ACTOR_AFTER_CUE: (
        "stars",
        "co-star",
        "costar",
        "performance",
        "is ",
        "has a",
        "does a",
        "did a",
    ),
}


def _letters(title: str) -> str:
    return re.sub(r"\W+|\band\b", "", title.lower())


def _spellings(title: str | None) -> list[str]:
    """The ways a review spells its film's title: "Vincent & Theo", "Vincent and Theo"."""
    if not title:
        return []
    other = title.replace(" & ", " and ") if " & " in title else title.replace(" and ", " & ")
    return [title] if other == title else [title, other]


def _anchors(text: str) -> Callable[[re.Pattern[str]], list[int]]:
    """Positions of a cue in ``text``, found once per cue."""
    found: dict[re.Pattern[str], list[int]] = {}
    lowered = text.lower()
    by_find = len(lowered) == len(text)  # offsets agree unless a letter lowers to two

    def at(cue: re.Pattern[str]) -> list[int]:
        if cue not in found:
            stems = _CUE_STEMS.get(cue)
            if stems and by_find:
                # Literal stems found with str.find (fast), each then checked by the cue.
                starts = sorted({i for stem in stems for i in _find_all(lowered, stem)})
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


def _find_all(text: str, stem: str) -> list[int]:
    out = []
    i = text.find(stem)
    while i >= 0:
        out.append(i)
        i = text.find(stem, i + 1)
    return out


# A capitalised word not followed by another (a surname on its own: "Balagov shoves…").
# The capital first, then the word-start test behind it: the engine skips to capitals.
_SURNAME_CANDIDATE = re.compile(
    r"([A-Z](?<![\w-][A-Z])[\w-]*(?:['’][A-Z][\w-]*)?)(?![\w-])(?!\s+[A-Z])"
)
_LOWER_WORD_BEFORE = re.compile(r"\b(?:the|an?|his|her|their)\s+(?:[a-z-]+\s+)?$")
_MAKER_AFTER_AS = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:director|writer|producer|screenwriter|filmmaker|cinematographer|"
    r"editor|composer|author|novelist|playwright)"
)
# "whose name is Lurene and who is played by Michelle Pfeiffer"
_NAMED_PLAYED_BY = re.compile(
    rf"\b(?:named|called|whose\s+name\s+is)\s+(?P<char>{CAP}(?:\s{CAP}){{0,2}})[^.;]{{0,40}}?"
    rf"\bplayed\s+(?:[a-z]+\s+){{0,3}}?by\s+(?P<actor>{NAME})"
)
# One name of two capitalised parts: Costa-Gavras.
_MONONYM = re.compile(rf"{UPPER}[a-z]+-{UPPER}[a-z]+")
_SUCH_BEFORE = re.compile(r"\bsuch\s+$")
_INDEFINITE_BEFORE = re.compile(r"\ban?\s+(?:[\w-]+\s+){0,2}$")
_CHARACTER_NAME = re.compile(rf"{CAP}(?: {CAP}){{0,2}}")
_OPEN_PAREN = re.compile(r"\((?=\s*[A-Z]|played|voice|portrayed|who)")
_CHAR_PAREN = re.compile(
    rf"(?:(?P<kinpre>{_POSSESSIVE}\s+(?:[a-z]+\s+)?(?P<kin>{_KIN})),?\s+)?"
    rf"(?P<outer>{NAME})?{_NICK}\s*\(\s*(?P<inner>{NAME})"
    # "(Scott Baio, in his first role)", "(Scott Baio in training for stardom)"
    rf"(?:(?:\s*,\s*|\s+(?:of|from)\s+|\s+(?!and\b|or\b)(?=[a-z]))[^()]{{0,40}})?\s*\)"
)
_KIN_ONLY_PAREN = re.compile(
    rf"\b{_POSSESSIVE}\s+(?:[a-z]+\s+)?(?P<kin>{_KIN})\s*\(\s*(?P<inner>{NAME})\s*\)"
)
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
# "As he's played by Chris Makepeace": cast, whoever the character is.
_PLAYED_BY_ANY = re.compile(
    rf"\b(?:played|portrayed|voiced)\s+(?:[a-z]+\s+){{0,3}}?by\s+"
    # "played by a newcomer, Miranda Richardson"
    rf"(?:an?\s+(?:[a-z-]+\s+){{0,2}}?[a-z-]+,\s+)?(?P<name>{NAME})"
)
# "Old Nick (played by Sean Bridgers)", "a young woman (played with creepy charm by Alice Krige)"
_PLAYED_PAREN = re.compile(
    rf"(?:(?P<char>{CAP}(?: {CAP}){{0,2}})\s*)?"
    rf"\(\s*(?:(?:played|voiced|portrayed)\b[^()]{{0,40}}?\bby|voice\s+(?:of|by))\s+"
    rf"(?P<actor>{NAME})"
)
_APPOSITIVE = r"(?:,\s*(?:who\s+)?[^,.;()“”\"]{1,70},)?"
_PRAISE = (
    r"(?:superb|wonderful|excellent|terrific|good|great|fine|remarkable|convincing|effective|"
    r"touching|funny|perfect|solid|strong|memorable|believable|persuasive|splendid|brilliant|"
    r"moving|heartbreaking|fierce|hilarious|charming|amazing|magnificent|impressive|riveting)"
)
_ACTOR_AS = re.compile(
    rf"(?P<actor>{NAME}){_APPOSITIVE}(?:,\s*who)?,?\s+(?:(?:also\s+)?(?:stars?|co-?stars?|appears?)\s+as|"
    rf"as|plays|played|playing|portrays|portrayed|voices|is cast as|was cast as|"
    rf"turns up (?:here\s+)?as|(?:is|was)\s+(?:[a-z]+\s+)?{_PRAISE}\s+as|"
    rf"gives\s+an?\s+(?:[a-z-]+\s+){{0,3}}performance\s+as)\s+"
    # "as the incredibly brilliant Duncan Pinderhughes"
    rf"(?:the\s+(?:[a-z-]+\s+){{0,3}}?)?(?P<char>{CAP}(?:\s{CAP}){{0,2}})"
)
# "As Norma, Gloria Edwards is fierce", "In the role of Norma, Gloria Edwards…"; a sentence
# opens with the "As", or it is a comparison ("just as Hitchcock, Welles…").
_AS_CHAR_FIRST = re.compile(
    r"(?:(?:^|(?<=[.!?] )|(?<=[.!?][”\"] )|(?<=\n))As|\brole\s+of)\s+"
    rf"(?P<char>{CAP}(?:\s{CAP}){{0,2}}),\s+(?P<actor>{NAME})\s+"
    r"(?:is|was|gives|brings|makes|has|does|seems|finds|turns|manages|creates)\b"
)
_AS_LEAD_CUE = re.compile(r"(?:As|role of) (?=[A-Z])")
# "Gloria Edwards plays a nurse named Norma", "plays the title role, Norma"
_PLAYS_NAMED = re.compile(
    rf"(?P<actor>{NAME}){_APPOSITIVE}(?:,\s*who)?\s+(?:plays|played|playing|portrays|portrayed)\s+"
    rf"(?:(?:an?|the|his|her|their)\s+(?:[a-z-]+\s+){{0,4}}?(?:named|called)|the\s+title\s+role,?)"
    rf"\s+(?P<char>{CAP}(?:\s{CAP}){{0,2}})"
)
_NAMED_CUE = re.compile(r"(?:named|called|title role,?) (?=[A-Z])")
# "Midler's character, Sadie Shelton", "Sadie Shelton, Midler's company executive": a part
# tied to an actor by the possessive; the actor must be someone cast.
_POSS_PART = re.compile(
    rf"(?P<actor>{NAME})['’]s?\s+(?:[a-z-]+\s+)?(?:character|role|part|alter\s+ego)\s*,?\s+"
    rf"(?:(?:named|called)\s+)?(?P<char>{CAP}(?:\s{CAP}){{0,2}})"
)
_PART_POSS = re.compile(
    rf"(?P<char>{CAP}(?:\s{CAP}){{0,2}}),\s+(?P<actor>{NAME})['’]s\s+"
    r"(?:[a-zA-Z-]+\s+){0,4}?(?:character|role|part|heroine|hero|villain|"
    r"[a-z]+(?:er|ist|or|ess|man|woman|wife|husband|girl|boy))\b"
)
_PART_CUE = re.compile(r"(?:character|role|part|alter ego)\b")
_POSS_ANY_CUE = re.compile(r"['’]s\s")
# "Ann Lee makes a passable Tom Sawyer": the part the actor makes.
_MAKES_A = re.compile(
    rf"(?P<actor>{NAME}){_APPOSITIVE}\s+(?:makes|made|contributes)\s+(?:an?|the)\s+"
    rf"(?:[a-z-]+\s+){{0,3}}?"
    rf"(?P<char>{CAP}(?:\s{CAP}){{0,2}})(?![\w'’-])(?![ ][a-z])"
)
_MAKES_CUE = re.compile(r"(?:makes|contributes)\s+(?:an?|the)\s")
# "Ann Lee is nicely low-key as the town drunk": cast, the part unnamed.
_IS_ADJ_AS = re.compile(
    rf"(?P<name>{NAME}){_APPOSITIVE}\s+(?:is|was)\s+(?:[a-z]+ly\s+)?"
    r"(?!(?:known|seen|described|regarded|referred|billed|dressed|disguised|born|used|such|so|"
    r"twice|just|half|not|identified|introduced|presented|portrayed|depicted|treated)\b)"
    r"[a-z-]+\s+as\s+(?:the|an?|his|her|their)\b"
)
_IS_ADJ_BEFORE = re.compile(r"\b(?:is|was)\s+(?:[a-z]+ly\s+)?[a-z-]+\s+$")
# "played by an absolutely charming girl named Ann Lee"; "Da Boss (a kid named Ann Lee …)"
_PLAYED_BY_NAMED = re.compile(
    rf"\b(?:played|portrayed|voiced)\s+by\s+(?:an?|the)\s+(?:[a-z-]+\s+){{0,5}}?(?:named|called)\s+"
    rf"(?P<name>{NAME})"
)
_PAREN_NAMED = re.compile(
    rf"(?P<char>{CAP}(?:\s{CAP}){{0,2}})\s*\(\s*(?:an?|the)\s+(?:[a-z-]+\s+){{0,3}}?"
    rf"(?:named|called)\s+(?P<actor>{NAME})"
)
# "Buttercup, a beautiful princess (Robin Wright)": the part named before its description.
_APPOS_PAREN = re.compile(
    rf"(?P<char>{CAP}(?:\s{CAP}){{0,2}}),\s+(?:an?|the|his|her|their)\s+(?:[a-z-]+\s+){{0,4}}?"
    rf"[a-z-]+\s*\(\s*(?P<actor>{NAME})\s*\)"
)
_PAREN_ARTICLE_CUE = re.compile(r"\((?=an?\s|the\s)")
# "Doyle (country singer Dwight Yoakam)": the actor described before the name.
_PAREN_DESCRIBED = re.compile(
    rf"(?P<char>{CAP}(?:\s{CAP}){{0,2}})\s*\(\s*(?:the\s+)?"
    r"(?:(?!(?:by|on|with|from|and|or|in|at|to|for|of|directed|written|produced|based|music|"
    r"edited|who|played|voiced|portrayed|voice|see|also|aka|as|now|then)\b)[a-z-]+\s+){1,3}"
    rf"(?P<actor>{NAME})\s*\)"
)
# "Willis (playing an FBI man named Jeffries)", "Ann Lee (as Kate)": the actor outside.
_PAREN_PLAYING = re.compile(
    rf"(?P<actor>{NAME})\s*\(\s*(?:playing|as)\s+"
    rf"(?:(?:an?|the)\s+(?:[\w-]+\s+){{0,4}}?(?:named|called)\s+)?(?P<char>{CAP}(?:\s{CAP}){{0,2}})"
    r"\s*[),]"
)
_PAREN_LOWER_CUE = re.compile(r"\((?=[a-z])")
# A cheap test before _PAREN_DESCRIBED: lower-case words, then a capital, then ")".
_PAREN_DESC_QUICK = re.compile(r"\((?:[a-z-]+ ){1,4}[A-Z][^()]{0,40}\)")
# "Mike Waters, the young drifter played by River Phoenix"
_APPOS_PLAYED_BY = re.compile(
    rf"(?P<char>{CAP}(?:\s{CAP}){{0,2}}),\s+(?:the|an?|his|her|their)\s+(?:[a-z-]+\s+){{0,4}}?"
    rf"(?:played|portrayed|voiced)\s+by\s+(?P<actor>{NAME})"
)
_CUE_STEMS.update(
    {
        _PAREN_ARTICLE_CUE: ("(a ", "(an ", "(the "),
        _PAREN_LOWER_CUE: ("(",),
        _MAKES_CUE: ("makes", "contributes"),
        _AS_LEAD_CUE: ("as ", "role of "),
        _NAMED_CUE: ("named", "called", "title role"),
        _PART_CUE: ("character", "role", "part", "alter ego"),
        _POSS_ANY_CUE: ("'s", "’s"),
    }
)
_PLAYED_BY = re.compile(
    rf"(?P<char>{CAP}(?:\s{CAP}){{0,2}}){_APPOSITIVE},?\s+(?:is\s+|was\s+)?(?:played|portrayed|voiced)\s+"
    rf"(?:[a-z]+\s+){{0,4}}?by\s+(?P<actor>{NAME})"
)
# "stars Ann Lee and Bo Day as Mark and Jessie": two actors, two parts, in order.
_PAIR_AS = re.compile(
    rf"(?P<a1>{NAME}) and (?P<a2>{NAME})\s+as\s+(?:the\s+)?(?P<c1>{CAP}(?: {CAP})?)"
    rf" and (?P<c2>{CAP}(?: {CAP})?)"
)
_POSS_NEXT = re.compile(r"['’]s?\b")
# "Megan and Joe Dayton, played by Hunt and James Belushi": two parts, two actors, in order.
_PAIR_PLAYED_BY = re.compile(
    rf"(?P<c1>{CAP}(?: {CAP})?) and (?P<c2>{CAP}(?: {CAP})?),?\s+(?:are\s+|were\s+)?"
    rf"(?:played|portrayed|voiced)\s+(?:[a-z]+\s+){{0,3}}?by\s+(?P<a1>{NAME}) and (?P<a2>{NAME})"
)
# "Kidman plays the acting head", "Eric Stoltz, who plays the role": cast, character unnamed.
_PLAYS_UNNAMED = re.compile(
    rf"(?P<name>{NAME})(?:\s+and\s+(?P<name2>{NAME}))?{_APPOSITIVE}(?:,\s*who)?\s+"
    r"(?:plays|play|played|portrays|is cast as|stars as|(?P<bare>as))\s+"
    r"(?:the|a|an|his|her|their|them)\b"
)
_DIRECTOR = re.compile(
    rf"(?:(?:co-)?directed\s+(?:(?:with|in)\s+(?:[a-z-]+\s+){{0,3}}?)?by(?:\s+the)?(?:\s+late)?|direction\s+(?:of|by)|(?:[Ww]riter-|[Cc]o-)?[Dd]irector|[Ff]ilmmakers?|"
    rf"helmed\s+by|[Aa]uteur)(?:\s+(?:is|was))?\s*,?\s+(?P<name>{NAME})"
    rf"(?:\s+and\s+(?P<name2>{NAME}))?"
)
_DIRECTOR_AFTER = re.compile(
    rf"(?:(?P<name0>{NAME})\s+and\s+)?"
    rf"(?P<name>{NAME}),?\s+(?P<who>who\s+)?(?:directs|directed|co-directed|helms|helmed)\b(?!\s+by)"
)
_THIS_FILM = re.compile(r"\s+(?:the\s+film|the\s+movie|this\s+film|this\s+movie|it)\b")
# The object of "directed": a quoted title, which may be another film.
_QUOTED_NEXT = re.compile(r"\s+[“\"‘](?P<title>[^”\"’]{1,80})[”\"’]")
# "Under Lee's assured direction", "the directing debut of Ann Lee", "Ann Lee, making her
# directorial debut": the direction itself named as someone's.
_DIRECTION_OF = re.compile(
    rf"(?P<name>{NAME})['’]s?\s+(?:[a-z-]+\s+)?(?:direction|directing)\b"
    rf"|(?:directing|directorial)\s+(?:debut|effort)\s+(?:of|for|by)\s+(?P<name2>{NAME})"
    rf"|(?P<name3>{NAME}),\s+(?:making|in)\s+(?:his|her|their)\s+(?:feature\s+)?"
    rf"(?:directing|directorial)\s+debut"
)
# "In “Summer,” Rohmer tells the story of…": the maker as the subject of the telling.
_IN_TITLE_BEFORE = re.compile(r"\b[Ii]n\s+[“\"]$")
_TITLE_MAKER_VERB = re.compile(
    rf"[,.]?[”\"],?\s+(?P<name>{NAME})\s+(?:(?:once\s+again|again|also)\s+)?"
    r"(?:tells|shows|follows|observes|examines|explores|creates|constructs|films|directs|"
    r"photographs|lets|allows|uses|sets|brings|returns|takes\s+us|gives\s+us|has\s+made|"
    r"has\s+fashioned|has\s+created|has\s+directed|has\s+told)\b"
)
# "“Alpha,” the new Ann Lee film": the reviewed title in apposition to its maker's film.
_TITLE_NEW = re.compile(
    rf"[,.]?[”\"]?,?\s+(?:is\s+)?the\s+(?:new|latest)\s+(?P<name>{NAME})\s+"
    r"(?:film|movie|picture|comedy|drama|thriller|documentary)\b"
)
# "“Alpha” is Ann Lee's latest", "“Alpha,” Ann Lee's third feature,": the title in apposition.
_TITLE_POSS_LATEST = re.compile(
    rf"[,.]?[”\"’]?,?\s+(?:is\s+|was\s+)?(?P<name>{NAME})['’]s?\s+"
    r"(?:latest|newest|new|first|second|third|fourth|fifth|sixth|debut)\b"
)
# "The director of “Alpha,” Ann Lee, …": the reviewed title named with its director.
_DIRECTOR_OF_TITLE = re.compile(
    rf"\b[Dd]irector\s+of\s+[“\"‘](?P<title>[^”\"’]{{1,80}})[”\"’],?\s+(?P<name>{NAME})"
)
_DIRECTOR_POSS = re.compile(
    rf"(?P<name>{NAME})['’]s?\s+(?:(?:[a-z-]+|[0-9]+(?:st|nd|rd|th)|(?:19|20)[0-9]{{2}})\s+){{0,3}}"
    r"(?P<noun>film|movie|picture|feature|debut|documentary|drama|comedy|thriller|western|"
    r"musical|masterpiece|adaptation|remake|sequel|epic|melodrama|satire|romance)\b"
    r"(?P<after>\s*,?\s*[“\"‘][^”\"’]{1,80}[”\"’])?"
)
_WRITER = re.compile(
    rf"(?:(?:written|scripted|co-written|adapted)(?:\s+and\s+(?:co-)?directed)?\s+by|"
    rf"(?:screenplay|script)\s+(?:is\s+|was\s+)?by|[Ss]creenwriters?|"
    rf"[Ww]riter-director|[Ww]riter/director|[Ss]cript(?:writer)?\s+by|\b[Ww]riter)\s*,?\s+"
    rf"(?P<name>{NAME})(?:\s+and\s+(?P<name2>{NAME}))?"
)
# "John Grisham, who wrote the story,", "Martin (who wrote)": the writer named as a relative.
_WHO_WROTE = re.compile(
    rf"(?P<name>{NAME})(?:,\s*|\s*\(\s*)who\s+(?:also\s+)?(?:co-)?(?:wrote|writes|adapted)"
    r"(?:\s*\)|\s+(?:the\s+(?:screenplay|script|story|original\s+screenplay)|it|this\s+film)\b)"
)
_WRITER_POSS = re.compile(rf"(?P<name>{NAME})['’]s?\s+(?:[a-z-]+\s+)?(?:screenplay|script)\b")
# "“Red Sorghum,” by Zhang Yimou": the reviewed title followed by its maker.
_TITLE_BY = re.compile(rf"[,.]?[”\"]?,?\s+(?:is\s+)?by\s+(?P<name>{NAME})")
# "three directors (Charlie Bean, Paul Fisher and Bob Logan)", "Robert Lorenz, this film's helmer"
_DIRECTORS_PAREN = re.compile(
    rf"(?:\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:co-)?director|(?:[Cc]o-)?[Dd]irectors)\s*"
    rf"\(\s*(?P<names>{NAME}(?:\s*,\s*{NAME})*(?:,?\s+and\s+{NAME})?)\s*\)"
)
# "Mick Jackson (who directed)", "“Orgazmo,” a comedy by Trey Parker", "Bonnie Hunt's “Return…”"
_WHO_DIRECTED = re.compile(rf"(?P<name>{NAME})\s*\(\s*who\s+(?:co-)?direct(?:ed|s)\b")
_TITLE_GENRE_BY = re.compile(
    rf"[,.]?[”\"]?,?\s+(?:is\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?(?:film|movie|comedy|drama|"
    rf"documentary|thriller|western|musical|feature|picture)\s+(?:by|from)\s+"
    # "a comedy by “South Park” co-creator Trey Parker": the maker's credentials come first.
    rf"(?:[“\"][^”\"]{{1,40}}[”\"]\s+)?(?:[a-z-]+\s+){{0,2}}?(?P<name>{NAME})"
)
_POSS_BEFORE = re.compile(rf"(?P<name>{NAME})['’]s?\s+(?:new\s+|latest\s+)?[“\"‘]?$")
_DIRECTOR_APPOS = re.compile(
    rf"(?P<name>{NAME}),\s+(?:this|the)\s+(?:film|movie)['’]s\s+(?:[\w-]+\s+)?(?:director|helmer)\b"
)
# "the late Melvyn Douglas", "an uninvolved Joan Chen", "a tremendously intense Jurgen Prochnow"
_LIST_ITEM_LEAD = r"(?:(?:the\s+late|an?\s+(?:[a-z]+ly\s+)?[a-z-]+)\s+)?"
# The cue's first letter is taken first and each cue checks it by a lookbehind: the same
# matches as "(?:[Ss]tarring|[Ss]tars?|…)", but the engine skips to those letters in the wide
# window (320 characters) instead of trying every cue at every character.
_ACTOR = re.compile(
    rf"[SsCcAaPpFfLl](?:(?<=[Ss])tarring|(?<=[Ss])tars?|(?<=[Cc])o-?stars?|(?<=[Aa])ctors?|"
    rf"(?<=[Aa])ctress(?:es)?|(?<=[Pp])erformances?\s+(?:by|from)|"
    rf"(?<=[Ff])eaturing|(?<=film f|ovie f)eatures|(?<=[Cc])ast(?:\s+members?)?|"
    rf"(?<=[Ll])eading\s+(?:man|lady)|"
    rf"(?<=[Pp])erformances?\s+(?:and\s+[a-z]+\s+)?of|(?<=[Pp])erformers|"
    rf"(?<=c)asting\s+of(?:\s+the)?(?:\s+[a-z]+)?\s+(?:performers|actors|actresses)|"
    rf"(?<=[Ss])upporting\s+(?:roles|parts|players)\s+"
    rf"(?:go\s+to|are\s+played\s+by|are\s+taken\s+by)|"
    rf"(?<=p)layed\s+by\s+(?:[a-z-]+\s+){{1,5}}?[a-z]+(?=\s*:))"
    rf"(?:\s*[:,]?\s+|(?<=cast|bers)\s*\(\s*)"  # "the supporting cast (…)", not "a star (…)"
    rf"(?:(?:is|was|are|were)\s+)?"  # "The leading man is Tom Hanks"
    rf"(?:(?:also\s+)?(?:including|(?:that\s+|which\s+)?includes?)\s+)?"
    rf"(?P<names>{_LIST_ITEM_LEAD}{NAME}"
    rf"(?:\s*,\s*(?:and\s+)?{_LIST_ITEM_LEAD}{NAME}){{0,8}}(?:,?\s+and\s+{_LIST_ITEM_LEAD}{NAME})?)"
)
# "Ann Lee, Bo Day and Cy Fox star": a list of two or more before a plural "star".
_ACTORS_STAR = re.compile(
    rf"(?P<names>{NAME}(?:,\s+{NAME})*,?\s+and\s+{NAME})\s+"
    r"(?:star|co-star|costar|are\s+the\s+(?:stars|leads))\b"
)
_ACTOR_AFTER = re.compile(
    rf"(?P<name>{NAME})\s+(?:stars|co-stars|costars|gives\s+an?\s+(?:[a-z-]+\s+){{0,2}}performance|"
    rf"is\s+(?:superb|wonderful|excellent|terrific|good|great|fine|remarkable|convincing)\s+as|"
    rf"has\s+an?\s+(?:[a-z-]+\s+){{0,3}}(?:role|part|cameo)|"
    rf"(?:does|did)\s+an?\s+(?:[a-z-]+\s+){{0,2}}job\s+as)\b"
)
# "the director and co-writer, Gianni Amelio", "writer and director Kirk Jones"
_MAKER_BEFORE = re.compile(
    rf"\b(?:[Ww]riter[- ]and[- ]director|[Dd]irector\s+and\s+(?:co-?)?writer|"
    rf"[Ww]riter[-/][Dd]irector)\s*,?\s+(?P<name>{NAME})"
)
# "Kirk Jones, the writer and director,", "Robert Rodriguez, the writer and director"
_MAKER_AFTER = re.compile(
    rf"(?P<name>{NAME}),\s+(?:the|its|this\s+film['’]s)\s+(?:[a-z-]+\s+)?(?P<what>"
    rf"writer\s+and\s+director|writer-director|director\s+and\s+(?:co-?)?writer|director)\b"
)
# "Billy Bob Thornton, who wrote it, directed it", "… also wrote and directed this movie"
# Scanned over the whole review: each word opens the pattern and the word-start test (a
# lookbehind over the word) follows it, so the engine skips to the words' first letters
# instead of testing a \b at every character. The same matches as "\b(?:(?:co-)?wrote…)".
_MADE_IT = re.compile(
    r"(?:co-wrote(?<!\wco-wrote)\s+and\s+directed|wrote(?<!\wwrote)\s+and\s+directed|"
    r"writes(?<!\wwrites)\s+and\s+directs|directed(?<!\wdirected)\s+it\b|"
    r"wrote(?<!\wwrote)\s+it,\s+directed)"
)
_QUOTED_BEFORE = re.compile(
    r"[“\"](?P<title>[^”\"]{1,80})[”\"],?\s*(?:\(\d{4}\),?\s*)?(?:[a-z]+\s+){0,3}$"
)
# "could inspire another movie, perhaps one directed by…", "Redford's earlier spy thriller"
_HYPOTHETICAL = re.compile(
    r"\b(?:another|earlier|previous|other)\s+(?:[a-z-]+\s+)?(?:film|movie|one)\b"
)
_EARLIER = re.compile(r"['’]s?\s+(?:[a-z-]+\s+)?(?:earlier|previous|other|next|last)\b")
_OTHER_FILM = re.compile(
    r"\b(?:original|earlier|previous|first|last|next)\s+(?:\d{4}\s+)?(?:film|movie|version|picture)\b"
)
_QUOTED_TITLE_IN = re.compile(r"[“\"](?P<title>[^”\"]{1,80})[”\"]")
_FILM_NOUN_BEFORE = re.compile(
    r"\b(?:film|movie|comedy|drama|thriller|picture|western|musical|classic|satire|"
    r"documentary|version|sequel|remake)\s+$"
)
_YEAR_NEXT = re.compile(r",?\s*\((?:19|20)\d\d\)")
# "could have been made in 1955, starring Doris Day": a cast imagined, not this film's.
_HYPOTHETICAL_CAST = re.compile(
    r"\b(?:could|would|might|should)(?:\s+not)?\s+have\s+(?:been\s+)?"
    r"(?:made|cast|starred|starring|played|filmed)\b"
)
_FILMS_BEFORE = re.compile(
    r"\b(?:films|movies|pictures|productions|co-productions|sequels|vehicles|comedies|"
    r"thrillers|westerns|musicals|dramas)\s+$"
)
# "a niece of actress Cecily Tyson": someone's kin, named with a cue word.
_KIN_OF_BEFORE = re.compile(rf"\b(?:{_KIN}|niece|nephew)\s+of\s+$")
_LIKE_VERB = re.compile(r"\b(?:we|I|you|they|who|to|would|really|[a-z]+n't)\s+like$")
_COMPARE = re.compile(
    r"\b(?:like|unlike|recalls?|recalling|reminiscent\s+of|echo(?:es|ing)?|evokes?|"
    r"homage\s+to|in\s+the\s+(?:tradition|manner|style|vein)\s+of|à\s+la|than|"
    r"compared\s+(?:to|with)|borrows?\s+from|influenced\s+by|since|ever\s+since|after)\W+(?:\w+\W+){0,3}$",
    re.IGNORECASE,
)
# Introduced as someone's kin or as the maker of other films: "the films of her husband,
# John Cassavetes", "Rowlands and her husband John Cassavetes".
_OUTSIDE_BEFORE = re.compile(
    rf"\b(?:(?:films?|movies?|work|pictures)\s+of|(?:his|her|their)\s+(?:[a-z]+\s+)?(?:{_KIN}))"
    r",?\s+$"
)
# A part, not the maker: "patriarch John McKay (Edward Coxen)", "later named as John Stevenson".
_NAMED_BEFORE = re.compile(r"\b(?:named|called|as)\s+$")
_PAREN_AFTER = re.compile(r"\s*\(")
_KIN_BEFORE = re.compile(rf"\b(?:his|her|their)\s+(?:[a-z]+\s+)?(?:{_KIN}),?\s+$")
# Between the items of a list of names: "Ann Lee, Bo Day and the late Cy Fox";
# "… and a drag queen played by Cy Fox" ends such a list too.
_LIST_GAP = re.compile(
    r"\s*,\s*(?:and\s+)?(?:the\s+late\s+)?|,?\s+and\s+(?:the\s+late\s+)?"
    r"|,?\s+and\s+(?:an?|the)\s+(?:[a-z-]+\s+){0,4}?(?:played|portrayed|voiced)\s+by\s+"
)
# Opens with a literal space so the regex engine skips ahead to it.
_MIDSENTENCE_CHAR = re.compile(
    rf" (?<=[a-z,;] )(?P<name>{CAP})(?=\s+(?:is|was|has|had|seems|wants|tells|says|and\s+his|"
    rf"and\s+her)\b|['’]s\s+[a-z])"
)
_KIN_NAME = re.compile(rf"\b(?:{_KIN})\s+(?P<name>{CAP})\b(?!\s+{CAP})")
# Every kin word starts with one of these literals ("fianc[eé]e?" with "fianc").
_KIN_STEMS = tuple(sorted({w.split("[")[0] for w in _KIN.split("|")}))


def _kin_names(text: str) -> Iterator[re.Match[str]]:
    """What ``_KIN_NAME.finditer(text)`` finds, the pattern tried only where a kin word is
    (found with str.find): over a whole review it cost more than the rest of its rule."""
    end = 0
    for p in sorted({i for stem in _KIN_STEMS for i in _find_all(text, stem)}):
        if p >= end and (m := _KIN_NAME.match(text, p)):
            end = m.end()
            yield m


@dataclass(frozen=True)
class PeopleExtractor:
    name: str = "prose-people"
    version: str = "1.0"

    def __call__(self, doc: Doc) -> None:
        if not doc.film:
            self._mentions_only(doc)
            return
        anchors = _anchors(doc.text)  # cue positions shared by both passes, found once each
        self._characters(doc, anchors)
        self._roles(doc, anchors)
        self._possessive_parts(doc, anchors)
        self._coordinated_cast(doc)
        self._strongest_directors(doc)
        self._mentions_only(doc)
        self._discussed_actors(doc)
        self._minor_characters(doc)

    # -- helpers ---------------------------------------------------------------------------
    def _person_like(self, doc: Doc, name: str, *, cued: bool) -> bool:
        lex = doc.lexicon
        tokens = name.replace(",", "").split()
        if any(t in lex.common or t in lex.demonyms for t in tokens if t not in lex.first_names):
            # A known full name may hold a common word; so may "Claire Danes" after a cue,
            # a given name then a people's name.
            odd = [
                t
                for t in tokens[1:]
                if t not in lex.first_names and (t in lex.common or t in lex.demonyms)
            ]
            surname = odd == tokens[-1:] and odd[0] in lex.demonyms and tokens[0] in lex.first_names
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
        return cued or tokens[0] in lex.first_names or all(t in lex.name_tokens for t in tokens)

    def _after_other_title(self, doc: Doc, pos: int) -> bool:
        """The cue follows a quoted title other than the reviewed film's."""
        m = _QUOTED_BEFORE.search(doc.text, max(0, pos - 100), pos)
        return bool(m and doc.film and not self._same_film(doc, m["title"]))

    def _same_film(self, doc: Doc, title: str) -> bool:
        """A quoted title is the reviewed film's."""
        if not doc.film:
            return False
        # Compared without spaces and punctuation: "She'sthe One" is "She's the One" glued;
        # a review shortens a long title ("Bert Rigby" for "Bert Rigby, You're a Fool").
        quoted, film = _letters(title), _letters(doc.film)
        return quoted == film or (len(film) >= 6 and quoted.startswith(film))

    def _strongest_directors(self, doc: Doc) -> None:
        """When a plain cue ("directed by X") names the director, a possessive guess
        ("Pinter's “The Homecoming”") is more likely the author of something else."""
        directors = doc.claims_for_film(Relation.DIRECTOR)
        if not directors or max(c.confidence for c in directors) < 0.85:
            return
        weak = {id(c) for c in directors if c.confidence < 0.8}
        for claim in directors:
            if id(claim) in weak:
                doc.roles.get(claim.object, set()).discard(Relation.DIRECTOR)
        doc.claims[:] = [c for c in doc.claims if id(c) not in weak]

    def _is_cast(self, doc: Doc, name: str) -> bool:
        name, _ = self._clean(doc, squash(name), 0)
        full = self._full_name(doc, name) if len(name.split()) == 1 else name
        return full is not None and Relation.ACTOR in doc.roles.get(full, set())

    def _other_film(self, doc: Doc, pos: int) -> bool:
        """The sentence is about another film: "In the original 1980 movie, … (Brooke Shields)"."""
        s, e = doc.sentence_at(pos)
        text = doc.text
        if _OTHER_FILM.search(text, s, e) or _HYPOTHETICAL_CAST.search(text, s, pos):
            return True
        # "His 1982 comedy “Victor/Victoria” starred Julie Andrews as …": a film named before
        # the cue in the same sentence, and not this one (a quoted nickname is no film).
        titles = [
            t["title"]
            for t in _QUOTED_TITLE_IN.finditer(text, s, pos)
            if _FILM_NOUN_BEFORE.search(text, max(s, t.start() - 14), t.start())
            or _YEAR_NEXT.match(text, t.end())
        ]
        return bool(titles) and not any(self._same_film(doc, t) for t in titles)

    def _compared(self, doc: Doc, start: int) -> bool:
        # Within the sentence: "“Fools” is a movie like that. Jason Robards plays …".
        window = doc.text[max(0, start - 40, doc.sentence_at(start)[0]) : start]
        m = _COMPARE.search(window)
        # "we like the way Kirk Jones…": "like" the verb compares nothing.
        return bool(m) and not (m and _LIKE_VERB.search(window, 0, m.start() + 4))

    def _clean(self, doc: Doc, name: str, start: int) -> tuple[str, int]:
        """Drop capitalised non-name words a name pattern swept up: "In Jane Campion"."""
        tokens = name.split(" ")
        while len(tokens) > 1 and (
            (tokens[0] in doc.lexicon.common and tokens[0] not in doc.lexicon.first_names)
            or tokens[0] in ("The", "A", "An", "In", "And", "But", "As", "Advertisement")
        ):
            start += len(tokens[0]) + 1
            tokens = tokens[1:]
        return " ".join(tokens), start

    def _full_name(self, doc: Doc, name: str) -> str | None:
        """A one-word name as the full name it stands for in this review, if unambiguous."""
        if name in doc.lexicon.people:
            return name
        owners = {n for n in self._people_in(doc) if n.split()[-1] == name}
        return owners.pop() if len(owners) == 1 else None

    def _people_in(self, doc: Doc) -> set[str]:
        if doc.full_names is None:
            doc.full_names = set()
            for start, _, found in doc.name_runs():
                name, _ = self._clean(doc, squash(found), start)
                if len(name.split()) >= 2 and self._person_like(doc, name, cued=False):
                    doc.full_names.add(name)
        return doc.full_names

    def _role(
        self,
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
        name, start = self._clean(doc, squash(name), start)
        one_name = False
        if len(name.split()) == 1:
            full = self._full_name(doc, name)
            one_name = full is None and mononym and _MONONYM.fullmatch(name) is not None
            if full is None and not one_name:
                return
            name = full or name
        if one_name:
            if name in doc.lexicon.common or doc.lexicon.place(name) or name == doc.film:
                return
        elif not self._person_like(doc, name, cued=True):
            return
        if self._compared(doc, start):
            return
        if role is Relation.ACTOR and self._other_film(doc, start):
            return
        assert doc.film is not None
        doc.mention(Kind.PERSON, name, start, end, conf)
        if not doc.has_claim(role, name):
            doc.claim(role, doc.film, name, start, end, conf)

    def _cast(
        self,
        doc: Doc,
        char: str,
        actor: str,
        start: int,
        end: int,
        conf: float,
        *,
        kin: bool = False,
    ) -> None:
        assert doc.film is not None
        char, actor = squash(char), squash(actor)
        actor, _ = self._clean(doc, actor, start)
        if len(actor.split()) == 1:
            full = self._full_name(doc, actor)
            if full is None:
                return
            actor = full
        if char == actor or (char in doc.lexicon.common and not kin):
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

    # -- passes ----------------------------------------------------------------------------
    def _characters(self, doc: Doc, anchors: Callable[[re.Pattern[str]], list[int]]) -> None:
        text = doc.text
        parens = anchors(_OPEN_PAREN)
        for m in near(_CHAR_PAREN, text, parens, before=120, after=80):
            outer, inner = m["outer"], squash(m["inner"])
            kin = m["kin"]
            if outer and outer.split()[0] in ("The", "A", "An"):
                outer = " ".join(outer.split()[1:]) or None
            if outer is None and kin is None:
                continue
            if len(inner.split()) == 1:
                # "Sadie Shelton (Midler)": the surname of someone named in full is the actor.
                full = self._full_name(doc, inner)
                if full and full != outer and len(full.split()) >= 2:
                    inner = full
            if outer and (doc.lexicon.place(outer) or outer in doc.lexicon.demonyms):
                # "his oldest friend from New Orleans (Ronnie Barron)": the place is no part.
                if len(inner.split()) >= 2:
                    self._role(doc, Relation.ACTOR, inner, m.start("inner"), m.end("inner"), 0.75)
                continue
            inner_person = self._person_like(doc, inner, cued=True) and len(inner.split()) >= 2
            outer_person = (
                outer is not None
                and len(outer.split()) >= 2
                and self._person_like(doc, outer, cued=False)
            )
            # "Jane Craig (Holly Hunter)": the name in brackets is the actor, as reviews write it.
            if inner_person and (
                not outer_person or inner in doc.lexicon.people or outer not in doc.lexicon.people
            ):
                char = outer or kin.capitalize()
                self._cast(doc, char, inner, m.start(), m.end(), 0.9, kin=outer is None)
                if m["nick"] and outer:
                    nick = squash(m["nick"])
                    ns = m.start("nick")
                    doc.mention(Kind.CHARACTER, nick, ns, ns + len(nick), 0.9)
                    doc.claim(Relation.CHARACTER, doc.film or "", char, ns, ns + len(nick), 0.9)
                    doc.characters.setdefault(char, inner)
                    self._alias(doc, char, nick)
            elif (
                outer_person
                and outer
                and not inner_person
                and _CHARACTER_NAME.fullmatch(inner)
                and not doc.lexicon.place(inner)
            ):
                self._cast(doc, inner, outer, m.start(), m.end(), 0.85)
        for m in near(_PAIR_PAREN, text, parens, before=80, after=80):
            for c, a in (("c1", "a1"), ("c2", "a2")):
                if self._person_like(doc, squash(m[a]), cued=True):
                    self._cast(doc, m[c], m[a], m.start(), m.end(), 0.85)
        for m in near(_PLAYED_PAREN, text, parens, before=80, after=80):
            actor = squash(m["actor"])
            if m["char"] and m["char"] not in doc.lexicon.common:
                self._cast(doc, m["char"], actor, m.start(), m.end(), 0.85)
            else:
                self._role(doc, Relation.ACTOR, actor, m.start("actor"), m.end("actor"), 0.8)
        for m in near(_ROLE_PAREN, text, parens, before=80, after=80):
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
                    if len(inner.split()) >= 2 or (inner and self._full_name(doc, inner)):
                        self._role(doc, Relation.ACTOR, inner, m.start(group), m.end(group), 0.75)
        for m in near(_NAMED_PLAYED_BY, text, anchors(_PLAYED_BY_CUE), before=120, after=60):
            self._cast(doc, m["char"], m["actor"], m.start(), m.end(), 0.85)
        for m in near(_PLAYED_BY_ANY, text, anchors(_PLAYED_BY_CUE), before=120, after=60):
            self._role(doc, Relation.ACTOR, m["name"], m.start("name"), m.end("name"), 0.8)
        for m in near(_PLAYS_UNNAMED, text, anchors(_AS_ROLE_CUE), before=160, after=40):
            if _SUCH_BEFORE.search(
                text, max(0, m.start() - 12), m.start()
            ) or _MAKER_AFTER_AS.match(text, m.end()):
                continue  # "such stars as …", "given Altman as the director"
            if m["bare"] and "," in text[m.end("name") : m.start("bare")]:
                continue  # "seen by Russell, however, as a lurid world": no part is played
            for group in ("name", "name2"):
                if m[group]:
                    self._role(doc, Relation.ACTOR, m[group], m.start(group), m.end(group), 0.75)
        pairs: set[int] = set()
        # Only an "as" with an "and" shortly before it can join two pairs.
        pair_as = [p for p in anchors(_AS_NAME_CUE) if text.find(" and ", max(0, p - 60), p) >= 0]
        for m in near(_PAIR_AS, text, pair_as, before=120, after=60):
            if not self._compared(doc, m.start()):
                for c, a in (("c1", "a1"), ("c2", "a2")):
                    if m[c] not in doc.lexicon.common and not doc.lexicon.place(m[c]):
                        self._cast(doc, m[c], m[a], m.start(), m.end(), 0.85)
                pairs.add(m.start("a2"))
        for m in near(_ACTOR_AS, text, anchors(_AS_NAME_CUE), before=160, after=60):
            if m.start("actor") in pairs:
                continue  # "Ann Lee and Bo Day as Mark and Jessie": not Bo Day as Mark
            actor, char = self._clean(doc, squash(m["actor"]), 0)[0], squash(m["char"])
            place = doc.lexicon.place(char)
            if char in doc.lexicon.demonyms or _POSS_NEXT.match(text, m.end("char")):
                # "George Englund as the Appalachian", "Sean Penn as Lucy's dad, Sam": cast,
                # and the part is not the name after "as"
                # "George Englund as the Appalachian": cast, the part has no name
                self._role(doc, Relation.ACTOR, actor, m.start("actor"), m.end("actor"), 0.75)
                continue
            # "turns up here as Kansas": a character may be named after a state or city.
            if (
                self._person_like(doc, actor, cued=False)
                and not self._compared(doc, m.start())
                and (place is None or place.kind in ("city", "region", "district"))
                and char not in doc.lexicon.common
            ):
                self._cast(doc, char, actor, m.start(), m.end(), 0.85)
        for m in near(_AS_CHAR_FIRST, text, anchors(_AS_LEAD_CUE), before=20, after=100):
            self._cast_if_person(doc, m)
        for m in near(_PLAYS_NAMED, text, anchors(_NAMED_CUE), before=200, after=60):
            self._cast_if_person(doc, m)
        for m in near(_MAKES_A, text, anchors(_MAKES_CUE), before=110, after=50):
            self._cast_if_person(doc, m)
        named = [
            p
            for p in anchors(_PAREN_ARTICLE_CUE)
            if text.find("named ", p, p + 50) >= 0 or text.find("called ", p, p + 50) >= 0
        ]
        for m in near(_PAREN_NAMED, text, named, before=60, after=60):
            self._cast_if_person(doc, m)
        lower_parens = anchors(_PAREN_LOWER_CUE)
        described = [p for p in lower_parens if _PAREN_DESC_QUICK.match(text, p)]
        for m in near(_PAREN_DESCRIBED, text, described, before=60, after=80):
            self._cast_if_person(doc, m)
        playing = [p for p in lower_parens if text.startswith(("(playing ", "(as "), p)]
        for m in near(_PAREN_PLAYING, text, playing, before=60, after=80):
            char = squash(m["char"])
            if char not in doc.lexicon.common and not doc.lexicon.place(char):
                self._cast(doc, char, m["actor"], m.start(), m.end(), 0.8)
        for m in near(_APPOS_PLAYED_BY, text, anchors(_PLAYED_BY_CUE), before=100, after=60):
            self._cast_if_person(doc, m)
        # Only brackets after a lower-case word ("a beautiful princess (").
        after_word = [
            p
            for p in parens
            if text[max(0, p - 2) : p].rstrip()[-1:].islower()
            and text.find(", ", max(0, p - 70), p) >= 0
        ]
        for m in near(_APPOS_PAREN, text, after_word, before=100, after=60):
            self._cast_if_person(doc, m, cued=len(m["actor"].split()) >= 2)
        for m in near(_PLAYED_BY_NAMED, text, anchors(_PLAYED_BY_CUE), before=20, after=120):
            self._role(doc, Relation.ACTOR, m["name"], m.start("name"), m.end("name"), 0.75)
        # Only where "is/was [adverb] adjective" comes right before the "as".
        is_as = [p for p in anchors(_AS_ROLE_CUE) if _IS_ADJ_BEFORE.search(text, max(0, p - 40), p)]
        for m in near(_IS_ADJ_AS, text, is_as, before=160, after=30):
            if not _MAKER_AFTER_AS.match(text, m.end()):  # "is skilled as a director"
                self._role(doc, Relation.ACTOR, m["name"], m.start("name"), m.end("name"), 0.7)
        paired: set[int] = set()
        for m in near(_PAIR_PLAYED_BY, text, anchors(_PLAYED_BY_CUE), before=80, after=80):
            for c, a in (("c1", "a1"), ("c2", "a2")):
                if m[c] not in doc.lexicon.common:
                    self._cast(doc, m[c], m[a], m.start(), m.end(), 0.85)
            paired.add(m.start("a1"))
        for m in near(_PLAYED_BY, text, anchors(_PLAYED_BY_CUE), before=60, after=80):
            if m.start("actor") in paired:
                continue  # "Megan and Joe, played by Hunt and Belushi": not Joe by Hunt
            actor, char = self._clean(doc, squash(m["actor"]), 0)[0], squash(m["char"])
            single_ok = len(actor.split()) == 1 and self._full_name(doc, actor)
            if (self._person_like(doc, actor, cued=True) or single_ok) and (
                char not in doc.lexicon.common
            ):
                self._cast(doc, char, actor, m.start(), m.end(), 0.85)

    def _cast_if_person(self, doc: Doc, m: re.Match[str], *, cued: bool = False) -> None:
        """A cast pairing found by a pattern with ``actor`` and ``char`` groups, when the actor
        looks like a person, the part does not, and no comparison is being made. ``cued``:
        the actor is in brackets after the part, where reviews put actors' names."""
        actor, char = self._clean(doc, squash(m["actor"]), 0)[0], squash(m["char"])
        if (
            self._person_like(doc, actor, cued=cued)
            and char not in doc.lexicon.common
            and char not in doc.lexicon.people
            and not doc.lexicon.place(char)
            and not self._compared(doc, m.start())
        ):
            self._cast(doc, char, actor, m.start(), m.end(), 0.8)

    def _possessive_parts(self, doc: Doc, anchors: Callable[[re.Pattern[str]], list[int]]) -> None:
        text = doc.text
        found = [
            *near(_POSS_PART, text, anchors(_PART_CUE), before=60, after=60),
            *near(_PART_POSS, text, anchors(_POSS_ANY_CUE), before=60, after=80),
        ]
        for m in found:
            actor, char = self._clean(doc, squash(m["actor"]), 0)[0], squash(m["char"])
            if len(actor.split()) == 1:
                actor = self._full_name(doc, actor) or actor
            if (
                Relation.ACTOR in doc.roles.get(actor, ())
                and char != actor
                and char not in doc.lexicon.common
                and char not in doc.lexicon.people
                and not doc.lexicon.place(char)
                and char.split()[-1] not in actor.split()
            ):
                self._cast(doc, char, actor, m.start(), m.end(), 0.75)

    def _coordinated_cast(self, doc: Doc) -> None:
        """Names listed with a cast member are cast too: "Fonda and Jason Robards make it
        real", "conversations with Ann Lee, Bo Day and a nurse played by Cy Fox"."""
        cast = {n for n, roles in doc.roles.items() if Relation.ACTOR in roles}
        if not cast:
            return
        # Lists are grown only around names that end in a cast member's last name.
        cast_words = {n.split()[-1] for n in cast}
        runs = doc.name_runs()
        text = doc.text

        def joined(k: int) -> str | None:
            """The gap between run k and run k + 1, when it joins two items of a list."""
            if k < 0 or k + 1 >= len(runs) or runs[k + 1][0] - runs[k][1] > 60:
                return None
            gap = _LIST_GAP.fullmatch(text, runs[k][1], runs[k + 1][0])
            return gap.group(0) if gap else None

        # Seeds: runs ending in a cast member's last name, found with str.find, not a loop
        # over every capitalised run of the review.
        ends = [e for _, e, _ in runs]
        seeds = set()
        for word in cast_words:
            at = text.find(word)
            while at >= 0:
                k = bisect_left(ends, at + len(word))
                if k < len(runs) and ends[k] == at + len(word):
                    seeds.add(k)
                at = text.find(word, at + 1)
        done = -1
        for seed in sorted(seeds):
            if seed <= done:
                continue
            i = j = seed
            has_and = False
            while (gap := joined(i - 1)) is not None:
                has_and, i = has_and or "and" in gap, i - 1
            while (gap := joined(j)) is not None:
                has_and, j = has_and or "and" in gap, j + 1
            group, done = runs[i : j + 1], j
            if len(group) < 2 or not has_and:
                continue
            items = []
            for start, end, found in group:
                name, s = self._clean(doc, squash(found), start)
                full = self._full_name(doc, name) if len(name.split()) == 1 else name
                items.append((full, s, end))
            if not any(f and Relation.ACTOR in doc.roles.get(f, ()) for f, _, _ in items):
                continue
            if self._compared(doc, group[0][0]) or self._other_film(doc, group[0][0]):
                continue  # "unlike Ann Lee and Bo Day", "in the original film, …"
            for full, s, end in items:
                if full is None or full in doc.characters or doc.roles.get(full):
                    continue  # a part, or a maker: "directed by Ann Lee and starring Bo Day"
                self._role(doc, Relation.ACTOR, full, s, end, 0.7)

    def _alias(self, doc: Doc, char: str, nick: str) -> None:
        doc.aliases.setdefault((Kind.CHARACTER, char), set()).add(nick)

    def _roles(self, doc: Doc, anchors: Callable[[re.Pattern[str]], list[int]]) -> None:
        text = doc.text
        for m in near(_DIRECTOR, text, anchors(_DIRECTOR_CUE), before=40, after=80):
            if self._after_other_title(doc, m.start()) or _HYPOTHETICAL.search(
                text, max(0, m.start() - 60), m.start()
            ):
                continue  # "“The Tailor of Panama,” directed by John Boorman": another film
            self._role(
                doc, Relation.DIRECTOR, m["name"], m.start("name"), m.end("name"), 0.9, mononym=True
            )
            if re.match(r"[Ww]riter[-/][Dd]irector", text[max(0, m.start() - 7) : m.end()][:15]):
                self._role(doc, Relation.WRITER, m["name"], m.start("name"), m.end("name"), 0.9)
            if m["name2"]:
                self._role(
                    doc, Relation.DIRECTOR, m["name2"], m.start("name2"), m.end("name2"), 0.85
                )
        for m in near(_DIRECTOR_AFTER, text, anchors(_DIRECTOR_CUE), before=80, after=20):
            other = None if m["who"] else _QUOTED_NEXT.match(text, m.end())
            if other and not self._same_film(doc, other["title"]):
                continue  # "Ingmar Bergman directed “Persona” in 1966"
            # "Costa-Gavras, who directed the film,": as strong as "directed by".
            this = bool(m["who"] and _THIS_FILM.match(text, m.end()))
            for group in ("name0", "name"):
                if m[group]:
                    self._role(
                        doc,
                        Relation.DIRECTOR,
                        m[group],
                        m.start(group),
                        m.end(group),
                        0.85 if this else 0.75,
                        mononym=True,
                    )
        of_title = [p for p in anchors(_DIRECTOR_CUE) if text.startswith("irector of ", p + 1)]
        for m in near(_DIRECTOR_OF_TITLE, text, of_title, before=10, after=120):
            if self._same_film(doc, m["title"]):
                self._role(doc, Relation.DIRECTOR, m["name"], m.start("name"), m.end("name"), 0.85)
        for m in near(_DIRECTION_OF, text, anchors(_DIRECTOR_CUE), before=80, after=60):
            group = next(g for g in ("name", "name2", "name3") if m[g])
            if self._after_other_title(doc, m.start()) or self._compared(doc, m.start()):
                continue
            self._role(doc, Relation.DIRECTOR, m[group], m.start(group), m.end(group), 0.75)
        for m in near(_DIRECTOR_POSS, text, anchors(_POSSESSIVE_CUE), before=80, after=150):
            after = m["after"]
            if after and doc.film and doc.film not in after:
                continue  # "Truffaut's film “Jules and Jim”": another film
            if self._is_cast(doc, m["name"]) or _EARLIER.search(m.group(0)):
                continue  # "Bruce Lee's last movie", "Redford's earlier spy thriller"
            self._role(doc, Relation.DIRECTOR, m["name"], m.start("name"), m.end("name"), 0.7)
        for title in _spellings(doc.film):
            at = text.find(title)
            while at >= 0:
                # Only the quoted title: not "Body Snatchers" in "Invasion of the Body Snatchers".
                quoted = at > 0 and text[at - 1] in "“\"'‘"
                end = at + len(title)
                by = (
                    (_TITLE_BY.match(text, end) or _TITLE_GENRE_BY.match(text, end))
                    if quoted
                    else None
                )
                if by:
                    self._role(
                        doc, Relation.DIRECTOR, by["name"], by.start("name"), by.end("name"), 0.8
                    )
                told = (
                    _TITLE_MAKER_VERB.match(text, end)
                    if quoted and _IN_TITLE_BEFORE.search(text, max(0, at - 8), at)
                    else None
                )
                if told and not self._is_cast(doc, told["name"]):
                    self._role(
                        doc,
                        Relation.DIRECTOR,
                        told["name"],
                        told.start("name"),
                        told.end("name"),
                        0.7,
                    )
                latest = _TITLE_POSS_LATEST.match(text, end) if quoted else None
                if latest and not self._is_cast(doc, latest["name"]):
                    self._role(
                        doc,
                        Relation.DIRECTOR,
                        latest["name"],
                        latest.start("name"),
                        latest.end("name"),
                        0.75,
                    )
                new = _TITLE_NEW.match(text, end) if quoted else None
                if new and not self._is_cast(doc, new["name"]):
                    self._role(
                        doc,
                        Relation.DIRECTOR,
                        new["name"],
                        new.start("name"),
                        new.end("name"),
                        0.75,
                    )
                p = _POSS_BEFORE.search(text, max(0, at - 60), at)
                if p:
                    self._role(
                        doc, Relation.DIRECTOR, p["name"], p.start("name"), p.end("name"), 0.75
                    )
                at = text.find(title, at + 1)
        for m in near(_DIRECTORS_PAREN, text, anchors(_DIRECTOR_CUE), before=30, after=200):
            for n in NAME_RE.finditer(m["names"]):
                s = m.start("names") + n.start()
                self._role(doc, Relation.DIRECTOR, n.group(0), s, s + len(n.group(0)), 0.85)
        for m in near(
            _WHO_DIRECTED,
            text,
            anchors(_OPEN_PAREN),
            before=60,
            after=30,
        ):
            self._role(doc, Relation.DIRECTOR, m["name"], m.start("name"), m.end("name"), 0.85)
        for m in near(_MAKER_BEFORE, text, anchors(_DIRECTOR_CUE), before=60, after=80):
            for rel in (Relation.DIRECTOR, Relation.WRITER):
                self._role(doc, rel, m["name"], m.start("name"), m.end("name"), 0.85)
        for m in near(_MAKER_AFTER, text, anchors(_DIRECTOR_CUE), before=90, after=40):
            rels = [Relation.DIRECTOR] + ([Relation.WRITER] if "writer" in m["what"] else [])
            for rel in rels:
                self._role(doc, rel, m["name"], m.start("name"), m.end("name"), 0.85)
        for m in _MADE_IT.finditer(text):
            s, _ = doc.sentence_at(m.start())
            subject = next(
                (
                    n
                    for n in NAME_RE.finditer(text, s, m.start())
                    if self._person_like(doc, self._clean(doc, n.group(0), 0)[0], cued=True)
                ),
                None,
            )
            if subject is not None and not self._after_other_title(doc, m.start()):
                rels = [Relation.DIRECTOR] + ([Relation.WRITER] if "wr" in m.group(0) else [])
                for rel in rels:
                    self._role(doc, rel, subject.group(0), subject.start(), subject.end(), 0.75)
        for m in near(_DIRECTOR_APPOS, text, anchors(_FILMS_CUE), before=80, after=40):
            self._role(doc, Relation.DIRECTOR, m["name"], m.start("name"), m.end("name"), 0.8)
        for m in near(_WRITER_POSS, text, anchors(_WRITER_CUE), before=80, after=20):
            self._role(doc, Relation.WRITER, m["name"], m.start("name"), m.end("name"), 0.75)
        who_wrote = [p for p in anchors(_WRITER_CUE) if text.find("who ", max(0, p - 16), p) >= 0]
        for m in near(_WHO_WROTE, text, who_wrote, before=80, after=40):
            if not self._after_other_title(doc, m.start()):
                self._role(doc, Relation.WRITER, m["name"], m.start("name"), m.end("name"), 0.85)
        for m in near(_WRITER, text, anchors(_WRITER_CUE), before=40, after=120):
            if self._after_other_title(doc, m.start()):
                continue  # "If “Forrest Gump” had been written by William Faulkner"
            self._role(doc, Relation.WRITER, m["name"], m.start("name"), m.end("name"), 0.85)
            if m["name2"]:
                self._role(doc, Relation.WRITER, m["name2"], m.start("name2"), m.end("name2"), 0.8)
            if re.search(r"[Ww]riter[-/][Dd]irector", m.group(0)):
                self._role(doc, Relation.DIRECTOR, m["name"], m.start("name"), m.end("name"), 0.9)
        for m in near(_ACTOR, text, anchors(_ACTOR_CUE), before=40, after=320):
            if _KIN_OF_BEFORE.search(text, max(0, m.start() - 30), m.start()):
                continue
            if _FILMS_BEFORE.search(text, max(0, m.start() - 30), m.start()):
                continue  # "a series of co-productions starring Ann Lee": other films
            for n in NAME_RE.finditer(m["names"]):
                s = m.start("names") + n.start()
                if n.group(0) not in ("And",):
                    self._role(doc, Relation.ACTOR, n.group(0), s, s + len(n.group(0)), 0.8)
        for m in near(_ACTORS_STAR, text, anchors(_STAR_VERB_CUE), before=200, after=30):
            for n in NAME_RE.finditer(m["names"]):
                s = m.start("names") + n.start()
                self._role(doc, Relation.ACTOR, n.group(0), s, s + len(n.group(0)), 0.75)
        for m in near(_ACTOR_AFTER, text, anchors(_ACTOR_AFTER_CUE), before=80, after=80):
            self._role(doc, Relation.ACTOR, m["name"], m.start("name"), m.end("name"), 0.75)

    def _mentions_only(self, doc: Doc) -> None:
        """Names that look like people but carry no role toward the film."""
        seen = {m.name for m in doc.mentions if m.kind is Kind.PERSON}
        for start, end, found in doc.name_runs():
            name = squash(found)
            if name in seen or name in doc.characters:
                continue
            tokens = name.split()
            if tokens and tokens[0] in doc.lexicon.common and len(tokens) > 2:
                name = " ".join(tokens[1:])
            if self._person_like(doc, name, cued=False):
                doc.mention(Kind.PERSON, name, start, end, 0.6)
                seen.add(name)
        # Surnames of people already found ("Balagov shoves…") become mentions resolution joins.
        # Every full name per surname, in a fixed order: taken from the set alone, which of
        # two namesakes won depended on the hash seed, and so did the mentions made.
        surnames: dict[str, list[str]] = {}
        for n in sorted(seen):
            if len(n.split()) >= 2:
                surnames.setdefault(n.split()[-1], []).append(n)
        if surnames:
            for m in _SURNAME_CANDIDATE.finditer(doc.text):
                fulls = surnames.get(m.group(1))
                if fulls is None:
                    continue
                before = doc.text[max(0, m.start() - 1) : m.start()]
                inside = any(doc.text[max(0, m.end() - len(f)) : m.end()] == f for f in fulls)
                if not inside and before != "-":
                    doc.mention(Kind.PERSON, m.group(1), m.start(), m.end(), 0.8)

    def _discussed_actors(self, doc: Doc) -> None:
        """A known actor named in full and then talked about by surname, with no cue at all
        ("Lee Marvin … Marvin can act"), is cast: critics discuss the cast that way, while
        a name dropped in passing or in a comparison is not taken up again by surname."""
        surname_uses: dict[str, int] = {}
        candidates: set[str] = set()
        for m in doc.mentions:
            if m.kind is Kind.PERSON:
                if " " not in m.name:
                    surname_uses[m.name] = surname_uses.get(m.name, 0) + 1
                elif not doc.roles.get(m.name) and (
                    m.name in doc.lexicon.actors or m.name in doc.lexicon.directors
                ):
                    candidates.add(m.name)
        candidates = {
            n
            for n in candidates
            if surname_uses.get(n.split()[-1], 0) >= 2 and n not in doc.characters
        }
        if not candidates:
            return
        text = doc.text
        directed = bool(doc.claims_for_film(Relation.DIRECTOR))
        for start, end, found in doc.name_runs():
            name, s = self._clean(doc, squash(found), start)
            if name in candidates:
                candidates.discard(name)
                before = text[max(0, s - 50) : s]
                if name in doc.lexicon.actors:
                    if not _OUTSIDE_BEFORE.search(before):
                        self._role(doc, Relation.ACTOR, name, s, end, 0.6)
                elif (
                    not directed
                    and not _KIN_BEFORE.search(before)
                    and not _NAMED_BEFORE.search(before)
                    and not _PAREN_AFTER.match(text, end)
                ):
                    # A director discussed by surname ("the films of David Lynch … Lynch
                    # wraps his violence in humor") when no cue named another.
                    self._role(doc, Relation.DIRECTOR, name, s, end, 0.6)

    def _minor_characters(self, doc: Doc) -> None:
        """Characters named without an actor: "their son David", "but Rafa is…"."""
        known_tokens = {t for m in doc.mentions if m.kind is Kind.PERSON for t in m.name.split()}
        known_chars = {t for c in doc.characters for t in c.split()}
        aliases = {a for names in doc.aliases.values() for a in names}
        for matches, conf in (
            (_kin_names(doc.text), 0.7),
            (_MIDSENTENCE_CHAR.finditer(doc.text), 0.55),
        ):
            for m in matches:
                name = m["name"]
                lex = doc.lexicon
                if (
                    name in known_tokens
                    or name in known_chars
                    or name in aliases
                    or name in lex.common
                    or name in lex.honorifics
                    or lex.place(name)
                    or name == doc.film
                    or any(c.startswith(name) or name.startswith(c) for c in doc.characters)
                ):
                    continue
                doc.mention(Kind.CHARACTER, name, m.start("name"), m.end("name"), conf)
                if doc.film and not doc.has_claim(Relation.CHARACTER, name):
                    doc.claim(
                        Relation.CHARACTER, doc.film, name, m.start("name"), m.end("name"), conf
                    )
                    doc.characters[name] = None
                    known_chars.add(name)
