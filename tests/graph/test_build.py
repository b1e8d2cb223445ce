"""Building data/seeds: the done-when of issue 4, against both stores."""
import shutil

import pytest

from danchieu.graph import PREFIXES
from danchieu.graph import ingest as build_mod
from danchieu.graph.ingest import build, remove
from danchieu.graph.check import check
from danchieu.graph.export import export
from danchieu.graph.vocab import DOC

from danchieu.graph.vocab import IDENTITY_GRAPH, SOURCE

from .conftest import CORPUS, SEEDS

PLAN = f"<{DOC}unnumbered/000_adf824d3a700fd9c>"          # the Sầm Sơn plan on Nghị quyết 29
NQ29 = f"<{DOC}party/vn/TW/NQ/XIII/29>"
KH619 = f"<{DOC}front/thanh-hoa/MTTQ-BTT/KH/2023/619>"


def ask(store, where: str) -> bool:
    return store.query(PREFIXES + f"ASK {{ {where} }}")["boolean"]


def select(store, query: str) -> list[dict]:
    res = store.query(PREFIXES + query)
    return [{k: v["value"] for k, v in b.items()} for b in res["results"]["bindings"]]


@pytest.fixture
def seeded(store):
    summary = build([SEEDS], store, progress=False)
    return store, summary


def test_summary_counts(seeded):
    _, s = seeded
    assert (s.documents, s.loaded, s.unchanged, s.skipped) == (5, 5, 0, ())
    assert s.citations >= 95 and s.edges > 50 and s.nodes > 50


def test_sam_son_plan_implements_619_and_29(seeded):
    store, _ = seeded
    assert ask(store, f"{PLAN} dch:implements {KH619}, {NQ29}")
    assert select(store, f"SELECT ?id WHERE {{ {KH619} eli:id_local ?id }}") == [{"id": "619/KH-MTTQ-BTT"}]


def test_619_implements_29_as_the_plan_asserts(seeded):
    store, _ = seeded
    assert ask(store, f"{KH619} dch:implements {NQ29}")
    rows = select(store, f"""SELECT ?src ?sentence WHERE {{
        ?e rdf:subject {KH619} ; rdf:predicate dch:implements ; rdf:object {NQ29} ;
           dch:assertedIn ?src ; dch:viaClause true ; dch:sentence ?sentence }}""")
    assert rows and {r["src"] for r in rows} == {PLAN[1:-1]}
    assert all("619" in r["sentence"] for r in rows)


def test_29_NQ_TW_metadata(seeded):
    store, _ = seeded
    rows = select(store, f"""SELECT DISTINCT ?date ?body ?term WHERE {{
        {NQ29} eli:date_document ?date ; eli:passed_by/skos:prefLabel ?body ; dch:term ?term }}""")
    assert rows == [{"date": "2022-11-17", "body": "Ban Chấp hành Trung ương Đảng", "term": "XIII"}]


def test_124_QD_TW_is_a_quy_dinh_cited_by_four_seeds(seeded):
    store, _ = seeded
    rows = select(store, """SELECT ?doc (COUNT(DISTINCT ?src) AS ?n) WHERE {
        ?doc eli:id_local "124-QĐ/TW" ; eli:type_document/skos:prefLabel "Quy định"@vi .
        ?e dch:assertedIn ?src ; rdf:object ?doc .
        FILTER NOT EXISTS { ?e dch:viaClause true } } GROUP BY ?doc""")
    assert rows == [{"doc": f"{DOC}party/vn/TW/Q%C4%90/XII/124", "n": "4"}]


def test_01_KL_TW_implements_05_CT_TW(seeded):
    store, _ = seeded
    assert ask(store, """?kl eli:id_local "01-KL/TW" . ?ct eli:id_local "05-CT/TW" . ?kl dch:implements ?ct""")


def test_29_NQ_TU_is_the_quang_nam_provincial_resolution(seeded):
    store, _ = seeded
    rows = select(store, """SELECT DISTINCT ?doc ?date ?body WHERE {
        ?doc eli:id_local "29-NQ/TU" ; eli:date_document ?date ; eli:passed_by/skos:prefLabel ?body }""")
    assert rows == [{"doc": f"{DOC}party/quang-nam/TU/NQ/2023/29", "date": "2023-04-11",
                     "body": "Tỉnh ủy Quảng Nam"}]
    assert not ask(store, f"<{DOC}party/quang-nam/TU/NQ/2023/29> ?p {NQ29}")


def test_seeds_graph_passes_shacl(seeded):
    store, _ = seeded
    report = check(store)
    assert report.conforms, report.shacl


def test_building_twice_changes_nothing(seeded):
    store, _ = seeded
    before = export(store, "nq")
    again = build([SEEDS], store, progress=False)
    assert (again.loaded, again.unchanged) == (0, 5)
    assert export(store, "nq") == before


def test_a_changed_file_replaces_only_its_own_graph(store, tmp_path):
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    build([folder], store, progress=False)
    graphs = {g: store.graph_ntriples(g) for g in _source_graphs(store)}
    changed = folder / "000_adf824d3a700fd9c.txt"
    changed.write_text(changed.read_text(encoding="utf-8-sig").replace("619 /KH-MTTQ-BTT", "620 /KH-MTTQ-BTT"),
                       encoding="utf-8")
    s = build([folder], store, progress=False)
    assert (s.loaded, s.unchanged) == (1, 4)
    after = {g: store.graph_ntriples(g) for g in _source_graphs(store)}
    diff = {g for g in graphs if graphs[g] != after[g]}
    assert diff == {"https://w3id.org/danchieu/source/000_adf824d3a700fd9c.txt"}
    assert not ask(store, f"{PLAN} dch:implements {KH619}")
    assert ask(store, f"{PLAN} dch:implements <{DOC}front/thanh-hoa/MTTQ-BTT/KH/2023/620>")


def test_a_bad_file_is_skipped_and_the_batch_goes_on(store, tmp_path, monkeypatch):
    folder = tmp_path / "in"
    shutil.copytree(SEEDS, folder)
    real = build_mod._reader()

    def reader():
        def read(path):
            if path.endswith("002_c0c8076b9fcf1fb7.txt"):
                raise ValueError("cannot decode\nthis file")
            return real(path)
        return read
    monkeypatch.setattr(build_mod, "_reader", reader)
    s = build([folder], store, progress=False)
    assert s.loaded == 4 and len(s.skipped) == 1
    assert "002_c0c8076b9fcf1fb7.txt: ValueError: cannot decode this file" in str(s.skipped[0])


def test_same_name_under_two_folders_is_skipped_not_overwritten(store, tmp_path):
    a, b = tmp_path / "A", tmp_path / "B"
    a.mkdir(), b.mkdir()
    (a / "plan.txt").write_text("Căn cứ Nghị định số 93/2021/NĐ-CP ngày 27/10/2021 của Chính phủ.", encoding="utf-8")
    (b / "plan.txt").write_text("Căn cứ Nghị định số 55/2023/NĐ-CP ngày 21/7/2023 của Chính phủ.", encoding="utf-8")
    s = build([a, b, tmp_path / "missing.txt"], store, progress=False)
    assert s.loaded == 1 and ask(store, """?d eli:id_local "93/2021/NĐ-CP" """)
    assert [str(x) for x in s.skipped] == [
        f"{b / 'plan.txt'}: same key 'plan.txt' as {a / 'plan.txt'} (a file is keyed by its path "
        "under the folder given): build their common parent folder instead",
        f"{tmp_path / 'missing.txt'}: cannot read: No such file or directory"]
    s = build([tmp_path], store, progress=False)          # their parent: both, keyed apart
    assert s.loaded == 2 and ask(store, """?d eli:id_local "55/2023/NĐ-CP" """)


def test_a_broken_link_in_a_folder_is_listed_as_skipped(store, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "plan.txt").write_text("Thực hiện Quyết định số 23/QĐ-TTg.", encoding="utf-8")
    (folder / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    s = build([folder], store, progress=False)
    assert s.loaded == 1
    assert [str(x) for x in s.skipped] == [f"{folder / 'gone.txt'}: cannot read: No such file or directory"]


def test_prune_drops_the_graphs_of_files_deleted_or_renamed(store, tmp_path):
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    build([folder], store, progress=False)
    (folder / "000_adf824d3a700fd9c.txt").rename(folder / "sam-son.txt")
    (folder / "001_043852450fdb6711.txt").unlink()
    s = build([folder], store, progress=False)          # without --prune: kept, twice over
    assert len(_source_graphs(store)) == 6 and not s.removed
    s = build([folder], store, progress=False, prune=True)
    assert s.removed == ("000_adf824d3a700fd9c.txt", "001_043852450fdb6711.txt")
    assert sorted(g.rsplit("/", 1)[1] for g in _source_graphs(store)) == [
        "002_c0c8076b9fcf1fb7.txt", "003_8e574bec47acc631.txt", "004_cf8846aab2c15e70.txt", "sam-son.txt"]
    assert s.documents == 4 and s.lines()[1].endswith("removed 2")


def test_removing_a_file_removes_exactly_its_assertions(seeded):
    store, _ = seeded
    remove(store, ["000_adf824d3a700fd9c.txt"])
    assert not ask(store, f"{PLAN} ?p ?o")
    assert not ask(store, f"{KH619} ?p ?o")              # only the plan spoke of 619
    assert ask(store, """?d eli:id_local "124-QĐ/TW" """)  # others still cite 124


def _source_graphs(store):
    return [b["g"]["value"] for b in store.query(
        "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?g a <https://w3id.org/danchieu/ontology#SourceRecord> } }")["results"]["bindings"]]


def test_summary_graph_describes_each_document_once(seeded):
    store, _ = seeded
    g, sm = "<https://w3id.org/danchieu/graph/summary>", "https://w3id.org/danchieu/summary#"
    docs = {r["d"] for r in select(store, "SELECT DISTINCT ?d WHERE { GRAPH ?g { ?d a eli:LegalResource } }")}
    assert {r["d"] for r in select(store, f"SELECT ?d WHERE {{ GRAPH {g} {{ ?d <{sm}type> eli:LegalResource }} }}")} == docs
    described = select(store, f"SELECT ?d ?v WHERE {{ GRAPH {g} {{ ?d <{sm}id_local> ?v }} }}")
    symbols = {(r["d"], r["v"]) for r in select(
        store, "SELECT DISTINCT ?d ?v WHERE { GRAPH ?g { ?d eli:id_local ?v } }")}
    assert sorted((r["d"], r["v"]) for r in described) == sorted(symbols)   # one copy each
    remove(store, ["000_adf824d3a700fd9c.txt"])
    assert not ask(store, f"GRAPH {g} {{ {PLAN} ?p ?o }}")                    # rewritten


def _summary_from_scratch(store) -> set[tuple[str, str, str]]:
    """The summary graph as it must be: every copied triple of every other graph, once."""
    from danchieu.graph.summary import CLASSES, COPIES, SOURCE_COPY
    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    pairs = " ".join(f"(<{p}> <{q}>)" for p, q in COPIES.items() if p != rdf_type)
    classes = " ".join(f"<{c}>" for c in CLASSES)
    rows = select(store, f"""SELECT DISTINCT ?d ?q ?v WHERE {{
      {{ GRAPH ?g {{ ?d ?p ?v }} VALUES (?p ?q) {{ {pairs} }} }} UNION
      {{ GRAPH ?g {{ ?d a ?v }} VALUES ?v {{ {classes} }} BIND(<{COPIES[rdf_type]}> AS ?q) }} UNION
      {{ GRAPH ?g {{ ?v dch:describes ?d }} BIND(<{SOURCE_COPY}> AS ?q) }}
      FILTER(?g != <https://w3id.org/danchieu/graph/summary>) }}""")
    return {(r["d"], r["q"], r["v"]) for r in rows}


def _summary(store) -> set[tuple[str, str, str]]:
    rows = select(store, "SELECT ?d ?q ?v WHERE { GRAPH <https://w3id.org/danchieu/graph/summary> "
                         "{ ?d ?q ?v } }")
    return {(r["d"], r["q"], r["v"]) for r in rows}


def test_summary_graph_follows_changes_and_removals(store, tmp_path):
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    build([folder], store, progress=False)
    assert _summary(store) == _summary_from_scratch(store)
    changed = folder / "000_adf824d3a700fd9c.txt"
    changed.write_text(changed.read_text(encoding="utf-8-sig").replace("619 /KH-MTTQ-BTT", "620 /KH-MTTQ-BTT"),
                       encoding="utf-8")
    build([folder], store, progress=False)
    assert _summary(store) == _summary_from_scratch(store)
    assert ("https://w3id.org/danchieu/eli/front/thanh-hoa/MTTQ-BTT/KH/2023/619",) not in {
        t[:1] for t in _summary(store)}
    remove(store, ["001_043852450fdb6711.txt", "000_adf824d3a700fd9c.txt"])
    assert _summary(store) == _summary_from_scratch(store)


def test_bulk_loading_writes_the_same_graph(tmp_path, monkeypatch):
    from danchieu.graph.store import EmbeddedStore
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    # A line separator in a file name reaches literals (its key, its card): N-Triples lines
    # end at "\n" only, so it must not split one.
    first = sorted(corpus.glob("*.txt"))[0]
    first.rename(corpus / "kế\u2028hoạch\x85.txt")
    reference = EmbeddedStore(tmp_path / "reference")
    build([corpus], reference, progress=False)
    monkeypatch.setattr(build_mod, "BULK_MIN", 1)
    monkeypatch.setattr(build_mod, "BULK_CHUNK", 2)      # several chunks
    bulk = EmbeddedStore(tmp_path / "bulk")
    summary = build([corpus], bulk, progress=False)
    assert summary.loaded == 5
    assert set(bulk.nquads().split("\n")) == set(reference.nquads().split("\n"))
    assert _summary(bulk) == _summary_from_scratch(bulk)
    assert "kế\u2028hoạch\x85.txt" in bulk.nquads()


def test_check_reports_a_relation_towards_a_later_document(store, tmp_path):
    plan = tmp_path / "plan.txt"
    plan.write_text("ỦY BAN NHÂN DÂN XÃ AN BÌNH\nSố: 5/KH-UBND\nAn Bình, ngày 02 tháng 01 năm 2020\n"
                    "KẾ HOẠCH\nThực hiện Nghị quyết số 7/NQ-HĐND ngày 05/3/2021 của Hội đồng nhân dân xã\n",
                    encoding="utf-8")
    build([plan], store, progress=False)
    report = check(store)
    assert [(b.date, b.relation, b.cited_date) for b in report.backwards] == [
        ("2020-01-02", "implements", "2021-03-05")]
    assert report.backwards[0].graphs == ("https://w3id.org/danchieu/source/plan.txt",)


def test_check_finds_nothing_backwards_in_the_seeds(seeded):
    store, _ = seeded
    assert check(store).backwards == ()


def test_unnumbered_texts_of_one_name_in_two_folders_stay_two_documents(store, tmp_path):
    for folder, seed in (("A", "000_adf824d3a700fd9c.txt"), ("B", "002_c0c8076b9fcf1fb7.txt")):
        (tmp_path / folder).mkdir()
        shutil.copy(SEEDS / seed, tmp_path / folder / "x.txt")
    build([tmp_path], store, progress=False)
    described = select(store, "SELECT ?g ?d WHERE { GRAPH ?g { ?g dch:describes ?d } } ORDER BY ?g")
    assert [(r["g"].rsplit("/source/", 1)[1], r["d"].rsplit("/eli/", 1)[1]) for r in described] == [
        ("A/x.txt", "unnumbered/A/x"), ("B/x.txt", "unnumbered/B/x")]


def test_prune_with_a_mistyped_path_drops_nothing(seeded, tmp_path):
    store, _ = seeded
    with pytest.raises(ValueError, match="--prune with a path that does not exist"):
        build([tmp_path / "seedz"], store, progress=False, prune=True)
    assert len(_source_graphs(store)) == 5


def test_a_file_given_twice_is_read_once(store, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "plan.txt").write_text("Thực hiện Quyết định số 23/QĐ-TTg.", encoding="utf-8")
    s = build([folder, folder, folder / "plan.txt"], store, progress=False)
    assert (s.loaded, s.skipped) == (1, ())


def test_a_commune_text_without_its_province_joins_the_one_that_names_it(store, tmp_path):
    """Corpus 002 names itself only "xã Lương Minh"; 003 cites it with Lương Minh's province
    (Quảng Ninh, from its own header). One document, not two. A second Lương Minh plan 16 of
    another province makes it ambiguous: no join, and the candidates are listed. Removed
    again, the join comes back (relink is recomputed from the whole store)."""
    real = CORPUS / "real"
    for name in ("002_mttq-luongminh-kh16-cong-tac-bau-cu.txt", "003_mttq-luongminh-kh-hoi-nghi-hiep-thuong.txt"):
        shutil.copy(real / name, tmp_path / name)
    build([tmp_path], store, progress=False)
    own = f"<{DOC}front/quang-ninh.luong-minh/MTTQ-BTT/KH/2025/16>"
    placeless = f"<{DOC}front/_.luong-minh/MTTQ-BTT/KH/2025/16>"
    assert ask(store, f"GRAPH <{SOURCE}002_mttq-luongminh-kh16-cong-tac-bau-cu.txt> {{ ?g dch:describes {own} }}")
    assert ask(store, f"GRAPH <{SOURCE}003_mttq-luongminh-kh-hoi-nghi-hiep-thuong.txt> {{ ?s ?p {own} }}")
    assert not ask(store, f"GRAPH ?g {{ {placeless} ?p ?o }}")

    (tmp_path / "other.txt").write_text(
        "Thực hiện Kế hoạch số 16/KH-MTTQ-BTT ngày 02/10/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam "
        "xã Lương Minh, tỉnh Nghệ An về công tác bầu cử.", encoding="utf-8")
    summary = build([tmp_path], store, progress=False)
    assert ask(store, f"GRAPH ?g {{ ?g dch:describes {placeless} }}")
    assert ask(store, f"GRAPH <{IDENTITY_GRAPH}> {{ {placeless} a dch:AmbiguousReference ; dch:candidate {own} }}")
    assert summary.ambiguous == 1

    (tmp_path / "other.txt").unlink()
    build([tmp_path], store, progress=False, prune=True)
    assert not ask(store, f"GRAPH ?g {{ {placeless} ?p ?o }}")


def test_an_undated_mention_never_joins_a_document_another_central_body_issued(store, tmp_path):
    """Seed 004 cites "Chỉ thị 48-CT/TW của Bộ Chính trị" undated (the 2010 one, on crime);
    corpus 058 cites the Ban Bí thư's 48-CT/TW of 24/6/2025. Two documents: the undated
    mention stays on its own node. Named with a body the dated one shares, it joins."""
    (tmp_path / "a.txt").write_text(
        "Tiếp tục triển khai Kết luận 09-KL/TW của Bộ Chính trị về tiếp tục thực hiện Chỉ thị "
        "48-CT/TW của Bộ Chính trị về “Tăng cường sự lãnh đạo của Đảng đối với công tác phòng, "
        "chống tội phạm trong tình hình mới”.", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Kế thừa thời điểm tính độ tuổi được quy định tại Chỉ thị số 45-CT/TW ngày 14/4/2025 của "
        "Bộ Chính trị và Chỉ thị số 48-CT/TW ngày 24/6/2025 của Ban Bí thư về lãnh đạo Đại hội "
        "đại biểu Mặt trận Tổ quốc Việt Nam.", encoding="utf-8")
    build([tmp_path], store, progress=False)
    undated, dated = f"<{DOC}party/vn/TW/CT/_/48>", f"<{DOC}party/vn/TW/CT/XIII/48>"
    assert ask(store, f"GRAPH <{SOURCE}a.txt> {{ ?s ?p {undated} }}")
    assert not ask(store, f"GRAPH <{SOURCE}a.txt> {{ ?s ?p {dated} }}")
    assert not ask(store, f"GRAPH <{IDENTITY_GRAPH}> {{ ?d a dch:AmbiguousReference }}")

    (tmp_path / "a.txt").write_text("Thực hiện Chỉ thị 48-CT/TW của Ban Bí thư về Đại hội.",
                                    encoding="utf-8")
    build([tmp_path], store, progress=False)
    assert ask(store, f"GRAPH <{SOURCE}a.txt> {{ ?s ?p {dated} }}")
    assert not ask(store, f"GRAPH ?g {{ {undated} ?p ?o }}")
