"""Interactive HTML views and the static site (danchieu.views).

    >>> from danchieu.views import Source, build_site, write_view
    >>> src = Source(store=".danchieu/store")              # or endpoint="http://…/query"
    >>> build_site("site", src)                            # index.html + doc/*.html + static/
    >>> write_view(src, "29-NQ/TW", "29.html", kind="lineage")

Views are pyvis (vis-network) graphs: `ego` (citers and cited), `lineage` (the implementation
tree, Trung ương → tỉnh → huyện → xã) and `overview` (the whole graph). Data comes from
danchieu.queries only, through the thin `Source` adapter.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from danchieu.lazy import lazy_names

if TYPE_CHECKING:
    from .data import Source
    from .network import View

KINDS = ("lineage", "ego", "overview")

# pyvis and pandas cost a second, which `danchieu --help` need not pay.
__getattr__ = lazy_names(__name__, data=("Source",), network=("View", "ego", "lineage", "overview"),
                         site=("SiteSummary", "build_site", "page_name", "render_view"))

__all__ = ["Source", "View", "ego", "lineage", "overview", "build_site", "write_view",
           "render_view", "page_name", "SiteSummary", "KINDS"]


def make_view(source: Source, doc: str | None, kind: str = "lineage", depth: int = 1,
              year=None, pick=None) -> tuple[View, str]:
    """(view, page title) for a document given as symbol, words or IRI. An overview is of the
    whole graph: a doc, year or pick with it is a ValueError, not silently dropped."""
    from .network import ego, lineage, overview
    if kind == "overview":
        if doc is not None or year is not None or pick is not None:
            raise ValueError("an overview draws the whole graph: give no doc, year or pick")
        return overview(source), "danchieu: the whole graph"
    if kind not in KINDS:
        raise ValueError(f"unknown view {kind!r}; use one of {', '.join(KINDS)}")
    iri = source.resolve_any(doc, year=year, pick=pick)
    node = source.node(iri)
    name = node["symbol"] or node["title"] or iri
    if kind == "ego":
        return ego(source, iri, depth=depth), f"{name}: citations around it (depth {depth})"
    return lineage(source, iri), f"{name}: lineage (implements)"


def write_view(source: Source, doc: str | None, out, kind: str = "lineage", depth: int = 1,
               year=None, pick=None) -> Path:
    """Write one self-contained HTML view (vis-network inlined: opens offline, alone).

    Raises IsADirectoryError when `out` is a folder, NotADirectoryError when a folder above
    it is a file; both before anything is drawn."""
    import errno
    from .site import folder, render_view
    out = Path(out)
    if out.is_dir():
        raise IsADirectoryError(errno.EISDIR, "is a folder, not a file", str(out))
    folder(out.parent)
    view, title = make_view(source, doc, kind, depth, year, pick)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render_view(view, title), encoding="utf-8")
    return out
