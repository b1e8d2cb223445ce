"""Short forms: a type word and a number without the symbol ("Quyết định số 217",
"(Kết luận số 114)", "Quy định 377" after "(sau đây gọi tắt là Quy định 377)").

Each resolves to a full citation in the same text with that number and a compatible type:
the nearest one before it, else the nearest after it. One that resolves to nothing stays
unresolved: it is reported, never guessed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .tables import DocType, tables, type_by_word
from .normalize import fold_key


@dataclass(frozen=True, slots=True)
class ShortForm:
    start: int
    end: int
    number: str
    doc_type: DocType
    has_so: bool


# Words are matched on the match view in any case; only the two- and three-letter
# abbreviations ("NQ 57") must be in capitals, since "ct", "kh" are ordinary syllables.
@cache
def _short_regex() -> re.Pattern:
    words, abbreviations = [], []
    for t in tables().types:
        for w in (t.word, *t.aliases):
            (abbreviations if w.isupper() else words).append(w)
    words.sort(key=len, reverse=True)
    abbreviations.sort(key=len, reverse=True)
    alternation = ("(?i:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + ")|"
                   + "|".join(re.escape(a) for a in abbreviations))
    return re.compile(
        rf"(?<![^\W\d_])(?P<word>{alternation})[ ]+(?P<so>(?i:số)[ ]*:?[ ]*)?"
        r"(?P<num>\d{1,5}(?:\.\d{1,3})?)"
        # not the start of a symbol, a list sharing one, a date or a decimal
        r"(?![\d.]*\s*[-/]\s*[^\W\d_]|[\d.]*\s*(?:,|và)\s*\d|[\d]|\.\d|/\d|-\d)")


_TIME_WORDS = re.compile(r"\s*(?i:năm|tháng|tuần|ngày|lần|%|giờ|phút|người|đồng|triệu|tỷ)(?!\w)")


def find_short_forms(view: str, taken: list[tuple[int, int]]) -> list[ShortForm]:
    """Short forms in ``view`` that do not overlap the spans in ``taken`` (sorted)."""
    found = []
    for m in _short_regex().finditer(view):
        if _overlaps(m.start(), m.end(), taken):
            continue
        has_so = bool(m.group("so"))
        # "Kế hoạch 5 năm" is a period, not a document; with "số" it is a number.
        if not has_so and _TIME_WORDS.match(view, m.end()):
            continue
        doc_type = type_by_word()[fold_key(m.group("word"))]
        found.append(ShortForm(m.start(), m.end(), m.group("num"), doc_type, has_so))
    return found


def _overlaps(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    import bisect
    i = bisect.bisect_left(taken, (start, -1))
    for j in (i - 1, i):
        if 0 <= j < len(taken) and taken[j][0] < end and start < taken[j][1]:
            return True
    return False


def same_number(a: str, b: str) -> bool:
    return a.lstrip("0") == b.lstrip("0")


def compatible(doc_type: DocType, cited_type: str | None, type_code: str | None) -> bool:
    if cited_type == doc_type.word:
        return True
    return type_code is not None and type_code in doc_type.codes and cited_type is None
