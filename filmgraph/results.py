"""Write query results as a table, CSV, TSV, SPARQL JSON/XML, or Turtle for graphs."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from rdflib import BNode, Literal, URIRef
from rdflib.term import Identifier

from .store import QueryResult

__all__ = ["FORMATS", "format_result"]

FORMATS = ("table", "csv", "tsv", "json", "xml", "turtle", "nt")


def _plain(term: Identifier | None) -> str:
    return "" if term is None else str(term)


def _json_term(term: Identifier) -> dict[str, Any]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    assert isinstance(term, Literal)
    out: dict[str, Any] = {"type": "literal", "value": str(term)}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype:
        out["datatype"] = str(term.datatype)
    return out


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """Render a result; SELECT/ASK as table/csv/tsv/json/xml, graphs as turtle/nt/json."""
    if result.kind == "graph":
        assert result.graph is not None
        if fmt in ("json", "jsonld"):
            return result.graph.serialize(format="json-ld")
        return result.graph.serialize(format="nt" if fmt == "nt" else "turtle")
    if result.kind == "ask":
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": result.boolean})
        return "true" if result.boolean else "false"
    if fmt == "json":
        bindings = [
            {v: _json_term(t) for v, t in zip(result.vars, row, strict=True) if t is not None}
            for row in result.rows
        ]
        return json.dumps({"head": {"vars": result.vars}, "results": {"bindings": bindings}},
                          ensure_ascii=False, indent=1)
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(result.vars)
        for row in result.rows:
            writer.writerow([_plain(t) for t in row])
        return buf.getvalue()
    if fmt == "xml":
        from rdflib.plugins.sparql.results.xmlresults import XMLResultSerializer  # noqa: F401
        raise ValueError("xml output is served by the endpoint; use json or csv here")
    widths = [len(v) for v in result.vars]
    cells = [[_plain(t) for t in row] for row in result.rows]
    for row in cells:
        widths = [max(w, min(len(c), 60)) for w, c in zip(widths, row, strict=True)]
    lines = ["  ".join(v.ljust(w) for v, w in zip(result.vars, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    for row in cells:
        lines.append("  ".join(c[:60].ljust(w) for c, w in zip(row, widths, strict=True)))
    lines.append(f"({len(cells)} rows)")
    return "\n".join(lines)
