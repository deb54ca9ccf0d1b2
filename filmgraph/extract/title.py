"""Which film is this review about? Its title, and its year when the text gives one."""

from __future__ import annotations

import re
import string
from collections import defaultdict
from dataclasses import dataclass

from ..model import UNTITLED_FILM, Kind, Relation, plain_words
from .bare_titles import HEADLINE, bare_titles, headline_title
from .doc import Doc
from .text import FOREIGN_ARTICLE, is_title_like, quoted, squash, word_starts

__all__ = ["TitleExtractor"]

_SUBJECT_OF = re.compile(
    r"[,.]?[”\"']{0,2}\s+(?:is|was|tells|follows|begins|opens|stars|isn't|doesn't|has|puts|takes|"
    r"seems|feels|works|wants|interweaves|presents|offers|becomes)\b"
)
# "“Red Firecracker, Green Firecracker,” a visually stunning new Chinese film"
_DESCRIBED_AS_FILM = re.compile(
    r"[,.]?[”\"']{0,2},?\s+(?:is\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,4}?(?:film|movie|comedy|drama|"
    r"documentary|thriller|western|musical|melodrama|romance|fable|adventure|epic|picture|"
    r"feature|debut|chiller|horror\s+film|programmer|potboiler|noir)\b"
)
# "\b[A-Z][A-Z'’&-]{4,}(?:[ ][A-Z][A-Z'’&-]+)*\b|\b[A-Z]{2,}(?:[ ][A-Z]{2,})+\b" with the
# first capital taken before the word-start test: the same matches, but the engine skips to
# capitals instead of testing \b at every character of the review.
_CAPS_TITLE = re.compile(
    r"[A-Z](?<!\w[A-Z])(?:[A-Z'’&-]{4,}(?:[ ][A-Z][A-Z'’&-]+)*\b|[A-Z]+(?:[ ][A-Z]{2,})+\b)"
)
# What may follow a shortened title in its full form: "Shiloh| 2: …", "Bert Rigby|, You're…".
_LONGER_FORM = re.compile(r"[ ,:]")
_SHORT_PHRASE = re.compile(r"[A-Z][\w'’-]*(?: [\w'’-]+){0,5}")
# After a critic's look back at other films, "now" brings on the film under review: "now he
# comes along with “Straw Dogs,”", "and now, in “The Peacemaker,”", "Now comes “Alpha”".
_NOW_BEFORE = re.compile(r"\b[Nn]ow\b[^.;:!?“\"]{0,40}[“\"']{1,2}$")
# What follows a quoted line of dialogue: "“Joe,” she asks", "“Go,” Ann says".
_DIALOGUE_TAG = re.compile(
    r"[ ,.!?]*[”\"'’]{1,2}\s+(?:he|she|they|I|[A-Z][a-z]+)\s+"
    # not "tells", "explains": "In “Summer,” Rohmer tells the story of …"
    r"(?:asks|asked|says|said|replies|replied|whispers|whispered|shouts|shouted)\b"
)
# What introduces another film than the one reviewed: a comparison ("nearer to Asghar
# Farhadi's", "the shadow of"), an actor's or a maker's other work ("so good in", "who made",
# "whose debut,"). A title written after one of these gets no credit for opening the review.
_ANOTHER_FILM = re.compile(
    r"(?:\b(?:since|than|with|from|to|like|unlike|recalls?|recalling|evokes?|echoes|echoing|invokes?|"
    r"reminiscent\s+of|worthy\s+of|owes?\s+(?:\w+\s+)?to|nearer\s+to|closer\s+to|"
    r"think(?:ing)?\s+(?:\w+\s+)?of|reckon\s+with|comparison\s+(?:is\s+)?with)\s+"
    # "think of Ozu, and of Kore-eda's": the comparison may go on through a list
    r"(?:[^\W\d_][\w'’.-]*,?\s+(?:(?:and|or)\s+(?:of\s+)?)?){0,3}"
    r"[^\W\d_][\w.-]*['’]s\s+(?:[\w-]+\s+){0,2}"
    r"|\b(?:so\s+\w+|wonderful|memorable|terrific|unforgettable|superb|brilliant|best\s+known)"
    r"\s+(?:in|for)\s+"
    r"|\bwho\s+(?:also\s+)?(?:made|directed|wrote|gave\s+us)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"|\bwhose\s+(?:(?:first|last|previous|earlier|debut|new)(?:\s+(?:\w+\s+)?(?:film|feature|movie))?"
    r"\s*,?\s+)?"
    # "I've been hearing it since “Picture Bride”": a film seen before this one
    r"|\b(?:ever\s+)?since\s+"
    r"|\b(?:shadow|memory|ghost)\s+of\s+|\bquotation\s+from\s+|\bhomage\s+to\s+"
    r"|\breminiscent\s+of\s+|\b(?:known|remembered)\s+as\s+|\b(?:called|nicknamed|dubbed)\s+"
    r")[“\"‘']?$"
)
# … or is called a model for it: "Walter Salles's “The Motorcycle Diaries” is the obvious
# touchstone".
_MODEL_FOR = re.compile(
    r"[”\"'’]?,?\s+(?:is|was|remains)\s+(?:the|an?)\s+(?:[a-z]+\s+)?(?:touchstone|model|"
    r"template|reference(?:\s+point)?|ancestor|precursor|forerunner|inspiration|blueprint)\b"
)
# … or precedes it: "somebody at the back says, “My God.”"
_SAYS = re.compile(
    r"\b(?:says|said|asks|asked|shouts|shouted|whispers|replies|mutters)[,:]?\s*[“\"‘']$"
)
_YEAR_AFTER = re.compile(r"\s*[”\"]?\s*\((?:[^()\d]{0,40})?((?:18|19|20)\d\d)\)")


def _unglued(found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Quoted titles with their glued spellings joined: "Deathand the Maiden" and "Death
    andthe Maiden" are "Death and the Maiden", the spelling with the most words."""
    spelled: dict[str, str] = {}
    for title, _, _ in found:
        key = "".join(plain_words(title))
        best = spelled.get(key)
        if best is None or len(title.split()) > len(best.split()):
            spelled[key] = title
    return [(spelled["".join(plain_words(t))], s, e) for t, s, e in found]


@dataclass(frozen=True)
class TitleExtractor:
    """Scores quoted titles: frequency, a place in the headline or first sentence.

    Metadata (a JSON Lines ``film`` field) wins over the text.
    """

    name: str = "title"
    version: str = "1.0"

    def __call__(self, doc: Doc) -> None:
        self._choose(doc)
        if doc.film is None:
            # No title found ("Après is exactly as much fun as that sounds"): what the review
            # says of its film still stands, on a film whose title is unknown.
            doc.film = UNTITLED_FILM

    def _choose(self, doc: Doc) -> None:
        review = doc.review
        if review.film_title:
            doc.film = squash(review.film_title)
            self._locate(doc)
            if review.film_year:
                doc.claim(Relation.YEAR, doc.film, review.film_year, 0, 0)
            return
        text = doc.text
        headline_end = doc.headline_end()
        first_sentence_end = doc.sentences[0][1] if doc.sentences else 0
        score: dict[str, float] = defaultdict(float)
        first: dict[str, tuple[int, int]] = {}
        found = _unglued([(squash(t), s, e) for t, s, e in quoted(text)])
        times: dict[str, int] = defaultdict(int)
        for title, _, _ in found:
            times[title] += 1
        for title, start, end in found:
            if _DIALOGUE_TAG.match(text, end) or _SAYS.search(text, max(0, start - 30), start):
                continue  # "“Joe,” she asks, …": a line of dialogue, not a title
            # A foreign title ("Au revoir les enfants") is not title-cased, but it is quoted
            # again and again; a line of dialogue is not.
            # So is a title quoted in the headline ("Rediscovering Ann Lee: “Cenizas en
            # Xochimilco” (1951)").
            foreign = _SHORT_PHRASE.fullmatch(title) is not None and (
                times[title] >= 2 or FOREIGN_ARTICLE.match(title) is not None or end < headline_end
            )
            # (a quoted title may be a common word: Lerner's “Festival!”)
            if not (is_title_like(title) or foreign):
                continue
            if _ANOTHER_FILM.search(text, max(0, start - 90), start) or _MODEL_FOR.match(text, end):
                # named to compare: a candidate still, with no credit for where it stands
                score.setdefault(title, 0.0)
                first.setdefault(title, (start, end))
                continue
            score[title] += 1.0
            if text[max(0, start - 2) : start - 1] == "(":
                score[title] -= 1.0  # an example in brackets: ("Speed 2")
            first.setdefault(title, (start, end))
            if _NOW_BEFORE.search(text, max(0, start - 45), start):
                score[title] += 1.5  # "… and now, in “The Peacemaker,” the climax …"
            if start < headline_end:
                score[title] += 3.0
            elif start < max(first_sentence_end, 400):
                score[title] += 1.5
        # Without a quoted title, some critics set it in capitals: "a funny movie in SPLASH".
        caps: dict[str, list[int]] = defaultdict(list)
        for m in _CAPS_TITLE.finditer(text) if not score else ():
            caps[m.group(0)].append(m.start())
        for words, starts in caps.items():
            if len(starts) >= 2 and string.capwords(words) not in doc.lexicon.common:
                title = string.capwords(words)
                score[title] += 0.75 * min(4, len(starts)) + (1.5 if starts[0] < 400 else 0)
                first.setdefault(title, (starts[0], starts[0] + len(words)))
        bare = bare_titles(doc)
        if not score and not bare:
            self._headline_title(doc, text[:headline_end])
            return
        for title in score:
            # The reviewed film is the subject of sentences ("“Class” is a prep-school
            # retread") and is named again without quotes; other films get a year in brackets.
            hits = word_starts(text, title)
            # A given name quoted once ("they called him “Hal”") is a person, and people are
            # the subjects of sentences too ("Hal was a genius").
            person = " " not in title and title in doc.lexicon.first_names
            for at in () if person else hits:
                if _ANOTHER_FILM.search(text, max(0, at - 90), at):
                    continue  # "who made “Night Ferry,” has an eye": the verb is the maker's
                after = text[at + len(title) : at + len(title) + 40]
                if _SUBJECT_OF.match(after) or _DESCRIBED_AS_FILM.match(after):
                    score[title] += 1.5
                elif _YEAR_AFTER.match(after) and at > max(first_sentence_end, 300):
                    score[title] -= 1.0
            score[title] += 0.25 * min(6, len(hits) - (1 if hits else 0))
        for title, cued in bare.items():
            score[title] += cued.score
            first.setdefault(title, (cued.start, cued.end))
        ranked = sorted(score, key=lambda t: (-score[t], first[t][0]))
        title = ranked[0]
        if score[title] <= 0:
            return  # every title named is another film's: the review's own goes unnamed
        # A review names its film in full first, then shortens it: "Bert Rigby, You're a
        # Fool" then "Bert Rigby"; "Shiloh 2: Shiloh Season" then "Shiloh".
        longer = [
            t
            for t in score
            if first[t][0] < first[title][0]
            and _LONGER_FORM.match(t[len(title) :])
            and t.startswith(title)
        ]
        if longer:
            title = min(longer, key=lambda t: first[t][0])
        doc.film = title
        start, end = first[title]
        doc.film_span = doc.span(start, end)
        doc.mention(Kind.FILM, title, start, end)
        doc.claim(Relation.TITLE, title, title, start, end, min(1.0, 0.5 + score[title] / 10))
        self._year(doc, title)

    def _locate(self, doc: Doc) -> None:
        assert doc.film is not None
        at = doc.text.find(doc.film)
        if at >= 0:
            doc.film_span = doc.span(at, at + len(doc.film))
            doc.mention(Kind.FILM, doc.film, at, at + len(doc.film))
            doc.claim(Relation.TITLE, doc.film, doc.film, at, at + len(doc.film))
        else:
            doc.claim(Relation.TITLE, doc.film, doc.film, 0, 0)

    def _headline_title(self, doc: Doc, headline: str) -> None:
        if not HEADLINE.match(headline.strip()):
            return
        title = squash(headline_title(headline)).strip(" .")
        if is_title_like(title):
            start = doc.text.find(title)
            doc.film = title
            doc.mention(Kind.FILM, title, start, start + len(title), 0.7)
            doc.claim(Relation.TITLE, title, title, start, start + len(title), 0.7)
            self._year(doc, title)

    def _year(self, doc: Doc, title: str) -> None:
        # A headline in capitals gives the year after its own spelling: "CAPROCK (1974)".
        head = doc.text[: doc.headline_end()]
        if title and title not in head:
            for m in re.finditer(re.escape(title), head, re.IGNORECASE):
                if y := _YEAR_AFTER.match(head, m.end()):
                    doc.claim(Relation.YEAR, title, y.group(1), y.start(1), y.end(1), 0.9)
                    return
        # Each occurrence, as a literal finditer would find them (they do not overlap).
        at = doc.text.find(title) if title else -1
        while at >= 0:
            y = _YEAR_AFTER.match(doc.text, at + len(title))
            if y:
                doc.claim(Relation.YEAR, title, y.group(1), y.start(1), y.end(1), 0.9)
                return
            at = doc.text.find(title, at + len(title))
