"""Fixtures: a store of each kind (embedded folder, real Oxigraph server), and helpers."""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import graph_diff, to_isomorphic

from danchieu.graph.store import EmbeddedStore, RemoteStore

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "data" / "seeds"
CORPUS = REPO / ".." / "shared" / "corpus"
EXPECTED = Path(__file__).parent / "expected"


def _oxigraph() -> str:
    found = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    if not Path(found).exists():
        raise RuntimeError("the `oxigraph` server is needed: pip install oxigraph")
    return found


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    """A real `oxigraph serve` on 127.0.0.1, with the union default graph that the README asks
    remote servers to use."""
    port = _free_port()
    proc = subprocess.Popen([_oxigraph(), "serve", "--location", str(tmp_path_factory.mktemp("oxi")),
                             "--bind", f"127.0.0.1:{port}", "--union-default-graph"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            urllib.request.urlopen(url + "/query?query=ASK%7B%7D", timeout=1).read()
            break
        except OSError:
            if proc.poll() is not None:
                raise RuntimeError(proc.stderr.read().decode())
            time.sleep(0.05)
    yield url
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(params=["embedded", "server"])
def store(request, tmp_path):
    """An empty store of each kind; every graph test runs against both."""
    if request.param == "embedded":
        s = EmbeddedStore(tmp_path / "store")
        yield s
        s.close()
    else:
        s = RemoteStore(request.getfixturevalue("server") + "/query")
        s.update("DROP ALL")
        yield s
        s.update("DROP ALL")


def assert_isomorphic(actual: Graph, expected: Graph) -> None:
    """Compare graphs by isomorphism; on failure show the sorted N-Triples differences."""
    if to_isomorphic(actual) == to_isomorphic(expected):
        return
    _, only_actual, only_expected = graph_diff(to_isomorphic(actual), to_isomorphic(expected))
    lines = lambda g: sorted(g.serialize(format="nt").strip().splitlines())
    pytest.fail("graphs differ\n--- only in actual:\n" + "\n".join(lines(only_actual)) +
                "\n--- only in expected:\n" + "\n".join(lines(only_expected)))


def expected(name: str) -> Graph:
    return Graph().parse(EXPECTED / name, format="turtle")
