"""Join floating mentions across documents, after every build.

A mention with no date, year or term and no context in its own text (dch:floatingKey) joins
the only document the store knows with that key. With none it stays on its undated node;
with several it stays there too and the identity graph marks that node
dch:AmbiguousReference with its candidates: never silently merged. Recomputed from the whole
store each time, so the result does not depend on the order files were built in.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from .identity import Key
from .store import Store, replace_graph
from .vocab import DCH, IDENTITY_GRAPH

_DATED = f"""SELECT DISTINCT ?n WHERE {{ GRAPH ?g {{ ?n <{DCH.period}> ?p }} }}"""
_FLOATING = f"""SELECT DISTINCT ?g ?n ?k WHERE {{ GRAPH ?g {{ ?n <{DCH.floatingKey}> ?k }} }}"""


@dataclass(frozen=True, slots=True)
class Relinked:
    renamed: int      # (graph, node) pairs moved to another node
    ambiguous: int    # undated nodes with several candidates


def _rename(graph: str, old: str, new: str) -> str:
    return f"""
DELETE {{ GRAPH <{graph}> {{ <{old}> ?p ?o }} }} INSERT {{ GRAPH <{graph}> {{ <{new}> ?p ?o }} }}
WHERE {{ GRAPH <{graph}> {{ <{old}> ?p ?o }} }} ;
DELETE {{ GRAPH <{graph}> {{ ?s ?p <{old}> }} }} INSERT {{ GRAPH <{graph}> {{ ?s ?p <{new}> }} }}
WHERE {{ GRAPH <{graph}> {{ ?s ?p <{old}> }} }}"""


def relink(store: Store) -> Relinked:
    candidates: dict[str, set[str]] = defaultdict(set)
    for b in store.query(_DATED)["results"]["bindings"]:
        key = Key.from_uri(b["n"]["value"])
        if key is not None:
            candidates[str(key.floating.uri)].add(b["n"]["value"])
    renamed, ambiguous = 0, Graph()
    for b in store.query(_FLOATING)["results"]["bindings"]:
        graph, node, fkey = b["g"]["value"], b["n"]["value"], b["k"]["value"]
        found = candidates.get(fkey, set())
        target = next(iter(found)) if len(found) == 1 else fkey
        if len(found) > 1:
            ambiguous.add((URIRef(fkey), RDF.type, DCH.AmbiguousReference))
            for c in found:
                ambiguous.add((URIRef(fkey), DCH.candidate, URIRef(c)))
        if target != node:   # one atomic update per graph keeps documents whole
            store.update(_rename(graph, node, target))
            renamed += 1
    replace_graph(store, str(IDENTITY_GRAPH), ambiguous.serialize(format="nt"))
    return Relinked(renamed, len(set(ambiguous.subjects(RDF.type, DCH.AmbiguousReference))))
