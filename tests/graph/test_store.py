"""The store interface, against an embedded folder and a real Oxigraph server."""
import shutil

import pytest
from rdflib import Dataset, Graph

from danchieu.graph.export import export
from danchieu.graph.store import Endpoint, StoreError, graphs, open_store, replace_graph

from .conftest import assert_isomorphic

G1, G2 = "https://w3id.org/danchieu/source/a.txt", "https://w3id.org/danchieu/source/b.txt"
T = '<https://example.org/s> <https://example.org/p> "{}"@vi .'


def test_replace_graph_replaces_exactly_one_graph(store):
    replace_graph(store, G1, T.format("một"))
    replace_graph(store, G2, T.format("hai"))
    replace_graph(store, G1, T.format("ba"))
    assert store.graph_ntriples(G1).strip() == T.format("ba")
    assert store.graph_ntriples(G2).strip() == T.format("hai")
    assert graphs(store) == [G1, G2]


def test_a_failed_load_leaves_the_old_graph_whole(store):
    replace_graph(store, G1, T.format("cũ"))
    with pytest.raises(Exception):
        replace_graph(store, G1, T.format("mới") + "\n<broken")
    assert store.graph_ntriples(G1).strip() == T.format("cũ")


def test_union_default_graph_and_results_json(store):
    replace_graph(store, G1, T.format("một"))
    res = store.query('SELECT ?o WHERE { ?s <https://example.org/p> ?o }')
    assert res["head"]["vars"] == ["o"]
    assert res["results"]["bindings"] == [{"o": {"type": "literal", "value": "một", "xml:lang": "vi"}}]
    assert store.query("ASK { ?s ?p ?o }") == {"head": {}, "boolean": True}


@pytest.mark.parametrize("fmt, parse", [("trig", "trig"), ("nq", "nquads"), ("jsonld", "json-ld")])
def test_export_with_named_graphs_round_trips(store, fmt, parse):
    replace_graph(store, G1, T.format("một"))
    replace_graph(store, G2, T.format("hai"))
    ds = Dataset().parse(data=export(store, fmt), format=parse)
    names = {str(c.identifier) for c in ds.graphs() if len(c)}
    assert {G1, G2} <= names
    assert len(list(ds.quads((None, None, None, None)))) == 2


def test_turtle_export_is_the_union(store):
    replace_graph(store, G1, T.format("một"))
    replace_graph(store, G2, T.format("hai"))
    expected = Graph().parse(data=T.format("một") + "\n" + T.format("hai"), format="nt")
    assert_isomorphic(Graph().parse(data=export(store, "ttl"), format="turtle"), expected)


def test_endpoint_urls():
    assert Endpoint.from_url("http://h:7878") == Endpoint("http://h:7878/query", "http://h:7878/update", "http://h:7878/store")
    assert Endpoint.from_url("http://h/ds/sparql").store == "http://h/ds/data"


def test_open_store_default_location_and_env(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DANCHIEU_STORE", raising=False)
    monkeypatch.delenv("DANCHIEU_ENDPOINT", raising=False)
    # a reader never creates a store: it would answer "no such document" from an empty one
    with pytest.raises(StoreError, match="no graph at .danchieu/store: build one first"):
        open_store()
    assert not (tmp_path / ".danchieu").exists()
    s = open_store(write=True)
    assert (tmp_path / ".danchieu" / "store").is_dir()
    s.close()
    open_store().close()
    monkeypatch.setenv("DANCHIEU_STORE", str(tmp_path / "elsewhere"))
    open_store(write=True).close()
    assert (tmp_path / "elsewhere").is_dir()
    with pytest.raises(StoreError):
        open_store(store=tmp_path / "x", endpoint="http://h/query")


def test_a_folder_is_a_store_only_with_a_graph_in_it(tmp_path):
    empty, texts = tmp_path / "empty", tmp_path / "texts"
    empty.mkdir(), texts.mkdir()
    (texts / "plan.txt").write_text("Thực hiện Quyết định số 23/QĐ-TTg.", encoding="utf-8")
    with pytest.raises(StoreError, match="no graph at"):
        open_store(empty)                       # a reader writes nothing into it
    assert not any(empty.iterdir())
    with pytest.raises(StoreError, match="holds other files and no graph"):
        open_store(texts, write=True)           # a build does not write into a folder of texts
    assert [p.name for p in texts.iterdir()] == ["plan.txt"]
    store = tmp_path / "store"
    s = open_store(store, write=True)
    s.publish_snapshot()
    s.close()
    open_store(store).close()
    shutil.rmtree(store)                        # deleted: its old snapshots are not read
    with pytest.raises(StoreError, match="no graph at"):
        open_store(store)


def test_readers_remove_generations_superseded_for_the_grace_period(tmp_path):
    """A build's last snapshot keeps the generations before it (the files its compaction
    replaced) for readers that may still have them open; once each has not been current for
    the grace period, a reader removes it, and never CURRENT or a generation being published."""
    import os
    import time
    from danchieu.graph.store import SNAPSHOT_GRACE_SECONDS, snapshot_dir
    store = tmp_path / "store"
    s = open_store(store, write=True)
    for _ in range(3):
        replace_graph(s, G1, "<https://x/a> <https://x/p> <https://x/b> .")
        s.publish_snapshot()
    s.close()
    folder = snapshot_dir(store)
    assert sorted(p.name for p in folder.iterdir() if p.is_dir()) == ["1", "2", "3"]
    open_store(store).close()                   # CURRENT is new: nothing goes
    assert sorted(p.name for p in folder.iterdir() if p.is_dir()) == ["1", "2", "3"]
    old = time.time() - SNAPSHOT_GRACE_SECONDS - 5
    os.utime(folder / "2", (old, old))         # 1 has not been current for the grace period
    open_store(store).close()
    assert sorted(p.name for p in folder.iterdir() if p.is_dir()) == ["2", "3"]
    (folder / "4").mkdir()                      # a build publishing right now
    os.utime(folder / "3", (old, old))
    os.utime(folder / "4", (old, old))
    reader = open_store(store)
    assert sorted(p.name for p in folder.iterdir() if p.is_dir()) == ["3", "4"]
    assert reader.query("ASK { <https://x/a> <https://x/p> <https://x/b> }")["boolean"]
    reader.close()


def test_a_server_without_the_union_default_graph_is_named_not_read_as_empty(tmp_path):
    """`oxigraph serve` without --union-default-graph answers every query with nothing."""
    import socket
    import subprocess
    import time
    import urllib.request
    from .conftest import _oxigraph
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proc = subprocess.Popen([_oxigraph(), "serve", "--location", str(tmp_path / "oxi"),
                             "--bind", f"127.0.0.1:{port}"], stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                urllib.request.urlopen(url + "/query?query=ASK%7B%7D", timeout=1).read()
                break
            except OSError:
                time.sleep(0.05)
        writer = open_store(endpoint=url, write=True)
        replace_graph(writer, G1, "<https://x/a> <https://x/p> <https://x/b> .")
        with pytest.raises(StoreError, match="oxigraph serve --union-default-graph"):
            open_store(endpoint=url)
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_unreachable_server_says_so():
    with pytest.raises(StoreError, match="is the SPARQL server running"):
        open_store(endpoint="http://127.0.0.1:9/query")           # a reader asks at once
    s = open_store(endpoint="http://127.0.0.1:9/query", write=True)
    with pytest.raises(StoreError, match="is the SPARQL server running"):
        s.query("ASK {}")
