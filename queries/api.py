"""The lineage questions, answered from the graph with SPARQL (property paths for transitive
lineage), so the same code runs on the embedded store and on any SPARQL 1.1 server.

Every function takes ``store=None, endpoint=None`` like danchieu.graph, and a document as an
IRI or as the user typed it (see ``resolve``).
"""
from __future__ import annotations

import datetime as dt
import re
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from typing import Iterable

import pandas as pd

from ._sparql import (FIELDS, LEVELS, RELATION_OF, iri, metadata, predicates, select, session,
                      values)
from danchieu.extract.model import RELATIONS
from danchieu.graph.tables import fold
from .lookup import resolve_in

DOC_COLUMNS = ["id", "symbol", "type", "title", "date", "issuer", "level", "source"]
CITE_COLUMNS = DOC_COLUMNS + ["relation", "sentence", "evidence_source"]
LINEAGE_COLUMNS = DOC_COLUMNS + ["depth", "parent", "relation"]
PATH_COLUMNS = ["step"] + DOC_COLUMNS + ["relation", "direction", "sentence", "evidence_source"]
TOP_COLUMNS = DOC_COLUMNS + ["score"]
MAX_PATH = 16


def _doc(store, doc: str, year=None, pick=None) -> str:
    return resolve_in(store, doc, year=year, pick=pick)


def _row(meta: dict) -> dict:
    return {c: meta.get(c) for c in DOC_COLUMNS}


def _level(level: str | None) -> str | None:
    """Trung ương, tỉnh, huyện, xã, written any way (also central/province/district/commune)."""
    if level is None:
        return None
    aliases = {"trung uong": "Trung ương", "central": "Trung ương", "tw": "Trung ương",
               "tinh": "tỉnh", "province": "tỉnh", "huyen": "huyện", "district": "huyện",
               "xa": "xã", "commune": "xã"}
    key = fold(level).replace("-", " ")
    if key not in aliases:
        raise ValueError(f"unknown level {level!r}; use one of {', '.join(LEVELS)}")
    return aliases[key]


_VN_DAY = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")


def _day(value, name: str = "date") -> str | None:
    """A bound as "YYYY" or "YYYY-MM-DD"; also read as Vietnamese texts write it, "DD/MM/YYYY"."""
    if value is None:
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.strftime("%Y-%m-%d")
    text = str(value).strip()
    if len(text) == 4 and text.isdigit():
        return text
    vn = _VN_DAY.fullmatch(text)
    try:
        day = dt.date(int(vn[3]), int(vn[2]), int(vn[1])) if vn else dt.date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{name} {text!r} is not a date: write YYYY, YYYY-MM-DD or DD/MM/YYYY") from None
    return day.isoformat()


# ---------------------------------------------------------------- document

def document(doc: str, *, year=None, pick=None, store=None, endpoint=None) -> dict:
    """Metadata of one document: id, symbol, type, title, date, issuer, level, locality,
    term, source (its file's key, when the corpus holds it, else None) and flags
    (``ambiguous``: an undated reference several documents could be; ``unnumbered``)."""
    with session(store, endpoint) as s:
        node = _doc(s, doc, year, pick)
        meta = metadata(s, [node])[node]
        out = {c: meta.get(c) for c in FIELDS}
        out["flags"] = {"ambiguous": meta["ambiguous"], "unnumbered": meta["unnumbered"]}
        if meta["ambiguous"]:
            rows = select(s, f"""SELECT DISTINCT ?c WHERE {{ {values('d', [iri(node)])}
                                  GRAPH ?g {{ ?d dch:candidate ?c }} }}""")
            out["candidates"] = sorted(r["c"] for r in rows)
        return out


# ---------------------------------------------------------------- cites / references

def _edges(store, node: str, incoming: bool, preds: list[str]) -> list[dict]:
    """Edges into (or out of) node, each with its earliest evidence sentence and file."""
    me, other = ("o", "s") if incoming else ("s", "o")
    q = f"""SELECT DISTINCT ?s ?p ?o WHERE {{ {values(me, [iri(node)])}
             {values('p', (f'<{p}>' for p in preds))} ?s ?p ?o }}"""
    edges = [(r["s"], r["p"], r["o"]) for r in select(store, q)]
    evidence = _evidence(store, edges, by="s" if incoming else "o")
    out = []
    for e in edges:
        ev = evidence.get(e, {})
        out.append({"s": e[0], "p": e[1], "o": e[2], "other": e[0] if incoming else e[2],
                    "sentence": ev.get("sentence"), "evsrc": ev.get("evsrc")})
    return out


def _cite_frame(store, edges: list[dict], relation=None, since=None, until=None,
                level=None) -> pd.DataFrame:
    metas = metadata(store, [e["other"] for e in edges])
    since, until, level = _day(since, "since"), _day(until, "until"), _level(level)
    rows = []
    for e in edges:
        m = metas[e["other"]]
        if level and m["level"] != level and level not in m["all"].get("level", ()):
            continue
        date = m["date"]
        if since and (date is None or date < since):
            continue
        if until and (date is None or date[:len(until)] > until):
            continue
        rows.append({**_row(m), "relation": RELATION_OF.get(e["p"], e["p"]),
                     "sentence": e.get("sentence"), "evidence_source": e.get("evsrc")})
    frame = pd.DataFrame(rows, columns=CITE_COLUMNS)
    if len(frame):
        frame = frame.sort_values(["date", "symbol", "id", "relation"], na_position="last",
                                  key=lambda c: c.fillna("\uffff")).reset_index(drop=True)
    return frame


def cites(doc: str, relation=None, since=None, until=None, level=None, *, year=None,
          pick=None, store=None, endpoint=None) -> pd.DataFrame:
    """The documents citing ``doc``, one row per (citing document, relation), with the
    sentence of its first mention and the file that sentence is in (``evidence_source``).

    ``relation`` keeps one relation (or a list); ``since``/``until`` bound the citing
    document's date (ISO dates or years); ``level`` its issuer's level."""
    with session(store, endpoint) as s:
        node = _doc(s, doc, year, pick)
        edges = _edges(s, node, True, predicates(relation))
        return _cite_frame(s, edges, relation, since, until, level)


def references(doc: str, relation=None, since=None, until=None, level=None, *, year=None,
               pick=None, store=None, endpoint=None) -> pd.DataFrame:
    """What ``doc`` cites: same columns as ``cites``."""
    with session(store, endpoint) as s:
        node = _doc(s, doc, year, pick)
        edges = _edges(s, node, False, predicates(relation))
        return _cite_frame(s, edges, relation, since, until, level)


# ---------------------------------------------------------------- lineage

def _path_expr(preds: list[str]) -> str:
    return "(" + "|".join(f"<{p}>" for p in preds) + ")"


def lineage(doc: str, direction: str = "down", depth: int | None = None,
            relations: Iterable[str] | str = ("implements",), *, year=None, pick=None,
            store=None, endpoint=None) -> pd.DataFrame:
    """The documents that implement ``doc``, transitively (``down``), or what ``doc`` rests
    on (``up``), following ``relations``. The first row is ``doc`` itself (depth 0); every
    other row has its shortest ``depth`` from it, the ``parent`` one step closer to ``doc``
    (the lowest IRI among equals) and the ``relation`` of that step.

    The set is one SPARQL query with a property path (``dch:implements*``), one row per
    document with its next steps joined (GROUP_CONCAT: fewer rows to read); depths come
    from a breadth-first pass over the edges it returns."""
    if direction not in ("down", "up"):
        raise ValueError("direction is 'down' or 'up'")
    with session(store, endpoint) as s:
        node = _doc(s, doc, year, pick)
        preds = predicates(list(relations) if not isinstance(relations, str) else relations)
        path = _path_expr(preds)
        # ?a: a document of the lineage; ?b: one step further from node, by ?p
        within, a, b = ((f"?o {path}* {iri(node)}", "o", "s") if direction == "down" else
                        (f"{iri(node)} {path}* ?s", "s", "o"))
        # one pattern a predicate: a VALUES ?p join made Oxigraph read each edge four times slower
        edges = " UNION ".join(f"{{ ?s <{p}> ?o BIND(<{p}> AS ?p) }}" for p in preds)
        q = f"""SELECT ?{a} (GROUP_CONCAT(CONCAT(STR(?p), " ", STR(?{b})); separator=" ") AS ?next)
                WHERE {{ SELECT DISTINCT ?s ?p ?o WHERE {{ {within} . {edges} }} }} GROUP BY ?{a}"""
        # Without a depth, the documents are the property path's own answer, a quicker query:
        # their metadata is read from it while the edges are.
        early = None
        if depth is None:
            pool = ThreadPoolExecutor(1)
            early = pool.submit(lambda: metadata(
                s, [r[a] for r in select(s, f"SELECT ?{a} WHERE {{ {within} }}")],
                localities=False, flags=False))
            pool.shutdown(wait=False)
        step: dict[str, list[tuple[str, str]]] = {}
        for r in select(s, q):
            words = r["next"].split(" ")        # IRIs hold no spaces
            step[r[a]] = list(zip(words[1::2], words[0::2]))
        seen = {node: (0, None, None)}
        queue = deque([node])
        while queue:
            cur = queue.popleft()
            d = seen[cur][0]
            if depth is not None and d >= depth:
                continue
            for nxt, p in sorted(step.get(cur, ()), key=_by_strength):
                if nxt not in seen:
                    seen[nxt] = (d + 1, cur, RELATION_OF.get(p, p))
                    queue.append(nxt)
        metas = early.result() if early else {}
        missing = [n for n in seen if n not in metas]   # none, unless the store changed meanwhile
        if missing:
            metas.update(metadata(s, missing, localities=False, flags=False))
        rows = [{**_row(metas[n]), "depth": d, "parent": par, "relation": rel}
                for n, (d, par, rel) in seen.items()]
    frame = pd.DataFrame(rows, columns=LINEAGE_COLUMNS)
    return frame.sort_values(["depth", "date", "id"], key=lambda c: c.fillna("\uffff")
                             if c.dtype == object else c).reset_index(drop=True)


# Where two documents are linked by several relations, a step shows the one that says most:
# "cites", which any mention states, last.
_STRENGTH = {name: rank for rank, name in enumerate(RELATIONS)}


def _strength(predicate: str) -> int:
    return _STRENGTH.get(RELATION_OF.get(predicate, predicate), len(_STRENGTH))


def _by_strength(step: tuple[str, str]) -> tuple:
    """A (next document, predicate) step's order: by document, then strongest first."""
    return step[0], _strength(step[1])


# ---------------------------------------------------------------- path

def _neighbours(store, frontier: list[str], preds: list[str]) -> list[tuple[str, str, str, str]]:
    """(node, neighbour, predicate, direction) for every edge touching the frontier;
    direction "out" when node --p--> neighbour."""
    q = f"""SELECT DISTINCT ?x ?y ?p ?dir WHERE {{
      {values('x', (iri(n) for n in frontier))} {values('p', (f'<{p}>' for p in preds))}
      {{ ?x ?p ?y BIND("out" AS ?dir) }} UNION {{ ?y ?p ?x BIND("in" AS ?dir) }} }}"""
    return [(r["x"], r["y"], r["p"], r["dir"]) for r in select(store, q)]


def _bridges(store, xs: list[str], ys: list[str], preds: list[str]) -> list[tuple[str, str, str, str]]:
    """The edges between two frontiers, as ``_neighbours`` gives them from ``xs``' side: each
    pair looked up by both ends, where the neighbours of a central resolution in the frontier
    are tens of thousands of documents."""
    pairs = "VALUES (?x ?y) { " + " ".join(f"({iri(x)} {iri(y)})" for x in xs for y in ys) + " }"
    # The pairs inside each branch and the predicates as a filter: with VALUES ?p beside
    # them, Oxigraph read every edge of each predicate (16 s at 100,000 documents, not 6 ms).
    q = f"""SELECT DISTINCT ?x ?y ?p ?dir WHERE {{
      {{ {pairs} ?x ?p ?y BIND("out" AS ?dir) }} UNION {{ {pairs} ?y ?p ?x BIND("in" AS ?dir) }}
      FILTER(?p IN ({", ".join(f"<{p}>" for p in preds)})) }}"""
    return [(r["x"], r["y"], r["p"], r["dir"]) for r in select(store, q)]


# Frontier pairs looked up directly before a side is grown (one query).
BRIDGE_PAIRS = 4000


def _edge_order(e: tuple[str, str, str, str]) -> tuple:
    return e[0], e[1], _strength(e[2]), e[3]


def _shortest(store, a: str, b: str, preds: list[str]) -> list[tuple[str, str, str]] | None:
    """Bidirectional breadth-first search over edges of either direction, one SPARQL query
    per level, always growing the smaller side. Returns [(node, predicate, dir)] from a to
    b, where (predicate, dir) is the edge from the previous node.

    Before a side grows, the edges between the two frontiers are looked up directly: growing
    it would find the same meeting first (same order), but through every neighbour of its
    frontier, 150,000 of them at 100,000 documents when a central resolution is in it."""
    if a == b:
        return [(a, None, None)]
    parents = [{a: None}, {b: None}]        # node -> (previous node, predicate, dir from previous)
    frontiers = [[a], [b]]
    for _ in range(MAX_PATH):
        if not frontiers[0] or not frontiers[1]:
            return None
        side = 0 if len(frontiers[0]) <= len(frontiers[1]) else 1
        if len(frontiers[0]) * len(frontiers[1]) <= BRIDGE_PAIRS:
            found = _bridges(store, frontiers[side], frontiers[1 - side], preds)
            if found:
                x, y, p, d = min(found, key=_edge_order)
                parents[side][y] = (x, p, d)
                return _join(parents, y)
        nxt, meet = [], None
        for x, y, p, d in sorted(_neighbours(store, frontiers[side], preds), key=_edge_order):
            if y in parents[side]:
                continue
            parents[side][y] = (x, p, d)
            nxt.append(y)
            if y in parents[1 - side] and meet is None:
                meet = y
        frontiers[side] = nxt
        if meet is not None:
            return _join(parents, meet)
    return None


def _join(parents, meet: str) -> list[tuple[str, str, str]]:
    left, cur = [], meet            # a ... meet
    while parents[0][cur] is not None:
        prev, p, d = parents[0][cur]
        left.append((cur, p, d))
        cur = prev
    chain = [(cur, None, None)] + left[::-1]
    cur = meet                      # meet ... b: edges found from b's side point backwards
    while parents[1][cur] is not None:
        prev, p, d = parents[1][cur]
        chain.append((prev, p, "in" if d == "out" else "out"))
        cur = prev
    return chain


def path(a: str, b: str, relations=None, *, store=None, endpoint=None) -> pd.DataFrame:
    """The shortest chain of relations between two documents, following edges either way.

    One row per document from ``a`` to ``b`` (``step`` 0, 1, ...). From step 1 on, a row
    tells how it is linked to the previous one: ``relation``, ``direction`` ("→" when the
    previous document states the relation towards this one, "←" when this one states it
    towards the previous), and the evidence (``sentence``, ``evidence_source``). Empty when
    no chain of at most 16 steps links them."""
    with session(store, endpoint) as s:
        na, nb = _doc(s, a), _doc(s, b)
        preds = predicates(relations)
        chain = _shortest(s, na, nb, preds) or []
        metas = metadata(s, [n for n, _, _ in chain])
        evidence = _evidence(s, [(chain[i - 1][0], p, n) if d == "out" else (n, p, chain[i - 1][0])
                                 for i, (n, p, d) in enumerate(chain) if i])
        rows = []
        for i, (n, p, d) in enumerate(chain):
            ev = {}
            if i:
                triple = (chain[i - 1][0], p, n) if d == "out" else (n, p, chain[i - 1][0])
                ev = evidence.get(triple, {})
            rows.append({"step": i, **_row(metas[n]),
                         "relation": RELATION_OF.get(p, p) if p else None,
                         "direction": {"out": "→", "in": "←"}.get(d),
                         "sentence": ev.get("sentence"), "evidence_source": ev.get("evsrc")})
    return pd.DataFrame(rows, columns=PATH_COLUMNS)


def _evidence(store, triples: list[tuple[str, str, str]], by: str = "s") -> dict[tuple, dict]:
    """The earliest evidence (file, then offset) of each triple. ``by`` is the end that
    varies among them ("s" or "o"), matched first: Oxigraph follows the written order, and
    starting from the shared end read every mention of it for each triple."""
    first, then = ("subject", "object") if by == "s" else ("object", "subject")
    best: dict[tuple, dict] = {}
    rows = []
    for i in range(0, len(triples), 500):
        chunk = " ".join(f"({iri(s)} {iri(p)} {iri(o)})" for s, p, o in triples[i:i + 500])
        rows += select(store, f"""SELECT ?s ?p ?o ?sentence ?start ?evsrc WHERE {{
          VALUES (?s ?p ?o) {{ {chunk} }}
          GRAPH ?g {{ ?e rdf:{first} ?{first[0]} ; rdf:{then} ?{then[0]} ; rdf:predicate ?p ;
                      dch:sentence ?sentence ; dch:start ?start . ?g dch:sourceKey ?evsrc }} }}""")
    for r in rows:
        k = (r["s"], r["p"], r["o"])
        rank = (r["evsrc"], int(r["start"]))
        if k not in best or rank < best[k]["rank"]:
            best[k] = {**r, "rank": rank}
    return best
