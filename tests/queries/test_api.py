"""The Python API on the seed graph, on the embedded store and on a real Oxigraph server."""
import networkx as nx
import pandas as pd
import pytest

from danchieu import graph, queries as q
from danchieu.queries.network import pagerank

NQ29 = "https://w3id.org/danchieu/eli/party/vn/TW/NQ/XIII/29"
NQ29_2013 = "https://w3id.org/danchieu/eli/party/vn/TW/NQ/XI/29"
QD124 = "https://w3id.org/danchieu/eli/party/vn/TW/Q%C4%90/XII/124"
KH619 = "https://w3id.org/danchieu/eli/front/thanh-hoa/MTTQ-BTT/KH/2023/619"
SAM_SON = "https://w3id.org/danchieu/eli/unnumbered/000_adf824d3a700fd9c"
SEED_PLANS_CITING_124 = {f"https://w3id.org/danchieu/eli/unnumbered/{s}" for s in (
    "000_adf824d3a700fd9c", "001_043852450fdb6711", "002_c0c8076b9fcf1fb7", "003_8e574bec47acc631")}


@pytest.mark.parametrize("text, expected", [
    ("Quy định 124", QD124), ("QĐ 124", QD124), ("124-QĐ/TW", QD124), ("124 - QĐ/TW", QD124),
    ("Quy định số 124-QĐ/TW", QD124), ("quy dinh 124", QD124),
    ("Nghị quyết 29 khóa XIII", NQ29), ("Nghị quyết 29 khoá 13", NQ29),
    ("29-NQ/TW", NQ29), ("Kế hoạch 619", KH619), ("KH 619", KH619), (KH619, KH619),
])
def test_resolve(seeds, text, expected):
    assert q.resolve(text, store=seeds) == expected


def test_resolve_ambiguous_lists_candidates_and_never_chooses(seeds):
    with pytest.raises(q.Ambiguous) as e:
        q.resolve("NQ 29", store=seeds)
    c = e.value.candidates
    assert list(c.columns) == ["id", "symbol", "type", "title", "date", "issuer", "term"]
    assert set(c.symbol) == {"29-NQ/TW", "29-NQ/TU"}
    assert q.resolve("NQ 29", pick=1, store=seeds) == c.id[0]
    assert q.resolve("NQ 29", year=2022, store=seeds) == NQ29


def test_two_29_nq_tw_ask_which_one(two29):
    with pytest.raises(q.Ambiguous) as e:
        q.resolve("Nghị quyết 29-NQ/TW", store=two29)
    assert set(e.value.candidates.id) == {NQ29, NQ29_2013}
    assert list(e.value.candidates.date) == ["2013-11-04", "2022-11-17"]
    assert q.resolve("29-NQ/TW", year=2013, store=two29) == NQ29_2013
    assert q.resolve("Nghị quyết 29 khóa XI", store=two29) == NQ29_2013
    with pytest.raises(q.Ambiguous):
        q.lineage("Nghị quyết 29", store=two29)


def test_an_undated_document_kept_apart_by_its_issuer_is_a_candidate(store, tmp_path):
    """Seed 004's undated "Chỉ thị 48-CT/TW của Bộ Chính trị" (crime, 2010) is not the Ban Bí
    thư's 48-CT/TW of 2025 that corpus 058 cites: asked for 48-CT/TW, both are listed."""
    (tmp_path / "a.txt").write_text(
        "Tiếp tục thực hiện Chỉ thị 48-CT/TW của Bộ Chính trị về “Tăng cường sự lãnh đạo của "
        "Đảng đối với công tác phòng, chống tội phạm trong tình hình mới”.", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Chỉ thị số 48-CT/TW ngày 24/6/2025 của Ban Bí thư về lãnh đạo Đại hội đại biểu Mặt trận "
        "Tổ quốc Việt Nam.", encoding="utf-8")
    graph.build([tmp_path], store=store, progress=False)
    with pytest.raises(q.Ambiguous) as e:
        q.resolve("Chỉ thị 48-CT/TW", store=store)
    assert sorted(zip(e.value.candidates.issuer, e.value.candidates.date.fillna(""))) == [
        ("Ban Bí thư", "2025-06-24"), ("Bộ Chính trị", "")]
    assert q.resolve("Chỉ thị 48 của Bộ Chính trị", store=store).endswith("/CT/_/48")
    assert q.resolve("48-CT/TW", year=2025, store=store).endswith("/CT/XIII/48")


@pytest.mark.parametrize("text", ["Quy định 999", "Kế hoạch", "", "https://example.org/none",
                                  "29-NQ/TW", "124"])
def test_not_found(seeds, text):
    if text in ("29-NQ/TW", "124"):          # exist, but not with these qualifiers
        text = {"29-NQ/TW": "29-NQ/TW năm 2001", "124": "Nghị quyết 124"}[text]
    with pytest.raises(q.NotFound):
        q.resolve(text, store=seeds)


@pytest.mark.parametrize("attack", [
    "' } ; DROP ALL ; #", '"> <x> <y> . } #', "http://x> } ; DROP ALL ; <y",
    'https://w3id.org/danchieu/eli/x"> } ; DROP ALL ; #', "Quy định 124\" } ; DROP ALL ; #x",
    "QĐ 124\\\" . } DROP ALL #",
])
def test_lookup_of_sparql_syntax_is_not_injected(seeds, attack):
    before = q.stats(store=seeds)
    try:
        q.resolve(attack, store=seeds)
    except (q.NotFound, q.Ambiguous):
        pass
    assert q.stats(store=seeds) == before
    assert before["sources"] == 5


@pytest.mark.parametrize("attack", ["' } ; DROP ALL ; #", '"> <x> <y> . } #'])
def test_injection_payloads_are_not_found(seeds, attack):
    with pytest.raises(q.NotFound):
        q.resolve(attack, store=seeds)


def test_literal_escaping_round_trips_through_the_store(seeds):
    from danchieu.queries._sparql import literal, select
    for text in ['a"b', "a'b", "a\\b", "x\n} ; DROP ALL ; #", '"> <x> <y> . } #']:
        rows = select(seeds, f"SELECT ?v WHERE {{ BIND({literal(text)} AS ?v) }}")
        assert rows == [{"v": text}]


def test_document(seeds):
    d = q.document("29-NQ/TW", store=seeds)
    assert d["id"] == NQ29 and d["symbol"] == "29-NQ/TW" and d["type"] == "Nghị quyết"
    assert d["date"] == "2022-11-17" and d["term"] == "XIII" and d["level"] == "Trung ương"
    assert d["issuer"] == "Ban Chấp hành Trung ương Đảng" and d["source"] is None
    assert d["flags"] == {"ambiguous": False, "unnumbered": False}
    plan = q.document(SAM_SON, store=seeds)
    assert plan["source"] == "000_adf824d3a700fd9c.txt" and plan["flags"]["unnumbered"]
    assert plan["locality"] == "Sầm Sơn"


def test_cites_quy_dinh_124_lists_the_four_seed_plans(seeds):
    c = q.cites("Quy định 124", store=seeds)
    assert set(q.CITE_COLUMNS) <= set(c.columns)
    assert set(c.id) == SEED_PLANS_CITING_124
    assert c.sentence.str.contains("124-QĐ/TW").all()
    assert set(c.evidence_source) == {f"{i[-20:]}.txt" for i in SEED_PLANS_CITING_124}
    assert dict(zip(c.id, c.relation))[SAM_SON] == "implements"


def test_cites_filters(seeds):
    assert set(q.cites(QD124, relation="implements", store=seeds).relation) == {"implements"}
    assert len(q.cites(QD124, relation="reviews", store=seeds)) == 1
    # the four seed plans are of city Fronts (Sầm Sơn, Tam Kỳ, and 003's unnamed "thành phố")
    assert q.cites(QD124, level="tỉnh", store=seeds).empty
    assert set(q.cites(QD124, level="huyen", store=seeds).level) == {"huyện"}
    assert len(q.cites(QD124, level="huyen", store=seeds)) == 4
    since = q.cites(NQ29, since="2023-01-01", store=seeds)
    assert list(since.symbol) == ["619/KH-MTTQ-BTT"]          # the undated plan drops out
    assert q.cites(NQ29, until="2022", store=seeds).empty
    with pytest.raises(ValueError):
        q.cites(QD124, relation="likes", store=seeds)
    with pytest.raises(ValueError):
        q.cites(QD124, level="planet", store=seeds)


def test_references(seeds):
    r = q.references("Kế hoạch 619", store=seeds)
    assert list(r.id) == [NQ29] and list(r.relation) == ["implements"]
    assert "619" in r.sentence[0] and r.evidence_source[0] == "000_adf824d3a700fd9c.txt"


def test_lineage_down_of_29_nq_tw(seeds):
    l = q.lineage("29-NQ/TW", direction="down", store=seeds)
    assert list(l.columns[:len(q.LINEAGE_COLUMNS)]) == q.LINEAGE_COLUMNS
    assert l.id[0] == NQ29 and l.depth[0] == 0 and pd.isna(l.parent[0])
    below = dict(zip(l.id[1:], zip(l.depth[1:], l.parent[1:], l.relation[1:])))
    assert below == {KH619: (1, NQ29, "implements"), SAM_SON: (1, NQ29, "implements")}


def test_lineage_up_and_depth(seeds):
    up = q.lineage(SAM_SON, direction="up", store=seeds)
    assert dict(zip(up.id, up.depth))[KH619] == 1
    assert dict(zip(up.id, up.depth))[NQ29] == 1          # it implements 29-NQ/TW directly too
    # 01-KL/TW implements 05-CT/TW: two steps up from the plan
    deep = dict(zip(up.symbol, up.depth))
    assert deep["05-CT/TW"] == 2
    assert up.depth.max() == 2
    assert q.lineage(SAM_SON, direction="up", depth=1, store=seeds).depth.max() == 1
    mixed = q.lineage(SAM_SON, direction="up", relations=("implements", "cites"), store=seeds)
    assert len(mixed) > len(up)


def test_a_step_shows_the_strongest_of_several_relations(seeds):
    # the Sầm Sơn plan both implements and (elsewhere) merely cites 29-NQ/TW
    every = ("implements", "based_on", "cites")
    up = q.lineage(SAM_SON, direction="up", relations=every, store=seeds)
    assert dict(zip(up.id, up.relation))[NQ29] == "implements"
    p = q.path(NQ29, SAM_SON, relations=every, store=seeds)
    assert list(p.relation[1:]) == ["implements"]


def test_path_with_evidence(seeds):
    p = q.path("Kế hoạch 619", "Quy định 124", store=seeds)
    assert list(p.id) == [KH619, SAM_SON, QD124]
    assert list(p.direction[1:]) == ["←", "→"] and list(p.relation[1:]) == ["implements"] * 2
    assert "619" in p.sentence[1] and "124-QĐ/TW" in p.sentence[2]
    assert q.path(NQ29, NQ29, store=seeds).step.tolist() == [0]


def test_path_found_through_the_frontiers_is_the_one_growing_them_finds(seeds, monkeypatch):
    """The direct look-up of edges between the two frontiers (queries/api.py) returns the chain
    that growing a frontier returns, pair after pair of seed documents, either way round."""
    from danchieu.queries import api
    from danchieu.queries._sparql import predicates, select
    docs = sorted(r["d"] for r in select(seeds, "SELECT DISTINCT ?d WHERE { GRAPH ?g { ?d a eli:LegalResource } }"))
    pairs = [(a, b) for i, a in enumerate(docs) for b in docs[i + 1:]][::29]
    preds = predicates(None)
    bridged = [api._shortest(seeds, a, b, preds) for a, b in pairs]
    monkeypatch.setattr(api, "BRIDGE_PAIRS", 0)
    grown = [api._shortest(seeds, a, b, preds) for a, b in pairs]
    assert bridged == grown
    assert sum(1 for chain in bridged if chain and len(chain) >= 3) >= 10


def test_path_none(two29):
    assert q.path(NQ29_2013, QD124, store=two29).empty


def test_top_and_stats(seeds):
    t = q.top(store=seeds, limit=3)
    assert t.symbol[0] == "124-QĐ/TW" and t.score[0] == 4
    assert q.top(relation="reviews", store=seeds).score.tolist() == [1, 1]
    pr = q.top(by="pagerank", store=seeds, limit=5)
    assert len(pr) == 5 and pr.score.is_monotonic_decreasing
    s = q.stats(store=seeds)
    assert s["sources"] == 5 and s["documents"] == 63 and s["edges"] == 85
    assert s["edges_by_relation"] == {"cites": 25, "implements": 58, "reviews": 2}


def test_projection(seeds):
    g = q.projection(store=seeds)
    assert isinstance(g, nx.DiGraph) and g.number_of_nodes() == 63
    assert g.nodes[NQ29]["symbol"] == "29-NQ/TW" and g.nodes[SAM_SON]["source"].startswith("000_")
    assert set(g.nodes[NQ29]) >= {"symbol", "type", "title", "date", "issuer", "level",
                                  "locality", "source", "ambiguous", "unresolved"}
    e = g.edges[SAM_SON, NQ29]
    assert "implements" in e["relations"] and "29-NQ/TW" in e["sentence"]
    only = q.projection(relations=["reviews"], store=seeds)
    assert {d["relation"] for *_, d in only.edges(data=True)} == {"reviews"}


def test_pagerank_matches_networkx_definition():
    g = nx.gnp_random_graph(60, 0.08, seed=3, directed=True)
    from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python
    ours, theirs = pagerank(g), _pagerank_python(g)
    assert max(abs(ours[n] - theirs[n]) for n in g) < 1e-6


def test_stats_counts_documents_of_unknown_level(store, tmp_path):
    from danchieu import graph
    plan = tmp_path / "plan.txt"
    plan.write_text("Thực hiện Kế hoạch số 12/KH-XYZQ ngày 02/3/2024; Nghị quyết số 29-NQ/TW "
                    "ngày 17/11/2022 của Ban Chấp hành Trung ương Đảng.", encoding="utf-8")
    graph.build([plan], store=store, progress=False)
    s = q.stats(store=store)
    assert s["documents_by_level"] == {"Trung ương": 1, "không rõ cấp": 2}   # 12/KH-XYZQ and the plan
    assert sum(s["documents_by_level"].values()) == s["documents"]


def test_stats_level_buckets_add_up_on_the_real_corpus(store):
    from pathlib import Path
    from danchieu import graph
    real = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "real"
    graph.build([real], store=store, progress=False, jobs=2)
    s = q.stats(store=store)
    # a body read at two levels (a misreading) puts its documents in one bucket of their own
    assert s["documents_by_level"]["nhiều cấp"] > 0
    assert sum(s["documents_by_level"].values()) == s["documents"]
