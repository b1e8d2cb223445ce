"""The static site: an index and one page per document, from Jinja2 templates (autoescaped).

    >>> from danchieu.views import Source, build_site
    >>> build_site("site", Source(store=".danchieu/store"))

Pages link both ways (a document's page lists what it cites and what cites it, each linked to
its own page), embed their graphs as JSON, and load vis-network from `static/` next to them:
the folder works offline, opened from disk.

The generator owns index.html, the four files of static/ it writes, and in doc/ the files
named as `page_name` names pages (slug-<10 hex digits>.html). Writing over an earlier site
removes the pages of documents no longer in the graph; every other file stays.
"""
from __future__ import annotations

import errno
import hashlib
import re
import shutil
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Callable

import pandas as pd
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from . import network, style
from .data import Source, clean
from .search import fold_table, search_number

STATIC = ("danchieu.css", "danchieu.js")
VIS_FILES = ("vis-network.min.js", "vis-network.css")


def environment() -> Environment:
    env = Environment(loader=PackageLoader("danchieu.views", "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["clean"] = clean
    env.globals["legend"] = style.legend()
    return env


def vis_dir() -> Path:
    """vis-network as pyvis ships it (JavaScript and CSS), copied into every output."""
    import pyvis
    found = sorted(Path(pyvis.__file__).parent.glob("templates/lib/vis-*/vis-network.min.js")) or \
        sorted(Path(pyvis.__file__).parent.glob("lib/vis-*/vis-network.min.js"))
    if not found:
        raise FileNotFoundError("pyvis ships no vis-network.min.js; reinstall pyvis")
    return found[-1].parent


def asset(name: str) -> str:
    if name in VIS_FILES:
        return (vis_dir() / name).read_text(encoding="utf-8")
    return resources.files("danchieu.views").joinpath("static", name).read_text(encoding="utf-8")


_UNSAFE = re.compile(r"[^a-z0-9]+")


def page_name(iri: str, symbol: str = "") -> str:
    """A safe, distinct file name for a document: an ASCII slug of its symbol (or the last part
    of its IRI) and 10 hex digits of the IRI's hash. Only [a-z0-9-], so no "/" and no "..";
    29-NQ/TW of 2013 and of 2022 have different IRIs, hence different names."""
    base = symbol or iri.rstrip("/").rsplit("/", 1)[-1]
    slug = _UNSAFE.sub("-", style.fold(base)).strip("-")[:60].strip("-") or "doc"
    return f"{slug}-{hashlib.sha1(iri.encode('utf-8')).hexdigest()[:10]}.html"


# Every name page_name makes, and nothing a person is likely to call a file.
_PAGE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*-[0-9a-f]{10}\.html")


def is_page_name(name: str) -> bool:
    return _PAGE.fullmatch(name) is not None


def folder(path: Path) -> Path:
    """`path`, checked before anything is written: raise NotADirectoryError naming the first
    part of it that exists and is not a folder (the path itself or a folder above it)."""
    for part in (path, *path.parents):
        if part.is_dir():
            return path
        if part.exists() or part.is_symlink():
            raise NotADirectoryError(errno.ENOTDIR, "is a file, not a folder", str(part))
    return path


def remove_stale(doc_dir: Path, keep: set[str]) -> int:
    """Remove the pages of an earlier site that no document has now. Only files named as
    pages, directly in doc/: whatever else is there is not the generator's and stays."""
    removed = 0
    for path in doc_dir.iterdir():
        if path.name not in keep and is_page_name(path.name) and path.is_file():
            path.unlink()
            removed += 1
    return removed


@dataclass(frozen=True)
class SiteSummary:
    out: Path
    pages: int
    nodes: int
    edges: int
    removed: int = 0            # pages of an earlier site, of documents no longer in the graph

    def lines(self) -> list[str]:
        lines = [f"{self.pages} document pages, {self.nodes} documents, {self.edges} citations"]
        if self.removed:
            lines.append(f"removed {self.removed} page{'s' if self.removed != 1 else ''} of an earlier site")
        return lines + [f"open {self.out / 'index.html'}"]


def _rows(frame: pd.DataFrame, names: dict[str, str], prefix: str) -> list[dict]:
    rows = []
    for record in frame.to_dict("records"):
        row = {k: clean(v) for k, v in record.items()}
        row["url"] = prefix + names[row["id"]] if row.get("id") in names else ""
        rows.append(row)
    return rows


def _year(date: str) -> str:
    return date[:4] if re.match(r"\d{4}", date or "") else ""


def build_site(out, source: Source, *, ego_depth: int = 1, progress: Callable[[int, int], None] | None = None) -> SiteSummary:
    """Write index.html, doc/<name>.html for every document in the graph, and static/, then
    remove the pages an earlier site left in doc/ (see the module's docstring).

    Raises NotADirectoryError when `out`, a folder above it, or its doc/ or static/ is a file."""
    out = folder(Path(out))
    for sub in ("doc", "static"):
        folder(out / sub).mkdir(parents=True, exist_ok=True)
    for name in STATIC:
        (out / "static" / name).write_text(asset(name), encoding="utf-8")
    for name in VIS_FILES:
        shutil.copyfile(vis_dir() / name, out / "static" / name)

    env = environment()
    graph = source.graph
    names = {n: page_name(n, source.node(n)["symbol"]) for n in graph}
    if len(set(names.values())) != len(names):
        raise RuntimeError("two documents were given the same page name")

    # index
    docs = []
    for n in graph:
        node = source.node(n)
        node.update(url="doc/" + names[n], year=_year(node["date"]), cited=graph.in_degree(n),
                    cites=graph.out_degree(n), level_name=style.level_name(node["level"]),
                    number=search_number(node["symbol"]))
        docs.append(node)
    docs.sort(key=lambda d: (-d["cited"], d["symbol"] or "~", d["title"]))
    top = _rows(source.top(limit=20), names, "doc/")
    over = network.overview(source, link=lambda n: "doc/" + names[n])
    stats = source.stats()
    page = env.get_template("index.html").render(
        root="", docs=docs, top=top, top_columns=_top_columns(top), overview=over,
        stats=stats, types=sorted({d["type"] for d in docs if d["type"]}),
        levels=[lvl for lvl in style.LEVELS if any(d["level_name"] == lvl for d in docs)],
        years=sorted({d["year"] for d in docs if d["year"]}), fold_table=fold_table())
    (out / "index.html").write_text(page, encoding="utf-8")

    # one page per document
    template = env.get_template("document.html")
    link = lambda n: names.get(n)
    total = len(names)
    for i, n in enumerate(sorted(names)):
        meta = {k: clean(v) if not isinstance(v, (list, tuple, set, dict)) else v
                for k, v in source.document(n).items()}
        flags = meta.get("flags") or {}
        flags = [k for k, v in flags.items() if v] if isinstance(flags, dict) else list(flags)
        candidates = [{"url": names.get(c, ""), "label": source.node(c)["symbol"] or c}
                      for c in meta.get("candidates") or () if c in names]
        node = source.node(n)
        cites = _rows(source.references(n), names, "")      # what it cites
        cited_by = _rows(source.cites(n), names, "")        # the documents citing it
        ego_view = network.ego(source, n, depth=ego_depth, link=link)
        lineage_view = network.lineage(source, n, link=link)
        page = template.render(root="../", doc=meta, node=node, flags=flags, candidates=candidates, cites=cites, cited_by=cited_by,
                               ego=ego_view, lineage=lineage_view, ego_depth=ego_depth,
                               level_name=style.level_name(node["level"] or meta.get("level")))
        (out / "doc" / names[n]).write_text(page, encoding="utf-8")
        if progress:
            progress(i + 1, total)
    removed = remove_stale(out / "doc", set(names.values()))
    return SiteSummary(out, len(names), graph.number_of_nodes(), graph.number_of_edges(), removed)


def _top_columns(rows: list[dict]) -> list[str]:
    """The score columns of queries.top (whatever it names them), after the document fields."""
    if not rows:
        return []
    known = {"id", "symbol", "type", "title", "date", "issuer", "level", "source", "url", "locality"}
    return [k for k in rows[0] if k not in known]


def render_view(view: network.View, title: str) -> str:
    """One self-contained HTML file: vis-network, its CSS and the graph inlined (works offline)."""
    env = environment()
    return env.get_template("view.html").render(
        title=title, view=view, levels=style.LEVELS,
        inline_css=Markup(asset("vis-network.css") + "\n" + asset("danchieu.css")),
        inline_js=Markup(asset("vis-network.min.js").replace("</script", "<\\/script")
                         + "\n" + asset("danchieu.js")))
