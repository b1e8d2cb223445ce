"""Writing source graphs, with their part of the summary graph: one graph in one atomic
update (any store), or many new graphs at once through Oxigraph's bulk loader.

A source graph counts as loaded once it holds its ``dch:contentHash`` triple: the update
path writes it with the rest, the bulk path only after the rest is in, in a transaction of
its own. A bulk load cut short can leave a graph without it; ``incomplete`` finds those and
the next build drops and reloads them.
"""
from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from typing import Iterable

from .store import EmbeddedStore, Store
from .card import CARD
from .document import card_triples
from .summary import contribution, nodes_query, rederive, triples
from .vocab import DCH, SOURCE, SUMMARY_GRAPH


def _nodes(store: Store, graph: str) -> list[str]:
    return [r["d"] for r in store.rows(nodes_query(graph)) if not r["d"].startswith("_:")]


def load(store: Store, graph: str, ntriples: str, summary: str | None = None) -> None:
    """Replace one graph and its part of the summary (``contribution``, computed here when
    not given), in one atomic update."""
    old = _nodes(store, graph)
    if summary is None:
        summary = contribution(triples(ntriples))
    ops = [f"DROP SILENT GRAPH <{graph}>",
           f"INSERT DATA {{ GRAPH <{graph}> {{\n{ntriples}\n}}\n"
           f"GRAPH <{SUMMARY_GRAPH}> {{\n{summary}\n}} }}"]
    store.update(" ;\n".join(ops + rederive(old)))


def drop(store: Store, graphs: Iterable[str]) -> None:
    """Drop graphs, each with its part of the summary, one atomic update each."""
    for graph in graphs:
        old = _nodes(store, graph)
        store.update(" ;\n".join([f"DROP SILENT GRAPH <{graph}>"] + rederive(old)))


def incomplete(store: Store, loaded: Iterable[str]) -> list[str]:
    """Source graphs a bulk load left without their hash (only the embedded store bulk loads)."""
    if not isinstance(store, EmbeddedStore):
        return []
    loaded = set(loaded)
    return [g for g in store.named_graphs() if g.startswith(SOURCE) and g not in loaded]


def as_nquads(graph: str, ntriples: str) -> tuple[str, str]:
    """A new graph for the bulk path: its triples as N-Quads without its hash triple, and the
    hash triple (N-Triples), which is written only once the rest is in. Runs in the build's
    worker processes, beside the mapping."""
    start = ntriples.index(f"<{graph}> <{DCH.contentHash}> ")
    end = ntriples.index("\n", start) + 1
    # N-Triples escapes newlines in literals: " .\n" only ends a line.
    quads = (ntriples[:start] + ntriples[end:]).replace(" .\n", f" <{graph}> .\n")
    return quads, ntriples[start:end]


class BulkLoader:
    """New source graphs, ``chunk`` at a time: all but their hash triples in one bulk load
    (about five times faster than one update a graph at 1,000 documents, and compact files),
    then the hash triples in one update.

    A chunk is written on a thread of its own while the build maps and gathers the next
    (Oxigraph's bulk loader releases the GIL; it was half of the build's main process). One
    chunk at a time: ``flush`` waits for the previous one, and ``wait`` for the last, which
    the build calls before any other write to the store and before a snapshot."""

    def __init__(self, store: EmbeddedStore, chunk: int):
        self.store, self.chunk = store, chunk
        self.pending: list[tuple[str, str, str]] = []   # (N-Quads, hash triple, summary)
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="bulk-load")
        self._writing: Future | None = None

    def add(self, graph: str, nquads: str, mark: str, summary: str) -> None:
        self.pending.append((nquads, f"GRAPH <{graph}> {{ {mark} }}", summary))
        if len(self.pending) >= self.chunk:
            self.flush()

    def flush(self) -> None:
        """Hand the pending graphs to the writer thread."""
        if not self.pending:
            return
        summaries = set()
        for _, _, summary in self.pending:
            # most repeat in a chunk; lines end at "\n" only (a literal may hold U+2028)
            summaries.update(line + "\n" for line in summary.split("\n") if line)
        quads = "".join(q for q, _, _ in self.pending)
        quads += "".join(summaries).replace(" .\n", f" <{SUMMARY_GRAPH}> .\n")
        marks = "INSERT DATA { " + "\n".join(m for _, m, _ in self.pending) + " }"
        self.pending = []
        self.wait()
        self._writing = self._writer.submit(self._write, quads, marks)

    def _write(self, quads: str, marks: str) -> None:
        self.store.bulk_load(quads)
        self.store.update(marks)

    def wait(self) -> None:
        """Until every graph handed over is written; raises the writer's error, if any."""
        writing, self._writing = self._writing, None
        if writing is not None:
            writing.result()

    def close(self) -> None:
        """Write what is pending and wait until it is in."""
        self.flush()
        self.wait()
        self._writer.shutdown()

    def abandon(self) -> None:
        """On an error: let the write in progress end (a bulk load cannot be stopped half
        way from here), write nothing more. The graphs not written have no hash triple, so
        the next build maps them again."""
        self.pending = []
        self._writer.shutdown(wait=True, cancel_futures=True)


# Source graphs whose own document has no card: written before there were cards.
_CARDLESS = f"""SELECT ?g WHERE {{ GRAPH ?g {{ ?g <{DCH.describes}> ?d
  FILTER NOT EXISTS {{ ?d {CARD} ?c }} }} FILTER(STRSTARTS(STR(?g), "{SOURCE}")) }}"""


def add_missing_cards(store: Store) -> int:
    """Give their cards (graph/card.py) to source graphs written before there were any. A
    store built by an older version and rebuilt from some of its folders only would otherwise
    hold documents whose other sources are not read (metadata reads a document's cards when
    it has any). Returns how many graphs it completed."""
    done = [r["g"] for r in store.rows(_CARDLESS)]
    for graph in done:
        nt = store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
        added = card_triples(triples(nt))
        lines = "".join(f"{s} {p} {o} .\n" for s, p, o in added)
        store.update(f"INSERT DATA {{ GRAPH <{graph}> {{\n{lines}}}\n"
                     f"GRAPH <{SUMMARY_GRAPH}> {{\n{contribution(added)}}} }}")
    return len(done)
