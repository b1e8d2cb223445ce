"""Lookup of what users really type (a user review's failures), on a small real graph: the
seeds, the 2013 plan of tests/queries/fixtures (a second 29-NQ/TW), and two texts made of
real lines of the corpus (041 and 071/038/051 of ../shared/corpus/real) that cite two
Decrees 93, two Decrees 55 and the Law 72/2022/QH14 of 17 November 2020 (sic)."""
from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from danchieu import graph
from danchieu import queries as q
from danchieu.graph.store import EmbeddedStore
from danchieu.queries._sparql import metadata, select


ELI = "https://w3id.org/danchieu/eli/"
NQ29 = ELI + "party/vn/TW/NQ/XIII/29"
NQ29_2013 = ELI + "party/vn/TW/NQ/XI/29"
NQ29_QUANG_NAM = ELI + "party/quang-nam/TU/NQ/2023/29"
QD124 = ELI + "party/vn/TW/Q%C4%90/XII/124"
CT03 = ELI + "party/vn/TW/CT/XIII/3"
KH619 = ELI + "front/thanh-hoa/MTTQ-BTT/KH/2023/619"
ND93_2021 = ELI + "state/vn/CP/N%C4%90/2021/93"
ND93_2001 = ELI + "state/vn/CP/N%C4%90/2001/93"
ND55_2011 = ELI + "state/vn/CP/N%C4%90/2011/55"
ND55_2023 = ELI + "state/vn/CP/N%C4%90/2023/55"
LAW72 = ELI + "assembly/vn/QH14/_/2022/72"
NQ30C = ELI + "state/vn/CP/NQ/2011/30c"
QD5129 = ELI + "state/ho-chi-minh/UBND/Q%C4%90/2008/5129"
SAM_SON = ELI + "unnumbered/000_adf824d3a700fd9c"
SON_LA = ELI + "unnumbered/004_cf8846aab2c15e70"
REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "data" / "seeds"
NQ29_2013_TEXT = Path(__file__).parent / "fixtures" / "nq29_2013.txt"

# 041_ubnd-hcm-qd5129-2008-tro-cap.txt, its opening.
HCM = """| ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH ----- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc -----------
|---|---
| Số: 5129/QĐ-UBND | TP. Hồ Chí Minh, ngày 26 tháng 11 năm 2008

QUYẾT ĐỊNH

VỀ NÂNG MỨC TRỢ CẤP ĐỐI VỚI NGƯỜI CÓ CÔNG GIÚP ĐỠ CÁCH MẠNG

ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH

Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003; Căn cứ Nghị định số 93/2001/NĐ-CP ngày 12 tháng 12 năm 2001 của Chính phủ về phân cấp quản lý một số lĩnh vực cho thành phố Hồ Chí Minh;
"""

# The header and a grounds line of 071 (Hải Phòng), a line of 038 and one of 051; and a line
# of a Kiên Giang decision of 2019 (30c/NQ-CP: a number with a letter).
HAI_PHONG = """ỦY BAN NHÂN
DÂN
THÀNH PHỐ HẢI PHÒNG
--------

Số: 223/2025/QĐ-UBND

Hải Phòng, ngày 01 tháng 12 năm 2025

QUYẾT ĐỊNH

BAN HÀNH QUY ĐỊNH QUẢN LÝ HOẠT ĐỘNG THOÁT NƯỚC VÀ XỬ LÝ NƯỚC THẢI ĐÔ THỊ

Căn cứ Luật Bảo vệ môi trường số 72/2022/QH14 ngày 17 tháng 11 năm 2020;

Căn cứ Nghị quyết số 30c/NQ-CP ngày 08 tháng 11 năm 2011 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011 - 2020;

Căn cứ Nghị định số 55/2011/NĐ-CP ngày 04 tháng 7 năm 2011 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và tổ chức bộ máy của tổ chức pháp chế;

Căn cứ Nghị định số 55/2023/NĐ-CP ngày 21 tháng 7 năm 2023 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 75/2021/NĐ-CP ngày 24 tháng 7 năm 2021 của Chính phủ quy định mức hưởng trợ cấp, phụ cấp và các chế độ ưu đãi người có công với cách mạng;
"""


def _texts(folder: Path) -> Path:
    folder.mkdir()
    (folder / "041_ubnd-hcm-qd5129-2008.txt").write_text(HCM, encoding="utf-8")
    (folder / "071_ubnd-haiphong-qd223-2025.txt").write_text(HAI_PHONG, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def lstore(tmp_path_factory):
    """One embedded store for the whole table (built once: a build costs a second)."""
    root = tmp_path_factory.mktemp("lookup")
    s = EmbeddedStore(root / "store")
    graph.build([SEEDS, NQ29_2013_TEXT, _texts(root / "texts")], store=s, progress=False)
    yield s
    s.close()


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


# (what the user typed, the document it names)
FOUND = [
    # 1. the year written in a symbol selects that year's document
    ("93/2021/NĐ-CP", ND93_2021), ("93/2001/NĐ-CP", ND93_2001),
    ("93/2021/ND-CP", ND93_2021), ("93/2021/nđ-cp", ND93_2021), ("93/2001/nd-cp", ND93_2001),
    ("55/2023/ND-CP", ND55_2023), ("55/2011/NĐ-CP", ND55_2011),
    ("Nghị định số 55/2023/NĐ-CP", ND55_2023),
    # 2. ASCII D for Đ, any case, in type and issuer codes
    ("124-QD/TW", QD124), ("124-qd/tw", QD124), ("Quy định 124-QD/TW", QD124),
    ("03-CT/TƯ", CT03), ("03-CT/T.Ư", CT03),
    # 3. short forms: number/year, number-type code
    ("Nghị định 93/2021", ND93_2021), ("NĐ 93/2021", ND93_2021), ("ND 93/2001", ND93_2001),
    ("nghi dinh 55/2011", ND55_2011), ("Nghị định 93 năm 2001", ND93_2001),
    ("Nghị quyết 29-NQ khóa XIII", NQ29), ("Kế hoạch 619/KH", KH619), ("619/kh", KH619),
    ("Nghị định 93 ngày 27/10/2021", ND93_2021),
    # 4. issuer words narrow the candidates (a body, its code, a place)
    ("Nghị quyết 29 Quảng Nam", NQ29_QUANG_NAM),
    ("Nghị quyết 29 của Tỉnh ủy Quảng Nam", NQ29_QUANG_NAM),
    ("NQ 29 tỉnh Quảng Nam", NQ29_QUANG_NAM), ("Nghị quyết 29 TU", NQ29_QUANG_NAM),
    ("Nghị quyết 29 khóa XIII của Bộ Chính trị", NQ29),
    ("Nghị quyết số 29 của Ban Chấp hành Trung ương khóa XIII", NQ29),
    ("Nghị quyết số 29-NQ/TW, ngày 04/11/2013 của Ban Chấp hành Trung ương Đảng khóa XI",
     NQ29_2013),
    ("Quy định 124 của Ban Bí thư", QD124), ("Quy định 124 của Bộ Chính trị", QD124),
    ("Kế hoạch 619 của Ủy ban Mặt trận Tổ quốc tỉnh Thanh Hóa", KH619),
    ("Kế hoạch 619 của Uỷ ban MTTQ tỉnh Thanh Hoá", KH619),
    ("Nghị định 93 của Chính phủ năm 2001", ND93_2001),
    # 5. a source file's key as printed, its stem, or the path it was built from
    ("000_adf824d3a700fd9c.txt", SAM_SON), ("000_adf824d3a700fd9c", SAM_SON),
    ("data/seeds/000_adf824d3a700fd9c.txt", SAM_SON), ("004_cf8846aab2c15e70.txt", SON_LA),
    ("041_ubnd-hcm-qd5129-2008.txt", QD5129),
    # 6. a symbol the tool prints (this law's date, 2020, is not its symbol's year)
    ("72/2022/QH14", LAW72), ("Luật 72/2022/QH14", LAW72), ("Luật số 72/2022/qh14", LAW72),
    # 7. full-width digits, NFD, both tone placements, Cyrillic look-alikes
    ("Quy định １２４", QD124), ("１２４-QĐ/TW", QD124), ("Nghị định ９３/２０２１", ND93_2021),
    (nfd("Quy định 124"), QD124), (nfd("Nghị quyết 29 Quảng Nam"), NQ29_QUANG_NAM),
    ("Nghị quyết 29 khoá XIII", NQ29), ("NGHỊ QUYẾT 29 KHÓA XIII", NQ29),
    ("124-QĐ/ТW", QD124), ("Кế hoạch 619", KH619),       # Cyrillic Т, К
    # 8. a number with a letter
    ("30c/NQ-CP", NQ30C), ("Nghị quyết 30c", NQ30C), ("NQ 30c/2011", NQ30C), ("30C/2011/NQ-CP", NQ30C),
]


@pytest.mark.parametrize("text, expected", FOUND)
def test_lookup_finds(lstore, text, expected):
    assert q.resolve(text, store=lstore) == expected


# (typed, every candidate listed): several documents fit, none is chosen
ASKED = [
    ("Nghị quyết 29-NQ", {NQ29, NQ29_2013, NQ29_QUANG_NAM}),
    ("29-NQ", {NQ29, NQ29_2013, NQ29_QUANG_NAM}),
    ("Nghị quyết 29 của Bộ Chính trị", {NQ29, NQ29_2013}),            # both TW; TU is not
    ("Nghị quyết số 29 của Ban Chấp hành Trung ương", {NQ29, NQ29_2013}),
    ("Nghị định 93", {ND93_2001, ND93_2021}), ("55/ND-CP", {ND55_2011, ND55_2023}),
    # issuer words that fit none: the candidates without them, listed, never chosen
    ("Nghị quyết 29 Hà Nội", {NQ29, NQ29_2013, NQ29_QUANG_NAM}),
    ("Quy định 124 của Tỉnh ủy Sơn La", {QD124}),
]


@pytest.mark.parametrize("text, listed", ASKED)
def test_lookup_asks(lstore, text, listed):
    with pytest.raises(q.Ambiguous) as e:
        q.resolve(text, store=lstore)
    assert set(e.value.candidates.id) == listed
    first = e.value.candidates.id[0]
    assert q.resolve(text, pick=1, store=lstore) == first


def test_lookup_unmatched_issuer_words_are_said(lstore):
    with pytest.raises(q.Ambiguous) as e:
        q.resolve("Quy định 124 của Tỉnh ủy Sơn La", store=lstore)
    assert "Tỉnh ủy Sơn La" in str(e.value)
    assert q.resolve("Nghị quyết 29 Hà Nội", pick=3, store=lstore) == NQ29_QUANG_NAM
    with pytest.raises(q.Ambiguous) as e:          # a year narrows the list; it still asks
        q.resolve("Nghị quyết 29 Hà Nội", year=2023, store=lstore)
    assert list(e.value.candidates.id) == [NQ29_QUANG_NAM]


@pytest.mark.parametrize("text", [
    "124-QĐ/TU", "124-QD/HU", "93/2011/NĐ-CP", "55/2023/TT-BTC", "Nghị định 93/2011",
    "29-NQ/TW năm 2001", "Nghị quyết 124", "999_none.txt", "data/seeds/", "72/2022/QH15",
    "Nghị quyết 30/NQ-CP", "30d/NQ-CP",
])
def test_lookup_not_found(lstore, text):
    with pytest.raises(q.NotFound):
        q.resolve(text, store=lstore)


def _documents(store) -> dict[str, dict]:
    rows = select(store, "SELECT DISTINCT ?d WHERE { { ?d eli:id_local ?s } UNION "
                         "{ ?d a dch:UnnumberedDocument } }")
    return metadata(store, [r["d"] for r in rows])


def _names(store, text: str) -> set[str]:
    try:
        return {q.resolve(text, store=store)}
    except q.Ambiguous as e:
        return set(e.candidates.id)


def test_lookup_every_printed_symbol_and_source_names_its_document(lstore):
    """What `show` prints as a document's symbol or source names it (alone, or among the
    candidates when several documents share a symbol)."""
    docs = _documents(lstore)
    assert sum(1 for m in docs.values() if m["unnumbered"]) == 5
    for node, meta in docs.items():
        for symbol in meta["all"].get("symbol", ()):
            assert node in _names(lstore, symbol), symbol
        if meta["source"]:
            assert q.resolve(meta["source"], store=lstore) == node, meta["source"]


def test_lookup_variants_on_each_store_kind(store, tmp_path):
    """The new queries (source keys) and readings also on a real Oxigraph server."""
    graph.build([SEEDS, _texts(tmp_path / "texts")], store=store, progress=False)
    for text, expected in [("000_adf824d3a700fd9c.txt", SAM_SON), ("93/2001/ND-CP", ND93_2001),
                           ("Nghị quyết 29 Quảng Nam", NQ29_QUANG_NAM), ("72/2022/QH14", LAW72),
                           ("Quy định １２４", QD124)]:
        assert q.resolve(text, store=store) == expected
    with pytest.raises(q.NotFound):
        q.resolve('x.txt" } ; DROP ALL ; #', store=store)
    assert q.resolve("Quy định 124", store=store) == QD124     # the store is intact


def test_lookup_file_stem_that_is_also_a_number_lists_both(tmp_path):
    """A file named "124.txt": "124.txt" is that file, "124" may be it or a document 124."""
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "124.txt").write_text(HCM, encoding="utf-8")
    s = EmbeddedStore(tmp_path / "store")
    try:
        graph.build([SEEDS, tmp_path / "texts"], store=s, progress=False)
        assert q.resolve("124.txt", store=s) == QD5129
        with pytest.raises(q.Ambiguous) as e:
            q.resolve("124", store=s)
        assert set(e.value.candidates.id) == {QD124, ELI + "state/vn/BCA/TT/_/124", QD5129}
    finally:
        s.close()
