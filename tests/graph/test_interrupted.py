"""Nothing lost: a build killed part-way leaves whole documents only and the next build
completes it; queries keep answering while a build writes; a second writer is refused."""
from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from danchieu.graph import build, open_store
from danchieu.graph.ingest import _map_one, content_hash, walk
from danchieu.graph.store import EmbeddedStore, StoreError, graphs

REPO = Path(__file__).resolve().parents[2]
REAL = REPO.parent / "shared" / "corpus" / "real"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <%s> { ?s ?p ?o } }"


def build_process(store_dir: Path, corpus: Path = REAL) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "danchieu.cli", "build", str(corpus),
                             "--store", str(store_dir), "--jobs", "1"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def quads(store_dir: Path) -> set[str]:
    store = EmbeddedStore(store_dir)
    try:
        return set(store.nquads().splitlines())
    finally:
        store.close()


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> Path:
    """The real corpus built without interruption."""
    folder = tmp_path_factory.mktemp("reference") / "store"
    store = open_store(folder, write=True)
    build([REAL], store=store, progress=False)
    store.close()
    return folder


@pytest.fixture(scope="module")
def whole_counts(reference) -> dict[str, set[int]]:
    """Triples each file's graph holds when whole: as written, or once relinked (a kill may
    come after the last file is in)."""
    from danchieu.graph.document import graph_iri
    counts = {}
    for src in walk([REAL]):
        mapped = _map_one(str(src.path), src.key, content_hash(src.path.read_bytes()))
        counts[str(graph_iri(src.key))] = {len([l for l in mapped.ntriples.splitlines() if l.strip()])}
    store = EmbeddedStore(reference)
    try:
        for g in counts:
            counts[g].add(int(store.query(COUNT % g)["results"]["bindings"][0]["n"]["value"]))
    finally:
        store.close()
    return counts


def _whole(store, whole_counts, graph_names) -> list[str]:
    for g in graph_names:
        n = int(store.query(COUNT % g)["results"]["bindings"][0]["n"]["value"])
        assert n in whole_counts[g], f"{g}: {n} triples, whole is {sorted(whole_counts[g])}"
    return list(graph_names)


def test_killed_build_leaves_whole_documents_and_the_next_build_completes(
        tmp_path, reference, whole_counts):
    interrupted = tmp_path / "interrupted"
    seen_partial = False
    for delay in (1.0, 2.0, 3.0):
        proc = build_process(interrupted)
        time.sleep(delay)
        proc.kill()                               # SIGKILL: no clean-up of any kind
        proc.wait()
        store = EmbeddedStore(interrupted)
        try:
            loaded = _whole(store, whole_counts, [g for g in graphs(store) if g in whole_counts])
            seen_partial |= 0 < len(loaded) < len(whole_counts)
        finally:
            store.close()
    assert seen_partial, "the kills all came before or after the build wrote: nothing was tested"

    finish = build_process(interrupted)
    assert finish.wait(timeout=300) == 0, finish.stderr.read().decode()
    assert quads(interrupted) == quads(reference)


# A build of the real corpus through the bulk loader, in chunks of 10 files.
BULK_BUILD = """import sys
from danchieu.graph import ingest
from danchieu.graph.store import EmbeddedStore
ingest.BULK_MIN, ingest.BULK_CHUNK, ingest.BULK_SNAPSHOT_SECONDS = 1, 10, 0.3
ingest.build([sys.argv[1]], EmbeddedStore(sys.argv[2]), progress=False)
"""


def test_killed_bulk_build_shows_readers_whole_documents_and_the_next_build_completes(
        tmp_path, reference, whole_counts):
    interrupted = tmp_path / "interrupted"
    seen_partial = False
    hashed = "SELECT ?g WHERE { GRAPH ?g { ?g <https://w3id.org/danchieu/ontology#contentHash> ?h } }"
    for delay in (0.75, 1.0, 1.5, 2.5, 3.5):     # wide, so that a fast or a slow machine is caught mid-build
        proc = subprocess.Popen([sys.executable, "-c", BULK_BUILD, str(REAL), str(interrupted)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        time.sleep(delay)
        proc.kill()
        proc.wait()
        if (interrupted.with_name("interrupted.snapshots") / "CURRENT").exists():
            reader = open_store(interrupted)          # what readers see: the last snapshot
            try:
                seen = _whole(reader, whole_counts,
                              [g for g in graphs(reader) if g in whole_counts])
                seen_partial |= 0 < len(seen) < len(whole_counts)
            finally:
                reader.close()
        store = EmbeddedStore(interrupted)            # the store itself: a graph with its
        try:                                          # hash is whole; others are reloaded
            _whole(store, whole_counts, [r["g"] for r in store.rows(hashed)])
        finally:
            store.close()
    assert seen_partial, "the kills all came before or after the build wrote: nothing was tested"

    finish = subprocess.run([sys.executable, "-c", BULK_BUILD, str(REAL), str(interrupted)],
                            capture_output=True, timeout=300)
    assert finish.returncode == 0, finish.stderr.decode()
    assert quads(interrupted) == quads(reference)


def test_a_failed_bulk_write_stops_the_build_and_the_next_build_completes(
        tmp_path, reference, monkeypatch):
    from danchieu.graph import ingest
    monkeypatch.setattr(ingest, "BULK_MIN", 1)
    monkeypatch.setattr(ingest, "BULK_CHUNK", 10)
    written = EmbeddedStore.bulk_load
    calls = []

    def fails_third_time(self, nquads):      # on the writer thread, as a full disk would
        calls.append(len(nquads))
        if len(calls) == 3:
            raise OSError("No space left on device")
        written(self, nquads)

    monkeypatch.setattr(EmbeddedStore, "bulk_load", fails_third_time)
    store = EmbeddedStore(tmp_path / "store")
    with pytest.raises(OSError, match="No space left"):
        build([REAL], store=store, progress=False)
    assert len(calls) == 3                   # nothing written after the failure
    monkeypatch.setattr(EmbeddedStore, "bulk_load", written)
    build([REAL], store=store, progress=False)
    store.close()
    assert quads(tmp_path / "store") == quads(reference)


def test_queries_keep_answering_while_a_build_writes(tmp_path):
    store_dir = tmp_path / "store"
    seeds = open_store(store_dir, write=True)
    build([REPO / "data" / "seeds"], store=seeds, progress=False)
    seeds.close()
    proc = build_process(store_dir)
    answers = 0
    try:
        while proc.poll() is None:
            reader = open_store(store_dir)        # the snapshot while the build holds the store
            result = reader.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
            assert int(result["results"]["bindings"][0]["n"]["value"]) > 0
            answers += 1
            reader.close()
            time.sleep(0.2)
    finally:
        proc.wait(timeout=300)
    assert proc.returncode == 0, proc.stderr.read().decode()
    assert answers >= 3


def test_a_second_writer_is_refused_in_one_line(tmp_path):
    store_dir = tmp_path / "store"
    seeds = open_store(store_dir, write=True)
    build([REPO / "data" / "seeds"], store=seeds, progress=False)
    seeds.close()
    reader = open_store(store_dir)            # a reader reads the snapshot: it takes no lock
    assert reader.read_only
    current = store_dir.with_name("store.snapshots") / "CURRENT"
    first = current.read_text()
    # Copies of the real corpus: a build long enough to be seen between two snapshots (on a
    # fast machine two copies took barely longer than the first snapshot interval).
    corpus = tmp_path / "corpus"
    for copy in "abcde":
        shutil.copytree(REAL, corpus / copy)
    proc = build_process(store_dir, corpus)
    try:
        while current.read_text() == first and proc.poll() is None:
            time.sleep(0.05)                  # until the build has written its first batch
        assert proc.poll() is None, "the build ended before it was seen writing"
        with pytest.raises(StoreError, match="being written by another process") as error:
            open_store(store_dir, write=True)
        assert "\n" not in str(error.value)
        with pytest.raises(StoreError, match="being written by another process"):
            reader.update("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    finally:
        proc.wait(timeout=300)
        reader.close()
    assert proc.returncode == 0, proc.stderr.read().decode()


def test_a_batch_with_bad_files_goes_on_and_lists_them(tmp_path):
    from typer.testing import CliRunner
    from danchieu.cli import app
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for seed in sorted((REPO / "data" / "seeds").glob("*.txt"))[:2]:
        (corpus / seed.name).write_bytes(seed.read_bytes())
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (corpus / "scan.pdf").write_bytes(b"%PDF-1.4 damaged")
    result = CliRunner().invoke(app, ["build", str(corpus), "--store", str(tmp_path / "store"),
                                      "--no-progress"])
    assert result.exit_code == 1
    assert "documents 2," in result.output
    skipped = [line for line in result.output.splitlines() if line.startswith("skipped ")]
    assert len(skipped) == 3
    assert "skipped 3" in result.output
    assert any("empty.txt" in line and "empty file" in line for line in skipped)
    assert any("binary.txt" in line and "binary file" in line for line in skipped)
    assert any("scan.pdf" in line and "PDF" in line for line in skipped)
