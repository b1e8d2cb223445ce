"""The query commands, run in-process, in every format, on both kinds of store."""
import csv
import io
import json

import pytest
import typer
from typer.testing import CliRunner

from danchieu import graph
from danchieu.graph.store import EmbeddedStore
from danchieu.queries.commands import COMMANDS, register

from pathlib import Path

SEEDS = Path(__file__).resolve().parents[2] / "data" / "seeds"
NQ29_2013 = Path(__file__).parent / "fixtures" / "nq29_2013.txt"

app = typer.Typer()
register(app)
runner = CliRunner()
SAM_SON = "https://w3id.org/danchieu/eli/unnumbered/000_adf824d3a700fd9c"
FORMATS = ("table", "json", "csv")


def _built(store, paths, folder):
    """Store options for the commands, with the graph of paths built: the server, or a
    folder of its own (an embedded folder is locked while open, so it is closed here)."""
    if hasattr(store, "endpoint"):
        graph.build(paths, store=store, progress=False)
        return ["--endpoint", store.location]
    own = EmbeddedStore(folder)
    graph.build(paths, store=own, progress=False)
    own.close()
    return ["--store", str(folder)]


@pytest.fixture
def seeded(store, tmp_path):
    return _built(store, [SEEDS], tmp_path / "cli")


def run(*args, code=0):
    result = runner.invoke(app, [str(a) for a in args])
    assert result.exit_code == code, result.output
    return result.stdout


def parse(out, fmt):
    if fmt == "json":
        return json.loads(out)
    if fmt == "csv":
        return list(csv.DictReader(io.StringIO(out)))
    return out


def test_every_command_has_help_with_an_example():
    for command in COMMANDS:
        assert "Example:" in command.__doc__
        assert "Example:" in run(command.__name__, "--help")


@pytest.mark.parametrize("fmt", FORMATS)
def test_cites_quy_dinh_124(seeded, fmt):
    out = parse(run("cites", "Quy định 124", "--format", fmt, *seeded), fmt)
    if fmt == "table":
        assert "4 rows" in out and out.count("124-QĐ/TW") >= 4
        return
    assert len(out) == 4
    assert {r["source"] for r in out} == {"000_adf824d3a700fd9c.txt", "001_043852450fdb6711.txt",
                                          "002_c0c8076b9fcf1fb7.txt", "003_8e574bec47acc631.txt"}
    for r in out:
        assert {"id", "symbol", "type", "title", "date", "issuer", "source", "relation",
                "sentence"} <= set(r)


def test_cites_filters(seeded):
    out = json.loads(run("cites", "124-QĐ/TW", "--relation", "reviews", "--format", "json", *seeded))
    assert [r["relation"] for r in out] == ["reviews"]
    out = json.loads(run("cites", "124-QĐ/TW", "--level", "huyện", "--format", "json", *seeded))
    assert sorted(r["source"] for r in out) == sorted(p.name for p in SEEDS.glob("*.txt") if
                                                      not p.name.startswith("004"))
    out = json.loads(run("cites", "29-NQ/TW", "--since", "2023", "--until", "2023-12-31",
                         "--format", "json", *seeded))
    assert [r["symbol"] for r in out] == ["619/KH-MTTQ-BTT"]
    run("cites", "124-QĐ/TW", "--relation", "likes", *seeded, code=2)


@pytest.mark.parametrize("fmt", FORMATS)
def test_lineage_down_of_29_nq_tw(seeded, fmt):
    out = parse(run("lineage", "29-NQ/TW", "--down", "--format", fmt, *seeded), fmt)
    if fmt == "table":
        lines = out.splitlines()
        assert lines[0].startswith("29-NQ/TW")
        assert any(l.startswith(("├── 619/KH-MTTQ-BTT", "└── 619/KH-MTTQ-BTT")) for l in lines)
        assert "Sầm Sơn" in out and "2 documents beneath" in out
        return
    rows = {r["id"]: r for r in out}
    assert rows[SAM_SON]["depth"] in (1, "1")
    assert [r["symbol"] for r in out if str(r["depth"]) == "1" and r["symbol"]] == ["619/KH-MTTQ-BTT"]
    assert all({"id", "symbol", "type", "title", "date", "issuer", "source", "depth", "parent"}
               <= set(r) for r in out)


@pytest.mark.parametrize("fmt", FORMATS)
def test_lineage_up_with_depth(seeded, fmt):
    out = parse(run("lineage", SAM_SON, "--up", "--depth", "1", "--format", fmt, *seeded), fmt)
    if fmt == "table":
        assert "29-NQ/TW" in out and "05-CT/TW" not in out
        return
    assert max(int(r["depth"]) for r in out) == 1


@pytest.mark.parametrize("since,code,said", [
    ("02/6/2023", 0, None),                   # as Vietnamese texts write a date
    ("abc", 2, "error: since 'abc' is not a date: write YYYY, YYYY-MM-DD or DD/MM/YYYY"),
    ("2023-13-01", 2, "error: since '2023-13-01' is not a date"),
])
def test_cites_since_reads_dates_and_names_a_bad_one(seeded, since, code, said):
    result = runner.invoke(app, ["cites", "29-NQ/TW", "--since", since, "--format", "json", *seeded])
    assert result.exit_code == code, result.output
    if said:
        assert result.output.strip().splitlines()[-1].startswith(said)
    else:
        assert [r["symbol"] for r in json.loads(result.stdout)] == ["619/KH-MTTQ-BTT"]


def test_path_says_how_to_choose_among_its_own_options(store, tmp_path):
    where = _built(store, [SEEDS, NQ29_2013], tmp_path / "cli")
    result = runner.invoke(app, ["path", "Nghị quyết 29", "Quy định 124", *where])
    assert result.exit_code == 2
    assert "choose with its full symbol or its IRI, as listed" in result.output
    assert "--year" not in result.output and "--pick" not in result.output


def test_ambiguity_says_why_and_an_out_of_range_pick_is_a_usage_error(seeded):
    result = runner.invoke(app, ["show", "Kế hoạch 619 Quảng Nam", *seeded])
    assert result.exit_code == 2
    assert "note: none is by 'Quảng Nam': listed without it" in result.output
    data = json.loads(runner.invoke(app, ["show", "Kế hoạch 619 Quảng Nam", "--format", "json",
                                          *seeded]).stdout)
    assert data["note"] == "none is by 'Quảng Nam': listed without it"
    result = runner.invoke(app, ["show", "Nghị quyết 29", "--pick", "5", *seeded])
    assert result.exit_code == 2
    assert "--pick 5 is out of range: 2 documents match 'Nghị quyết 29' (1 to 2)" in result.output


def test_path_lists_the_iris_it_asks_for(store, tmp_path):
    where = _built(store, [SEEDS, NQ29_2013], tmp_path / "cli")
    result = runner.invoke(app, ["path", "Nghị quyết 29", "Quy định 124", *where], terminal_width=250)
    assert result.exit_code == 2
    assert "┃ id " in result.output and "┃ pick" not in result.output
    assert result.output.count("│ https://w3id.org/danchieu/eli/party/") == 3


def test_a_file_name_finds_its_file_under_a_folder_and_is_never_a_number(store, tmp_path):
    import shutil
    shutil.copytree(SEEDS, tmp_path / "corpus" / "seeds")
    where = _built(store, [tmp_path / "corpus"], tmp_path / "cli")      # keys "seeds/..."
    shown = json.loads(run("show", "000_adf824d3a700fd9c.txt", "--format", "json", *where))
    assert shown["document"]["source"] == "seeds/000_adf824d3a700fd9c.txt"
    result = runner.invoke(app, ["show", "005_typo.txt", *where])
    assert result.exit_code == 1
    assert "no document matches '005_typo.txt': no source file of that name in the graph" in result.output


def test_an_iri_that_is_no_document_is_said_to_be_none(seeded):
    result = runner.invoke(app, ["show", "https://w3id.org/danchieu/org/vn/ban-bi-thu", *seeded])
    assert result.exit_code == 1
    assert "in the graph, but not a document" in result.output


def test_a_missing_store_is_an_error_not_an_empty_answer(tmp_path):
    result = runner.invoke(app, ["cites", "QĐ 124", "--store", str(tmp_path / "none")])
    assert result.exit_code == 2
    assert f"no graph at {tmp_path / 'none'}: build one first" in result.output
    assert not (tmp_path / "none").exists()


def test_lineage_asks_which_29(store, tmp_path):
    where = _built(store, [SEEDS, NQ29_2013], tmp_path / "cli")
    for fmt in FORMATS:
        out = run("lineage", "Nghị quyết 29", "--format", fmt, *where, code=2)
        assert "2013-11-04" in out and "2022-11-17" in out
    data = json.loads(run("lineage", "Nghị quyết 29", "--format", "json", *where, code=2))
    assert data["error"] == "ambiguous"
    assert [(c["pick"], c["symbol"], c["date"]) for c in data["candidates"]] == [
        (1, "29-NQ/TW", "2013-11-04"), (2, "29-NQ/TW", "2022-11-17"), (3, "29-NQ/TU", "2023-04-11")]
    tree = run("lineage", "Nghị quyết 29", "--year", "2013", *where)
    assert tree.startswith("29-NQ/TW 2013-11-04") and "45-KH/HU" in tree
    picked = json.loads(run("lineage", "Nghị quyết 29", "--pick", "2", "--format", "json", *where))
    assert picked[0]["date"] == "2022-11-17"


@pytest.mark.parametrize("fmt", FORMATS)
def test_show(seeded, fmt):
    out = parse(run("show", "Kế hoạch 619", "--format", fmt, *seeded), fmt)
    if fmt == "json":
        assert out["document"]["symbol"] == "619/KH-MTTQ-BTT"
        assert [r["symbol"] for r in out["references"]] == ["29-NQ/TW"]
        assert [r["source"] for r in out["cited_by"]] == ["000_adf824d3a700fd9c.txt"]
    elif fmt == "csv":
        assert [r["role"] for r in out] == ["document", "references", "cited_by"]
    else:
        assert "619/KH-MTTQ-BTT" in out and "cites (1)" in out and "cited by (1)" in out


@pytest.mark.parametrize("fmt", FORMATS)
def test_path(seeded, fmt):
    out = parse(run("path", "Kế hoạch 619", "Quy định 124", "--format", fmt, *seeded), fmt)
    if fmt == "table":
        assert "2 steps" in out and "← implements" in out and "→ implements" in out
        return
    assert [r["symbol"] or None for r in out] == ["619/KH-MTTQ-BTT", None, "124-QĐ/TW"]
    assert "124-QĐ/TW" in out[2]["sentence"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_top(seeded, fmt):
    out = parse(run("top", "--by", "in-degree", "-n", "3", "--format", fmt, *seeded), fmt)
    if fmt == "table":
        assert "124-QĐ/TW" in out and "3 rows" in out
        return
    assert out[0]["symbol"] == "124-QĐ/TW" and int(out[0]["score"]) == 4 and len(out) == 3
    pr = parse(run("top", "--by", "pagerank", "--relation", "implements", "--format", fmt, *seeded), fmt)
    assert len(pr) == 20 and float(pr[0]["score"]) >= float(pr[-1]["score"])


@pytest.mark.parametrize("fmt", FORMATS)
def test_stats(seeded, fmt):
    out = parse(run("stats", "--format", fmt, *seeded), fmt)
    if fmt == "json":
        assert out["sources"] == 5 and out["edges"] == 85
    elif fmt == "csv":
        assert {"name": "documents", "value": "63"} in out
    else:
        assert "edges_by_relation.implements" in out and "58" in out


@pytest.mark.parametrize("attack", ["' } ; DROP ALL ; #", '"> <x> <y> . } #'])
def test_not_found_leaves_the_store_intact(seeded, attack):
    run("cites", attack, *seeded, code=1)
    assert json.loads(run("stats", "--format", "json", *seeded))["sources"] == 5
