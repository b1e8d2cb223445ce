"""The summary graph: one deduplicated description of every document, kept up to date as
graphs are loaded, replaced, dropped and relinked.

The union default graph keeps a copy of a triple for every file that states it, so the
title of a resolution cited by 10,000 files is 10,000 rows; queries read metadata here
instead. It holds, once each, what the queries show: a document's symbol, title, date,
term, type, issuers, class and source file (``summary:source``, the graph that describes
it: dch:describes turned round); the issuers' class, label, code, level and locality; the
places' labels. Conflicting values all stay (``check`` reports them from the source graphs).
Its predicates are copies in their own namespace (``SUMMARY``): the same predicates would
add a row to every query over the union default graph.

It is the union of each graph's contribution (``contribution``), so loading a graph adds
its contribution (a quad stated twice is stored once), and only dropping a graph or moving
its nodes needs the nodes it spoke of re-derived from what remains (``rederive``), in the
same update: never a rewrite of the whole graph, which cost more than the build at 10,000
documents.
"""
from __future__ import annotations

from typing import Iterable, Iterator

from .vocab import DCH, ELI, SUMMARY, SUMMARY_GRAPH

_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_SKOS = "http://www.w3.org/2004/02/skos/core#"
# Source predicate -> its copy in the summary graph.
COPIES = {str(p): SUMMARY + name for p, name in [
    (ELI.id_local, "id_local"), (ELI.title, "title"), (ELI.date_document, "date_document"),
    (DCH.term, "term"), (ELI.type_document, "type_document"), (ELI.passed_by, "passed_by"),
    (_SKOS + "prefLabel", "prefLabel"), (_SKOS + "notation", "notation"),
    (DCH.level, "level"), (DCH.locality, "locality"), (_RDF + "type", "type"),
    (DCH.card, "card")]}
# Only these classes are copied: evidence and mentions are most of the rdf:type triples.
CLASSES = (ELI.LegalResource, DCH.UnnumberedDocument, ELI.Organization, DCH.CodeAgent)

SOURCE_COPY = SUMMARY + "source"      # document -> the source graph describing it

_TYPE = f"<{_RDF}type>"
_DESCRIBES = f"<{DCH.describes}>"
_COPY_OF = {f"<{p}>": f"<{q}>" for p, q in COPIES.items()}
_KEPT_CLASSES = {f"<{c}>" for c in CLASSES}


def contribution(triples: Iterable[tuple[str, str, str]]) -> str:
    """The summary triples (N-Triples text) one graph contributes, from its triples as
    N-Triples terms."""
    out = []
    for s, p, o in triples:
        copy = _COPY_OF.get(p)
        if copy and (p != _TYPE or o in _KEPT_CLASSES) and not s.startswith("_:"):
            out.append(f"{s} {copy} {o} .\n")
        elif p == _DESCRIBES:
            out.append(f"{o} <{SOURCE_COPY}> {s} .\n")
    return "".join(out)


def triples(ntriples: str) -> Iterator[tuple[str, str, str]]:
    """(s, p, o) terms of N-Triples text with one triple a line and subject and predicate
    written without spaces (as document.py and rdflib write them)."""
    for line in ntriples.split("\n"):       # splitlines would also split at U+2028 in a literal
        parts = line.rstrip().split(" ", 2)
        if len(parts) == 3 and parts[2].endswith(" ."):
            yield parts[0], parts[1], parts[2][:-2]


def nodes_query(graph: str) -> str:
    """The nodes a graph contributes to the summary (to re-derive once it is gone)."""
    preds = " ".join(f"<{p}>" for p in COPIES)
    return f"""SELECT DISTINCT ?d WHERE {{ {{ VALUES ?p {{ {preds} }} GRAPH <{graph}> {{ ?d ?p ?v }} }}
  UNION {{ GRAPH <{graph}> {{ ?x {_DESCRIBES} ?d }} }} }}"""


def moved(rows: str) -> list[str]:
    """SPARQL update operations that add to the summary what ``(?g ?old ?new)`` rows (VALUES
    syntax) moved onto each new node: only those graphs' triples are read."""
    g = f"<{SUMMARY_GRAPH}>"
    pairs = " ".join(f"({p} {q})" for p, q in _COPY_OF.items() if p != _TYPE)
    classes = " ".join(f"<{c}>" for c in CLASSES)
    return [f"""INSERT {{ GRAPH {g} {{ ?new ?q ?v }} }} WHERE {{ VALUES (?g ?old ?new) {{ {rows} }}
  {{ GRAPH ?g {{ ?new ?p ?v }} VALUES (?p ?q) {{ {pairs} }} }} UNION
  {{ GRAPH ?g {{ ?new a ?v }} VALUES ?v {{ {classes} }} BIND(<{SUMMARY}type> AS ?q) }} UNION
  {{ GRAPH ?g {{ ?v {_DESCRIBES} ?new }} BIND(<{SOURCE_COPY}> AS ?q) }} }}"""]


def rederive(nodes: Iterable[str]) -> list[str]:
    """SPARQL update operations (to run in the same request as the change, after it) that
    rebuild the summary of ``nodes`` from the graphs that still speak of them."""
    nodes = " ".join(f"<{n}>" for n in nodes)
    if not nodes:
        return []
    g = f"<{SUMMARY_GRAPH}>"
    pairs = " ".join(f"({p} {q})" for p, q in _COPY_OF.items() if p != _TYPE)
    classes = " ".join(f"<{c}>" for c in CLASSES)
    return [f"DELETE {{ GRAPH {g} {{ ?d ?q ?v }} }} WHERE {{ VALUES ?d {{ {nodes} }} "
            f"GRAPH {g} {{ ?d ?q ?v }} }}",
            f"""INSERT {{ GRAPH {g} {{ ?d ?q ?v }} }} WHERE {{ VALUES ?d {{ {nodes} }}
  {{ GRAPH ?s {{ ?d ?p ?v }} VALUES (?p ?q) {{ {pairs} }} }} UNION
  {{ GRAPH ?s {{ ?d a ?v }} VALUES ?v {{ {classes} }} BIND(<{SUMMARY}type> AS ?q) }} UNION
  {{ GRAPH ?s {{ ?v {_DESCRIBES} ?d }} BIND(<{SOURCE_COPY}> AS ?q) }}
  FILTER(?s != {g}) }}"""]
