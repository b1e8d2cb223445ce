"""Lineage queries and lookup (danchieu.queries): the questions people ask, answered from
the graph as pandas DataFrames, on the embedded store and on a SPARQL server alike.

    >>> from danchieu import queries as q
    >>> q.resolve("Quy định 124")                         # doctest: +SKIP
    'https://w3id.org/danchieu/eli/party/vn/TW/Q%C4%90/XII/124'
    >>> q.cites("Quy định 124")[["symbol", "relation", "sentence"]]       # doctest: +SKIP
    >>> q.lineage("29-NQ/TW", direction="down")           # doctest: +SKIP

Every function takes ``store=None, endpoint=None`` like danchieu.graph.
"""
from .api import (CITE_COLUMNS, DOC_COLUMNS, LINEAGE_COLUMNS, PATH_COLUMNS, TOP_COLUMNS,
                  cites, document, lineage, path, references)
from .lookup import Ambiguous, NotFound, parse, resolve
from .network import projection, stats, top

__all__ = ["resolve", "document", "cites", "references", "lineage", "path", "top", "stats",
           "projection", "NotFound", "Ambiguous", "parse", "DOC_COLUMNS", "CITE_COLUMNS",
           "LINEAGE_COLUMNS", "PATH_COLUMNS", "TOP_COLUMNS"]
