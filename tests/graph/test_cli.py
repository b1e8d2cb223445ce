"""The graph commands, run in-process."""
import csv
import io
import json

import pytest
import typer
from rdflib import Dataset, Graph
from typer.testing import CliRunner

from danchieu.graph.commands import COMMANDS, register

from .conftest import SEEDS

app = typer.Typer()
register(app)
runner = CliRunner()
Q = 'SELECT ?plan WHERE { ?plan dch:implements ?d . ?d eli:id_local "619/KH-MTTQ-BTT" }'


@pytest.fixture(params=["embedded", "server"])
def where(request, tmp_path):
    """Store options for the commands: a folder, or the Oxigraph server."""
    if request.param == "embedded":
        return ["--store", str(tmp_path / "store")]
    url = request.getfixturevalue("server") + "/query"
    from danchieu.graph.store import RemoteStore
    RemoteStore(url).update("DROP ALL")
    return ["--endpoint", url]


def run(*args):
    result = runner.invoke(app, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    return result.output


def test_every_command_has_help_with_an_example():
    for command in COMMANDS:
        assert "Example:" in command.__doc__
        out = run(command.__name__, "--help")
        assert "Example:" in out


def test_build_then_query_export_check(where, tmp_path):
    out = run("build", SEEDS, "--no-progress", *where)
    assert out.startswith("documents 5, citations ")
    again = run("build", SEEDS, "--no-progress", *where)
    assert "loaded 0, unchanged 5, skipped 0" in again

    data = json.loads(run("sparql", Q, "--format", "json", *where))
    assert data["head"]["vars"] == ["plan"]
    assert [b["plan"]["value"] for b in data["results"]["bindings"]] == [
        "https://w3id.org/danchieu/eli/unnumbered/000_adf824d3a700fd9c"]

    rows = list(csv.reader(io.StringIO(run("sparql", Q, "--format", "csv", *where))))
    assert rows == [["plan"], ["https://w3id.org/danchieu/eli/unnumbered/000_adf824d3a700fd9c"]]

    rq = tmp_path / "q.rq"
    rq.write_text(Q, encoding="utf-8")
    assert "000_adf824d3a700fd9c" in run("sparql", "-f", rq, *where)

    for fmt, parser in [("trig", "trig"), ("nq", "nquads"), ("jsonld", "json-ld")]:
        out_file = tmp_path / f"g.{fmt}"
        run("export", "--format", fmt, "--out", out_file, *where)
        ds = Dataset().parse(out_file, format=parser)
        named = {str(g.identifier) for g in ds.graphs() if len(g)}
        assert "https://w3id.org/danchieu/source/000_adf824d3a700fd9c.txt" in named   # provenance kept
        assert len(list(ds.quads())) > 500
    assert len(Graph().parse(data=run("export", "--format", "ttl", *where), format="turtle")) > 500

    out = run("check", *where)
    assert "SHACL: conforms" in out and "conflicts:" in out


def test_bad_arguments_fail_with_a_message(tmp_path):
    r = runner.invoke(app, ["sparql", "--store", str(tmp_path / "s")])
    assert r.exit_code == 2 and "give a QUERY or -f FILE.rq" in r.output
    r = runner.invoke(app, ["export", "--format", "xml", "--store", str(tmp_path / "s")])
    assert r.exit_code == 2 and "unknown format 'xml'" in r.output


def test_export_to_a_path_it_cannot_write_is_one_line(tmp_path):
    from danchieu.graph import build
    build([SEEDS], store=tmp_path / "st", progress=False)
    result = runner.invoke(app, ["export", "--out", str(tmp_path / "no" / "such" / "x.ttl"),
                                 "--store", str(tmp_path / "st")])
    assert result.exit_code == 2
    assert result.output.strip() == f"error: cannot write {tmp_path / 'no' / 'such' / 'x.ttl'}: No such file or directory"


@pytest.mark.parametrize("query,code,said", [
    ("SELECT ?s WHERE { ?s ?p }", 1, "error: query failed: error at 1:"),     # the user's own line
    ("INSERT DATA { <a:b> <a:c> <a:d> }", 2, "not updates: the graph is written by build"),
    ("PREFIX x: <http://x/>\nDELETE WHERE { ?s ?p ?o }", 2, "not updates"),
])
def test_sparql_names_the_users_line_and_refuses_updates(query, code, said, tmp_path):
    from danchieu.graph import build
    build([SEEDS], store=tmp_path / "st", progress=False)
    result = runner.invoke(app, ["sparql", query, "--store", str(tmp_path / "st")])
    assert result.exit_code == code
    assert said in result.output
