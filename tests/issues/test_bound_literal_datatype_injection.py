"""Issue: a bound literal's datatype IRI was pasted into the query unchecked.

``bind_values`` used ``Literal.n3()``, which checks the lexical form but writes the datatype
as ``<…>`` whatever it holds, so ``Literal("x", datatype=URIRef("http://x> } …"))`` could
close the VALUES block. Literals are now serialised by hand and every IRI is checked.
"""

from __future__ import annotations

import pytest
from rdflib import Literal, URIRef

from filmgraph import QueryError, open_store
from filmgraph.store import bind_values


@pytest.mark.parametrize(
    "term",
    [
        Literal("x", datatype=URIRef("http://x> } } SELECT * WHERE { ?s ?p ?o #")),
        Literal("x", datatype=URIRef("not-an-iri")),
        URIRef("http://example.org/a> ?p ?o } #"),
    ],
)
def test_hostile_iris_in_bindings_are_refused(term: Literal | URIRef) -> None:
    with pytest.raises(QueryError, match="not a valid IRI"):
        bind_values("SELECT ?s WHERE { ?s ?p ?v }", {"v": term})
    with pytest.raises(QueryError):
        open_store().query("SELECT ?s WHERE { ?s ?p ?v }", bindings={"v": term})
