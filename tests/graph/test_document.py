"""One source document's graph, from hand-built extractions, compared by isomorphism."""
import datetime as dt
import os

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDF

from danchieu.extract.model import Citation, Clause, Extraction, SourceDocument
from danchieu.graph.document import document_graph, sentence
from danchieu.graph.vocab import DCH, DOC, ELI

from .conftest import EXPECTED, assert_isomorphic, expected

TEXT = ("Thực hiện Kế hoạch số 619/KH-MTTQ-BTT ngày 02/6/2023 về thực hiện Nghị quyết số "
        "29-NQ/TW ngày 17/11/2022 của Ban Chấp hành Trung ương Đảng khóa XIII. "
        "Quán triệt Nghị quyết số 29-NQ/TW. Theo Kết luận số 114.")


def cite(symbol, relation, occurrence=0, **kw):
    """A citation of `symbol` at its n-th occurrence in TEXT, with defaults filled in."""
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(symbol, start + 1)
    fields = dict(type=None, number=None, year=None, date=None, issuer=None, term=None, title=None)
    fields.update(kw)
    return Citation(start, start + len(symbol), symbol, symbol, relation=relation, **fields)


PLAN = SourceDocument(type="Kế hoạch", issuer="Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam",
                      locality="Sầm Sơn", province="Thanh Hóa", level="huyện", family="front",
                      title="Thực hiện Nghị quyết 29")
KH619 = cite("619/KH-MTTQ-BTT", "implements", type="Kế hoạch", number="619",
             date=dt.date(2023, 6, 2), family="front")
NQ29 = cite("29-NQ/TW", "cites", type="Nghị quyết", number="29", date=dt.date(2022, 11, 17),
            issuer="Ban Chấp hành Trung ương Đảng", term="XIII", family="party", level="Trung ương",
            clause=Clause("619/KH-MTTQ-BTT", KH619.start, "implements"))
NQ29_AGAIN = cite("29-NQ/TW", "implements", occurrence=1, type="Nghị quyết", number="29", family="party")
KL114 = Citation(TEXT.index("Kết luận số 114"), TEXT.index("Kết luận số 114") + 15, "Kết luận số 114",
                 None, "Kết luận", "114", None, None, None, None, None, "cites", short=True)
EXTRACTION = Extraction(TEXT, PLAN, (KH619, NQ29, NQ29_AGAIN, KL114))


def test_plan_graph_matches_expected_turtle():
    doc = document_graph(EXTRACTION, "plans/sam-son.txt", "h1")
    path = EXPECTED / "plan_sam_son.ttl"
    if os.environ.get("DANCHIEU_REGEN"):
        path.write_text(doc.graph.serialize(format="turtle"), encoding="utf-8")
    assert_isomorphic(doc.graph, expected("plan_sam_son.ttl"))
    assert (doc.citations, doc.unresolved) == (3, 1)


def test_clause_relation_is_asserted_between_two_other_documents():
    g = document_graph(EXTRACTION, "plans/sam-son.txt", "h1").graph
    kh, nq = URIRef(DOC + "front/thanh-hoa/MTTQ-BTT/KH/2023/619"), URIRef(DOC + "party/vn/TW/NQ/XIII/29")
    assert (kh, DCH.implements, nq) in g
    ev = URIRef(f"https://w3id.org/danchieu/source/plans/sam-son.txt#c{NQ29.start}")
    assert (ev, RDF.subject, kh) in g and (ev, DCH.viaClause, Literal(True)) in g


def test_passive_clause_points_from_the_agent():
    """ "Luật số 32/2024/QH15 được sửa đổi, bổ sung bởi Luật số 96/2025/QH15" (corpus 091):
    96/2025 amends 32/2024, never the other way."""
    from danchieu.extract import read_text
    ex = read_text("Việc thu giữ thực hiện theo quy định tại Điều 198a Luật số 32/2024/QH15 được "
                   "sửa đổi, bổ sung bởi Luật số 96/2025/QH15.")
    g = document_graph(ex, "x.txt", "h").graph
    old, new = URIRef(DOC + "assembly/vn/QH15/_/2024/32"), URIRef(DOC + "assembly/vn/QH15/_/2025/96")
    assert (new, ELI.amends, old) in g and (old, ELI.amends, new) not in g


def test_undated_mention_joins_the_earlier_full_citation():
    g = document_graph(EXTRACTION, "plans/sam-son.txt", "h1").graph
    ev = URIRef(f"https://w3id.org/danchieu/source/plans/sam-son.txt#m{NQ29_AGAIN.start}")
    assert g.value(ev, RDF.object) == URIRef(DOC + "party/vn/TW/NQ/XIII/29")
    assert str(g.value(ev, DCH.resolution)) == "context"


def test_undated_mention_without_context_floats():
    ex = Extraction(TEXT, PLAN, (NQ29_AGAIN,))
    g = document_graph(ex, "x.txt", "h").graph
    node = URIRef(DOC + "party/vn/TW/NQ/_/29")
    assert (None, DCH.implements, node) in g
    assert g.value(node, DCH.floatingKey) == Literal(str(node))
    assert g.value(node, DCH.period) is None


def test_two_terms_in_one_document_are_two_nodes():
    old = cite("29-NQ/TW", "cites", type="Nghị quyết", date=dt.date(2013, 11, 4), family="party")
    new = cite("29-NQ/TW", "implements", occurrence=1, type="Nghị quyết", date=dt.date(2022, 11, 17), family="party")
    g = document_graph(Extraction(TEXT, PLAN, (old, new)), "x.txt", "h").graph
    assert {o for o in g.objects(None, ELI.id_local) if str(o) == "29-NQ/TW"}
    assert len(set(g.subjects(ELI.id_local, Literal("29-NQ/TW")))) == 2


def test_sentence_is_cut_at_sentence_marks():
    start = TEXT.index("Quán")
    assert sentence(TEXT, start + 5, start + 10) == "Quán triệt Nghị quyết số 29-NQ/TW."


@pytest.mark.parametrize("text,cited,want", [
    # no end mark within the limit: cut at a word's edge, and the cut marked
    ("bảo đảm việc thực hiện " * 40 + "Quyết định số 290/2005/QĐ-TTg và Thông tư liên tịch số 21/2008 "
     + "hướng dẫn " * 80, "290/2005",
     "… bảo đảm việc thực hiện Quyết định số 290/2005/QĐ-TTg và Thông tư liên tịch số …"),
    ("Căn cứ Nghị định 93. Thực hiện Kế hoạch số 5 nhé.", "Kế hoạch", "Thực hiện Kế hoạch số 5 nhé."),
])
def test_sentence_cut_by_the_limit_starts_and_ends_at_words(text, cited, want):
    start = text.index(cited)
    assert sentence(text, start, start + len(cited), limit=40) == want
