"""The whole graph at once: counts, the most cited documents, and a networkx projection for
graph algorithms (PageRank, shortest paths, communities) and for drawing."""
from __future__ import annotations

import networkx as nx
import pandas as pd

from ._sparql import (PREDICATES, RELATION_OF, metadata, predicates, select, session, values)
from .api import DOC_COLUMNS, TOP_COLUMNS

_EDGES = """SELECT DISTINCT ?s ?p ?o WHERE { %VALUES% ?s ?p ?o }"""
_SENTENCES = """SELECT ?s ?p ?o ?sentence ?start ?evsrc WHERE { %VALUES%
  GRAPH ?g { ?e rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; dch:sentence ?sentence ;
             dch:start ?start . ?g dch:sourceKey ?evsrc } }"""
_NODES = """SELECT DISTINCT ?d WHERE { GRAPH ?g { ?d a eli:LegalResource } }"""
_UNRESOLVED = """SELECT ?g ?mention ?sentence WHERE { GRAPH ?g {
  ?u a dch:UnresolvedMention ; dch:mention ?mention ; dch:sentence ?sentence } }"""


def _pvalues(preds):
    return values("p", (f"<{p}>" for p in preds))


def projection(relations=None, *, evidence: bool = True, store=None, endpoint=None) -> nx.DiGraph:
    """The graph as a networkx DiGraph: one node per document, keyed by IRI, with attributes
    symbol, type, title, date, issuer, level, locality, source, ambiguous, unresolved (the
    number of short forms in that document's file that resolve to nothing); one edge per
    (citing, cited) pair with attribute ``relation`` (the first by name if a text states
    several, all of them in ``relations``) and ``sentence``/``evidence_source`` of its
    first mention (``evidence=False`` skips reading sentences, for large graphs)."""
    preds = predicates(relations)
    g = nx.DiGraph()
    with session(store, endpoint) as s:
        edges = select(s, _EDGES.replace("%VALUES%", _pvalues(preds)))
        nodes = {r["d"] for r in select(s, _NODES)}
        nodes |= {r["s"] for r in edges} | {r["o"] for r in edges}
        metas = metadata(s, nodes)
        unresolved: dict[str, int] = {}
        for r in select(s, """SELECT ?d (COUNT(?u) AS ?n) WHERE { GRAPH ?g {
                 ?u a dch:UnresolvedMention . ?g dch:describes ?d } } GROUP BY ?d"""):
            unresolved[r["d"]] = int(r["n"])
        sentences: dict[tuple, dict] = {}
        if evidence:
            for r in select(s, _SENTENCES.replace("%VALUES%", _pvalues(preds))):
                k = (r["s"], r["p"], r["o"])
                rank = (r["evsrc"], int(r["start"]))
                if k not in sentences or rank < sentences[k]["rank"]:
                    sentences[k] = {**r, "rank": rank}
    for n, m in metas.items():
        g.add_node(n, symbol=m["symbol"], type=m["type"], title=m["title"], date=m["date"],
                   issuer=m["issuer"], level=m["level"], locality=m["locality"],
                   source=m["source"], ambiguous=m["ambiguous"],
                   unresolved=unresolved.get(n, 0))
    for r in sorted(edges, key=lambda r: (r["s"], r["o"], RELATION_OF.get(r["p"], r["p"]))):
        name = RELATION_OF.get(r["p"], r["p"])
        ev = sentences.get((r["s"], r["p"], r["o"]), {})
        if g.has_edge(r["s"], r["o"]):
            g.edges[r["s"], r["o"]]["relations"].append(name)
            continue
        g.add_edge(r["s"], r["o"], relation=name, relations=[name],
                   sentence=ev.get("sentence"), evidence_source=ev.get("evsrc"))
    return g


def pagerank(g: nx.DiGraph, alpha: float = 0.85, tol: float = 1e-10,
             max_iter: int = 200) -> dict[str, float]:
    """PageRank as networkx defines it (damping ``alpha``, dangling nodes spread evenly),
    by power iteration in numpy: networkx's own needs scipy, which danchieu does not."""
    import numpy as np
    nodes = list(g)
    n = len(nodes)
    if n == 0:
        return {}
    index = {v: i for i, v in enumerate(nodes)}
    src = np.fromiter((index[a] for a, _ in g.edges), dtype=np.int64, count=g.number_of_edges())
    dst = np.fromiter((index[b] for _, b in g.edges), dtype=np.int64, count=g.number_of_edges())
    out = np.bincount(src, minlength=n).astype(float)
    dangling = out == 0
    weight = np.where(dangling, 0.0, 1.0 / np.maximum(out, 1))
    x = np.full(n, 1.0 / n)
    for _ in range(max_iter):
        new = np.bincount(dst, weights=x[src] * weight[src], minlength=n)
        new = alpha * (new + x[dangling].sum() / n) + (1 - alpha) / n
        if np.abs(new - x).sum() < n * tol:
            x = new
            break
        x = new
    return {v: float(x[i]) for v, i in index.items()}


def top(relation=None, by: str = "in-degree", limit: int = 20, *, store=None,
        endpoint=None) -> pd.DataFrame:
    """The most cited documents: ``by="in-degree"`` counts distinct citing documents (one
    SPARQL aggregate); ``by="pagerank"`` runs networkx PageRank on the projection.
    Columns: id, symbol, type, title, date, issuer, level, source, score."""
    preds = predicates(relation)
    if by not in ("in-degree", "pagerank"):
        raise ValueError("by is 'in-degree' or 'pagerank'")
    with session(store, endpoint) as s:
        if by == "in-degree":
            rows = select(s, f"""SELECT ?o (COUNT(DISTINCT ?s) AS ?n) WHERE {{ {_pvalues(preds)}
                                 ?s ?p ?o }} GROUP BY ?o ORDER BY DESC(?n) ?o LIMIT {int(limit)}""")
            scores = [(r["o"], int(r["n"])) for r in rows]
        else:
            g = projection(relation, evidence=False, store=s)
            pr = pagerank(g)
            scores = sorted(pr.items(), key=lambda kv: (-kv[1], kv[0]))[:int(limit)]
        metas = metadata(s, [n for n, _ in scores])
    rows = [{**{c: metas[n].get(c) for c in DOC_COLUMNS}, "score": sc} for n, sc in scores]
    return pd.DataFrame(rows, columns=TOP_COLUMNS)


UNKNOWN_LEVEL = "không rõ cấp"       # as the views' legend says
SEVERAL_LEVELS = "nhiều cấp"


def stats(*, store=None, endpoint=None) -> dict:
    """Counts: source documents (files), documents (nodes), edges (distinct stated
    relations) and edges by relation, evidence (mentions), unresolved short forms,
    ambiguous undated references, unnumbered documents, documents by level and by type."""
    def count(where: str, what: str = "*") -> int:
        return int(select(s, f"SELECT (COUNT({what}) AS ?n) WHERE {{ {where} }}")[0]["n"])
    with session(store, endpoint) as s:
        by_rel = {RELATION_OF[r["p"]]: int(r["n"]) for r in select(s, f"""
            SELECT ?p (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?s ?p ?o WHERE {{
              {_pvalues(PREDICATES.values())} ?s ?p ?o }} }} GROUP BY ?p""")}
        # one bucket a document: one whose issuers carry two levels (a joint document, or
        # a level misread) counts under SEVERAL_LEVELS, so the buckets add up
        by_level = {r["b"]: int(r["n"]) for r in select(s, f"""
            SELECT ?b (COUNT(?d) AS ?n) WHERE {{
              {{ SELECT ?d (SAMPLE(?l) AS ?one) (COUNT(DISTINCT ?l) AS ?k) WHERE {{
                  {{ SELECT DISTINCT ?d ?o WHERE {{ ?d eli:passed_by ?o }} }}
                  {{ SELECT DISTINCT ?o ?c WHERE {{ ?o dch:level ?c }} }}
                  GRAPH <https://w3id.org/danchieu/graph/ontology> {{ ?c skos:prefLabel ?l FILTER(lang(?l) = "vi") }}
                }} GROUP BY ?d }}
              BIND(IF(?k > 1, "{SEVERAL_LEVELS}", STR(?one)) AS ?b) }} GROUP BY ?b""")}
        by_type = {r["t"]: int(r["n"]) for r in select(s, """
            SELECT ?t (COUNT(DISTINCT ?d) AS ?n) WHERE {
              { SELECT DISTINCT ?d ?c WHERE { ?d eli:type_document ?c } }
              GRAPH <https://w3id.org/danchieu/graph/ontology> { ?c skos:prefLabel ?t FILTER(lang(?t) = "vi") } } GROUP BY ?t""")}
        documents = count("GRAPH ?g { ?d a eli:LegalResource }", "DISTINCT ?d")
        # the rest: documents whose issuer's level is not known
        leveled = sum(by_level.values())
        if documents > leveled:
            by_level[UNKNOWN_LEVEL] = documents - leveled
        return {
            "sources": count("GRAPH ?g { ?g a dch:SourceRecord }"),
            "documents": documents,
            "edges": sum(by_rel.values()),
            "edges_by_relation": dict(sorted(by_rel.items())),
            "evidence": count("GRAPH ?g { ?e a dch:Evidence }"),
            "unresolved": count("GRAPH ?g { ?e a dch:UnresolvedMention }"),
            "ambiguous": count("GRAPH ?g { ?d a dch:AmbiguousReference }", "DISTINCT ?d"),
            "unnumbered": count("GRAPH ?g { ?d a dch:UnnumberedDocument }", "DISTINCT ?d"),
            "documents_by_level": dict(sorted(by_level.items())),
            "documents_by_type": dict(sorted(by_type.items(), key=lambda kv: (-kv[1], kv[0]))),
        }
