"""pyvis (vis-network) views: ego, lineage and overview, as data ready for a page.

Each function returns a `View`: pyvis' node and edge dicts and vis options. Pages embed that
as JSON and draw it with the vis-network bundled in the output (`views/static`, from pyvis).
Tooltips are HTML (pyvis' convention); every string from a document is escaped here.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Callable, Iterable

import networkx as nx
import numpy as np
from markupsafe import Markup
from pyvis.edge import Edge
from pyvis.network import Network

from . import style
from .data import Source, clean, edge_relations, edge_sentence

Link = Callable[[str], "str | None"]

# Past this many nodes the overview uses its precomputed layout with physics off.
PHYSICS_THRESHOLD = 300
# An ego view of depth 2 around a hub stops growing here (depth-1 neighbours always stay).
EGO_MAX_NODES = 400


@dataclass
class View:
    """One drawable graph: pyvis node and edge dicts, vis options, and what it shows."""
    kind: str
    nodes: list[dict]
    edges: list[dict]
    options: dict
    focus: str | None = None
    notes: list[str] = field(default_factory=list)

    def payload(self) -> dict:
        return {"kind": self.kind, "nodes": self.nodes, "edges": self.edges,
                "options": self.options, "focus": self.focus}

    @property
    def ids(self) -> list[str]:
        return [n["id"] for n in self.nodes]


def label(node: dict) -> str:
    """Short node label: the symbol, else the type and a clipped title."""
    if node.get("symbol"):
        text = node["symbol"]
    else:
        title = node.get("title") or node["id"].rsplit("/", 1)[-1]
        title = title if len(title) <= 32 else title[:30].rstrip() + "…"
        kind = " ".join(x for x in (node.get("type"), f"({node['locality']})" if node.get("locality") else "") if x)
        text = f"{kind}: {title}" if kind else title
    if node.get("ambiguous"):
        text += " (?)"
    if node.get("unresolved"):
        text += " ⚠"
    return text


def tooltip(node: dict, evidence: Iterable[tuple[str, str]] = ()) -> str:
    """HTML tooltip: symbol, type, date, issuer, title, then evidence sentences; all escaped."""
    parts = [Markup("<b>{}</b>").format(node.get("symbol") or "(không số hiệu)")]
    for name in ("type", "date", "issuer", "level"):
        if node.get(name):
            parts.append(Markup("{}: {}").format(name, node[name]))
    if node.get("title"):
        parts.append(Markup("<i>{}</i>").format(node["title"]))
    if node.get("ambiguous"):
        parts.append(Markup("<b>ambiguous</b>: several documents share this key"))
    if node.get("unresolved"):
        parts.append(Markup("<b>unresolved</b>: {} short form(s) in its text name no known document")
                     .format(node["unresolved"]))
    for relation, sentence in evidence:
        if sentence:
            parts.append(Markup("<span class='dc-ev'>{}: “{}”</span>").format(relation, clip(sentence)))
    return str(Markup("<br>").join(parts))


def edge_tooltip(relations: list[str], sentence: str) -> str:
    text = Markup("<b>{}</b>").format(", ".join(relations))
    if sentence:
        text += Markup("<br>“{}”").format(clip(sentence))
    return str(text)


def clip(text: str, limit: int = 400) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _network() -> Network:
    return Network(directed=True, cdn_resources="local", notebook=False)


def _add_node(net: Network, node: dict, link: Link | None, *, evidence=(), size=None,
              focus=False, **vis) -> None:
    colour = style.level_colour(node.get("level"))
    options = {"title": tooltip(node, evidence), "shape": style.type_shape(node.get("type")),
               "level_name": style.level_name(node.get("level")), "doc_type": node.get("type") or "",
               "year": (node.get("date") or "")[:4]}
    if node.get("ambiguous"):
        options["color"] = {"background": colour, "border": style.AMBIGUOUS_BORDER}
        options["shapeProperties"] = {"borderDashes": [5, 3]}
        options["borderWidth"] = 3
    elif node.get("unresolved"):
        options["color"] = {"background": colour, "border": style.UNRESOLVED_BORDER}
        options["shapeProperties"] = {"borderDashes": [2, 2]}
        options["borderWidth"] = 3
    else:
        options["color"] = {"background": colour, "border": colour}
    url = link(node["id"]) if link else None
    if url:
        options["url"] = url
    if size is not None:
        options["size"] = size
    if focus:
        options["borderWidth"] = 4
        options["size"] = max(size or 0, 28)
        options["font"] = {"size": 18}
    c = options["color"]            # keep the level's colour when hovered or selected
    c["highlight"] = c["hover"] = {"background": c["background"], "border": style.HIGHLIGHT_BORDER}
    options.update(vis)
    text = options.pop("label", None) or label(node)
    net.add_node(node["id"], label=text, **options)


def _add_edge(net: Network, u: str, v: str, relations: list[str], sentence: str) -> None:
    """pyvis' own Edge, appended directly: add_edge's duplicate scan is quadratic."""
    main = next((r for r in relations if style.relation_name(r) != "cites"), relations[0])
    colour, dashes, width = style.relation_style(main)
    names = [style.relation_name(r) for r in relations]
    edge = Edge(u, v, True, title=edge_tooltip(names, sentence), color=colour, dashes=dashes,
                width=width, relation=style.relation_name(main))
    net.edges.append(edge.options)


def _edge_data(graph: nx.DiGraph, u: str, v: str) -> tuple[list[str], str]:
    data = graph.get_edge_data(u, v) or {}
    return edge_relations(data), edge_sentence(data)


def _interaction(**extra) -> dict:
    return {"hover": True, "tooltipDelay": 120, "navigationButtons": False, **extra}


# ---------------------------------------------------------------------------------------
def ego(source: Source, doc: str, depth: int = 1, link: Link | None = None,
        max_nodes: int = EGO_MAX_NODES) -> View:
    """The documents that cite `doc` and that it cites, to `depth` steps (1 or 2)."""
    graph = source.graph
    seen = {doc: 0}
    frontier = [doc]
    notes = []
    for step in range(1, depth + 1):
        nxt = []
        for n in frontier:
            for m in sorted(set(graph.predecessors(n)) | set(graph.successors(n))):
                if m not in seen:
                    if step > 1 and len(seen) >= max_nodes:
                        notes.append(f"depth {step} cut at {max_nodes} documents")
                        break
                    seen[m] = step
                    nxt.append(m)
        frontier = nxt
    net = _network()
    for n, step in seen.items():
        evidence = []
        if step == 1:
            for u, v in ((n, doc), (doc, n)):
                if graph.has_edge(u, v):
                    relations, sentence = _edge_data(graph, u, v)
                    evidence.append((", ".join(style.relation_name(r) for r in relations), sentence))
        _add_node(net, source.node(n), link, evidence=evidence, focus=(n == doc), size=16 if n != doc else 28)
    for u, v in graph.subgraph(seen).edges():
        _add_edge(net, u, v, *_edge_data(graph, u, v))
    options = {"physics": {"solver": "forceAtlas2Based", "stabilization": {"iterations": 300},
                           "forceAtlas2Based": {"springLength": 120}},
               "nodes": {"font": {"background": "rgba(255,255,255,0.85)"}},
               "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.6}}, "smooth": False},
               "interaction": _interaction()}
    return View("ego", net.nodes, net.edges, options, focus=doc, notes=sorted(set(notes)))


def ranks(nodes: Iterable[str], edges: Iterable[tuple[str, str]], admin: dict[str, int | None]) -> dict[str, int]:
    """Rows of the lineage layout: an implementer sits below what it implements, and no higher
    than its own tier (Trung ương 0, tỉnh 1, huyện 2, xã 3). Cycles stop after n rounds."""
    nodes = list(nodes)
    rank = {n: admin.get(n) or 0 for n in nodes}
    edges = list(edges)
    for _ in range(len(nodes)):
        changed = False
        for u, v in edges:            # u implements v: u below v
            if rank[u] < rank[v] + 1:
                rank[u] = rank[v] + 1
                changed = True
        if not changed:
            break
    low = min(rank.values(), default=0)
    return {n: r - low for n, r in rank.items()}


def lineage(source: Source, doc: str, relations=("implements",), depth=None,
            link: Link | None = None) -> View:
    """The implementation tree around `doc`: what it implements above, its implementers below."""
    graph = source.graph
    down = source.lineage(doc, direction="down", depth=depth, relations=relations)
    up = source.lineage(doc, direction="up", depth=depth, relations=relations)
    ids = {doc} | {clean(i) for i in down["id"]} | {clean(i) for i in up["id"]}
    ids.discard("")
    wanted = {style.relation_name(r) for r in relations}
    pairs: dict[tuple[str, str], tuple[list[str], str]] = {}
    for frame, downward in ((down, True), (up, False)):
        for row in frame.itertuples(index=False):
            parent = clean(getattr(row, "parent", ""))
            if parent and parent in ids:
                u, v = (row.id, parent) if downward else (parent, row.id)
                pairs[(u, v)] = _edge_data(graph, u, v) if graph.has_edge(u, v) else \
                    ([clean(getattr(row, "relation", "")) or "implements"], "")
    for u, v in graph.subgraph(ids).edges():
        rel, sentence = _edge_data(graph, u, v)
        if wanted & {style.relation_name(r) for r in rel}:
            pairs.setdefault((u, v), (rel, sentence))
    nodes = {n: source.node(n) for n in ids}
    row = ranks(ids, pairs, {n: style.level_rank(d["level"]) for n, d in nodes.items()})
    net = _network()
    for n in sorted(ids, key=lambda n: (row[n], nodes[n]["symbol"], n)):
        evidence = [(", ".join(style.relation_name(r) for r in pairs[(u, v)][0]), pairs[(u, v)][1])
                    for (u, v) in pairs if u == n]
        _add_node(net, nodes[n], link, evidence=evidence, focus=(n == doc), level=row[n], size=18)
    for (u, v), (rel, sentence) in sorted(pairs.items()):
        _add_edge(net, u, v, rel, sentence)
        if row[u] - row[v] > 1:          # skips a tier: curve it so it does not hide the chain
            net.edges[-1]["smooth"] = {"enabled": True, "type": "curvedCCW", "roundness": 0.35}
    # Tiers run left to right (Trung ương → … → xã), so arrows never cross the labels under nodes:
    # the page reads "29-NQ/TW ← 619/KH-MTTQ-BTT ← plan".
    options = {"layout": {"hierarchical": {"enabled": True, "direction": "LR", "sortMethod": "directed",
                                           "levelSeparation": 300, "nodeSpacing": 110}},
               "physics": {"enabled": False},
               "nodes": {"font": {"background": "rgba(255,255,255,0.85)"}},
               "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.7}},
                         "smooth": {"type": "cubicBezier", "forceDirection": "horizontal", "roundness": 0.4}},
               "interaction": _interaction()}
    notes = [] if len(ids) > 1 else ["no document implements this one, and it implements none"]
    return View("lineage", net.nodes, net.edges, options, focus=doc, notes=notes)


def spring(graph: nx.Graph, seed: int = 7, iterations: int = 60) -> dict:
    """Fruchterman-Reingold on one connected component, vectorised with numpy (dense: fine to
    a few thousand nodes; networkx' own needs scipy past 500). Positions in [0, 1]-ish units."""
    nodes = list(graph)
    n = len(nodes)
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    index = {v: i for i, v in enumerate(nodes)}
    adjacency = np.zeros((n, n))
    for u, v in graph.edges():
        adjacency[index[u], index[v]] = adjacency[index[v], index[u]] = 1.0
    x, y = np.random.default_rng(seed).random((2, n))
    k = math.sqrt(1.0 / n)
    t = 0.1
    cool = t / (iterations + 1)
    for _ in range(iterations):
        dx = x[:, None] - x[None, :]
        dy = y[:, None] - y[None, :]
        dist = np.maximum(np.hypot(dx, dy), 0.01)
        force = k * k / (dist * dist) - adjacency * (dist / k)
        mx = (dx * force).sum(axis=1)
        my = (dy * force).sum(axis=1)
        length = np.hypot(mx, my)
        step = t / np.where(length < 0.01, 0.1, length)
        x += mx * step
        y += my * step
        t -= cool
    pos = np.column_stack([x - x.mean(), y - y.mean()])
    return {v: (float(pos[i, 0]), float(pos[i, 1])) for v, i in index.items()}


def layout(graph: nx.Graph, seed: int = 7) -> dict[str, tuple[float, float]]:
    """A precomputed layout: each connected component laid out on its own, then packed in rows,
    biggest first, so thousands of nodes open at once with physics off."""
    undirected = graph.to_undirected(as_view=True)
    comps = sorted(nx.connected_components(undirected), key=lambda c: (-len(c), min(c)))
    pos: dict[str, tuple[float, float]] = {}
    boxes = []
    for comp in comps:
        k = len(comp)
        local = spring(undirected.subgraph(comp), seed=seed, iterations=60 if k < 1500 else 30)
        scale = 45 * math.sqrt(k)
        boxes.append((comp, {n: (x * scale, y * scale) for n, (x, y) in local.items()}))
    total = sum(len(c) for c, _ in boxes) or 1
    width = 160 * math.sqrt(total)
    x0 = y0 = row_h = 0.0
    for comp, local in boxes:
        xs = [p[0] for p in local.values()]
        ys = [p[1] for p in local.values()]
        w = max(xs) - min(xs) + 90
        h = max(ys) - min(ys) + 90
        if x0 > 0 and x0 + w > width:
            x0, y0, row_h = 0.0, y0 + row_h, 0.0
        for n, (x, y) in local.items():
            pos[n] = (x0 + x - min(xs), y0 + y - min(ys))
        x0 += w
        row_h = max(row_h, h)
    return pos


def overview(source: Source, link: Link | None = None,
             physics_threshold: int = PHYSICS_THRESHOLD) -> View:
    """The whole graph: size by how often a document is cited, filters by level and type
    on the page; a precomputed layout, with physics only for small graphs."""
    graph = source.graph
    big = graph.number_of_nodes() > physics_threshold
    pos = layout(graph)
    net = _network()
    for n in sorted(graph):
        cited = graph.in_degree(n)
        x, y = pos[n]
        node = source.node(n)
        extra = {"x": round(x, 1), "y": round(y, 1), "cited": cited}
        if big and cited < 2:
            extra["label"] = " "            # labels of leaves cost time and hide the structure
            extra["full_label"] = label(node)
        _add_node(net, node, link, size=8 + 5 * math.sqrt(cited), **extra)
    for u, v in graph.edges():
        _add_edge(net, u, v, *_edge_data(graph, u, v))
    options = {"physics": {"enabled": not big, "solver": "forceAtlas2Based",
                           "stabilization": {"iterations": 150}},
               "layout": {"improvedLayout": False},
               "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.4}}, "smooth": False,
                         "width": 0.8},
               "nodes": {"font": {"size": 12}},
               "interaction": _interaction(hideEdgesOnDrag=big, hideEdgesOnZoom=big)}
    notes = [f"{graph.number_of_nodes()} documents, {graph.number_of_edges()} citations"]
    if big:
        notes.append(f"precomputed layout, physics off (more than {physics_threshold} documents); "
                     "labels only on documents cited at least twice")
    return View("overview", net.nodes, net.edges, options, notes=notes)
