"""The ``danchieu`` command: a thin layer over the library. Each stage adds its commands."""
from __future__ import annotations

import csv
import importlib
import importlib.util
import inspect
import json
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from enum import Enum
from pathlib import Path
from typing import Iterator

import typer
from rich.console import Console
from rich.progress import Progress
from rich.table import Table
from rich.text import Text

from danchieu.extract import ReadError, citation_record, read_file, walk
from danchieu.extract.serialize import FIELDS

app = typer.Typer(
    help="danchieu: trace how Vietnamese directives are carried out.\n\n"
         "Extract the documents a text cites, build a knowledge graph, query lineage, "
         "draw views.",
    no_args_is_help=True, add_completion=False, rich_markup_mode=None)
# soft_wrap: a skipped file is one line, however long its path (grep-able, tested)
err = Console(stderr=True, soft_wrap=True)


class ExtractFormat(str, Enum):
    jsonl = "jsonl"
    table = "table"
    csv = "csv"


def _read_one(path: str):
    """Worker: (path, records, None) or (path, None, reason)."""
    try:
        extraction = read_file(path)
    except ReadError as error:
        return path, None, str(error)
    return path, [citation_record(c, path) for c in extraction.citations], None


def read_many(paths: list[str], jobs: int) -> Iterator[tuple[str, list | None, str | None]]:
    """Results in the order of ``paths``; ``jobs`` processes when there is enough work."""
    if jobs <= 1 or len(paths) < 4:
        yield from map(_read_one, paths)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(_read_one, paths, chunksize=max(1, len(paths) // (jobs * 8)))


@app.command()
def extract(
    paths: list[Path] = typer.Argument(..., help="Files or folders (folders are walked for .txt, .md, .docx, .pdf and .html files)."),
    format: ExtractFormat = typer.Option(ExtractFormat.jsonl, "--format", "-f", help="Output format."),
    jobs: int = typer.Option(1, "--jobs", "-j", help="Processes to use; 0 means one per core."),
    output: Path = typer.Option(None, "--output", "-o", help="Write here instead of standard output."),
) -> None:
    """List every citation in the given texts, one per mention.

    Each mention carries its span (start, end, text), the cited document's canonical symbol,
    type, number, year, date, issuer, term, title, the relation the text states and, for a
    short form, the offset of the full citation it stands for. Files that cannot be read are
    reported on standard error, one line each, and skipped; the exit status is then 1.

    Example:

        danchieu extract data/seeds --format table

        danchieu extract ../shared/corpus/real -f jsonl -j 0 -o citations.jsonl
    """
    files = [str(p) for p, _ in walk(paths)]
    jobs = os.cpu_count() or 1 if jobs == 0 else jobs
    try:
        out = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
    except OSError as error:
        err.print(f"error: cannot write {output}: {error.strerror or error}", markup=False, highlight=False)
        raise typer.Exit(2)
    skipped: list[tuple[str, str]] = []
    rows: list[dict] = []
    writer = csv.DictWriter(out, fieldnames=FIELDS, extrasaction="ignore") if format == ExtractFormat.csv else None
    if writer:
        writer.writeheader()
    with Progress(console=err, transient=True, disable=len(files) < 20 or not err.is_terminal) as bar:
        task = bar.add_task("extracting", total=len(files))
        for path, records, reason in read_many(files, jobs):
            bar.advance(task)
            if reason:
                skipped.append((path, reason))
                err.print(f"danchieu: skipped {path}: {reason}", markup=False, highlight=False)
                continue
            for record in records:
                if format == ExtractFormat.jsonl:
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
                elif writer:
                    writer.writerow({k: _cell(v) for k, v in record.items()})
                else:
                    rows.append(record)
    if format == ExtractFormat.table:
        _print_table(rows, out)
    if output:
        out.close()
    count = len(files) - len(skipped)
    err.print(f"{count} file(s) read, {len(skipped)} skipped", highlight=False)
    if skipped:
        raise typer.Exit(1)


def _cell(value):
    if isinstance(value, list):
        return "; ".join(value)
    return "" if value is None else value


def _print_table(rows: list[dict], out) -> None:
    console = Console(file=out, width=200) if out is not sys.stdout else Console(width=200)
    table = Table(show_lines=False)
    for column in ("doc", "start", "symbol", "type", "date", "issuer", "relation", "clause"):
        table.add_column(column, overflow="fold")
    for r in rows:
        clause = f"{r['clause_subject']} {r['clause_relation']}" if r["clause_subject"] else ""
        symbol = r["symbol"] or f"? {r['text']} (unresolved)"
        # Text(), not str: a document's "[red]" or "[/]" must print as written, not as markup.
        table.add_row(*(Text(v) for v in (r["doc"], str(r["start"]), symbol, r["type"] or "",
                                          r["date"] or "", r["issuer"] or "", r["relation"], clause)))
    console.print(table)


def _register_stages() -> None:
    """Each later stage (graph, queries, views) adds its commands through ``register(app)``."""
    for module in ("danchieu.graph.commands", "danchieu.queries.commands", "danchieu.views.commands"):
        if importlib.util.find_spec(module.rsplit(".", 1)[0]) and importlib.util.find_spec(module):
            importlib.import_module(module).register(app)
    for info in app.registered_commands:
        info.help = examples_verbatim(info.help or inspect.getdoc(info.callback) or "")


def examples_verbatim(doc: str) -> str:
    """Help text whose "Example:" lines print as written, one command a line: Click rewraps
    every paragraph into one, which ran the examples together and broke them mid-argument.
    A paragraph opened by "\\b" is kept as it is."""
    head, marker, examples = doc.partition("Example:")
    if not marker:
        return doc
    lines = [line.strip() for line in examples.splitlines() if line.strip()]
    return head + marker + "\n\n\b\n" + "\n".join("  " + line for line in lines)


_register_stages()


def main() -> None:
    """The console entry point. Output piped into a reader that stops early ("| head") ends
    the command quietly with status 141, as a shell reports a tool ended by SIGPIPE, not 1
    (a skipped file). Click has then already silenced the broken stream, and the command's
    worker processes were shut down on the way out (dying by the signal itself left them
    running)."""
    try:
        app()
    except SystemExit as exit:
        # Click's sign that it met a broken pipe: it wraps the streams to stay quiet
        if exit.code == 1 and type(sys.stdout).__name__ == "PacifyFlushWrapper":
            raise SystemExit(141) from None
        raise


if __name__ == "__main__":
    main()
