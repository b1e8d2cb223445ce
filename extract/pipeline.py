"""From text to citations: normalise, find symbols, read their context, resolve short forms,
attach relations. ``read_text`` is the whole stage; ``extract`` keeps only the citations."""
from __future__ import annotations

import bisect
import gc
import re
import unicodedata
from contextlib import contextmanager
from dataclasses import replace
from functools import lru_cache

from . import acts
from .context import COUNT_WORDS, TITLE_MAX, Head, Text, title_of, list_numbers, read_head, read_tail
from .header import read_source
from .mention import Mention, issued_after, symbol_of, when
from .model import Citation, Clause, Extraction, SourceDocument, Span
from .normalize import UPPER, VECTOR_MIN, digits, fold, nfc, views_and_units
from .relations import (ACTING, MAX_GAP_WORDS, SENTENCE_WINDOW, ListHeads, basis_sentence, find_cue,
                        gap_words, has_boundary, names_document, passive_before, relation_of,
                        sentence_start)
from .shortforms import ShortForm, cited_key, find_compact_short_forms, find_short_forms, wanted_keys
from .symbols import Symbol, as_state, find_symbols, symbol_from_match, symbol_regex
from .tables import ROMAN_TERMS, body_at, issuer_codes, type_codes, type_word_regex, types_by_code

# A word with a combining mark. Tried from word starts only: from every position, a long
# word without one cost time in the square of its length (40 KB of one word: 12 s).
_COMBINING = re.compile(r"(?<!\S)\S*[\u0300-\u036f]\S*")
# "Mẫu số 02/BCĐ-MT", "theo mẫu 06/BBKP": form templates, not documents.
_TEMPLATE = re.compile(r"(?<![a-z])mau(?:\s+so)?\s*:?\s*$")
# (folded) after a document and its title: "… là …", the act before it a topic, a noun
_IS_AFTER = re.compile(r"\s*(?:tiep tuc |dang |se |van |cung )?la(?![a-z])")
# (folded) before an amending verb: what makes it a noun ("đến việc sửa đổi", "trong sửa đổi",
# "nội dung sửa đổi")
_TOPIC_BEFORE = re.compile(r"(?<![a-z])(?:den viec|cua viec|trong viec|trong|noi dung|quan tam|de xuat|du kien)\s+$")
# (folded) between two items of a review: a period and "thực hiện" ("; 05 năm thực hiện ")
_PERIOD_ITEM = re.compile(r"[^;.\n]{0,80}?(?:;|,|va)\s*\d{1,2}\s+nam\s+(?:trien khai\s+)?thuc hien\s*")
_GLUED_NOT_CITED = re.compile(r"(?<![a-z])(?:mau|ma|bieu)(?:\s+(?:bieu|so))?\s*:?\s*$")


# (folded) after a short form no citation gives a symbol: a programme's period ("Chương trình
# 135 giai đoạn …"), or criteria or targets counted ("quy định 13 tiêu chí", "giao Kế hoạch 12
# chỉ tiêu": round 45; "theo Quyết định 318 tiêu chí …" is 318's when the text cites it)
_NO_DOCUMENT_AFTER = re.compile(r"\s+(?:giai doan|tieu chi|chi tieu)(?![a-z])")
# "Ban Chỉ đạo Dự án 513", "Ban Quản lý Dự án 47": a project's committee, named by the project
_COMMITTEE_OF = re.compile(r"(?<![a-z])ban (?:chi dao|quan ly)\s+$")


def _is_template(t: Text, start: int) -> bool:
    """``_TEMPLATE`` ends right before ``start``: searched only when "mau" is there, since an
    end-anchored search tries every position."""
    before = t.folded(max(0, start - 12), start)
    return "mau" in before and _TEMPLATE.search(before) is not None


def prepare(text: str) -> Text:
    """NFC text and its match view. Only what needs changing is touched, for speed."""
    return _prepare(text)[0]


def _prepare(text: str):
    """``prepare``, and the match view's UTF-16 code units (``normalize.views_and_units``)."""
    if not unicodedata.is_normalized("NFC", text):
        # Composition never crosses whitespace: normalise only words with combining marks.
        text = _COMBINING.sub(lambda m: unicodedata.normalize("NFC", m.group()), text)
        text = nfc(text)
    view, folded, units = views_and_units(text)
    return Text(text, view, folded), units


def read_text(text: str) -> Extraction:
    """Read a whole text: its own identity and every citation, in order."""
    with _no_cycle_collection():
        return _read(text)


@contextmanager
def _no_cycle_collection():
    """Reading makes tens of thousands of small objects and no reference cycles, yet each
    batch of them sets off Python's cycle collector over everything alive: 6 % of the time
    on real text, 15 % on text dense with citations. It is paused, then restored as found."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _read(text: str) -> Extraction:
    t, units = _prepare(text)
    source = read_source(t)
    own = source.spans.get("symbol")
    mentions: list[Mention] = []
    # for both scans: encoding a text costs time (a short text is scanned without)
    points = digits(t.view, units) if len(t.view) >= VECTOR_MIN else None
    for sym in find_symbols(t.view, points):
        if own and sym.start == own.start:
            continue
        if _is_template(t, sym.start):
            continue
        mentions.extend(_full_mentions(t, sym))
    mentions.sort(key=lambda m: m.start)
    taken = [(m.head.start if m.head.doc_type else m.start, m.end) for m in mentions]
    tail_at, tail = -1, None
    for sf in find_short_forms(t.view, taken, points):
        unhyphened = _symbol_after_number(t, sf)
        if unhyphened is not None:
            items = [_full_mentions(t, unhyphened)]
            items += [_full_mentions(t, more) for more in _unhyphened_list(t, unhyphened)]
            for item in items[1:]:        # "Quyết định số 1268 TC/UB-TH, 1432 TC/UB-TH": one type word
                for m in item:
                    m.doc_type = m.doc_type or items[0][-1].doc_type
            for item in items[:-1]:       # "217 QĐ/TW, 218 QĐ/TW của Bộ Chính trị": one tail
                for m in item:
                    if m.tail.end == m.end:
                        m.tail = items[-1][-1].tail
            mentions.extend(m for item in items for m in item)
            continue
        at = sf.tail_at or sf.end
        if at != tail_at:                           # a list's numbers share one tail: read it once
            tail_at, tail = at, read_tail(t, at, one_issuer=True)
        head_start, head_end = sf.head or (sf.start, sf.end)
        head = Head(head_start, None, Span(head_start, head_end), None, sf.has_so)
        mentions.append(Mention(sf.start, sf.end, head, tail, number=sf.number,
                                 doc_type=sf.doc_type.word, short_type=sf.doc_type,
                                 short_year=sf.year))
    # A glued abbreviation ("TT200") counts only as the short form of a full citation of its
    # number: the others are dropped before anything is read after them (review 21). What
    # follows it is read as after any short form: "TT133 thay thế QĐ48" states an act.
    full_numbers = {m.number.lstrip("0") for m in mentions if not m.short}
    for sf in find_compact_short_forms(t.view, taken, points):
        if sf.number.lstrip("0") not in full_numbers or _GLUED_NOT_CITED.search(t.folded(max(0, sf.start - 14), sf.start)):
            continue            # "Mẫu QĐ01", "Mẫu số QĐ12": a template's code
        head = Head(sf.start, None, Span(sf.start, sf.end), None, False)
        mentions.append(Mention(sf.start, sf.end, head, read_tail(t, sf.end, one_issuer=True), number=sf.number,
                                doc_type=sf.doc_type.word, short_type=sf.doc_type, glued=True))
    mentions.sort(key=lambda m: m.start)
    mentions = _without_covered_short_forms(mentions)
    _complete_untyped(mentions)
    _resolve_short_forms(mentions)
    # Short forms no citation of the text gives a symbol: a glued abbreviation ("TT200") is
    # then none; nor is a programme's or a project's name ("mục tiêu Chương trình 135 giai
    # đoạn 1999 - 2005", "Ban Chỉ đạo Dự án 513"), nor a count of criteria
    mentions = [m for m in mentions if not (m.short and m.resolved is None
                                            and (m.glued or _NO_DOCUMENT_AFTER.match(t.folded(m.end, m.end + 12))
                                                 or _COMMITTEE_OF.search(t.folded(max(0, m.head.start - 16),
                                                                                  m.head.start))))]
    _share_list_metadata(t, mentions)
    _attach_relations(t, mentions)
    _drop_clauses_against_time(mentions)
    _end_titles_at_nested_citations(t, mentions)
    acts.settle(t, mentions, source)
    citations = tuple(c for c in (_to_citation(t, m, source) for m in mentions)
                      if not _is_own(c, source))
    return Extraction(t.nfc, source, citations)


def _without_covered_short_forms(mentions: list[Mention]) -> list[Mention]:
    """Short forms whose number a full citation also reads: "Quyết định số 12 và 13 QĐ-UBND"
    is 12/QĐ-UBND and 13/QĐ-UBND, the first of a list the second's symbol ends, not also a
    short form "Quyết định số 12" standing for it. (``mentions`` sorted by start.)"""
    covered = set()
    for i in [i for i, m in enumerate(mentions) if m.short_type is not None]:
        m = mentions[i]
        j = i - 1
        while j >= 0 and mentions[j].start == m.start:
            j -= 1                          # a full mention sorted before it at the same start
        for k in range(j + 1, len(mentions)):       # (indices: a slice would copy the rest)
            other = mentions[k]
            if other.start >= m.end:
                break
            if k != i and other.short_type is None and other.end <= m.end:
                covered.add(i)
                break
    return [m for i, m in enumerate(mentions) if i not in covered] if covered else mentions


_YEAR_IN_SYMBOL = re.compile(r"(?<=/)((?:19|20)\d\d)/")


def _is_own(c: Citation, source: SourceDocument) -> bool:
    """The text's own symbol (unless dated another day); above its header, also with the year
    the header left out: a page
    titled "Quyết định số 1961/2019/QĐ-UBND" over the header "Số: 1961/QĐUBND", dated 2019.
    (Below the header, "12/2019/QĐ-UBND" of the province is another text than the district's
    own 12/QĐ-UBND of 2019.)"""
    symbol = c.symbol
    if symbol is None or source.symbol is None:
        return False
    if symbol == source.symbol:
        # dated another day, it is another text of that number: a commune's 12/KH-UBND citing
        # the district's 12/KH-UBND of an earlier date
        return c.date is None or source.date is None or c.date == source.date
    own = source.spans.get("symbol")
    year = _YEAR_IN_SYMBOL.search(symbol)
    return (own is not None and c.start < own.start and year is not None
            and int(year.group(1)) == source.year and _YEAR_IN_SYMBOL.search(source.symbol) is None
            and symbol[:year.start()] + symbol[year.end():] == source.symbol)


def _symbol_after_number(t: Text, sf: ShortForm) -> Symbol | None:
    """A full symbol starting at a short form's number, which the symbol scan cannot stop at:
    a Party symbol whose hyphen OCR lost or turned into a space ("Kế hoạch số 298 KH/TWĐTN",
    "Nghị quyết 20NQ/TW"; forms.toml ``party_unhyphened``), a state one whose slash did
    ("Quyết định số 733 QĐ-UBND": ``state_spaced``)."""
    if sf.year is not None:
        return None                     # "102/2025 NQLT/...": the number is not a Party one
    after = t.view[sf.end:sf.end + 8]           # " KHPH/", " QĐ-UB": a type code and "/" or "-" within reach
    if ("/" not in after and "-" not in after) or not (after[0].isupper() or (after[0] == " " and after[1:2].isupper())):
        return None                     # (most short forms: nothing of the kind after the number)
    m = symbol_regex().match(t.view, sf.end - len(sf.number))
    return symbol_from_match(m) if m is not None else None


_NEXT_ITEM = re.compile(r"[ ]{0,2}(?:,|;|và)[ ]{0,2}(?=[0-9])")


def _unhyphened_list(t: Text, first: Symbol) -> list[Symbol]:
    """The items after a symbol read by ``_symbol_after_number`` that are written the same way:
    "Quyết định 217 QĐ/TW, 218 QĐ/TW" (the second has no type word of its own)."""
    found, end = [], first.end
    while (gap := _NEXT_ITEM.match(t.view, end)) is not None:
        m = symbol_regex().match(t.view, gap.end())
        item = symbol_from_match(m) if m is not None else None
        if item is None or item.form != first.form:
            break
        found.append(item)
        end = item.end
    return found


def extract(text: str) -> list[Citation]:
    """Every citation in ``text``, in order of position.

    >>> [c.symbol for c in extract("Thực hiện Quyết định số 217, 218-QĐ/TW của Bộ Chính trị")]
    ['217-QĐ/TW', '218-QĐ/TW']
    """
    return list(read_text(text).citations)


# ---- full citations -----------------------------------------------------------------------

def _full_mentions(t: Text, sym: Symbol) -> list[Mention]:
    items = list_numbers(t, sym.start)
    first = items[0][0] if items else sym.start
    head = read_head(t, first)
    tail = read_tail(t, sym.end, head.issued, one_issuer=_one_issuer(sym))
    # (the body after the symbol: one named before it may be a Party body's unit, "Ban cán sự
    # Đảng Viện kiểm sát nhân dân tỉnh … ban hành Kế hoạch số 21-KH/BCSĐ")
    sym = _state_by_issuer(sym, tail.issuer)
    doc_type = _decide_type(head, sym)
    main = Mention(sym.start, sym.end, head, tail, symbol=sym, number=sym.number,
                    doc_type=doc_type)
    if items and not (head.doc_type or head.has_so):
        items = []               # "năm 2020, 29-NQ/TW" is no list: it needs "số" or a type word
    out = []
    for start, end, number in items:
        out.append(Mention(start, end, head, tail, symbol=_renumber(sym, number),
                            number=number, doc_type=doc_type))
    out.append(main)
    return out


def _state_by_issuer(sym: Symbol, issuer) -> Symbol:
    """A Party-shaped symbol whose issuer code no table knows, of a state body the text names, is
    that body's symbol written the Party's way: "Quyết định số 890 QĐ/TCCBLĐ của Bộ trưởng Bộ
    Thủy sản" is 890/QĐ-TCCBLĐ (round 55), as "673-QĐ/TTg" is 673/QĐ-TTg."""
    if sym.family != "party" or issuer is None or issuer.family != "state" or not sym.type_code \
            or issuer_codes().get(sym.orgs[0].casefold()) is not None \
            or sym.orgs[0].casefold() in type_codes():
        return sym          # ("37-BYT/QĐ": the ministry's older shape, its type code last)
    return replace(sym, form="state", family="state", canonical=as_state(sym))


def _renumber(sym: Symbol, number: str) -> Symbol:
    canonical = number + sym.canonical[len(sym.number):]
    return replace(sym, number=number, canonical=canonical)


def _one_issuer(sym: Symbol) -> bool:
    """Whether a symbol names one issuing body: not a joint document's type code ("TTLT",
    "HDLN", "CTPH"), and one issuer code the tables know, the rest a unit's ("234/UBND-VX"), not
    two bodies' ("12/2015/TTLT-BTC-BNV")."""
    return _one_issuer_of(sym.type_code, sym.orgs)


@lru_cache(maxsize=4096)
def _one_issuer_of(type_code: str | None, orgs: tuple[str, ...]) -> bool:
    kind = type_code or (orgs[0] if orgs else "")     # "01/HDLN-SYT-SGDĐT": no type code the tables know
    if kind.upper().endswith(("LT", "LN", "PH")):
        return False
    codes = issuer_codes()
    return sum(1 for org in orgs if org.casefold() in codes) <= 1


def _decide_type(head: Head, sym: Symbol) -> str | None:
    """The cue word where present and consistent with the symbol; else the symbol's code."""
    candidates = tuple(c for c in types_by_code().get(sym.type_code or "", ())
                       if not c.by_word or c is head.doc_type)
    if sym.form == "state_type_last" and head.doc_type:
        return head.doc_type.word       # "Công văn số 123/UBND/VP/KH": the last code may be a unit's (review 25)
    if head.doc_type and (not candidates or head.doc_type in candidates):
        return head.doc_type.word
    if candidates:
        for c in candidates:
            if sym.family in c.default_for:
                return c.word
        return candidates[0].word
    if sym.form == "assembly":
        return "Luật" if sym.orgs[0].startswith("QH") else "Nghị quyết"
    if sym.form == "old_state":
        return {"CP": "Nghị định", "TTg": "Quyết định"}.get(sym.orgs[0], "Quyết định")
    if sym.form == "old_decree":
        return "Sắc lệnh"
    if sym.form in ("letter", "letter_named"):
        return "Công văn"
    if sym.form == "court" and not sym.type_code:
        # "179/2018/HS-ST": a judgment's kind and instance; a review's ("08/2020/DS-GĐT",
        # giám đốc thẩm, tái thẩm) is a decision
        return "Quyết định" if sym.orgs[-1] in ("GĐT", "TT") else "Bản án"
    return head.doc_type.word if head.doc_type else None


# ---- short forms, lists, relations ---------------------------------------------------------

_UNTYPED = ("state_untyped_named", "state_untyped_so", "state_year_hyphen")


def _complete_untyped(mentions: list[Mention]) -> None:
    """A number, year and issuer code written without the type code ("thay thế cho Quyết định
    48/2006/BTC") stand for the symbol the text writes whole with a type code of that type
    ("Quyết định 48/2006/QĐ-BTC", round 54): that symbol is the one cited."""
    if not any(m.symbol is not None and m.symbol.form in _UNTYPED for m in mentions):
        return
    whole: dict[tuple, list[Mention]] = {}
    for m in mentions:
        s = m.symbol
        if s is not None and s.type_code and s.year:
            whole.setdefault((s.number.lstrip("0"), s.year, s.orgs, m.doc_type), []).append(m)
    for m in mentions:
        s = m.symbol
        if s is None or s.form not in _UNTYPED:
            continue
        # not one dated otherwise: "Quyết định số 12/2020/QĐ-UBND ngày 5/3/2020 của UBND tỉnh …
        # Quyết định số 12/2020/UBND ngày 7/8/2020 của UBND huyện …" are two (review 23)
        full = next((f.symbol for f in whole.get((s.number.lstrip("0"), s.year, s.orgs, m.doc_type), ())
                     if not (f.tail.date and m.tail.date and f.tail.date != m.tail.date)), None)
        if full is not None:
            m.symbol = replace(full, start=s.start, end=s.end)

def _resolve_short_forms(mentions: list[Mention]) -> None:
    """Each short form stands for the nearest compatible full citation of its number before
    it, else the nearest after it. Full citations are indexed by what makes them compatible
    (their type word, or a symbol's type code where the text gives no word), so a text
    repeating one number thousands of times is read in n log n, not n squared."""
    index: dict[tuple[str, tuple[str, str]], tuple[list[int], list[Mention]]] = {}
    for f in mentions:                        # in text order, so each list is sorted
        key = None if f.short else cited_key(f.doc_type, f.symbol.type_code)
        if key is not None:
            keys = [key]
            written = f.head.doc_type.word if f.head.doc_type else None
            if written is not None and written != f.doc_type:
                # the word the text wrote, where the symbol's code says another type: "Đề án
                # 938/QĐ-TTg" (the scheme a decision approved), then "Đề án 938"; "văn bản số
                # 12/QĐ-UBND", then "văn bản số 12 nêu trên"
                keys.append(("word", written))
            for k in keys:
                starts, found = index.setdefault((f.number.lstrip("0"), k), ([], []))
                starts.append(f.start)
                found.append(f)
    years: dict[tuple, tuple[list[int], list[Mention]]] = {}

    def by_year(number: str, key: tuple, year: int) -> tuple[list[int], list[Mention]]:
        """The index's list for (number, key) kept to one year, made once (not once a mention:
        a text repeating "Nghị định 5/2020" took time in the square of its length)."""
        if (number, key, year) not in years:
            starts, found = index.get((number, key), ((), ()))
            kept = [k for k, f in enumerate(found) if when(f)[1] == year]
            years[(number, key, year)] = ([starts[k] for k in kept], [found[k] for k in kept])
        return years[(number, key, year)]

    for m in mentions:
        if not m.short:
            continue
        number = m.number.lstrip("0")
        before: Mention | None = None
        after: Mention | None = None
        for key in wanted_keys(m.short_type):
            if m.short_year is not None:        # "Thông tư 148/2018": that year's only
                starts, found = by_year(number, key, m.short_year)
            else:
                starts, found = index.get((number, key), ((), ()))
            i = bisect.bisect_left(starts, m.start)
            if i and (before is None or starts[i - 1] > before.start):
                before = found[i - 1]
            if i < len(starts) and (after is None or starts[i] < after.start):
                after = found[i]
        m.resolved = before or after


_LIST_GAP = re.compile(r"^\s*(?:va|&)\s*(?:cac\s+)?[^\d,;.\n]{0,40}$")
# (between two items of what one body issued: a joint and at most the next item's type word
# and "số"; not another verb, "…, thay thế Quyết định số …", whose document is older)
@lru_cache(maxsize=1)
def _issued_list_gap() -> re.Pattern:
    return re.compile(rf"^\s*(?:,|(?:va|&)\s*(?:{COUNT_WORDS}\s+)?)\s*(?:(?:{type_word_regex().pattern})\s*)?"
                      r"(?:so\s*:?\s*)?$")


def _issued_list_item(t: Text, a: Mention, b: Mention) -> bool:
    """Whether ``b`` is the next item of what a body issued, ``a`` first: after a joint, at most a
    type word and "số" between; after a comma and "các" or a count, only another type's or a
    later number ("…, các Kế hoạch số 120/KH-UBND và 121/KH-UBND"; not "Quyết định số
    2436/QĐ-UBND, các Quyết định số 1200/QĐ-UBND … hết hiệu lực", older ones)."""
    gap = t.folded(a.end, b.head.start)
    if _issued_list_gap().match(gap):
        return True
    if not _COUNTED_ITEMS.match(gap):
        return False
    return b.doc_type != a.doc_type or (b.number.isdigit() and a.number.isdigit() and int(b.number) > int(a.number))


_COUNTED_ITEMS = re.compile(rf"^\s*,\s*{COUNT_WORDS}\s+")


def _share_list_metadata(t: Text, mentions: list[Mention]) -> None:
    """ "Tờ trình số 370/TTr-CP và Đề án số 371/ĐA-CP ngày 09/5/2025": both have that date."""
    for a, b in zip(mentions, mentions[1:]):
        if a.tail.end != a.end or b.head.start <= a.end:
            continue
        if not b.head.doc_type and not b.head.has_so:
            continue
        if _LIST_GAP.match(t.folded(a.end, b.head.start)):
            # A date from another year than the symbol's own is the other document's alone:
            # "Quyết định số 40/2011/QĐ-TTg và số 17/2014/TTLT-... ngày 01 tháng 8 năm 2014".
            date = b.tail.date
            if date and a.symbol and a.symbol.year and a.symbol.year != date.year:
                continue
            # Nor are the date and issuer of a document from another body: "Nghị quyết số
            # 35-NQ/TW và Kế hoạch số 135-KH/TU ngày 09/5/2019 của Ban Thường vụ Tỉnh ủy".
            if a.symbol and b.symbol and a.symbol.orgs != b.symbol.orgs:
                continue
            a.date = date
            a.issuer = b.tail.issuer
    # "Ngày 18/9/2020, Chủ tịch UBND tỉnh đã ký ban hành Quyết định số 2436/QĐ-UBND và
    # 2437/QĐ-UBND": the date and body before the first are the list's
    for a, b in zip(mentions, mentions[1:]):
        first = a.head
        if (first.issued and first.date and not (b.head.date or b.tail.date or b.date)
                and a.tail.end == a.end and b.head.start > a.end and not b.head.issuer
                and a.symbol and b.symbol and a.symbol.orgs == b.symbol.orgs
                and _issued_list_item(t, a, b)):
            b.head = replace(b.head, issuer=first.issuer, date=first.date, date_span=first.date_span,
                             issued=True)


def _attach_relations(t: Text, mentions: list[Mention]) -> None:
    """One pass in text order. A citation inside another's clause gets the relation that
    clause states; any other looks for a cue between the previous citation of its sentence
    and itself, or else carries on that citation's cue ("Thực hiện A; B và C"), so every
    stretch of text is scanned once."""
    previous: Mention | None = None          # the last citation not inside a clause
    previous_sentence, previous_basis = -1, None
    previous_cue: tuple[str, Span] | None = None
    reach = -1                                # where the text read so far by mentions ends
    open_clauses: list[Mention] = []         # mentions whose clause has not ended yet
    starts = [m.start for m in mentions]      # sorted
    # Each mention's extent, read once: a sentence's cue search lists up to 64 earlier ones.
    extents = [_extent(t, m) for m in mentions]
    heads = ListHeads(t)
    for i, m in enumerate(mentions):
        parent = None
        if open_clauses:                    # (most citations: none open, nothing to look through)
            open_clauses = [p for p in open_clauses if p.tail.clause.end > m.start]
            parent = _innermost(open_clauses, m.start)
        own_start = m.head.start if m.head.doc_type else m.start
        closed: list[Span] = []             # titles cut short here: their cues are theirs
        while (parent is not None and (issued_after(m, parent) or _same_document(m, parent))
               and passive_before(t, parent.tail.clause.start, own_start) is None):
            # A title names only documents issued before its own, and never its own: the clause
            # ended before this one ("Kế hoạch số 25-KH/TU ngày 30/11/2016 … thực hiện Kết luận
            # số 100-KL/TW … và Kết luận số 111-KL/TU ngày 14/8/2017": the sentence's next item;
            # "Nghị định số 123/2015/NĐ-CP … Luật Hộ tịch và Quyết định số 101/QĐ-TTg ngày
            # 23/01/2017"). Not the agent of a passive ("… được sửa đổi, bổ sung bởi …").
            closing = [p for p in open_clauses if p.start >= parent.start]
            if any(_quoted(t, p) for p in closing):
                break                           # a quoted title is kept whole
            between = range(bisect.bisect_right(starts, parent.start), i)
            cut = _list_joint(t, m) or (
                _next_conjunct(t, max(extents[k].end for k in between), own_start) if between else own_start)
            for p in closing:
                _end_clause(t, p, min(cut, p.tail.clause.end))
                closed += [p.tail.clause] if p.tail.clause else []
                open_clauses.remove(p)
                extents[bisect.bisect_left(starts, p.start)] = _extent(t, p)
            reach = max(e.end for e in extents[max(0, i - 64):i])
            parent = _innermost(open_clauses, m.start)
        if parent is not None:
            inner = _clauses_inside(open_clauses, parent) + closed
            cue = find_cue(t, parent.tail.clause.start, own_start, inner)
            joint = _list_joint(t, m) if mentions[i - 1] is parent else None
            if (joint is not None and parent is previous
                    and (cue is None or (m.doc_type == parent.doc_type
                                         and _named_between(t, cue[1].end, joint)))
                    and _end_clause(t, parent, joint)):
                # "Nghị quyết số 71-NQ/TW về ... giáo dục và đào tạo và Nghị quyết số 72-NQ/TW":
                # with no verb in the clause before it, a document after "và" is the next item
                # of the list, not part of 71's title. With a verb whose object came before "và",
                # so is one of 71's own type: "Nghị định số 78/2025/NĐ-CP … hướng dẫn thi hành
                # Luật Ban hành văn bản … và Nghị định số 187/2025/NĐ-CP" (corpus 065).
                open_clauses.remove(parent)
                extents[i - 1] = _extent(t, parent)       # its clause now ends at the joint
                reach = extents[i - 1].end
                parent = None
            elif (joint is not None and parent.clause is not None and m.doc_type == parent.doc_type
                    and _end_clause(t, parent, joint)):
                # "187/2025 sửa đổi … của Nghị định số 78/2025/NĐ-CP … quy định chi tiết … Luật
                # Ban hành văn bản … và Nghị định số 79/2025/NĐ-CP": a document of 78's type
                # after "và" is the next item of 187's list, not in 78's title
                open_clauses.remove(parent)
                extents[i - 1] = _extent(t, parent)
                inner += [parent.tail.clause] if parent.tail.clause else []
                parent = _innermost(open_clauses, m.start)
                if parent is not None:
                    inner += _clauses_inside(open_clauses, parent)
                    cue = find_cue(t, parent.tail.clause.start, own_start, inner)
        if parent is not None:
            subject = symbol_of(parent)
            m.relation = "cites"
            passive = passive_before(t, parent.tail.clause.start, own_start)
            if passive:
                m.passive = passive[1]
                # "A quy định chi tiết Luật B được sửa đổi bởi C", "A hướng dẫn B về ..., được
                # sửa đổi bởi C": C may amend A or B, so a document named between tells nothing;
                # with none, after a comma too, the passive is about A ("Nghị định số 24/2014/NĐ-CP
                # quy định …, được sửa đổi, bổ sung theo Nghị định số 107/2020/NĐ-CP")
                if (subject and parent.clause is None
                        and not names_document(t, parent.end, passive[1].start)):
                    m.clause = Clause(subject, parent.start, passive[0], passive[1], inverse=True)
            elif subject:
                m.clause = Clause(subject, parent.start, relation_of(cue), cue[1] if cue else None)
        else:
            # A nested citation's own title may run past its parent's clause: the gap starts after both.
            gap_start = min(max(reach, previous.start), own_start) if previous else -1
            same_sentence = previous is not None and own_start - gap_start <= SENTENCE_WINDOW \
                and not has_boundary(t, gap_start, own_start)
            if same_sentence:
                sentence, basis = previous_sentence, previous_basis
                if basis and not m.head.issued:
                    cue = ("based_on", basis)
                else:
                    cue = find_cue(t, gap_start, own_start, [], [])
                    if cue is None and previous_cue and not m.head.issued and _carries(t, gap_start, own_start):
                        cue = previous_cue
                    elif (cue and cue[0] == "implements" and previous_cue and previous_cue[0] == "reviews"
                          and _PERIOD_ITEM.fullmatch(t.folded(gap_start, own_start))):
                        # the next item of what is reviewed: "tổng kết 10 năm thực hiện Nghị quyết
                        # số 25-NQ/TW; 05 năm thực hiện Kết luận số 43-KL/TW" (round 51)
                        cue = previous_cue
            else:
                sentence = sentence_start(t, own_start)
                basis = basis_sentence(t, sentence, own_start)
                first = bisect.bisect_left(starts, sentence - TITLE_MAX, max(0, i - 64), i)
                if basis and (m.head.issued or _basis_elsewhere(t, basis, own_start, extents[first:i])):
                    # (a document a body issues in the sentence is not what the text rests on:
                    # "Căn cứ tình hình thực tế, UBND huyện ban hành Quyết định số 929/QĐ-UBND")
                    basis = None
                if basis:
                    cue = ("based_on", basis)
                else:
                    skip = [p.tail.clause for p in mentions[first:i] if p.tail.clause]
                    cue = find_cue(t, sentence, own_start, skip, extents[first:i])
                    if cue is not None and m.head.issued:
                        cue = None      # "Để thực hiện …, ngày …, Bộ Tư pháp đã ban hành Thông tư …"
                    if cue is None and "\n" in t.view[max(0, own_start - 8):own_start]:
                        # "Bãi bỏ các văn bản …, cụ thể như sau:⏎1. Quyết định số …"
                        cue = heads.cue_for(own_start)
            passive = passive_before(t, gap_start if same_sentence else sentence, own_start)
            if passive and _BY_THEO.search(t.folded(passive[1].start, passive[1].end)) and not (
                    same_sentence and _SEPARATOR.fullmatch(t.view, _extent(t, previous).end, passive[1].start)):
                # "theo" names the amending document only right after the one amended: "…, các
                # thủ tục đã bị bãi bỏ theo Quyết định số …" tells what the decision did to them
                passive = None
            if passive:
                m.passive = passive[1]
                if cue and cue[1].start >= passive[1].start:
                    # the passive's verb tells what this citation did, not what the text does
                    cue = previous_cue if same_sentence else None
                if cue and cue[0] in ACTING:
                    # the text's amending verb acts on the document before the passive only
                    # ("Sửa đổi … Nghị định số 43/2014/NĐ-CP … (đã được sửa đổi, bổ sung bởi
                    # Nghị định số 01/2017/NĐ-CP)"); "Thực hiện" carries on to its agent
                    cue = None
                subject = symbol_of(previous) if same_sentence else None
                if subject and _SEPARATOR.fullmatch(t.view, _extent(t, previous).end, passive[1].start):
                    # "Nghị định số 78/2025/NĐ-CP ngày ... được sửa đổi, bổ sung bởi ..."
                    m.clause = Clause(subject, previous.start, passive[0], passive[1], inverse=True)
            if cue and cue[0] in ACTING and not passive and (
                    _IS_AFTER.match(t.folded(extents[i].end, extents[i].end + 16))
                    or _TOPIC_BEFORE.search(t.folded(max(0, cue[1].start - 16), cue[1].start))):
                # the act named as a topic, not done: "Sửa đổi Nghị định 123 … tiếp tục là tâm
                # điểm …", "quan tâm đến việc sửa đổi Nghị định số …" (round 50)
                cue = None
            if cue and cue[0] in ACTING and not passive:
                actor = acts.sentence_subject(t, mentions, i, sentence, cue[1].start)
                if actor is not None:
                    # "Quy định 80 gồm 6 chương, 25 điều, thay thế cho Quy định số 105-QĐ/TW":
                    # the document the sentence opens with acts; the text tells of it
                    subject = symbol_of(actor)     # (a short form of nothing: told of all the same)
                    m.clause = Clause(subject, actor.start, cue[0], cue[1]) if subject else None
                    cue = None
            m.relation = relation_of(cue)
            m.cue = cue[1] if cue else None
            previous, previous_sentence, previous_basis, previous_cue = m, sentence, basis, cue
        reach = max(reach, extents[i].end)
        if m.tail.clause:
            open_clauses.append(m)
    # subjects of a passive of their own ("…, Nghị định số 91/2023 được sửa đổi bởi …")
    acted_on = {m.clause.subject_start for m in mentions if m.clause and m.clause.inverse}
    for i in range(1, len(mentions)):
        before, m = mentions[i - 1], mentions[i]
        if (before.clause and before.clause.inverse and m.clause is None and not m.short
                and m.tail.clause is None and m.start not in acted_on
                and _AGENT_LIST.fullmatch(t.view, extents[i - 1].end, extents[i].start)):
            # "được sửa đổi, bổ sung bởi Nghị định số 83/2024/NĐ-CP, Nghị định số 283/2025/NĐ-CP":
            # each document of the list acts on the subject
            m.clause, m.relation = before.clause, before.relation
        elif (before.clause and not before.clause.inverse and before.clause.relation in ACTING
                and m.clause is None and not m.short and m.tail.clause is None
                and m.doc_type and m.doc_type == before.doc_type
                and _next_item(t, extents[i - 1].end, m.doc_type, extents[i].start)):
            # "Luật số 43/2024/QH15 sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15,
            # Luật Nhà ở số 27/2023/QH15 … và Luật Các tổ chức tín dụng số 32/2024/QH15": 43 amends
            # each document of the list, not the text resting on them (corpus 092)
            m.clause, m.relation, m.cue = before.clause, "cites", None


def _innermost(open_clauses: list[Mention], pos: int) -> Mention | None:
    """The mention whose open clause, the innermost, holds ``pos``."""
    return next((p for p in reversed(open_clauses) if p.tail.clause.start <= pos), None)


def _clauses_inside(open_clauses: list[Mention], parent: Mention) -> list[Span]:
    """The open clauses nested in ``parent``'s: their cues are theirs, not the parent's."""
    return [p.tail.clause for p in open_clauses if p.start > parent.start]


def _next_item(t: Text, end: int, doc_type: str, start: int) -> bool:
    """Only a list's joint between ``end`` and ``start``, with the type word and name of a law
    written before its number ("…, Luật Nhà ở số 27/2023/QH15")."""
    if _AGENT_LIST.fullmatch(t.view, end, start):
        return True
    gap = t.folded(end, start)
    joint = _JOINT.match(gap)
    if joint is None or len(gap) > 90:
        return False
    named = gap[joint.end():].rstrip()
    return (named.startswith(fold(doc_type) + " ") and named.endswith(" so")
            and not any(c in named for c in ",;.:"))


_JOINT = re.compile(r"\s*(?:,|va|,\s*va)\s+")
_BY_THEO = re.compile(r"(?<![a-z])theo(?![a-z])")
_SEPARATOR = re.compile(r"[\s,(]*")
_AGENT_LIST = re.compile(r"\s*(?:,|và|,\s*và)\s*")
_FIRST_WORD = re.compile(r"\s*(?:vào\s+)?(\w)")


def _basis_elsewhere(t: Text, basis: Span, own_start: int, listed: list[Span]) -> bool:
    """ "Căn cứ quyết định của cấp có thẩm quyền ..., (… thực hiện theo khoản 4 Nghị quyết số
    101 …)": the basis is something unnamed (its first word in lower case), many words before
    the citation. "Căn cứ Hiến pháp … đã được sửa đổi … theo Nghị quyết số 203" names one."""
    word = _FIRST_WORD.match(t.view, basis.end)
    return (word is not None and word.group(1).islower()
            and gap_words(t, basis.end, own_start, listed) > BASIS_GAP_WORDS)


# "Căn cứ ý kiến chỉ đạo của Chủ tịch Ủy ban nhân dân tỉnh Quảng Ninh tại Công văn số 456"
# (14 words) still rests on it; 005's parenthesis 60 words on does not.
BASIS_GAP_WORDS = 2 * MAX_GAP_WORDS


def _drop_clauses_against_time(mentions: list[Mention]) -> None:
    """A document speaks only of documents issued before it: a clause that has one implement,
    amend or cite a later one was read wrongly ("Nghị định 48/2013/NĐ-CP ... và Nghị định
    92/2017/NĐ-CP sửa đổi", "78/2025/NĐ-CP được sửa đổi bởi 187/2025/NĐ-CP"), so it is left
    out; the text's own citation of both stays."""
    by_start = {m.start: m for m in mentions if not m.short}
    for m in mentions:
        subject = by_start.get(m.clause.subject_start) if m.clause else None
        if subject is None:
            continue
        # the document acting must not be older than the one it acts on (inverse: the
        # mention's document acts on the subject)
        actor, acted_on = (m, subject) if m.clause.inverse else (subject, m)
        if issued_after(acted_on, actor):
            m.clause = None




_CONJUNCT = re.compile(r"(?<![a-z])va\s|;")


def _next_conjunct(t: Text, start: int, end: int) -> int:
    """Where the first "và" or ";" in [start, end) stands, else ``end``: past the citations
    a title names, "… Nghị quyết số 66.4/2025/NQ-CP … trên địa bàn Thành phố và trên cơ sở …
    tại Công văn số 12252/SNNMT-TNNKS" goes on with the sentence (corpus 060)."""
    at = _CONJUNCT.search(t.folded(start, end))
    return start + at.start() if at else end


def _same_document(m: Mention, other: Mention) -> bool:
    symbol = symbol_of(m)
    return symbol is not None and symbol == symbol_of(other)


_AND_BEFORE = re.compile(r"(?<![a-z])va\s+$")


def _list_joint(t: Text, m: Mention) -> int | None:
    """Where "và" before the type word of ``m`` starts, if it stands right there."""
    if not m.head.doc_type:
        return None
    lo = max(0, m.head.start - 8)
    joint = _AND_BEFORE.search(t.folded(lo, m.head.start))
    return lo + joint.start() if joint else None


_CAPITALISED = re.compile(rf"(?<![^\W\d_])[{UPPER}]")


def _named_between(t: Text, start: int, end: int) -> bool:
    """A capitalised word between a verb and a list joint: the verb's object is named there."""
    return _CAPITALISED.search(t.view, start, end) is not None


def _quoted(t: Text, m: Mention) -> bool:
    return t.view[m.tail.clause.start - 1:m.tail.clause.start] == '"'


def _end_clause(t: Text, m: Mention, end: int) -> bool:
    """Cut the title clause of ``m`` short at ``end``; a quoted one is kept whole (False)."""
    clause = m.tail.clause
    if _quoted(t, m):
        return False
    title = title_of(t.view[clause.start:end])
    spans = {k: v for k, v in m.tail.spans.items() if k != "title"}
    span = Span(clause.start, end) if title else None
    if span:
        spans["title"] = span
    m.tail = replace(m.tail, title=title, clause=span, spans=spans)
    return True


def _end_titles_at_nested_citations(t: Text, mentions: list[Mention]) -> None:
    """ "Kế hoạch số 619 ... về Tuyên truyền ... thực hiện Nghị quyết số 29-NQ/TW, ngày ...":
    the title of 619 ends with the symbol it names; what follows is 29-NQ/TW's own metadata."""
    for i, m in enumerate(mentions):
        clause = m.tail.clause
        if not clause or t.view[clause.start - 1:clause.start] == '"':
            continue
        inner = next((n for n in mentions[i + 1:i + 8] if clause.start <= n.start < clause.end), None)
        if inner is not None:
            # "... viễn thông đã được sửa đổi, bổ sung bởi Nghị định số 14/2022": not the title
            end = inner.passive.start if inner.passive else inner.end
            m.tail = replace(m.tail, title=title_of(t.view[clause.start:end]))


def _extent(t: Text, m: Mention) -> Span:
    """A mention with its type word, metadata and title clause (and the quote closing it, but
    not the full stop or ";" ending it: that may end the sentence)."""
    clause = m.tail.clause
    end = max(m.end, m.tail.end, 0 if clause is None else
              clause.end + 1 if t.view.startswith('"', clause.end) else clause.end)
    return Span(m.head.start if m.head.doc_type else m.start, end)


def _carries(t: Text, gap_start: int, own_start: int) -> bool:
    """Whether the cue before the previous citation governs this one too ("Thực hiện A; B và
    C"): if few words stand between, counted after the last ";" if there is one (the item
    before may run long: "…; Hướng dẫn số 534-HD/HNDTW … của Ban Thường vụ Hội Nông dân tỉnh
    hướng dẫn tuyên truyền Đại hội; Kế hoạch số 191-KH/HNDT …"), and not where the item is a
    clause of its own: opening with a body, or with a verb before the document ("…; Ban
    Thường vụ Tỉnh ủy vừa có văn bản chỉ đạo số 682-CV/TU", "…; giữ nguyên hiệu lực của …")."""
    semi = t.view.rfind(";", gap_start, own_start)
    if semi < 0:
        return gap_words(t, gap_start, own_start, []) <= MAX_GAP_WORDS
    item = _ITEM_GAP.match(t.view, semi + 1, own_start).end()
    if item == own_start:
        return True
    folded = t.folded(item, own_start)
    return (body_at(folded, 0) is None and _OWN_VERB.search(t.view, item, own_start) is None
            and gap_words(t, item, own_start, []) <= MAX_GAP_WORDS)


# a verb of the item's own ("…; năm 2022, thị xã đã ban hành Quyết định số …", "…; giữ nguyên
# hiệu lực của Quyết định số …"), read with its diacritics: folded, "có" is also "cơ"
_OWN_VERB = re.compile(r"(?<!\w)(?i:đã|có(?!\s+liên quan)|ban hành|giữ nguyên|được|sẽ)(?!\w)")


# what may open a list item before its document: bullets, "a)", "(2)", "2.", "và", "đồng
# thời", "các", "những"
_ITEM_GAP = re.compile(r"[\s\-+•*–]*(?:(?:\d{1,3}[.)]|[a-zđ]\)|\(\d{1,2}\))\s+)?"
                       r"(?:(?:và|đồng thời|Đồng thời)\s+)?(?:(?:các|những|Các|Những)\s+)?")


# ---- to the domain object ------------------------------------------------------------------

def _to_citation(t: Text, m: Mention, source: SourceDocument) -> Citation:
    full = m.resolved if m.short else m
    sym = full.symbol if full else None
    tail = m.tail
    # A short form carries the symbol it stands for; its date and issuer are only what this
    # mention itself states: the full citation's metadata belongs to the full mention.
    date = tail.date or m.date or m.head.date
    coded = _code_issuers(sym.orgs) if sym else ()
    code = coded[0] if coded else None
    head_issuer = m.head.issuer
    if head_issuer is not None and m.head.announced and code is not None and code.body \
            and not head_issuer.name.startswith(code.body):
        head_issuer = None      # "Văn phòng Chính phủ thông báo ban hành Nghị định số …/NĐ-CP"
    issuer = tail.issuer or head_issuer or m.issuer
    term = tail.term or (_assembly_term(sym.orgs[0]) if sym and sym.form == "assembly" else None)
    spans = dict(tail.spans)
    if date is not None and date is m.head.date:
        spans["date"] = m.head.date_span
    if m.head.type_span:
        spans["type"] = m.head.type_span
    if m.cue:
        spans["cue"] = m.cue
    if sym and not m.short:
        spans["symbol"] = Span(m.start, m.end)
    year = (sym.year if sym else None) or m.short_year or (date.year if date else None) or tail.year
    return Citation(
        start=m.start, end=m.end, text=t.nfc[m.start:m.end],
        symbol=sym.canonical if sym else None,
        type=m.doc_type if m.short else (full.doc_type if full else None),
        number=m.number, year=year, date=date,
        issuer=issuer.name if issuer else (code.body if code else None),
        term=term,
        title=tail.title,
        relation=m.relation,
        family=sym.family if sym else None,
        issuers=issuer.bodies if issuer else tuple(c.body for c in coded if c.body),
        locality=issuer.locality if issuer else None,
        level=(issuer.level if issuer and issuer.level else (code.level if code else None)),
        short=m.short,
        resolved_from=full.start if m.short and full else None,
        clause=m.clause,
        spans=spans,
    )


def _assembly_term(org: str) -> str | None:
    """The khóa a National Assembly code names: "QH13" XIII, "UBTVQH15" XV, "QH8" VIII."""
    digits = re.search(r"\d+$", org)
    return ROMAN_TERMS.get(int(digits[0])) if digits else None


@lru_cache(maxsize=4096)
def _code_issuers(orgs: tuple[str, ...]) -> tuple:
    """Issuer records of a symbol's codes: "NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN" names three.
    Cached: a text repeats a few codes ("TW", "UBND") hundreds of times."""
    found = []
    for org in orgs:
        record = issuer_codes().get(org.casefold()) or issuer_codes().get(org.rstrip("0123456789").casefold())
        if record and record not in found:
            found.append(record)
    return tuple(found)
