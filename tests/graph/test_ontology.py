"""The ontology files: parse, reuse ELI, match the extractor's type table, and the shapes bite."""
import os

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from danchieu.graph import ontology, tables
from danchieu.graph.check import validate
from danchieu.graph.vocab import DCH, ELI, RELATION, TYPE

from .conftest import assert_isomorphic


def test_types_ttl_is_generated_from_types_toml():
    if os.environ.get("DANCHIEU_REGEN"):
        ontology.write_types()
    committed = Graph().parse(ontology.path("types.ttl"), format="turtle")
    assert_isomorphic(committed, ontology.types_graph())


def test_every_type_word_has_a_concept_with_vi_and_en_labels_and_back():
    g = ontology.ontology()
    concepts = set(g.subjects(SKOS.inScheme, URIRef(TYPE))) - {URIRef(TYPE + "van-ban")}
    assert len(concepts) == len(tables.doc_types())
    for t in tables.doc_types():
        c = URIRef(TYPE + tables.slug(t.word))
        assert Literal(t.word, lang="vi") in set(g.objects(c, SKOS.prefLabel))
        assert Literal(t.english, lang="en") in set(g.objects(c, SKOS.prefLabel))
    for word in ("Nghị quyết", "Quyết định", "Quy định", "Chỉ thị", "Kết luận", "Kế hoạch",
                 "Chương trình", "Hướng dẫn", "Thông tri", "Thông báo", "Thông tư", "Nghị định",
                 "Luật", "Công văn", "Đề án", "Tờ trình"):
        assert (None, SKOS.prefLabel, Literal(word, lang="vi")) in g


def test_implements_is_under_eli_applies_and_eli_implements_is_never_used():
    g = ontology.ontology()
    assert (DCH.implements, RDFS.subPropertyOf, ELI.applies) in g
    deprecated = URIRef("http://data.europa.eu/eli/ontology#implements")
    assert deprecated not in set(g.all_nodes()) | set(g.predicates())
    assert deprecated not in set(RELATION.values())


def test_every_project_term_is_declared_in_the_ontology():
    g = ontology.ontology()
    declared = {s for s in g.subjects(RDF.type, None) if str(s).startswith(str(DCH._NS))}
    used = {DCH[name] for name in DCH.__annotations__}
    assert used == declared


def test_every_summary_predicate_is_declared_under_the_term_it_copies():
    from danchieu.graph.summary import COPIES, SOURCE_COPY
    from danchieu.graph.vocab import SUMMARY
    g = ontology.ontology()
    declared = {s for s in g.subjects(RDF.type, RDF.Property) if str(s).startswith(SUMMARY)}
    assert declared == {URIRef(q) for q in COPIES.values()} | {URIRef(SOURCE_COPY)}
    for original, copy in COPIES.items():
        assert (URIRef(copy), RDFS.subPropertyOf, URIRef(original)) in g
    assert (URIRef(SOURCE_COPY), OWL.inverseOf, DCH.describes) in g


def test_shapes_reject_an_edge_without_evidence_and_a_document_without_type():
    bad = Graph()
    a, b = URIRef("https://w3id.org/danchieu/eli/x/a"), URIRef("https://w3id.org/danchieu/eli/x/b")
    org = URIRef("https://w3id.org/danchieu/org/vn/x")
    for d in (a, b):
        bad.add((d, RDF.type, ELI.LegalResource))
        bad.add((d, ELI.id_local, Literal("1-NQ/TW")))
        bad.add((d, ELI.passed_by, org))
    bad.add((a, ELI.type_document, URIRef(TYPE + "nghi-quyet")))
    bad.add((a, DCH.implements, b))
    conforms, text = validate(bad)
    assert not conforms
    assert "a relation has no evidence" in text
    assert "every document has a type" in text
