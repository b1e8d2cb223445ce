"""Checks: SHACL validation of the whole graph, and the report of conflicting metadata."""
from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph

from . import ontology
from .store import Store
from .vocab import DCH, ELI

# Metadata a document has once; two values from two citers are a conflict to report.
CONFLICTING = (ELI.date_document, DCH.term, ELI.type_document, ELI.passed_by)


@dataclass(frozen=True, slots=True)
class Conflict:
    document: str
    property: str
    values: tuple[tuple[str, tuple[str, ...]], ...]   # value, source graphs that say it

    def __str__(self) -> str:
        said = "; ".join(f"{v} (in {', '.join(s)})" for v, s in self.values)
        return f"{self.document} {self.property}: {said}"


@dataclass(frozen=True, slots=True)
class Backwards:
    """A stated relation from a document to one dated after it: a document speaks only of
    earlier ones, so one of the two dates, or the relation, was read wrongly."""
    document: str
    date: str
    relation: str
    cited: str
    cited_date: str
    graphs: tuple[str, ...]       # the source graphs that state it

    def __str__(self) -> str:
        return (f"{self.document} ({self.date}) {self.relation} {self.cited} ({self.cited_date}), "
                f"in {', '.join(self.graphs)}")


@dataclass(frozen=True, slots=True)
class CheckReport:
    conforms: bool
    shacl: str                    # pySHACL's text report
    conflicts: tuple[Conflict, ...]
    backwards: tuple[Backwards, ...] = ()

    @property
    def ok(self) -> bool:
        return self.conforms


def union_graph(store: Store) -> Graph:
    nt = store.query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    return Graph().parse(data=nt, format="nt")


def validate(data: Graph) -> tuple[bool, str]:
    from pyshacl import validate as shacl
    # The type and level concepts live in the ontology: validate data and ontology together.
    conforms, _, text = shacl(data + ontology.ontology(), shacl_graph=ontology.shapes(),
                              inference="none", allow_warnings=False)
    return bool(conforms), text


def conflicts(store: Store) -> tuple[Conflict, ...]:
    props = " ".join(f"<{p}>" for p in CONFLICTING)
    q = f"""SELECT ?doc ?prop ?value ?g WHERE {{
      {{ SELECT ?doc ?prop WHERE {{ GRAPH ?h {{ ?doc ?prop ?v }} VALUES ?prop {{ {props} }}
           FILTER NOT EXISTS {{ GRAPH ?k {{ ?v a <{DCH.CodeAgent}> }} }} }}
         GROUP BY ?doc ?prop HAVING (COUNT(DISTINCT ?v) > 1) }}
      GRAPH ?g {{ ?doc ?prop ?value }}
      FILTER NOT EXISTS {{ GRAPH ?k2 {{ ?value a <{DCH.CodeAgent}> }} }}
    }} ORDER BY ?doc ?prop ?value ?g"""
    found: dict[tuple[str, str], dict[str, list[str]]] = {}
    for b in store.query(q)["results"]["bindings"]:
        key = (b["doc"]["value"], b["prop"]["value"])
        found.setdefault(key, {}).setdefault(b["value"]["value"], []).append(b["g"]["value"])
    return tuple(Conflict(d, p, tuple((v, tuple(gs)) for v, gs in vals.items()))
                 for (d, p), vals in found.items() if _disagree(p, vals))


def _disagree(prop: str, values: dict[str, list[str]]) -> bool:
    """Joint documents have several issuers: those conflict only when sources differ."""
    if prop != str(ELI.passed_by):
        return True
    per_graph: dict[str, set[str]] = {}
    for value, graphs in values.items():
        for g in graphs:
            per_graph.setdefault(g, set()).add(value)
    return len({frozenset(v) for v in per_graph.values()}) > 1


def backwards(store: Store) -> tuple[Backwards, ...]:
    """Relations stated towards a later document (by the dates the graph holds)."""
    from .vocab import RELATION
    preds = " ".join(f"<{p}>" for p in sorted(set(RELATION.values())))
    q = f"""SELECT ?a ?da ?p ?b ?db ?g WHERE {{
      VALUES ?p {{ {preds} }}
      GRAPH ?g {{ ?a ?p ?b }}
      {{ SELECT ?a (MIN(?x) AS ?da) WHERE {{ GRAPH ?h {{ ?a <{ELI.date_document}> ?x }} }} GROUP BY ?a }}
      {{ SELECT ?b (MAX(?y) AS ?db) WHERE {{ GRAPH ?k {{ ?b <{ELI.date_document}> ?y }} }} GROUP BY ?b }}
      FILTER(?da < ?db) }} ORDER BY ?a ?p ?b ?g"""
    names = {str(p): name for name, p in RELATION.items()}
    found: dict[tuple, list[str]] = {}
    for b in store.query(q)["results"]["bindings"]:
        key = tuple(b[k]["value"] for k in ("a", "da", "p", "b", "db"))
        found.setdefault(key, []).append(b["g"]["value"])
    return tuple(Backwards(a, da, names.get(p, p), b, db, tuple(gs))
                 for (a, da, p, b, db), gs in found.items())


def check(store: Store) -> CheckReport:
    conforms, text = validate(union_graph(store))
    return CheckReport(conforms, text, conflicts(store), backwards(store))
