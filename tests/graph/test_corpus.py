"""The whole shared corpus (seeds + real) builds and passes SHACL, on both stores; and
undated mentions join across documents or stay apart, never silently merged."""
from danchieu.graph import PREFIXES
from danchieu.graph.check import check
from danchieu.graph.ingest import build, remove
from danchieu.graph.vocab import DOC

from .conftest import CORPUS


def test_whole_corpus_passes_shacl(store):
    summary = build([CORPUS], store, jobs=2, progress=False)
    assert summary.documents == len([p for p in CORPUS.rglob("*.txt")]) - len(summary.skipped)
    assert summary.skipped == ()
    report = check(store)
    assert report.conforms, report.shacl[:5000]


def _objects(store, key):
    q = PREFIXES + f"""SELECT DISTINCT ?o WHERE {{ GRAPH <https://w3id.org/danchieu/source/{key}> {{
        ?e dch:assertedIn ?src ; rdf:object ?o }} }}"""
    return {b["o"]["value"] for b in store.query(q)["results"]["bindings"]}


def test_undated_mention_joins_the_only_known_document_else_stays_ambiguous(store, tmp_path):
    (tmp_path / "a.txt").write_text("Thực hiện Nghị quyết số 29-NQ/TW ngày 04/11/2013 của Ban Chấp hành "
                                    "Trung ương Đảng khóa XI về đổi mới giáo dục.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Thực hiện Nghị quyết số 29-NQ/TW ngày 17/11/2022 của Ban Chấp hành "
                                    "Trung ương Đảng khóa XIII về công nghiệp hóa.", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Quán triệt Nghị quyết số 29-NQ/TW trong toàn hệ thống.", encoding="utf-8")
    xi, xiii, undated = (f"{DOC}party/vn/TW/NQ/{p}/29" for p in ("XI", "XIII", "_"))

    build([tmp_path], store, progress=False)
    assert _objects(store, "c.txt") == {undated}
    ask = PREFIXES + f"ASK {{ <{undated}> a dch:AmbiguousReference ; dch:candidate <{xi}>, <{xiii}> }}"
    assert store.query(ask)["boolean"]

    remove(store, ["b.txt"])                        # now only one 29-NQ/TW is known
    assert _objects(store, "c.txt") == {xi}
    assert not store.query(PREFIXES + "ASK { ?x a dch:AmbiguousReference }")["boolean"]
