"""Screenwriters: "written by X", "X's screenplay", "X, who wrote the script"."""

from __future__ import annotations

import re

from ...model import Relation
from ..doc import Doc
from ..text import NAME, near
from .context import after_other_title
from .patterns import WRITER_CUE, Anchors
from .record import role

__all__ = ["find_writers"]

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


def find_writers(doc: Doc, anchors: Anchors) -> None:
    text = doc.text
    for m in near(_WRITER_POSS, text, anchors(WRITER_CUE), before=80, after=20):
        role(doc, Relation.WRITER, m["name"], m.start("name"), m.end("name"), 0.75)
    who_wrote = [p for p in anchors(WRITER_CUE) if text.find("who ", max(0, p - 16), p) >= 0]
    for m in near(_WHO_WROTE, text, who_wrote, before=80, after=40):
        if not after_other_title(doc, m.start()):
            role(doc, Relation.WRITER, m["name"], m.start("name"), m.end("name"), 0.85)
    for m in near(_WRITER, text, anchors(WRITER_CUE), before=40, after=120):
        if after_other_title(doc, m.start()):
            continue  # "If “Forrest Gump” had been written by William Faulkner"
        role(doc, Relation.WRITER, m["name"], m.start("name"), m.end("name"), 0.85)
        if m["name2"]:
            role(doc, Relation.WRITER, m["name2"], m.start("name2"), m.end("name2"), 0.8)
        if re.search(r"[Ww]riter[-/][Dd]irector", m.group(0)):
            role(doc, Relation.DIRECTOR, m["name"], m.start("name"), m.end("name"), 0.9)
