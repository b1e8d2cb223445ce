"""Cards (graph/card.py) give the metadata the summary triples give: every document's
metadata read from its cards equals the metadata read from the triples, after a build, after
a file is removed, and after an undated mention moves to the only document it can be.

One difference is by design: a card holds the levels that the files describing the document
give its issuer, where the triples hold every level any file gives that issuer (a code agent
placed at the province by one file and at a commune by another)."""
from __future__ import annotations

from pathlib import Path

from danchieu.graph.ingest import build, remove
from danchieu.graph.summary import COPIES
from danchieu.graph.vocab import DCH, SUMMARY_GRAPH
from danchieu.queries._sparql import metadata, select

CORPUS = Path(__file__).parents[2] / ".." / "shared" / "corpus"
SEEDS = Path(__file__).parents[2] / "data" / "seeds"
DOCUMENTS = ("SELECT DISTINCT ?d WHERE { GRAPH ?g { ?d a eli:LegalResource } }")
CARD = COPIES[str(DCH.card)]


def _both_ways(store) -> tuple[dict, dict, int]:
    """Metadata of every document from the cards, then with the cards deleted; and the
    number of cards there were."""
    nodes = sorted(r["d"] for r in select(store, DOCUMENTS))
    cards = len(select(store, f"SELECT ?c WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{ ?d <{CARD}> ?c }} }}"))
    from_cards = metadata(store, nodes)
    store.update(f"DELETE WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{ ?d <{CARD}> ?c }} }}")
    return from_cards, metadata(store, nodes), cards


def _same(from_cards: dict, from_triples: dict) -> None:
    assert from_cards.keys() == from_triples.keys()
    for node, card in from_cards.items():
        triple = from_triples[node]
        card_levels, triple_levels = card["all"].get("level", set()), triple["all"].get("level", set())
        assert card_levels <= triple_levels, node
        if card_levels == triple_levels:
            assert card == triple, node
        else:
            assert {**card, "all": None, "level": None} == {**triple, "all": None, "level": None}, node
            assert ({**card["all"], "level": None} == {**triple["all"], "level": None}), node


def test_cards_give_the_metadata_the_triples_give_on_the_whole_corpus(store):
    build([CORPUS], store, jobs=2, progress=False)
    from_cards, from_triples, cards = _both_ways(store)
    assert cards >= len(from_cards) > 1000
    _same(from_cards, from_triples)


def test_cards_follow_a_removed_file_and_a_moved_mention(store, tmp_path):
    (tmp_path / "a.txt").write_text("Thực hiện Nghị quyết số 29-NQ/TW ngày 04/11/2013 của Ban Chấp hành "
                                    "Trung ương Đảng khóa XI về đổi mới giáo dục.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Thực hiện Nghị quyết số 29-NQ/TW ngày 17/11/2022 của Ban Chấp hành "
                                    "Trung ương Đảng khóa XIII về công nghiệp hóa.", encoding="utf-8")
    # (naming the Bộ Chính trị alone, it would stay apart: graph/relink.py)
    (tmp_path / "c.txt").write_text("Quán triệt Nghị quyết số 29-NQ/TW của Ban Chấp hành Trung ương "
                                    "Đảng, Bộ Chính trị trong toàn hệ thống.", encoding="utf-8")
    build([tmp_path], store, progress=False)
    remove(store, ["b.txt"])        # c.txt's undated 29-NQ/TW now moves onto a.txt's
    from_cards, from_triples, cards = _both_ways(store)
    xi = next(n for n in from_cards if n.endswith("/NQ/XI/29"))
    # the issuer c.txt names reached the dated node with c.txt's card; b.txt's node is gone
    assert from_cards[xi]["issuer"] == "Ban Chấp hành Trung ương Đảng; Bộ Chính trị"
    assert from_cards[xi]["title"] == "Đổi mới giáo dục"
    assert not any(n.endswith("/NQ/XIII/29") for n in from_cards)
    assert cards
    _same(from_cards, from_triples)


def test_a_store_written_before_cards_gets_them_from_the_next_build(store, tmp_path):
    for folder, name in (("a", "kh.txt"), ("b", "cv.txt")):
        (tmp_path / folder).mkdir()
        seed = sorted(SEEDS.glob("*.txt"))["ab".index(folder)]
        (tmp_path / folder / name).write_bytes(seed.read_bytes())
    build([tmp_path / "a", tmp_path / "b"], store, progress=False)
    nodes = sorted(r["d"] for r in select(store, DOCUMENTS))
    before = metadata(store, nodes)
    # As an older version wrote it: no cards anywhere.
    store.update(f"DELETE WHERE {{ GRAPH ?g {{ ?d <{DCH.card}> ?c }} }} ; "
                 f"DELETE WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{ ?d <{CARD}> ?c }} }}")
    build([tmp_path / "a"], store, progress=False)        # one folder only, its file unchanged
    cards = select(store, f"SELECT ?d WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{ ?d <{CARD}> ?c }} }}")
    assert {r["d"] for r in cards} == set(nodes)
    assert metadata(store, nodes) == before
