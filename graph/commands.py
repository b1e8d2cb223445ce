"""CLI commands of the graph stage: build, sparql, export, check.

`danchieu/cli.py` calls `register(app)`. Each command is a thin layer over danchieu.graph.
"""
from __future__ import annotations

import csv
import io
import json
import re
import sys
from pathlib import Path
from typing import Optional

import typer

from .store import STORE_ENV, ENDPOINT_ENV, StoreError, open_store

# Options every command shares, defined once.
StoreOpt = typer.Option(None, "--store", envvar=STORE_ENV, show_envvar=True,
                        help="Store folder (default .danchieu/store under the current directory).")
EndpointOpt = typer.Option(None, "--endpoint", envvar=ENDPOINT_ENV, show_envvar=True,
                           help="SPARQL 1.1 query URL of a server, instead of a store folder.")


def _open(store: Optional[Path], endpoint: Optional[str], write: bool = False):
    try:
        return open_store(None if endpoint else store, endpoint, write=write)
    except (StoreError, OSError) as e:
        typer.echo(f"error: cannot open the store: {e}", err=True)
        raise typer.Exit(2)


def build(paths: list[Path] = typer.Argument(..., help="Files or folders to read."),
          store: Optional[Path] = StoreOpt, endpoint: Optional[str] = EndpointOpt,
          jobs: int = typer.Option(1, "--jobs", "-j", min=0, help="Processes for extraction; 0 means one per core."),
          prune: bool = typer.Option(False, "--prune", help="Also drop from the graph every file not found under PATH... "
                                     "(deleted or renamed since): the store then holds exactly these files."),
          progress: bool = typer.Option(True, "--progress/--no-progress")) -> None:
    """Extract citations from PATH... and load them into the graph, one named graph per file,
    named by the file's path under the folder given (or its name, for a file given).

    Running it twice changes nothing; a changed file replaces only its own assertions.
    Files that cannot be read, paths that do not exist, and a second file with the same name
    under another folder given are skipped and listed, with the reason, in the summary.

    Example:
        danchieu build data/seeds
        danchieu build ../shared/corpus --jobs 4 --store work/graph
        danchieu build data/seeds --prune
        danchieu build data/seeds --endpoint http://127.0.0.1:7878/query
    """
    import os
    jobs = jobs or os.cpu_count() or 1
    s = _open(store, endpoint, write=True)
    try:
        from .ingest import build as _build
        summary = _build(paths, s, jobs=jobs, progress=progress, prune=prune)
    except (StoreError, ValueError) as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(2)
    finally:
        s.close()
    for line in summary.lines():
        typer.echo(line)
    if summary.skipped:
        raise typer.Exit(1)           # documented: 1 when any file was skipped


def sparql(query: Optional[str] = typer.Argument(None, help="The query text."),
           file: Optional[Path] = typer.Option(None, "-f", "--file", exists=True, help="Read the query from a .rq file."),
           fmt: str = typer.Option("table", "--format", help="table, json (W3C SPARQL 1.1 results JSON) or csv."),
           store: Optional[Path] = StoreOpt, endpoint: Optional[str] = EndpointOpt) -> None:
    """Run a SPARQL query over the graph (prefixes dch:, eli:, skos:, rdf:, xsd: are predeclared).

    The default graph is the union of all documents. CONSTRUCT and DESCRIBE print N-Triples.

    Example:
        danchieu sparql 'SELECT ?plan ?doc WHERE { ?plan dch:implements ?doc }'
        danchieu sparql -f lineage.rq --format json
    """
    from . import PREFIXES
    if (query is None) == (file is None):
        typer.echo("error: give a QUERY or -f FILE.rq (one of them)", err=True)
        raise typer.Exit(2)
    if fmt not in ("table", "json", "csv"):
        typer.echo(f"error: unknown format {fmt!r}; use table, json or csv", err=True)
        raise typer.Exit(2)
    text = query if query is not None else file.read_text(encoding="utf-8")
    if _UPDATE.match(_without_prologue(text)):
        typer.echo("error: sparql runs queries (SELECT, ASK, CONSTRUCT, DESCRIBE), not updates: "
                   "the graph is written by build", err=True)
        raise typer.Exit(2)
    s = _open(store, endpoint)
    try:
        result = s.query(PREFIXES + text)
    except (StoreError, SyntaxError, ValueError, OSError) as e:
        typer.echo(f"error: query failed: {_own_lines(str(e))}", err=True)
        raise typer.Exit(1)
    finally:
        s.close()
    if isinstance(result, str):
        typer.echo(result, nl=False)
    elif fmt == "json":
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2))
    elif "boolean" in result:
        typer.echo("true" if result["boolean"] else "false")
    elif fmt == "csv":
        typer.echo(_csv(result), nl=False)
    else:
        _table(result)


_UPDATE = re.compile(r"(?i)(?:INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b")
_PROLOGUE = re.compile(r"(?is)\s*(?:(?:#[^\n]*\n)|PREFIX\s+\S*\s*<[^>]*>|BASE\s*<[^>]*>|\s+)*")
_AT_LINE = re.compile(r"\b(\d+):(\d+)\b")


def _without_prologue(text: str) -> str:
    return text[_PROLOGUE.match(text).end():]


def _own_lines(message: str) -> str:
    """The parser's "line:column" counted in the user's text, not after the prefixes added."""
    from . import PREFIXES
    shift = PREFIXES.count("\n")
    return _AT_LINE.sub(lambda m: f"{max(1, int(m[1]) - shift)}:{m[2]}", message, count=1)


def _rows(result: dict) -> tuple[list[str], list[list[str]]]:
    names = result["head"]["vars"]
    return names, [[b.get(n, {}).get("value", "") for n in names] for b in result["results"]["bindings"]]


def _csv(result: dict) -> str:
    names, rows = _rows(result)
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")   # SPARQL 1.1 CSV results use CRLF
    w.writerow(names)
    w.writerows(rows)
    return out.getvalue()


def _table(result: dict) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text
    names, rows = _rows(result)
    table = Table(*names)
    for row in rows:
        table.add_row(*(Text(cell) for cell in row))   # values print as written, never as markup
    Console(width=200).print(table)
    typer.echo(f"{len(rows)} rows")


def export(fmt: str = typer.Option("ttl", "--format", help="ttl, trig, nq or jsonld."),
           out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write to FILE instead of stdout."),
           store: Optional[Path] = StoreOpt, endpoint: Optional[str] = EndpointOpt) -> None:
    """Export the whole graph. TriG, N-Quads and JSON-LD keep one named graph per source
    document (the provenance); Turtle gives the union.

    Example:
        danchieu export --format trig --out graph.trig
        danchieu export --format ttl > graph.ttl
    """
    from .export import FORMATS, export as _export
    if fmt not in FORMATS:
        typer.echo(f"error: unknown format {fmt!r}; use one of {', '.join(FORMATS)}", err=True)
        raise typer.Exit(2)
    s = _open(store, endpoint)
    try:
        text = _export(s, fmt)
    finally:
        s.close()
    if out:
        try:
            out.write_text(text, encoding="utf-8")
        except OSError as e:
            typer.echo(f"error: cannot write {out}: {e.strerror or e}", err=True)
            raise typer.Exit(2)
        typer.echo(f"wrote {out}", err=True)
    else:
        sys.stdout.write(text)


def check(store: Optional[Path] = StoreOpt, endpoint: Optional[str] = EndpointOpt) -> None:
    """Validate the graph against the SHACL shapes (ontology/shapes.ttl), report metadata
    that citers disagree on (two dates for one document, ...) and relations stated towards a
    document dated after the one stating them. Exits 1 if SHACL fails.

    Example:
        danchieu check
        danchieu check --store work/graph
    """
    s = _open(store, endpoint)
    try:
        from .check import check as _check
        report = _check(s)
    finally:
        s.close()
    typer.echo(f"SHACL: {'conforms' if report.conforms else 'does not conform'}")
    if not report.conforms:
        typer.echo(report.shacl)
    typer.echo(f"conflicts: {len(report.conflicts)}")
    for c in report.conflicts:
        typer.echo(f"  {c}")
    typer.echo(f"relations towards a later document: {len(report.backwards)}")
    for b in report.backwards:
        typer.echo(f"  {b}")
    if not report.conforms:
        raise typer.Exit(1)


COMMANDS = (build, sparql, export, check)


def register(app: typer.Typer) -> None:
    for command in COMMANDS:
        app.command(name=command.__name__)(command)
