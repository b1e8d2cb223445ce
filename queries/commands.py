"""CLI commands of the query stage: show, cites, lineage, path, top, stats.

`danchieu/cli.py` calls `register(app)`. Each command is a thin layer over danchieu.queries;
every one prints ``--format table`` (rich), ``json`` (a list of rows, or an object for show
and stats) or ``csv``. Exit status: 0 answered, 1 no such document, 2 usage error or an
ambiguous reference (the candidates are listed; choose with --year or --pick).
"""
from __future__ import annotations

import csv
import io
import json
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Optional

import typer
from rich.console import Console
from rich.table import Table
from rich.tree import Tree

from danchieu.graph.commands import EndpointOpt, StoreOpt, _open
from danchieu.graph.store import StoreError

if TYPE_CHECKING:
    import pandas as pd

    from .lookup import Ambiguous



class Format(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


FormatOpt = typer.Option(Format.table, "--format", help="table (readable), json (rows) or csv.")
YearOpt = typer.Option(None, "--year", help="When several documents match, keep those of this year.")
PickOpt = typer.Option(None, "--pick", min=1, help="When several documents match, take the Nth candidate listed.")
RelationHelp = ("implements, based_on, cites, reviews, guides, approves, amends, replaces, "
                "repeals; repeat the option for several")


def _console() -> Console:
    return Console(width=max(120, Console().width), soft_wrap=False)


# ------------------------------------------------------------------ plumbing

@contextmanager
def _answering(store: Optional[Path], endpoint: Optional[str], fmt: Format, picks: bool = True):
    """Open the store, and turn lookup errors into messages and exit codes (1: no such
    document; 2: ambiguous, a usage error, or a store that cannot be opened). ``picks``: the
    command takes --year and --pick to settle an ambiguous name (path does not)."""
    from .lookup import Ambiguous, NotFound
    s = _open(store, endpoint)
    try:
        yield s
    except Ambiguous as e:
        _ambiguous(e, fmt, picks)
        raise typer.Exit(2)
    except NotFound as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(1)
    except ValueError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(2)
    except StoreError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(2)
    finally:
        s.close()


def _ambiguous(e: Ambiguous, fmt: Format, picks: bool) -> None:
    frame = e.candidates.reset_index(drop=True)
    frame.insert(0, "pick", range(1, len(frame) + 1))
    if fmt == Format.json:
        typer.echo(json.dumps({"error": "ambiguous", "query": e.text, "note": e.note or None,
                               "candidates": _records(frame)}, ensure_ascii=False, indent=2))
    elif fmt == Format.csv:
        typer.echo(_csv(frame), nl=False)
    else:
        # a command without --pick (path) shows what it does take: each candidate's IRI
        first = "pick" if picks else "id"
        columns = [first, "symbol", "date", "issuer", "term", "type", "title"]
        table = Table(title=f"{len(frame)} documents match {e.text!r}: which one?")
        for c in columns:
            if c == "id":               # whole, to be copied: the other columns give way
                table.add_column(c, no_wrap=True, min_width=max(map(len, frame["id"])))
            else:
                table.add_column(c, overflow="fold", max_width=60 if c == "title" else None)
        for r in _records(frame):
            table.add_row(*[_esc(r[c]) for c in columns])
        _console().print(table)
    choose = (f"--year YEAR or --pick N (N from 1 to {len(frame)})" if picks
              else "its full symbol or its IRI, as listed")
    if e.note:
        typer.echo(f"note: {e.note}", err=True)
    typer.echo(f"{e.text!r} is ambiguous: choose with {choose}.", err=True)


def _records(frame: pd.DataFrame) -> list[dict]:
    frame = frame.astype(object).where(frame.notna(), None)
    return frame.to_dict("records")


def _cell(v) -> str:
    return "" if v is None else str(v)


def _csv(frame: pd.DataFrame) -> str:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(frame.columns)
    for r in _records(frame):
        w.writerow([_cell(r[c]) for c in frame.columns])
    return out.getvalue()


def _emit(frame: pd.DataFrame, fmt: Format, table) -> None:
    if fmt == Format.json:
        typer.echo(json.dumps(_records(frame), ensure_ascii=False, indent=2))
    elif fmt == Format.csv:
        typer.echo(_csv(frame), nl=False)
    else:
        table(frame)


def _name(r: dict) -> str:
    if r.get("symbol"):
        return r["symbol"]
    title = r.get("title") or ""
    title = title if len(title) <= 70 else title[:67] + "..."
    return f"({r.get('type') or 'văn bản'} không số) {title}"


def _where(r: dict) -> str:
    bits = [r.get("date"), r.get("issuer"), r.get("level")]
    return ", ".join(b for b in bits if b)


def _doc_table(frame: pd.DataFrame, title: str, extra=("relation", "sentence")) -> None:
    table = Table(title=title, show_lines=bool(len(frame)) and "sentence" in extra)
    table.add_column("document", overflow="fold", max_width=50)
    table.add_column("date")
    table.add_column("issuer", overflow="fold", max_width=40)
    table.add_column("level")
    for c in extra:
        table.add_column(c, overflow="fold", max_width=80 if c == "sentence" else None)
    for r in _records(frame):
        table.add_row(_name(r), _cell(r["date"]), _cell(r["issuer"]), _cell(r["level"]),
                      *[_cell(r.get(c)) for c in extra])
    _console().print(table)
    typer.echo(f"{len(frame)} rows")


# ------------------------------------------------------------------ commands

def show(doc: str = typer.Argument(..., help="The document: as you would write it, or its IRI."),
         fmt: Format = FormatOpt, year: Optional[int] = YearOpt, pick: Optional[int] = PickOpt,
         store: Optional[Path] = StoreOpt, endpoint: Optional[str] = EndpointOpt) -> None:
    """Show a document: its metadata, what it cites and what cites it, with the sentence
    each citation came from.

    Example:
        danchieu show "Quy định 124"
        danchieu show "Nghị quyết 29" --year 2022 --format json
    """
    import pandas as pd
    from . import api
    from .lookup import resolve_in
    with _answering(store, endpoint, fmt) as s:
        node = resolve_in(s, doc, year=year, pick=pick)
        meta = api.document(node, store=s)
        refs = api.references(node, store=s)
        citers = api.cites(node, store=s)
    if fmt == Format.json:
        typer.echo(json.dumps({"document": meta, "references": _records(refs),
                               "cited_by": _records(citers)}, ensure_ascii=False, indent=2))
        return
    if fmt == Format.csv:
        head = pd.DataFrame([{c: meta.get(c) for c in api.DOC_COLUMNS}])
        parts = [head.assign(role="document"), refs.assign(role="references"),
                 citers.assign(role="cited_by")]
        frame = pd.concat([p for p in parts if len(p)], ignore_index=True)
        frame = frame[["role"] + [c for c in api.CITE_COLUMNS]]
        typer.echo(_csv(frame), nl=False)
        return
    table = Table(title=_name(meta), show_header=False)
    table.add_column("field", style="bold")
    table.add_column("value", overflow="fold", max_width=100)
    for c in ("symbol", "type", "title", "date", "issuer", "level", "locality", "term",
              "source", "id"):
        table.add_row(c, _cell(meta.get(c)))
    flags = [k for k, v in meta["flags"].items() if v]
    if flags:
        table.add_row("flags", ", ".join(flags))
    if meta.get("candidates"):
        table.add_row("candidates", "\n".join(meta["candidates"]))
    _console().print(table)
    _doc_table(refs, f"cites ({len(refs)})")
    _doc_table(citers, f"cited by ({len(citers)})")


def cites(doc: str = typer.Argument(..., help="The document: as you would write it, or its IRI."),
          relation: Optional[list[str]] = typer.Option(None, "--relation", help=RelationHelp),
          since: Optional[str] = typer.Option(None, "--since", help="Citing documents dated on or after (YYYY-MM-DD, YYYY or DD/MM/YYYY); undated ones are left out."),
          until: Optional[str] = typer.Option(None, "--until", help="Citing documents dated on or before (YYYY-MM-DD, YYYY or DD/MM/YYYY); undated ones are left out."),
          level: Optional[str] = typer.Option(None, "--level", help="Level of the citing issuer: Trung ương, tỉnh, huyện, xã."),
          fmt: Format = FormatOpt, year: Optional[int] = YearOpt, pick: Optional[int] = PickOpt,
          store: Optional[Path] = StoreOpt, endpoint: Optional[str] = EndpointOpt) -> None:
    """List the documents that cite DOC, with the relation and the sentence that states it.

    Example:
        danchieu cites "Quy định 124"
        danchieu cites "29-NQ/TW" --relation implements --level huyện --format csv
        danchieu cites "Quy định 124" --since 2023 --until 2025-06-30
    """
    from . import api
    from .lookup import resolve_in
    with _answering(store, endpoint, fmt) as s:
        node = resolve_in(s, doc, year=year, pick=pick)
        frame = api.cites(node, relation=relation or None, since=since, until=until,
                          level=level, store=s)
    _emit(frame, fmt, lambda f: _doc_table(f, f"documents citing {doc}"))


def lineage(doc: str = typer.Argument(..., help="The document: as you would write it, or its IRI."),
            down: bool = typer.Option(True, "--down/--up", help="--down: what implements DOC, transitively; --up: what DOC rests on."),
            depth: Optional[int] = typer.Option(None, "--depth", min=1, help="Stop after N steps."),
            relation: Optional[list[str]] = typer.Option(None, "--relation", help=f"Relations to follow (default implements): {RelationHelp}."),
            fmt: Format = FormatOpt, year: Optional[int] = YearOpt, pick: Optional[int] = PickOpt,
            store: Optional[Path] = StoreOpt, endpoint: Optional[str] = EndpointOpt) -> None:
    """Show the lineage of DOC as a tree: down, the documents that implement it, tier by tier
    to the commune; up, what it rests on.

    Example:
        danchieu lineage "29-NQ/TW" --down
        danchieu lineage "Kế hoạch 619" --up --relation implements --relation based_on
        danchieu lineage "Nghị quyết 29" --year 2022 --depth 2 --format json
    """
    from . import api
    from .lookup import resolve_in
    with _answering(store, endpoint, fmt) as s:
        node = resolve_in(s, doc, year=year, pick=pick)
        frame = api.lineage(node, direction="down" if down else "up", depth=depth,
                            relations=tuple(relation or ("implements",)), store=s)
    _emit(frame, fmt, lambda f: _tree(f, down))


def _tree(frame: pd.DataFrame, down: bool) -> None:
    rows = _records(frame)
    if not rows:
        return
    children: dict[str, list[dict]] = {}
    for r in rows[1:]:
        children.setdefault(r["parent"], []).append(r)
    root = rows[0]
    tree = Tree(f"[bold]{_esc(_name(root))}[/] {_esc(_where(root))}")

    def add(branch: Tree, node: str) -> None:
        for r in children.get(node, ()):
            verb = r["relation"] if down else f"{r['relation']} (of parent)"
            src = f" [dim]{_esc(r['source'])}[/]" if r.get("source") else ""
            add(branch.add(f"{_esc(_name(r))} [dim]{_esc(_where(r))}[/] "
                           f"[italic]{_esc(verb)}[/]{src}"), r["id"])
    add(tree, root["id"])
    _console().print(tree)
    typer.echo(f"{len(rows) - 1} documents {'beneath' if down else 'above'}")


def _esc(text) -> str:
    from rich.markup import escape
    return escape(_cell(text))


def path(a: str = typer.Argument(..., help="One document."),
         b: str = typer.Argument(..., help="The other document."),
         relation: Optional[list[str]] = typer.Option(None, "--relation", help=f"Relations to follow (default all): {RelationHelp}."),
         fmt: Format = FormatOpt,
         store: Optional[Path] = StoreOpt, endpoint: Optional[str] = EndpointOpt) -> None:
    """The shortest chain of relations between A and B (edges followed either way), with the
    evidence for each step. Both must name one document each (use IRIs to be exact).

    Example:
        danchieu path "Kế hoạch 619" "Quy định 124"
        danchieu path "29-NQ/TW" "124-QĐ/TW" --format json
    """
    from . import api
    with _answering(store, endpoint, fmt, picks=False) as s:
        frame = api.path(a, b, relations=relation or None, store=s)
    if fmt == Format.table and not len(frame):
        typer.echo("no chain of relations links them")
        return
    _emit(frame, fmt, _path_table)


def _path_table(frame: pd.DataFrame) -> None:
    table = Table(show_lines=True)
    for c, w in (("step", None), ("document", 50), ("link", None), ("evidence", 80)):
        table.add_column(c, overflow="fold", max_width=w)
    for r in _records(frame):
        link = "" if r["step"] == 0 else f"{r['direction']} {r['relation']}"
        ev = "" if r["step"] == 0 else f"{_cell(r['sentence'])} [{_cell(r['evidence_source'])}]"
        table.add_row(str(r["step"]), f"{_name(r)}\n{_where(r)}", link, _esc(ev))
    _console().print(table)
    typer.echo(f"{len(frame) - 1} steps")


class By(str, Enum):
    in_degree = "in-degree"
    pagerank = "pagerank"


def top(relation: Optional[list[str]] = typer.Option(None, "--relation", help=RelationHelp),
        by: By = typer.Option(By.in_degree, "--by", help="in-degree (citing documents) or pagerank."),
        limit: int = typer.Option(20, "--limit", "-n", min=1, help="How many."),
        fmt: Format = FormatOpt,
        store: Optional[Path] = StoreOpt, endpoint: Optional[str] = EndpointOpt) -> None:
    """The most cited documents, by the number of documents citing them or by PageRank.

    Example:
        danchieu top
        danchieu top --relation implements --by pagerank -n 10 --format csv
    """
    from . import network
    with _answering(store, endpoint, fmt) as s:
        frame = network.top(relation or None, by=by.value, limit=limit, store=s)
    _emit(frame, fmt, lambda f: _doc_table(f, f"top {limit} by {by.value}", extra=("score",)))


def stats(fmt: Format = FormatOpt,
          store: Optional[Path] = StoreOpt, endpoint: Optional[str] = EndpointOpt) -> None:
    """Counts: source files, documents, edges by relation, evidence, unresolved and
    ambiguous references, documents by level and type.

    Example:
        danchieu stats
        danchieu stats --format json
    """
    import pandas as pd
    from . import network
    with _answering(store, endpoint, fmt) as s:
        data = network.stats(store=s)
    rows = []
    for k, v in data.items():
        if isinstance(v, dict):
            rows += [(f"{k}.{kk}", vv) for kk, vv in v.items()]
        else:
            rows.append((k, v))
    if fmt == Format.json:
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
    elif fmt == Format.csv:
        typer.echo(_csv(pd.DataFrame(rows, columns=["name", "value"])), nl=False)
    else:
        table = Table("name", "value")
        for k, v in rows:
            table.add_row(k, str(v))
        _console().print(table)


COMMANDS = (show, cites, lineage, path, top, stats)


def register(app: typer.Typer) -> None:
    for command in COMMANDS:
        app.command(name=command.__name__)(command)
