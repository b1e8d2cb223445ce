"""A thin adapter over danchieu.queries: open the store once, remember the projection.

Every view reads through `Source`; nothing here queries the graph itself. Tests and notebooks
may pass any object with the same functions as `api` (the contract of danchieu.queries).
"""
from __future__ import annotations

import importlib
import math
from functools import cached_property

import networkx as nx
import pandas as pd

NODE_FIELDS = ("symbol", "type", "title", "date", "issuer", "level", "locality", "source")


def clean(value) -> str:
    """A display string for a value from a DataFrame or node attributes ("" for NaN/None)."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat()[:10]
    return str(value)


class Source:
    """danchieu.queries bound to one store (or endpoint)."""

    def __init__(self, store=None, endpoint=None, api=None):
        if api is None:
            api = importlib.import_module("danchieu.queries")
            if store is None or isinstance(store, (str, bytes)) or hasattr(store, "__fspath__"):
                # One open store for the many calls a site makes (an embedded store is a folder lock).
                from danchieu.graph import open_store
                store = open_store(None if endpoint else store, endpoint)
                endpoint = None
        self.api = api
        self.kw = {"store": store, "endpoint": endpoint}

    # -- the contract, passed through --------------------------------------------------
    def resolve(self, text: str, year=None, pick=None) -> str:
        return self.api.resolve(text, year=year, pick=pick, **self.kw)

    def document(self, doc: str) -> dict:
        return self.api.document(doc, **self.kw)

    def cites(self, doc: str) -> pd.DataFrame:
        """The documents citing `doc` (queries.cites)."""
        return self.api.cites(doc, **self.kw)

    def references(self, doc: str) -> pd.DataFrame:
        """What `doc` cites (queries.references)."""
        return self.api.references(doc, **self.kw)

    def lineage(self, doc: str, direction: str = "down", depth=None,
                relations=("implements",)) -> pd.DataFrame:
        return self.api.lineage(doc, direction=direction, depth=depth, relations=relations, **self.kw)

    def top(self, relation=None, by="in-degree", limit=20) -> pd.DataFrame:
        return self.api.top(relation=relation, by=by, limit=limit, **self.kw)

    def stats(self) -> dict:
        return self.api.stats(**self.kw)

    @cached_property
    def graph(self) -> nx.DiGraph:
        """The whole citation graph as networkx (queries.projection), fetched once."""
        return self.api.projection(**self.kw)

    # -- small conveniences over the projection ----------------------------------------
    def node(self, iri: str) -> dict:
        """Display fields of one node (strings; "" when unknown) plus ambiguous/unresolved flags."""
        data = self.graph.nodes[iri] if iri in self.graph else {}
        out = {k: clean(data.get(k)) for k in NODE_FIELDS}
        out["id"] = iri
        out["ambiguous"] = bool(data.get("ambiguous"))
        out["unresolved"] = int(data.get("unresolved") or 0)   # unresolved short forms in its text
        return out

    def resolve_any(self, text: str, year=None, pick=None) -> str:
        """An IRI as is, else queries.resolve."""
        if text in self.graph:
            return text
        return self.resolve(text, year=year, pick=pick)


def edge_sentence(data: dict) -> str:
    """The evidence sentence of a projection edge, whatever the attribute is called."""
    for key in ("sentence", "evidence", "evidence_sentence"):
        value = data.get(key)
        if isinstance(value, (list, tuple)):
            value = value[0] if value else ""
        if clean(value):
            return clean(value)
    return ""


def edge_relations(data: dict) -> list[str]:
    """The relation(s) of a projection edge (one string, or a list when several are stated)."""
    value = data.get("relations") or data.get("relation") or "cites"
    if isinstance(value, (list, tuple, set, frozenset)):
        return sorted(str(v) for v in value) or ["cites"]
    return [str(value)]
