"""Where the graph lives: an embedded Oxigraph folder, or any SPARQL 1.1 server.

Both speak the same small interface, so build, queries, export and checks never ask which
one they have. A document's graph is replaced by a single SPARQL update (DROP + INSERT
DATA), which Oxigraph and SPARQL servers apply atomically: an interrupted build leaves
whole documents only.
"""
from __future__ import annotations

import json
import os
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

DEFAULT_STORE = Path(".danchieu") / "store"
STORE_ENV = "DANCHIEU_STORE"
ENDPOINT_ENV = "DANCHIEU_ENDPOINT"


class StoreError(RuntimeError):
    pass


def _is_read(query: str) -> str:
    """The query form (SELECT, ASK, CONSTRUCT, DESCRIBE), skipping prologue and comments."""
    words = " ".join(line.split("#")[0] for line in query.splitlines()).split()
    return next((w.upper() for w in words if w.upper() in
                 {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}), "SELECT")


def replace_update(graph: str, ntriples: str) -> str:
    return f"DROP SILENT GRAPH <{graph}> ;\nINSERT DATA {{ GRAPH <{graph}> {{\n{ntriples}\n}} }}"


def snapshot_dir(path: str | os.PathLike) -> Path:
    """Where a build publishes consistent copies of the store for readers: "store.snapshots",
    one folder per generation and a file CURRENT naming the newest."""
    path = Path(path)
    return path.with_name(path.name + ".snapshots")


# RocksDB opens a snapshot's files lazily: a generation is removed only once it has not been
# current for this long, so no reader that opened it in that time loses files under it.
SNAPSHOT_GRACE_SECONDS = 600


def _generations(folder: Path) -> list[Path]:
    """The snapshot generations in ``folder``, oldest first."""
    try:
        found = [p for p in folder.iterdir() if p.is_dir() and p.name.isdigit()]
    except OSError:
        return []
    return sorted(found, key=lambda p: int(p.name))


def drop_stale_generations(folder: Path) -> None:
    """Remove each generation whose successor has been current, or superseded, for the grace
    period: readers open the generation CURRENT names, so none has opened it since. The build
    does this when it publishes, and every reader when it opens the store: otherwise a large
    bulk build's older generations, which hold the files its final compaction replaced (as
    much again as the store), stay until the next build. A generation newer than CURRENT is
    being published; it, and CURRENT, stay."""
    import shutil
    import time
    try:
        current = int((folder / "CURRENT").read_text().strip())
    except (OSError, ValueError):
        return                      # no snapshot yet, or the pointer being replaced
    generations = _generations(folder)
    now = time.time()
    for old, successor in zip(generations, generations[1:]):
        if int(successor.name) > current:
            break
        try:
            if now - successor.stat().st_mtime > SNAPSHOT_GRACE_SECONDS:
                shutil.rmtree(old, ignore_errors=True)
        except FileNotFoundError:
            continue                # removed by another process meanwhile


class EmbeddedStore:
    """A persistent pyoxigraph store in a folder.

    RocksDB lets one process write. While a build holds the store, other processes open the
    newest snapshot the build published (``publish_snapshot``: a RocksDB checkpoint, hard
    links, made after each batch of documents), read-only: queries keep answering, from a
    consistent graph at most one batch old.
    """

    def __init__(self, path: str | os.PathLike | None, read_only: bool = False):
        """``read_only``: read the newest snapshot, never taking the writer's lock, so a build
        can start at any time; without a snapshot yet, the store itself."""
        import pyoxigraph
        self.location = str(path) if path is not None else None
        self.read_only = False
        if path is None:
            self._s = pyoxigraph.Store()
            return
        if read_only and (snapshot_dir(path) / "CURRENT").exists():
            self._s = self._open_snapshot(path)
            self.read_only = True
            return
        Path(path).mkdir(parents=True, exist_ok=True)
        # A writer waits a moment for a reader of a store without snapshot; not for a build.
        self._s = self._open_primary(path, wait=0 if read_only else 2)
        if self._s is None:
            if not read_only:
                raise StoreError(f"the store {path} is being written by another process "
                                 "(a build); wait for it to finish")
            self._s = self._open_snapshot(path)
            self.read_only = True

    @staticmethod
    def _open_primary(path, wait: float):
        """The store itself, read-write; None while another process holds it past ``wait`` s."""
        import time
        import pyoxigraph
        deadline = time.monotonic() + wait
        while True:
            try:
                return pyoxigraph.Store(str(path))
            except OSError as error:
                if "lock" not in str(error).lower():
                    raise StoreError(f"cannot open the store {path}: {error}") from None
                if time.monotonic() >= deadline:
                    return None
                time.sleep(0.1)

    @staticmethod
    def _open_snapshot(path):
        import time
        import pyoxigraph
        folder = snapshot_dir(path)
        drop_stale_generations(folder)
        for _ in range(20):        # a build may be publishing a newer generation right now
            try:
                current = (folder / "CURRENT").read_text().strip()
                return pyoxigraph.Store.read_only(str(folder / current))
            except (OSError, RuntimeError):
                time.sleep(0.05)
        raise StoreError(f"the store {path} is being written by another process (a build) "
                         "and has no snapshot yet; try again in a moment")

    def publish_snapshot(self) -> None:
        """Checkpoint the store as a new generation under "<store>.snapshots" and point
        CURRENT at it (a rename: readers see the old or the new, never half)."""
        if not self.location or self.read_only:
            return
        folder = snapshot_dir(self.location)
        folder.mkdir(parents=True, exist_ok=True)
        generations = _generations(folder)
        fresh = folder / str(int(generations[-1].name) + 1 if generations else 1)
        self._s.flush()
        self._s.backup(str(fresh))
        pointer = folder / f"CURRENT.{os.getpid()}"
        pointer.write_text(fresh.name)
        pointer.replace(folder / "CURRENT")
        drop_stale_generations(folder)

    def __repr__(self) -> str:
        return f"EmbeddedStore({self.location!r})"

    def query(self, query: str, union: bool = True):
        """SELECT/ASK: W3C SPARQL Results JSON as a dict; CONSTRUCT/DESCRIBE: N-Triples text."""
        from pyoxigraph import QueryResultsFormat, RdfFormat
        res = self._s.query(query, use_default_graph_as_union=union)
        if _is_read(query) in {"CONSTRUCT", "DESCRIBE"}:
            return res.serialize(format=RdfFormat.N_TRIPLES).decode()
        return json.loads(res.serialize(format=QueryResultsFormat.JSON))

    def rows(self, query: str) -> Iterator[dict[str, str]]:
        """A SELECT's solutions as {variable: value}, unbound ones left out, blank nodes as
        "_:id"; read straight from Oxigraph (no JSON: several times faster on large results)."""
        from pyoxigraph import BlankNode
        res = self._s.query(query, use_default_graph_as_union=True)
        names = list(enumerate(v.value for v in res.variables))
        for solution in res:
            row = {}
            for i, name in names:          # by position: several times faster than by name
                term = solution[i]
                if term is not None:
                    row[name] = "_:" + term.value if isinstance(term, BlankNode) else term.value
            yield row

    def update(self, update: str) -> None:
        if self.read_only:
            raise StoreError(f"the store {self.location} is being written by another process "
                             "(a build); wait for it to finish")
        self._s.update(update)

    def bulk_load(self, nquads: str) -> None:
        """Add N-Quads through Oxigraph's bulk loader: fast, but not one transaction (see
        graph/load.py for how a build stays whole)."""
        from pyoxigraph import RdfFormat
        if self.read_only:
            raise StoreError(f"the store {self.location} is being written by another process "
                             "(a build); wait for it to finish")
        # lenient: no IRI validation. Every IRI here is one graph/ wrote, its segments
        # percent-encoded (identity.py); parsing them again cost about a tenth of the load.
        self._s.bulk_load(nquads.encode(), format=RdfFormat.N_QUADS, lenient=True)

    def named_graphs(self) -> list[str]:
        """Every named graph's IRI, from Oxigraph's own list (no scan of the quads)."""
        from pyoxigraph import NamedNode
        return [g.value for g in self._s.named_graphs() if isinstance(g, NamedNode)]

    def graph_ntriples(self, graph: str) -> str:
        from pyoxigraph import NamedNode, RdfFormat
        return self._s.dump(format=RdfFormat.N_TRIPLES, from_graph=NamedNode(graph)).decode()

    def nquads(self) -> str:
        from pyoxigraph import RdfFormat
        return self._s.dump(format=RdfFormat.N_QUADS).decode()

    def flush(self) -> None:
        if self.location and not self.read_only:
            self._s.flush()

    def optimize(self) -> None:
        """Compact the files: a bulk load leaves them in many overlapping files, each of
        which a look-up has to search (a lineage at 10,000 files read its rows 1.5 times
        slower before)."""
        if self.location and not self.read_only:
            self._s.optimize()

    def close(self) -> None:
        self.flush()
        del self._s


@dataclass(frozen=True, slots=True)
class Endpoint:
    """The three SPARQL 1.1 protocol URLs of a server.

    From one URL: ".../query" or ".../sparql" gives ".../update" and ".../store" (Oxigraph)
    or ".../data" (Fuseki's /sparql layout); a bare server URL gets Oxigraph's
    /query, /update, /store. DANCHIEU_UPDATE_URL and DANCHIEU_STORE_URL override.
    """
    query: str
    update: str
    store: str

    @classmethod
    def from_url(cls, url: str) -> Endpoint:
        base = url.rstrip("/")
        if base.endswith("/query"):
            root, store = base[: -len("/query")], "/store"
        elif base.endswith("/sparql"):
            root, store = base[: -len("/sparql")], "/data"
        else:
            root, store, base = base, "/store", base + "/query"
        return cls(base, os.environ.get("DANCHIEU_UPDATE_URL", root + "/update"),
                   os.environ.get("DANCHIEU_STORE_URL", root + store))


class RemoteStore:
    """Any SPARQL 1.1 server: Query and Update protocols, and the Graph Store protocol."""

    def __init__(self, url: str, timeout: float = 120):
        self.endpoint = Endpoint.from_url(url)
        self.location = url
        self.timeout = timeout

    def __repr__(self) -> str:
        return f"RemoteStore({self.location!r})"

    def _send(self, url: str, data: bytes | None, headers: dict, method: str) -> bytes:
        req = urllib.request.Request(url, data=data, headers=headers, method=method)
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as r:
                return r.read()
        except urllib.error.HTTPError as e:
            raise StoreError(f"{method} {url}: HTTP {e.code}: {e.read()[:500].decode(errors='replace')}") from e
        except urllib.error.URLError as e:
            raise StoreError(f"{method} {url}: {e.reason}; is the SPARQL server running?") from e

    def require_union_default_graph(self) -> None:
        """Queries read the default graph as the union of the named graphs (the README's
        `oxigraph serve --union-default-graph`). A server without it answers every question
        with nothing: say so instead."""
        if self.query("ASK { GRAPH ?g { ?s ?p ?o } }")["boolean"] and \
                not self.query("ASK { ?s ?p ?o }")["boolean"]:
            raise StoreError(f"{self.location} holds named graphs but its default graph is "
                             "empty: start the server with its default graph as their union "
                             "(oxigraph serve --union-default-graph)")

    def query(self, query: str, union: bool = True):
        form = _is_read(query)
        accept = ("application/n-triples" if form in {"CONSTRUCT", "DESCRIBE"}
                  else "application/sparql-results+json")
        body = self._send(self.endpoint.query, query.encode(),
                          {"Content-Type": "application/sparql-query", "Accept": accept}, "POST")
        return body.decode() if form in {"CONSTRUCT", "DESCRIBE"} else json.loads(body)

    def rows(self, query: str) -> Iterator[dict[str, str]]:
        """A SELECT's solutions as {variable: value}, unbound ones left out, blank nodes as
        "_:id"."""
        for b in self.query(query)["results"]["bindings"]:
            yield {k: ("_:" + v["value"] if v["type"] == "bnode" else v["value"])
                   for k, v in b.items()}

    def update(self, update: str) -> None:
        self._send(self.endpoint.update, update.encode(),
                   {"Content-Type": "application/sparql-update"}, "POST")

    def graph_ntriples(self, graph: str) -> str:
        url = self.endpoint.store + "?" + urllib.parse.urlencode({"graph": graph})
        try:
            return self._send(url, None, {"Accept": "application/n-triples"}, "GET").decode()
        except StoreError as e:
            if "HTTP 404" in str(e):
                return ""
            raise

    def nquads(self) -> str:
        out = []
        for g in graphs(self):
            for line in self.graph_ntriples(g).split("\n"):     # not at U+2028 in a literal
                line = line.strip()
                if line and not line.startswith("#"):
                    out.append(f"{line[:-1].rstrip()} <{g}> .")
        return "\n".join(out) + ("\n" if out else "")

    def flush(self) -> None:
        pass

    def close(self) -> None:
        pass


Store = EmbeddedStore | RemoteStore


def open_store(store: str | os.PathLike | None = None, endpoint: str | None = None,
               write: bool = False) -> Store:
    """The store to use: --endpoint / DANCHIEU_ENDPOINT, else --store / DANCHIEU_STORE,
    else .danchieu/store under the current directory. Readers (``write=False``) of an
    embedded store read its newest snapshot, so they never block a build."""
    if store is not None and endpoint is not None:
        raise StoreError("give either a store folder or an endpoint URL, not both")
    endpoint = endpoint or (None if store is not None else os.environ.get(ENDPOINT_ENV))
    if endpoint:
        remote = RemoteStore(endpoint)
        if not write:
            remote.require_union_default_graph()
        return remote
    path = Path(store or os.environ.get(STORE_ENV) or DEFAULT_STORE)
    # RocksDB's CURRENT file marks a store folder. A reader must not create an empty store
    # and answer "no such document" from it (nor read the snapshots of a store deleted); a
    # build must not write a store into a folder of other files.
    is_store = (path / "CURRENT").is_file()
    if not write and not is_store:
        raise StoreError(f"no graph at {path}: build one first (danchieu build FOLDER "
                         "--store ...), or give --store or --endpoint")
    if write and not is_store and path.is_dir() and any(path.iterdir()):
        raise StoreError(f"{path} holds other files and no graph: give a new or empty folder "
                         "for the store")
    return EmbeddedStore(path, read_only=not write)


def graphs(store: Store) -> list[str]:
    res = store.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g")
    return [b["g"]["value"] for b in res["results"]["bindings"]]


def replace_graph(store: Store, graph: str, ntriples: str) -> None:
    """Replace one named graph in one atomic update."""
    store.update(replace_update(graph, ntriples))


def drop_graph(store: Store, graph: str) -> None:
    store.update(f"DROP SILENT GRAPH <{graph}>")
