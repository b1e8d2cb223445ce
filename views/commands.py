"""CLI commands of the views stage: `site` and `view`. `danchieu/cli.py` calls `register(app)`.

Exit status, as the query commands: 0 written, 1 no such document, 2 a usage error (an output
path that is a file where a folder is needed, or the reverse) or an ambiguous document.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.progress import Progress

from danchieu.graph.store import ENDPOINT_ENV, STORE_ENV, StoreError

StoreOpt = typer.Option(None, "--store", envvar=STORE_ENV, show_envvar=True,
                        help="Store folder (default .danchieu/store under the current directory).")
EndpointOpt = typer.Option(None, "--endpoint", envvar=ENDPOINT_ENV, show_envvar=True,
                           help="SPARQL 1.1 query URL of a server, instead of a store folder.")


def _source(store, endpoint):
    from .data import Source
    try:
        return Source(store=store, endpoint=endpoint)
    except (StoreError, OSError) as e:
        typer.echo(f"error: cannot open the store: {e}", err=True)
        raise typer.Exit(2)


def _cannot_write(e: OSError, out: Path) -> typer.Exit:
    """One line naming the path and the reason, instead of a traceback."""
    typer.echo(f"error: {e.filename or out}: {e.strerror or e}", err=True)
    return typer.Exit(2)


def site(out: Path = typer.Option(Path("site"), "--out", "-o",
                                  help="Folder to write (created if needed). Writing over an earlier site "
                                       "removes its pages of documents no longer in the graph."),
         ego_depth: int = typer.Option(1, "--ego-depth", min=1, max=2, help="Depth of each page's ego view: 1 or 2."),
         store: Optional[Path] = StoreOpt, endpoint: Optional[str] = EndpointOpt) -> None:
    """Write a static site of the graph: an index and one page per document.

    The index has a search over symbols and titles, filters by type, level and year, the most
    cited documents and an overview of the whole graph. Each document's page shows its
    metadata, what it cites and what cites it (with the evidence sentence), and its ego and
    lineage views. vis-network is copied beside the pages: the folder works offline.

    The site's own files are index.html, static/ and, in doc/, the pages named
    <symbol>-<10 hex digits>.html; over an earlier site, pages of documents no longer in the
    graph are removed. Any other file in the folder is left alone.

    Example:
        danchieu site --out site
        danchieu site --out corpus-site --store work/graph --ego-depth 2
    """
    from .site import build_site
    src = _source(store, endpoint)
    err = Console(stderr=True)
    try:
        with Progress(console=err, transient=True, disable=not err.is_terminal) as bar:
            task = bar.add_task("writing pages", total=None)
            summary = build_site(out, src, ego_depth=ego_depth,
                                 progress=lambda done, total: bar.update(task, completed=done, total=total))
    except StoreError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(2)
    except OSError as e:
        raise _cannot_write(e, out)
    for line in summary.lines():
        typer.echo(line)


def view(doc: Optional[str] = typer.Argument(None, help="Symbol, words or IRI of the document. Not with --kind "
                                                        "overview, which draws the whole graph: that is rejected."),
         out: Path = typer.Option(..., "--out", "-o", help="HTML file to write."),
         kind: str = typer.Option("lineage", "--kind", "-k", help="lineage, ego or overview."),
         depth: int = typer.Option(1, "--depth", min=1, max=2, help="Depth of an ego view: 1 or 2."),
         year: Optional[int] = typer.Option(None, "--year", help="Pick the document of this year when a symbol is ambiguous."),
         pick: Optional[int] = typer.Option(None, "--pick", min=1,
                                            help="Pick the Nth candidate (1-based, as listed) of an ambiguous symbol."),
         store: Optional[Path] = StoreOpt, endpoint: Optional[str] = EndpointOpt) -> None:
    """Write one interactive view of a document as a single HTML file that opens offline.

    lineage and ego views are of one document; --kind overview draws the whole graph and takes
    no document, --year or --pick (given one, it stops with an error). Exit status: 0 written,
    1 no such document, 2 ambiguous (the candidates are listed) or a usage error.

    Example:
        danchieu view 29-NQ/TW --out 29.html
        danchieu view "Quy định 124" --kind ego --depth 2 --out 124.html
        danchieu view "NQ 29" --year 2022 --out 29.html
        danchieu view --kind overview --out graph.html
    """
    from danchieu.queries import Ambiguous, NotFound
    from . import KINDS, write_view
    if kind not in KINDS:
        typer.echo(f"error: unknown view {kind!r}; use one of {', '.join(KINDS)}", err=True)
        raise typer.Exit(2)
    if kind == "overview" and (doc or year is not None or pick is not None):
        given = ", ".join(x for x in (repr(doc) if doc else "", "--year" if year is not None else "",
                                      "--pick" if pick is not None else "") if x)
        typer.echo(f"error: --kind overview draws the whole graph and takes no document, --year or --pick "
                   f"(got {given}); drop them, or use --kind lineage or ego", err=True)
        raise typer.Exit(2)
    if kind != "overview" and not doc:
        typer.echo("error: give the document (symbol, words or IRI); only --kind overview needs none", err=True)
        raise typer.Exit(2)
    src = _source(store, endpoint)
    try:
        path = write_view(src, doc, out, kind=kind, depth=depth, year=year, pick=pick)
    except NotFound as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(1)
    except Ambiguous as e:
        _ambiguous(e)
        raise typer.Exit(2)
    except (StoreError, ValueError) as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(2)
    except OSError as e:
        raise _cannot_write(e, out)
    typer.echo(f"wrote {path}")


def _ambiguous(e) -> None:
    """The candidates, numbered as --pick counts them; only the CLI's options are named."""
    from .data import clean
    cands = e.candidates
    typer.echo(f"error: {len(cands)} documents match {e.text!r}; choose one with --year YEAR or --pick N "
               f"(N from 1 to {len(cands)}):", err=True)
    for i, row in enumerate(cands.itertuples(index=False), 1):
        fields = (clean(row.symbol), clean(row.date), clean(row.issuer), clean(row.title), row.id)
        typer.echo(f"  {i}. " + "  ".join(f for f in fields if f), err=True)


def register(app: typer.Typer) -> None:
    app.command()(site)
    app.command()(view)
