"""Build: walk files, extract, map each to its named graph, load, join, summarise."""
from __future__ import annotations

import hashlib
import os
import time
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator
from urllib.parse import unquote

from danchieu.extract.reader import walk as extract_walk
from .document import document_graph, graph_iri
from .load import BulkLoader, add_missing_cards, as_nquads, drop, incomplete, load
from .relink import relink
from .store import EmbeddedStore, Store
from .ontology import ontology
from .vocab import DCH, ELI, IDENTITY_GRAPH, ONTOLOGY_GRAPH, RELATION, SOURCE

# Bump when the mapping or what extraction reads changes, so an unchanged file is re-mapped
# by the next build (7: symbols with a dot or a letter, the office before an issuer, titles
# naming only earlier documents).
MAPPING_VERSION = "7"


@dataclass(frozen=True, slots=True)
class Source:
    path: Path
    key: str          # path relative to the folder given to build; names the graph


@dataclass(frozen=True, slots=True)
class Skipped:
    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass(frozen=True, slots=True)
class BuildSummary:
    documents: int        # source documents in the store
    citations: int        # mentions: evidence of a relation, plus unresolved short forms
    nodes: int            # distinct documents (cited or present)
    edges: int            # distinct stated relations
    unresolved: int       # short forms with no full citation
    ambiguous: int        # undated symbols that several known documents share
    loaded: int           # files (re)loaded by this build
    unchanged: int        # files whose graph was already current
    skipped: tuple[Skipped, ...] = field(default=())
    removed: tuple[str, ...] = field(default=())     # keys of graphs pruned: files gone

    def lines(self) -> list[str]:
        out = [f"documents {self.documents}, citations {self.citations}, nodes {self.nodes}, "
               f"edges {self.edges}, unresolved {self.unresolved}, ambiguous {self.ambiguous}",
               f"loaded {self.loaded}, unchanged {self.unchanged}, skipped {len(self.skipped)}"
               + (f", removed {len(self.removed)}" if self.removed else "")]
        return out + [f"skipped {s}" for s in self.skipped] + [f"removed {k}" for k in self.removed]


def walk(paths: Iterable[str | os.PathLike]) -> Iterator[Source]:
    """The extractor's files under each path; a folder's files are keyed relative to it."""
    for path, key in extract_walk(paths):
        yield Source(path, key)


def content_hash(data: bytes) -> str:
    return hashlib.sha256(MAPPING_VERSION.encode() + b"\0" + data).hexdigest()


@dataclass(frozen=True, slots=True)
class _Mapped:
    key: str
    ntriples: str | None    # for an update; for the bulk path, N-Quads without the hash triple
    summary: str | None     # its contribution to the summary graph
    error: str | None
    mark: str | None = None     # the bulk path's hash triple


def _map_one(path: str, key: str, digest: str, bulk: bool = False) -> _Mapped:
    """Runs in a worker process: read, extract, map (for the bulk path, to N-Quads). Any
    failure skips this file only."""
    try:
        doc = document_graph(_reader()(path), key, digest)
        if bulk:
            quads, mark = as_nquads(str(doc.iri), doc.ntriples())
            return _Mapped(key, quads, doc.summary(), None, mark)
        return _Mapped(key, doc.ntriples(), doc.summary(), None)
    except Exception as e:   # a bad file must not stop the batch
        from danchieu.extract import ReadError
        reason = " ".join(str(e).split()) or "no message"
        if not isinstance(e, ReadError):      # an unexpected failure: say what kind
            reason = f"{type(e).__name__}: {reason}"
        return _Mapped(key, None, None, reason[:300])


def _reader():
    """The extractor's file reader (a function, so tests can replace it)."""
    from danchieu.extract import read_file
    return read_file


def _current_hashes(store: Store) -> dict[str, str]:
    q = f"SELECT ?g ?h WHERE {{ GRAPH ?g {{ ?g <{DCH.contentHash}> ?h }} }}"
    return {b["g"]["value"]: b["h"]["value"] for b in store.query(q)["results"]["bindings"]}


def _count(store: Store, where: str, what: str = "*") -> int:
    res = store.query(f"SELECT (COUNT({what}) AS ?n) WHERE {{ {where} }}")
    return int(res["results"]["bindings"][0]["n"]["value"])


def summarise(store: Store, loaded=0, unchanged=0, skipped=(), removed=()) -> BuildSummary:
    preds = " ".join(f"<{p}>" for p in set(RELATION.values()))
    return BuildSummary(
        documents=_count(store, f"GRAPH ?g {{ ?g a <{DCH.SourceRecord}> }}"),
        citations=_count(store, f"GRAPH ?g {{ {{ ?e a <{DCH.Evidence}> FILTER NOT EXISTS "
                                f"{{ ?e <{DCH.viaClause}> true }} }} UNION {{ ?e a <{DCH.UnresolvedMention}> }} }}"),
        nodes=_count(store, f"GRAPH ?g {{ ?d a <{ELI.LegalResource}> }}", "DISTINCT ?d"),
        edges=_count(store, f"{{ SELECT DISTINCT ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
                            f"VALUES ?p {{ {preds} }} }} }}"),
        unresolved=_count(store, f"GRAPH ?g {{ ?e a <{DCH.UnresolvedMention}> }}"),
        ambiguous=_count(store, f"GRAPH <{IDENTITY_GRAPH}> {{ ?d a <{DCH.AmbiguousReference}> }}"),
        loaded=loaded, unchanged=unchanged, skipped=tuple(skipped), removed=tuple(removed))


def build(paths: Iterable[str | os.PathLike], store: Store, jobs: int = 1,
          progress: bool = True, prune: bool = False) -> BuildSummary:
    """``prune``: also drop the graphs of files not among those found under ``paths`` (files
    deleted or renamed since they were built); every graph in the store not found here goes."""
    from rich.console import Console
    from rich.progress import Progress
    paths = list(paths)
    missing = [str(p) for p in paths if not Path(p).exists()]
    if prune and missing:
        # a mistyped folder would otherwise prune every graph of the store
        raise ValueError(f"--prune with a path that does not exist: {', '.join(missing)}; "
                         "nothing was built or dropped")
    current = _current_hashes(store)
    drop(store, incomplete(store, current))     # left by a bulk load cut short
    todo, skipped, unchanged = [], [], 0
    first: dict[str, Path] = {}                 # key -> the file that has it
    seen: set[Path] = set()
    for src in walk(paths):
        resolved = src.path.resolve()
        if resolved in seen:
            continue                            # "build A A", "build A A/x.txt": read once
        seen.add(resolved)
        if first.setdefault(src.key, src.path) != src.path:
            # "A/plan.txt" and "B/plan.txt" given as A and B: one graph name for two files
            skipped.append(Skipped(str(src.path), f"same key {src.key!r} as {first[src.key]} "
                                   "(a file is keyed by its path under the folder given): "
                                   "build their common parent folder instead"))
            continue
        try:
            digest = content_hash(src.path.read_bytes())
        except OSError as e:
            skipped.append(Skipped(str(src.path), f"cannot read: {e.strerror or e}"))
            continue
        if current.get(str(graph_iri(src.key))) == digest:
            unchanged += 1
        else:
            todo.append((src, digest))
    fresh = len(todo) - sum(1 for src, _ in todo if str(graph_iri(src.key)) in current)
    bulk = (BulkLoader(store, BULK_CHUNK)
            if isinstance(store, EmbeddedStore) and fresh >= BULK_MIN else None)
    every = BULK_SNAPSHOT_SECONDS if bulk else SNAPSHOT_SECONDS
    loaded, published = 0, time.monotonic()
    try:
        # on standard error, and only on a terminal: piped output stays the summary alone
        console = Console(stderr=True)
        with Progress(console=console, disable=not (progress and console.is_terminal),
                      transient=True) as bar:
            task = bar.add_task("building", total=len(todo))
            for src, mapped in zip((s for s, _ in todo), _mapped(todo, jobs, bulk is not None, current)):
                graph = str(graph_iri(src.key))
                if mapped.error:
                    skipped.append(Skipped(str(src.path), mapped.error))
                elif mapped.mark is not None:
                    bulk.add(graph, mapped.ntriples, mapped.mark, mapped.summary)
                    loaded += 1
                else:
                    if bulk:
                        bulk.wait()     # the summary graph has one writer at a time
                    load(store, graph, mapped.ntriples, mapped.summary)
                    loaded += 1
                if time.monotonic() - published > every:
                    if bulk:
                        bulk.flush()
                        bulk.wait()
                    _publish(store)
                    published = time.monotonic()
                bar.advance(task)
        if bulk:
            bulk.close()
    finally:
        if bulk:
            bulk.abandon()      # after close, a no-op
    removed = []
    if prune:
        found = {str(graph_iri(key)) for key in first}
        gone = [g for g in current if g not in found]
        drop(store, gone)
        removed = sorted(unquote(g[len(SOURCE):]) for g in gone)
    del current, todo
    # The ontology rides along, so queries can use type and level labels.
    load(store, str(ONTOLOGY_GRAPH), ontology().serialize(format="nt"))
    add_missing_cards(store)
    relink(store)
    store.flush()
    if bulk:
        store.optimize()
    _publish(store)
    return summarise(store, loaded, unchanged, skipped, removed)


# A build with at least this many new files loads them in bulk, this many at a time.
BULK_MIN = 1000
BULK_CHUNK = 2000


# Readers in other processes see the store as of the last snapshot (see EmbeddedStore),
# published at most this often: a checkpoint's cost grows with the store. A bulk build
# publishes less often: each snapshot keeps the files compaction replaces for ten minutes
# (once a minute, they held 15 GB beside a 5.5 GB store at 100,000 files).
SNAPSHOT_SECONDS = 2.0
BULK_SNAPSHOT_SECONDS = 600.0


def _publish(store: Store) -> None:
    publish = getattr(store, "publish_snapshot", None)     # a remote server needs none
    if publish:
        publish()


def _map_many(args: list[tuple[str, str, str, bool]]) -> list[_Mapped]:
    return [_map_one(*a) for a in args]


def _mapped(todo, jobs: int, bulk: bool, current) -> Iterator[_Mapped]:
    """Mapped files in order, with a bounded number in flight: memory stays flat however
    many files the build has. In a bulk build, files new to the store come as N-Quads."""
    args = [(str(s.path), s.key, d, bulk and str(graph_iri(s.key)) not in current)
            for s, d in todo]
    if jobs <= 1 or len(args) <= 1:
        yield from (_map_one(*a) for a in args)
        return
    tasks = (args[i:i + TASK] for i in range(0, len(args), TASK))
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        window: deque = deque()
        for task in tasks:
            window.append(pool.submit(_map_many, task))
            if len(window) >= 4 * jobs:
                yield from window.popleft().result()
        while window:
            yield from window.popleft().result()


TASK = 32     # files a worker maps per request: fewer round trips


def remove(store: Store, keys: Iterable[str]) -> None:
    """Forget source files (by key): drops exactly their assertions, then re-joins."""
    drop(store, [str(graph_iri(key)) for key in keys])
    relink(store)
    store.flush()
    _publish(store)
