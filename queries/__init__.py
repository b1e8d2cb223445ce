"""Lineage queries and lookup (danchieu.queries): the questions people ask, answered from
the graph as pandas DataFrames, on the embedded store and on a SPARQL server alike.

    >>> from danchieu import queries as q
    >>> q.resolve("Quy định 124")                         # doctest: +SKIP
    'https://w3id.org/danchieu/eli/party/vn/TW/Q%C4%90/XII/124'
    >>> q.cites("Quy định 124")[["symbol", "relation", "sentence"]]       # doctest: +SKIP
    >>> q.lineage("29-NQ/TW", direction="down")           # doctest: +SKIP

Every function takes ``store=None, endpoint=None`` like danchieu.graph.
"""
from danchieu.lazy import lazy_names

# pandas and networkx cost most of a second, which `danchieu --help` need not pay.
__getattr__ = lazy_names(
    __name__,
    api=("CITE_COLUMNS", "DOC_COLUMNS", "LINEAGE_COLUMNS", "PATH_COLUMNS", "TOP_COLUMNS",
         "cites", "document", "lineage", "path", "references"),
    lookup=("Ambiguous", "NotFound", "parse", "resolve"),
    network=("projection", "stats", "top"))


__all__ = ["resolve", "document", "cites", "references", "lineage", "path", "top", "stats",
           "projection", "NotFound", "Ambiguous", "parse", "DOC_COLUMNS", "CITE_COLUMNS",
           "LINEAGE_COLUMNS", "PATH_COLUMNS", "TOP_COLUMNS"]
