"""Identity: which mentions are one document, and the URI template."""
import datetime as dt

import pytest
from hypothesis import given, strategies as st

from danchieu.graph.identity import Key, Place, key_of, parse_symbol, place_of
from danchieu.graph.vocab import DOC

SAM_SON = Place("Sầm Sơn", "Thanh Hóa", "huyện")
TAM_KY = Place("Tam Kỳ", "Quảng Nam", "huyện")


def key(symbol, date=None, term=None, locality=None, level=None, family=None, context=SAM_SON, year=None):
    return key_of(symbol, family=family, locality=locality, level=level, date=date, term=term,
                  year=year, context=context)[0]


@pytest.mark.parametrize("symbol, number, year, type_code, issuer", [
    ("29-NQ/TW", "29", None, "NQ", "TW"),
    ("08-QĐi/TW", "08", None, "QĐi", "TW"),
    ("93/2021/NĐ-CP", "93", 2021, "NĐ", "CP"),
    ("619/KH-MTTQ-BTT", "619", None, "KH", "MTTQ-BTT"),
    ("80/2015/QH13", "80", 2015, None, "QH13"),
    ("5973/UBND-KT", "5973", None, None, "UBND-KT"),
    ("124/TT-BCA", "124", None, "TT", "BCA"),
    ("66.4/2025/NQ-CP", "66.4", 2025, "NQ", "CP"),
    ("64-CP", "64", None, None, "CP"),
])
def test_parse_symbol(symbol, number, year, type_code, issuer):
    s = parse_symbol(symbol)
    assert (s.number, s.year, s.type_code, s.issuer) == (number, year, type_code, issuer)


def test_central_party_numbers_restart_every_term():
    k2013 = key("29-NQ/TW", date=dt.date(2013, 11, 4))
    k2022 = key("29-NQ/TW", date=dt.date(2022, 11, 17))
    assert (k2013.period, k2022.period) == ("XI", "XIII")
    assert k2013.uri != k2022.uri
    assert key("29-NQ/TW", term="XIII").uri == k2022.uri   # the khóa alone decides too
    assert key("29-NQ/TW").period == "_"                   # nothing decides: floats


@pytest.mark.parametrize("padded, bare", [
    ("05/2000/TT-BXD", "5/2000/TT-BXD"),          # corpus 019 writes both
    ("0134/KH-UBND", "134/KH-UBND"),
    ("08-QĐi/TW", "8-QĐi/TW"),
])
def test_padded_numbers_are_one_document(padded, bare):
    when = dt.date(2024, 5, 2)
    assert key(padded, date=when).uri == key(bare, date=when).uri
    assert key(padded, date=when).uri != key("50/2000/TT-BXD", date=when).uri


def test_same_symbol_different_issuer_families_are_different_documents():
    pairs = [("29-NQ/TW", "29-NQ/TU"), ("10-CT/TW", "10-CT/TU"), ("124-QĐ/TW", "124/TT-BCA")]
    for a, b in pairs:
        assert key(a, date=dt.date(2018, 2, 2)).uri != key(b, date=dt.date(2018, 2, 2)).uri


def test_local_symbols_repeat_across_localities_and_years():
    district = key("45/KH-MTTQ-BTT", date=dt.date(2023, 3, 1), context=SAM_SON, level="huyện")
    province = key("45/KH-MTTQ-BTT", date=dt.date(2022, 3, 1), locality="tỉnh Thanh Hoá")
    other = key("45/KH-MTTQ-BTT", date=dt.date(2022, 3, 1), locality="tỉnh Quảng Nam")
    assert len({district.uri, province.uri, other.uri}) == 3
    assert district.scope == "thanh-hoa.sam-son" and province.scope == "thanh-hoa"


def test_locality_implied_by_the_citing_document():
    # "của Ban Thường vụ Tỉnh ủy" in a Sầm Sơn plan is the Tỉnh ủy of Thanh Hóa
    k = key("10-CT/TU", date=dt.date(2017, 5, 17), level="tỉnh", context=SAM_SON)
    assert k.scope == "thanh-hoa"
    assert key("10-CT/TU", date=dt.date(2017, 5, 17), level="tỉnh", context=TAM_KY).scope == "quang-nam"
    # a city-level body stays in the city
    assert key("155-KH/TU", date=dt.date(2022, 12, 30), level="huyện", context=SAM_SON).scope == "thanh-hoa.sam-son"


def test_state_normative_year_comes_from_the_symbol():
    assert key("93/2021/NĐ-CP").period == "2021"
    assert key("93/2021/NĐ-CP").scope == "vn"


def test_uri_segments_are_percent_encoded_so_DA_and_ĐA_differ():
    da = key("04/DA-UBND", date=dt.date(2020, 1, 1), locality="tỉnh Quảng Nam")
    dda = key("04/ĐA-UBND", date=dt.date(2020, 1, 1), locality="tỉnh Quảng Nam")
    assert da.uri != dda.uri
    assert "Đ" not in str(dda.uri) and "%C4%90" in str(dda.uri)
    assert str(dda.uri) == DOC + "state/quang-nam/UBND/%C4%90A/2020/4"


@pytest.mark.parametrize("written, name, province, level", [
    ("tỉnh Thanh Hoá", "Thanh Hóa", "Thanh Hóa", "tỉnh"),
    ("thành phố Hồ Chí Minh", "Hồ Chí Minh", "Hồ Chí Minh", "tỉnh"),
    ("thành phố Sầm Sơn", "Sầm Sơn", "Thanh Hóa", "huyện"),
    ("Tam Kỳ", "Tam Kỳ", "Quảng Nam", "huyện"),
    # renamed, one place: 42/2018/QĐ-UBND "của UBND tỉnh Thừa Thiên Huế" is Huế's (corpus 067)
    ("tỉnh Thừa Thiên Huế", "Huế", "Huế", "tỉnh"),
    ("thành phố Huế", "Huế", "Huế", "tỉnh"),
])
def test_place_of(written, name, province, level):
    assert place_of(written) == Place(name, province, level)


segment = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=12)


@given(st.builds(Key, segment, segment, segment, segment, segment, segment))
def test_key_round_trips_through_its_uri(k):
    assert Key.from_uri(str(k.uri)) == k


@pytest.mark.parametrize("scope,period,forms", [
    ("quang-ninh.luong-minh", "2025", ["quang-ninh.luong-minh/_", "_.luong-minh/2025", "_.luong-minh/_"]),
    ("quang-ninh", "2025", ["quang-ninh/_"]),                  # a province is never left out
    ("_.luong-minh", "2025", ["_.luong-minh/_"]),
    ("quang-ninh.luong-minh", "_", ["_.luong-minh/_"]),
    ("vn", "XIII", ["vn/_"]),
])
def test_partial_forms_a_document_completes(scope, period, forms):
    key = Key("front", scope, "MTTQ-BTT", "KH", period, "16")
    assert [f"{k.scope}/{k.period}" for k in key.partial_forms()] == forms
    assert Key("front", "_.luong-minh", "MTTQ-BTT", "KH", "2025", "16").lacks_province
    assert not key.placeless.is_local_place
