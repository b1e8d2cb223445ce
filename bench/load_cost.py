"""What a build's store writes cost, by the shape of the quads: the bulk loader alone.

    python bench/load_cost.py --work ../scale-work [--files 4000]

Maps the first FILES files of a synthetic corpus (bench/generate.py; written to
WORK/corpus-10000 unless it is there) as a build does, then bulk loads the same quads into
fresh stores three ways, timing each load alone:

- as a build writes them: each file's triples in its own named graph;
- the same triples in the default graph (no graph name: three indexes, not six);
- as built, with the IRIs' common prefixes shortened (how much of the cost is the text).

A million files in an hour on two cores leaves about 7 ms of processor time a file for
everything; this shows how much of it the named graphs take (docs/scale.md).
"""
from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

_GRAPH_TERM = re.compile(r" <https://w3id\.org/danchieu/source/[^>]*> \.\n")
_PREFIXES = ["https://w3id.org/danchieu/", "http://data.europa.eu/eli/ontology#",
             "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "http://www.w3.org/2004/02/skos/core#"]


def _load_seconds(data: str, fmt) -> float:
    import pyoxigraph
    folder = tempfile.mkdtemp(prefix="danchieu-load-cost-")
    try:
        store = pyoxigraph.Store(folder)
        started = time.perf_counter()
        store.bulk_load(data.encode(), format=fmt, lenient=True)
        seconds = time.perf_counter() - started
        del store
        return seconds
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main(argv=None) -> int:
    from pyoxigraph import RdfFormat
    from generate import generate
    from danchieu.graph.ingest import _map_one
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--work", type=Path, required=True, help="Folder for the corpus (outside the repo).")
    ap.add_argument("--files", type=int, default=4000)
    args = ap.parse_args(argv)
    corpus = args.work / "corpus-10000"
    if not (corpus / "truth.jsonl").exists():
        generate(corpus, 10_000, 1)
    files = sorted(corpus.glob("*/*.txt"))[:args.files]
    started = time.perf_counter()
    mapped = [_map_one(str(f), str(f.relative_to(corpus)), "h", True) for f in files]
    map_seconds = time.perf_counter() - started
    named = "".join(m.ntriples for m in mapped if m.error is None)
    default = _GRAPH_TERM.sub(" .\n", named)
    short = named
    for i, prefix in enumerate(_PREFIXES):
        short = short.replace(prefix, f"p{i}:")
    quads = named.count("\n")
    print(f"{len(files)} files, {quads:,} quads ({quads / len(files):.0f} a file), "
          f"{len(named) / 1e6:.0f} MB of N-Quads; mapping {1000 * map_seconds / len(files):.2f} ms a file")
    for name, data, fmt in [("named graphs (as built)", named, RdfFormat.N_QUADS),
                            ("default graph", default, RdfFormat.N_TRIPLES),
                            ("named graphs, short IRIs", short, RdfFormat.N_QUADS)]:
        seconds = _load_seconds(data, fmt)
        print(f"{name}: {seconds:.2f} s, {1000 * seconds / len(files):.2f} ms a file, "
              f"{quads / seconds / 1000:.0f}k quads/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
