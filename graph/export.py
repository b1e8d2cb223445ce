"""Export the whole graph: Turtle (the union, no provenance graphs), or TriG, N-Quads and
JSON-LD with one named graph per source document."""
from __future__ import annotations

from rdflib import Dataset, Graph

from .store import Store
from .vocab import BASE, DCH, ELI

FORMATS = {"ttl": "turtle", "trig": "trig", "nq": "nquads", "jsonld": "json-ld"}


def _bind(g) -> None:
    g.bind("dch", DCH._NS)
    g.bind("eli", ELI._NS)
    g.bind("doc", BASE + "eli/")
    g.bind("org", BASE + "org/")


def export(store: Store, fmt: str = "ttl") -> str:
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    nquads = store.nquads()
    if fmt == "nq":
        return "".join(sorted(line + "\n" for line in nquads.split("\n") if line))
    ds = Dataset()
    ds.parse(data=nquads, format="nquads")
    if fmt == "ttl":
        union = Graph()
        for s, p, o, _ in ds.quads((None, None, None, None)):
            union.add((s, p, o))
        _bind(union)
        return union.serialize(format="turtle")
    _bind(ds)
    return ds.serialize(format=FORMATS[fmt])
