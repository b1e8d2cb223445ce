"""Short forms: a type word and a number without the symbol ("Quyết định số 217",
"(Kết luận số 114)", "Quy định 377" after "(sau đây gọi tắt là Quy định 377)", "Nghị định
137/2020" with its year), and an abbreviation glued to the number ("TT200").

Each resolves to a full citation in the same text with that number (and year, where given)
and a compatible type: the nearest one before it, else the nearest after it. One that
resolves to nothing stays unresolved: it is reported, never guessed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .model import fast_init
from .normalize import VECTOR_MIN, digits
from .tables import DocType, tables


@fast_init
@dataclass(frozen=True, slots=True)
class ShortForm:
    start: int
    end: int
    number: str
    doc_type: DocType
    has_so: bool
    # In a list ("Quyết định số 217, 218 của Bộ Chính trị") every number is one short form:
    # the type word and "số" are the first's (``head``), the metadata after the last number
    # (``tail_at``) is everyone's.
    head: tuple[int, int] | None = None
    tail_at: int | None = None
    year: int | None = None     # "Thông tư 68/2025": only a citation of that year is meant


@cache
def _type_word_endings() -> tuple[tuple[str, ...], dict[str, DocType]]:
    """Every spelling of every type word that may stand before a number: as written, in lower
    case, in capitals, in title case. Abbreviations ("NQ 57") only in capitals, since "ct",
    "kh" are ordinary syllables."""
    spellings: dict[str, DocType] = {}
    for t in tables().types:
        for w in (t.word, *t.aliases):
            forms = {w} if w.isupper() else {w, w.lower(), w.upper(), w.title(), w[0].lower() + w[1:]}
            for f in forms:
                spellings.setdefault(f, t)
    return tuple(sorted(spellings, key=len, reverse=True)), spellings


@cache
def _last_word_endings() -> frozenset[str]:
    """The last two letters of every last word: a number whose preceding word ends otherwise
    ("năm 2025", "Điều 36", most numbers in a text) is dropped without reading the word."""
    return frozenset(last[-2:] for last in _spellings_by_last_word())


@cache
def _spellings_by_last_word() -> dict[str, tuple[str, ...]]:
    """Spellings by their last word, longest first: most numbers in a text follow no such
    word, and the rest are checked against a handful of spellings."""
    by_last: dict[str, list[str]] = {}
    for e in _type_word_endings()[0]:                  # longest first
        by_last.setdefault(e.split()[-1], []).append(e)
    return {last: tuple(spellings) for last, spellings in by_last.items()}


# A number, but not the start of a symbol, a list sharing one, a date or a decimal
# (possessive, so that no shorter number is tried once one is refused).
# After "-" a symbol goes on with a code and "/" or "-" ("29 - NQ/TW"); "Nghị quyết 68 -⏎Giảm
# 30% ..." goes on with words.
# (a letter after the number, as the full symbol has it: "Nghị quyết 30c" for 30c/NQ-CP, round 63)
_NUMBER = re.compile(r"[ \n](?P<num>[0-9]{1,5}+(?:\.[0-9]{1,3})?+(?:[a-e](?![^\W_]))?)"
                     r"(?![0-9.]*\s*/\s*[^\W\d_]|[0-9.]*\s*-\s*[^\W\d_]+[ ]?[-/]"
                     r"|[0-9.]*\s*(?:,|và)\s*[0-9]|[0-9]|\.[0-9]|/[0-9]|-[0-9])")
# Numbers sharing one type word, none the start of a symbol (possessive: a list ending in a
# symbol, "217, 218-QĐ/TW", is not cut short to pass; it is a list of full citations).
_NUMBER_LIST = re.compile(r"[ \n](?P<num>[0-9]{1,5}+)(?P<rest>(?:[ ]{0,2}(?:,|và)[ ]{0,2}[0-9]{1,5}+)++)"
                          r"(?![0-9.]*\s*[-/]\s*[^\W\d_]|[0-9]|\.[0-9]|/[0-9]|-[0-9])")
# A number with its year and no codes ("Nghị định 137/2020", "Thông tư số 148/2018"): not
# a date ("12/2020" after a type word is none) nor a symbol going on ("137/2020/NĐ-CP").
_NUMBER_YEAR = re.compile(r"[ \n](?P<num>[0-9]{1,5}+)/(?P<year>(?:19|20)[0-9]{2})"
                          r"(?![0-9]|\s*/|\s*-\s*[^\W\d_])")
_LIST_ITEM = re.compile(r"[0-9]{1,5}")
_YEAR = re.compile(r"(?:19|20)[0-9][0-9]")
_LIST_MARK = re.compile(r"[.)](?:\s|$)|[.][0-9]|\s*$|\s*\n")
_SO = re.compile(r"(?:số|Số|SỐ)\s*:?\s*$")
# What a number counts, not a document's number: "Kế hoạch 5 năm", "văn bản 10 điều", "Quyết
# định 3 bước" (without "số"); not the first syllable of another word ("Nghị định 100 điều
# chỉnh …", "Nghị quyết 18 bước đầu", "Nghị quyết 57 mục tiêu")
_COUNTED = re.compile(r"\s*(?:năm|tháng|tuần|ngày|lần|%|giờ|phút|người|đồng|triệu|tỷ"
                      r"|(?:điều|chương|bước|trang|mục|khoản|điểm|nhóm|loại|phần)(?!\s+[^\W\d_]))(?!\w)", re.I)


_YEARS_COUNTED = re.compile(r"\s*năm(?!\s*(?:19|20)\d\d)(?!\w)")


def find_short_forms(view: str, taken: list[tuple[int, int]], points=None) -> list[ShortForm]:
    """Short forms in ``view`` that do not overlap the spans in ``taken`` (sorted).
    ``points`` is ``normalize.digits(view)`` where the caller has it already."""
    spellings = _type_word_endings()[1]
    by_last_word = _spellings_by_last_word()
    endings = _last_word_endings()
    found = []
    covered = 0                                 # where the last list of numbers read ends
    for number_start in _number_starts(view, points):
        if number_start < covered:
            continue
        word_end = _word_end(view, number_start)
        if view[word_end - 2:word_end] not in endings:
            continue
        m = (_NUMBER.match(view, number_start) or _NUMBER_LIST.match(view, number_start)
             or _NUMBER_YEAR.match(view, number_start))
        if m is None:
            continue
        year = int(m.group("year")) if m.re is _NUMBER_YEAR else None
        # a line break may fall inside the words ("Kết\nluận số 114"): read it as a space
        before = view[max(0, number_start - 40):number_start].replace("\n", " ")
        candidates = by_last_word.get(_last_word(before))
        if candidates is None:
            continue
        num_end = m.end("num") if year is None else m.end()
        list_end = m.end()
        # At the start of a line the number continues a wrapped line only after a single line
        # break, and never as a list marker ("Dự án\n\n1. Ngân sách", "Quyết định\n1.\n").
        if view[number_start] == "\n" and (view[number_start - 1:number_start] == "\n"
                                            or _LIST_MARK.match(view, num_end)):
            continue
        so = _SO.search(before)
        head = before[:so.start()].rstrip(" ") if so else before.rstrip(" ")
        word = next((w for w in candidates if head.endswith(w)), None)
        if word is None:
            continue
        word_start = number_start - len(before) + len(head) - len(word)
        if word_start and view[word_start - 1].isalpha():
            continue
        # "Kế hoạch 5 năm" is a period, not a document, and "pháp luật 2015", "Kế hoạch 2025"
        # name a year; with "số" it is a number.
        if not so and (_COUNTED.match(view, list_end) or _YEAR.fullmatch(m.group("num"))):
            continue
        if _overlaps(word_start, list_end, taken):
            continue
        doc_type = spellings[word]
        if list_end == num_end:
            found.append(ShortForm(word_start, num_end, m.group("num"), doc_type, bool(so), year=year))
            continue
        items = list(_LIST_ITEM.finditer(m.group("rest")))
        if any(_YEAR.fullmatch(item.group()) for item in items):
            continue                        # "Quy định 377, 2025": a year, not a second number
        if _YEARS_COUNTED.match(view, list_end):
            # the last number counts years: "Nghị quyết số 25 và 5 năm thực hiện Kết luận số 43"
            # (round 51; "số 114 và 115 ngày 14/7/2015" is a list, "số 5 và 6 năm 2015" too)
            found.append(ShortForm(word_start, num_end, m.group("num"), doc_type, bool(so), year=year))
            continue
        head, covered = (word_start, num_end), list_end
        found.append(ShortForm(word_start, num_end, m.group("num"), doc_type, bool(so), head, list_end))
        base = m.start("rest")
        for item in items:
            found.append(ShortForm(base + item.start(), base + item.end(), item.group(), doc_type,
                                   bool(so), head, list_end))
    return found


# A type's abbreviation glued to its number: an alias and its uses ("Thông tư
# 200/2014/TT-BTC (viết tắt là TT200)", "hướng dẫn theo TT200", "NĐ100", "NQ-68"). Not after a
# letter, a slash, a dot or a hyphen ("UBTVQH14", "80/2015/QH13"), nor going on into a symbol
# ("QĐ15/2006/BTC"), a decimal or a code ("TT1-A").
_COMPACT = re.compile(r"(?<![\w/.-])(?P<code>[A-ZĐ]{2,3})-?(?P<num>[0-9]{1,5}+)(?![\w/]|[.,][0-9]|-[^\W\d_])")
_COMPACT_BEFORE_DIGIT = re.compile(r"[A-ZĐ]-?(?=[0-9])")


def find_compact_short_forms(view: str, taken: list[tuple[int, int]], points=None) -> list[ShortForm]:
    """Abbreviations glued to a number ("TT200"), outside the spans in ``taken`` (sorted). On
    its own such a word may be a model or a code: the pipeline keeps only those a full
    citation of the text resolves."""
    spellings = _type_word_endings()[1]
    found = []
    for at in _compact_starts(view, points):
        m = _COMPACT.match(view, at)
        if m is None:
            continue
        doc_type = spellings.get(m.group("code"))
        if doc_type is None or _overlaps(m.start(), m.end(), taken):
            continue
        found.append(ShortForm(m.start(), m.end(), m.group("num"), doc_type, False))
    return found


def _compact_starts(view: str, points=None) -> list[int]:
    """Where ``_COMPACT`` may match: the code before a digit that follows a capital (and a
    hyphen). Read from the digits where the caller has them: few digits follow a capital."""
    if points is None:
        lasts = [m.start() for m in _COMPACT_BEFORE_DIGIT.finditer(view)]
    else:
        import numpy as np
        units, starts = points
        starts = starts[starts >= 2]
        before = units[starts - 1]
        hyphen = before == 45
        before = np.where(hyphen, units[starts - 2], before)
        capital = ((before >= 65) & (before <= 90)) | (before == 0x110)
        lasts = (starts[capital] - 1 - hyphen[capital]).tolist()
    out = []
    for last in lasts:
        start = last
        while start > last - 3 and start > 0 and ("A" <= view[start - 1] <= "Z" or view[start - 1] == "Đ"):
            start -= 1
        if last - start >= 1:           # two or three capitals
            out.append(start)
    return out


def _number_starts(view: str, points=None) -> list[int]:
    """Where ``_NUMBER`` may match: a space or line break before a digit, after a word that
    may end a type word (or after "số", a colon, a space, and a word before them that may:
    ``_word_may_end_type_word``). ``points`` is ``normalize.digits(view)``, or None."""
    if points is None and len(view) < VECTOR_MIN:
        endings, after = _last_word_endings(), _AFTER_WORD_CHARS
        # (at 1, view[-1] is the last character, as in the vector read: harmless)
        return [s for s in (m.start() for m in _GAP_BEFORE_DIGIT.finditer(view, 1))
                if view[s - 2] + view[s - 1] in endings
                or (view[s - 1] in after and _word_may_end_type_word(view, s, endings))]
    return _number_starts_vector(view, points)


def _word_may_end_type_word(view: str, gap: int, endings: frozenset[str]) -> bool:
    """For a number whose gap has a space, colon or "số" before it: whether the word
    ``_word_end`` steps back to may end a type word, read here where one space, line break or
    colon (or "số" and one) stands after that word, as after most numbers ("Điều 5:⏎1 …",
    "Mẫu số 02"); other shapes are kept, for ``find_short_forms`` to read."""
    if gap < 5:
        return True
    b1, b2 = view[gap - 1], view[gap - 2]
    if b1 in " \n:":
        return b2 in " \n:ốỐ" or view[gap - 3] + b2 in endings
    if b2 + b1 not in ("số", "Số", "SỐ"):
        return False                    # the word ends right there: not in ``endings``
    if view[gap - 3] not in " \n":
        return view[gap - 4] + view[gap - 3] in endings
    return view[gap - 4] in " \n" or view[gap - 5] + view[gap - 4] in endings


_GAP_BEFORE_DIGIT = re.compile(r"[ \n](?=[0-9])")


def _number_starts_vector(view: str, points=None) -> list[int]:
    """``_number_starts`` read with vector operations from the digits only: on a long text a
    regular-expression scan for numbers costs 13 ms per MB, and most numbers follow other
    words ("năm 2025", "Điều 36")."""
    import numpy as np
    units, starts = points or digits(view)
    starts = starts - 1                                 # the space or line break before
    starts = starts[starts >= 1]                        # a word must come before
    gap = units[starts]
    starts = starts[(gap == 32) | (gap == 10)]
    before = units[starts - 1]
    pairs = (units[starts - 2].astype(np.uint64) << 32) | before   # at 1 reads the last: harmless
    keep = np.isin(pairs, _ending_pairs())
    maybe = ~keep & np.isin(before, _AFTER_WORD)
    keep[maybe] = _words_may_end_type_words(units, starts[maybe])
    return starts[keep].tolist()


def _words_may_end_type_words(units, gaps):
    """``_word_may_end_type_word`` at each of ``gaps``, read with vectors."""
    import numpy as np
    b1, b2, b3, b4, b5 = (units[np.maximum(gaps - k, 0)] for k in range(1, 6))

    def among(c, chars):
        return np.isin(c, [ord(ch) for ch in chars])

    def ending(a, b):
        return np.isin((a.astype(np.uint64) << 32) | b, _ending_pairs())

    so = ((b2 == ord("s")) & (b1 == ord("ố"))) | ((b2 == ord("S")) & among(b1, "ốỐ"))
    after_word = among(b2, " \n:ốỐ") | ending(b3, b2)
    after_so = so & np.where(among(b3, " \n"), among(b4, " \n") | ending(b5, b4), ending(b4, b3))
    return np.where(among(b1, " \n:"), after_word, after_so) | (gaps < 5)


_AFTER_WORD_CHARS = " \n:ốỐ"                  # what ``_word_end`` steps back over
_AFTER_WORD = [ord(c) for c in _AFTER_WORD_CHARS]


@cache
def _ending_pairs():
    import numpy as np
    return np.array(sorted((ord(e[0]) << 32) | ord(e[1]) for e in _last_word_endings()),
                    dtype=np.uint64)


def _word_end(view: str, pos: int) -> int:
    """Where ``_last_word`` of the text before ``pos`` ends, read in place."""
    while pos and view[pos - 1] in " \n:":
        pos -= 1
    if view.endswith(("số", "Số", "SỐ"), 0, pos):
        pos -= 2
        while pos and view[pos - 1] in " \n":
            pos -= 1
    return pos


def _last_word(before: str) -> str:
    """The run of letters ending ``before``, "số" and a colon aside."""
    head = before.rstrip(" :")
    if head.endswith(("số", "Số", "SỐ")):
        head = head[:-2].rstrip(" ")
    start = len(head)
    while start and head[start - 1].isalpha():
        start -= 1
    return head[start:]


def _overlaps(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    import bisect
    i = bisect.bisect_left(taken, (start, -1))
    for j in (i - 1, i):
        if 0 <= j < len(taken) and taken[j][0] < end and start < taken[j][1]:
            return True
    return False


# A short form is compatible with a full citation that has its type word, or, where the text
# gives the full citation no type word, a symbol type code of that word ("Quyết định số 217"
# and "217-QĐ/TW"). Both sides are read as keys so that the pipeline can index full citations.

def cited_key(cited_type: str | None, type_code: str | None) -> tuple[str, str] | None:
    """What a full citation offers: its type word, else its symbol's type code."""
    if cited_type is not None:
        return ("word", cited_type)
    return ("code", type_code) if type_code is not None else None


def wanted_keys(doc_type: DocType) -> list[tuple[str, str]]:
    """The ``cited_key`` values a short form of this type word accepts."""
    return [("word", doc_type.word)] + [("code", code) for code in doc_type.codes]
