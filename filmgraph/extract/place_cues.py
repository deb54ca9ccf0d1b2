"""The phrasings and filters the setting rules of :mod:`.places` read.

Each pattern says where a review names a story's place ("set in", "a cop in Detroit") or where
a place is named for something else (a festival, another film's title, the critic's own life).
Kept apart from the extractor so that the rules themselves stay readable in one sitting.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from ..model import Relation
from .lexicon import Lexicon, PlaceEntry
from .qualified_places import qualified_place
from .text import CAP, find_all

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
# Every word _SETTING_CUE can open on, in lower case: "liv" for "lives" and "living". The
# pattern is tried only where one stands (text.stem_matches), not at each S, T, U, H, L or G.
SETTING_STEMS = (
    "set", "story", "take", "took", "unfold", "happen", "located", "liv", "life", "grew", "grow",
)  # fmt: skip


# "The setting is Lisbon", "The film's setting is a village in Portugal": found from the
# literal "setting is" (a pattern opening on "\b(?:The|Its…)" was tried at every character).
_SETTING_IS = re.compile(r"(?:setting|locale)\s+is\s+(?:(?:the\s+)?(?:city|town|village)\s+of\s+)?")
_SETTING_IS_BEFORE = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]he\s+(?:film|movie|story)['’]s)\s+$")


def _setting_is(text: str) -> list[re.Match[str]]:
    """Each "The setting is" cue, ending where the place's name starts."""
    out = []
    for word in ("setting is", "locale is"):
        for at in find_all(text, word):
            m = _SETTING_IS.match(text, at)
            if m and _SETTING_IS_BEFORE.search(text, max(0, at - 30), at):
                out.append(m)
    return out


# "set in a British village": the country of a demonym.
_DEMONYM_AFTER = re.compile(rf"(?:an?|the)\s+(?:[a-z]+\s+)?(?P<demonym>{CAP})\s+[a-z]")
# A trip planned or missed is not a place the story goes: "a business trip to Des Moines",
# "her flight to Caracas", "plans to leave for Paris".
_DESTINATION_BEFORE = re.compile(
    # "on a trip to Bermuda" is the story
    r"\b(?:business\s+trip|flight|flights|ticket|tickets|(?:leave|leaves|leaving)\s+for|"
    r"bound\s+for)\s+(?:back\s+)?(?:to\s+)?(?:the\s+)?$"
)
_CAP_BEFORE = re.compile(rf"{CAP}\s$")
_FUNCTION_BEFORE = re.compile(r"(?:^|[.!?]\s+|\b(?:In|At|From|To|Of|The))\s$")
_CAP_AFTER = re.compile(rf"['’]?s?\s+{CAP}")
_AND_AFTER = re.compile(r"\s+(?:and|or)\b")
# "a Paris cafe", "his Miami jail cell": the place as a setting of something in the story.
_PLACE_NOUN_AFTER = re.compile(
    # the place's own abbreviated state may come first: "a Washington, D.C., station"
    r"(?:,\s+[A-Z][A-Za-z.]{0,5}\.,?)?"
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
    r"tenement|loft|bakery|deli|saloon|brothel|bookstore|warehouse|factory|mill|mine|station|"
    # the people who live there: "a Detroit nurse", "a Chicago man"
    r"nurse|doctor|teacher|schoolteacher|reporter|journalist|banker|widow|widower|surgeon|"
    r"student|priest|judge|mayor|stripper|dancer|boxer|gang|mob|firefighter|fireman|gambler|"
    r"pimp|couple|girl|boy|woman|man|teen|cabdriver|drifter|shopkeeper|salesman|mechanic|"
    r"thief|crook|burglar|pickpocket|con\s+man|heiress|merchant|"
    # more of a town's rooms and buildings: "a Tucson jailhouse", "a Peckham supermarket"
    # ("a gas station" is "station" after a modifier)
    r"jailhouse|supermarket|gym|barbershop|pub|tavern|courthouse|newsroom|laundromat|"
    r"pawnshop|bodega|mall|salon|garage|airport|trailer\s+park|junkyard|pool\s+hall|"
    r"dance\s+hall|banquet\s+hall|wedding\s+hall|brownstone|walk-up|tower\s+block|"
    r"housing\s+project)s?\b"
)
# "the film's Detroit", "the movie's Paris": the place as the film shows it.
_FILMS_PLACE_BEFORE = re.compile(r"\b(?:film|movie|story|picture)['’]s\s+$")
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
    r"\s+(?:[a-z]+\s+)?(?:village|town|city|capital|countryside|port|hamlet|island|suburb|"
    r"coast|coastline|desert|jungle|province|seaside|outback|highlands|mountains|valley|"
    # not a restaurant, cafe or bar: "a French restaurant" is a cuisine, anywhere
    r"prison|jail|farm|farmhouse|estate|manor|villa|chateau|château|monastery|convent)s?\b"
)
# "a French family", "an Irish cop": people of a nation, most of them living in it.
_PEOPLE_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:family|families|cop|cops|policeman|detective|inspector|housewife|"
    r"farmer|villagers|peasants?|townspeople|teenagers?|schoolgirl|schoolboy|fisherman|"
    # not soldiers or officers: armies fight abroad
    r"fishermen|widow|shopkeeper|clerk|bureaucrat)\b"
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
    # not "Manhattan and the film remembers": the words between are a film's kind
    r"\s+(?:(?!(?:and|or|but|the|an?|as|when|where|while|until|before|after|so)\b)[a-z-]+\s+)"
    r"{0,2}(?:films?|movies?|epics?|cinema|filmmak\w*|directors?|studios?|"
    r"industry|critics?|audiences?|premieres?|box[- ]office)\b"
)
# A place after a name and "of" belongs to the name: "Gordon Quinn of Chicago".
_NAME_OF = re.compile(rf"{CAP}\s+of\s+(?:the\s+)?$")
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$")
# Which part of a land, or which time of it: "in rural Portugal", "in czarist Russia". A
# land named with one is where people live, not where a film is released.
_GEO_ADJECTIVE = (
    r"(?:rural|northern|southern|eastern|western|central|north|south|east|west|coastal|"
    r"remote|provincial|occupied|war-torn|postwar|wartime|colonial|medieval|feudal|czarist|"
    r"communist|fascist|contemporary|present-day)"
)
_PART_OF_LAND_BEFORE = re.compile(rf"\b(?:[Ii]n|of|[Aa]cross|through)\s+{_GEO_ADJECTIVE}\s+$")
_STORY_PREP = re.compile(
    r"(?:\b(?:in|In|into|to|at|At|on|On|across|Across|around|through|outside|near|within|of|back\s+to|visits?|"
    r"visiting|"
    # a character's movement with the place as its object: "she flees Havana", "roams Rome"
    r"leaves|left|leaving|flees|fled|fleeing|escapes|escaped|reaches|reached|enters|entered|"
    r"roams|roamed|roaming|patrols|patrolled|explores|explored|tours|toured|crosses|crossed|"
    r"invades|invaded|terrori[sz]es|terrori[sz]ed|"
    r"(?:movie|film|documentary|story|tale)\s+(?:is\s+)?about)\s+"
    rf"(?:[a-z]+-[a-z]+\s+|{_GEO_ADJECTIVE}\s+)?"
    # "on the streets of Naples", "returns to his home town of Lodi"
    r"(?:the\s+|(?:his|her|their)\s+(?:home\s?town|native\s+\w+)\s+of\s+)?"
    r"(?:(?:streets|sidewalks|alleys|city|heart|outskirts|suburbs|slums|docks)\s+of\s+)?)$"
)
# "in Berlin, Beirut and Hong Kong", "in Porpoise Spit, Australia": the preposition before a
# list of places, or a town and its country, reaches every one of them.
_LIST_BEFORE = re.compile(
    r"\b(?:in|into|to|at|across|around|through|near|within)\s+(?:the\s+)?"
    r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:,\s+|,?\s+(?:and|or)\s+)){1,4}$"
)
# A place the characters are in, not one they are sent to or come from ("sent back to France").
_INSIDE_BEFORE = re.compile(
    r"\b(?:in|across|around|through|throughout|inside|all\s+over|roams|roaming|crosses|"
    rf"crossing|tours|touring|explores|exploring|patrols|patrolling)\s+(?:{_GEO_ADJECTIVE}\s+)?$"
)
# "the Boston of the 1970s", "the Paris of his youth": a place in the story's time.
_THE_BEFORE = re.compile(r"\bthe\s+$")
_ERA_AFTER = re.compile(
    r"\s+of\s+(?:the\s+(?:early\s+|late\s+|mid-?)?(?P<decade>(?:1[5-9]|20)\d0s)|"
    r"(?:his|her|their)\s+(?:youth|childhood|boyhood|girlhood))\b"
)
# Places a review names with what they are, whether or not the gazetteer knows them: "the
# Irish hamlet of Tullymore", "a town called Bedford Falls"; "in Porpoise Spit, Australia".
_LOCALE_OF = re.compile(
    r"(?<![\w-])(?:town|village|hamlet|city|island|county|port|community|colony|suburb|"
    # "the kingdom of Ruritania", "the nation of Panem": made-up lands no gazetteer holds (not
    # "land": "the land of Lincoln" is a man's)
    r"kingdom|principality|duchy|grand\s+duchy|realm|republic|nation|empire|province|"
    # "the brothels of Echo City": a town's parts, where a story goes
    r"streets|alleys|slums|brothels|saloons|docks|outskirts|suburbs|backstreets)\s+"
    # "The village is called Montegrigio", "The resort is Sankt Aurelien"
    r"(?:of|called|named|(?P<is>is|was)(?:\s+(?:called|named))?)\s+$"
)
# "a fishing village in County Mayo, on the west coast of Ireland, called Carrigeen": the
# place it lies in comes between the locale and its name.
_LOCALE_IN_CALLED = re.compile(
    r"(?<![\w-])(?:town|village|hamlet|city|island|port|community|suburb|settlement|outpost)\s+"
    r"(?:in|on|near|outside|off)\s+[^.;:!?()“”\"]{2,80}?,?\s+(?:called|named)\s+$"
)
# "a dusty cattle town", "The village": the article, up to two words, maybe a nation's word
_LOCALE_LEAD = re.compile(
    r"\b(?P<article>[Tt]he|[Aa]n?)\s+(?:[a-z-]+\s+){0,2}(?:(?P<demonym>[A-Z][a-z]+)\s+)?$"
)
_TOWN_OF_REGION = re.compile(
    rf"\b(?:in|to|at|near|outside)\s+(?P<name>{CAP}(?:[ ]{CAP}){{0,2}}),\s+$"
)
# "Varnby, a fishing village in Sweden", "Lumberton, a small town in North Carolina": a place
# the review says is a town, and where that town is.
_TOWN_APPOSITIVE = re.compile(
    rf"(?<![\w-])(?P<name>{CAP}(?:[ ]{CAP}){{0,2}}),\s+an?\s+"
    r"(?:(?!(?:from|of|in|on|at|with|who|whose|that|the|a|an|and|to|for|by)\b)[a-z-]+\s+){0,3}"
    r"(?:town|village|hamlet|city|port|suburb|community|settlement|outpost|borough|enclave)\s+"
    r"(?:in|on|near|outside|of)\s+(?:the\s+)?"
    r"(?:(?:far\s+)?(?:north|south|east|west)(?:ern)?\s+|rural\s+|central\s+|upstate\s+)?"
    # "a fictional village in the canton of Valais"
    r"(?:(?:canton|province|region|state|county|prefecture|department|district)\s+of\s+)?$"
)
# A place no gazetteer holds, right after a setting cue, that the review says is a place: by
# what it is called ("set on Matinicus Island") or by what it goes on to say it is ("takes
# place in Oberkirchbach, a wine village on the Middle Rhine", "set in Triana, the old
# potters' quarter").
_PLACE_WORD = (
    r"(?:Island|Islands|Isle|City|Bay|Valley|Hills?|Heights|Street|Square|Park|Beach|County|"
    r"Springs|Falls|Creek|Harbou?r|Cove|Lake|Village|Estate|Parish|Sound|Fjord|Point)"
)
_UNKNOWN_PLACE = re.compile(
    rf"(?P<called>(?:{CAP}[ ]){{1,2}}{_PLACE_WORD})\b"
    rf"|(?P<said>{CAP}(?:[ ]{CAP}){{0,2}}),\s+(?:an?|the)\s+(?:[\w'’-]+\s+){{0,4}}?"
    r"(?:village|town|city|hamlet|island|quarter|district|neighbou?rhood|suburb|port|"
    r"settlement|community|outpost|resort|borough|enclave|parish|colony|kingdom|backwater|"
    r"township|valley|speck)\b"
)
# "as in France", "like Italy", "than Spain": a comparison, not where the story is.
_LIKE_BEFORE = re.compile(r"\b(?:as|like|than|unlike)\s+(?:in\s+|to\s+)?(?:the\s+)?$")
# The characters' own movements and homes name the story's place even for a country or a
# place that usually stands for an industry ("they return to America", "she moves to
# Hollywood"): a verb of living, moving or journeying, then the place.
_PEOPLE = (Relation.ACTOR, Relation.DIRECTOR, Relation.WRITER)
_STORY_VERB_BEFORE = re.compile(
    r"\b(?:lives?|lived|living|moves?|moved|moving|arrives?|arrived|arriving|grew\s+up|"
    r"grows\s+up|growing\s+up|settles?|settled|emigrates?|emigrated|stranded|exiled?|stationed|"
    r"relocates?|relocated|transferred|travels?|travell?ed|travell?ing|"
    r"sails?|sailed|sailing|flees?|fled|fleeing)\s+(?:back\s+|out\s+|here\s+|home\s+)?"
    r"(?:in|to|into)\s+(?:the\s+)?$|\b[Oo]nce\s+in\s+$"
)
# "in Beirut, where she is a nurse", "runs away to Mexico. There, she meets": a place the
# text goes on to tell the story in.
_WHERE_AFTER = re.compile(r",\s+where\s+(?!the\s+(?:film|movie|picture)\b)\w|[.;]\s+There,\s")
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
    # "Kovacs shot the film in Lisbon", "filmed it in Lisbon"
    r"(?i:(?:(?:the|this|her|his|their)\s+(?:film|movie|picture|story)\s+|it\s+)?"
    r"(?:(?:entirely|mostly|largely|partly|mainly)\s+)?(?:on\s+location\s+)?"
    r"(?:(?:entirely|mostly|largely|partly|mainly)\s+)?(?:in|on|at|around|near)\s+"
    r"(?:and\s+around\s+)?(?:the\s+)?)"
)
# More places in the list a filming cue opens: "shot in Lisbon and Porto", "…, Porto and Faro"
FILMED_STEMS = ("filmed", "shot", "photographed", "lensed")  # what _FILMED_CUE opens on
_AND_NEXT = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:in\s+)?(?=[A-Z])")
# "the Lisbon locations", "its Montana locations": where it was shot, named by the place
_LOCATIONS_AFTER = re.compile(r"\s+locations?\b")
# "the Malaysian locations": the country by its demonym
# (looked for before each "location", found with str.find)
_DEMONYM_BEFORE = re.compile(r"(?<![\w-])(?P<demonym>[A-Z][a-z]+)\s+$")
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
# "a Paris-set romance".
_SET_SUFFIX = re.compile(r"-set\b")
_PART_OF = re.compile(
    rf"(?P<child>{CAP}(?:[ ]{CAP}){{0,3}})(?:\s+(?:Republic|Region|Province|Oblast))?"
    rf"\s+(?:of|in)\s+the\s+(?P<demonym>{CAP}\s+)?(?P<parent>{CAP}(?:\s{CAP}){{0,3}})"
)
# "1998 Nalchik": a year before a town dates the story there.
# A year from 1500 to 2099 (its first digit lets the engine skip ahead), less its last digit.
_YEAR_HEAD = r"[12](?<!\w\w)(?:(?<=1)[5-9]|(?<=2)0)\d"
_YEAR_PLACE = re.compile(
    rf"({_YEAR_HEAD}\d)\s+(?P<place>{CAP}(?:\s{CAP}){{0,2}})"
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


def _namesakes(lexicon: Lexicon) -> dict[str, list[str]]:
    """Rows the gazetteer qualifies in brackets, by the place the plain name stands for:
    "Georgia" → ["Georgia (U.S. state)"], "Washington, D.C." → ["Washington (state)"].
    Worked out once per gazetteer."""
    return lexicon.derived("place_namesakes", _find_namesakes)


def _find_namesakes(lexicon: Lexicon) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for name in lexicon.place_names:
        plain, bracket, _ = name.partition(" (")
        usual = lexicon.place(plain) if bracket else None
        if usual is not None and usual.name != name:
            found.setdefault(usual.name, []).append(name)
    return found


def _is_town(lexicon: Lexicon, name: str) -> bool:
    entry = lexicon.place_names.get(name)
    return entry is not None and entry.kind in ("city", "district")


def _unpossessive(name: str) -> str:
    """ "Chicago's" → "Chicago" (a string test: called for every capitalised word)."""
    return name[:-2] if name.endswith(("'s", "’s")) else name


def _first_words(lexicon: Lexicon) -> frozenset[str]:
    """The first words of the gazetteer's place keys: a run of capitalised words is looked up
    as a longer name only from a word some name opens with. Worked out once per gazetteer."""
    return lexicon.derived(
        "place_first_words", lambda lx: frozenset(key.split(" ", 1)[0] for key in lx.places)
    )


_MEMO_BOUND = 100_000  # distinct one-word runs kept (a few MB)


def _surface(written: str) -> str:
    """The place name in words as written: "a Rome-set romance", "Chicago's streets", and an
    abbreviation keeps its last dot ("L.A.", "L.A. Story")."""
    surface = _unpossessive(written.rstrip(".,'’").removesuffix("-set"))
    if "." in surface and written.startswith(surface + "."):
        surface += "."
    return surface


def _one_word_place(
    found: str, place: Callable[[str], PlaceEntry | None]
) -> tuple[PlaceEntry | None, str]:
    """The place a one-word run names, and the surface that names it."""
    surface = _surface(found)
    return (place(surface) if len(surface) > 2 else None), surface


def place_mentions(text: str, lexicon: Lexicon) -> Iterator[tuple[PlaceEntry, int, int, str]]:
    """Every gazetteer place named in ``text``, longest name first within a capitalised run;
    a town with its region after a comma is the row that region qualifies ("London,
    Ontario" is not England's London), and the region is named too."""
    place = lexicon.place
    firsts = _first_words(lexicon)
    # A one-word run's place depends on the word alone, and capitalised words recur from
    # review to review ("The", "He", the critics' favourite names): each is worked out once.
    one_word: dict[str, tuple[PlaceEntry | None, str]] = lexicon.derived(
        "place_one_word", lambda lx: {}
    )
    if len(one_word) > _MEMO_BOUND:
        one_word.clear()
    skip_to = 0  # a region already read after its town's comma
    for run in _CAP_RUN.finditer(text):
        if run.start() < skip_to:
            continue
        found = run.group(0)
        if text.startswith(",", run.end()):
            qualified = qualified_place(lexicon, text, run.start(), run.end())
            if qualified is not None:
                town, region, region_start, region_end = qualified
                yield town, run.start(), run.end(), found
                yield region, region_start, region_end, text[region_start:region_end]
                skip_to = region_end
                continue
        if " " not in found:  # most runs are one word: one lookup, no splitting
            hit = one_word.get(found)
            if hit is None:
                hit = one_word[found] = _one_word_place(found, place)
            entry, surface = hit
            if entry is not None:
                yield entry, run.start(), run.start() + len(surface), surface
            continue
        words = [(w.start(), w.end()) for w in _NON_SPACE.finditer(found)]
        i = 0
        while i < len(words):
            # A name of two or more words opens with a word some gazetteer name opens with.
            first = found[words[i][0] : words[i][1]].lower()
            longest = i + 1 if first not in firsts and first != "the" else i + 4
            for j in range(min(len(words), longest), i, -1):
                start, end = run.start() + words[i][0], run.start() + words[j - 1][1]
                surface = _surface(text[start:end])
                entry = place(surface) if surface[:1].isupper() else None
                if entry is not None and len(surface) > 2:
                    yield entry, start, start + len(surface), surface
                    i = j
                    break
            else:
                i += 1

