"""Actor–character pairings in prose: "Ann Lee as Norma", "Norma, played by Ann Lee",
"Midler's character, Sadie Shelton". Bracketed pairings are read by ``brackets``."""

from __future__ import annotations

import re

from ...model import Relation
from ..doc import Doc
from ..text import CAP, NAME, PART_NAME, find_all, near, squash
from .brackets import appositive_brackets, described_in_brackets, named_in_brackets
from .context import compared, other_film
from .patterns import (
    AS_LEAD_CUE,
    AS_NAME_CUE,
    AS_ROLE_CUE,
    BY_LEAD,
    MAKES_CUE,
    NAMED_CUE,
    PART_CUE,
    PERFORMANCE_AS_CUE,
    PLAYED_BY_CUE,
    POSS_ANY_CUE,
    Anchors,
)
from .record import (
    cast,
    cast_if_person,
    clean,
    full_name,
    no_part,
    person_like,
    phrase_object,
    role,
    role_of,
)

__all__ = ["find_parts", "possessive_parts"]

_MAKER_AFTER_AS = re.compile(
    # "as the director", "as his favorite Hollywood director"
    r"\s+(?:[\w-]+\s+){0,2}?(?:director|writer|producer|screenwriter|filmmaker|cinematographer|"
    r"editor|composer|author|novelist|playwright)"
)
# "whose name is Lurene and who is played by Michelle Pfeiffer"
_NAMED_PLAYED_BY = re.compile(
    rf"\b(?:named|called|whose\s+name\s+is)\s+(?P<char>{PART_NAME})[^.;]{{0,40}}?"
    rf"\bplayed\s+(?:[a-z]+\s+){{0,3}}?by\s+(?P<actor>{NAME})"
)
_SUCH_BEFORE = re.compile(r"\bsuch\s+$")
# "As he's played by Chris Makepeace": cast, whoever the character is.
_PLAYED_BY_ANY = re.compile(
    rf"\b(?:[Pp]layed|[Pp]ortrayed|[Vv]oiced)\s+(?:[a-z]+\s+){{0,3}}?by\s+{BY_LEAD}(?P<name>{NAME})"
)
# ", who is Hungarian,", ", of the “House Party” movies,", " (soon to be seen as Dillinger)";
# a bracket that opens with a capital is the actor of a part: "Jane Craig (Holly Hunter)".
_APPOSITIVE = (
    r"(?:,\s*(?:who\s+)?(?:[^,.;()“”\"]|“[^”]{1,40}”|\"[^\"]{1,40}\"){1,70},"
    r"|\s*\((?=[a-z])(?!as\b|playing\b)[^()]{1,90}\))?"
)
_PRAISE = (
    r"(?:superb|wonderful|excellent|terrific|good|great|fine|remarkable|convincing|effective|"
    r"touching|funny|perfect|solid|strong|memorable|believable|persuasive|splendid|brilliant|"
    r"moving|heartbreaking|fierce|hilarious|charming|amazing|magnificent|impressive|riveting)"
)
_ACTOR_AS = re.compile(
    # "stars Parker himself as Joe"
    rf"(?P<actor>{NAME})(?:\s+(?:him|her)self)?{_APPOSITIVE}(?:,?\s*who)?,?\s+(?:(?:also\s+)?(?:stars?|co-?stars?|appears?)\s+as|"
    rf"as|plays|played|playing|portrays|portrayed|voices|is cast as|was cast as|"
    rf"turns up (?:here\s+)?as|(?:is|was)\s+(?:[a-z]+\s+)?{_PRAISE}(?:\s+and\s+[a-z]+)?\s+as|"
    # "is a scene-stealer as", "is good value as", "brings a welcome earthiness as", "has a
    # beautiful supporting turn as"
    rf"(?:is|was)\s+(?:a\s+(?:[a-z-]+\s+)?(?:presence|scene-stealer|delight|standout|"
    rf"revelation)|good\s+value)\s+as|"
    rf"brings\s+(?:an?|the|some)\s+(?:[a-z-]+\s+){{0,3}}?[a-z-]+\s+as|"
    rf"has\s+an?\s+(?:[a-z-]+\s+){{0,3}}?(?:turn|role|part)\s+as|"
    rf"gives\s+an?\s+(?:[a-z-]+\s+){{0,3}}performance\s+as|"
    rf"reprises\s+(?:his|her|their)\s+(?:[a-z-]+\s+)?role\s+as)\s+"
    # "as the incredibly brilliant Duncan Pinderhughes", "as his wife Annie", "as the father,
    # Jack"
    rf"(?:(?:the|his|her|their)\s+(?:[a-z-]+\s+){{0,3}}?(?:[a-z-]+,\s+)?)?(?P<char>{PART_NAME})"
)
# What between a name and "as" says the name is an actor's.
_ACTING = re.compile(
    r"\b(?:plays|played|playing|portrays|portrayed|voices|stars?|co-?stars?|appears?|cast|"
    rf"reprises|performance|brings|turn|presence|scene-stealer|value|{_PRAISE})\b"
)
# "As Norma, Gloria Edwards is fierce", "In the role of Norma, Gloria Edwards…", "As Natsuki,
# a child who cannot sit still, Yui Kanda is", "; as Fontenot, Marcus Delacroix plays"; a
# sentence or a clause opens with the "As", or it is a comparison ("just as Hitchcock, …").
_AS_CHAR_FIRST = re.compile(
    r"(?:(?:^|(?<=[.!?] )|(?<=[.!?][”\"] )|(?<=\n))As|(?<=; )as|\brole\s+of)\s+"
    # "As his wife Annie, Meera Nandakumar is"
    r"(?:(?:the|his|her|their)\s+(?:[a-z-]+\s+){1,2}?)?"
    rf"(?P<char>{PART_NAME}),\s+(?:[^,.;:()]{{1,100}},\s+)?(?P<actor>{NAME})\s+"
    r"(?:is|was|gives|brings|makes|has|does|seems|finds|turns|manages|creates|plays)\b"
)
# "Gloria Edwards plays a nurse named Norma", "plays the title role, Norma"
_PLAYS_NAMED = re.compile(
    rf"(?P<actor>{NAME}){_APPOSITIVE}(?:,?\s*who)?\s+(?:plays|played|playing|portrays|portrayed|"
    # "turns up as a crooked promoter named Sal Vetri"
    rf"(?:(?:also\s+)?(?:stars?|co-?stars?|appears?)|turns\s+up(?:\s+here)?|(?:is|was)\s+cast)\s+as)\s+"
    rf"(?:(?:an?|the|his|her|their)\s+(?:[a-z-]+\s+){{0,4}}?(?:named|called)|the\s+title\s+role,?)"
    rf"\s+(?P<char>{PART_NAME})"
)
# "Midler's character, Sadie Shelton", "Sadie Shelton, Midler's company executive": a part
# tied to an actor by the possessive; the actor must be someone cast.
_POSS_PART = re.compile(
    rf"(?P<actor>{NAME})['’]s?\s+(?:[a-z-]+\s+)?(?:character|role|part|alter\s+ego)\s*,?\s+"
    rf"(?:(?:named|called)\s+)?(?P<char>{PART_NAME})"
)
_PART_POSS = re.compile(
    rf"(?P<char>{PART_NAME}),\s+(?P<actor>{NAME})['’]s\s+"
    r"(?:[a-zA-Z-]+\s+){0,4}?(?:character|role|part|heroine|hero|villain|"
    r"[a-z]+(?:er|ist|or|ess|man|woman|wife|husband|girl|boy))\b"
)
# "Ann Lee makes a passable Tom Sawyer": the part the actor makes.
_MAKES_A = re.compile(
    rf"(?P<actor>{NAME}){_APPOSITIVE}\s+(?:makes|made|contributes)\s+(?:an?|the)\s+"
    rf"(?:[a-z-]+\s+){{0,3}}?"
    rf"(?P<char>{PART_NAME})(?![\w'’-])(?![ ][a-z])"
)
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
# "Mike Waters, the young drifter played by River Phoenix"
_APPOS_PLAYED_BY = re.compile(
    rf"(?P<char>{PART_NAME}),\s+(?:the|an?|his|her|their)\s+(?:[a-z-]+\s+){{0,4}}?"
    rf"(?:played|portrayed|voiced)\s+by\s+{BY_LEAD}(?P<actor>{NAME})"
)
_PLAYED_BY = re.compile(
    rf"(?P<char>{PART_NAME}){_APPOSITIVE},?\s+(?:is\s+|was\s+)?(?:played|portrayed|voiced)\s+"
    rf"(?:[a-z]+\s+){{0,4}}?by\s+{BY_LEAD}(?P<actor>{NAME})"
)
# "stars Ann Lee and Bo Day as Mark and Jessie": two actors, two parts, in order.
_PAIR_AS = re.compile(
    rf"(?P<a1>{NAME}) and (?P<a2>{NAME})\s+(?:as|play|played|portray|portrayed)\s+"
    rf"(?:the\s+)?(?P<c1>{CAP}(?: {CAP})?)"
    rf" and (?P<c2>{CAP}(?: {CAP})?)"
)
# "Mary Smith's crisp, dryly humorous performance as the widow Ada": the part she gives.
_POSS_PERFORMANCE = re.compile(
    rf"(?P<actor>{NAME})['’]s?\s+(?:[a-z,-]+\s+){{0,5}}?(?:performance|turn|work)\s+as\s+"
    rf"(?:(?:(?:the|an?)\s+(?:[a-z-]+\s+){{0,3}}?)?(?P<char>{PART_NAME}))?"
)
# "as Lucy's dad, Sam", "as Ciro's brother Enzo, a fixer"
_KIN_PART = re.compile(
    rf"['’]s\s+(?:[a-z-]+\s+){{0,2}}?[a-z-]+,?\s+(?P<char>{PART_NAME})(?=\s*[,.;)]|\s+who\b)"
)
_LISTED_AS = re.compile(rf"(?P<name>{NAME}),\s+as\s+(?:the|an?|his|her)(?=\s+[a-z])")
_NO_PART_AFTER_AS = re.compile(
    r"\s+(?:(?:young|little|small)\s+(?:man|woman|boy|girl|child)|child|boy|girl|kid|teenager|"
    r"teen|adult|matter|result|whole|rule|consequence|reward|bonus|means|way|kind|sort|"
    r"tribute|favor|gift|joke|warning|reminder|example|witness|guest)\b"
)
_STARS_BEFORE = re.compile(r"\b(?:stars|starring|co-stars)\s+$")
_THE_BEFORE = re.compile(r"\bthe\s+$")
# A lower-case word that makes the capital before it a modifier: "the Brooklyn scenes" (not
# "the widow Wenna holds": a noun before the capital makes it a name).
_NOUN_NEXT = re.compile(
    r" (?!(?:who|whom|whose|and|or|but|in|from|with|of|at|on|to|for|is|was|as|a|an|the|that|"
    r"which|he|she|his|her|their|when|while|because|after|before|until|if|himself|herself)\b)"
    r"[a-z]"
)
_POSS_NEXT = re.compile(r"['’]s?\b")
_VERB_OR_ASIDE = re.compile(r"\b(?:is|was)\s|,.*,|\(")
# "Megan and Joe Dayton, played by Hunt and James Belushi": two parts, two actors, in order.
_PAIR_PLAYED_BY = re.compile(
    rf"(?P<c1>{CAP}(?: {CAP})?) and (?P<c2>{CAP}(?: {CAP})?),?\s+(?:are\s+|were\s+)?"
    rf"(?:played|portrayed|voiced)\s+(?:[a-z]+\s+){{0,3}}?by\s+(?P<a1>{NAME}) and (?P<a2>{NAME})"
)
# "Kidman plays the acting head", "Eric Stoltz, who plays the role": cast, character unnamed.
_PLAYS_UNNAMED = re.compile(
    rf"(?P<name>{NAME})(?:\s+and\s+(?P<name2>{NAME}))?{_APPOSITIVE}(?:,?\s*who)?\s+"
    r"(?:plays|play|played|portrays|is cast as|stars as|"
    # "shows up as a nurse", "appears briefly as", "is on hand as"
    r"(?:shows|pops|turns)\s+up\s+(?:here\s+)?(?:briefly\s+)?as|appears\s+(?:briefly\s+)?as|"
    r"is\s+on\s+hand\s+as|(?P<bare>as))\s+"
    r"(?:the|a|an|his|her|their|them)\b"
)


# "Joe E. Brown, in the part of Hasty, …", "Ann Lee, in the role of Maggie,"
_IN_PART_OF = re.compile(
    rf"(?P<actor>{NAME}),\s+in\s+the\s+(?:[a-z-]+\s+)?(?:role|part)\s+of\s+(?P<char>{PART_NAME})"
)


def find_parts(doc: Doc, anchors: Anchors) -> None:
    """Every pattern that names a part with its actor, or an actor by the part they play."""
    text = doc.text
    named_in_brackets(doc, anchors)
    in_part = [p for p in anchors(PART_CUE) if text.find(", in the ", max(0, p - 30), p) >= 0]
    for m in near(_IN_PART_OF, text, in_part, before=100, after=40):
        cast_if_person(doc, m, cued=True)
    for m in near(_NAMED_PLAYED_BY, text, anchors(PLAYED_BY_CUE), before=120, after=60):
        cast(doc, m["char"], m["actor"], m.start(), m.end(), 0.85)
    for m in near(_PLAYED_BY_ANY, text, anchors(PLAYED_BY_CUE), before=120, after=60):
        role_of(doc, Relation.ACTOR, m, 0.8)
    for m in near(_PLAYS_UNNAMED, text, anchors(AS_ROLE_CUE), before=160, after=40):
        if _SUCH_BEFORE.search(text, max(0, m.start() - 12), m.start()) or _MAKER_AFTER_AS.match(
            text, m.end()
        ):
            continue  # "such stars as …", "given Altman as the director"
        if m["bare"] and "," in text[m.end("name") : m.start("bare")]:
            continue  # "seen by Russell, however, as a lurid world": no part is played
        for group in ("name", "name2"):
            if m[group]:
                role_of(doc, Relation.ACTOR, m, 0.75, group=group)
    # "…; Sam Elliott, as the detective who…": a cast list with parts; not "Ann Lee, as a
    # child," nor "Altman, as the director,".
    comma_as = [p for p in anchors(AS_ROLE_CUE) if text[max(0, p - 2) : p] == ", "]
    for m in near(_LISTED_AS, text, comma_as, before=80, after=20):
        after = m.end()
        if not (_NO_PART_AFTER_AS.match(text, after) or _MAKER_AFTER_AS.match(text, after)):
            role_of(doc, Relation.ACTOR, m, 0.7)
    pairs: set[int] = set()
    # Only an "as" (or a plural "play") with an "and" shortly before it can join two pairs.
    pair_as = sorted(
        p
        for p in (*anchors(AS_NAME_CUE), *find_all(text, " play "), *find_all(text, " portray "))
        if text.find(" and ", max(0, p - 60), p) >= 0
    )
    for m in near(_PAIR_AS, text, pair_as, before=120, after=60):
        if not compared(doc, m.start()):
            for c, a in (("c1", "a1"), ("c2", "a2")):
                if m[c] not in doc.lexicon.common and not doc.lexicon.place(m[c]):
                    cast(doc, m[c], m[a], m.start(), m.end(), 0.85)
            pairs.add(m.start("a2"))
    for m in near(_ACTOR_AS, text, anchors(AS_NAME_CUE), before=160, after=60):
        if m.start("actor") in pairs:
            continue  # "Ann Lee and Bo Day as Mark and Jessie": not Bo Day as Mark
        if _MAKER_AFTER_AS.match(text, m.end("char")):
            continue  # "cited Douglas Sirk as his favourite Hollywood director"
        actor, char = clean(doc, squash(m["actor"]), 0)[0], squash(m["char"])
        place = doc.lexicon.place(char)
        modifier = _THE_BEFORE.search(text, m.end("actor"), m.start("char")) and _NOUN_NEXT.match(
            text, m.end("char")
        )
        # "as the lonely GI", "as an FBI man": an abbreviation is a kind of person, no name
        abbreviation = char.isupper() and 2 <= len(char) <= 4
        if (
            char in doc.lexicon.demonyms
            or _POSS_NEXT.match(text, m.end("char"))
            or modifier
            or abbreviation
        ):
            # "George Englund as the Appalachian", "Sean Penn as Lucy's dad, Sam": cast,
            # and the part is not the name after "as"
            # "George Englund as the Appalachian": cast, the part has no name
            # "plays the Brooklyn scenes": the capital names no part
            role(doc, Relation.ACTOR, actor, m.start("actor"), m.end("actor"), 0.75)
            # "as Lucy's dad, Sam": the part is named after the relation
            kin = _KIN_PART.match(text, m.end("char"))
            if kin and not no_part(doc, squash(kin["char"])) and not compared(doc, m.start()):
                cast(doc, kin["char"], actor, m.start(), kin.end(), 0.8)
            continue
        starred = _STARS_BEFORE.search(text, max(0, m.start("actor") - 12), m.start("actor"))
        # "Duchovny stars as Bob": a surname stands for the full name met before it; one
        # name right after "stars" is someone known by one name ("stars Groucho as …").
        one = " " not in actor and (full_name(doc, actor) is not None or starred)
        # An acting verb says the name is a person's ("Tuomo Virtanen plays Sam", "stars
        # Delroy Lindo as Ellis", "…, as Sam, is"); a bare "as" does not ("New Ulm as a town").
        acted = (
            _ACTING.search(text, m.end("actor"), m.start("char"))
            or starred
            or (text.startswith(",", m.end("actor")) and text.startswith(",", m.end("char")))
        )
        # "turns up here as Kansas": a character may be named after a state or city.
        if (
            (one or person_like(doc, actor, cued=bool(acted)))
            and not compared(doc, m.start())
            and (place is None or place.kind in ("city", "region", "district"))
            and char not in doc.lexicon.common
        ):
            cast(doc, char, actor, m.start(), m.end(), 0.85, mononym=bool(one))
    as_first = [*anchors(AS_LEAD_CUE), *(p + 2 for p in find_all(text, "; as "))]
    for m in near(_AS_CHAR_FIRST, text, as_first, before=20, after=220):
        cast_if_person(doc, m, cued=True)  # "As Norma, Gloria Edwards is": a part, its player
    for m in near(_PLAYS_NAMED, text, anchors(NAMED_CUE), before=200, after=60):
        cast_if_person(doc, m)
    for m in near(_MAKES_A, text, anchors(MAKES_CUE), before=110, after=50):
        cast_if_person(doc, m)
    described_in_brackets(doc, anchors)
    for m in near(_APPOS_PLAYED_BY, text, anchors(PLAYED_BY_CUE), before=100, after=60):
        cast_if_person(doc, m)
    appositive_brackets(doc, anchors)
    for m in near(_PLAYED_BY_NAMED, text, anchors(PLAYED_BY_CUE), before=20, after=120):
        role_of(doc, Relation.ACTOR, m, 0.75)
    # Only where "is/was [adverb] adjective" comes right before the "as".
    is_as = [p for p in anchors(AS_ROLE_CUE) if _IS_ADJ_BEFORE.search(text, max(0, p - 40), p)]
    for m in near(_IS_ADJ_AS, text, is_as, before=160, after=30):
        if not _MAKER_AFTER_AS.match(text, m.end()):  # "is skilled as a director"
            role_of(doc, Relation.ACTOR, m, 0.7)
    paired: set[int] = set()
    for m in near(_PAIR_PLAYED_BY, text, anchors(PLAYED_BY_CUE), before=80, after=80):
        for c, a in (("c1", "a1"), ("c2", "a2")):
            if m[c] not in doc.lexicon.common:
                cast(doc, m[c], m[a], m.start(), m.end(), 0.85)
        paired.add(m.start("a1"))
    for m in near(_PLAYED_BY, text, anchors(PLAYED_BY_CUE), before=60, after=80):
        if m.start("actor") in paired:
            continue  # "Megan and Joe, played by Hunt and Belushi": not Joe by Hunt
        actor, char = clean(doc, squash(m["actor"]), 0)[0], squash(m["char"])
        single_ok = len(actor.split()) == 1 and full_name(doc, actor)
        # "a girl from Tangier who dreams of France, is played by …": the place is no part
        # (a town or a given name may be: "Virginia, played by …")
        place = doc.lexicon.place(char)
        prep = phrase_object(text, m.start())
        between = text[m.end("char") : m.start("actor")]
        if prep and (place or prep == "from" or _VERB_OR_ASIDE.search(between)):
            # "Samir, …, a weakness for Umm Kulthum, is played by": Samir is; "a developer
            # from Seattle, played by", "a driver from Lekki played by": the one from there
            # is (but "the castle of Count Beltrami, played by" is the count)
            continue
        if (
            (person_like(doc, actor, cued=True) or single_ok)
            and char not in doc.lexicon.common
            and (place is None or char in doc.lexicon.first_names or place.kind == "city")
        ):
            cast(doc, char, actor, m.start(), m.end(), 0.85)


def possessive_parts(doc: Doc, anchors: Anchors) -> None:
    text = doc.text
    for m in near(_POSS_PERFORMANCE, text, anchors(PERFORMANCE_AS_CUE), before=120, after=60):
        actor = clean(doc, squash(m["actor"]), m.start("actor"))[0]
        char = squash(m["char"] or "")
        lex = doc.lexicon
        named = (
            char
            and char not in lex.common
            and char not in lex.people
            and char not in lex.honorifics
            and not lex.place(char)
            and not (
                _THE_BEFORE.search(text, m.start(), m.start("char"))
                and _NOUN_NEXT.match(text, m.end("char"))
            )
        )
        person = " " not in actor or person_like(doc, actor, cued=True)
        if named and person and not compared(doc, m.start()) and not other_film(doc, m.start()):
            cast(doc, char, actor, m.start(), m.end(), 0.8)
        else:
            role(doc, Relation.ACTOR, actor, m.start("actor"), m.end("actor"), 0.75)
    found = [
        *near(_POSS_PART, text, anchors(PART_CUE), before=60, after=60),
        *near(_PART_POSS, text, anchors(POSS_ANY_CUE), before=60, after=80),
    ]
    for m in found:
        actor, char = clean(doc, squash(m["actor"]), 0)[0], squash(m["char"])
        if len(actor.split()) == 1:
            actor = full_name(doc, actor) or actor
        if (
            Relation.ACTOR in doc.roles.get(actor, ())
            and char != actor
            and char not in doc.lexicon.common
            and char not in doc.lexicon.people
            and not doc.lexicon.place(char)
            and char.split()[-1] not in actor.split()
        ):
            cast(doc, char, actor, m.start(), m.end(), 0.75)
