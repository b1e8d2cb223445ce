"""SPARQL plumbing for the queries: safe terms, result rows, and document metadata.

User input never reaches a query as text: literals go through ``literal`` (every character
SPARQL gives meaning to is escaped), IRIs through ``iri`` (refused unless they are a valid
IRIREF), and both are bound with VALUES.
"""
from __future__ import annotations

import os
import re
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from urllib.parse import unquote
from typing import Iterable, Iterator

from danchieu.graph import PREFIXES
from danchieu.graph.identity import UNKNOWN, Key
from danchieu.graph.store import EmbeddedStore, RemoteStore, Store, open_store
from danchieu.graph.card import merge
from danchieu.graph.summary import COPIES, SOURCE_COPY
from danchieu.graph.vocab import DCH, DOC, ELI, IDENTITY_GRAPH, RELATION, SOURCE, SUMMARY_GRAPH

UNNUMBERED = str(DCH.UnnumberedDocument)

# Relation name <-> predicate IRI (the graph's own table).
PREDICATES: dict[str, str] = {name: str(p) for name, p in RELATION.items()}
RELATION_OF: dict[str, str] = {p: name for name, p in PREDICATES.items()}
LEVELS = ("Trung ương", "tỉnh", "huyện", "xã")

# IRIREF of the SPARQL grammar: no spaces, no <>"{}|^`\ and no control characters.
_IRI = re.compile(r'^[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>"{}|^`\\\x00-\x20]*$')
_ESCAPES = {"\\": "\\\\", '"': '\\"', "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t",
            "\b": "\\b", "\f": "\\f"}


def literal(value: str) -> str:
    """A SPARQL string literal for any text (ECHAR escapes; control characters as \\u)."""
    out = []
    for ch in str(value):
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ord(ch) < 0x20 or ch == "\x7f":
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def is_iri(value: str) -> bool:
    return bool(_IRI.match(value or ""))


def iri(value: str) -> str:
    if not is_iri(value):
        raise ValueError(f"not an IRI: {value!r}")
    return f"<{value}>"


def values(var: str, terms: Iterable[str]) -> str:
    return f"VALUES ?{var} {{ {' '.join(terms)} }}"


def predicates(relations: Iterable[str] | str | None) -> list[str]:
    """Predicate IRIs for relation names; None means every relation."""
    if relations is None:
        return list(PREDICATES.values())
    if isinstance(relations, str):
        relations = [relations]
    out = []
    for r in relations:
        name = r.strip().replace("-", "_")
        if name not in PREDICATES:
            raise ValueError(f"unknown relation {r!r}; use one of {', '.join(PREDICATES)}")
        out.append(PREDICATES[name])
    return out


@contextmanager
def session(store=None, endpoint=None) -> Iterator[Store]:
    """The store to query: a Store object is used as it is; a folder or URL is opened here
    and closed afterwards (an embedded folder is locked while open)."""
    if isinstance(store, (EmbeddedStore, RemoteStore)):
        yield store
        return
    s = open_store(store, endpoint)
    try:
        yield s
    finally:
        s.close()


def select(store: Store, query: str) -> list[dict[str, str]]:
    """Rows of a SELECT as {variable: value} (unbound variables left out)."""
    return list(store.rows(PREFIXES + query))


# ---------------------------------------------------------------- document metadata

# Oxigraph's union default graph is a multiset over the named graphs: a document cited by
# 10,000 files has 10,000 copies of its eli:id_local triple. So metadata is read from the
# summary graph (one copy, graph/summary.py; %IN%), single patterns, joins in Python.
# Predicates are told apart in Python: a VALUES (?p ?k) join made Oxigraph scan the graph.
# One row a node, its (predicate, value) pairs joined: reading a row costs more than its
# length, and this halves the time for lineages of thousands of documents.
_META = """SELECT ?d (GROUP_CONCAT(DISTINCT CONCAT(STR(?p), "\\u001f", STR(?v));
  separator="\\u001e") AS ?m) WHERE { %VALUES% %IN% { ?d ?p ?v } } GROUP BY ?d"""
_RDF, _SKOS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "http://www.w3.org/2004/02/skos/core#"
_DOC_KEYS = {str(ELI.id_local): "symbol", str(ELI.title): "title", str(ELI.date_document): "date",
             str(DCH.term): "term", str(ELI.type_document): "type", str(ELI.passed_by): "org",
             _RDF + "type": "class"}
_ORG_KEYS = {_RDF + "type": "class", _SKOS + "prefLabel": "label", _SKOS + "notation": "notation",
             str(DCH.level): "level", str(DCH.locality): "locality"}
for _keys in (_DOC_KEYS, _ORG_KEYS):       # the summary graph's copies mean the same
    _keys.update({COPIES[p]: k for p, k in list(_keys.items())})
_DOC_KEYS[SOURCE_COPY] = "source"         # the graph describing it, in the summary only
_SOURCE = """SELECT DISTINCT ?d ?v WHERE { %VALUES% GRAPH ?g { ?g dch:describes ?d ; dch:sourceKey ?v } }"""
_AMBIGUOUS = """SELECT DISTINCT ?d WHERE { %VALUES% GRAPH <%IDENTITY%> { ?d a dch:AmbiguousReference } }"""
_LABELS = """SELECT DISTINCT ?d ?v WHERE { %VALUES% %IN% { ?d %LABEL% ?v FILTER(lang(?v) = "vi") } }"""


def _rows(store: Store, template: str, nodes: list[str], **extra) -> list[dict[str, str]]:
    """``template`` run for ``nodes`` (bound with VALUES ?d), in batches; many nodes in as
    many batches as there are cores, run side by side (Oxigraph, like a server's HTTP
    answer, is read without holding the GIL: a lineage's metadata in 0.6 of the time)."""
    parts = max(-(-len(nodes) // _BATCH), _THREADS if len(nodes) >= _PARALLEL_MIN else 1)
    size = -(-len(nodes) // parts) if nodes else 0
    queries = []
    for i in range(0, len(nodes), size or 1):
        q = template.replace("%VALUES%", values("d", (f"<{n}>" for n in nodes[i:i + size])))
        for k, v in extra.items():
            q = q.replace(f"%{k}%", v)
        queries.append(q)
    if len(queries) <= 1:
        return select(store, queries[0]) if queries else []
    with ThreadPoolExecutor(min(_THREADS, len(queries))) as pool:
        return [row for rows in pool.map(lambda q: select(store, q), queries) for row in rows]


_THREADS = max(1, min(4, os.cpu_count() or 1))
_PARALLEL_MIN = 500


def _pairs(rows: list[dict[str, str]]) -> Iterator[tuple[str, str, str]]:
    """(node, predicate, value) from _META's rows."""
    for r in rows:
        for pair in r["m"].split("\x1e"):
            p, _, v = pair.partition("\x1f")
            yield r["d"], p, v


def _summary_rows(store: Store, template: str, nodes: list[str]) -> tuple[list[dict], list[str]]:
    """From the summary graph; nodes it does not describe (a store written without it) from
    the union. Also gives those nodes."""
    rows = _rows(store, template, nodes, IN=f"GRAPH <{SUMMARY_GRAPH}>",
                 LABEL=f"<{COPIES[_SKOS + 'prefLabel']}>")
    missing = sorted(set(nodes) - {r["d"] for r in rows})
    return rows + (_rows(store, template, missing, IN="", LABEL="skos:prefLabel")
                   if missing else []), missing


FIELDS = ("id", "symbol", "type", "title", "date", "issuer", "level", "locality", "term", "source")
_BATCH = 2000


def _scope_level(node: str) -> str | None:
    key = Key.from_uri(node)
    if key is None or key.scope == UNKNOWN:
        return None
    if key.scope == "vn":
        return "Trung ương"
    return None if "." in key.scope else "tỉnh"


def metadata(store: Store, nodes: Iterable[str], localities: bool = True,
             flags: bool = True) -> dict[str, dict]:
    """What the graph says about each document: one value per field, chosen the same way
    every time (earliest date, shortest title; every issuer, joined), plus ``all`` (each
    field's full set of values, for lookups) and ``ambiguous``/``unnumbered`` flags.
    ``localities=False`` leaves out the issuers' localities; ``flags=False`` the look-up
    of the ``ambiguous`` flag (then always False), for callers that do not show it.

    Read from the documents' cards (graph/card.py: one literal per document and source
    graph); a document without one (a store built before cards) from the summary triples."""
    nodes = list(dict.fromkeys(n for n in nodes if is_iri(n)))
    found: dict[str, dict[str, set[str]]] = {n: {} for n in nodes}
    for row in _rows(store, _CARDS, nodes, SUMMARY=str(SUMMARY_GRAPH), CARD=COPIES[str(DCH.card)]):
        merge(found[row["d"]], row["c"])
    _from_triples(store, [n for n, vals in found.items() if not vals], found, localities)
    for node in _ambiguous(store, nodes) if flags else ():
        if node in found:
            found[node]["ambiguous"] = {"1"}
    # Types and levels are concepts: a handful in all, labelled by the ontology.
    concepts = sorted({c for vals in found.values() for k in ("type", "level") for c in vals.get(k, ())})
    labels: dict[str, str] = {}
    for row in _summary_rows(store, _LABELS, concepts)[0]:
        labels[row["d"]] = min(labels.get(row["d"], row["v"]), row["v"])
    for vals in found.values():
        if "type" in vals:
            vals["type"] = {labels.get(t, t.rsplit("/", 1)[-1]) for t in vals["type"]}
        if "level" in vals:
            vals["level"] = {labels.get(lv, lv) for lv in vals["level"]}
        if not localities:
            vals.pop("locality", None)
    return {n: _pick(n, vals) for n, vals in found.items()}


_CARDS = """SELECT ?d ?c WHERE { %VALUES% GRAPH <%SUMMARY%> { ?d <%CARD%> ?c } }"""


def _ambiguous(store: Store, nodes: list[str]) -> list[str]:
    """Those of ``nodes`` marked ambiguous (and, for many nodes, all the others too: few
    documents are ambiguous, and listing them is cheaper than a look-up a node)."""
    if len(nodes) <= _BATCH:
        rows = _rows(store, _AMBIGUOUS, nodes, IDENTITY=str(IDENTITY_GRAPH))
    else:
        rows = select(store, _AMBIGUOUS.replace("%VALUES%", "").replace("%IDENTITY%", str(IDENTITY_GRAPH)))
    return [r["d"] for r in rows]


def _from_triples(store: Store, nodes: list[str], found: dict[str, dict[str, set[str]]],
                  localities: bool) -> None:
    """The cards' fields for ``nodes``, read from the summary graph's triples (types and
    levels as concept IRIs, as in a card)."""
    if not nodes:
        return
    orgs: dict[str, set[str]] = {}
    rows, missing = _summary_rows(store, _META, nodes)
    for d, p, v in _pairs(rows):
        k = _DOC_KEYS.get(p)
        if k is None:
            continue
        if k == "org":
            orgs.setdefault(d, set()).add(v)
        elif k == "class":
            if v == UNNUMBERED:
                found[d]["unnumbered"] = {"1"}
        elif k == "source":
            found[d].setdefault(k, set()).add(unquote(v[len(SOURCE):]))
        else:
            found[d].setdefault(k, set()).add(v)
    for row in _rows(store, _SOURCE, missing):
        found[row["d"]].setdefault("source", set()).add(row["v"])
    org_meta: dict[str, dict[str, set[str]]] = {}
    org_rows = _summary_rows(store, _META, sorted({o for os_ in orgs.values() for o in os_}))[0]
    for d, p, v in _pairs(org_rows):
        if p in _ORG_KEYS:
            org_meta.setdefault(d, {}).setdefault(_ORG_KEYS[p], set()).add(v)
    places = sorted({x for m in org_meta.values() for x in m.get("locality", ())}) if localities else []
    labels: dict[str, str] = {}
    for row in _summary_rows(store, _LABELS, places)[0]:
        labels[row["d"]] = min(labels.get(row["d"], row["v"]), row["v"])
    for n in nodes:
        vals = found[n]
        for o in orgs.get(n, ()):
            om = org_meta.get(o, {})
            classes = om.get("class", set())
            if str(ELI.Organization) in classes:
                vals.setdefault("issuer", set()).update(om.get("label", ()))
            elif str(DCH.CodeAgent) in classes:
                vals.setdefault("code", set()).update(om.get("notation", ()))
            vals.setdefault("level", set()).update(om.get("level", ()))
            for pl in om.get("locality", ()) if localities else ():
                vals.setdefault("locality", set()).add(labels.get(pl, pl))
        if not vals.get("level"):
            vals.pop("level", None)


_CENTRAL_PARTY = DOC + "party/vn/"


def _pick(node: str, vals: dict[str, set[str]]) -> dict:
    def one(k, key=None):
        v = vals.get(k)
        return min(v, key=key) if v else None
    issuers = sorted(vals.get("issuer", ())) or sorted(vals.get("code", ()))
    level = one("level") or _scope_level(node)
    term = one("term")
    if term is None and node.startswith(_CENTRAL_PARTY):     # a central Party document's khóa
        key = Key.from_uri(node)
        term = key.period if key and key.period != UNKNOWN else None
    return {
        "id": node,
        "symbol": one("symbol", key=lambda s: (len(s), s)),
        "type": one("type"),
        "title": one("title", key=lambda s: (len(s), s)),
        "date": one("date"),
        "issuer": "; ".join(issuers) if issuers else None,
        "level": level,
        "locality": one("locality"),
        "term": term,
        "source": one("source"),
        "ambiguous": "ambiguous" in vals,
        "unnumbered": "unnumbered" in vals,
        "all": vals,
    }


def label(meta: dict) -> str:
    """A short readable name: the symbol, else the type and title of an unnumbered text."""
    if meta.get("symbol"):
        return meta["symbol"]
    title = meta.get("title") or ""
    title = title if len(title) <= 60 else title[:57] + "..."
    return f"{meta.get('type') or 'Văn bản'} (không số) {title}".strip()


def is_document_iri(value: str) -> bool:
    return value.startswith(DOC) and is_iri(value)


AMBIGUOUS_TYPE = str(DCH.AmbiguousReference)
