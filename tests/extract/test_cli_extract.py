"""`danchieu extract` in every format, in-process; hostile text prints as written."""
import csv
import io
import json
from pathlib import Path

from typer.testing import CliRunner

from danchieu.cli import app

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "data" / "seeds" / "000_adf824d3a700fd9c.txt"
runner = CliRunner()


def test_jsonl_has_the_documented_fields():
    result = runner.invoke(app, ["extract", str(SEED)])
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(rows) == 25
    first = rows[0]
    for field in ("source", "start", "end", "text", "symbol", "type", "number", "year", "date",
                  "issuer", "term", "title", "relation", "resolved_from"):
        assert field in first
    assert (first["symbol"], first["date"], first["term"], first["relation"]) == \
        ("29-NQ/TW", "2022-11-17", "XIII", "implements")
    assert first["source"] == str(SEED)


def test_csv_and_table_carry_the_same_mentions():
    as_csv = runner.invoke(app, ["extract", str(SEED), "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout.split("\n", 0)[0])))
    rows = [r for r in rows if r.get("source")]
    assert [r["symbol"] for r in rows][:3] == ["29-NQ/TW", "619/KH-MTTQ-BTT", "29-NQ/TW"]
    as_table = runner.invoke(app, ["extract", str(SEED), "--format", "table"])
    assert as_table.exit_code == 0
    assert as_table.stdout.count("619/KH-MTTQ-BTT") >= 1


def test_a_folder_is_walked_and_bad_files_give_exit_status_1(tmp_path):
    folder = tmp_path / ("a-long-folder-name-" * 6)      # the line must not wrap
    folder.mkdir()
    (folder / "a.txt").write_text("Căn cứ Nghị định số 93/2021/NĐ-CP", encoding="utf-8")
    (folder / "b.txt").write_bytes(b"")
    result = runner.invoke(app, ["extract", str(folder)])
    assert result.exit_code == 1
    assert f"danchieu: skipped {folder / 'b.txt'}: empty file" in result.stderr.splitlines()
    assert '"93/2021/NĐ-CP"' in result.stdout


def test_extract_and_build_walk_a_folder_alike(tmp_path):
    from danchieu.graph.ingest import walk as build_walk
    (tmp_path / "sub").mkdir()
    (tmp_path / ".git").mkdir()
    for name in ("sub/a.txt", "b.md", ".git/c.txt", ".hidden.txt", "notes.csv"):
        (tmp_path / name).write_text("Căn cứ Nghị định số 93/2021/NĐ-CP", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path)])
    sources = {json.loads(line)["source"] for line in result.stdout.splitlines() if line.startswith("{")}
    assert sources == {str(tmp_path / "b.md"), str(tmp_path / "sub" / "a.txt")}
    assert [(str(s.path), s.key) for s in build_walk([tmp_path])] == [
        (str(tmp_path / "b.md"), "b.md"), (str(tmp_path / "sub" / "a.txt"), "sub/a.txt")]


def test_document_text_prints_as_written_not_as_rich_markup():
    from danchieu.cli import _print_table
    row = {"doc": "x.txt", "start": 0, "symbol": "12/QĐ-UBND", "text": "12/QĐ-UBND",
           "type": "Quyết định", "date": None, "issuer": "Ủy ban [red]nhân[/red] dân [/]",
           "relation": "cites", "clause_subject": None, "clause_relation": None}
    out = io.StringIO()
    _print_table([row], out)
    assert "Ủy ban [red]nhân[/red] dân [/]" in out.getvalue()


def test_every_command_has_help_with_an_example():
    for command in app.registered_commands:
        name = command.name or command.callback.__name__
        result = runner.invoke(app, [name, "--help"])
        assert result.exit_code == 0, name
        assert "Example" in result.stdout, name


def test_a_reader_that_stops_early_ends_the_command_quietly():
    """ "danchieu extract … | head -1" ends as a tool ended by the pipe's signal does (141),
    not with status 1 (the status of a file skipped) nor a BrokenPipeError, and leaves no
    worker process behind."""
    import subprocess
    import sys
    seeds = Path(__file__).resolve().parents[2] / "data" / "seeds"
    proc = subprocess.Popen([sys.executable, "-m", "danchieu.cli", "extract", *[str(seeds)] * 30,
                             "--jobs", "2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout.readline().startswith(b'{"source"')
    proc.stdout.close()                         # as "head -1" does
    err = proc.stderr.read().decode()
    proc.wait(timeout=60)
    assert "Traceback" not in err and "BrokenPipeError" not in err, err
    assert proc.returncode == 141
    workers = subprocess.run(["pgrep", "-P", str(proc.pid)], capture_output=True, text=True)
    assert workers.stdout == ""
