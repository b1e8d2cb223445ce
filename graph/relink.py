"""Join floating mentions across documents, after every build.

A mention with no date, year or term and no context in its own text, or of a commune or
district whose province its text does not name, carries an incomplete key (dch:floatingKey:
"…/_/16", "_.luong-minh/…"). It joins the only document the store knows that completes that
key. With none it stays on its own node; with several it stays there too and the identity
graph marks that node dch:AmbiguousReference with its candidates: never silently merged.
A candidate whose issuer contradicts the mention's is none: "Chỉ thị 48-CT/TW của Bộ Chính
trị" is not the 2025 48-CT/TW of the Ban Bí thư (the bodies marked distinct in bodies.toml).
Recomputed from the whole store each time, so the result does not depend on the order files
were built in.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from danchieu.extract.tables import tables

from .identity import UNKNOWN, Key, org_uri
from .store import Store, replace_graph
from .summary import moved, rederive
from .vocab import DCH, ELI, IDENTITY_GRAPH, SUMMARY, SUMMARY_GRAPH

# Every document once (the summary graph's copy of its class); dated ones are told by their
# IRI's period segment.
_DOCUMENTS = f"""SELECT ?n WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{ ?n <{SUMMARY}type> <{ELI.LegalResource}> }} }}"""
_FLOATING = f"""SELECT DISTINCT ?g ?n ?k WHERE {{ GRAPH ?g {{ ?n <{DCH.floatingKey}> ?k }} }}"""
# Renames in batches: one update (atomic: documents stay whole, the summary follows) moves
# many (graph, node) pairs, as one request per pair made relink the slowest step of a large
# build.
_MOVE = """
DELETE {{ GRAPH ?g {{ ?old ?p ?o }} }} INSERT {{ GRAPH ?g {{ ?new ?p ?o }} }}
WHERE {{ VALUES (?g ?old ?new) {{ {rows} }} GRAPH ?g {{ ?old ?p ?o }} }} ;
DELETE {{ GRAPH ?g {{ ?s ?p ?old }} }} INSERT {{ GRAPH ?g {{ ?s ?p ?new }} }}
WHERE {{ VALUES (?g ?old ?new) {{ {rows} }} GRAPH ?g {{ ?s ?p ?old }} }}"""
BATCH = 500


def _distinct_bodies() -> str:
    return " ".join(f"<{org_uri(b.name, 'vn')}>" for b in tables().bodies if b.distinct)


# The distinct bodies each mention says issued a document: of floating mentions, by graph and
# node; of the others, by node (a floating mention already joined keeps its floatingKey, so
# it never counts as the candidate's own word).
_FLOATING_BODIES = """SELECT ?g ?n ?o WHERE {{ VALUES ?o {{ {bodies} }}
  GRAPH ?g {{ ?n <{passed_by}> ?o ; <{floating}> ?k }} }}"""
_STATED_BODIES = """SELECT DISTINCT ?n ?o WHERE {{ VALUES ?o {{ {bodies} }}
  GRAPH ?g {{ ?n <{passed_by}> ?o FILTER NOT EXISTS {{ ?n <{floating}> ?k }} }} }}"""


def _bodies(store: Store, query: str, *keys: str) -> dict[tuple, set[str]]:
    out: dict[tuple, set[str]] = defaultdict(set)
    bodies = _distinct_bodies()
    if bodies:
        q = query.format(bodies=bodies, passed_by=ELI.passed_by, floating=DCH.floatingKey)
        for r in store.rows(q):
            out[tuple(r[k] for k in keys)].add(r["o"])
    return out


def _completed(candidate: str, candidates: dict[str, set[str]]) -> str:
    """A dated candidate whose own province is unknown stands for the one document that
    completes it, if there is one: the undated "_.luong-minh/…/_/16" and the dated
    "_.luong-minh/…/2025/16" both join "quang-ninh.luong-minh/…/2025/16"."""
    found = candidates.get(candidate, ())
    return next(iter(found)) if len(found) == 1 else candidate


@dataclass(frozen=True, slots=True)
class Relinked:
    renamed: int      # (graph, node) pairs moved to another node
    ambiguous: int    # undated nodes with several candidates


def relink(store: Store) -> Relinked:
    floating = [(r["g"], r["n"], r["k"]) for r in store.rows(_FLOATING)]
    keys = {k for _, _, k in floating}
    candidates: dict[str, set[str]] = defaultdict(set)
    for r in store.rows(_DOCUMENTS) if keys else ():
        key = Key.from_uri(r["n"])
        for form in key.partial_forms() if key is not None else ():
            if str(form.uri) in keys:
                candidates[str(form.uri)].add(r["n"])
    said = _bodies(store, _FLOATING_BODIES, "g", "n") if candidates else {}
    stated = _bodies(store, _STATED_BODIES, "n") if said else {}
    moves, ambiguous = [], {}
    for graph, node, fkey in floating:
        found = {_completed(c, candidates) for c in candidates.get(fkey, set())}
        mine = said.get((graph, node))
        if mine:        # contradicting bodies: both named, none in common
            found = {c for c in found if not stated.get((c,)) or stated[(c,)] & mine}
        target = next(iter(found)) if len(found) == 1 else fkey
        if len(found) > 1:
            ambiguous[fkey] = found
        if target != node:
            moves.append((graph, node, target))
    for i in range(0, len(moves), BATCH):
        batch = moves[i:i + BATCH]
        rows = " ".join(f"(<{g}> <{old}> <{new}>)" for g, old, new in batch)
        ops = [_MOVE.format(rows=rows)] + moved(rows) + rederive(sorted({m[1] for m in batch}))
        store.update(" ;\n".join(ops))
    lines = []
    for fkey in sorted(ambiguous):
        lines.append(f"<{fkey}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
                     f"<{DCH.AmbiguousReference}> .")
        lines += [f"<{fkey}> <{DCH.candidate}> <{c}> ." for c in sorted(ambiguous[fkey])]
    replace_graph(store, str(IDENTITY_GRAPH), "\n".join(lines))
    return Relinked(len(moves), len(ambiguous))
