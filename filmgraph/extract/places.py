"""Where the story is set (narrative location), where it was shot, and when it is set.

A place counts as the setting only when a cue says so ("set in", "takes place in", "the story
happened in the city of"); a place merely named ("north of the Georgian border") does not.
The containing region and country come from the text ("Kabardino-Balkaria Republic of the
Russian North Caucasus") and from the shipped gazetteer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..model import Kind, Relation
from .doc import Doc
from .lexicon import Lexicon, PlaceEntry
from .text import CAP

__all__ = ["PlaceExtractor"]

_PLACE_NAME = rf"(?:the\s+)?{CAP}(?:[ ](?:of\s+|de\s+|the\s+)?{CAP}){{0,4}}"
# The cues open with one character class, the word start and the rest checked after it: a
# first item that is a class lets the regex engine skip ahead to those letters instead of
# trying the whole alternation at every position of the review.
_SETTING_CUE = re.compile(
    # (glued text writes "isset in" for "is set in")
    r"[SsTtUuHhLlGg](?:(?<!\w\w)|(?<=\biss)|(?<=\bwass))(?:(?<=[Ss])(?:et|tory)|(?<=[Tt])(?:akes?|ook)\s*place|"
    r"(?<=[Uu])nfolds?|(?<=[Hh])appen(?:s|ed|ing)?|(?<=[Ll])(?:ocated|ives?|iving|ife)|"
    r"(?<=[Gg])r(?:ew|ows|owing)\s+up)\s+"
    r"(?:(?:almost\s+)?(?:entirely|mostly|largely|mainly|partly)\s+)?"
    # "takes place over one long night in Harlem", "is set during the war in Korea"
    r"(?:(?:over|during)\s+(?:[\w'-]+\s+){1,4}?)?"
    r"(?:(?:there\s+)?(?:in|on|at|inside|around|near)\s+)"
    r"(?:(?:the\s+)?(?:early\s+|late\s+|mid-?)?\d{2,4}(?:st|nd|rd|th|s)?(?:[\s-]+century)?\s+)?"
    r"(?:(?:the\s+)?(?:city|town|village|streets|"
    r"suburbs|outskirts|capital|region|state|republic|province|county|slums)\s+of\s+)?"
    # "takes place in pre-revolutionary China", "set in present-day New York".
    r"(?:(?!(?:an?|the)\s)(?:[a-z]+-)*[a-z]+\s+(?=[A-Z]))?"
)
# "set in a British village": the country of a demonym.
_DEMONYM_AFTER = re.compile(rf"(?:an?|the)\s+(?:[a-z]+\s+)?(?P<demonym>{CAP})\s+[a-z]")
# Where a place is named for the film's life, not its story: festivals, release, biography.
_NOT_STORY = re.compile(
    r"\b(?:festival|premiere[sd]?|box[- ]office|theaters?|theatres?|studios?|"
    r"born|critics?|magazine|newspaper|released?|screening|screened|audiences?|distribut\w*|"
    r"playing|shot|filmed|filming|location|lives?\s+in\s+real|reviewed|reviewer|awards?|"
    r"retrospective)\b",
    re.IGNORECASE,
)
_CAP_BEFORE = re.compile(rf"{CAP}\s$")
_FUNCTION_BEFORE = re.compile(r"(?:^|[.!?]\s+|\b(?:In|At|From|To|Of|The))\s$")
_CAP_AFTER = re.compile(rf"['’]?s?\s+{CAP}")
_AND_AFTER = re.compile(r"\s+(?:and|or)\b")
# "a Paris cafe", "his Miami jail cell": the place as a setting of something in the story.
_PLACE_NOUN_AFTER = re.compile(
    # one modifier may come between: "a Manhattan department store", "a Park City ski chalet"
    r",?\s+(?:(?!(?:is|was|are|were|has|had|and|or|but|to|of|in|on|for|with|as|that|the|an?|who|"
    r"which|where|when|while|after|before|since|because)\b)[a-z]+\s+)?"
    r"(?:cafe|café|apartment|street|streets|neighborhood|neighbourhood|house|home|hotel|"
    r"restaurant|bar|school|hospital|jail|prison|office|suburb|flat|firm|church|club|slum|"
    r"tenement|precinct|farm|ranch|village|town|district|diner|motel|courtroom|shop|store|"
    r"nightclub|cop|policeman|detective|housewife|lawyer|businessman|gangster|mobster|socialite|"
    r"family|teenager|kid|high\s+school|police|waterfront|docks|subway|underworld|ghetto|"
    r"neighbor|suburbia|boarding\s+house|hotel\s+room|society|mansion|penthouse|chalet|cabin|lodge|"
    r"resort|casino|store|architect|zoo|cabbie|waitress|hooker|prostitute|hustler|bartender|"
    r"tenement|loft|bakery|deli|saloon|brothel|bookstore|warehouse|factory|mill|mine|station)s?\b"
)
_PLACE_NAME_RE = re.compile(_PLACE_NAME)
_NON_SPACE = re.compile(r"\S+")
# Capitalised runs where gazetteer places are looked up: "Kabardino-Balkaria", "New York City".
_CAP_RUN = re.compile(r"[A-Z][\w.'’-]*(?:[ ](?:of |de |the )?[A-Z][\w.'’-]*)*")
# Places that stand for an industry or a festival far more often than for a story's setting.
# An American critic names America for its audience, not as a setting.
_METONYMS = frozenset(
    {"Hollywood", "Cannes", "Sundance", "Telluride", "Bollywood", "United States"}
)
# Places of a story that a demonym can locate: "a French provincial capital", "an Irish village".
_LOCALE_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:village|town|city|capital|countryside|port|hamlet|island|suburb)s?\b"
)
_ARTICLES = frozenset({"a", "an", "the"})
_ARTICLE_BEFORE = re.compile(r"\b(?:an?|the)\s+(?:[a-z]+\s+)?$")
# A quoted title: capitalised words and the small words titles leave in lower case.
_TITLE_REACH = 50
_TITLE_CASE = re.compile(
    r"(?:[A-Z0-9][\w'’.-]*|of|the|a|an|to|in|on|at|and|or|for|from|with|by)"
    r"(?:[ ,]+(?:[A-Z0-9][\w'’.-]*|of|the|a|an|to|in|on|at|and|or|for|from|with|by))*"
)
# "a base north of Las Vegas": the place only locates another.
_COMPASS_OF = re.compile(r"\b(?:north|south|east|west)(?:east|west)?\s+of\s+(?:the\s+)?$")
# "a Hong Kong kung fu epic", "Australian New Wave films": where a film comes from.
_FILM_NOUN_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}(?:films?|movies?|epics?|cinema|filmmak\w*|directors?|studios?|"
    r"industry|critics?|audiences?|premieres?|box[- ]office)\b"
)
# A place after a name and "of" belongs to the name: "Gordon Quinn of Chicago".
_NAME_OF = re.compile(rf"{CAP}\s+of\s+(?:the\s+)?$")
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$")
# The critic's own life ("the same Chicago church where I got married"), not the story's.
_FIRST_PERSON = re.compile(r"(?<![\w.])(?<!War )(?:I|my)\s+[a-z]")  # not "World War I and"
_STORY_PREP = re.compile(
    r"(?:\b(?:in|into|to|at|on|across|around|through|outside|near|of|back\s+to|visits?|visiting|"
    r"(?:movie|film|documentary|story|tale)\s+(?:is\s+)?about)\s+"
    r"(?:[a-z]+-[a-z]+\s+)?"
    # "on the streets of Naples", "returns to his home town of Lodi"
    r"(?:the\s+|(?:his|her|their)\s+(?:home\s?town|native\s+\w+)\s+of\s+)?"
    r"(?:(?:streets|city|heart)\s+of\s+)?)$"
)
# The characters' own movements and homes name the story's place even for a country or a
# place that usually stands for an industry ("they return to America", "she moves to
# Hollywood"): a verb of living or moving, then the place.
_POSSESSIVE = re.compile(r"['’]s$")
_PEOPLE = (Relation.ACTOR, Relation.DIRECTOR, Relation.WRITER)
_STORY_VERB_BEFORE = re.compile(
    r"\b(?:lives?|lived|living|moves?|moved|moving|arrives?|arrived|arriving|grew\s+up|"
    r"grows\s+up|growing\s+up|settles?|settled|emigrates?|emigrated|stranded|exiled?|stationed|"
    r"relocates?|relocated|transferred)\s+(?:back\s+|out\s+|here\s+)?(?:in|to|into)\s+(?:the\s+)?$"
)
# "in Beirut, where she is a nurse": a place the sentence goes on to tell the story in.
_WHERE_AFTER = re.compile(r",\s+where\s+(?!the\s+(?:film|movie|picture)\b)\w")
# "Chicago's mean streets", "the city's back alleys": the place's own parts, where a story goes.
_POSSESSIVE_LOCALE = re.compile(
    r"['’]s?\s+(?:[a-z]+\s+){0,2}?(?:streets|neighbou?rhoods?|slums|suburbs|underworld|docks|"
    r"waterfront|alleys|alleyways|tenements|ghettos?|outskirts|nightclubs|bars|rooftops|"
    r"housing\s+projects|projects|barrios?|sidewalks|backstreets|precincts?)\b"
)
# "from X" is where a character comes from. That is the story's place when the story is told
# there ("a girl from London who..."), but not when the sentence brings them in from elsewhere:
# "a lawyer from Moscow arrives", "Earl visits from Detroit", "the visiting official from Dublin".
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$")
_ARRIVAL = re.compile(
    r"\b(?:arriv(?:e|es|ed|ing|al)|visit(?:s|ed|ing|or|ors)?|comes|came|coming|flies|flew|"
    r"(?:shows?|showed|turns?|turned)\s+up|called\s+in|returns?|returned|newcomer)\b",
    re.IGNORECASE,
)
_IN_CITY_OF = re.compile(
    r"[Ii](?<!\w\w)(?i:n\s+the\s+(?:city|town|village|capital|republic)\s+of\s+)"
)
_FILMED_CUE = re.compile(
    r"[FfSsPpLl](?<!\w\w)(?i:(?<=f)ilmed|(?<=s)hot|(?<=p)hotographed|(?<=l)ensed)\s+"
    r"(?i:(?:(?:entirely|mostly|largely|partly|mainly)\s+)?(?:on\s+location\s+)?"
    r"(?:(?:entirely|mostly|largely|partly|mainly)\s+)?(?:in|on|at|around)\s+"
    r"(?:and\s+around\s+)?(?:the\s+)?)"
)
# Other ways reviews say where a story happens, checked just before or after each gazetteer
# place (cheaper than scanning the review once per phrasing): "a village in Czechoslovakia",
# "a boarding school in Nazi-occupied France" (a place of the story, then where it is);
_LOCALE_IN = re.compile(
    r"(?<![\w-])(?:village|town|city|suburb|neighbou?rhood|school|hospital|prison|farm|ranch|"
    r"apartment|community|island|port|slum|ghetto|hamlet|backwater|outpost|shop|store|cafe|hotel|"
    r"house|bar|restaurant|chalet|cabin|casino|exile|mansion|tenement)s?\s+"
    r"(?:in|outside|near|on\s+the\s+outskirts\s+of)\s+(?:the\s+)?(?:[A-Z][a-z]+-occupied\s+)?$"
)
# "1950s London", "in 1930s Berlin": a decade before a place dates the story there;
_DECADE_BEFORE = re.compile(r"(?<!\w)((?:1[5-9]|20)[0-9]0s)\s+$")
# "The movie opens in Houston", "the story begins in Lyon";
_OPENS_IN = re.compile(
    r"(?:movie|film|story|picture|tale)\s+(?:opens|begins|starts)\s+(?:in|on|at)\s+(?:the\s+)?$"
)
# ... unless the sentence is about the release: "The film opens in Chicago on Friday".
_RELEASE = re.compile(
    r"\b(?:theaters?|theatres?|cinemas?|screens?|release[sd]?|festival|nationwide|locally|today|"
    r"tomorrow|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|week(?:end)?|Music\s+Box|January|"
    r"February|March|April|June|July|August|September|October|November|December)\b"
)
# "As the movie opens, the Marshalls move to Alabama" is the story; "it opened in Chicago last
# week" is the release.
_OPENING = re.compile(r"\bopen(?:s|ed|ing)\b", re.IGNORECASE)


def _not_story(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` is about the film's life, not its story."""
    if _NOT_STORY.search(text, start, end):
        return True
    return bool(_OPENING.search(text, start, end) and _RELEASE.search(text, start, end))


# "a Paris-set romance".
_SET_SUFFIX = re.compile(r"-set\b")
_PART_OF = re.compile(
    rf"(?P<child>{CAP}(?:[ ]{CAP}){{0,3}})(?:\s+(?:Republic|Region|Province|Oblast))?"
    rf"\s+(?:of|in)\s+the\s+(?P<demonym>{CAP}\s+)?(?P<parent>{CAP}(?:\s{CAP}){{0,3}})"
)
# "in 1998", "in the summer of 1942", "in the late 1950s" (a decade keeps its "s"). Years are
# found by their digits, whose first character lets the regex engine skip ahead, and the
# words before them checked in a short window.
_YEAR = re.compile(r"[12](?<!\w\w)(?:(?<=1)[5-9]|(?<=2)0)\d(?:0s|\d)\b")
_YEAR_BEFORE = re.compile(
    r"\b(?:in|of|during|circa|around)\s+(?:the\s+(?:summer|winter|spring|fall|autumn)\s+of\s+|"
    r"the\s+(?:early\s+|late\s+|mid-?)?)?$"
)
_YEAR_NOT_AFTER = re.compile(r"\s*(?:film|movie|version|remake)")
# A time stated right where the story's setting is: "is set in 1748", "takes place in the 1950s".
_CUE_TIME_WINDOW = 60
_CLAUSE_END = re.compile(r"[.;!?]")
_YEAR_PLACE = re.compile(
    rf"([12](?<!\w\w)(?:(?<=1)[5-9]|(?<=2)0)\d\d)\s+(?P<place>{CAP}(?:\s{CAP}){{0,2}})"
)
_TIME_CUE = re.compile(
    r"\b(?:set|takes?\s+place|happen(?:s|ed)?|living|lives|story|tale|unfolds|begins|opens)\b",
    re.IGNORECASE,
)


def _in_quoted_title(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies inside a quoted Title Case phrase (a film's or a
    book's title), not a quoted line of dialogue."""
    before = text[max(0, start - _TITLE_REACH) : start]
    opening = max(before.rfind("“"), before.rfind('"'))
    if opening < 0 or before.rfind("”") > opening:
        return False
    after = text[end : end + _TITLE_REACH]
    closing = min((i for i in (after.find("”"), after.find('"')) if i >= 0), default=-1)
    if closing < 0:
        return False
    title = before[opening + 1 :] + text[start:end] + after[:closing]
    return _TITLE_CASE.fullmatch(title.strip(" ,.!?")) is not None


_NAMESAKES: dict[int, dict[str, list[str]]] = {}


def _namesakes(lexicon: Lexicon) -> dict[str, list[str]]:
    """Rows the gazetteer qualifies in brackets, by the place the plain name stands for:
    "Georgia" → ["Georgia (U.S. state)"], "Washington, D.C." → ["Washington (state)"].
    Worked out once per gazetteer."""
    found = _NAMESAKES.get(id(lexicon.places))
    if found is None:
        found = {}
        for name in lexicon.place_names:
            plain, bracket, _ = name.partition(" (")
            usual = lexicon.place(plain) if bracket else None
            if usual is not None and usual.name != name:
                found.setdefault(usual.name, []).append(name)
        _NAMESAKES[id(lexicon.places)] = found
    return found


def _is_town(lexicon: Lexicon, name: str) -> bool:
    entry = lexicon.place_names.get(name)
    return entry is not None and entry.kind in ("city", "district")


def _with_ancestors(places: dict[str, PlaceEntry], names: set[str]) -> set[str]:
    out = set(names)
    todo = list(names)
    while todo:
        entry = places.get(todo.pop())
        for parent in entry.parents if entry else ():
            if parent not in out:
                out.add(parent)
                todo.append(parent)
    return out


def _years(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Spans of the years and decades in ``text[start:end]`` that a preposition introduces
    and that do not name another film ("the 1998 version")."""
    for m in _YEAR.finditer(text, start, end):
        if _YEAR_BEFORE.search(text, max(start, m.start() - 40), m.start()) and not (
            _YEAR_NOT_AFTER.match(text, m.end())
        ):
            yield m.start(), m.end()


def _place_mentions(text: str, lexicon: Lexicon) -> Iterator[tuple[PlaceEntry, int, int, str]]:
    """Every gazetteer place named in ``text``, longest name first within a capitalised run."""
    place = lexicon.place
    for run in _CAP_RUN.finditer(text):
        found = run.group(0)
        if " " not in found:  # most runs are one word: one lookup, no splitting
            # "a Rome-set romance", "Chicago's streets"
            surface = _POSSESSIVE.sub("", found.rstrip(".,'’").removesuffix("-set"))
            entry = place(surface) if len(surface) > 2 else None
            if entry is not None:
                yield entry, run.start(), run.start() + len(surface), surface
            continue
        words = [(w.start(), w.end()) for w in _NON_SPACE.finditer(found)]
        i = 0
        while i < len(words):
            for j in range(min(len(words), i + 4), i, -1):
                start, end = run.start() + words[i][0], run.start() + words[j - 1][1]
                surface = _POSSESSIVE.sub("", text[start:end].rstrip(".,'’"))
                entry = place(surface) if surface[:1].isupper() else None
                if entry is not None and len(surface) > 2:
                    yield entry, start, start + len(surface), surface
                    i = j
                    break
            else:
                i += 1


@dataclass(frozen=True)
class PlaceExtractor:
    name: str = "places"
    version: str = "1.0"

    def __call__(self, doc: Doc) -> None:
        if not doc.film:
            return
        text = doc.text
        settings: list[str] = []
        setting_cues = list(_SETTING_CUE.finditer(text))
        for cue in (*setting_cues, *_IN_CITY_OF.finditer(text)):
            found = self._place_at(doc, cue.end())
            if found:
                entry, start, end = found
                self._setting(doc, entry, start, end, Relation.SETTING, 0.85)
                settings.append(entry.name)
        for cue in setting_cues:
            window = _CLAUSE_END.split(text[cue.start() : cue.start() + _CUE_TIME_WINDOW], 1)[0]
            for start, end in _years(text, cue.start(), cue.start() + len(window)):
                self._time(doc, text[start:end], start, end, 0.8)
                break
        for m in _YEAR_PLACE.finditer(text):
            town = doc.lexicon.place(m["place"])
            if town and town.kind in ("city", "region", "district"):
                self._setting(doc, town, m.start("place"), m.end("place"), Relation.SETTING, 0.7)
                settings.append(town.name)
                self._time(doc, m.group(1), m.start(1), m.end(1), 0.7)
        for cue in _FILMED_CUE.finditer(text):
            found = self._place_at(doc, cue.end())
            if found:
                entry, start, end = found
                self._setting(doc, entry, start, end, Relation.FILMING_LOCATION, 0.85)
        for m in _PART_OF.finditer(text) if settings else ():
            child = doc.lexicon.place(m["child"])
            parent = doc.lexicon.place(m["parent"])
            if child and parent and child.name != parent.name and child.name in settings:
                self._contained(doc, child.name, parent.name, m.start(), m.end(), 0.8)
                demonym = (m["demonym"] or "").strip()
                country = doc.lexicon.demonyms.get(demonym)
                if country and country != parent.name:
                    self._contained(doc, parent.name, country, m.start(), m.end(), 0.7)
        for cue in setting_cues:
            dm = _DEMONYM_AFTER.match(text, cue.end())
            country = dm and doc.lexicon.demonyms.get(dm["demonym"])
            land = doc.lexicon.place_names.get(country) if dm and country else None
            if dm and land:
                self._setting(
                    doc, land, dm.start("demonym"), dm.end("demonym"), Relation.SETTING, 0.7
                )
                settings.append(land.name)
        settings.extend(self._demonym_locales(doc, set(settings)))
        mentions = list(_place_mentions(text, doc.lexicon))
        settings.extend(self._phrased_places(doc, mentions, set(settings)))
        settings.extend(self._story_places(doc, mentions, set(settings)))
        if settings:
            self._time_setting(doc)

    def _demonym_locales(self, doc: Doc, known: set[str]) -> list[str]:
        """ "a French provincial capital", "an Irish village": the country of the demonym.
        The capitalised runs are found once per review and shared with the people rules."""
        text = doc.text
        demonyms = doc.lexicon.demonyms
        out: list[str] = []
        for start, end, run in doc.name_runs():
            word = run.rpartition(" ")[2]
            country = demonyms.get(word)
            if country is None or not _LOCALE_AFTER.match(text, end):
                continue
            lead = run[: len(run) - len(word)].strip().lower()
            if lead not in _ARTICLES and not (
                not lead and _ARTICLE_BEFORE.search(text, max(0, start - 25), start)
            ):
                continue
            land = doc.lexicon.place_names.get(country)
            if land is None or land.name in known or land.name in out or land.kind == "continent":
                continue
            if _not_story(text, *doc.sentence_at(start)):
                continue
            self._setting(doc, land, end - len(word), end, Relation.SETTING, 0.6)
            out.append(land.name)
        return out

    def _phrased_places(
        self, doc: Doc, mentions: list[tuple[PlaceEntry, int, int, str]], known: set[str]
    ) -> list[str]:
        """Settings stated in passing: "a village in X", "1950s X", "opens in X", "X-set"."""
        text = doc.text
        out = []
        for entry, start, end, _ in mentions:
            if entry.name in known or entry.name in out or entry.name in _METONYMS:
                continue
            if entry.kind in ("continent", "landmark"):
                continue
            window = max(0, start - 80)
            decade = None
            if _OPENS_IN.search(text, window, start):
                if _RELEASE.search(text, *doc.sentence_at(start)):
                    continue
            elif not (
                _LOCALE_IN.search(text, window, start)
                or (decade := _DECADE_BEFORE.search(text, window, start))
                or _SET_SUFFIX.match(text, end)
            ) or _not_story(text, *doc.sentence_at(start)):
                continue
            if decade:  # "1950s London": the time too
                self._time(doc, decade.group(1), decade.start(1), decade.end(1), 0.7)
            self._setting(doc, entry, start, end, Relation.SETTING, 0.7)
            out.append(entry.name)
        return out

    def _story_places(
        self, doc: Doc, mentions: list[tuple[PlaceEntry, int, int, str]], known: set[str]
    ) -> list[str]:
        """Places the story keeps returning to: named twice in story sentences, or once
        after a preposition of place, and not as part of a name ("Jack London"); when nothing
        surer is found, a place the characters live in or move to, or one named three times."""
        text = doc.text
        found: dict[str, list[tuple[int, int, int]]] = {}
        story: dict[tuple[int, int], bool] = {}  # sentence → not about the film's release
        origins: set[str] = set()  # places someone arrives from
        surnames = {
            c.object.rpartition(" ")[2]
            for c in doc.claims
            if c.relation in _PEOPLE and " " in c.object
        }
        froms: set[tuple[int, str]] = set()  # other "from X" mentions
        for entry, m_start, m_end, surface in mentions:
            if entry.kind in ("continent", "landmark"):
                continue
            if surface in doc.characters or surface in surnames:
                continue  # a character called Kansas; "played by Phoenix"
            before = text[max(0, m_start - 40) : m_start]
            after = text[m_end : m_end + 20]
            cap = _CAP_BEFORE.search(before)
            if cap and not _FUNCTION_BEFORE.search(before):
                if cap.group(0).strip() not in doc.lexicon.common:
                    continue  # "Denzel Washington", "Jack London"
                before = before[: cap.start()]  # "to Nazi Germany": what comes before "Nazi"
            if _CAP_AFTER.match(after) and not _AND_AFTER.match(after):
                continue  # "the Boston Globe", "Paris Review", "London Film Festival"
            if _in_quoted_title(text, m_start, m_end):
                continue  # another film's title: "Last Exit to Brooklyn"
            if _BY_BEFORE.search(before):
                continue  # who did something, not where: "a hit record by Chicago"
            if _NAME_OF.search(before):
                continue  # "Gordon Quinn of Chicago", "the University of Illinois"
            if _COMPASS_OF.search(before) or _FILM_NOUN_AFTER.match(after):
                continue  # "north of Las Vegas" locates elsewhere; "a Hong Kong kung fu epic"
            sentence = doc.sentence_at(m_start)
            if sentence not in story:
                story[sentence] = not (
                    _not_story(text, *sentence) or _FIRST_PERSON.search(text, *sentence)
                )
            if not story[sentence]:
                continue
            # 2: the characters live or move there, 1: a preposition of place, 0: named
            if (
                _STORY_VERB_BEFORE.search(before)
                or _WHERE_AFTER.match(after)
                or _POSSESSIVE_LOCALE.match(text, m_end)
            ):
                prep = 2
            elif entry.name in _METONYMS:
                continue  # named for the industry or the audience, not as a story's place
            elif _FROM_BEFORE.search(before):
                if _ARRIVAL.search(text, *sentence):
                    origins.add(entry.name)  # someone comes in from elsewhere: not the setting
                    continue
                froms.add((m_start, entry.name))
                prep = 1
            else:
                prep = int(bool(_STORY_PREP.search(before) or _PLACE_NOUN_AFTER.match(after)))
            found.setdefault(entry.name, []).append((m_start, m_end, prep))
        out = []
        salient: list[tuple[PlaceEntry, list[tuple[int, int, int]]]] = []
        for name, hits in found.items():
            if name in known:
                continue
            if name in origins:  # "the official from Dublin" again, once he is known to visit
                hits = [h for h in hits if (h[0], name) not in froms]
                if not hits:
                    continue
            entry = doc.lexicon.place_names[name]
            namesakes = _namesakes(doc.lexicon).get(name)
            if namesakes:  # Georgia the state, not the country, in a story set in Savannah
                # what the towns named lie in ("Long Island" does not decide New York)
                towns = {n for n in {*found, *known} - {name} if _is_town(doc.lexicon, n)}
                nearby = _with_ancestors(doc.lexicon.place_names, towns)
                if name not in nearby:  # Manhattan keeps "New York" the city
                    entry = next(
                        (doc.lexicon.place_names[n] for n in namesakes if n in nearby), entry
                    )
            country = entry.kind == "country"
            if (len(hits) >= 2 and (not country or any(p for _, _, p in hits))) or (
                len(hits) == 1 and hits[0][2] and not country
            ):
                start, end, _ = hits[0]
                conf = 0.7 if len(hits) >= 2 else 0.55
                self._setting(doc, entry, start, end, Relation.SETTING, conf)
                out.append(entry.name)
            elif len(hits) >= 3 or any(p == 2 for _, _, p in hits):
                salient.append((entry, hits))
        # A country named once as the characters' home, or a place named three times, is the
        # setting only of a review that says nothing surer about where its story is.
        for entry, hits in salient if not (known or out) else ():
            start, end, _ = next((h for h in hits if h[2] == 2), hits[0])
            self._setting(doc, entry, start, end, Relation.SETTING, 0.55)
            out.append(entry.name)
        return out

    def _place_at(self, doc: Doc, pos: int) -> tuple[PlaceEntry, int, int] | None:
        m = _PLACE_NAME_RE.match(doc.text, pos)
        if not m:
            return None
        words = m.group(0)
        # Try the longest known prefix: "Kabardino-Balkaria Republic of the Russian…".
        parts = words.split()
        for n in range(len(parts), 0, -1):
            candidate = " ".join(parts[:n])
            entry = doc.lexicon.place(candidate)
            if entry:
                # The span leaves out a leading "the": evidence is the name itself.
                start = m.start() + (4 if words.lower().startswith("the ") and n > 1 else 0)
                return entry, start, m.start() + len(candidate)
        return None

    def _setting(
        self, doc: Doc, entry: PlaceEntry, start: int, end: int, rel: Relation, conf: float
    ) -> None:
        assert doc.film is not None
        doc.mention(Kind.PLACE, entry.name, start, end, conf)
        if not doc.has_claim(rel, entry.name):
            doc.claim(rel, doc.film, entry.name, start, end, conf)
        self._ancestors(doc, entry, start, end)

    def _ancestors(self, doc: Doc, entry: PlaceEntry, start: int, end: int) -> None:
        """The gazetteer's hierarchy above a place, each step a claim of its own."""
        seen = {entry.name}
        todo = [entry]
        while todo:
            place = todo.pop()
            for parent in place.parents:
                self._contained(doc, place.name, parent, start, end, 0.95)
                pentry = doc.lexicon.place_names.get(parent)
                if pentry and pentry.name not in seen and pentry.kind != "continent":
                    seen.add(pentry.name)
                    todo.append(pentry)

    def _contained(self, doc: Doc, child: str, parent: str, start: int, end: int, c: float) -> None:
        if (
            doc.lexicon.place_names.get(parent, None)
            and doc.lexicon.place_names[parent].kind == "continent"
        ):
            return
        if not doc.has_claim(Relation.CONTAINED_IN, parent, child):
            doc.mention(Kind.PLACE, parent, start, end, c)
            doc.claim(Relation.CONTAINED_IN, child, parent, start, end, c)

    def _time(self, doc: Doc, year: str, start: int, end: int, conf: float) -> None:
        assert doc.film is not None
        if not doc.has_claim(Relation.TIME_SETTING, year):
            doc.claim(Relation.TIME_SETTING, doc.film, year, start, end, conf)

    def _time_setting(self, doc: Doc) -> None:
        """Years in sentences that tell the story's time ("The story happens in 1998")."""
        text = doc.text
        cued: dict[tuple[int, int], bool] = {}
        for start, end in _years(text, 0, len(text)):
            sentence = doc.sentence_at(start)
            if sentence not in cued:
                cued[sentence] = _TIME_CUE.search(text, *sentence) is not None
            if cued[sentence]:
                self._time(doc, text[start:end], start, end, 0.75)
