"""Write query results as a table, CSV, TSV, SPARQL JSON/XML, or Turtle for graphs."""

from __future__ import annotations

import csv
import io
import json
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from rdflib import BNode, Literal, URIRef
from rdflib.term import Identifier

from .errors import QueryError
from .store import QueryResult

__all__ = ["FORMATS", "format_result", "to_xml"]

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


_SPARQL_NS = "http://www.w3.org/2005/sparql-results#"


def _xml_term(term: Identifier) -> str:
    if isinstance(term, URIRef):
        return f"<uri>{escape(str(term))}</uri>"
    if isinstance(term, BNode):
        return f"<bnode>{escape(str(term))}</bnode>"
    assert isinstance(term, Literal)
    attr = ""
    if term.language:
        attr = f" xml:lang={quoteattr(term.language)}"
    elif term.datatype:
        attr = f" datatype={quoteattr(str(term.datatype))}"
    return f"<literal{attr}>{escape(str(term))}</literal>"


def to_xml(result: QueryResult) -> str:
    """SPARQL Query Results XML (https://www.w3.org/TR/rdf-sparql-XMLres/) for SELECT or ASK.

    >>> r = QueryResult("select", vars=["n"], rows=[(Literal("A & B", lang="en"),)])
    >>> print(to_xml(r).splitlines()[7])
          <binding name="n"><literal xml:lang="en">A &amp; B</literal></binding>
    """
    out = ['<?xml version="1.0"?>', f'<sparql xmlns="{_SPARQL_NS}">', "  <head>"]
    if result.kind == "ask":
        out += ["  </head>", f"  <boolean>{'true' if result.boolean else 'false'}</boolean>",
                "</sparql>"]
        return "\n".join(out) + "\n"
    out += [f"    <variable name={quoteattr(v)}/>" for v in result.vars]
    out += ["  </head>", "  <results>"]
    for row in result.rows:
        out.append("    <result>")
        out += [
            f"      <binding name={quoteattr(v)}>{_xml_term(t)}</binding>"
            for v, t in zip(result.vars, row, strict=True)
            if t is not None
        ]
        out.append("    </result>")
    out += ["  </results>", "</sparql>"]
    return "\n".join(out) + "\n"


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """Render a result; SELECT/ASK as table/csv/tsv/json/xml, graphs as turtle/nt/json.

    >>> r = QueryResult("select", vars=["n"], rows=[(Literal("A"),)])
    >>> format_result(r, "csv")
    'n\\nA\\n'
    """
    if result.kind == "graph":
        assert result.graph is not None
        if fmt in ("json", "jsonld"):
            return result.graph.serialize(format="json-ld")
        return result.graph.serialize(format="nt" if fmt == "nt" else "turtle")
    if fmt in ("turtle", "nt"):
        raise QueryError(f"--format {fmt} is for CONSTRUCT/DESCRIBE; a {result.kind.upper()} "
                         "result is table, csv, tsv, json or xml")
    if fmt == "xml":
        return to_xml(result)
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
    widths = [len(v) for v in result.vars]
    cells = [[_plain(t) for t in row] for row in result.rows]
    for texts in cells:
        widths = [max(w, min(len(c), 60)) for w, c in zip(widths, texts, strict=True)]
    lines = ["  ".join(v.ljust(w) for v, w in zip(result.vars, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    for texts in cells:
        lines.append("  ".join(c[:60].ljust(w) for c, w in zip(texts, widths, strict=True)))
    lines.append(f"({len(cells)} rows)")
    return "\n".join(lines)
