"""A learned second opinion on where the story is set.

The place rules (:mod:`.places`) claim a setting only when a cue they know says so, and on
reviews none of them was written from they found half the settings. This extractor looks at
every gazetteer place the review names, describes it by a few generic facts (the rules' own
verdict, how and where the review names it, what kind of place it is, whether a place inside
or around it is named too, whether the film table sets the story there or elsewhere) and
weighs them with a logistic model trained on the annotated dev reviews and plots
(``tools/train_models.py``; the weights ship in ``data/models/setting.json``). A
place the model scores at or above its threshold is a setting, if the review names it in a
clause that may tell the story; one a rule claimed but the model scores below it is not.

It runs after the place rules and can be left out as a whole (``filmgraph eval --without
setting-model`` scores the rules alone), and its claims carry its name and the model's
probability as their confidence, so each can be audited.

>>> from filmgraph.model import Review, Relation
>>> from filmgraph.extract import extract
>>> text = ("“Salt Road” (2019) begins after the war. Anna speaks Hungarian. She lives in "
...         "a part of Europe that is perhaps Hungary, perhaps Austria.")
>>> claims = extract(Review(text=text, source="x")).claims_for(Relation.SETTING)
>>> [(c.object, c.extractor) for c in claims if c.object == "Hungary"]
[('Hungary', 'setting-model/1.2')]
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from ..model import Relation
from .doc import Doc
from .lexicon import PlaceEntry
from .logistic import LogisticModel
from .place_cues import _STORY_PREP, _STORY_VERB_BEFORE, _in_quoted_title
from .places import PlaceExtractor
from .story import plot_sentence, story_clauses

__all__ = ["FEATURES", "PlaceCandidate", "SettingModel", "SettingScorer", "place_candidates"]

# A sentence about the film as a film, not about its story.
_CRITICISM = re.compile(  # searched in the lowered text (Doc.lowered)
    r"\b(?:film|films|movie|movies|festival|shot|filmed|released|director|directors|audience|"
    r"audiences|box office|studio|oscar|cinema|picture|critics?|screen(?:ed|ing)?|"
    r"premiere[ds]?|theaters?|theatres?|hollywood)\b"
)
_PREPOSITION = re.compile(
    r"(?:\b(?:in|at|to|from|of|into|across|around|near|outside|through|toward|towards|leaves|"
    r"visits?|reach(?:es)?|arrives?)\s+(?:the\s+)?)$",
    re.IGNORECASE,
)
_IN = re.compile(
    r"\b(?:in|at|into|across|around|outside|through)\s+(?:the\s+|rural\s+|downtown\s+|"
    r"suburban\s+)?$",
    re.IGNORECASE,
)
# "a Chicago cop": the place qualifies a noun. Not when a verb or a preposition follows.
_NOUN_AFTER = re.compile(r"[’']?s?\s+[a-z]")
_NOT_NOUN = (" is", " was", " and", " in", " to", " for", " with", " on", " at", " by",
             " where", " which", " that", " as", " or", " but")  # fmt: skip
_KINDS = ("country", "city", "region", "continent", "district")

#: The features, in the order the weights give them. Booleans count as 0 or 1.
FEATURES: tuple[str, ...] = (
    "rule", "filming", "logcount", "first", "in_frac", "any_in", "prep_frac", "plot_frac",
    "any_plot", "crit_frac", "attr", "quoted_all", "early", *(f"kind_{k}" for k in _KINDS),
    "has_child", "has_parent", "ndistinct", "has_chars", "story_verb", "story_prep",
    "demonym", "share", "crit_only", "known", "known_inside", "known_within", "known_other",
    "known_land",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class PlaceCandidate:
    """A gazetteer place the review names, what describes it, and where the review first
    names it in a clause that may tell the story (``told``; else where it first names it)."""

    place: PlaceEntry
    start: int
    end: int
    features: dict[str, float] = field(default_factory=dict)
    told: bool = False


def place_candidates(doc: Doc) -> list[PlaceCandidate]:
    """Every gazetteer place ``doc`` names, described by :data:`FEATURES`.

    Reads the claims the place rules made, so it runs after them.
    """
    text = doc.text
    mentions = doc.places_not_people()
    if not mentions:
        return []
    settings = {c.object for c in doc.claims if c.relation is Relation.SETTING}
    filming = {c.object for c in doc.claims if c.relation is Relation.FILMING_LOCATION}
    spans: dict[str, tuple[PlaceEntry, list[tuple[int, int]]]] = {}
    for entry, start, end, _ in mentions:
        spans.setdefault(entry.name, (entry, []))[1].append((start, end))
    length = max(1, len(text))
    clauses = story_clauses(doc)
    low = doc.lowered()
    # Where the film table sets the story, and every place containing those places.
    lex = doc.lexicon
    known = {p for e in doc.film_entries() for p in e.settings if p in lex.place_names}
    around = lex.with_ancestors(known) - known
    lands = {p for p in known if lex.place_names[p].kind in ("country", "continent")}
    out = []
    for name, (entry, where) in spans.items():
        n = len(where)
        counts = dict.fromkeys(("in", "prep", "plot", "crit", "attr", "quoted", "early"), 0)
        verb = story = 0
        for start, end in where:
            before = text[max(0, start - 25) : start]
            counts["in"] += bool(_IN.search(before))
            counts["prep"] += bool(_PREPOSITION.search(before))
            s, e = doc.sentence_at(start)
            counts["plot"] += plot_sentence(doc, s, start)
            counts["crit"] += bool(_CRITICISM.search(low, s, e))
            counts["attr"] += bool(
                _NOUN_AFTER.match(text, end) and not text.startswith(_NOT_NOUN, end)
            )
            counts["quoted"] += _in_quoted_title(text, start, end)
            counts["early"] += start < 0.2 * length
            verb += bool(_STORY_VERB_BEFORE.search(text, max(0, start - 40), start))
            story += bool(_STORY_PREP.search(text[max(0, start - 40) : end + 5]))
        said = doc.lexicon.demonyms_of(name)
        within = lex.with_ancestors({name}) if known else set()
        features = {
            "rule": name in settings,
            "filming": name in filming,
            "logcount": math.log1p(n),
            "first": where[0][0] / length,
            "in_frac": counts["in"] / n,
            "any_in": counts["in"] > 0,
            "prep_frac": counts["prep"] / n,
            "plot_frac": counts["plot"] / n,
            "any_plot": counts["plot"] > 0,
            "crit_frac": counts["crit"] / n,
            "attr": counts["attr"] > 0,
            "quoted_all": counts["quoted"] == n,
            "early": counts["early"] > 0,
            **{f"kind_{k}": entry.kind == k for k in _KINDS},
            "has_child": any(name in spans[o][0].parents for o in spans if o != name),
            "has_parent": not set(entry.parents).isdisjoint(spans),
            "ndistinct": math.log1p(len(spans)),
            "has_chars": bool(doc.characters),
            "story_verb": verb > 0,
            "story_prep": story / n,
            "demonym": math.log1p(sum(text.count(w) for w in said)) if said else 0.0,
            "share": n / len(mentions),
            "crit_only": counts["crit"] == n,
            # What the film table knows of the story's place: this one, one inside it
            # (the review's "California" for a film set in Los Angeles), one around it, or
            # only other places. Inside a known country is weaker than inside a known city:
            # a film set in Russia names Moscow for many reasons ("a lawyer from Moscow").
            "known": name in known,
            "known_inside": name in around,
            "known_within": name not in known and not (known - lands).isdisjoint(within),
            "known_land": name not in known and not (known & lands).isdisjoint(within),
            "known_other": bool(known) and name not in around and known.isdisjoint(within),
        }
        # What the place rules know a setting is not, the model is not left to learn again
        # from a few hundred examples.
        told = next(
            (
                (s, e)
                for s, e in where
                if clauses.may_tell_story(s, e) and not _in_quoted_title(text, s, e)
            ),
            None,
        )
        start, end = told or where[0]
        floats = {k: float(v) for k, v in features.items()}
        out.append(PlaceCandidate(entry, start, end, floats, told is not None))
    return out


class SettingModel(LogisticModel):
    """Logistic weights over :data:`FEATURES`, and the probability a setting needs."""

    __slots__ = ()
    FEATURES = FEATURES
    WHAT = "setting model"
    NAME = "setting"


_PLACES = PlaceExtractor()


@dataclass(frozen=True)
class SettingScorer:
    """Decide each named place's setting by the model: add what it scores as a setting and
    names in a clause that may tell the story, withdraw a rule's setting it scores as not
    one."""

    name: str = "setting-model"
    version: str = "1.2"  # 1.1: what the film table knows of where the story is set; 1.2: a
    # place inside a known country apart from one inside a known city or region
    model: SettingModel | None = None

    def __call__(self, doc: Doc) -> None:
        if not doc.film:
            return
        model = self.model or SettingModel.shipped()
        added, withdrawn = model.weigh(place_candidates(doc), lambda c: c.features)
        for c, p in added:
            if c.told:  # named where the story may be told, not only in the film's life
                _PLACES.claim(doc, c.place, c.start, c.end, round(p, 3))
        doc.withdraw(Relation.SETTING, {c.place.name for c in withdrawn})
