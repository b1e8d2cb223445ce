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
