"""Actors without a named part: credit lists ("starring X, Y and Z"), names listed with a
cast member, and known actors discussed by surname. Pairings with parts are in ``parts``."""

from __future__ import annotations

import re
from bisect import bisect_left

from ...model import Kind, Relation, surname
from ..doc import Doc
from ..text import NAME, near, squash
from .context import compared, other_film
from .patterns import (
    ACTOR_AFTER_CUE,
    ACTOR_CUE,
    ENSEMBLE_CUE,
    KIN,
    LEAD_PRAISE,
    NEWCOMER_CUE,
    OPPOSITE_CUE,
    PART_CUE,
    POSS_ACTING_CUE,
    STAR_VERB_CUE,
    Anchors,
)
from .record import clean, full_name, role, role_list, role_of

__all__ = ["coordinated_cast", "credited_cast", "discussed_actors"]

# "the late Melvyn Douglas", "an uninvolved Joan Chen", "a tremendously intense Jurgen Prochnow"
_LIST_ITEM_LEAD = r"(?:(?:the\s+late|an?\s+(?:[a-z]+ly\s+)?[a-z-]+)\s+)?"
# The cue's first letter is taken first and each cue checks it by a lookbehind: the same
# matches as "(?:[Ss]tarring|[Ss]tars?|…)", but the engine skips to those letters in the wide
# window (320 characters) instead of trying every cue at every character.
# A list of names: "Ann Lee, Bo Day and the late Cy Fox".
_NAMES = (
    rf"(?P<names>{_LIST_ITEM_LEAD}{NAME}"
    rf"(?:\s*,\s*(?:and\s+)?{_LIST_ITEM_LEAD}{NAME}){{0,8}}(?:,?\s+and\s+{_LIST_ITEM_LEAD}{NAME})?)"
)
_ACTOR = re.compile(
    r"[SsCcAaPpFfLlVv](?:(?<=[Ss])tarring|(?<=[Ss])tars?|(?<=[Cc])o-?stars?|(?<=[Aa])ctors?|"
    r"(?<=[Aa])ctress(?:es)?|(?<=[Pp])erformances?\s+(?:(?:is|are|was|were|comes?)\s+)?(?:by|from)|"
    r"(?<=[Ff])eaturing|(?<=film f|ovie f)eatures|(?<=[Cc])ast(?:\s+members?)?|"
    r"(?<=[Ll])eading\s+(?:man|lady)|"
    r"(?<=[Pp])erformances?\s+(?:and\s+[a-z]+\s+)?of|(?<=[Pp])erformers|"
    # "the presence of Karen Black", "the voices include Ann Lee", "both voices by Bo Day"
    r"(?<=[Pp])resences?\s+of|(?<=[Vv])oices\s+includ(?:e|es|ing)|"
    r"(?<=[Vv])oices?\s+(?:(?:is|are|was|were)\s+)?by|"
    r"(?<=c)asting\s+of(?:\s+the)?(?:\s+[a-z]+)?\s+(?:performers|actors|actresses)|"
    r"(?<=[Ss])upporting\s+(?:roles|parts|players)\s+"
    r"(?:go\s+to|are\s+played\s+by|are\s+taken\s+by)|"
    r"(?<=p)layed\s+by\s+(?:[a-z-]+\s+){1,5}?[a-z]+(?=\s*:))"
    r"(?:\s*[:,]?\s+|(?<=cast|bers)\s*\(\s*)"  # "the supporting cast (…)", not "a star (…)"
    r"(?:(?:is|was|are|were)\s+)?"  # "The leading man is Tom Hanks"
    r"(?:(?:also\s+)?(?:including|(?:that\s+|which\s+)?includes?|led\s+by|headed\s+by)\s+)?"
    + _NAMES
)
# "The ensemble includes Ann Lee and Bo Day", "an ensemble led by Ann Lee": its own pattern,
# as an "e" among the first letters above would stop the scan at every "e".
_ENSEMBLE = re.compile(
    r"[Ee]nsemble\s*,?\s+(?:(?:also\s+)?(?:including|includes?|led\s+by|headed\s+by)\s+)"
    + _NAMES
)
# "Ann Lee, Bo Day and Cy Fox star": a list of two or more before a plural "star".
_ACTORS_STAR = re.compile(
    rf"(?P<names>{NAME}(?:,\s+{NAME})*,?\s+and\s+{NAME})\s+"
    r"(?:star|co-star|costar|are\s+the\s+(?:stars|leads)"
    # "Ann Lee and Bo Day are fine as the parents"
    rf"|are\s+(?:[a-z]+ly\s+)?(?:{LEAD_PRAISE})\s+as"
    # "Ann Lee, Bo Day and Cy Fox round out the cast"
    r"|(?:round|fill)\s+out\s+the\s+(?:cast|ensemble)|complete\s+the\s+cast)\b"
)
# "Ann Lee plays opposite Bo Day": the partner in a scene is cast too.
_OPPOSITE = re.compile(
    r"\b(?:plays?|played|playing|stars?|starring|starred|co-stars?|appears?|is\s+cast)\b"
    rf"[^.;:!?]{{0,80}}?\bopposite\s+(?:the\s+(?:[a-z-]+\s+)?)?(?P<name>{NAME})"
    # "Ann Lee stars alongside Bo Day", "shares the screen with Bo Day"
    r"|\b(?:stars?|starring|starred|co-stars?|co-starring|shares\s+the\s+screen)\s+"
    rf"(?:alongside|with)\s+(?:the\s+(?:[a-z-]+\s+)?)?(?P<name2>{NAME})"
)
# "Tom Hanks's performance", "Ann Lee's quietly funny portrayal": the acting named as someone's,
# not as in another film ("Olivier's performance in “Hamlet”").
_POSS_ACTING = re.compile(
    rf"(?P<name>{NAME})['’]s?\s+(?:[a-z,-]+\s+){{0,4}}?(?:performance|portrayal)\b"
    r"(?!\s+(?:in|as)\s+[“\"‘])"
)
_ACTOR_AFTER = re.compile(
    rf"(?P<name>{NAME})(?:,\s+who)?\s+"
    # "Ann Lee, who steals a couple of scenes", "Ann Lee fills the role nicely"
    rf"(?:steals\s+(?:[a-z-]+\s+){{0,4}}?(?:scenes?|the\s+(?:show|movie|film|picture))|"
    rf"(?:fills|inhabits)\s+(?:the|this|his|her)\s+(?:[a-z-]+\s+){{0,2}}?(?:role|part)|"
    rf"stars|co-stars|costars|gives\s+an?\s+(?:[a-z-]+\s+){{0,2}}performance|"
    rf"is\s+(?:superb|wonderful|excellent|terrific|good|great|fine|remarkable|convincing)\s+as|"
    rf"has\s+an?\s+(?:[a-z-]+\s+){{0,3}}(?:role|part|cameo)|"
    # "Ann Lee has the title role", "makes a strong impression as", "shines as", "is miscast"
    rf"has\s+the\s+(?:[a-z-]+\s+)?(?:lead|title\s+role|leading\s+role)|"
    rf"makes\s+an?\s+(?:[a-z-]+\s+){{0,2}}impression\s+as|"
    rf"shines\s+(?:as|in\s+(?:the|a|an|her|his)\s+(?:[a-z-]+\s+){{0,2}}(?:role|part))|"
    rf"(?:is|was)\s+(?:miscast|(?:perfectly|well)\s+cast)|"
    rf"(?:does|did)\s+an?\s+(?:[a-z-]+\s+){{0,2}}job\s+as|"
    # "gives the performance of her career", "is cast against type", "leads a strong cast"
    rf"gives\s+(?:the|one\s+of\s+the)\s+(?:[a-z-]+\s+){{0,2}}performances?\s+of|"
    rf"(?:is|was)\s+cast\s+(?:against\s+type|in\s+the|as)|"
    rf"(?:leads|led|heads|headed|anchors|anchored)\s+(?:a|an|the)\s+(?:[a-z-]+\s+){{0,2}}"
    rf"(?:cast|ensemble)|"
    rf"(?:is|was)\s+(?:[a-z]+ly\s+)?(?:{LEAD_PRAISE})\s+in\s+the\s+"
    rf"(?:lead|title\s+role|leading\s+role|role)|"
    # "Ann Lee turns in a fine performance", "reprises her role", "brings grace to the role"
    rf"turns\s+in\s+an?\s+(?:[a-z-]+,?\s+){{0,3}}performance|"
    rf"reprises\s+(?:his|her|their)\s+(?:[a-z-]+\s+)?role|"
    rf"brings\s+(?:[a-z-]+\s+){{1,4}}?to\s+the\s+(?:title\s+)?(?:role|part))\b"
)
# "Ann Lee, in the title role,", "Bo Day, in a small but crucial part,"
_IN_ROLE = re.compile(
    rf"(?P<name>{NAME}),\s+in\s+(?:the\s+title\s+role|an?\s+(?:[a-z-]+\s+){{0,3}}?"
    r"(?:role|part|cameo|turn))\s*,"
)
# "newcomer Ann Lee", "Ann Lee, a newcomer,", "Bo Day, the veteran character actor,"
_NEWCOMER = re.compile(
    rf"\b(?:[Nn]ewcomer\s+(?P<name>{NAME})"
    rf"|(?P<name2>{NAME}),\s+(?:an?|the)\s+(?:[a-z-]+\s+){{0,2}}?"
    r"(?:newcomer|(?:character\s+)?actor|actress)\s*,)"
)
_FILMS_BEFORE = re.compile(
    r"\b(?:films|movies|pictures|productions|co-productions|sequels|vehicles|comedies|"
    r"thrillers|westerns|musicals|dramas)\s+$"
)
# "a niece of actress Cecily Tyson": someone's kin, named with a cue word.
_KIN_OF_BEFORE = re.compile(rf"\b(?:{KIN}|niece|nephew)\s+of\s+$")
# John Cassavetes", "Rowlands and her husband John Cassavetes".
_OUTSIDE_BEFORE = re.compile(
    rf"\b(?:(?:films?|movies?|work|pictures)\s+of|(?:his|her|their)\s+(?:[a-z]+\s+)?(?:{KIN}))"
    r",?\s+$"
)
# A part, not the maker: "patriarch John McKay (Edward Coxen)", "later named as John Stevenson".
_NAMED_BEFORE = re.compile(r"\b(?:named|called|as)\s+$")
_PAREN_AFTER = re.compile(r"\s*\(")
# A title or a trade before a name makes it someone in the story, a namesake of a director:
# "his uncle, Sir William Hamilton", "the fledgling attorney John Hanson".
_STORY_POST_BEFORE = re.compile(
    r"\b(?:attorney|lawyer|banker|doctor|nurse|sheriff|officer|detective|inspector|agent|"
    r"captain|lieutenant|sergeant|senator|professor|teacher|reporter|rancher|gambler)\s+$"
)
_KIN_WORD = re.compile(rf"(?:{KIN}|grandpa|granny|auntie)")
_KIN_BEFORE = re.compile(rf"\b(?:his|her|their)\s+(?:[a-z]+\s+)?(?:{KIN}),?\s+$")
# Between the items of a list of names: "Ann Lee, Bo Day and the late Cy Fox";
# "… and a drag queen played by Cy Fox" ends such a list too.
_LIST_GAP = re.compile(
    r"\s*,\s*(?:and\s+)?(?:the\s+late\s+)?|,?\s+and\s+(?:the\s+late\s+)?"
    r"|,?\s+and\s+(?:an?|the)\s+(?:[a-z-]+\s+){0,4}?(?:played|portrayed|voiced)\s+by\s+"
)


def credited_cast(doc: Doc, anchors: Anchors) -> None:
    text = doc.text
    for m in near(_ACTOR, text, anchors(ACTOR_CUE), before=40, after=320):
        if _KIN_OF_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue
        if _FILMS_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "a series of co-productions starring Ann Lee": other films
        role_list(doc, Relation.ACTOR, m, 0.8, skip=("And",))
    for m in near(_ENSEMBLE, text, anchors(ENSEMBLE_CUE), before=10, after=320):
        role_list(doc, Relation.ACTOR, m, 0.8)
    for m in near(_ACTORS_STAR, text, anchors(STAR_VERB_CUE), before=200, after=30):
        role_list(doc, Relation.ACTOR, m, 0.75)
    for m in near(_ACTOR_AFTER, text, anchors(ACTOR_AFTER_CUE), before=80, after=80):
        role_of(doc, Relation.ACTOR, m, 0.75)
    # Only a part word with ", in" shortly before it: "Ann Lee, in the title role,".
    in_role = [p for p in anchors(PART_CUE) if text.find(", in ", max(0, p - 40), p) >= 0]
    for m in near(_IN_ROLE, text, in_role, before=100, after=10):
        if not other_film(doc, m.start()):
            role_of(doc, Relation.ACTOR, m, 0.75)
    # "newcomer Ann Lee", or an actor word in an appositive: "Bo Day, the veteran actor,"
    newcomer = [
        p
        for p in anchors(NEWCOMER_CUE)
        if text.startswith(("newcomer", "Newcomer"), p) or text.find(", ", max(0, p - 40), p) >= 0
    ]
    for m in near(_NEWCOMER, text, newcomer, before=100, after=80):
        group = "name" if m["name"] else "name2"
        if not other_film(doc, m.start()):
            role_of(doc, Relation.ACTOR, m, 0.7, group=group)
    for m in near(_OPPOSITE, text, anchors(OPPOSITE_CUE), before=110, after=60):
        group = "name" if m["name"] else "name2"
        role_of(doc, Relation.ACTOR, m, 0.7, group=group)
    possessed = [
        p
        for p in anchors(POSS_ACTING_CUE)
        if any(text.find(mark, max(0, p - 60), p) >= 0 for mark in ("'", "’"))
    ]
    for m in near(_POSS_ACTING, text, possessed, before=100, after=20):
        role_of(doc, Relation.ACTOR, m, 0.7)


def coordinated_cast(doc: Doc) -> None:
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
            name, s = clean(doc, squash(found), start)
            full = full_name(doc, name) if len(name.split()) == 1 else name
            items.append((full, s, end))
        if not any(f and Relation.ACTOR in doc.roles.get(f, ()) for f, _, _ in items):
            continue
        if compared(doc, group[0][0]) or other_film(doc, group[0][0]):
            continue  # "unlike Ann Lee and Bo Day", "in the original film, …"
        for full, s, end in items:
            if full is None or full in doc.characters or doc.roles.get(full):
                continue  # a part, or a maker: "directed by Ann Lee and starring Bo Day"
            role(doc, Relation.ACTOR, full, s, end, 0.7)


def _story_title(doc: Doc, before: str) -> bool:
    """Whether ``before`` ends on a title ("Sir", "Captain"), not a kinship word a sentence
    may open on ("Brother Dave Fleischer was working as a clown")."""
    word = before.rstrip().rpartition(" ")[2]
    return word in doc.lexicon.honorifics and _KIN_WORD.fullmatch(word.lower()) is None


def discussed_actors(doc: Doc) -> None:
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
        n for n in candidates if surname_uses.get(surname(n), 0) >= 2 and n not in doc.characters
    }
    if not candidates:
        return
    text = doc.text
    directed = bool(doc.claims_for_film(Relation.DIRECTOR))
    for start, end, found in doc.name_runs():
        name, s = clean(doc, squash(found), start)
        if name in candidates:
            candidates.discard(name)
            before = text[max(0, s - 50) : s]
            if name in doc.lexicon.actors:
                if not _OUTSIDE_BEFORE.search(before):
                    role(doc, Relation.ACTOR, name, s, end, 0.6)
            elif (
                not directed
                and not _KIN_BEFORE.search(before)
                and not _NAMED_BEFORE.search(before)
                and not _PAREN_AFTER.match(text, end)
                and not _STORY_POST_BEFORE.search(before)
                and not _story_title(doc, before)
            ):
                # A director discussed by surname ("the films of David Lynch … Lynch
                # wraps his violence in humor") when no cue named another.
                role(doc, Relation.DIRECTOR, name, s, end, 0.6)
