"""The summary graph: one deduplicated description of every document, derived after each
build (like the identity graph).

The union default graph keeps a copy of a triple for every file that states it, so the
title of a resolution cited by 10,000 files is 10,000 rows; queries read metadata here
instead. It holds, once each, what the queries show: a document's symbol, title, date,
term, type, issuers and class; the issuers' class, label, code, level and locality; the
places' labels. Conflicting values all stay (``check`` reports them from the source graphs).
Its predicates are copies in their own namespace (``SUMMARY``): the same predicates would
add a row to every query over the union default graph.
"""
from __future__ import annotations

from .store import Store, replace_graph
from .vocab import DCH, ELI, SUMMARY, SUMMARY_GRAPH

_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_SKOS = "http://www.w3.org/2004/02/skos/core#"
# Source predicate -> its copy in the summary graph.
COPIES = {str(p): SUMMARY + name for p, name in [
    (ELI.id_local, "id_local"), (ELI.title, "title"), (ELI.date_document, "date_document"),
    (DCH.term, "term"), (ELI.type_document, "type_document"), (ELI.passed_by, "passed_by"),
    (_SKOS + "prefLabel", "prefLabel"), (_SKOS + "notation", "notation"),
    (DCH.level, "level"), (DCH.locality, "locality"), (_RDF + "type", "type")]}
# Only these classes are copied: evidence and mentions are most of the rdf:type triples.
CLASSES = (ELI.LegalResource, DCH.UnnumberedDocument, ELI.Organization, DCH.CodeAgent)


def summary_query() -> str:
    g, kinds = f"<{SUMMARY_GRAPH}>", dict(COPIES)
    rdf_type = kinds.pop(_RDF + "type")
    pairs = " ".join(f"(<{p}> <{q}>)" for p, q in kinds.items())
    classes = " ".join(f"<{c}>" for c in CLASSES)
    # Plain scans by predicate (and by class): a join per document costs more than the copies.
    return f"""CONSTRUCT {{ ?d ?q ?v }} WHERE {{
  {{ VALUES (?p ?q) {{ {pairs} }} GRAPH ?g {{ ?d ?p ?v }} FILTER(?g != {g}) }} UNION
  {{ VALUES ?v {{ {classes} }} GRAPH ?g {{ ?d a ?v }} FILTER(?g != {g}) BIND(<{rdf_type}> AS ?q) }} }}"""


def write_summary(store: Store) -> None:
    """Read the copies, write them once (one INSERT DATA: Oxigraph's INSERT ... WHERE was
    several times slower for the same quads)."""
    nt = store.query(summary_query())
    replace_graph(store, str(SUMMARY_GRAPH), "\n".join(sorted(set(nt.splitlines()))))
