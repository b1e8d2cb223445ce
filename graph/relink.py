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

from .identity import Key
from .store import Store, replace_graph
from .summary import write_summary
from .vocab import DCH, IDENTITY_GRAPH

_DATED = f"""SELECT DISTINCT ?n WHERE {{ GRAPH ?g {{ ?n <{DCH.period}> ?p }} }}"""
_FLOATING = f"""SELECT DISTINCT ?g ?n ?k WHERE {{ GRAPH ?g {{ ?n <{DCH.floatingKey}> ?k }} }}"""
# Renames in batches: one update (atomic: documents stay whole) moves many (graph, node)
# pairs, as one request per pair made relink the slowest step of a large build.
_MOVE = """
DELETE {{ GRAPH ?g {{ ?old ?p ?o }} }} INSERT {{ GRAPH ?g {{ ?new ?p ?o }} }}
WHERE {{ VALUES (?g ?old ?new) {{ {rows} }} GRAPH ?g {{ ?old ?p ?o }} }} ;
DELETE {{ GRAPH ?g {{ ?s ?p ?old }} }} INSERT {{ GRAPH ?g {{ ?s ?p ?new }} }}
WHERE {{ VALUES (?g ?old ?new) {{ {rows} }} GRAPH ?g {{ ?s ?p ?old }} }}"""
BATCH = 500


@dataclass(frozen=True, slots=True)
class Relinked:
    renamed: int      # (graph, node) pairs moved to another node
    ambiguous: int    # undated nodes with several candidates


def relink(store: Store) -> Relinked:
    candidates: dict[str, set[str]] = defaultdict(set)
    for b in store.query(_DATED)["results"]["bindings"]:
        key = Key.from_uri(b["n"]["value"])
        if key is not None:
            candidates[str(key.floating.uri)].add(b["n"]["value"])
    moves, ambiguous = [], {}
    for b in store.query(_FLOATING)["results"]["bindings"]:
        graph, node, fkey = b["g"]["value"], b["n"]["value"], b["k"]["value"]
        found = candidates.get(fkey, set())
        target = next(iter(found)) if len(found) == 1 else fkey
        if len(found) > 1:
            ambiguous[fkey] = found
        if target != node:
            moves.append(f"(<{graph}> <{node}> <{target}>)")
    for i in range(0, len(moves), BATCH):
        rows = " ".join(moves[i:i + BATCH])
        store.update(_MOVE.format(rows=rows))
    lines = []
    for fkey in sorted(ambiguous):
        lines.append(f"<{fkey}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
                     f"<{DCH.AmbiguousReference}> .")
        lines += [f"<{fkey}> <{DCH.candidate}> <{c}> ." for c in sorted(ambiguous[fkey])]
    replace_graph(store, str(IDENTITY_GRAPH), "\n".join(lines))
    write_summary(store)
    return Relinked(len(moves), len(ambiguous))
