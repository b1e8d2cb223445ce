"""The knowledge graph: documents, who issued them, and the relations texts state.

    >>> from danchieu import graph
    >>> store = graph.open_store()                  # .danchieu/store, or DANCHIEU_STORE
    >>> summary = graph.build(["data/seeds"], store=store)
    >>> graph.sparql("SELECT (COUNT(*) AS ?n) WHERE { ?a dch:implements ?b }", store=store)
"""
from __future__ import annotations

import os
from typing import TYPE_CHECKING, Iterable

from danchieu.lazy import lazy_names

from .store import DEFAULT_STORE, EmbeddedStore, RemoteStore, Store, StoreError, open_store

if TYPE_CHECKING:
    from .check import CheckReport
    from .ingest import BuildSummary

# Commands which never build, check or export (and `danchieu --help`) start without rdflib.
__getattr__ = lazy_names(__name__, ingest=("BuildSummary", "Skipped", "remove"),
                         check=("CheckReport", "Conflict"), export=("FORMATS",))

PREFIXES = """PREFIX dch: <https://w3id.org/danchieu/ontology#>
PREFIX eli: <http://data.europa.eu/eli/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""

__all__ = ["build", "open_store", "export", "check", "sparql", "remove", "BuildSummary",
           "Skipped", "CheckReport", "Conflict", "Store", "EmbeddedStore", "RemoteStore",
           "StoreError", "DEFAULT_STORE", "FORMATS", "PREFIXES"]


def _store(store, endpoint, write: bool = False) -> Store:
    if isinstance(store, (EmbeddedStore, RemoteStore)):
        return store
    return open_store(store, endpoint, write=write)


def build(paths: Iterable[str | os.PathLike], store: Store | str | os.PathLike | None = None,
          endpoint: str | None = None, jobs: int = 1, progress: bool = True,
          prune: bool = False) -> BuildSummary:
    """Extract every text file under paths and load one named graph per file.

    Idempotent: an unchanged file is skipped, a changed one replaces only its own graph.
    A file that cannot be read or extracted is skipped and listed in the summary. ``prune``
    drops the graphs of files no longer found under paths (deleted or renamed).
    """
    from .ingest import build as _build
    return _build(paths, _store(store, endpoint, write=True), jobs=jobs, progress=progress,
                  prune=prune)


def sparql(query: str, store: Store | str | os.PathLike | None = None,
           endpoint: str | None = None):
    """Run a query (the dch, eli, skos, rdf and xsd prefixes are predeclared).

    SELECT and ASK give the W3C SPARQL 1.1 Query Results JSON as a dict; CONSTRUCT and
    DESCRIBE give N-Triples text. The default graph is the union of all documents.
    """
    return _store(store, endpoint).query(PREFIXES + query)


def export(fmt: str = "ttl", store: Store | str | os.PathLike | None = None,
           endpoint: str | None = None) -> str:
    """The whole graph as ttl, trig, nq or jsonld text."""
    from .export import export as _export
    return _export(_store(store, endpoint), fmt)


def check(store: Store | str | os.PathLike | None = None, endpoint: str | None = None) -> CheckReport:
    """SHACL validation of the whole graph, and metadata that citers disagree on."""
    from .check import check as _check
    return _check(_store(store, endpoint))
