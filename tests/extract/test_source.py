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
    # the city Front, unnamed, carrying out its province's plan 371: the district tier
    ("003_8e574bec47acc631.txt", {"type": "Kế hoạch", "year": 2022, "province": "Thanh Hóa",
                                  "locality": "thành phố", "level": "huyện",
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


def test_seed_title_names_the_resolution_it_implements_and_ends_before_the_first_sentence():
    source = read_file(ROOT / "data" / "seeds" / "000_adf824d3a700fd9c.txt").source
    assert source.title == ("Tuyên truyền, vận động và giám sát việc thực hiện Nghị quyết số 29-NQ/TW, "
                            "ngày 17/11/2022 của Ban Chấp hành Trung ương Đảng khóa XIII \"Về tiếp tục đẩy "
                            "mạnh CNH, HĐH đất nước đến năm 2030, tầm nhìn đến năm 2045\"")


# A title ends with no blank line after it: at the body's first sentence, at the line in
# capitals naming who decides, or, for a title in capitals, at a line of ordinary text.
# Headers as the real documents in ../shared/corpus/real lay them out.
TITLES = [
    ("KẾ HOẠCH\nKiểm tra, giám sát công tác bầu cử đại biểu Quốc hội khóa XVI\n"
     "Căn cứ Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân; Luật Mặt trận Tổ quốc Việt Nam;",
     "Kiểm tra, giám sát công tác bầu cử đại biểu Quốc hội khóa XVI"),
    ("QUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH LỊCH PHỔ BIẾN THÔNG TIN THỐNG KÊ NĂM 2026 CỦA\nBỘ NỘI VỤ\n"
     "BỘ TRƯỞNG BỘ NỘI VỤ\nCăn cứ Luật Thống kê ngày 23 tháng 11 năm 2015;",
     "BAN HÀNH LỊCH PHỔ BIẾN THÔNG TIN THỐNG KÊ NĂM 2026 CỦA BỘ NỘI VỤ"),
    ("QUYẾT ĐỊNH\nVề việc thành lập Tổ tiếp công dân phục vụ bầu cử\nnhiệm kỳ 2026 – 2031\n"
     "BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH\nCăn cứ Luật Bầu cử",
     "Thành lập Tổ tiếp công dân phục vụ bầu cử nhiệm kỳ 2026 - 2031"),   # dashes read as "-"
    ("NGHỊ QUYẾT\nQUY ĐỊNH MẪU VĂN BẢN HỒ SƠ ỨNG CỬ\nHỘI ĐỒNG BẦU CỬ QUỐC GIA\nCăn cứ Hiến pháp",
     "QUY ĐỊNH MẪU VĂN BẢN HỒ SƠ ỨNG CỬ"),
    ("QUYẾT ĐỊNH\nVỀ\nTHỰC HIỆN CHẾ ĐỘ ĐỐI VỚI QUÂN NHÂN THAM GIA KHÁNG CHIẾN CHỐNG MỸ CỨU NƯỚC CÓ DƯỚI\n"
     "20 NĂM CÔNG TÁC TRONG QUÂN ĐỘI\nQuyết định số 142/2008/QĐ-TTg ngày 27 tháng 10 năm 2008 của Thủ tướng",
     "THỰC HIỆN CHẾ ĐỘ ĐỐI VỚI QUÂN NHÂN THAM GIA KHÁNG CHIẾN CHỐNG MỸ CỨU NƯỚC CÓ DƯỚI 20 NĂM CÔNG TÁC TRONG QUÂN ĐỘI"),
    # goes on: a line starting in lower case, a title line ending in "CỦA"
    ("KẾT LUẬN\nCỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ\nvề một số nhiệm vụ trọng tâm\n\nNgày 12/6/2025",
     "CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ về một số nhiệm vụ trọng tâm"),
    ("QUYẾT ĐỊNH\nVỀ VIỆC KIỆN TOÀN BAN CHỈ ĐẠO CỦA\nỦY BAN NHÂN DÂN TỈNH\n\nCăn cứ",
     "KIỆN TOÀN BAN CHỈ ĐẠO CỦA ỦY BAN NHÂN DÂN TỈNH"),
]


@pytest.mark.parametrize("header,title", TITLES)
def test_title_ends_where_the_header_does(header, title):
    assert read_text(header).source.title == title


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


@pytest.mark.parametrize("text,own,cited", [
    # a citation wrapped after its type word is another text's number (fresh check 4, file 05)
    ("Thực hiện các Nghị quyết của Đảng, Nghị quyết\nsố 96/2019/QH14 ngày 27/11/2019 của Quốc hội",
     None, ["96/2019/QH14"]),
    ("Căn cứ Quyết định\nSố 96/QĐ-TTg ngày 02/01/2020 của Thủ tướng Chính phủ;", None, ["96/QĐ-TTg"]),
    # the header's own line: "Số:" in any case, "Số" without the colon
    ("ỦY BAN NHÂN DÂN XÃ AN BÌNH\nsố: 12/KH-UBND\nKẾ HOẠCH\nThực hiện Quyết định số 96/QĐ-TTg",
     "12/KH-UBND", ["96/QĐ-TTg"]),
    ("ỦY BAN NHÂN DÂN XÃ AN BÌNH\nSố 12/KH-UBND\nKẾ HOẠCH\nThực hiện Quyết định số 96/QĐ-TTg",
     "12/KH-UBND", ["96/QĐ-TTg"]),
    # a header flattened onto one line: "Số:" after the issuer block in capitals (fresh check
    # 8, file 17)
    ("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH ĐẢNG UỶ SỞ NỘI VỤ Số: 08 - HD/ĐU ĐẢNG CỘNG SẢN VIỆT NAM TP.Huế, "
     "ngày 06 tháng 4 năm 2012 HƯỚNG DẪN Thực hiện công tác quy hoạch cấp ủy Căn cứ Kế hoạch số "
     "22-KH/ĐUK ngày 19/3/2012", "08-HD/ĐU", ["22-KH/ĐUK"]),
    # after the star under the issuer block (ninth check, files 07 and 15)
    ("BAN CHẤP HÀNH TRUNG ƯƠNG***Số: 367 - QĐ/TWĐTN-VPĐOÀN Hà Nội, ngày 29 tháng 10 năm 2013 QUYẾT ĐỊNH "
     "Căn cứ Quyết định số 5-QĐ/TW", "367-QĐ/TWĐTN", ["5-QĐ/TW"]),
    ("ĐẢNG ỦY * Số 09-KH/ĐU | ĐẢNG CỘNG SẢN VIỆT NAM Hà Nội, ngày 22 tháng 01 năm 2013 Thực hiện Kế hoạch số "
     "5-KH/TU", "09-KH/ĐU", ["5-KH/TU"]),
    # after the motto, on one line (eleventh check, file 02)
    ("BỘ Y TẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập Tự do Hạnh phúc Số: 5556/QĐBYT Hà Nội, ngày 04 tháng "
     "12 năm 2021 QUYẾT ĐỊNH VỀ VIỆC x Căn cứ Nghị định số 75/2017/NĐ-CP", "5556/QĐ-BYT", ["75/2017/NĐ-CP"]),
    # after the rule under the motto, the number perhaps on the next line (thirteenth check,
    # files 08 and 09)
    ("BỘ TÀI CHÍNH -------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------- Số: "
     "78/2014/TT-BTC Hà Nội, ngày 18 tháng 06 năm 2014 THÔNG TƯ\nCăn cứ Nghị định số 118/2008/NĐ-CP;",
     "78/2014/TT-BTC", ["118/2008/NĐ-CP"]),
    ("BỘ TÀI CHÍNH -------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số:\n  219/2013/TT-BTC Hà Nội,\n  ngày 31 tháng 12 "
     "năm 2013 THÔNG TƯ\nCăn cứ Nghị định số 118/2008/NĐ-CP;", "219/2013/TT-BTC", ["118/2008/NĐ-CP"]),
    # a page's "Số hiệu:" field; the number in brackets under the title (fourteenth check)
    ("Căn cứ Quyết định số 221/QĐ-MTTW-BTT ngày 12/02/2015;\nSố hiệu: 16/HD-MT\nLoại văn bản: Hướng dẫn",
     "16/HD-MT", ["221/QĐ-MTTW-BTT"]),
    ("Thực hiện Kế hoạch số 153-KH/TWĐTN ngày 17/12/2009 của Ban Bí thư Trung ương Đoàn.\n\nKẾ HOẠCH\nHành động "
     "Tháng thanh niên năm 2010\n(Số 61-KH/TĐ ngày 26/01/2010)\n", "61-KH/TĐ", ["153-KH/TWĐTN"]),
    # a commune's plan citing the district's plan of the same number and another date
    ("ỦY BAN NHÂN DÂN XÃ AN BÌNH\nSố: 12/KH-UBND\nAn Bình, ngày 10 tháng 2 năm 2025\nCăn cứ Kế hoạch số 12/KH-UBND ngày "
     "5/1/2025 của UBND huyện về sửa đổi, bổ sung Kế hoạch số 3/KH-UBND;", "12/KH-UBND",
     ["12/KH-UBND", "3/KH-UBND"]),
    # the page's title gives the number with its year, the header without it (file 16)
    ("Quyết định số 1961/2019/QĐ-UBND tỉnh Kiên Giang\n\nỦY BAN NHÂN DÂN TỈNH KIÊN GIANG\n"
     "Số: 1961/QĐUBND\nKiên Giang, ngày 28 tháng 8 năm 2019\nQUYẾT ĐỊNH\nBan hành Quy chế phối hợp\n"
     "Căn cứ Nghị quyết số 30c/NQCP ngày 08 tháng 11 năm 2011 của Chính phủ",
     "1961/QĐ-UBND", ["30c/NQ-CP"]),
    # below the header, the province's 12/2019 is another text than the district's own 12
    ("ỦY BAN NHÂN DÂN HUYỆN BẢO THẮNG\nSố: 12/QĐ-UBND\nBảo Thắng, ngày 20 tháng 3 năm 2019\nQUYẾT ĐỊNH\n"
     "Căn cứ Quyết định số 12/2019/QĐ-UBND ngày 1/3/2019 của UBND tỉnh Lào Cai;",
     "12/QĐ-UBND", ["12/2019/QĐ-UBND"]),
    # another year's 1961 is another document
    ("Quyết định số 1961/2018/QĐ-UBND\n\nỦY BAN NHÂN DÂN TỈNH KIÊN GIANG\nSố: 1961/QĐ-UBND\n"
     "Kiên Giang, ngày 28 tháng 8 năm 2019\nQUYẾT ĐỊNH", "1961/QĐ-UBND", ["1961/2018/QĐ-UBND"]),
])
def test_own_number_line_is_the_headers_not_a_wrapped_citation(text, own, cited):
    extraction = read_text(text)
    assert extraction.source.symbol == own
    assert [c.symbol for c in extraction.citations] == cited


@pytest.mark.parametrize("text,date", [
    # a preamble's "…, ngày 26 tháng 9 năm 2025" dates another text (corpus 009, whose own
    # date line left the day blank)
    ("Lương Minh, ngày tháng 01 năm 2026\nKẾ HOẠCH\nTổ chức hội nghị\nCăn cứ Nghị quyết liên tịch số "
     "102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN, ngày 26 tháng 9 năm 2025 của Ủy ban Thường vụ Quốc hội", None),
    ("Lương Minh, ngày 05 tháng 01 năm 2026\nKẾ HOẠCH", dt.date(2026, 1, 5)),
    # a two-column header flattened onto one line
    ("Số: 141/KH-UBND        Bắc Ninh, ngày 20 tháng 11 năm 2025\nKẾ HOẠCH", dt.date(2025, 11, 20)),
    ("| Số: 141/KH-UBND | Bắc Ninh, ngày 20 tháng 11 năm 2025 |\nKẾ HOẠCH", dt.date(2025, 11, 20)),
])
def test_the_header_date_line_opens_a_line_or_a_column(text, date):
    assert read_text(text).source.date == date


def test_a_number_line_named_with_its_type_is_the_headers():
    text = ("ỦY BAN THƯỜNG VỤ\nQUỐC HỘI\n-------\nNghị quyết số: 101/2025/UBTVQH15\n"
            "Hà Nội, ngày 26 tháng 9 năm 2025\nNGHỊ QUYẾT\nQUY ĐỊNH CHI TIẾT\n"
            "Căn cứ Luật số 85/2015/QH13; Nghị quyết số 101/2025/UBTVQH15 (corpus 014's own annex)")
    extraction = read_text(text)
    assert (extraction.source.symbol, extraction.source.type) == ("101/2025/UBTVQH15", "Nghị quyết")
    assert [c.symbol for c in extraction.citations] == ["85/2015/QH13"]
    # a citation in the text writes no colon: not a number line
    assert read_text("Thực hiện\nNghị quyết số 101/2025/UBTVQH15 ngày 26/9/2025").source.symbol is None


# Places from the real corpus's headers and bodies, misread before.
REAL_PLACES = [
    # "CỘNG HÒA XÃ HỘI CHỦ NGHĨA" and "THƯƠNG BINH VÀ XÃ HỘI" name no commune "Hội"
    ("020_ldtbxh-cv1040-2012-chat-doc-hoa-hoc.txt", {"locality": None, "level": "Trung ương"}),
    # nor "UBND cấp xã Chủ tịch" a commune "Chủ"
    ("048_ldtbxh-vbhn836-2024-tt.txt", {"locality": None}),
    # a header column wraps the city's name: "UBND THÀNH PHỐ HÀ⏎NỘI"
    ("111_ttpvhcc-hanoi-qd1609-2025.txt", {"locality": "Hà Nội", "province": "Hà Nội", "level": "tỉnh"}),
    ("066_ubnd-hatinh-qd84-2025.txt", {"locality": "Hà Tĩnh", "province": "Hà Tĩnh"}),
    # "tỉnh Thanh Hóa" and "tỉnh Quảng Ninh" once each, in a form's example addresses: no province
    ("001_mttq-luongminh-hd-gioi-thieu-ung-cu-hdnd-xa.txt", {"locality": "Lương Minh", "province": None, "level": "xã"}),
    # the code of the text's own number names the body the header does not ("BỘ TƯ PHÁP" unread),
    # or names only as its parent ("BAN CHẤP HÀNH TRUNG ƯƠNG⏎BAN TỔ CHỨC")
    ("101_btp-tt24-2025.txt", {"issuer": "Bộ Tư pháp", "level": "Trung ương"}),
    ("058_btctw-hd45-2025-huong-dan-qd377.txt", {"issuer": "Ban Tổ chức Trung ương"}),
    # the header's "THÀNH PHỐ CẦN THƠ" outweighs "tỉnh Sóc Trăng", "tỉnh Hậu Giang" cited twice each
    ("079_ubnd-cantho-kh165-2025-cong-tac-dan-so.txt", {"province": "Cần Thơ"}),
]


def test_the_headers_province_outweighs_the_provinces_cited():
    text = ("ỦY BAN NHÂN DÂN XÃ HẢI THUẬN XUÂN\nTỈNH BÌNH DƯƠNG\nSố: 26/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT "
            "NAM\nĐộc lập - Tự do - Hạnh phúc\nHải Thuận Xuân, ngày 11 "
            "tháng 9 năm 2024\nKẾ HOẠCH\nThực hiện Kế hoạch số 5/KH-UBND của Ủy ban nhân dân tỉnh Trà Vinh và "
            "Chương trình số 9/CTr-UBND của Ủy ban nhân dân tỉnh Trà Vinh.")
    source = read_text(text).source
    assert (source.locality, source.province, source.level) == ("Hải Thuận Xuân", "Bình Dương", "xã")


@pytest.mark.parametrize("doc,want", REAL_PLACES)
def test_real_places(doc, want):
    source = read_file(REAL / doc).source
    for field, value in want.items():
        assert getattr(source, field) == value, field


ANNEX_FIRST = (
    "PHỤ LỤC I\n\nMỨC HƯỞNG TRỢ CẤP, PHỤ CẤP ƯU ĐÃI HẰNG THÁNG (Kèm theo Nghị định số 55/2023/NĐ-CP ngày 21 "
    "tháng 7 năm 2023 của Chính phủ)\n\n" + "| 1 | Người hoạt động cách mạng | 2.297.000 |\n" * 120 +
    "| Nơi nhận: - Ban Bí thư Trung ương Đảng; - Lưu: VT. | TM. CHÍNH PHỦ KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG |\n\n"
    "| CHÍNH PHỦ -------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- |\n"
    "|---|---|\n| Số: 55/2023/NĐ-CP | Hà Nội, ngày 21 tháng 7 năm 2023 |\n\nNGHỊ ĐỊNH\n\nSỬA ĐỔI, BỔ SUNG MỘT SỐ "
    "ĐIỀU CỦA NGHỊ ĐỊNH SỐ 75/2021/NĐ-CP\n\nCăn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\n")


def test_a_header_after_the_annexes_is_the_texts_when_they_are_attached_to_its_number():
    """Corpus 043 opens with its annexes, "(Kèm theo Nghị định số 55/2023/NĐ-CP …)", and its
    header comes after them: the text is 55/2023, which it never cites."""
    ex = read_text(ANNEX_FIRST)
    s = ex.source
    assert (s.symbol, s.type, s.date, s.issuer) == ("55/2023/NĐ-CP", "Nghị định", dt.date(2023, 7, 21), "Chính phủ")
    assert ex.text[s.spans["symbol"].start:s.spans["symbol"].end] == "55/2023/NĐ-CP"
    assert [c.symbol for c in ex.citations] == ["75/2021/NĐ-CP"]
    real = read_file(REAL / "043_cp-nd55-2023-sua-doi-nd75.txt")
    assert real.source.symbol == "55/2023/NĐ-CP" and "55/2023/NĐ-CP" not in {c.symbol for c in real.citations}


def test_a_late_header_attached_to_nothing_is_not_the_texts():
    """An annex of forms may hold a header with a number of its own: not the text's, unless
    the text's opening says it is attached to that number."""
    text = ANNEX_FIRST.replace("(Kèm theo Nghị định số 55/2023/NĐ-CP", "(Theo Nghị định số 55/2023/NĐ-CP")
    assert read_text(text).source.symbol is None


# A typed number line is the header's own number above the prose, a footer's below it (round 47,
# review 22): a header flattened onto one long line has no sentence in it.
@pytest.mark.parametrize("text,own,cited", [
    ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Quảng Nam, "
     "ngày 5 tháng 3 năm 2021 về việc ban hành quy chế làm việc của Ủy ban nhân dân tỉnh nhiệm kỳ 2021 - 2026 kèm theo\n"
     "Quyết định số: 123/QĐ-UBND\nCăn cứ Luật số 1/2015/QH13;", "123/QĐ-UBND", ["1/2015/QH13"]),
    ("Việc ra quân dọn vệ sinh, chăm sóc cây xanh đã thu hút đông đảo người dân tham gia và được khu dân cư duy trì "
     "thường xuyên vừa góp phần bảo vệ môi trường, tạo môi trường sống trong lành cho bà con khu dân cư.\n"
     "Giấy phép số: 795/GP-STTTT, ngày 15/8/2017 của Sở Thông tin và Truyền thông", None, ["795/GP-STTTT"]),
])
def test_typed_number_line_is_the_headers_above_the_prose_only(text, own, cited):
    ex = read_text(text)
    assert ex.source.symbol == own
    assert [c.symbol for c in ex.citations] == cited
