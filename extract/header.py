"""The source document's own identity, from its header or, failing that, its wording.

A header gives "Số: 141/KH-UBND", the issuer block ("ỦY BAN NHÂN DÂN TỈNH BẮC NINH"), the place
and date line ("Bắc Ninh, ngày 20 tháng 11 năm 2025"), the type word ("KẾ HOẠCH") and the title.
Texts without one (the seeds) still show their type and title in the first lines, their issuer
in "Ban Thường trực ... xây dựng kế hoạch" or the signature ("TM. ỦY BAN MTTQ ..."), and their
locality in the places they name.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import replace
from functools import cache, lru_cache

from .context import Text, office_regex, read_issuer
from .model import SourceDocument, Span
from .normalize import UPPER, clean_phrase, fold_key
from .symbols import find_symbols, match_at, symbol_from_match
from .tables import DocType, body_regex, issuer_codes, places, tables, type_by_word

HEADER_CHARS = 2500

# Leading space never crosses a line: from every line start, a run of blank lines was read
# again to the next text (a header of 2,500 line breaks cost 0.2 to 0.4 s).
# "Số:" in any case, or "Số"/"SỐ" without the colon: a citation wrapped after its type word
# ("Nghị quyết⏎số 96/2019/QH14") is another text's number, not the header's. Also a page's
# "Số hiệu:" field, and "(Số 61-KH/TĐ ngày …)" on a line of its own under the title. In a header
# flattened onto one line, "Số:" after the issuer block in capitals ("ĐẢNG UỶ SỞ NỘI VỤ Số: 08 -
# HD/ĐU ĐẢNG CỘNG SẢN VIỆT NAM ..."), or after the star under it ("TRUNG ƯƠNG***Số: 367 - QĐ/TWĐTN",
# "ĐẢNG ỦY * Số 09-KH/ĐU"), or after the motto ("… Độc lập Tự do Hạnh phúc Số: 5556/QĐBYT") or the
# rule under it ("---------------- Số: 78/2014/TT-BTC"), the number perhaps on the next line, in
# the first FLAT_HEADER_CHARS only ("… của UBND TỈNH Số: 12/QĐ-UBND" further on cites it).
_NUMBER_LINE = re.compile(r"(?m)^(?:[^\S\n]|[|*#>])*(?:\|\s*)?(?:\((?=Số|SỐ))?"
                          r"(?:(?:Số|SỐ) (?:hiệu|HIỆU)\s*:|Số|SỐ|(?i:số)(?=\s*:))\s*:?\s*"
                          rf"|(?P<flat>(?:(?<=[{UPPER}])|(?<=[Pp]húc|PHÚC)|(?<=---))[ ]+(?:Số|SỐ)[ ]*:[ ]*(?:\n[ \t]*)?"
                          rf"|(?:(?<=[{UPPER}]\*\*\*)|(?<=[^\W\d_] \* ))(?:Số|SỐ)[ ]*:?[ ]*)")
FLAT_HEADER_CHARS = 800
# The place and date line opens a line, or a column of a header flattened onto one line (after
# a tab, "|" or a run of spaces): "…MTTQVN, ngày 26 tháng 9 năm 2025" in a preamble dates
# another text.
_DATE_LINE = re.compile(
    r"(?m)(?:^|(?<=[\t|])|(?<=\s\s))[ *#]*"
    r"(?P<place>[^\W\d_][^,\n|]{1,40}),\s*ngay\s+(?P<d>\d{1,2})\s+thang\s+(?P<m>\d{1,2})\s+nam\s+(?P<y>(?:19|20)\d\d)")
_SUBJECT = re.compile(r"(?P<body>(?:ban thuong truc|uy ban|ub|ban thuong vu|ban chap hanh|hoi dong)"
                      r"[^.;:\n]{0,80}?)\s+(?:cap minh\s+)?(?:xay dung|ban hanh)\s+"
                      r"(?:ke hoach|chuong trinh|huong dan|quyet dinh|nghi quyet)"
                      r"(?!\s+(?:so\s*:?\s*)?\d)")          # "ban hành Nghị quyết số 43": another text
_SIGNATURE = re.compile(r"(?m)^[\s*]*(?:tm\.|t/m|kt\.)\s*(?P<body>.{3,120})")
# Not "xã hội" (society): in capitals, as in the national motto atop most headers ("CỘNG HÒA
# XÃ HỘI CHỦ NGHĨA") and ministries' names ("THƯƠNG BINH VÀ XÃ HỘI"), it looks like a commune.
# Nor "cấp xã", "cấp tỉnh": a tier, not a place ("Xác nhận của UBND cấp xã Chủ tịch").
_PLACE = re.compile(r"(?<![a-z])(?<!cap )(?P<unit>tinh|thanh pho|huyen|thi xa|xa(?! hoi(?![a-z]))|phuong"
                    r"|thanh uy|huyen uy|tinh uy) (?=\S)")
# "Thành ủy Sầm Sơn" names the city as surely as "thành phố Sầm Sơn".
_COMMITTEE_UNIT = {"thanh uy": "thanh pho", "huyen uy": "huyen", "tinh uy": "tinh"}
_CAPITAL_WORDS = re.compile(r"(?:[^\W\d_][^\W_]*)(?: [^\W\d_][^\W_]*){0,3}")


def read_source(text: Text) -> SourceDocument:
    """The text's own identity, from its header: at the top, or after the annexes when the
    text opens with an annex attached to the number of that later header (a page that lays out
    "PHỤ LỤC I (Kèm theo Nghị định số 55/2023/NĐ-CP …)" before "CHÍNH PHỦ | CỘNG HÒA … Số:
    55/2023/NĐ-CP": corpus 043)."""
    source = _read_source(text)
    if source.symbol is None and _ATTACHED.search(text.folded(0, HEADER_CHARS)):
        at = _late_header(text)
        if at is not None:
            rest = Text(text.nfc[at:], text.view[at:], text.folded(at, len(text.view)))
            late = _read_source(rest)
            if late.symbol is not None and _attached_to(text, late.symbol):
                spans = {k: Span(s.start + at, s.end + at) for k, s in late.spans.items()}
                return replace(late, spans=spans)
    return source


# The national motto or the Party's name that heads a formal header, past the first
# HEADER_CHARS; the header starts on its line.
_MOTTO = re.compile(r"cong hoa xa hoi chu nghia viet nam|dang cong san viet nam")
_ATTACHED = re.compile(r"(?<![a-z])kem theo\s")


def _late_header(text: Text) -> int | None:
    m = _MOTTO.search(text.folded(HEADER_CHARS, len(text.view)))
    return text.view.rfind("\n", 0, HEADER_CHARS + m.start()) + 1 if m else None


def _attached_to(text: Text, symbol: str) -> bool:
    """Whether the text's opening says it is attached to ``symbol`` ("Kèm theo … số …")."""
    head = text.view[:HEADER_CHARS]
    folded = text.folded(0, len(head))
    return any(s.canonical == symbol and _ATTACHED.search(folded, max(0, s.start - 60), s.start)
               for s in find_symbols(head))


def _read_source(text: Text) -> SourceDocument:
    view = text.view
    head = view[:HEADER_CHARS]
    folded_head = text.folded(0, len(head))
    spans: dict[str, Span] = {}
    fields: dict = {}

    symbol = _header_symbol(head)
    if symbol:
        fields.update(symbol=symbol.canonical, number=symbol.number, year=symbol.year,
                      family=symbol.family)
        spans["symbol"] = Span(symbol.start, symbol.end)

    date_m = _DATE_LINE.search(folded_head)
    if date_m:
        try:
            fields["date"] = dt.date(int(date_m["y"]), int(date_m["m"]), int(date_m["d"]))
            fields["year"] = fields.get("year") or fields["date"].year
            spans["date"] = Span(date_m.start("d"), date_m.end("y"))
        except ValueError:
            pass

    type_line = _type_line(text, head)
    if type_line:
        doc_type, line_span, title, title_span = type_line
        fields["type"] = doc_type
        spans["type"] = line_span
        if title:
            fields["title"] = title
            spans["title"] = title_span
            year = _title_year(title)
            if year and "year" not in fields:
                fields["year"] = year

    issuer = _issuer(text, folded_head)
    if issuer:
        fields["issuer"] = issuer.name
        fields["level"] = issuer.level
        fields["family"] = fields.get("family") or issuer.family
        spans["issuer"] = issuer.span
        if issuer.locality:
            fields["locality"] = issuer.locality
    if symbol:
        _issuer_from_code(symbol, fields)
    _fill_locality(text, fields)
    return SourceDocument(**fields, spans=spans)


# "Nghị quyết số: 101/2025/UBTVQH15" opening a line: the header's own number, named with its
# type (the colon marks it; a citation in the text writes "Nghị quyết số 101/...").
_TYPED_NUMBER_LINE = re.compile(r"(?m)^(?:[^\S\n]|[|*#>])*(?P<word>[^\W\d_]+(?:[ ][^\W\d_]+){0,3})"
                                r"[ ](?i:số)[ ]*:[ ]*")
# A line of prose: two hundred characters without a line break, a sentence ending in it (a
# header's lines are short; one flattened onto a line has no full stop: review 22).
_PROSE_LINE = re.compile(r"(?m)^(?=[^\n]{200})[^\n]*?[.!?](?: [^\n]*)?$")


# A header that names only the parent ("BAN CHẤP HÀNH TRUNG ƯƠNG⏎BAN TỔ CHỨC"): the code of
# the text's own number tells the body ("45-HD/BTCTW": the Ban Tổ chức Trung ương).
_PARENT_BODIES = {"Ban Chấp hành Trung ương Đảng"}


def _issuer_from_code(symbol, fields: dict) -> None:
    """The issuer the code of the text's own number names, where the header names none or
    only the parent body ("24/2025/TT-BTP" under "BỘ TƯ PHÁP" read as nothing)."""
    codes = issuer_codes()
    record = next(filter(None, (codes.get(org.casefold()) for org in symbol.orgs)), None)
    if record is None or record.body is None:
        return
    if fields.get("issuer") is None or fields["issuer"] in _PARENT_BODIES:
        fields["issuer"] = record.body
        fields["level"] = record.level or fields.get("level")
        fields["family"] = fields.get("family") or record.family


def _header_symbol(head: str):
    lines = [(m.start(), m.end()) for m in _NUMBER_LINE.finditer(head)
             if not _after_type_word(head, m.start())
             and (m.group("flat") is None or m.start() < FLAT_HEADER_CHARS)]
    # (a typed line after a paragraph of prose is no header's: a page's footer, "Giấy phép số:
    # 795/GP-STTTT, ngày …", round 47)
    prose = _PROSE_LINE.search(head)
    lines += [(m.start(), m.end()) for m in _TYPED_NUMBER_LINE.finditer(head, 0, prose.start() if prose else len(head))
              if fold_key(m.group("word")) in type_by_word()]
    for _, end in sorted(lines):
        # after "Số:" a letter's one issuer code is a symbol too ("Số: 850/UBND")
        m = match_at(head, end, named_anywhere=True)
        if m:
            return symbol_from_match(m)
    return None


def _after_type_word(head: str, line_start: int) -> bool:
    """The line before ends with a type word: "Quyết định⏎Số 96/QĐ-TTg" wraps a citation."""
    before = fold_key(head[max(0, line_start - 40):line_start])
    return any(before.endswith(w) and not before[:-len(w)][-1:].isalpha() for w in type_by_word())


_LINE = re.compile(r"(?m)^[ \t|*#]*(?P<word>[^\n|*]{2,60}?)[ \t*|]*$")


def _type_line(text: Text, head: str):
    """A line in capitals that is a type word ("KẾ HOẠCH HÀNH ĐỘNG"), and the title below it."""
    for m in _LINE.finditer(head):
        word = m.group("word").strip()
        if not word.isupper():
            continue
        doc_type = _line_type(word)
        if doc_type is None:
            continue
        title, span = _title_after(text, m.end())
        return doc_type.word, Span(m.start("word"), m.end("word")), title, span
    return None


@lru_cache(maxsize=4096)
def _line_type(word: str) -> DocType | None:
    """The type a heading line in capitals names: a few hundred lines recur in every header."""
    return type_by_word().get(fold_key(word))


_TITLE_END = re.compile(r"\n[ \t]*\n|\n\s*(?=-{3,}|_{3,}|[IVX]+\.|\d+\.)")


# A title ends, with no blank line after it, where the body's first sentence starts on a new
# line ("Căn cứ Luật ...", "Thực hiện Kế hoạch số 619 ...") or at the line in capitals that
# names who decides ("BỘ TRƯỞNG BỘ NỘI VỤ", "HỘI ĐỒNG BẦU CỬ QUỐC GIA"), which stands between
# a decision's title and its preamble (the words: tables/headers.toml).
@cache
def body_opener() -> re.Pattern:
    """The first words of a body's first sentence, as written, at the start of a line."""
    words = sorted(tables().title_openers.words, key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, words)) + r")(?![^\W\d_])")


# A title line ending in one of these goes on in the next ("... NĂM 2026 CỦA\nBỘ NỘI VỤ").
# Words no line of a title or of running text ends with (folded): it goes on in the next.
OPEN_WORDS = "cua|va|voi|ve|cho|tai|tren|thuoc|giua|trong|doi voi"
_GOES_ON = re.compile(rf"(?:(?<![a-z])(?:{OPEN_WORDS})|[,;(-])\s*$")
_PLACE_WORDS_MAX = 6


def _title_end(text: Text, pos: int, end: int) -> int:
    """Where the title starting at ``pos`` ends, at ``end`` at the latest (see body_opener)."""
    view = text.view
    brk = view.find("\n", pos, end)
    in_capitals = brk != -1 and view[pos:brk].isupper()
    while brk != -1:
        after = view.find("\n", brk + 1, end)
        line_end = end if after == -1 else after
        line = view[brk + 1:line_end].strip(" \t|*")
        if (body_opener().match(line) or (line.isupper() and names_signer(line))
                # a title in capitals goes on in capitals ("QĐ-TTg" is no lower-case word), or
                # in a line starting in lower case ("KẾT LUẬN CỦA BỘ CHÍNH TRỊ\nvề một số ...")
                or (in_capitals and line[:1].isupper()
                    and any(len(w) > 1 and w.islower() for w in line.split()))) \
                and not _GOES_ON.search(text.folded(max(pos, brk - 12), brk)):
            return brk
        brk = after
    return end


def names_signer(line: str) -> bool:
    """A line naming an office or a body (and its place)."""
    key = fold_key(line)
    if not key:
        return False
    if office_regex().match(key):
        return True
    body = body_regex().match(key)
    return body is not None and len(key[body.end():].split()) <= _PLACE_WORDS_MAX


def _title_after(text: Text, pos: int):
    view = text.view
    while pos < len(view) and view[pos] in " \n\t|*-":
        pos += 1
    end_m = _TITLE_END.search(view, pos, pos + 600)
    end = _title_end(text, pos, end_m.start() if end_m else min(len(view), pos + 400))
    raw = view[pos:end].strip(" *|\n")
    # The opening sentence ("Thực hiện ..., Ban Thường trực ... như sau:") is not a title.
    if len(raw) < 4 or raw.startswith("Căn cứ") or raw.rstrip().endswith(":") or "như sau" in raw:
        return None, None
    title = _unquote(re.sub(r"^(?:V/v|Về việc|VỀ VIỆC|Về|VỀ)\s+", "", clean_phrase(raw)).strip())
    return (title[0].upper() + title[1:] if title else None), Span(pos, pos + len(raw))


def _unquote(title: str) -> str:
    """Without the quotes around the whole title; a quote that closes a quoted name inside it
    stays ('... khóa XIII "Về tiếp tục đẩy mạnh ... năm 2045"')."""
    if title.count('"') == 1 or (title.startswith('"') and title.endswith('"') and title.count('"') == 2):
        return title.strip('" ')
    return title


_YEAR_END = re.compile(r"(?:năm\s+)?((?:19|20)\d\d)\s*$")
# "đến năm 2030", "tầm nhìn 2045", "nhiệm kỳ 2024 - 2029", "giai đoạn 2021-2025" are horizons.
_HORIZON = re.compile(r"(?:đến|tầm nhìn|nhiệm kỳ|giai đoạn)\s+(?:năm\s+)?(?:\d{4}\s*-\s*)?\d{4}$|\d{4}\s*-\s*\d{4}$")


def _title_year(title: str) -> int | None:
    tail = title.rstrip(' ".”')
    m = _YEAR_END.search(tail)
    if not m or _HORIZON.search(tail):
        return None
    return int(m.group(1))


def _issuer(text: Text, folded_head: str):
    # 1. the issuer block of a formal header: the lines before "CỘNG HÒA ..." / "ĐẢNG CỘNG SẢN".
    for stop in ("cong hoa xa hoi", "dang cong san"):
        at = folded_head.find(stop, 0, 400)
        if at > 0:
            found = _scan_issuer(text, 0, at)
            if found:
                return found
    # 2. the body that says it draws up this plan.
    m = _SUBJECT.search(text.folded(0, min(len(text.view), 6000)))
    if m:
        found = _scan_issuer(text, m.start("body"), m.end("body"))
        if found:
            return found
    # 3. the signature block.
    tail_start = max(0, len(text.view) - 1500)
    for m in _SIGNATURE.finditer(text.folded(tail_start, len(text.view))):
        start = tail_start + m.start("body")
        found = _scan_issuer(text, start, start + 160, flatten=True)
        if found:
            return found
    return None


def _scan_issuer(text: Text, start: int, end: int, flatten: bool = False):
    """The first body named between ``start`` and ``end``."""
    if flatten:
        # A signature spreads the body over lines in capitals: read it as one line.
        raw = text.view[start:end].replace("\n", " ").replace("*", " ")
        flat = Text(raw, raw)
        found = _scan_issuer(flat, 0, len(raw))
        if found:
            return type(found)(found.name, found.bodies, found.level, found.family,
                               found.locality, Span(start + found.span.start, start + found.span.end))
        return None
    folded = text.folded(start, end)
    for m in re.finditer(r"(?<![a-z])(?=[a-z])", folded):
        found = read_issuer(text, start + m.start(), end)
        if found:
            return found
    return None


def _fill_locality(text: Text, fields: dict) -> None:
    """Locality and province from the places the text names most often."""
    written: Counter = Counter()
    sample = text.view[:200_000]
    folded = text.folded(0, len(sample))
    for m in _PLACE.finditer(folded):
        words = _CAPITAL_WORDS.match(sample, m.end())
        name = []
        for w in (words.group().split() if words else ()):
            if not w[0].isupper():
                break
            name.append(w)
        if name:
            unit = _COMMITTEE_UNIT.get(m.group("unit"), m.group("unit"))
            written[(unit, " ".join(name))] += 1
    # Each spelling is cleaned once (a text names its own place dozens of times); merged
    # counts keep the order of first mention, which settles ties.
    counts: Counter = Counter()
    for (unit, name), n in written.items():
        name = clean_phrase(name)
        counts[(unit, name.title() if name.isupper() else name)] += n     # "TỈNH HÀ TĨNH"
    provinces, districts = places().provinces, places().districts
    locality = fields.get("locality")
    if not locality:
        wanted = _unit_of(fields.get("issuer"))
        for (unit, name), _ in counts.most_common():
            if wanted and unit == wanted:
                locality = name
                break
    if locality:
        fields["locality"] = locality
        key = fold_key(locality)
        if key in districts:
            fields["province"] = districts[key][1]
        elif key in provinces:
            fields["province"] = provinces[key]
    if "province" not in fields:
        fields.update(_header_province(text))
    if "province" not in fields:
        named: Counter = Counter()
        for (unit, name), n in counts.items():
            if unit == "tinh" and fold_key(name) in provinces:
                named[provinces[fold_key(name)]] += n
        ranked = named.most_common(2)
        # a tie tells nothing: corpus 001 names "tỉnh Thanh Hóa" and "tỉnh Quảng Ninh" once
        # each, in the addresses of a form's example
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            fields["province"] = ranked[0][0]
    if fields.get("level") is None and fields.get("issuer"):
        unit = _unit_of(fields["issuer"])
        if unit == "tinh":
            fields["level"] = "tỉnh"
        elif unit in ("huyen", "thi xa"):
            fields["level"] = "huyện"
        elif unit in ("xa", "phuong"):
            fields["level"] = "xã"
        elif unit == "thanh pho" and fields.get("locality"):
            central = fold_key(fields["locality"]) in places().central_cities
            fields["level"] = "tỉnh" if central else "huyện"
        elif unit == "thanh pho" and fields.get("province") and \
                fold_key(fields["province"]) not in places().central_cities:
            # "Ban Thường trực Ủy ban MTTQ thành phố" of a plan citing "tỉnh Thanh Hoá": a city
            # of that province, unnamed; the district tier, not the province's
            fields["locality"], fields["level"] = "thành phố", "huyện"


_HEADER_PLACE_CHARS = 300


def _header_province(text: Text) -> dict:
    """The province a header's issuer block names ("ỦY BAN NHÂN DÂN XÃ HẢI THUẬN XUÂN⏎TỈNH
    BÌNH DƯƠNG"): it outweighs the provinces the body cites."""
    sample = text.view[:_HEADER_PLACE_CHARS]
    for m in _PLACE.finditer(text.folded(0, len(sample))):
        words = _CAPITAL_WORDS.match(sample, m.end())
        name = fold_key(words.group()) if words else ""
        if m.group("unit") in ("tinh", "thanh pho"):
            known = next((k for k in places().provinces if name == k or name.startswith(k + " ")), None)
            # "THÀNH PHỐ CẦN THƠ" is a province; "thành phố Sầm Sơn" is not
            if known and (m.group("unit") == "tinh" or known in places().central_cities):
                return {"province": places().provinces[known]}
    return {}


def _unit_of(issuer: str | None) -> str | None:
    if not issuer:
        return None
    m = re.search(r"(?<![a-z])(tinh|thanh pho|huyen|thi xa|xa|phuong)(?![a-z])", fold_key(issuer))
    return m.group(1) if m else None
