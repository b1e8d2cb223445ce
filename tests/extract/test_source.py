"""The source document's own identity: from its header, or from what its text shows."""
import datetime as dt
from pathlib import Path

import pytest

from danchieu.extract import read_file, read_text

ROOT = Path(__file__).resolve().parents[2]
REAL = ROOT.parent / "shared" / "corpus" / "real"

SEEDS = [
    ("000_adf824d3a700fd9c.txt", {"type": "Kế hoạch", "locality": "Sầm Sơn", "province": "Thanh Hóa",
                                  "level": "huyện", "family": "front",
                                  "issuer": "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam thành phố"}),
    ("001_043852450fdb6711.txt", {"type": "Chương trình", "locality": "Tam Kỳ", "province": "Quảng Nam",
                                  "level": "huyện", "year": None}),
    ("002_c0c8076b9fcf1fb7.txt", {"type": "Kế hoạch", "locality": "Sầm Sơn", "province": "Thanh Hóa"}),
    ("003_8e574bec47acc631.txt", {"type": "Kế hoạch", "year": 2022,
                                  "title": 'Thực hiện "Năm dân vận chính quyền" 2022'}),
    ("004_cf8846aab2c15e70.txt", {"type": "Kế hoạch", "year": 2023, "level": "tỉnh",
                                  "title": "Triển khai trọng tâm công tác phong trào năm 2023"}),
]


@pytest.mark.parametrize("doc,want", SEEDS)
def test_seed_identity(doc, want):
    source = read_file(ROOT / "data" / "seeds" / doc).source
    assert source.symbol is None          # the seeds carry no header number
    for field, value in want.items():
        assert getattr(source, field) == value, field


def test_seed_title_names_the_resolution_it_implements():
    source = read_file(ROOT / "data" / "seeds" / "000_adf824d3a700fd9c.txt").source
    assert source.title.startswith("Tuyên truyền, vận động và giám sát việc thực hiện Nghị quyết số 29-NQ/TW")


def test_header_gives_symbol_date_issuer_and_is_not_a_citation():
    extraction = read_file(REAL / "081_ubnd-bacninh-kh141-2025.txt")
    s = extraction.source
    assert (s.symbol, s.type, s.date) == ("141/KH-UBND", "Kế hoạch", dt.date(2025, 11, 20))
    assert s.issuer.startswith("Ủy ban nhân dân tỉnh") and s.level == "tỉnh"
    assert "141/KH-UBND" not in {c.symbol for c in extraction.citations}


def test_party_header_without_colon():
    text = "BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 399-QĐ/TW | ĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 09 tháng 01 năm 2026\n\nQUY ĐỊNH\nVề hệ thống văn bản của Đảng\n\nCăn cứ Điều lệ Đảng; căn cứ Quy định số 66-QĐ/TW"
    extraction = read_text(text)
    assert extraction.source.symbol == "399-QĐ/TW"
    assert extraction.source.type == "Quy định"
    assert extraction.source.date == dt.date(2026, 1, 9)
    assert [c.symbol for c in extraction.citations] == ["66-QĐ/TW"]


@pytest.mark.parametrize("text,issuer", [
    # the body that issues a numbered document is that document's issuer, not this text's
    ("Ban Chấp hành Trung ương Đảng ban hành Nghị quyết số 43-NQ/TW, ngày 24/11/2023 về tiếp tục phát huy "
     "truyền thống, sức mạnh đại đoàn kết toàn dân tộc.", None),
    ("Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Sầm Sơn xây dựng Kế hoạch thực hiện như sau:",
     "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Sầm Sơn"),
])
def test_issuer_from_the_text_that_issues_it(text, issuer):
    extraction = read_text(text)
    assert extraction.source.issuer == issuer
    if issuer is None:
        assert extraction.citations[0].issuer == "Ban Chấp hành Trung ương Đảng"


def test_header_letter_with_one_issuer_code():
    source = read_text("ỦY BAN NHÂN DÂN HUYỆN CHÂU THÀNH\nSố: 850/UBND\n"
                       "Châu Thành, ngày 12 tháng 9 năm 2017\nV/v triển khai thực hiện").source
    assert (source.symbol, source.date) == ("850/UBND", dt.date(2017, 9, 12))
