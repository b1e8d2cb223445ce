"""The scans that find where symbols and short forms may start agree with the regular
expressions that define those places, on texts built to sit on every edge. Each has two
readings: vector operations (long texts) and a regular-expression scan (short ones); both
give the same places."""
from hypothesis import example, given, settings, strategies as st

from danchieu.extract.normalize import VECTOR_MIN, digits
from danchieu.extract.shortforms import (_COMPACT, _NUMBER, _compact_starts, _last_word, _number_starts,
                                         _number_starts_vector, _spellings_by_last_word)
from danchieu.extract.symbols import _CANDIDATE, _candidates, _candidates_vector, _starts_clean

PIECES = ["1", "29", "2025", "-2020/", "123456789", "0.5", ".", "/", "-", " ", "  ", "\n", ":", "a", "Q",
          "ệ", "số", "Số ", "SỐ", "Quyết định", "Kết\nluận", "NQ", "định", "Động", "_", "(",
          "\U0001d400", "x1", "12/3/2020", "217, 218-QĐ/TW", "Kế hoạch số: 5", "năm 2025"]
texts = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


@settings(max_examples=500, deadline=None)
@given(texts)
# (found by this test: a letter outside ASCII after a short number behind "/"; a year after "-")
@example("1/1ệ")
@example("Thông báo số 37-2020/TB-PTGĐ, 2016-2020/ và 1-2345/")
def test_symbol_candidates_are_the_clean_starts_of_the_pattern(view):
    expected = [m.start() for m in _CANDIDATE.finditer(view)]
    found = _candidates(view)
    assert [s for s in found if _starts_clean(view, s)] == \
        [s for s in expected if _starts_clean(view, s)]
    assert set(found) <= set(expected)
    assert _candidates_vector(view) == found


@settings(max_examples=500, deadline=None)
@given(texts)
def test_short_texts_are_scanned_to_the_same_number_starts_as_long_ones(view):
    assert _number_starts(view) == _number_starts_vector(view)


@settings(max_examples=500, deadline=None)
@given(texts)
def test_number_starts_keep_every_number_after_a_type_word(view):
    kept = set(_number_starts(view))
    for m in _NUMBER.finditer(view):
        before = view[max(0, m.start() - 40):m.start()].replace("\n", " ")
        if _last_word(before) in _spellings_by_last_word():
            assert m.start() in kept, (view, m.start())


def test_long_texts_are_read_with_vectors_and_agree():
    view = ("Kết luận số 5, 29-NQ/TW, năm 2025; " * 400)[:VECTOR_MIN + 7]
    assert len(view) >= VECTOR_MIN
    assert _candidates(view) == _candidates_vector(view) != []
    assert _number_starts(view) == _number_starts_vector(view) != []
    short = view[:VECTOR_MIN - 1]
    assert _number_starts(short) == _number_starts_vector(short) != []


def test_examples():
    view = "Quyết định số 217 và năm 2025, 12/3/2020, Kết luận 5, 29-NQ/TW, x1/QĐ"
    starts = _number_starts(view)
    assert view.index(" 217") in starts and view.index(" 5,") in starts
    assert view.index(" 2025") not in starts                 # after "năm": no type word
    assert [view[s:s + 3] for s in _candidates(view)] == ["29-"]      # "12/3/2020": a date
    shouted = "QUYẾT ĐỊNH SỐ 5 và Kết luận số: 7"
    assert [shouted[s + 1] for s in _number_starts(shouted)] == ["5", "7"]


COMPACT_PIECES = ["TT", "QĐ", "NĐ", "Đ", "A", "AB", "Q", "x", "200", "5", "-", "/", ".", ",", " ", "\n",
                  "QH14", "(", ")", "ệ", "\U0001d400"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(COMPACT_PIECES), max_size=30).map("".join))
@example("ĐTT-200, AQĐ5 và NĐ-5")
def test_glued_abbreviations_are_found_the_same_in_short_and_long_texts(view):
    """Both readings give the same places, and every match of the pattern starts at one."""
    plain = _compact_starts(view)
    assert _compact_starts(view, digits(view)) == plain
    assert {m.start() for m in _COMPACT.finditer(view)} <= set(plain)
