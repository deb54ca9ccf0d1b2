"""Directors: "directed by X", "X's film", "“Title,” by X", "X, who directed it"; the
writer-director cues claim both roles. Writers alone are in ``writers``."""

from __future__ import annotations

import re

from ...model import Relation, surname
from ..doc import Doc
from ..text import NAME, NAME_RE, find_all, near, squash, stem_matches, word_starts
from .context import after_other_title, compared, same_film, spellings
from .patterns import (
    DEBUT_CUE,
    DIRECTOR_CUE,
    FILMS_CUE,
    FIRST_FILM_CUE,
    LONG_ASIDE,
    MAKER_AT_WORK_CUE,
    OPEN_PAREN,
    POSSESSIVE_CUE,
    TEAM_OF,
    WRITER_DIRECTOR,
    Anchors,
)
from .pronouns import antecedent
from .record import (
    clean,
    full_name,
    is_cast,
    person_like,
    role,
    role_list,
    role_of,
    role_pair,
    shared_surname,
)

__all__ = ["directors_at_work", "find_directors", "strongest_directors"]

_DIRECTOR = re.compile(
    # "directed jointly by", "directed with a light touch by", "directed by the sibling team of"
    rf"(?:(?:[Cc]o-d|[Dd])irected\s+(?:[a-z]+ly\s+|(?:with|in)\s+(?:[a-z-]+\s+){{0,3}}?)?by(?:{TEAM_OF}|\s+the(?:\s+[a-z-]+){{0,2}}?)?(?:\s+late)?|direction\s+(?:of|by)|(?:[Ww]riter-|[Cc]o-)?[Dd]irectors?|[Ff]ilmmakers?|[Dd]ocumentarians?|"
    # "the directing duo of Ann Lee and Bo Day", "the writing-directing team Ann Lee and Bo Day"
    rf"helmed\s+by|[Hh]elmer|[Aa]uteur|directing\s+(?:duo|team|pair|partnership)(?:\s+of)?)"
    rf"(?:\s+(?:is|was))?\s*,?\s+(?P<name>{NAME})"
    rf"(?:\s+and\s+(?P<name2>{NAME}))?"
)
_DIRECTOR_AFTER = re.compile(
    rf"(?:(?P<name0>{NAME})\s+and\s+)?"
    # "Ann Lee (“Salt”)", "Ann Lee, a painter,", "Ann Lee, who also wrote it," directed
    rf"(?P<name>{NAME})(?:\s*\([^()]{{1,80}}\)|,\s+(?:an?|the)\s+[^,.;()]{{1,40}},"
    rf"|,\s+who\s+[^,.;()“”\"]{{1,60}},)?,?\s+"
    rf"(?P<who>who\s+)?(?:(?:has|had)\s+)?(?:directs|directed|co-directed|helms|helmed|directing)\b"
    rf"(?!\s+by)"
)
_OPEN_WHO = re.compile(rf"(?P<head>{NAME}),\s+who\s+[^,;.()]*$")
_THIS_FILM = re.compile(r"\s+(?:the\s+film|the\s+movie|this\s+film|this\s+movie|it)\b")
# The object of "directed": a quoted title, which may be another film.
_QUOTED_NEXT = re.compile(r"\s+[“\"‘](?P<title>[^”\"’]{1,80})[”\"’]")
# "Under Lee's assured direction", "the directing debut of Ann Lee": the direction itself
# named as someone's ("Ann Lee, making her directorial debut," is read in ``makers``).
_DIRECTION_OF = re.compile(
    # "Lee's assured direction", "Lee's screenplay and direction"
    rf"(?P<name>{NAME})['’]s?\s+(?:[a-z-]+\s+){{0,3}}?(?:direction|directing)\b"
    rf"|(?:directing|directorial|feature)\s+(?:debut|effort)\s+(?:of|for|by)\s+(?P<name2>{NAME})"
)
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
    # "Zhou Lan's elegant, overstuffed film", "Ann Lee's warm and funny road movie"
    rf"(?P<name>{NAME})['’]s?\s+(?:(?:[a-z-]+|[0-9]+(?:st|nd|rd|th)|(?:19|20)[0-9]{{2}})"
    r"(?:,|\s+and)?\s+){0,4}"
    r"(?P<noun>film|movie|picture|feature|debut|documentary|drama|comedy|thriller|western|"
    r"musical|masterpiece|adaptation|remake|sequel|epic|melodrama|satire|romance)\b"
    r"(?P<after>\s*,?\s*[“\"‘][^”\"’]{1,80}[”\"’])?"
)
# "“Red Sorghum,” by Zhang Yimou", "“Alpha” is the work of Ann Lee", "“Alpha” comes from
# Ann Lee", "“Alpha” (Ann Lee, 2019)": the reviewed title followed by its maker.
_TITLE_BY = re.compile(
    rf"[,.]?[”\"]?,?\s*(?:\s(?:(?:is|was)\s+(?:(?:made|directed)\s+)?)?by\s+|"
    r"\s(?:is|was)\s+the\s+(?:latest\s+|new\s+)?work\s+of\s+|\scomes\s+(?:to\s+us\s+)?from\s+|"
    r"\s(?:(?:is|was)\s+)?the\s+(?:latest|newest)\s+from\s+|"
    rf"\(\s*(?=[^()]*,\s*(?:19|20)[0-9]{{2}}\s*\)))(?P<name>{NAME})"
)
# "three directors (Charlie Bean, Paul Fisher and Bob Logan)", "Robert Lorenz, this film's helmer"
_DIRECTORS_PAREN = re.compile(
    rf"(?:\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:co-)?director|(?:[Cc]o-)?[Dd]irectors)\s*"
    rf"\(\s*(?P<names>{NAME}(?:\s*,\s*{NAME})*(?:,?\s+and\s+{NAME})?)\s*\)"
)
# "Mick Jackson (who directed)", "“Orgazmo,” a comedy by Trey Parker", "Bonnie Hunt's “Return…”"
_WHO_DIRECTED = re.compile(rf"(?P<name>{NAME})\s*\(\s*who\s+(?:co-)?direct(?:ed|s)\b")
_TITLE_GENRE_BY = re.compile(
    # "“Ferry Weather” (a day the ferries run) is the first feature by …"
    rf"[,.]?[”\"]?(?:\s*\([^()]{{1,240}}\))?,?\s+(?:is\s+)?(?:a|an|the)\s+"
    rf"(?:[\w-]+,?\s+){{0,6}}?(?:film|movie|comedy|"
    rf"drama|documentary|thriller|western|musical|feature|picture|caper|road\s+movie)\s+"
    rf"(?:by|from)\s+"
    # "a comedy by “South Park” co-creator Trey Parker": the maker's credentials come first;
    # "a first feature from an Atlanta filmmaker named Terrence Okafor-Hale"
    rf"(?:[“\"][^”\"]{{1,40}}[”\"]\s+)?(?:(?:an?\s+)?(?:[\w-]+\s+){{0,2}}?"
    rf"(?:filmmaker|director|documentarian)\s+(?:named|called)\s+|(?:[a-z-]+\s+){{0,2}}?)"
    rf"(?P<name>{NAME})(?:\s+and\s+(?P<name2>{NAME})(?![\w'’-]|\s[A-Z]))?"
)
# Where a clause opens: after a comma, a semicolon or a dash, maybe with "and" or "but".
_CLAUSE_BEFORE = re.compile(r"(?:[,;:—–]\s*(?:(?:and|but|yet|so|while)\s+)?|\b(?:and|but)\s+)$")
# "The new film by Ann Lee is …": the reviewed film, as the latest of its maker's.
_NEW_FILM_BY = re.compile(
    r"\b[Tt]he\s+(?:new|latest)\s+(?:(?:[\w-]+\s+)?(?:film|movie|picture|comedy|drama|thriller|"
    rf"documentary|caper)\s+)?(?:by|from)\s+(?:[a-z-]+\s+)?(?P<name>{NAME})"
)
# "In “Alpha,” Ann Lee tells …", "With “Alpha,” Ann Lee has made …": the title, then its maker
# at work.
_TITLE_LEAD_BEFORE = re.compile(r"\b(?:[Ii]n|[Ww]ith)\s+[“\"]$")
# "Ann Lee has made “Alpha” into…", "Ann Lee spent three years filming “Alpha”": its maker.
_MADE_BEFORE = re.compile(
    rf"(?P<name>{NAME})\s+(?:(?:has|had)\s+)?(?:made|makes|spent\s+(?:[\w-]+\s+){{1,3}}"
    r"(?:making|filming|shooting))\s+[“\"‘]$"
)
# "Ann Lee's new “Alpha”", "Ann Lee's quietly devastating Alpha", "Ann Lee and Bo Day's
# Alpha" (the pair made it together)
_POSS_BEFORE = re.compile(
    rf"(?:(?P<name0>{NAME})\s+and\s+)?(?P<name>{NAME})['’]s?\s+"
    # not "Samuel Butler's novel The Way of All Flesh", "Al Pacino's accent was Cuban"
    r"(?P<words>(?:(?!(?:is|was|are|were|has|had|novel|book|play|story|poem|memoir|song|"
    r"opera|musical|series|show)\b)[a-z-]+\s+){0,3})[“\"‘]?$"
)
_DIRECTOR_APPOS = re.compile(
    rf"(?P<name>{NAME}),\s+(?:this|the)\s+(?:film|movie|picture|documentary)['’]s\s+"
    rf"(?:[\w-]+\s+)?(?:director|helmer)\b"
)
# "the director and co-writer, Gianni Amelio", "writer and director Kirk Jones"
_MAKER_BEFORE = re.compile(
    rf"\b(?:[Ww]riter[- ]and[- ]director|[Dd]irector\s+and\s+(?:co-?)?writer|"
    rf"[Ww]riter[-/][Dd]irector|[Dd]irector[-/][Ww]riter)\s*,?\s+(?P<name>{NAME})"
)
# "Kirk Jones, the writer and director,", "Robert Rodriguez, the writer and director"
_MAKER_AFTER = re.compile(
    # "Ann Lee, the Hungarian filmmaker,", "Ann Lee, its maker,"
    rf"(?P<name>{NAME}),\s+(?:the|its|this\s+film['’]s)\s+(?:[A-Za-z-]+\s+)?(?P<what>"
    rf"writer\s+and\s+director|writer-director|director\s+and\s+(?:co-?)?writer|director|"
    rf"filmmaker|documentarian|auteur|(?<=its\s)maker)\b"
)
# "Billy Bob Thornton, who wrote it, directed it", "… also wrote and directed this movie"
# Scanned over the whole review: each word opens the pattern and the word-start test (a
# lookbehind over the word) follows it, so the engine skips to the words' first letters
# instead of testing a \b at every character. The same matches as "\b(?:(?:co-)?wrote…)".
_MADE_IT = re.compile(
    r"(?:co-wrote(?<!\wco-wrote)\s+and\s+directed|wrote(?<!\wwrote)\s+and\s+directed|"
    r"writes(?<!\wwrites)\s+and\s+directs|directed(?<!\wdirected)\s+it\b|"
    r"wrote(?<!\wwrote)\s+it,\s+directed|"
    # The actor-director: "writing, directing and starring in", "stars in and directs"
    r"direct(?<!\wdirect)(?:ed|s|ing)\s+and\s+star(?:red|s|ring)\b|"
    r"star(?<!\wstar)(?:red|s|ring)\s+in\s+and\s+direct(?:ed|s|ing)\b|"
    # "Declan Moriarty wrote “The Long Field,” directed “The Long Field” and stars in it":
    # only with the film's own title next (checked below)
    r"directed(?<!\wdirected)(?=\s+[“\"‘]))"
)
_MADE_IT_STEMS = ("co-wrote", "wrote", "writes", "direct", "star")  # what _MADE_IT opens on
# "Ann Lee, a former documentarian who spent a decade filming strikes, has made a thriller":
# the maker at work, after an aside too long for _MAKER_AT_WORK's window.
_HAS_MADE_AFTER_ASIDE = re.compile(
    rf"(?P<name>{NAME}){LONG_ASIDE}has\s+(?:now\s+)?made\s+"
    r"(?:an?|her|his|their)\s+(?:[a-z-]+\s+){0,3}?"
    r"(?:film|movie|picture|documentary|comedy|drama|thriller|feature)\b"
)
_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
# What the actor-director made, when named: "starring in “Return of the Dragon”".
_IN_TITLE_NEXT = re.compile(r"(?:\s+in)?\s*[“\"‘](?P<title>[^”\"’]{1,80})[”\"’]")
# "could inspire another movie, perhaps one directed by…", "Redford's earlier spy thriller"
_HYPOTHETICAL = re.compile(
    r"\b(?:another|earlier|previous|other)\s+(?:[a-z-]+\s+)?(?:film|movie|one)\b"
)
# Another work named right before "directed by" in its sentence: "The original 1960
# version, directed by…", "the sequel, directed by…", "the stage version", "westerns
# directed by…", "acted in a film directed by…". ("This version" and "the new version" are
# the film under review; so may "his last film" be.)
_OTHER_WORK = re.compile(
    r"\b(?:(?:original|earlier|first|(?:1[89]|20)\d\d|stage|Broadway|TV|television|silent)"
    r"\s+(?:[a-z-]+\s+)?(?:version|film|movie|original|production|series|show)"
    r"|(?:[Tt]he|[Aa]|[Ii]ts|[Tt]his)\s+(?:original|sequel|prequel|remake|play|opera|musical|ballet|"
    r"series|episode|documentary\s+about)"
    r"|(?:films|movies|pictures|westerns|comedies|dramas|thrillers|documentaries|musicals|"
    r"episodes|shows)"
    r"|\bin\s+an?\s+(?:[a-z-]+\s+)?(?:film|movie|picture))\b[^.;:!?]{0,25}$"
)
_EARLIER = re.compile(r"['’]s?\s+(?:[a-z-]+\s+)?(?:earlier|previous|other|next|last)\b")


# A credit line under the headline: "A documentary by Aigerim Sadykova", "A film by Ann Lee".
_CREDIT_LINE = re.compile(
    r"^(?:An?\s+)?(?:[\w-]+\s+){0,2}?(?:[Ff]ilm|[Dd]ocumentary|[Mm]ovie|[Pp]icture)\s+by\s+"
    rf"(?P<name>{NAME})\s*$",
    re.MULTILINE,
)
_HEAD_LINES = 4  # the headline, a blank, a subheading or credit line, a blank


# "Ann Lee is the director", "Ann Lee, director of “Alpha,”": the title must be this film.
# "It is a film by Ann Lee", "The movie was made by Ann Lee", "This is the work of Ann Lee":
# the film itself the subject.
_IT_IS_BY = re.compile(
    # Opens with the literal words (no "\b"), so the engine skips to them; the word start
    # is checked where it matches.
    r"(?:It|This|The\s+(?:film|movie|picture)|this\s+(?:film|movie|picture))"
    r"(?:['’]s|\s+is|\s+was)\s+(?:(?:an?|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:film|movie|documentary|comedy|drama|thriller|picture|feature|work)\s+(?:by|from|of)"
    r"|(?:[a-z]+ly\s+)?made\s+by|the\s+(?:latest|newest)\s+(?:from|by)|by)\s+(?:(?:the\s+)?(?:[\w-]+\s+)?(?:director|filmmaker)\s+)?"
    rf"(?P<name>{NAME})"
)
# "It's a Harlan Voss picture": the maker's name as the film's kind (not a star's vehicle).
_IT_IS_NAMES = re.compile(
    r"(?<!\w)(?:It|This)(?:['’]s|\s+is|\s+was)\s+an?\s+"
    rf"(?P<name>{NAME})\s+(?:film|picture|movie|production|joint)\b"
)
_TITLE_NEXT = re.compile(r"\s*,?\s*[“\"‘](?P<title>[^”\"’]{1,80})[”\"’]")
_IS_DIRECTOR_BEFORE = re.compile(
    r"(?:\b(?:is|was)\s+(?:the|its|this\s+film['’]s)|,)\s+(?:[a-z-]+\s+)?(?:co-)?$"
)
_IS_DIRECTOR = re.compile(
    rf"(?P<name>{NAME})(?:\s+(?:is|was)\s+(?:the|its|this\s+film['’]s)|,)\s+(?:[a-z-]+\s+)?"
    rf"(?:co-)?director\b(?:\s+of\s+[“\"‘](?P<title>[^”\"’]{{1,80}})[”\"’]|(?!\s+of\b))"
)
# The maker at work: "Kovacs cuts to the river", "Lee's camera lingers", "Lee has made a
# patient film". Actors and cinematographers do some of this too, so these are weak guesses
# (below "directed by", which outranks them) and never name someone known for other work.
_MAKER_AT_WORK = re.compile(
    rf"(?P<name>{NAME})(?:['’]s?\s+(?:[a-z-]+\s+)?"
    r"(?:camera(?![\w-]|\s+(?:work|operator))|staging|framing|mise-en-sc[eè]ne)\b"
    r"|\s+(?:(?:also|again|once\s+again|often|repeatedly|then|simply|sometimes)\s+)?"
    r"(?:cuts\s+(?:to(?!\s+the\s+chase)|away|back|between|from)\b"
    r"|(?:keeps|lets|moves|holds|points|turns|trains)\s+(?:the|his|her|their)\s+camera\b"
    r"|has\s+(?:made|filmed|fashioned|crafted)\s+(?:an?|this|the|his|her|their)\s+"
    r"(?:[a-z-]+\s+){0,3}?"
    r"(?:film|movie|picture|documentary|comedy|drama|thriller|gem|feature)\b"
    r"|filmed\s+(?:it|this\s+(?:film|movie|story)|the\s+(?:film|movie|story))\b"
    r"|(?:is|was|stands|steps)\s+behind\s+the\s+camera\b"
    # "Kovacs films the story in long takes" (not "films the story of", said of others)
    r"|films\s+(?:it|the\s+(?:action|story|scenes?)|this\s+story)\b(?!\s+of\b)"
    # the maker's crew and choices: "Kovacs and her cinematographer", "Lee cast the film
    # with unknowns", "Lee has assembled a fine cast", "Lee based the film on a novel"
    r"|and\s+(?:his|her|their)\s+(?:cinematographer|editor|director\s+of\s+photography)\b"
    r"|(?:cast|casts)\s+(?:the|this|his|her)\s+(?:film|movie|picture)\s+with\b"
    r"|has\s+assembled\s+an?\s+(?:[a-z-]+\s+){0,2}?cast\b"
    r"|based\s+(?:the|this|his|her)\s+(?:film|movie|picture|screenplay)\s+on\b))"
)


# A title before a name ("director Ann Lee") that is a crew post, someone else's, or a part
# someone plays: "the casting director, Ann Lee", "fellow director Ann Lee", "plays a film
# director, Ann Lee".
_NOT_THIS_DIRECTOR = re.compile(
    r"\b(?:(?:casting|art|festival|music|musical|photography|creative|artistic|managing|"
    r"assistant|second-unit|unit|dialogue|stunt|dance|technical|animation|program|programming|"
    r"stage|theater|theatre|television|TV|commercials?|video|"
    # posts outside film-making: "local publicity director Jimmy Bradshaw"
    r"publicity|news|sales|marketing|advertising|medical|research|executive|athletic|"
    r"campaign|funeral|cruise|choir|museum|school|hospital|prison|camp|project|zoo|circus|"
    r"ballet|opera|orchestra|bank|agency|associate|deputy|regional|national|finance|"
    r"tournament|laboratory|lab)"
    r"|(?:[Aa]nother|[Ff]ellow|[Oo]ther|[Rr]ival)(?:\s+[a-z-]+)?"
    r"|(?:plays|playing|played|portrays|portraying|as)\s+(?:an?|the)\s+(?:[a-z-]+\s+){0,2}?"
    r"|about\s+(?:the\s+)?(?:[a-z-]+\s+)?)"
    r"\s*$"
)
# A title before a name in a sentence's opening, or after "by", "from", "the film's": the
# film's maker. After other words ("admires director Ann Lee", "studied under director Ann
# Lee", "As director Ann Lee once said") it names some director, maybe this film's.
_MAKER_BEFORE_TITLE = re.compile(
    r"(?:^|[.!?:;(“\"]\s*|\b(?:by|from|and|with)\s+|['’]s\s+|[,—–]\s+(?:the\s+)?|"
    r"\b(?:[Tt]he|[Ii]ts|[Tt]his)\s+(?:[a-z-]+\s+)?)$"
)
# The cues of _DIRECTOR that are a title before the name, not a verb ("directed by").
_EPITHET = re.compile(
    r"(?:[Ww]riter-|[Cc]o-)?(?:[Dd]irectors?|[Ff]ilmmakers?|[Dd]ocumentarians?|[Hh]elmer|[Aa]uteur)\b"
)


def _epithet_confidence(text: str, start: int) -> float | None:
    """How surely a title before a name ("director Ann Lee") at ``start`` names this film's
    director: 0.9, 0.75 (some director), or None (a crew post, another's, a part)."""
    before = text[max(0, start - 40) : start]
    if _NOT_THIS_DIRECTOR.search(before):
        return None
    return 0.9 if _MAKER_BEFORE_TITLE.search(before) else 0.75


# "“Salt Road” is the first film directed by …": the other work is the reviewed film.
_FILM_IS = re.compile(
    r"\W*(?P<title>[^”\"]{1,80})[”\"],?\s+(?:is|was)\s+(?:also\s+)?(?:the|an?|her|his|their)\s+$"
)


def _other_work(doc: Doc, since: int, pos: int) -> bool:
    other = _OTHER_WORK.search(doc.text, since, pos)
    if other is None:
        return False
    this = _FILM_IS.fullmatch(doc.text, doc.sentence_at(pos)[0], other.start())
    return not (this and same_film(doc, this["title"]))


def find_directors(doc: Doc, anchors: Anchors) -> None:
    text = doc.text
    for m in near(_DIRECTOR, text, anchors(DIRECTOR_CUE), before=40, after=80):
        since = max(doc.sentence_at(m.start())[0], m.start() - 60)
        if (
            after_other_title(doc, m.start())
            or _HYPOTHETICAL.search(text, max(0, m.start() - 60), m.start())
            or _other_work(doc, since, m.start())
        ):
            continue  # "“The Tailor of Panama,” directed by John Boorman": another film
        conf = _epithet_confidence(text, m.start()) if _EPITHET.match(text, m.start()) else 0.9
        if conf is None:
            continue
        # the second as sure as the first: "But directors Ann Lee and Bo Day" is no surer
        # of Bo Day
        second = min(conf, 0.85)
        role_pair(doc, Relation.DIRECTOR, m, conf, second_conf=second, mononym=True)
        if WRITER_DIRECTOR.search(text, max(0, m.start() - 8), m.start("name")):
            role_pair(doc, Relation.WRITER, m, 0.9, second_conf=0.85)
    for m in near(_DIRECTOR_AFTER, text, anchors(DIRECTOR_CUE), before=80, after=20):
        other = None if m["who"] else _QUOTED_NEXT.match(text, m.end())
        if other and not same_film(doc, other["title"]):
            continue  # "Ingmar Bergman directed “Persona” in 1966"
        # "Costa-Gavras, who directed the film,": as strong as "directed by".
        this = bool(m["who"] and _THIS_FILM.match(text, m.end()))
        names = [(m[g], m.start(g), m.end(g)) for g in ("name0", "name") if m[g]]
        if m["name0"]:  # "Joel and Ethan Coen directed": Joel Coen
            names[0] = (shared_surname(doc, m["name0"], m["name"]), *names[0][1:])
        # "Ann Lee, who wrote the script with Bo Day, directed": Bo Day ends the relative
        # clause; the one it is hung on directed.
        head = _OPEN_WHO.search(text, doc.sentence_at(m.start())[0], m.start("name"))
        if head and text.startswith(",", m.end("name")):
            names = [(head["head"], head.start("head"), head.end("head"))]
        for name, start, end in names:
            role(doc, Relation.DIRECTOR, name, start, end, 0.85 if this else 0.75, mononym=True)
    of_title = [p for p in anchors(DIRECTOR_CUE) if text.startswith("irector of ", p + 1)]
    for m in near(_DIRECTOR_OF_TITLE, text, of_title, before=10, after=120):
        if same_film(doc, m["title"]):
            role_of(doc, Relation.DIRECTOR, m, 0.85)
    direction = [*anchors(DIRECTOR_CUE), *anchors(DEBUT_CUE)]  # "the feature debut of"
    for m in near(_DIRECTION_OF, text, direction, before=80, after=60):
        group = "name" if m["name"] else "name2"
        if after_other_title(doc, m.start()) or compared(doc, m.start()):
            continue
        role_of(doc, Relation.DIRECTOR, m, 0.75, group=group)
    for m in near(_DIRECTOR_POSS, text, anchors(POSSESSIVE_CUE), before=80, after=150):
        after = m["after"]
        if after and not (doc.title and doc.title in after):
            continue  # "Truffaut's film “Jules and Jim”": another film
        if is_cast(doc, m["name"]) or _EARLIER.search(m.group(0)):
            continue  # "Bruce Lee's last movie", "Redford's earlier spy thriller"
        if _star_vehicle(doc, m["name"]):
            continue  # "the new Tom Cruise movie": a star's, not its maker's
        if not after and _maker_of_another(doc, m["name"]) and not _names_film(doc, m.start()):
            continue  # "Erice's “The Spirit of the Beehive”" first, then "in Erice's film"
        role_of(doc, Relation.DIRECTOR, m, 0.7)
    for title in spellings(doc.title):
        at = text.find(title)
        while at >= 0:
            # Only the quoted title: not "Body Snatchers" in "Invasion of the Body Snatchers".
            quoted = at > 0 and text[at - 1] in "“\"'‘"
            end = at + len(title)
            by = (
                (_TITLE_BY.match(text, end) or _TITLE_GENRE_BY.match(text, end)) if quoted else None
            )
            if by is None and (
                doc.sentence_at(at)[0] == at or _CLAUSE_BEFORE.search(text, max(0, at - 12), at)
            ):
                # "Latex Heart, a 2014 documentary by Dana Whitcomb, is": unquoted, the title
                # opens its sentence or a clause ("…, and Latex Heart, a documentary by"), so it
                # is no tail of a longer title
                by = _TITLE_GENRE_BY.match(text, end)
            if by:
                role_of(doc, Relation.DIRECTOR, by, 0.8)
                if by.re is _TITLE_GENRE_BY and by["name2"]:
                    role_of(doc, Relation.DIRECTOR, by, 0.8, group="name2")
            told = (
                _TITLE_MAKER_VERB.match(text, end)
                if quoted and _TITLE_LEAD_BEFORE.search(text, max(0, at - 8), at)
                else None
            )
            if told and not is_cast(doc, told["name"]):
                role_of(doc, Relation.DIRECTOR, told, 0.7)
            latest = _TITLE_POSS_LATEST.match(text, end) if quoted else None
            if latest and not is_cast(doc, latest["name"]):
                role_of(doc, Relation.DIRECTOR, latest, 0.75)
            new = _TITLE_NEW.match(text, end) if quoted else None
            if new and not is_cast(doc, new["name"]):
                role_of(doc, Relation.DIRECTOR, new, 0.75)
            p = _POSS_BEFORE.search(text, max(0, at - 100), at)
            if p and p["words"] and (is_cast(doc, p["name"]) or _star_vehicle(doc, p["name"])):
                p = None  # "Tom Cruise's high-flying Top Gun": the star's
            if p:  # "Joel and Ethan Coen's": Joel Coen too
                role_pair(doc, Relation.DIRECTOR, p, 0.75, first="name0", second="name")
            made = _MADE_BEFORE.search(text, max(0, at - 90), at) if quoted else None
            if made and not is_cast(doc, made["name"]):
                role_of(doc, Relation.DIRECTOR, made, 0.75)
            at = text.find(title, at + 1)
    for m in near(_NEW_FILM_BY, text, anchors(FIRST_FILM_CUE), before=10, after=80):
        if not (after_other_title(doc, m.start()) or is_cast(doc, m["name"])):
            role_of(doc, Relation.DIRECTOR, m, 0.7)
    for m in near(_DIRECTORS_PAREN, text, anchors(DIRECTOR_CUE), before=30, after=200):
        role_list(doc, Relation.DIRECTOR, m, 0.85)
    for m in near(
        _WHO_DIRECTED,
        text,
        anchors(OPEN_PAREN),
        before=60,
        after=30,
    ):
        role_of(doc, Relation.DIRECTOR, m, 0.85)
    for m in near(_MAKER_BEFORE, text, anchors(DIRECTOR_CUE), before=60, after=80):
        for rel in (Relation.DIRECTOR, Relation.WRITER):
            role_of(doc, rel, m, 0.85)
    its_maker = (p + 6 for p in find_all(text, ", its maker"))  # "Ann Lee, its maker,"
    for m in near(_MAKER_AFTER, text, [*anchors(DIRECTOR_CUE), *its_maker], before=90, after=40):
        rels = [Relation.DIRECTOR] + ([Relation.WRITER] if "writer" in m["what"] else [])
        for rel in rels:
            role_of(doc, rel, m, 0.85)
    for m in stem_matches(_MADE_IT, text, doc.lowered(), _MADE_IT_STEMS):
        s, _ = doc.sentence_at(m.start())
        subject = next(
            (
                (who, n.start(), n.end())
                for n in NAME_RE.finditer(text, s, m.start())
                if (who := _maker_named(doc, n.group(0)))
            ),
            None,
        )
        if subject is None and _PRONOUN.search(text, s, m.start()):
            # "He died in 1973, after writing, directing and starring in …": the person
            # named just before
            maker = antecedent(doc, m.start())
            subject = (maker, m.start(), m.end()) if maker else None
        named = _IN_TITLE_NEXT.match(text, m.end())
        if named and not same_film(doc, named["title"]):
            continue  # "… directed and starred in “Other Film”"
        if m.group(0) == "directed" and not named:
            continue
        if subject is not None and not after_other_title(doc, m.start()):
            rels = [Relation.DIRECTOR] + ([Relation.WRITER] if "wr" in m.group(0) else [])
            rels += [Relation.ACTOR] if "star" in m.group(0) else []
            for rel in rels:
                role(doc, rel, *subject, 0.75)
    for m in near(_DIRECTOR_APPOS, text, anchors(FILMS_CUE), before=80, after=40):
        role_of(doc, Relation.DIRECTOR, m, 0.8)
    for m in _IT_IS_BY.finditer(text):
        if m.start() and text[m.start() - 1].isalnum():
            continue
        named = _TITLE_NEXT.match(text, m.end())
        if named and not same_film(doc, named["title"]):
            continue  # "It was a film by Ann Lee, “Salt,” that …": another of hers
        if not after_other_title(doc, m.start()) and not _HYPOTHETICAL.search(m.group(0)):
            role_of(doc, Relation.DIRECTOR, m, 0.75)
    top = "\n".join(text.split("\n", _HEAD_LINES)[:_HEAD_LINES])
    for m in _CREDIT_LINE.finditer(top):
        role_of(doc, Relation.DIRECTOR, m, 0.85)
    for m in _IT_IS_NAMES.finditer(text):
        if _star_vehicle(doc, m["name"]) or is_cast(doc, m["name"]):
            continue  # "It's a Tom Cruise movie"
        if not (after_other_title(doc, m.start()) or compared(doc, m.start())):
            role_of(doc, Relation.DIRECTOR, m, 0.7)
    # Only "director" after "is the", "was its" or a comma: the pattern opens with a name.
    is_director = [
        p
        for p in anchors(DIRECTOR_CUE)
        if text.startswith("director", p) and _IS_DIRECTOR_BEFORE.search(text, max(0, p - 30), p)
    ]
    for m in near(_IS_DIRECTOR, text, is_director, before=80, after=100):
        title = m["title"]
        if (title and not same_film(doc, title)) or (
            not title and after_other_title(doc, m.start())
        ):
            continue
        role_of(doc, Relation.DIRECTOR, m, 0.85)


def _maker_named(doc: Doc, found: str) -> str | None:
    """The person a name run before "wrote and directed" stands for: a full name, or a
    surname the review gives in full elsewhere ("Lee, who wrote and directed, …")."""
    name = clean(doc, found, 0)[0]
    if " " not in name:
        return full_name(doc, name)
    return found if person_like(doc, name, cued=True) else None


# After a surname: "'s “The Spirit of the Beehive”", "'s beloved “Persona”".
_POSSESSIVE_TITLE = re.compile(r"['’]s?\s+(?:[a-z-]+\s+){0,3}?[“\"‘](?P<title>[^”\"’]{1,80})[”\"’]")


def _maker_of_another(doc: Doc, name: str) -> bool:
    """The review names ``name``'s (surname's) possessive before a quoted title that is not
    the reviewed film's: "Víctor Erice's “The Spirit of the Beehive”". Then a bare "Erice's
    film" later most likely means that film again."""
    last = surname(squash(name))
    return any(
        (m := _POSSESSIVE_TITLE.match(doc.text, at + len(last))) and not same_film(doc, m["title"])
        for at in word_starts(doc.text, last)
    )


def _names_film(doc: Doc, pos: int) -> bool:
    """The sentence at ``pos`` names the reviewed film."""
    s, e = doc.sentence_at(pos)
    return any(doc.text.find(title, s, e) >= 0 for title in spellings(doc.title))


def _star_vehicle(doc: Doc, name: str) -> bool:
    """``name`` (in full) is known from the film sources as an actor and never as a director."""
    lex = doc.lexicon
    full = squash(name)
    return " " in full and full in lex.actors and full not in lex.directors


def directors_at_work(doc: Doc, anchors: Anchors) -> None:
    """The maker at work ("Kovacs cuts to the river"), once the cast is known: an actor
    "cuts to the chase" too."""
    text = doc.text
    at_work = anchors(MAKER_AT_WORK_CUE)
    found = [
        *near(_MAKER_AT_WORK, text, at_work, before=60, after=60),
        *near(_HAS_MADE_AFTER_ASIDE, text, at_work, before=220, after=60),
    ]
    for m in found:
        name = clean(doc, squash(m["name"]), m.start("name"))[0]
        full = full_name(doc, name) if " " not in name else name
        lex = doc.lexicon
        if full is None or full in doc.characters or is_cast(doc, full):
            continue
        if " " in name and not person_like(doc, full, cued=True):
            continue  # "Documentarian Ann Lee": the run holds more than the name
        if full in lex.people and full not in lex.directors:
            continue  # known for acting or other work, not for directing
        if _crew_at_work(doc, full):
            continue  # "Lucas Meyrand's camera keeps the stairwell in dusk": the cinematographer
        if not compared(doc, m.start()) and not after_other_title(doc, m.start()):
            role(doc, Relation.DIRECTOR, full, m.start("name"), m.end("name"), 0.7)


def _crew_at_work(doc: Doc, full: str) -> bool:
    """A name the review uses once, at the camera, when it names a director elsewhere: the
    cinematographer most likely. Critics come back to a director; a crew member is named
    once."""
    others = {c.object for c in doc.claims_for_film(Relation.DIRECTOR)} - {full}
    return bool(others) and len(word_starts(doc.text, surname(full))) == 1


def strongest_directors(doc: Doc) -> None:
    """When a plain cue ("directed by X") names the director, a possessive guess
    ("Pinter's “The Homecoming”") is more likely the author of something else."""
    directors = doc.claims_for_film(Relation.DIRECTOR)
    if not directors or max(c.confidence for c in directors) < 0.85:
        return
    weak = {id(c) for c in directors if c.confidence < 0.8}
    doc.drop_claims(lambda c: id(c) not in weak)
