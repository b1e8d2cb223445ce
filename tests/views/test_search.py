"""The index's search in headless Chromium, typed as users type.

Both sides are folded alike (as danchieu.extract.normalize.fold_key folds: NFC, look-alike
dashes and spaces, no diacritics, đ -> d, lower case), so tone placement ("Thanh Hoá" /
"Thanh Hóa"), missing diacritics and NFD input find the same documents; a type word and a
number ("Quy định 124") find that document, as `danchieu show` does.
"""
from __future__ import annotations

import unicodedata

import pytest

from danchieu.extract.normalize import fold_key

NONE = "(không số)"          # what the index shows for a document without a symbol

THANH_HOA = ["02-NQ/TU"]
UY_BAN = [NONE, NONE, "02-KL/ĐCT", "09/2019/QĐ-UBND", "14-HD/BDVTU", "2543-QĐ/TU"]
# The two Nghị quyết 29, and the titles that name one of them (not "nhiệm kỳ 2024 - 2029").
NQ_29 = [NONE, "29-NQ/TU", "29-NQ/TW", "30-CTr/TU", "619/KH-MTTQ-BTT"]
NQ_29_TW = [NONE, "29-NQ/TW", "619/KH-MTTQ-BTT"]

SEED_SEARCHES = [
    # (typed, the symbols the table then shows, sorted)
    ("Thanh Hóa", THANH_HOA),
    ("Thanh Hoá", THANH_HOA),                       # older tone placement, as the seeds write it
    ("thanh hoa", THANH_HOA),
    ("THANH HOÁ", THANH_HOA),
    (unicodedata.normalize("NFD", "Thanh Hóa"), THANH_HOA),   # decomposed, as macOS types it
    ("Ủy ban", UY_BAN),
    ("Uỷ ban", UY_BAN),
    ("uy ban", UY_BAN),
    ("nghị quyết 29", NQ_29),
    ("nghi quyet 29", NQ_29),
    ("Nghị quyết số 29", NQ_29),
    ("Quy định 124", ["124-QĐ/TW"]),                # not 124/TT-BCA, a Thông tư
    ("quy dinh so 124", ["124-QĐ/TW"]),
    ("QĐ 124", ["124-QĐ/TW"]),
    ("Quyết định 124", []),                         # 124-QĐ/TW is a Quy định: `show` finds none either
    ("Kế hoạch 619", ["619/KH-MTTQ-BTT"]),          # not 617/KH-MTTQ-BTT
    ("ke hoach 619", ["619/KH-MTTQ-BTT"]),
    ("619", ["619/KH-MTTQ-BTT"]),
    ("Quyết định 9", ["09/2019/QĐ-UBND"]),          # leading zeros
    ("Chỉ thị 05", ["01-KL/TW", "05-CT/TW"]),       # the directive, and the conclusion naming it
    ("29-NQ/TW", NQ_29_TW),
    ("29\u2013NQ/TW", NQ_29_TW),                    # an en dash, pasted from Word
    ("29-nq/tw\u00a0", NQ_29_TW),                   # and a no-break space
    ("Quy định \uff11\uff12\uff14", ["124-QĐ/TW"]),  # full-width digits, as an IME may type them
    ("Nghị quyết số 29-NQ/TW", NQ_29_TW),            # the type word before the whole symbol
    ("Kế hoạch 619/KH", ["619/KH-MTTQ-BTT"]),        # the number and the start of its symbol
    ("Kế hoạch 619/QĐ", []),
]

# The plan, the plans and the directive it cites, and the election law and its amendment.
BAU_CU = ["06/KH-MTTW-BTT", "16/KH-MTTQ-BTT", "33/KH-MTTQ-BTT", "46-CT/TW", "83/2025/QH15", "85/2015/QH13"]
BAU_CU_SEARCHES = [
    ("bầu cử", BAU_CU),
    ("bau cu", BAU_CU),
    ("BẦU CỬ", BAU_CU),
    ("Kế hoạch 16", ["16/KH-MTTQ-BTT"]),
    ("Chỉ thị 46", ["21-KH/ĐU", "46-CT/TW"]),       # and the plan whose title names it
]


def shown(page, typed: str) -> list[str]:
    page.page.fill("#q", typed)
    symbols = page.page.locator("#docs tbody tr:not([hidden]) td:first-child a").all_inner_texts()
    assert page.page.inner_text("#count") == str(len(symbols))
    return sorted(symbols)


@pytest.mark.parametrize("typed, expected", SEED_SEARCHES)
def test_search_of_the_seeds(page, seeds_site, typed, expected):
    page.open(seeds_site / "index.html")
    assert shown(page, typed) == expected
    assert page.errors == []


@pytest.mark.parametrize("typed, expected", BAU_CU_SEARCHES)
def test_search_without_diacritics(page, bau_cu_site, typed, expected):
    page.open(bau_cu_site / "index.html")
    assert shown(page, typed) == expected
    assert page.errors == []


def test_clearing_the_search_shows_every_document(page, seeds, seeds_site):
    page.open(seeds_site / "index.html")
    shown(page, "Thanh Hoá")
    assert len(shown(page, "  ")) == seeds.graph.number_of_nodes()


FOLDS = ["Thanh Hoá", "Thanh Hóa", "Uỷ ban nhân dân", "ĐẢNG CỘNG SẢN", "Quyết định số 124-QĐ/TW",
         unicodedata.normalize("NFD", "Nghị quyết khóa XIII"), "29\u2013NQ/TW", "29\u2014NQ\uff0fTW",
         "Ban\u00a0Chấp\u2009hành", "  a \t b  ", "\u0110\u00d0\u0189 đ ð ɖ", "\u041dQ 29",
         "Thủy lợi, thuỷ sản, quý IV", "Ứng cử, bầu cử"]


@pytest.mark.parametrize("text", FOLDS)
def test_the_page_folds_as_python_does(page, seeds_site, text):
    page.open(seeds_site / "index.html")
    assert page.page.evaluate("t => window.danchieuFold(t)", text) == fold_key(text)
