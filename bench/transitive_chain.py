"""Transitive path query on a chain of N "implements" edges: Oxigraph vs rdflib in memory.

    .venv/bin/python bench/transitive_chain.py [N]      (default 200000)

Issue 4 reports: rdflib fails with RecursionError, Oxigraph answers in 0.6 s. Prints one line
per engine: the count found (N) or the error, and the wall time.
"""
import sys
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
NS = "https://w3id.org/danchieu/"
IMPL = NS + "ontology#implements"
QUERY = f"SELECT (COUNT(?x) AS ?n) WHERE {{ <{NS}eli/d{N}> <{IMPL}>+ ?x }}"


def oxigraph() -> str:
    import pyoxigraph as ox
    store = ox.Store()
    p = ox.NamedNode(IMPL)
    store.extend(ox.Quad(ox.NamedNode(f"{NS}eli/d{i + 1}"), p, ox.NamedNode(f"{NS}eli/d{i}"))
                 for i in range(N))
    t = time.perf_counter()
    n = next(iter(store.query(QUERY)))["n"].value
    return f"oxigraph: {n} in {time.perf_counter() - t:.2f} s"


def rdflib_memory() -> str:
    from rdflib import Graph, URIRef
    g = Graph()
    p = URIRef(IMPL)
    for i in range(N):
        g.add((URIRef(f"{NS}eli/d{i + 1}"), p, URIRef(f"{NS}eli/d{i}")))
    t = time.perf_counter()
    try:
        n = next(iter(g.query(QUERY)))[0]
        return f"rdflib: {n} in {time.perf_counter() - t:.2f} s"
    except RecursionError as e:
        return f"rdflib: RecursionError ({e}) after {time.perf_counter() - t:.2f} s"


if __name__ == "__main__":
    print(f"chain of {N} implements edges")
    print(oxigraph())
    print(rdflib_memory())
