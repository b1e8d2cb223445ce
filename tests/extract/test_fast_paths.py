"""The forms written for speed read exactly what the plain forms read: the boundary and
title-stop expressions opening with a class of their first characters, the cue and body
alternations marked by empty groups, the bodies tried by first letter, the digits taken from
UTF-16 units, both views looked up by one index, the records' quicker constructor, the
symbol scan passing over dates, white space left alone where it is one space already, and
heads read without their "của" part where the window has no "của"."""
import dataclasses
import re

import pytest
from hypothesis import given, settings, strategies as st

from danchieu.extract.context import _TITLE_STOP, Head, _reversed_head
from danchieu.extract.model import Citation, Clause, Span
from danchieu.extract.normalize import (LOWER, UPPER, _FOLD_TABLE, _units, digits, fold, match_view,
                                        one_spaced, views_and_units)
from danchieu.extract.relations import _BOUNDARY
from danchieu.extract.symbols import _candidates, _starts_clean, named_symbol_regex, symbol_regex
from danchieu.extract.tables import _spaces, body_at, body_regex, cue_regex, tables

# The plain forms, as they were written before the fast ones.
PLAIN_BOUNDARY = re.compile(rf"[.!?]\s+(?=[{UPPER}0-9\-+•*])|\n\s*(?![{LOWER}])"
                            r"|;\s+(?=(?:Xét|Sau khi|Theo đề nghị|Trên cơ sở)(?![^\W\d_])"
                            rf"|Căn cứ\s+[{UPPER}])")
PLAIN_TITLE_STOP = re.compile(r"[;\n]|\.(?=[\s\-+•*]|$)|\"|, (?=[A-ZĐ])|\((?!\w{1,6}\)|[Kk]h\w{1,2}\s+[IVXLC]+\))")


def plain_cue_regex() -> re.Pattern:
    parts = [f"(?P<c{i}>{_spaces(c.pattern)})" for i, c in enumerate(tables().cues)]
    return re.compile(r"(?<![a-z])(?:" + "|".join(parts) + r")(?![a-z])")


PIECES = [".", "!", "?", ";", "\n", " ", "\t", ",", ", ", "(", ")", '"', "-", "•", "A", "Đ", "a",
          "đ", "1", "2021", "Xét", "Sau khi", "Căn cứ ", "Theo đề nghị", "Trên cơ sở", "khóa XII)",
          "Kh I)", "thực hiện", "Thực hiện", "căn cứ", "sửa đổi, bổ sung", "theo", "tại", "Bộ Tài chính",
          "Ủy ban nhân dân tỉnh", "Ban Chấp hành", "bãi bỏ", "tổng kết", "hướng dẫn thi hành"]
texts = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


def spans(regex: re.Pattern, text: str, lo: int, hi: int) -> list:
    return [(m.span(), m.group()) for m in regex.finditer(text, lo, hi)]


@settings(max_examples=800, deadline=None)
@given(texts, st.integers(0, 200), st.integers(0, 200))
def test_boundaries_and_title_stops_read_as_the_plain_forms(text, lo, hi):
    lo, hi = min(lo, len(text)), min(max(lo, hi), len(text))
    assert spans(_BOUNDARY, text, lo, hi) == spans(PLAIN_BOUNDARY, text, lo, hi)
    assert spans(_TITLE_STOP, text, lo, hi) == spans(PLAIN_TITLE_STOP, text, lo, hi)


@settings(max_examples=800, deadline=None)
@given(texts)
def test_cues_read_as_the_plain_alternation(text):
    folded = fold(text)
    plain = plain_cue_regex()
    assert [(m.span(), m.lastgroup) for m in cue_regex().finditer(folded)] == \
        [(m.span(), m.lastgroup) for m in plain.finditer(folded)]


def test_bodies_by_first_letter_are_the_bodies_of_the_whole_alternation():
    # every body's examples, at every position, in a run of them all
    run = " va ".join(fold(e) for b in tables().bodies for e in b.examples) + " xyz"
    for pos in range(len(run) + 1):
        fast, whole = body_at(run, pos), body_regex().match(run, pos)
        assert (fast and (fast.end(), fast.lastgroup)) == (whole and (whole.end(), whole.lastgroup)), pos


@pytest.mark.parametrize("view", ["Quyết định 12/QĐ-UBND ngày 5/3/2024", "", "x" * 10, "a\U0001d4001/2"])
def test_digits_from_utf16_units_are_those_from_code_points(view):
    units = views_and_units(view)[2]
    fast, plain = digits(view, units), digits(view)
    assert fast[0].tolist() == plain[0].tolist() and fast[1].tolist() == plain[1].tolist()
    assert len(_units(view)) == len(units)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Ủy ban", "hoá", "QĐ", "А", "Ð", "–", "“", "\u00a0", "_", "\U0001d400",
                                 "x", " ", "\n", "Đ"]), max_size=80).map("".join))
def test_views_from_one_index_are_the_plain_views(text):
    view, folded, _ = views_and_units(text)
    assert view == match_view(text) and folded == match_view(text).translate(_FOLD_TABLE)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["a", "Ủy", " ", "  ", "\n", "\t", "\u00a0", "\u2028", "\x1c", "\u200b",
                                 "\u3000", "\x85", ","]), max_size=20).map("".join))
def test_one_spaced_is_split_and_joined(text):
    assert one_spaced(text) == " ".join(text.split())


def test_white_space_is_printable_only_as_a_space():
    import sys
    assert not [c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace() and c.isprintable() and c != " "]


def test_records_keep_their_defaults_frozenness_and_equality():
    c = Citation(start=1, end=2, text="x", symbol=None, type=None, number=None, year=None,
                 date=None, issuer=None, term=None, title=None, relation="cites")
    assert c.issuers == () and c.short is False and c.spans == {}
    assert Citation(**{f.name: getattr(c, f.name) for f in dataclasses.fields(c)}) == c
    assert c.spans is not Citation(**{**{f.name: getattr(c, f.name) for f in dataclasses.fields(c)
                                          if f.name != "spans"}}).spans
    with pytest.raises(dataclasses.FrozenInstanceError):
        c.start = 5
    assert Span(1, 2) == Span(start=1, end=2) and hash(Span(1, 2)) == hash(Span(1, 2))
    assert Clause("1-NQ/TW", 0, "amends").cue is None
    head = Head(0, None, None, None, False)
    assert dataclasses.replace(head, issued=True).issued and head.date is None
    with pytest.raises(TypeError):
        Span(1)


# The symbol scan as it was written before its look-aheads: a number, then "/" or "-".
PLAIN_CANDIDATE = re.compile(r"[0-9][0-9.]{0,8}(?:[a-z]/|[ ]{0,2}[-/])")
SYMBOL_PIECES = ["1", "12", "2020", "12/3/2020", "05/10/2019", "2016-2020", "2016 - 2020", "/", "-",
                 " ", "  ", "\n", "QĐ", "NQ", "TW", "UBND", "CP", "TTg", "QH14", "ND", "a", "c/",
                 "/2020/", "15/2019/NĐ-CP", "29-NQ/TW", "3 -  4", "số", "Công văn số "]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(SYMBOL_PIECES), max_size=20).map("".join))
def test_symbol_scan_passes_over_no_symbol(view):
    plain = {m.start() for m in PLAIN_CANDIDATE.finditer(view) if _starts_clean(view, m.start())}
    candidates = {s for s in _candidates(view) if _starts_clean(view, s)}
    assert candidates <= plain
    for s in plain - candidates:
        assert not (symbol_regex().match(view, s) or named_symbol_regex().match(view, s)), (view, s)


HEAD_PIECES = ["quyet dinh", "nghi quyet", "ke hoach", "thong bao ket luan", "ket luan", " ", "  ", "\n",
               "so", ":", "cu", "a", "ua", "bo chinh tri", ",", "1", "van ban", "x"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(HEAD_PIECES), max_size=16).map("".join))
def test_heads_without_cua_read_as_with_it(window):
    if "cua" in window:
        return
    full, plain = _reversed_head(True).match(window[::-1]), _reversed_head(False).match(window[::-1])
    assert (full and (full.span(), full.groupdict())) == (plain and (plain.span(), plain.groupdict()))
