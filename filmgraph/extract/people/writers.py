"""Screenwriters: "written by X", "X's screenplay", "X, who wrote the script"."""

from __future__ import annotations

import re

from ...model import Relation
from ..doc import Doc
from ..text import NAME, near, stem_matches, word_starts
from .context import after_other_title, spellings
from .patterns import LONG_ASIDE, TEAM_OF, WRITER_CUE, WRITER_DIRECTOR, Anchors
from .pronouns import antecedent
from .record import is_cast, role, role_list, role_of, role_pair

__all__ = ["find_writers"]

_WRITING = r"(?:co-written|written|penned|adapted|polished|rewritten|sculpted|crafted|shaped)"
_WRITER = re.compile(
    # a capital opens a sentence: "Written by Ann Lee, it …", "Screenplay by Ann Lee."
    rf"(?:(?:[Ww]ritten|[Ss]cripted|[Cc]o-written|[Aa]dapted)(?:\s+and\s+(?:co-)?directed)?"
    rf"\s+by{TEAM_OF}?|"
    rf"(?:[Ss]creenplay|[Ss]cript)\s*,?\s+(?:is\s+|was\s+)?by|[Ss]creenwriters?|"
    # "a screenplay further sculpted by X": a verb of writing between the noun and the "by"
    rf"(?:screenplay|script)\s+(?:(?:is|was)\s+)?(?:[a-z]+\s+)?{_WRITING}\s+by|"
    rf"[Ww]riter-director|[Ww]riter/director|[Ss]cript(?:writer)?\s+by|\b[Ww]riters?)\s*,?\s+"
    rf"(?P<name>{NAME})(?:\s+and\s+(?P<name2>{NAME}))?"
)
# "John Grisham, who wrote the story,", "Martin (who wrote)": the writer named as a relative.
_WHO_WROTE = re.compile(
    rf"(?P<name>{NAME})(?:,\s*|\s*\(\s*)who\s+(?:also\s+)?(?:co-)?(?:wrote|writes|adapted)"
    r"(?:\s*\)|\s+(?:the\s+(?:screenplay|script|story|original\s+screenplay|movie|film|picture)"
    r"|it|this\s+(?:film|movie|picture))\b)"
)
# "Eastwood and his writers (Larry Gross, Paul Brickman and Stephen Schiff)"
_WRITERS_PAREN = re.compile(
    rf"\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:co-|screen)?writers?\s*"
    rf"\(\s*(?P<names>{NAME}(?:\s*,\s*{NAME})*(?:,?\s+and\s+{NAME})?)\s*\)"
)
# "Dalton Trumbo, the writer, …": not "the writer of the novel", someone else's book.
_WRITER_APPOS = re.compile(
    rf"(?P<name>{NAME}),\s+(?:the|its|this\s+(?:film|movie)['’]s)\s+(?:[a-z-]+\s+)?"
    r"(?:screenwriter|writer|co-writer|scenarist)\b(?!\s+of\b)(?=\s*[,;.)]|\s+and\b)"
)
# "Ann Lee wrote the screenplay (with Bo Day)", "Lee scripted it", "Lee adapted the novel":
# not "wrote the screenplay for “Salt Lake”", another film's.
# "Ann Lee and Bo Day wrote it", "Joel and Ethan Coen wrote the script".
_WROTE = re.compile(
    rf"(?P<name>{NAME})(?:\s+and\s+(?P<name0>{NAME}))?\s+(?:also\s+)?"
    r"(?:(?:co-)?wrote\s+(?:it|the\s+(?:film|movie|picture))\b(?!\s+(?:off|down|up|about)\b)|"
    rf"(?:co-)?wrote\s+the\s+(?:[a-z-]+\s+)?(?:screenplay|script)"
    r"|(?:co-)?scripted\s+(?:it|the\s+(?:film|movie|picture))"
    r"|adapted\s+(?:the|his|her|their)\s+(?:own\s+)?(?:[a-z-]+\s+)?(?:novel|book|play|story|memoir))\b"
    rf"(?!\s+(?:for|of)\s+[“\"])"
)
_WRITER_POSS = re.compile(rf"(?P<name>{NAME})['’]s?\s+(?:[a-z-]+\s+)?(?:screenplay|script)\b")
# Who one wrote it with: "with Ann Lee", "with his sister, Ann Lee", "with the Ghanaian
# playwright Ann Lee", "with a former police reporter named Ann Lee".
_PARTNER = (
    r"(?:(?:his|her|their|the|a|an|its)\s+(?:(?:[a-z'’-]+|[A-Z][a-z]+(?:an|ian|ish|ese|i))\s+){0,3}?"
    r"(?:[a-z'’-]+(?:,\s+|\s+(?:named|called)\s+|\s+)))?"
)
# "a screenplay he wrote with Ann Lee", "The Salt Ledger, written by Diallo with the novelist
# Ann Lee", "Kwok's screenplay, written with his partner Ann Lee", "wrote it with his brother,
# Ann Lee": the one written with, whoever the first writer is (the other rules find them).
# The one rule for a co-writer: the patterns that find the first writer leave the "with" to it.
_WRITTEN_WITH = re.compile(
    r"(?<![a-z])(?:wr(?:ote|itten|ites)|penned|scripted|adapted)(?:\s+(?:it|this\s+(?:film|movie|"
    r"picture)|(?:the|his|her|their)\s+(?:own\s+)?(?:[a-z-]+\s+)?(?:screenplay|script|story|film|"
    r"movie|picture|novel|book|play|memoir)))?"
    rf"(?:\s+by\s+{NAME})?\s+with\s+{_PARTNER}(?P<name>{NAME})"
)
_WRITTEN_WITH_STEMS = ("wrote", "written", "writes", "penned", "scripted", "adapted")
# "The screenplay, which Santangelo wrote with …", "The script, which Han co-wrote …",
# "The screenplay is credited to Ferrante and Lina Caruso"
_SCRIPT_WHICH = re.compile(
    r"\b(?:screenplay|script)(?:,\s+which\s+|\s+(?:is|was)\s+credited\s+to\s+)"
    rf"(?P<name>{NAME})(?:\s+(?:co-)?wrote\b|\s+and\s+{_PARTNER}(?P<name2>{NAME}))"
)
# "Ann Lee, a veteran of television who studied in Paris, wrote the screenplay with …": the
# subject after an aside; "directed by Ann Lee from a screenplay he wrote with …".
_WROTE_AFTER_ASIDE = re.compile(
    rf"(?P<name>{NAME}){LONG_ASIDE}(?:also\s+)?"
    r"(?:co-)?wrote\s+(?:it|the\s+(?:screenplay|script))\b"
    rf"|directed\s+by\s+(?P<name2>{NAME})\s+from\s+(?:a|the)\s+(?:screenplay|script)\s+"
    r"(?:he|she|they)\s+(?:co-)?wrote\b"
)

_WHICH_HE_WROTE = re.compile(
    r"[”\"’]?,[”\"’]?\s+which\s+(?:he|she|they)\s+(?:also\s+)?(?:co-)?wrote\b"
)


def find_writers(doc: Doc, anchors: Anchors) -> None:
    text = doc.text
    for m in near(_WRITER_POSS, text, anchors(WRITER_CUE), before=80, after=20):
        role_of(doc, Relation.WRITER, m, 0.75)
    who_wrote = [p for p in anchors(WRITER_CUE) if text.find("who ", max(0, p - 16), p) >= 0]
    for m in near(_WHO_WROTE, text, who_wrote, before=80, after=80):
        if not after_other_title(doc, m.start()):
            role_of(doc, Relation.WRITER, m, 0.85)
    for m in near(_WRITER, text, anchors(WRITER_CUE), before=40, after=120):
        if after_other_title(doc, m.start()):
            continue  # "If “Forrest Gump” had been written by William Faulkner"
        role_pair(doc, Relation.WRITER, m, 0.85, second_conf=0.8)
        if WRITER_DIRECTOR.search(m.group(0)):
            role_of(doc, Relation.DIRECTOR, m, 0.9)
    for m in near(_WROTE, text, anchors(WRITER_CUE), before=140, after=80):
        if not after_other_title(doc, m.start()) and not is_cast(doc, m["name"]):
            role_pair(doc, Relation.WRITER, m, 0.8, second="name0")
    cues = anchors(WRITER_CUE)
    for m in stem_matches(_WRITTEN_WITH, text, doc.lowered(), _WRITTEN_WITH_STEMS):
        # an actor may have co-written it ("who co-wrote the screenplay with Berardi")
        if not after_other_title(doc, m.start()):
            role_of(doc, Relation.WRITER, m, 0.8)
    for m in near(_SCRIPT_WHICH, text, cues, before=10, after=120):
        if not after_other_title(doc, m.start()):
            # "The screenplay, which Ann Lee wrote with …": she wrote it, cast or not
            role_of(doc, Relation.WRITER, m, 0.8)
            if m["name2"] and not is_cast(doc, m["name2"]):
                role_of(doc, Relation.WRITER, m, 0.8, group="name2")
    for m in near(_WROTE_AFTER_ASIDE, text, cues, before=200, after=80):
        group = "name" if m["name"] else "name2"
        if not after_other_title(doc, m.start()) and not is_cast(doc, m[group]):
            role_of(doc, Relation.WRITER, m, 0.8, group=group)
    in_brackets = [p for p in cues if text.find("(", p, p + 16) >= 0]
    for m in near(_WRITERS_PAREN, text, in_brackets, before=30, after=200):
        role_list(doc, Relation.WRITER, m, 0.85)
    # "A House Made of Winter, which he also wrote, is …": the reviewed film, and the
    # person the pronoun stands for (named before it in the paragraph).
    for title in spellings(doc.title):
        for at in word_starts(text, title):
            if _WHICH_HE_WROTE.match(text, at + len(title)):
                writer = antecedent(doc, at)
                if writer is not None and not is_cast(doc, writer):
                    role(doc, Relation.WRITER, writer, at, at + len(title), 0.8)
    after_comma = [p for p in cues if text.find(", ", max(0, p - 40), p) >= 0]
    for m in near(_WRITER_APPOS, text, after_comma, before=90, after=30):
        if not is_cast(doc, m["name"]) and not after_other_title(doc, m.start()):
            role_of(doc, Relation.WRITER, m, 0.8)
