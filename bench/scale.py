"""Scale benchmark: build graphs of synthetic corpora and time the lineage queries.

    python bench/scale.py --sizes 10000 100000 --work ../scale-work --jobs 2

For each size: writes the corpus (bench/generate.py) unless it is there, builds the graph
with the ordinary build path (danchieu.graph.build, --jobs processes) and records wall time
and peak memory (largest resident set of this process and of its worker processes), then
times on the embedded store, in-process (store opened once):

- ``cites`` of randomly chosen documents that are cited (p50/p95);
- ``lineage --down`` of the central resolutions with the most implementing plans;
- ``path`` between random pairs of local plans;

and how many of the generator's parent links (truth.jsonl) the graph holds; and, separately,
the CLI's cold start: ``danchieu --help`` and one ``danchieu cites`` as
a new process. Prints one JSON object per size (also written to WORK/scale-N.json).
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def _pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    if not xs:
        return float("nan")
    k = min(len(xs) - 1, max(0, round(p / 100 * (len(xs) - 1))))
    return xs[k]


def _timed(fn, samples) -> dict:
    times = []
    for s in samples:
        t = time.perf_counter()
        fn(s)
        times.append((time.perf_counter() - t) * 1000)
    return {"n": len(times), "p50_ms": round(_pct(times, 50), 1), "p95_ms": round(_pct(times, 95), 1),
            "max_ms": round(max(times), 1) if times else None, "times_ms": [round(t) for t in times]}


def _peak_mib() -> dict:
    self_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"main_mib": round(self_kib / 1024), "largest_worker_mib": round(kids_kib / 1024)}


def parent_links(store, corpus: Path) -> dict:
    """How many of the generator's "implements" links (truth.jsonl: each plan's parent) the
    graph holds between the two documents' own nodes: identity and relations together."""
    from urllib.parse import quote
    from danchieu.graph.vocab import DCH, RELATION, SOURCE
    truth = [json.loads(line) for line in (corpus / "truth.jsonl").open(encoding="utf-8")]
    rows = store.query(f"SELECT ?g ?d WHERE {{ GRAPH ?g {{ ?g <{DCH.describes}> ?d }} }}")
    own = {b["g"]["value"]: b["d"]["value"] for b in rows["results"]["bindings"]}
    preds = " ".join(f"<{p}>" for p in set(RELATION.values()))
    rows = store.query(f"SELECT DISTINCT ?s ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} VALUES ?p {{ {preds} }} }}")
    edges = {(b["s"]["value"], b["o"]["value"]) for b in rows["results"]["bindings"]}
    nodes = [own.get(SOURCE + quote(t["path"], safe="/")) for t in truth]
    links = [(nodes[i], nodes[t["parent"]]) for i, t in enumerate(truth) if t["parent"] is not None]
    found = sum(1 for a, b in links if a and b and (a, b) in edges)
    return {"found": found, "of": len(links), "share": round(found / len(links), 4) if links else None}


def run(size: int, work: Path, jobs: int, samples: int, seed: int) -> dict:
    from generate import generate
    from danchieu import graph, queries
    from danchieu.queries._sparql import select
    from danchieu.graph.store import EmbeddedStore
    from danchieu.graph.identity import Key

    corpus, store_dir = work / f"corpus-{size}", work / f"store-{size}"
    out: dict = {"documents": size}
    if not (corpus / "truth.jsonl").exists():
        t = time.perf_counter()
        generate(corpus, size, seed)
        out["generate_s"] = round(time.perf_counter() - t, 1)
    if not store_dir.exists():
        store = EmbeddedStore(store_dir)
        t = time.perf_counter()
        summary = graph.build([corpus], store=store, jobs=jobs, progress=False)
        out["build_s"] = round(time.perf_counter() - t, 1)
        out["files_per_s"] = round(size / out["build_s"])
        out["build_peak"] = _peak_mib()
        out["summary"] = summary.lines()[0]
    else:
        store = EmbeddedStore(store_dir)
    out["parent_links"] = parent_links(store, corpus)
    disk = sum(f.stat().st_size for f in store_dir.rglob("*") if f.is_file())
    out["store_mib"] = round(disk / 2**20)
    snapshots = store_dir.with_name(store_dir.name + ".snapshots")
    files = {(f.stat().st_ino, f.stat().st_size) for f in snapshots.rglob("*") if f.is_file()}
    out["snapshots_mib"] = round(sum(n for _, n in files) / 2**20)   # hard links counted once

    rng = random.Random(seed)
    cited = [r["o"] for r in select(
        store, "SELECT DISTINCT ?o WHERE { GRAPH ?g { ?g dch:describes ?o } ?s dch:implements ?o }")]
    rng.shuffle(cited)
    out["cites"] = _timed(lambda d: queries.cites(d, store=store), cited[:samples])
    del out["cites"]["times_ms"]

    # The scope is read off the IRI: "?o dch:scope" in the union graph has a copy per citing
    # file, and joining it made this choice take longer than the whole benchmark at 100k.
    ranked = select(store, """SELECT ?o (COUNT(DISTINCT ?s) AS ?n) WHERE {
        ?s dch:implements ?o } GROUP BY ?o ORDER BY DESC(?n) ?o""")
    centrals = [r["o"] for r in ranked if (k := Key.from_uri(r["o"])) and k.scope == "vn"][:200]
    top = centrals[: max(5, samples // 4)]
    sizes = []
    out["lineage_down"] = _timed(lambda d: sizes.append(len(queries.lineage(d, store=store))), top)
    out["lineage_down"]["rows_median"] = statistics.median(sizes) if sizes else 0
    out["lineage_down"]["rows_max"] = max(sizes) if sizes else 0
    out["lineage_down"]["rows_and_ms"] = sorted(zip(sizes, out["lineage_down"].pop("times_ms")))

    locals_ = [r["d"] for r in select(
        store, "SELECT DISTINCT ?d WHERE { GRAPH ?g { ?g dch:describes ?d } } ")]
    pairs = [(rng.choice(locals_), rng.choice(locals_)) for _ in range(samples)]
    lengths = []
    out["path"] = _timed(lambda ab: lengths.append(len(queries.path(*ab, store=store))), pairs)
    del out["path"]["times_ms"]
    out["path"]["found"] = sum(1 for n in lengths if n)
    store.close()

    exe = str(Path(sys.executable).parent / "danchieu")
    t = time.perf_counter()
    subprocess.run([exe, "--help"], check=True, capture_output=True)
    out["cli_help_ms"] = round((time.perf_counter() - t) * 1000)
    t = time.perf_counter()
    subprocess.run([exe, "cites", cited[0], "--store", str(store_dir), "--format", "json"],
                   check=True, capture_output=True)
    out["cli_cites_cold_ms"] = round((time.perf_counter() - t) * 1000)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--work", type=Path, required=True, help="Folder for corpora and stores (outside the repo).")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--samples", type=int, default=40)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    for size in args.sizes:
        result = run(size, args.work, args.jobs, args.samples, args.seed)
        text = json.dumps(result, ensure_ascii=False)
        print(text, flush=True)
        (args.work / f"scale-{size}.json").write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
