"""`danchieu site` and `danchieu view`, run in-process: exit codes and output."""
from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from typer.testing import CliRunner

from danchieu.cli import app

from .conftest import SEEDS

runner = CliRunner()


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli") / "store"
    result = runner.invoke(app, ["build", str(SEEDS), "--store", str(folder), "--no-progress"])
    assert result.exit_code == 0, result.output
    return str(folder)


def test_site_writes_index_and_pages(store, tmp_path):
    result = runner.invoke(app, ["site", "--out", str(tmp_path / "site"), "--store", store])
    assert result.exit_code == 0, result.output
    assert "63 document pages" in result.output
    assert f"open {tmp_path / 'site' / 'index.html'}" in result.output
    assert len(list((tmp_path / "site" / "doc").glob("*.html"))) == 63


@pytest.mark.parametrize("kind", ["lineage", "ego"])
def test_view_writes_one_self_contained_file(store, tmp_path, kind):
    out = tmp_path / f"{kind}.html"
    result = runner.invoke(app, ["view", "29-NQ/TW", "--kind", kind, "--out", str(out), "--store", store])
    assert result.exit_code == 0, result.output
    html = BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser")
    scripts = html.find_all("script")
    assert not [s for s in scripts if s.get("src")] and not html.find_all("link", rel="stylesheet")
    assert any("vis-network" in (s.string or "") or "vis.Network" in (s.string or "") for s in scripts)
    assert html.find("script", id=f"{kind}-data")
    assert html.find("h1").get_text().startswith("29-NQ/TW")


def test_view_of_the_overview_needs_no_document(store, tmp_path):
    result = runner.invoke(app, ["view", "--kind", "overview", "--out", str(tmp_path / "o.html"), "--store", store])
    assert result.exit_code == 0, result.output


def test_view_errors(store, tmp_path):
    out = str(tmp_path / "x.html")
    missing = runner.invoke(app, ["view", "--out", out, "--store", store])
    assert missing.exit_code == 2 and "give the document" in missing.output
    unknown = runner.invoke(app, ["view", "999-NQ/TW", "--out", out, "--store", store])
    assert unknown.exit_code == 1 and "error" in unknown.output
    kind = runner.invoke(app, ["view", "29-NQ/TW", "--kind", "pie", "--out", out, "--store", store])
    assert kind.exit_code == 2 and "unknown view" in kind.output


def test_help_has_examples():
    for command in ("site", "view"):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0 and "Example:" in result.output


def _one_line(result) -> str:
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.output, result.output
    return lines[0]


@pytest.mark.parametrize("files, out, named", [
    # (files there first, --out, the path the message names)
    (["site.txt"], "site.txt", "site.txt"),           # --out is a file
    (["f"], "f/site", "f"),                           # a folder above it is a file
    (["site/doc"], "site", "site/doc"),               # its doc/ is a file
])
def test_site_into_a_file_is_a_usage_error(store, tmp_path, files, out, named):
    for name in files:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("mine", encoding="utf-8")
    result = runner.invoke(app, ["site", "--out", str(tmp_path / out), "--store", store])
    line = _one_line(result)
    assert result.exit_code == 2
    assert line == f"error: {tmp_path / named}: is a file, not a folder"
    assert all((tmp_path / name).read_text(encoding="utf-8") == "mine" for name in files)


def test_view_into_a_folder_is_a_usage_error(store, tmp_path):
    result = runner.invoke(app, ["view", "29-NQ/TW", "--out", str(tmp_path), "--store", store])
    line = _one_line(result)
    assert result.exit_code == 2 and str(tmp_path) in line and "folder" in line


def test_view_of_an_ambiguous_symbol(store, tmp_path):
    out = tmp_path / "x.html"
    result = runner.invoke(app, ["view", "NQ 29", "--out", str(out), "--store", store])
    assert result.exit_code == 2 and not out.exists()
    assert "--year" in result.output and "--pick" in result.output
    assert "year=" not in result.output and "pick=" not in result.output      # Python's words
    assert "1. 29-NQ/TW" in result.output and "2. 29-NQ/TU" in result.output
    picked = runner.invoke(app, ["view", "NQ 29", "--pick", "2", "--out", str(out), "--store", store])
    assert picked.exit_code == 0, picked.output
    assert BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser").find("h1").get_text().startswith("29-NQ/TU")


@pytest.mark.parametrize("args, code, said", [
    (["NQ 29", "--pick", "0"], 2, "--pick"),                  # 1-based, as the other commands
    (["NQ 29", "--pick", "-1"], 2, "--pick"),
    (["NQ 29", "--pick", "3"], 2, "--pick 3 is out of range: 2 documents match"),   # a usage error
    (["29-NQ/TW", "--kind", "overview"], 2, "--kind overview"),
    (["--kind", "overview", "--year", "2022"], 2, "--kind overview"),
    (["--kind", "overview", "--pick", "1"], 2, "--kind overview"),
])
def test_view_rejects(store, tmp_path, args, code, said):
    out = tmp_path / "x.html"
    result = runner.invoke(app, ["view", *args, "--out", str(out), "--store", store])
    assert result.exit_code == code and said in result.output, result.output
    assert not out.exists()


def test_view_help_says_an_overview_takes_no_document():
    result = runner.invoke(app, ["view", "--help"], terminal_width=200)
    assert "overview" in result.output and "rejected" in result.output
