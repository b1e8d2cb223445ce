"""The ontology files, and the document-type scheme generated from the extractor's table."""
from __future__ import annotations

from importlib import resources

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS

from . import tables
from .vocab import ELI, TYPE

FILES = ("danchieu.ttl", "types.ttl")


def path(name: str):
    return resources.files("danchieu.ontology") / name


def ontology() -> Graph:
    g = Graph()
    for name in FILES:
        g.parse(path(name), format="turtle")
    return g


def shapes() -> Graph:
    return Graph().parse(path("shapes.ttl"), format="turtle")


def types_graph() -> Graph:
    """ontology/types.ttl as extract/tables/types.toml says it should be."""
    g = Graph()
    g.bind("skos", SKOS)
    g.bind("eli", ELI)
    scheme = URIRef(TYPE)
    g.add((scheme, RDF.type, SKOS.ConceptScheme))
    g.add((scheme, SKOS.prefLabel, Literal("Loại văn bản", lang="vi")))
    g.add((scheme, SKOS.prefLabel, Literal("Document types", lang="en")))
    for t in tables.doc_types():
        c = URIRef(TYPE + tables.slug(t.word))
        g.add((c, RDF.type, SKOS.Concept))
        g.add((c, RDF.type, ELI.ResourceType))
        g.add((c, SKOS.inScheme, scheme))
        g.add((c, SKOS.prefLabel, Literal(t.word, lang="vi")))
        g.add((c, SKOS.prefLabel, Literal(t.english, lang="en")))
        for code in t.codes:
            g.add((c, SKOS.notation, Literal(code)))
    return g


HEADER = """# Document types, generated from extract/tables/types.toml: do not edit by hand.
# Regenerate: DANCHIEU_REGEN=1 .venv/bin/pytest tests/graph/test_ontology.py
"""


def write_types() -> None:
    text = HEADER + types_graph().serialize(format="turtle")
    with resources.as_file(path("types.ttl")) as p:
        p.write_text(text, encoding="utf-8")
