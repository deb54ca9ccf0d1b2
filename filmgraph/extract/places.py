"""Where the story is set (narrative location) and where it was shot. Every period, one
written against a setting ("1950s London") too, is :mod:`.dates`', which runs after.

Here a place counts as the setting only when a cue says so ("set in", "takes place in", "the
story happened in the city of"); a place merely named ("north of the Georgian border") does
not. The learned model that runs next (:mod:`.setting_model`) takes these verdicts as one
feature among others, and may add or withdraw a setting.
The containing region and country come from the text ("Kabardino-Balkaria Republic of the
Russian North Caucasus") and from the shipped gazetteer.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Kind, Relation, place_name, surname
from .doc import Doc
from .lexicon import Lexicon, PlaceEntry
from .people.context import after_other_title, in_other_titles_clause
from .place_cues import (
    _AND_AFTER,
    _AND_NEXT,
    _ARRIVAL,
    _ARTICLE_BEFORE,
    _ARTICLES,
    _BY_BEFORE,
    _CAP_AFTER,
    _CAP_BEFORE,
    _COMPASS_OF,
    _DECADE_BEFORE,
    _DEMONYM_AFTER,
    _DEMONYM_BEFORE,
    _DESTINATION_BEFORE,
    _ERA_AFTER,
    _FILM_NOUN_AFTER,
    _FILMED_CUE,
    _FILMS_PLACE_BEFORE,
    _FROM_BEFORE,
    _FUNCTION_BEFORE,
    _IN_CITY_OF,
    _INSIDE_BEFORE,
    _LIKE_BEFORE,
    _LIST_BEFORE,
    _LOCALE_AFTER,
    _LOCALE_IN,
    _LOCALE_IN_CALLED,
    _LOCALE_LEAD,
    _LOCALE_OF,
    _LOCATIONS_AFTER,
    _METONYMS,
    _NAME_OF,
    _OPENS_IN,
    _PART_OF,
    _PART_OF_LAND_BEFORE,
    _PEOPLE,
    _PEOPLE_AFTER,
    _PLACE_NAME_RE,
    _PLACE_NOUN_AFTER,
    _POSSESSIVE_LOCALE,
    _SET_SUFFIX,
    _SETTING_CUE,
    _STORY_PREP,
    _STORY_VERB_BEFORE,
    _THE_BEFORE,
    _TOWN_APPOSITIVE,
    _TOWN_OF_REGION,
    _UNKNOWN_PLACE,
    _WHERE_AFTER,
    _YEAR_PLACE,
    FILMED_STEMS,
    SETTING_STEMS,
    _in_quoted_title,
    _is_town,
    _namesakes,
    _setting_is,
    place_mentions,
)
from .qualified_places import qualified_place, region_after
from .story import RELEASE, makers_life, not_story, plot_sentence, story_clauses
from .text import find_all, stem_matches, word_starts

__all__ = ["PlaceExtractor"]

_LOCALE_WORDS = ("of ", "called ", "named ", "is ", "was ")


def _someones_name(doc: Doc, name: str) -> bool:
    """Whether a run the review calls a place reads as someone's name or a common word: its
    first word a given name or a word of a name the review gives a person or a part (not of
    the place a title names: "Duke of Ostermark")."""
    first = name.partition(" ")[0]
    if first in doc.lexicon.first_names or name in doc.lexicon.common:
        return True
    named = (*doc.characters, *doc.roles)
    return any(first in n.partition(" of ")[0].split() for n in named)


def _as_town(
    lexicon: Lexicon, mention: tuple[PlaceEntry, int, int, str]
) -> tuple[PlaceEntry, int, int, str]:
    """A landmark's mention as a mention of the town it stands in, where its name holds the
    town's ("Dallas Love Field"; not "Sing Sing"), with the town's own span."""
    entry, start, _, surface = mention
    if entry.kind != "landmark":
        return mention
    for parent in entry.parents:
        town = lexicon.place_names.get(parent)
        if town is None or town.kind not in ("city", "district"):
            continue
        # the town as a text writes it: "Athens", not "Athens, Georgia"
        name = place_name(town.name).partition(",")[0]
        at = word_starts(surface, name)
        if at:
            return (town, start + at[0], start + at[0] + len(name), name)
    return mention


@dataclass(frozen=True)
class PlaceExtractor:
    name: str = "places"
    version: str = "1.0"

    def __call__(self, doc: Doc) -> None:
        if not doc.film:
            return
        text, low = doc.text, doc.lowered()
        settings: list[str] = []
        setting_cues = [*stem_matches(_SETTING_CUE, text, low, SETTING_STEMS), *_setting_is(text)]
        for cue in (*setting_cues, *_IN_CITY_OF.finditer(text)):
            if after_other_title(doc, cue.start()) or makers_life(doc, cue.start()):
                continue  # "Unlike “Fargo,” which was set in Minnesota, …"
            found = self._place_at(doc, cue.end()) or self._unknown_place_at(doc, cue.end())
            if found:
                entry, start, end = found
                self._setting(doc, entry, start, end, Relation.SETTING, 0.85)
                settings.append(entry.name)
        for m in _YEAR_PLACE.finditer(text):
            town = doc.lexicon.place(m["place"])
            if town and town.kind in ("city", "region", "district"):
                self._setting(doc, town, m.start("place"), m.end("place"), Relation.SETTING, 0.7)
                settings.append(town.name)
        filmed: set[int] = set()  # where the places named as where it was shot start
        for cue in stem_matches(_FILMED_CUE, text, low, FILMED_STEMS):
            found = self._place_at(doc, cue.end())
            while found:
                entry, start, end = found
                self._setting(doc, entry, start, end, Relation.FILMING_LOCATION, 0.85)
                filmed.add(start)
                more = _AND_NEXT.match(text, end)
                found = self._place_at(doc, more.end()) if more else None
        for m in _PART_OF.finditer(text) if settings else ():
            child = doc.lexicon.place(m["child"])
            parent = doc.lexicon.place(m["parent"])
            if child and parent and child.name != parent.name and child.name in settings:
                self._contained(doc, child.name, parent.name, m.start(), m.end(), 0.8)
                demonym = (m["demonym"] or "").strip()
                country = doc.lexicon.demonyms.get(demonym)
                if country and country != parent.name:
                    self._contained(doc, parent.name, country, m.start(), m.end(), 0.7)
                # the region the review names the setting part of is a setting too, as a
                # state named after a town is ("in Nome, Alaska")
                if parent.kind != "continent" and parent.name not in settings:
                    start = m.start("parent")
                    self._setting(doc, parent, start, m.end("parent"), Relation.SETTING, 0.7)
                    settings.append(parent.name)
        for cue in setting_cues:
            dm = _DEMONYM_AFTER.match(text, cue.end())
            country = dm and doc.lexicon.demonyms.get(dm["demonym"])
            land = doc.lexicon.place_names.get(country) if dm and country else None
            if dm and land:
                self._setting(
                    doc, land, dm.start("demonym"), dm.end("demonym"), Relation.SETTING, 0.7
                )
                settings.append(land.name)
        strong, weak = self._demonym_locales(doc, set(settings))
        settings.extend(strong)
        mentions = doc.places_not_people()
        filmed.update(self._named_locations(doc, mentions))
        settings.extend(self._named_locales(doc, mentions, set(settings)))
        # A landmark named after its town is a mention of the town to the story rules, as it
        # was before the gazetteer knew the landmark: "pilot school at Naval Air Station
        # Pensacola" names Pensacola.
        towns = [_as_town(doc.lexicon, m) for m in mentions]
        settings.extend(self._phrased_places(doc, towns, set(settings)))
        story_mentions = [m for m in towns if m[1] not in filmed]  # where it was shot
        settings.extend(self._story_places(doc, story_mentions, set(settings)))
        settings.extend(self._title_place(doc, set(settings)))
        if weak and not settings:  # "a French family" when nothing surer is said
            names = [land.name for land, _, _ in weak]
            land, start, end = max(weak, key=lambda w: names.count(w[0].name))
            self._setting(doc, land, start, end, Relation.SETTING, 0.5)
            settings.append(land.name)

    def _named_locations(
        self, doc: Doc, mentions: list[tuple[PlaceEntry, int, int, str]]
    ) -> list[int]:
        """Where it was shot, named by the place: "the Lisbon locations", "the Malaysian
        locations". Gives where each place so named starts."""
        text = doc.text
        starts = []
        for entry, start, end, _ in mentions:
            if _LOCATIONS_AFTER.match(text, end):
                self._setting(doc, entry, start, end, Relation.FILMING_LOCATION, 0.75)
                starts.append(start)
        for at in find_all(text, "location"):
            demonym = _DEMONYM_BEFORE.search(text, max(0, at - 30), at)
            if demonym is None:
                continue
            land = doc.lexicon.place_names.get(doc.lexicon.demonyms.get(demonym["demonym"], ""))
            if land is not None:
                start, end = demonym.span("demonym")
                self._setting(doc, land, start, end, Relation.FILMING_LOCATION, 0.7)
        return starts

    def _demonym_locales(
        self, doc: Doc, known: set[str]
    ) -> tuple[list[str], list[tuple[PlaceEntry, int, int]]]:
        """ "a French provincial capital", "an Irish village", "a Parisian apartment": the
        place of the demonym, and "a French family", "an Irish cop" as weaker hints (people
        of a nation live everywhere: the hint counts only when nothing surer is found).
        The capitalised runs are found once per review and shared with the people rules."""
        text = doc.text
        demonyms = doc.lexicon.demonyms
        out: list[str] = []
        weak: list[tuple[PlaceEntry, int, int]] = []
        for start, end, run in doc.name_runs():
            word = run.rpartition(" ")[2]
            country = demonyms.get(word)
            if country is None:
                continue
            land = doc.lexicon.place_names.get(country)
            if land is None or land.name in known or land.name in out or land.kind == "continent":
                continue
            town = land.kind in ("city", "district")
            if _LOCALE_AFTER.match(text, end) or (town and _PLACE_NOUN_AFTER.match(text, end)):
                strong = True  # a Parisian cafe is in Paris; a French cafe may be in New York
            elif _PEOPLE_AFTER.match(text, end) and land.name not in _METONYMS:
                strong = False
            else:
                continue
            lead = run[: len(run) - len(word)].strip().lower()
            if lead not in _ARTICLES and not (
                not lead and _ARTICLE_BEFORE.search(text, max(0, start - 25), start)
            ):
                continue
            if not_story(text, doc.lowered(), *doc.sentence_at(start)):
                continue
            if not strong:
                weak.append((land, end - len(word), end))
                continue
            self._setting(doc, land, end - len(word), end, Relation.SETTING, 0.6)
            out.append(land.name)
        return out, weak

    def _title_place(self, doc: Doc, known: set[str]) -> list[str]:
        """A place the film's own title names ("Lanterns of Lisbon", "Memphis Nights"): a
        title names where its story is far more often than anywhere else. Not a title that
        names a person ("Paris Trout" is a man)."""
        title = doc.title or ""
        at = doc.text.find(title) if title else -1
        if at < 0 or title in doc.characters or title in doc.roles:
            return []
        named: set[str] | None = None
        for entry, start, end, surface in place_mentions(title, doc.lexicon):
            if entry.name in known or entry.name in _METONYMS or entry.kind == "continent":
                continue
            if entry.kind == "landmark":
                # "Dry Bridge" is a bridge in Tbilisi and a film in Isfahan: a landmark
                # titles the film only in a review that names where the landmark stands
                if named is None:
                    named = {p.name for p, *_ in doc.place_mentions()}
                if named.isdisjoint(doc.lexicon.with_ancestors(entry.parents)):
                    continue
            if surface in doc.characters or (
                end < len(title)
                and title[end] == " "
                and (title[end + 1 :].partition(" ")[0] in doc.lexicon.name_tokens)
            ):
                continue  # a character's or a person's name: "Paris Trout"
            self._setting(doc, entry, at + start, at + end, Relation.SETTING, 0.6)
            return [entry.name]
        return []

    def _named_locales(
        self, doc: Doc, mentions: list[tuple[PlaceEntry, int, int, str]], known: set[str]
    ) -> list[str]:
        """Places named with what they are: "the Irish hamlet of Tullymore", "a town called
        Bedford Falls", "in Porpoise Spit, Australia". Fictional and small towns are where
        many stories are set and no gazetteer has them; the review says they are places."""
        text = doc.text
        lex = doc.lexicon
        found: list[tuple[str, int, int, str | None]] = []  # name, span, containing place
        # From the capitalised runs the people rules found: a cheap look at the word before
        # each run, the locale checked only after "of", "called", "named" or "is".
        for start, _, run in doc.name_runs():
            if not text.endswith(_LOCALE_WORDS, max(0, start - 7), start):
                continue
            parent = None
            m = _LOCALE_OF.search(text, max(0, start - 30), start)
            if m is None and text.endswith(("called ", "named "), max(0, start - 7), start):
                m = _LOCALE_IN_CALLED.search(text, max(0, start - 130), start)
                # the place named between the locale and its name is what holds it
                inside = [e for e, s, _, _ in mentions if m and m.start() < s < start]
                parent = inside[0].name if inside else None
            if not m:
                continue
            lead = _LOCALE_LEAD.search(text, max(0, m.start() - 40), m.start())
            # "The town is Bedford Falls" only with "the": "a town is" names no place
            if lead and (not m.groupdict().get("is") or lead["article"].lower() == "the"):
                demonym = lead["demonym"]
                if demonym:
                    parent = lex.demonyms.get(demonym)
                    if not parent:
                        continue  # "the Lincoln town of", a name, not a nation
                name = " ".join(run.split()[:3])
                found.append((name, start, start + len(name), parent))
        for entry, start, _, _ in mentions:
            if entry.kind in ("region", "country"):
                town = _TOWN_OF_REGION.search(text, max(0, start - 50), start)
                if town:
                    found.append((town["name"], town.start("name"), town.end("name"), entry.name))
            if entry.kind in ("region", "country", "city", "district") and text.endswith(
                (" in ", " of ", " on ", " near ", " outside ", "the "), max(0, start - 9), start
            ):
                town = _TOWN_APPOSITIVE.search(text, max(0, start - 110), start)
                if town:
                    found.append((town["name"], town.start("name"), town.end("name"), entry.name))
        out: list[str] = []
        for name, start, end, parent in found:
            if _someones_name(doc, name):
                continue  # "the town of Jimmy", a character's name
            if not_story(text, doc.lowered(), *doc.sentence_at(start)):
                continue
            qualified = qualified_place(lex, text, start, end)  # "London, Ontario"
            # "the town of Marrow Creek, Montana": a place no gazetteer has, in the region
            # named after it, which is a setting too, as it is after a town the gazetteer has
            region = None if qualified or parent else region_after(lex, text, end)
            if region:
                parent = region[0].name
            entry = (
                qualified[0]
                if qualified
                else lex.place(name) or PlaceEntry(name, "city", (parent,) if parent else ())
            )
            if entry.name in known or entry.name in out or entry.name in _METONYMS:
                continue
            self._setting(doc, entry, start, end, Relation.SETTING, 0.6)
            out.append(entry.name)
            if region and region[0].kind != "continent" and region[0].name not in known:
                self._setting(doc, *region, Relation.SETTING, 0.6)
                out.append(region[0].name)
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
            if _OPENS_IN.search(text, window, start):
                if RELEASE.search(text, *doc.sentence_at(start)):
                    continue
            elif not (
                _LOCALE_IN.search(text, window, start)
                or _DECADE_BEFORE.search(text, window, start)
                or _SET_SUFFIX.match(text, end)
            ) or not_story(text, doc.lowered(), *doc.sentence_at(start)):
                continue
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
        clauses = story_clauses(doc)
        origins: set[str] = set()  # places someone arrives from
        surnames = {
            surname(c.object) for c in doc.claims if c.relation in _PEOPLE and " " in c.object
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
                word = cap.group(0).strip()
                if word not in doc.lexicon.common or word == "New":
                    continue  # "Denzel Washington", "Jack London"; "New Guinea" is no Guinea
                before = before[: cap.start()]  # "to Nazi Germany": what comes before "Nazi"
            if _CAP_AFTER.match(after) and not _AND_AFTER.match(after):
                continue  # "the Boston Globe", "Paris Review", "London Film Festival"
            if _in_quoted_title(text, m_start, m_end):
                continue  # another film's title: "Last Exit to Brooklyn"
            if in_other_titles_clause(doc, m_start):
                # "Unlike “Fargo,” which was set in Minnesota"; not after any quote, as
                # after_other_title would: "“last stop”, a terminal in Alaska" is no title
                continue
            if _DESTINATION_BEFORE.search(before):
                continue  # "a business trip to Des Moines": not where the story goes
            if _BY_BEFORE.search(before):
                continue  # who did something, not where: "a hit record by Chicago"
            if _NAME_OF.search(before):
                continue  # "Gordon Quinn of Chicago", "the University of Illinois"
            if _COMPASS_OF.search(before) or _FILM_NOUN_AFTER.match(after):
                continue  # "north of Las Vegas" locates elsewhere; "a Hong Kong kung fu epic"
            if not clauses.may_tell_story(m_start, m_end):
                continue  # the film's life, the critic's, or another film's ("His previous film")
            sentence = doc.sentence_at(m_start)
            # 2: the characters live or move there, 1: a preposition of place, 0: named
            if (
                _STORY_VERB_BEFORE.search(before)
                or _WHERE_AFTER.match(after)
                or _POSSESSIVE_LOCALE.match(text, m_end)
                or _FILMS_PLACE_BEFORE.search(before)
            ):
                prep = 2
            elif entry.name in _METONYMS:
                continue  # named for the industry or the audience, not as a story's place
            elif _FROM_BEFORE.search(before):
                if _ARRIVAL.search(text, *sentence):
                    origins.add(entry.name)  # someone comes in from elsewhere: not the setting
                    continue
                # where a character comes from: the setting only when nothing surer is said
                # ("a teacher from Chicago who ..."), as critics name origins in passing
                froms.add((m_start, entry.name))
                prep = 0
            else:
                prep = int(
                    bool(
                        _STORY_PREP.search(before)
                        or _PLACE_NOUN_AFTER.match(text, m_end, m_end + 40)
                        or _LIST_BEFORE.search(text, max(0, m_start - 80), m_start)
                    )
                )
            era = _ERA_AFTER.match(text, m_end) if _THE_BEFORE.search(before) else None
            if era:  # "the Boston of the 1970s": the story's place (the dates read its time)
                prep = 3
            elif entry.kind in ("country", "region") and _PART_OF_LAND_BEFORE.search(before):
                prep = 3  # "a schoolteacher in rural Portugal", "in czarist Russia"
            elif (
                entry.kind == "country"
                and (prep == 2 or (prep and _INSIDE_BEFORE.search(before)))
                and not _LIKE_BEFORE.search(before)
                and plot_sentence(doc, sentence[0], m_start)
            ):
                prep = 3  # a character's doings there: "Anna takes a job in Mexico"
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
                nearby = doc.lexicon.with_ancestors(towns)
                if name not in nearby:  # Manhattan keeps "New York" the city
                    entry = next(
                        (doc.lexicon.place_names[n] for n in namesakes if n in nearby), entry
                    )
            country = entry.kind == "country"
            if (
                (len(hits) >= 2 and any(p for _, _, p in hits))
                or (len(hits) == 1 and hits[0][2] and not country)
                or any(p == 3 for _, _, p in hits)
            ):
                start, end, _ = hits[0]
                conf = 0.7 if len(hits) >= 2 else 0.55
                self._setting(doc, entry, start, end, Relation.SETTING, conf)
                out.append(entry.name)
            elif (
                len(hits) >= 2
                or any(p >= 2 for _, _, p in hits)
                or any((h[0], name) in froms for h in hits)
            ):
                salient.append((entry, hits))
        # A country named once as the characters' home, or a place named three times, is the
        # setting only of a review that says nothing surer about where its story is.
        for entry, hits in salient if not (known or out) else ():
            start, end, _ = next((h for h in hits if h[2] == 2), hits[0])
            self._setting(doc, entry, start, end, Relation.SETTING, 0.55)
            out.append(entry.name)
        return out

    def _unknown_place_at(self, doc: Doc, pos: int) -> tuple[PlaceEntry, int, int] | None:
        """A place no gazetteer holds where a setting cue ends, if the review says it is a
        place (``_UNKNOWN_PLACE``): made-up villages and small islands are where many stories
        are set. Not a person's or a part's name, nor the film's title."""
        m = _UNKNOWN_PLACE.match(doc.text, pos)
        if m is None:
            return None
        group = "called" if m["called"] else "said"
        name = m[group]
        lex = doc.lexicon
        if _someones_name(doc, name) or name == doc.film or name.split()[0] in lex.demonyms:
            return None
        # where the review puts it: "Marrow Creek, Montana", "a company town in McDowell
        # County", "an invented village in the Kakheti region"
        region = region_after(lex, doc.text, m.end(group))
        parent = region[0] if region else None
        if parent is None and group == "said":
            parent = next(
                (
                    e
                    for e, start, _, _ in doc.place_mentions()
                    if m.end() <= start <= m.end() + 40
                    and e.kind in ("city", "district", "region", "country")
                    and doc.text.endswith((" in ", " of ", " on ", " near ", " the "), 0, start)
                ),
                None,
            )
        parents = (parent.name,) if parent else ()
        return PlaceEntry(name, "city", parents), m.start(group), m.end(group)

    def _place_at(self, doc: Doc, pos: int) -> tuple[PlaceEntry, int, int] | None:
        m = _PLACE_NAME_RE.match(doc.text, pos)
        if not m:
            return None
        words = m.group(0)
        # Try the longest known prefix: "Kabardino-Balkaria Republic of the Russian…".
        parts = words.split()
        for n in range(len(parts), 0, -1):
            candidate = " ".join(parts[:n])
            end = m.start() + len(candidate)
            # "shot in London, Ontario", "in Hannibal, Mo.": the row the region qualifies
            qualified = qualified_place(doc.lexicon, doc.text, m.start(), end)
            entry = qualified[0] if qualified else doc.lexicon.place(candidate)
            if entry:
                # The span leaves out a leading "the": evidence is the name itself.
                start = m.start() + (4 if words.lower().startswith("the ") and n > 1 else 0)
                return entry, start, end
        if doc.text.startswith(", ", pos - 2):  # the region of a list: "in Hannibal, Mo."
            region = region_after(doc.lexicon, doc.text, pos - 2)
            if region is not None and region[1] == pos:
                return region
        return None

    def _setting(
        self, doc: Doc, entry: PlaceEntry, start: int, end: int, rel: Relation, conf: float
    ) -> None:
        assert doc.film is not None
        doc.mention(Kind.PLACE, entry.name, start, end, conf)
        if not doc.has_claim(rel, entry.name):
            doc.claim(rel, doc.film, entry.name, start, end, conf)
        self._ancestors(doc, entry, start, end)
        # "in Nome, Alaska": the state or country the review names right after a setting is
        # one too, since the review chose to say it.
        setting = rel is Relation.SETTING
        named = qualified_place(doc.lexicon, doc.text, start, end) if setting else None
        if named and named[1].name in doc.lexicon.with_ancestors(entry.parents):
            _, parent, at, parent_end = named
            self._setting(doc, parent, at, parent_end, rel, conf)

    def claim(self, doc: Doc, entry: PlaceEntry, start: int, end: int, confidence: float) -> None:
        """Claim ``entry`` as the setting, with the places the gazetteer puts it in."""
        self._setting(doc, entry, start, end, Relation.SETTING, confidence)

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

