"""What the words around a symbol say: its type word, date, issuer, term and title.

Reading works on two aligned views of the NFC text (see ``normalize``): ``view`` keeps case,
``folded`` has neither case nor diacritics. Offsets are shared by both.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import cache

from .model import Span, fast_init
from .normalize import LOWER, UPPER, clean_phrase, fold, fold_key, tidy
from .tables import Body, DocType, body_at, body_regex, places, tables, type_by_word, type_word_regex

TAIL_WINDOW = 500
HEAD_WINDOW = 120
TITLE_MAX = 300


class Text:
    """The NFC text with its match view and folded view (see ``normalize``)."""
    __slots__ = ("nfc", "view", "_folded", "bases")

    def __init__(self, nfc_text: str, view: str, folded: str | None = None):
        self.nfc = nfc_text
        self.view = view
        self._folded = fold(view) if folded is None else folded
        # Where each "Căn cứ" that follows a word in capitals and names a document starts: a
        # header flattened onto one line runs its title into the preamble ("… THUẾ THU NHẬP
        # DOANH NGHIỆP Căn cứ Luật …"; not "… ATK Căn cứ Trung ương"). Found once, by a string
        # search; most texts have none, and their readers skip the look-up.
        self.bases: list[int] = []
        at = view.find(" Căn cứ ")
        while at >= 0:
            if at and view[at - 1].isupper() and type_word_regex().match(self._folded, at + 8):
                self.bases.append(at + 1)
            at = view.find(" Căn cứ ", at + 1)

    def says(self, folded_phrase: str) -> bool:
        """Whether the folded text holds ``folded_phrase`` anywhere (a cheap test before a rule
        looks at each citation)."""
        return folded_phrase in self._folded

    def basis_after_heading(self, lo: int, hi: int) -> int:
        """The last of ``bases`` in (lo, hi], else -1."""
        i = bisect_right(self.bases, hi) - 1
        return self.bases[i] if i >= 0 and self.bases[i] > lo else -1

    def folded(self, start: int, end: int) -> str:
        """fold(view[start:end])."""
        # (a conditional, not max(): this is called a dozen times a citation)
        return self._folded[start if start > 0 else 0:end]


# ---- before the number --------------------------------------------------------------------

@fast_init
@dataclass(frozen=True, slots=True)
class Head:
    """The words right before a number: "các Kết luận số", "Quyết định của Bộ Chính trị số"."""
    start: int
    doc_type: DocType | None
    type_span: Span | None
    issuer: "Issuer | None"
    has_so: bool
    # "Ngày 14-11-2016, Ban Chấp hành Đảng bộ tỉnh đã ban hành Nghị quyết số 10-NQ/TU"
    date: dt.date | None = None
    date_span: Span | None = None
    # A body named before it issues it in a clause of its own ("…, Sở Y tế có Công văn số …"):
    # the text's verb before does not reach it ("trong đó có Quyết định số …" names no body).
    issued: bool = False
    # The body announced that it was issued ("… thông báo ban hành Nghị quyết số …"): its
    # issuer only if the symbol's code names that body (pipeline._to_citation)
    announced: bool = False


# What kind of decision, between its type word and "số": "Quyết định chủ trương số 3180/QĐ-UBND",
# "quyết định thành lập số 1867 QĐ/TCCB-3", "Quyết định phê duyệt số …" (whose verb is no cue);
# or how urgent: "Công văn khẩn số 1052/UBND-VX", "Công điện hỏa tốc số …"
_KINDS = ("chu truong", "phe duyet", "thanh lap", "cong nhan", "bo nhiem", "khen thuong", "ky luat",
          "khan cap", "khan", "hoa toc", "thuong khan")
_HEAD_TAIL = re.compile(
    r"(?:\s+(?:cua\s+(?P<between>[^,;.\n\d]{2,80}?)))?"
    r"(?:\s+(?:" + "|".join(_KINDS) + r")(?=\s+so))?"
    r"\s*(?P<so>so\s*:?|s\s*:)?\s*$")
_SO_ONLY = re.compile(r"(?<![a-z])(?P<so>so)\s*:?\s*$")


def _so_at_end(window: str) -> re.Match | None:
    """``_SO_ONLY.search(window)``, which tries every position, run only when "so" ends it."""
    end = window.rstrip()
    if end.endswith(":"):
        end = end[:-1].rstrip()
    return _SO_ONLY.search(window) if end.endswith("so") else None


def read_head(text: Text, number_start: int) -> Head:
    """The type word (and any "của ... số") ending right before ``number_start``."""
    lo = max(0, number_start - HEAD_WINDOW)
    window = text.folded(lo, number_start)
    # Most heads are read backwards from the number in one anchored match; what that cannot
    # settle (a letter glued to the type word, "của" + something other than a body) is
    # read by the scan below.
    # (without "của" in the window the "của <body>" part cannot match, and a failing match
    # would try it at every length up to 80 characters)
    back = _reversed_head("cua" in window).match(window[::-1])
    if back is None:
        so = _so_at_end(window)
        return Head(number_start if not so else lo + so.start(), None, None, None, bool(so))
    size = len(window)
    word_start, word_end = size - back.end("word"), size - back.start("word")
    if not (word_start and window[word_start - 1].isalpha()):
        issuer = None
        if back.group("between"):
            issuer = read_issuer(text, lo + size - back.end("between"), lo + size - back.start("between"))
        if issuer is not None or not back.group("between"):
            doc_type = type_by_word()[" ".join(window[word_start:word_end].split())]
            head = Head(lo + word_start, doc_type, Span(lo + word_start, lo + word_end), issuer,
                        bool(back.group("so")))
            return head if issuer else _named_before(text, head)
    best = None
    for m in type_word_regex().finditer(window):
        if m.start() and window[m.start() - 1].isalpha():
            continue
        rest = _HEAD_TAIL.match(window, m.end())
        if not rest or rest.end() != len(window):
            continue
        issuer = None
        if rest.group("between"):
            # "Quyết định của Bộ Chính trị số 31-QĐ/TW": what stands between must be a body;
            # "quy định của Luật Ngân sách nhà nước số 89/2025/QH15" is no Quy định.
            issuer = read_issuer(text, lo + rest.start("between"), lo + rest.end("between"))
            if issuer is None:
                continue
        best = (m, rest, issuer)
    if best is None:
        so = _so_at_end(window)
        return Head(number_start if not so else lo + so.start(), None, None, None, bool(so))
    m, rest, issuer = best
    doc_type = type_by_word()[" ".join(m.group().split())]
    head = Head(lo + m.start(), doc_type, Span(lo + m.start(), lo + m.end()), issuer,
                bool(rest.group("so")))
    return head if issuer else _named_before(text, head)


# A date in folded text: d/m/yyyy, d-m-yyyy, d.m.yyyy, "d tháng m năm yyyy", "d tháng m, năm
# yyyy". (No two quantifiers over white space stand side by side here or in the patterns built
# on it: runs of spaces between the parts made the search backtrack in the cube of their length.)
# (a comma typed for the second slash: "ngày 02/5,2019", round 47; not after a space, "ngày
# 02/5, 2000 hộ dân …", review 22)
_DATE = (r"(?P<d>\d{1,2})\s*(?:[/.-]|thang)\s*(?P<m>\d{1,2})\s*(?:[/.-]|,(?=(?:19|20)\d\d(?!\d))|(?:,\s*)?nam)\s*"
         r"(?P<y>(?:19|20)\d\d)")


# The body that issued a document, named before its type word: "Ban Chấp hành Trung ương
# Đảng (đã) ban hành Nghị quyết số 43-NQ/TW" (or "ra", "có"), "theo đề nghị của Giám đốc Sở Tài
# chính tại Tờ trình số 160/TTr-STC"; and a date before that body ("Ngày 14-11-2016, Ban ...
# ban hành").
# (folded) the verb a body issues with, at the end of the words before a type word
# ("thông báo ban hành": the body announcing may not be the issuer, "Văn phòng Chính phủ
# thông báo ban hành Nghị định …": Head.announced; reviews 21, 22)
_ISSUING_VERB = (r"(?:cung\s+)?(?:(?:da|vua)\s+)?"
                 r"(?:(?:(?:ky\s+)?ban hanh|ky)\s+tai|(?:ky\s+|thong bao\s+)?ban hanh|phat hanh|co|ra|ky)\s+$")
# (folded) the Party's or the Assembly's term after a body's name: "(khóa XII)"
_TERM_AFTER = r"^(?:\s*\(?\s*khoa\s+[ivxlc]+\s*\)?)?"
_ISSUED = re.compile(_TERM_AFTER + r"\s+" + _ISSUING_VERB)
_SUBMITTED = re.compile(r"^\s+tai\s+$")
_NOT_THE_SUBJECT = ("tai ", "voi ", "gui ", "lam viec ", "den ", "cho ")
_DATED_ISSUED = re.compile(_TERM_AFTER + r"(?:\s*,?\s*ky hop thu [a-z0-9]+)?\s*,?\s+ngay\s+"
                           + _DATE + r"\s*,?\s+" + _ISSUING_VERB)
_OF_OFFICE = re.compile(r"(?<![a-z])cua\s+(?:(?:giam doc|chu tich|truong ban|bo truong|thu truong"
                        r"|chanh van phong|truong)\s+)?")
# A date "tính đến", "kể từ", "sau hội nghị" … is no document's ("Tính đến ngày 30/6/2024, Liên
# đoàn Lao động huyện đã ban hành …"; "tiếp đến ngày …" is). The body still issues it.
_NOT_SINCE = (r"(?<!tinh den )(?<![\n.;:,] den )(?<!het )(?<!ke tu )(?<!sau )(?<!truoc )(?<!chot )(?<!nghi )"
              r"(?<!hop )")
# The date with a comma after it, or opening its sentence or clause ("Theo đó, ngày 16 tháng 8
# năm 2019 Đảng ủy xã cũng đã ban hành Kế hoạch số 291-KH/ĐU"), "vừa qua" allowed after it
# ("Ngày 29/7/2022 vừa qua, UBND tỉnh đã ban hành …"; "Vào ngày 01/8/2014 Ban cán sự Đảng …"
# opens it too); not after any comma: "Chỉ thị số 05-CT/TW, ngày 15/5/2016 Ban …" dates the
# citation before it (a date between two commas before "<body> có Công văn số …" is the
# body's: ``_opens_clause``).
_DATE_BEFORE = re.compile(r"(?:(?P<opener>[.;:\n]|(?P<weak>\(|(?<![0-9] )(?<![a-z])va(?= ))|(?P<dash>[-–)])|(?<![a-z])(?:(?:theo|sau|tiep) do|tiep theo)\s*,|(?<![a-z])dong thoi\s*,)\s*"
                          r"(?:(?:vao|sang|chieu|toi)\s+)?|(?<![a-z]))" + _NOT_SINCE + r"ngay\s+" + _DATE
                          + r"(?:\s+vua qua)?\s*(?:(?P<comma>,\s*)(?:(?:ong|ba|dong chi|d/c)\s+)?)?$")
_CAPITAL_WORD = re.compile(rf"(?<!\w)[{UPPER}]")
_BEFORE_WINDOW = 110
_BODY_WORDS = 10


def _named_before(text: Text, head: Head) -> Head:
    # a date between the verb and the document: "UBND tỉnh đã ban hành ngày 21/02/2022 Kế hoạch
    # số …", "… ký ban hành ngày 21/02/2022 tại Kế hoạch số …"
    at = head.start         # (a year right before: "…2022 Kế", "…2022 tại Kế", "…2022  tại  Kế")
    inner = (_DATE_IN_CLAUSE.search(text.folded(max(0, at - 48), at))
             if _YEAR_BEFORE.search(text.view, max(0, at - 12), at) else None)
    if inner is None:
        return _named_before_at(text, head, head.start)
    lo = head.start - (len(inner.string) - inner.start())
    if "\n" in inner.group() and "/" in text.view[text.view.rfind("\n", 0, lo) + 1:lo]:
        # across a line break, after a symbol on the verb's line the date is that symbol's:
        # "Luật Đất đai số 45/2013/QH13 được Quốc hội ban hành ngày 29/11/2013⏎Nghị định số …"
        return _named_before_at(text, head, head.start)
    found = _named_before_at(text, head, lo)
    day = _to_date(inner.group("d"), inner.group("m"), inner.group("y"))
    if found.issued and found.date is None and day is not None:
        found = replace(found, date=day, date_span=Span(lo + inner.start("d") - inner.start(),
                                                        lo + inner.end("y") - inner.start()))
    return found


# (folded) a date, then the words after it up to the issuing verb
_AFTER_DATE = re.compile(r"(?<![a-z])ngay\s+" + _DATE + r"\s*,?\s*(?=[a-z])(?!.*(?<![a-z])ngay\s+\d)")
_HAS_BEFORE = re.compile(r"(?:(?:da|vua)\s+)?co\s+$")
_YEAR_BEFORE = re.compile(r"[0-9]\s+(?:tại\s+)?$")
# (folded) "ngày <date> (tại) " right before a type word, after an issuing verb
_DATE_IN_CLAUSE = re.compile(r"(?<=[ ])ngay[ ]+" + _DATE + r"\s+(?:tai\s+)?$")


def _named_before_at(text: Text, head: Head, start: int) -> Head:
    near = text.folded(max(0, start - 12), start)
    counted = _COUNTED.search(near) if near.endswith(_COUNT_ENDS) else None
    if counted:
        start -= len(counted.group())       # "ban hành các Quyết định số …", "ban hành 02 Quyết định"
        near = text.folded(max(0, start - 12), start)
    # "Ban Dân vận Tỉnh ủy có Công văn số …", "Bộ Chính trị đã ra Chỉ thị số …"
    located = near.endswith(("hanh tai ", " ky tai "))       # "… ban hành tại Quyết định số …"
    issued = located or near.endswith(("ban hanh ", "phat hanh ", " co ", " ra ", " ky "))
    if near.endswith((" ky ", " ky tai ")) and not _signed(text, start - (4 if located else 0)):
        return head
    if not (issued or near.endswith("tai ")):
        return head                             # most type words: nothing to read
    lo = max(0, start - _BEFORE_WINDOW)
    window = text.folded(lo, start)
    # Where the body may start: a capitalised word before "ban hành", right after "của" (and
    # an office: "Giám đốc") before "tại". Trying the bodies only there keeps this cheap.
    if issued:
        # the last few capitalised words: a body's name has at most a handful, and a run of
        # capitals must not cost a body look-up each ("A B C … có Quyết định số …")
        starts = [m.start() for m in _CAPITAL_WORD.finditer(text.view, lo, start)][-_BODY_WORDS:]
        # and a body's name in lower case right after a date: "Ngày 21 tháng 01 năm 1998 ủy ban
        # nhân dân thành phố Hải Phòng ký Quyết định số …" (round 56)
        dated = _AFTER_DATE.search(window)
        if dated is not None and not text.view[lo + dated.end():lo + dated.end() + 1].isupper():
            starts = sorted([*starts, lo + dated.end()])
    else:
        starts = [lo + m.end() for m in _OF_OFFICE.finditer(window)]
    covered = -1
    for at in starts:
        if at < covered:
            continue        # inside that body's name ("của Thủ tướng Chính phủ, UBND tỉnh đã ban hành …")
        if issued and text.folded(max(0, at - 4), at) == "cua ":
            # the body of the citation before ("… của UBND tỉnh, Sở Y tế có …")
            before = body_at(text.folded(at, start), 0)
            covered = at + before.end() if before else covered
            continue
        if located and text.folded(max(0, at - 6), at).endswith(("do ", "duoc ")):
            continue        # a relative clause: "Quy chế làm việc do UBND tỉnh ban hành tại Quyết định số …"
        if text.folded(max(0, at - 24), at).endswith(_SUB_UNITS):
            continue        # the body's office: "Văn phòng Ban Chỉ đạo … ban hành Công văn …" (review 21)
        issuer = read_issuer(text, at, start)
        office = _office_and_space().match(text.folded(at, start)) if issuer is None and issued else None
        if office:          # "Ngày 14/4/2023 Bộ trưởng Bộ Y tế đã ban hành Thông tư số …"
            issuer = read_issuer(text, at + office.end(), start)
            if issuer is None and _ISSUED.match(" " + text.folded(at + office.end(), start)):
                # the office alone: "Ngày 07/3/2008, Bộ trưởng ban hành Quyết định số …"
                return _dated_before(text, head, at, None)
        if issuer is None:
            continue
        rest = window[issuer.span.end - lo:]
        if issued and near.endswith(" ky ") and not _ISSUED.match(rest):
            # a signer named after the office that holds the body's name: "Tổng Thư ký Quốc hội
            # Nguyễn Hạnh Phúc ký Văn bản số …" (round 47): a document issued, the office's body
            # not read as its issuer (the code names it: "Phó Thủ tướng Chính phủ Trần Hồng Hà
            # vừa ký Quyết định số 1315/QĐ-TTg")
            name = _PERSON_NAME.match(text.view, issuer.span.end, start)
            if name is not None and _ISSUED.match(" " + text.folded(name.end(), start)):
                # (the date before the office: "Ngày 5/3/2021, Thứ trưởng Bộ Tài chính Vũ Thị Mai
                # ký Công văn số …", review 22)
                return _dated_by_name(text, head, _dated_before(text, head, at, None, issued=True), window, lo, at)
        if issued and _ISSUED.match(rest):
            found = _dated_before(text, head, at, issuer)
            if rest.lstrip().startswith(("thong bao ban hanh", "da thong bao ban hanh", "vua thong bao ban hanh")):
                found = replace(found, announced=True)
            # (a name before the body's: "Vào ngày 01/8/2014 Ban cán sự Đảng Viện kiểm sát nhân
            # dân tỉnh Trà Vinh ban hành …")
            return _dated_by_name(text, head, found, window, lo, at)
        if issued and rest.startswith(")") and _ISSUED.match(rest[1:]):
            return _named_before_bracket(text, head, at) or head
        dated = _DATED_ISSUED.match(rest) if issued else None
        if dated is not None and not text.folded(max(0, at - 12), at).endswith(_NOT_THE_SUBJECT):
            # (not a body named as a place or a party: "Đoàn kiểm tra làm việc tại UBND huyện
            # ngày 20/7/2004 đã có Kết luận số …", "Hồ sơ gửi UBND tỉnh ngày …"; review 25)
            # the date between the body and its verb: "UBND tỉnh ngày 20/7/2004 đã ban hành
            # Quyết định số …", "Quốc hội khóa XII kỳ họp thứ nhất ngày 31/7/2007 đã thông qua
            # Nghị quyết số …" (round 61)
            found = _dated_before(text, head, at, issuer)
            day = _to_date(dated.group("d"), dated.group("m"), dated.group("y"))
            if found.date is None and day is not None:
                found = replace(found, date=day, date_span=Span(issuer.span.end + dated.start("d"),
                                                                 issuer.span.end + dated.end("y")))
            return found
        if not issued and _SUBMITTED.match(rest):
            return replace(head, issuer=issuer)
    if near.endswith(" co ") and "ngay" in window:
        # a date, then "có" with no body: "Ngày 02/11/1991 có Quyết định số 1380/QĐ-UB của UBND
        # tỉnh …" (round 52): the document's date; who issued it, the words after say
        verb = start - len(_HAS_BEFORE.search(near).group())
        found = _dated_before(text, head, verb, None, issued=True)
        if found.date is not None:
            return found
    if issued and "ngay" in window:
        # a body the tables do not know, after a date: "Ngày 15/3/2024, Bộ trưởng, Chủ nhiệm Uỷ
        # ban Dân tộc ban hành Thông tư số …"
        named = _DATED_NAME.search(window)
        if named is not None and (text.view[lo + named.start("name")].isupper()
                                  or (_HONORIFIC.match(text.view, lo + named.start("name"))
                                      and "," not in named.group("name"))):
            return _dated_before(text, head, lo + named.start("name"), None, issued=True)
    return head


def _dated_by_name(text: Text, head: Head, found: Head, window: str, lo: int, at: int) -> Head:
    """``found`` (a document issued by what is named at ``at``), with the date written before a
    longer name that runs to the issuing verb, where none stands right before ``at``."""
    if found.date is not None or "ngay" not in window:
        return found
    named = _DATED_NAME.search(window)
    if named is None or lo + named.start("name") >= at:
        return found
    before = _dated_before(text, head, lo + named.start("name"), None)
    return found if before.date is None else replace(found, date=before.date, date_span=before.date_span)


# a person's name: two to four capitalised words (in the view)
_PERSON_NAME = re.compile(rf"[ ]+(?:[{UPPER}][{LOWER}]+[ ]+){{2,4}}(?=\S)")


# (folded) a unit of a body, named before it: its office or standing agency issues, not the body
_SUB_UNITS = ("van phong ", "co quan thuong truc ", "co quan thuong truc cua ")


# (folded) a plural or a count before a type word: "ban hành các/hai/3 Quyết định", "…, các
# Kế hoạch số …" (pipeline's list items too)
COUNT_WORDS = r"(?:cac|hai|ba|bon|\d{1,2})"
_COUNTED = re.compile(rf"(?<![a-z0-9]){COUNT_WORDS}\s+$")
_COUNT_ENDS = ("cac ", "hai ", "ba ", "bon ", *(f"{d} " for d in range(10)))


def _named_before_bracket(text: Text, head: Head, inside: int) -> Head | None:
    """A body whose name a bracket brings up to date, between its name and the verb: "Ngày
    14/02/1948, Ủy ban Kháng chiến kiêm Hành chính tỉnh Hà Giang (nay là Ủy ban nhân dân tỉnh
    Hà Giang) ban hành Nghị quyết số …": the date and the name before the bracket."""
    opened = text.view.rfind("(", max(0, inside - 60), inside)
    if opened < 0:
        return None
    lo = max(0, opened - _BEFORE_WINDOW)
    named = _DATED_BRACKETED.search(text.folded(lo, opened))
    if named is None or not text.view[lo + named.start("name")].isupper():
        return None
    at = lo + named.start("name")
    return _dated_before(text, head, at, read_issuer(text, at, opened), issued=True)


# (folded) a date, then a name up to the bracket after it
_DATED_BRACKETED = re.compile(r"(?<![a-z])ngay\s+" + _DATE + r"(?:\s*,[\s,]*|\s)(?P<name>[^.;:\n\d()]{3,100})$")


# (folded) "ký" that signs nothing: "đăng ký", "chưa ký", "không ký", "từ chối ký", "người ký",
# "Thư ký"
_NOT_SIGNING = re.compile(r"(?<![a-z])(?:dang|chua|khong|tu choi|nguoi|thu)\s+ky\s+$")


def _signed(text: Text, before: int) -> bool:
    """ "ký" ends the text before ``before`` and signs: folded, "nhiệm kỳ", "học kỳ" read the same."""
    word = text.view[max(0, before - 3):before - 1]
    return word.lower() == "ký" and not _NOT_SIGNING.search(text.folded(max(0, before - 16), before))


# a person named as the signer: "Ngày 25/10/2022, ông Bùi Đình Long ký ban hành …"
_HONORIFIC = re.compile(rf"(?:ông|bà|đồng chí|đ/c)[ ]+[{UPPER}]")
# (folded) a date, a comma or not ("Ngày 25/2/2014 Viện Vệ sinh Dịch tễ Trung ương đã có công văn
# số …"), then a name of a few words up to the issuing verb
_DATED_NAME = re.compile(r"(?<![a-z])ngay\s+" + _DATE + r"(?:\s+vua qua)?(?:\s*,[\s,]*|\s)(?P<name>[^.;:\n\d]{3,80}?)"
                         r"\s+" + _ISSUING_VERB)


# what a speaker does, not a signer: the date is the speech's
_TOLD = re.compile(r"(?<![a-z])(?:phat bieu|nhan manh|cho biet|thong tin|khang dinh|cong bo|trao|tang|de nghi"
                   r"|yeu cau|chi dao|noi|neu ro)(?![a-z])")
_SIGNED_AFTER_DATE = re.compile(r"[.;:\n]\s*ngay\s+" + _DATE + r"\s*,(?=[^.;:\n\d]{3,110}$)"
                                r"[^.;:\n\d]*?(?<![a-z])(?:thay mat|thua lenh|thua uy quyen)\s[^.;:\n\d]*$")


def _after_words(view: str, pos: int) -> bool:
    """A comma that ends words in lower case, not a symbol or a date, before ``pos``: a date
    after it opens the issuing clause ("… tiêm vắc xin sởi, ngày 25/2/2014 Viện … đã có công
    văn số …"; not "Chỉ thị số 05-CT/TW, ngày 15/5/2016 Ban …")."""
    before = view[max(0, pos - 4):pos].rstrip()
    if before.endswith("),"):
        # a name's short form in brackets: "… Ngày Pháp luật (NPL), ngày 07/9/2021 UBND tỉnh …"
        end = pos - 4 + len(before) - 1
        opened = view.rfind("(", max(0, end - 40), end)
        # (not a citation's term: "Chỉ thị số 05-CT/TW (khóa XII), ngày …" dates the directive)
        return (opened >= 0 and not any(c.isdigit() or c == "/" for c in view[opened:end])
                and not fold(view[opened + 1:opened + 6]).lstrip().startswith("khoa"))
    return before.endswith(",") and before[-3:-1].isalpha() and before[-3:-1].islower()


def _dated_before(text: Text, head: Head, at: int, issuer, issued: bool | None = None) -> Head:
    """``head`` with the issuer named at ``at`` and the date right before it, if any (``issued``:
    a body issued it, by default when one is known)."""
    date_lo = max(0, at - 40)
    base = date_lo - 1          # the text's start reads as a line break
    before = ("\n" if date_lo == 0 else " ") + text.folded(date_lo, at)
    date = _DATE_BEFORE.search(before)
    if date and date.group("dash") and not date.group("comma") \
            and not text.view[base + date.start("d") - 5:base + date.start("d")].startswith("Ng"):
        date = None         # a dateline's dash opens "Ngày" in capitals: "(Phù Ninh)- Ngày 24/10/2019 Chủ tịch …"
    if date and date.group("weak") and issuer is None:
        date = None         # "… và ngày 5/3/2020 nước dâng cao, UBND tỉnh …": not before the body (review 24)
    if date and not (date.group("comma") or date.group("opener") or _after_words(text.view, base + date.start())):
        date = None
    if date and not date.group("opener"):
        # right after a symbol, with no comma between, the date is that citation's: "Quyết
        # định số 1/QĐ-BYT ngày 07/3/2008, Bộ trưởng ban hành …"
        last = text.view[max(0, base + date.start() - 12):base + date.start()].rstrip()[-1:]
        if last.isdigit() or (last.isupper() and (last.isascii() or last == "Đ")):
            date = None
    if date is None and any(map(text.folded(max(0, at - 100), at).__contains__, ("thay mat", "thua "))):
        # a signer between the date and the body: "Ngày 28/7/2021, Tổng Bí thư … đã thay mặt
        # Ban Chấp hành Trung ương ký ban hành …", "Ngày 23/11/2018, thừa lệnh Chủ tịch UBND
        # tỉnh, Phó Chánh Văn phòng … đã ký ban hành …"
        date_lo = max(0, at - 130)
        base = date_lo - 1
        date = _SIGNED_AFTER_DATE.search(("\n" if date_lo == 0 else " ") + text.folded(date_lo, at))
        if date and _TOLD.search(date.group()):
            date = None     # "Ngày …, thay mặt lãnh đạo huyện, đồng chí … phát biểu … UBND tỉnh đã ban hành …"
    day = _to_date(date.group("d"), date.group("m"), date.group("y")) if date else None
    issued = issuer is not None if issued is None else issued
    issuer = issuer or head.issuer
    if day is None:
        return replace(head, issuer=issuer, issued=issued)
    return replace(head, issuer=issuer, issued=issued, date=day,
                   date_span=Span(base + date.start("d"), base + date.end("y")))


@cache
def _reversed_head(of: bool = True) -> re.Pattern:
    """``_HEAD_TAIL`` after a type word, read from the end: matched on the reversed window
    (``of``: with "của" and a body between, else without: its group never matches)."""
    words = sorted(type_by_word(), key=len, reverse=True)
    alternation = "|".join(r"\s+".join(re.escape(part[::-1]) for part in w.split()[::-1])
                           for w in words)
    between = r"(?:(?P<between>[^,;.\n\d]{2,80}?)\s+auc\s+)??" if of else r"(?P<between>(?!))?"
    kinds = "|".join(re.escape(k[::-1]) for k in _KINDS)
    return re.compile(r"\s*(?P<so>:?\s*os|:\s*s)?\s*" + rf"(?(so)(?:(?:{kinds})\s+)?)" + between
                      + rf"(?P<word>{alternation})")





_LIST_HEAD = re.compile(r"(?P<items>(?:(?<![\w./-])\d{1,5}(?:\.\d{1,3})?[ ]{0,2}(?:,|;|và|&)[ ]{0,2})+)$")
_LIST_ITEM = re.compile(r"\d{1,5}(?:\.\d{1,3})?")


def list_numbers(text: Text, number_start: int) -> list[tuple[int, int, str]]:
    """Numbers that share the symbol starting at ``number_start``: "số 217, 218-QĐ/TW"."""
    # Most numbers follow "số" or a type word: skip the end-anchored search, which tries
    # every position of the window.
    before = text.view[max(0, number_start - 4):number_start].rstrip(" ")
    if not before.endswith((",", ";", "&", "và")):
        return []
    lo = max(0, number_start - 60)
    m = _LIST_HEAD.search(text.view, lo, number_start)
    if not m or m.end() != number_start:
        return []
    base = m.start("items")
    return [(base + i.start(), base + i.end(), i.group())
            for i in _LIST_ITEM.finditer(m.group("items"))]


# ---- after the symbol ---------------------------------------------------------------------

@fast_init
@dataclass(frozen=True, slots=True)
class Issuer:
    name: str
    bodies: tuple[str, ...]
    level: str | None
    family: str | None
    locality: str | None
    span: Span


@fast_init
@dataclass(frozen=True, slots=True)
class Tail:
    end: int                       # where the metadata stops
    date: dt.date | None
    year: int | None
    issuer: Issuer | None
    term: str | None
    title: str | None
    clause: Span | None            # the "về ..." or quoted clause, where nested citations sit
    spans: dict


# (folded) A body's name between "được" and its verb: words and numbers, none a verb, a
# preposition or a word that opens another clause or document, nor another text's act on it
# ("được đính chính bằng văn bản ký ngày", "được điều chỉnh bằng văn bản do UBND tỉnh ban hành
# ngày": review 21; a body in lower case is one, "được đồng chí Phó Chủ tịch UBND tỉnh ký ngày").
_AGENT = (r"(?:(?!(?:ngay|nam|cua|ve|v/v|theo|tai|boi|voi|va|so|de|nham|sua doi|bo sung|thay the|bai bo"
          r"|bang|van ban|dinh chinh|dieu chinh|huy bo|thu hoi|tam dung|dinh chi"
          r"|phe duyet|thong qua|ban hanh|ky(?![ ]+hop)|quy dinh|huong dan|thuc hien|trien khai|nghi quyet|quyet dinh"
          r"|luat|thong tu|nghi dinh|chi thi|ke hoach|ket luan)(?![a-z]))[a-z0-9]+(?:[ ]+|[ ]*,[ ]*)){1,14}?")


_TAIL_PARTS = re.compile("|".join([
    r"(?P<note>\s*\[\d{1,3}\])",
    r"(?P<termp>\s*\(\s*khoa\s+(?P<t1>[ivxlc]+)\s*\))",
    # the level of the symbol's issuer code, before its date: "07/KH-HĐND xã ngày 02/11/2023"
    # and the place's name, in capitals (checked in the view): "09/KH - LĐLĐ thành phố Sầm Sơn
    # ngày 16/3/2020" (round 54)
    # (a place's name may hold "Nam": "tỉnh Quảng Nam ngày …"; review 23)
    r"(?P<unit>[ ]+(?:xa|phuong|huyen|tinh|quan|thi xa|thi tran|thanh pho)(?P<place>(?:[ ]+[a-z]+){0,4}?)"
    r"(?=[ ]*(?:,[ ]*)?(?:ngay\s|cua\s|nam\s+(?:19|20)\d\d)))",
    # (a scrape may glue the day to "ngày": "217-QĐ/TW ngày12/12/2013")
    # ("cấp ngày": a licence or certificate is dated when it is granted; round 49)
    r"(?P<date>\s*(?:,\s*)?\(?(?:(?:da\s+)?(?:duoc\s+)?(?:(?:ky\s+(?:va\s+)?)?ban hanh|thong qua)\s+|(?:(?:da|duoc)\s+)?(?:ky|cap)\s+|de\s+"
    # the body that passed or signed it, named in between: "được Quốc hội khóa XIII, kỳ họp thứ
    # 9 thông qua ngày …", "được Chủ tịch UBND tỉnh ký ban hành ngày …"
    r"|(?:da\s+)?duoc\s+" + _AGENT + r"(?:thong qua|(?:ky\s+(?:va\s+)?)?ban hanh|ky)\s+)?"
    r"ngay(?:\s+|(?=\d))"
    + _DATE + r")",
    # a unit's code after a space, in capitals (checked in the view): "23-CV/ĐU DNC ngày …",
    # "1627/UBND VX, ngày …"
    r"(?P<code>[ ](?P<cw>[a-z]{2,6})(?=[ ]?,?[ ]?ngay\s))",
    r"(?P<year>\s*(?:,\s*)?nam\s+(?P<yy>(?:19|20)\d\d)(?![\d/]))",
    r"(?P<of>\s*(?:,\s*)?(?:cua|do)\s+)",
    r"(?P<between>\s*(?:,\s*)?(?:lien tich\s+)?giua\s+)",
    r"(?P<term>\s*(?:,\s*)?khoa\s+(?P<t2>[ivxlc]+)(?![a-z]))",
    # a date without "ngày", in figures, right after the symbol: a table's "Số hiệu | Ngày ban
    # hành" columns, "160/QĐ-SXD 20/2/2020" (round 61; read only as the first part, and only where
    # the line, the cell or the name ends after it: not "12/QĐ-UBND 20/3/2020 là hạn chót",
    # "…, 20/2/2020 UBND tỉnh tổ chức …", "1/1/2020 - 31/12/2020"; review 25)
    r"(?P<bare>[ \t|]{1,6}(?P<bd>\d{1,2})/(?P<bm>\d{1,2})/(?P<by>(?:19|20)\d\d)(?![\d/])"
    r"(?=[ \t]*(?:\n|\||\t|$|[;.](?:\s|$))|[ ]+(?:cua|ve|v/v)\s))",
    # whom it was sent to, before its title: "Công văn số 1604/BHXH-QLT ngày 06/10/2017 gửi Thủ
    # trưởng các đơn vị sử dụng lao động về việc triển khai thực hiện …" (round 59)
    r"(?P<sent>\s*(?:,\s*)?gui\s+(?:(?!ngay\s)[^\s,;.:\d]+\s+){1,10}?(?=(?:ve|v/v)\s))",
]))
# A title opens with "về", a quote, or a verb ("đã", "sẽ" before it: "Nghị quyết số
# 04/2019/NQ-HĐTP đã thay thế Nghị quyết số 03/2015/NQ-HĐTP"; "nhằm", after the document's issuer:
# "Chỉ thị số 726/CT-UBND … của Chủ tịch UBND tỉnh nhằm thực hiện Chỉ thị 15/CT-TTg"; not "để",
# the reader's purpose: "… theo Nghị định số 72/2024/NĐ-CP để thực hiện việc xác định thuế
# suất"); after a comma only with the words a title of
# that kind opens with ("Thông tư số 42/2022/TT-BTC … của Bộ Tài chính, sửa đổi, bổ sung một
# số điều của …"): ", triển khai thực hiện …", ", sửa đổi Quyết định số …" go on with the
# sentence.
_CLAUSE_START = re.compile(
    r"\s*,?\s*(?:(?P<quote>\")|(?P<ve>(?:ve|v/v)\s+(?:viec\s+)?))"
    r"|\s+(?:(?P<aux>nham|da|se|cung)\s+(?!tiep tuc))?(?P<verb>(?:sua doi|bo sung|huong dan|quy dinh|ban hanh|phe duyet|thay the|thay cho|bai bo"
    r"|tiep tuc|thuc hien|trien khai|cu the hoa|tong ket|so ket)(?![a-z]))"
    r"|,\s*(?P<verb2>(?:sua doi,? bo sung mot so|quy dinh chi tiet|huong dan thi hanh)(?![a-z]))")


def _unsigned_lead(text: Text, folded: str, end: int, m: re.Match) -> bool:
    """Words before a tail's "ngày" that make it no date of the document: "để ngày 1/7/2020 áp
    dụng" ("so that", not "đề ngày", dated); "định kỳ ngày …" (not "ký ngày …", "do Chính phủ
    ký ban hành ngày …", which date it)."""
    lead = folded[m.start():m.start("d")].lstrip(" ,\n\t")
    at = end + m.start("d") - len(lead)
    if lead.startswith("de ") and text.view[at:at + 2].lower() != "đề":
        return True
    signed = lead.find("ky ")
    return (signed >= 0 and not lead.startswith(("da ", "duoc "))
            and text.view[at + signed:at + signed + 2].lower() != "ký")


def read_tail(text: Text, end: int, issued: bool = False, one_issuer: bool = False) -> Tail:
    """Date, issuer, term and title written after a symbol ending at ``end`` (``issued``: a body
    named before the document issued it; ``one_issuer``: the symbol names one issuer, so a body
    after a comma and a verb is the next clause's subject, not a joint issuer)."""
    hi = min(len(text.view), end + TAIL_WINDOW)
    folded = text.folded(end, hi)
    pos, date, year, issuer, term, spans = 0, None, None, None, None, {}
    while True:
        m = _TAIL_PARTS.match(folded, pos)
        if (not m or m.end() == pos) and "(" in folded[pos:pos + 3] and not (date or issuer):
            # a short name given in brackets right after the symbol, its date and issuer after it:
            # "Kết luận số 01-KL/TW (Kết luận 01), ngày 18/5/2021 của Bộ Chính trị về …"
            alias = _alias_note().match(folded, pos)
            after = _TAIL_PARTS.match(folded, alias.end()) if alias else None
            if after and after.lastgroup in ("date", "of", "between", "year"):
                pos, m = alias.end(), after
        if not m or m.end() == pos:
            break
        kind = m.lastgroup                # the outer groups close last
        if kind == "code" and not _UNIT_CODE.fullmatch(text.view, end + m.start("cw"), end + m.end("cw")):
            break
        if kind == "bare":
            if pos or date:
                break
            date = _to_date(m.group("bd"), m.group("bm"), m.group("by"))
            if date:
                spans["date"] = Span(end + m.start("bd"), end + m.end("by"))
            pos = m.end()
            continue
        if kind == "sent" and text.view[end + m.end():end + m.end() + 3].lower() not in ("về ", "v/v"):
            break       # (folded, "Viện Vệ sinh" reads "ve": not the title's "về")
        if kind == "unit" and not all(w[:1].isupper() for w in text.view[end + m.start("place"):end + m.end("place")].split()):
            break       # (no name, but words: "07/KH-UBND huyện về việc … ngày")
        if kind in ("termp", "term"):
            term = (m.group("t1") or m.group("t2")).upper()
            spans["term"] = Span(end + m.start(kind), end + m.end(kind))
        elif kind == "date":
            lead = folded[m.start():m.start("d")]
            if date and ("thong qua" in lead or "duoc " in lead or lead.lstrip().startswith(",")):
                # "Tờ trình số 12/TTr-UBND ngày 1/7/2023 được thông qua ngày …": its own date
                # stands; "Thông tư số 08/TT ngày 06/1/1982 của Bộ Tư pháp, ngày 17/02/1982 UBND
                # tỉnh …" (round 53): a second date after a comma opens the next clause
                break
            if m.start("d") - m.start() > 7 and _unsigned_lead(text, folded, end, m):
                break       # (", ngày " alone is the common case: nothing to check)
            if (_opens_line(text.view, folded, end, m.start(), m.start("d"))
                    and not _OF_NEXT.match(folded, m.end())):
                break       # (a heading's symbol, then "Ngày 19/01/2011 của Bộ Nội vụ": its date)
            if folded[m.start():m.start("d")].lstrip().startswith(",") and _opens_clause(text, end + m.end(), issuer is not None):
                break
            date = _to_date(m.group("d"), m.group("m"), m.group("y")) or date
            if date:
                spans["date"] = Span(end + m.start("d"), end + m.end("y"))
        elif kind == "year":
            year = int(m.group("yy"))
        elif kind in ("of", "between"):
            found = read_issuer(text, end + m.end(kind), hi, joint=kind == "between", in_tail=one_issuer)
            office = _office_and_space().match(folded, m.end(kind)) if found is None else None
            if office:
                # "của Bộ trưởng Bộ Tài chính", "của Giám đốc Sở Y tế": the body after the office
                found = read_issuer(text, end + office.end(), hi, joint=kind == "between", in_tail=one_issuer)
            if found is None and issuer is None and kind == "of":
                # a body the tables do not know, named in capitals, then the title: "Quyết
                # định số 5921-QĐ/HNDTW của Ban Thường vụ Trung ương Hội về việc …"
                unknown = _unknown_body_before_title(text.view, end + m.end(kind), hi)
                if unknown is not None:
                    pos = unknown - end
                    continue
                # … or before the document's date: "Quyết định số 11/QĐ-LĐLĐ của Liên đoàn Lao
                # động tỉnh ngày 05/1/2023"
                named = _UNKNOWN_BODY_THEN_DATE.match(folded, m.end(kind))
                if named is not None and text.view[end + m.end(kind)].isupper() \
                        and not _next_clause_after_date(text, folded, end, named.end()):
                    pos = named.end()
                    continue
            if found is None or issuer is not None:
                break
            issuer = found
            spans["issuer"] = found.span
            pos = found.span.end - end
            country = _COUNTRY.match(folded, pos)
            if country is not None:
                pos = country.end()     # "của Chính phủ Việt Nam ban hành ngày …" (round 54)
            continue
        pos = m.end()
    clause, title = _read_clause(text, folded, end, pos, issued or issuer is not None)
    alias = None if clause or "(" not in folded[pos:pos + 3] else _alias_note().match(folded, pos)
    if alias and (_TITLE_OPENER.match(folded, alias.end()) or _ACT_OPENER.match(folded, alias.end())):
        # "Nghị quyết số 29-NQ/TW (Nghị quyết 29) về …", "(sau đây gọi tắt là Kết luận 114) về
        # …": the name given in between is a short form of its own; the title follows it, as
        # does the document's act ("Thông tư 200/2014/TT-BTC (viết tắt là TT200) thay thế
        # QĐ15/2006/BTC": review 23)
        clause, title = _read_clause(text, folded, end, alias.end())
    if clause:
        spans["title"] = clause
    return Tail(end + pos, date, year, issuer, term, title, clause, spans)


# A short name given in brackets: "(sau đây gọi tắt là Quy định 377)", "(Nghị quyết 29)".
@cache
def _alias_note() -> re.Pattern:
    return re.compile(r"\s*\((?:sau day\s+)?(?:(?:(?:goi|viet)\s+tat\s+(?:la\s+)?|goi\s+la\s+)[^()\n]{2,60}"
                      rf"|(?:{type_word_regex().pattern})\s+(?:so\s+)?\d[^()\n]{{0,20}})\)")


# (folded) an act right after the bracket
_ACT_OPENER = re.compile(r"\s+(?:sua doi|bo sung|thay the|thay cho|bai bo)(?![a-z])")
# right after the bracket ("…, về cơ bản …" is no title)
_TITLE_OPENER = re.compile(r"\s*(?:\"|(?:ve|v/v)\s(?!co ban))")
# (a name's later syllables may be in lower case, one at a time: "Thường vụ", "Trung ương";
# two in a row are a verb or a phrase: "Đoàn Thanh niên Công ty tổ chức hoạt động về nguồn")
_CAPITALISED_NAME = re.compile(rf"(?:[{UPPER}][^\W\d_]*[ \t]+(?:[{LOWER}][^\W\d_]*[ \t]+)?){{1,7}}?"
                               r"(?=(?:về|V/v|v/v)[ \t])")


# (an agency's name may hold a phrase in lower case: "Cục quản lý KCB", "Cục Y tế dự phòng",
# "Tổng cục Giáo dục nghề nghiệp"; no verb in it)
_AGENCY_NAME = re.compile(r"(?:Tổng cục|Cục|Vụ|Viện|Trung tâm)[ \t]+"
                          r"(?:(?!(?:đã|sẽ|có|là|được|ban|đề)[ \t])[^\W\d_]+[ \t]+){1,5}?(?=(?:về|V/v|v/v)[ \t])")


# (folded) a body's name the tables do not know, then the document's date: words only, none a
# verb, a preposition or a word that opens a clause (a title, a signer, the next sentence: "…,
# ngày 5/5/2023 Hội LHPN huyện tổ chức", "vào ngày", "Hội nghị ngày")
_UNKNOWN_BODY_THEN_DATE = re.compile(
    r"(?:(?!(?:ve|v/v|nham|de|theo|tai|cua|cho|voi|ban hanh|ky|da|duoc|se|thuc hien|trien khai|to chuc"
    r"|quy dinh|huong dan|phe duyet|sua doi|bo sung|thay the|bai bo|gui|tu|den|trong|sau|truoc|nay|do|la"
    r"|vao|sang|chieu|toi|trua|het|hop|nghi)"
    r"(?![a-z]))[a-z]+(?:[ ]+|(?=,))){1,8}?"
    r"(?=(?:(?:da[ ]+)?(?:duoc[ ]+)?(?:ky[ ]+)?ban hanh[ ]+|(?:da[ ]+)?ky[ ]+|,[ ]*)?ngay[ ]*\d)")
_COMMA_DATE = re.compile(r",[ ]*ngay[ ]*" + _DATE + r"[ ]*")
# (folded) what goes on with a document after its date: a title, its issuer, a stop
_DOCUMENT_GOES_ON = re.compile(r"(?:ve |v/v|cua |[.;:(\n\"]|,[ ]*(?:ve |v/v)|$)")
# (folded) a subject in lower case and its verb: "…, ngày 10/4/2023 các chi hội đã tổ chức …"
_SUBJECT_ACTS = re.compile(r"(?:[a-z]+[ ]){1,4}(?:da|vua|se|dang|to chuc|tien hanh|ban hanh)(?![a-z])")


def _next_clause_after_date(text: Text, folded: str, base: int, pos: int) -> bool:
    """A date after a comma, then a subject, named with a capital or acting: it opens the next
    clause ("… của Hội Liên hiệp Phụ nữ tỉnh, ngày 5/5/2023 Hội LHPN huyện tổ chức …", "…, ngày
    10/4/2023 các chi hội đã tổ chức …"), not the document's date."""
    m = _COMMA_DATE.match(folded, pos)
    if m is None:
        return False
    after = base + m.end()
    return text.view[after:after + 1].isupper() and not _DOCUMENT_GOES_ON.match(folded, m.end()) \
        or _SUBJECT_ACTS.match(folded, m.end()) is not None


def _unknown_body_before_title(view: str, start: int, limit: int) -> int | None:
    """Where a name opening with a capital, right before "về", ends, from ``start``."""
    m = _CAPITALISED_NAME.match(view, start, limit) or _AGENCY_NAME.match(view, start, limit)
    return m.end() if m else None


# a unit's code: capitals without tone marks, not a word ("ĐẾN", "SAU", "TRONG" ngày …)
_UNIT_CODE = re.compile(r"(?!(?:SAU|TRONG|DEN|VAO|VA|TOI|KHI|CHO|NAM|THANG|CUA)$)[A-ZĐƯ]{2,6}")
_OF_NEXT = re.compile(r"\s*,?\s*cua\s")
_BRACKET = re.compile(r"\s*\([^()\n]{1,60}\)")
# (folded) the country after a national body's name
_COUNTRY = re.compile(r"[ ]+(?:nuoc[ ]+)?(?:(?:cong hoa xa hoi chu nghia|chxhcn)[ ]+)?viet nam(?![a-z])")
_COMMA = re.compile(r"\s*,\s*")
_SPACE = re.compile(r"[ ]+")
_ISSUES = re.compile(r"\s+(?:(?:cung|da|vua)\s+)*(?:co|ban hanh|ky)\s")


# (folded) a type word's number after it: "… so 15", "… 15"
NUMBERED = re.compile(r"\s+(?:so\s*:?\s*)?\d")
_NAME_THEN_ISSUES = re.compile(r"(?P<name>[^.;:\n\d]{3,80}?)(?=\s+(?:(?:cung|da|vua)\s+)*(?:co|ban hanh|ky)\s)")


def _opens_clause(text: Text, pos: int, after_issuer: bool = False) -> bool:
    """A date between commas, then "<body> có / ban hành <type word> số …": it opens the clause
    that issues that document, and is no date of the citation before it ("… thực hiện Nghị
    quyết 25-NQ/TW, ngày 18/7/2014, Ban Dân vận Tỉnh ủy có Công văn số 700/CV-DVTU …"; the
    issuing clause reads the date as its own, ``_named_before``)."""
    # (after the citation's issuer, a space will do: "… của UBND tỉnh, ngày 3/4/2020 Sở Y tế đã
    # có Công văn số …"; right after the symbol the date is the citation's, "Chỉ thị số
    # 05-CT/TW, ngày 15/5/2016 Ban Thường vụ Tỉnh ủy đã ban hành …")
    comma = _COMMA.match(text.view, pos) or (_SPACE.match(text.view, pos) if after_issuer else None)
    if comma is None or not text.view[comma.end():comma.end() + 1].isupper():
        return False
    body = read_issuer(text, comma.end(), min(len(text.view), comma.end() + 100))
    if body is None:
        # a body the tables do not know: "…, ngày 15/3/2024, Ủy ban Dân tộc ban hành Thông tư số …"
        name = _NAME_THEN_ISSUES.match(text.folded(comma.end(), comma.end() + 100))
        if name is None:
            return False
        after = text.folded(comma.end() + name.end("name"), comma.end() + name.end("name") + 60)
    else:
        after = text.folded(body.span.end, body.span.end + 60)
        bracket = _BRACKET.match(after)
        if bracket:          # "…, ngày 09/4/1982, UBND tỉnh Bắc Thái (nay là tỉnh Thái Nguyên) đã ban hành …" (round 61)
            after = text.folded(body.span.end + bracket.end(), body.span.end + bracket.end() + 60)
    verb = _ISSUES.match(after)             # and a numbered document: not "…, Thủ tướng có ý kiến"
    word = type_word_regex().match(after, verb.end()) if verb else None
    return word is not None and NUMBERED.match(after, word.end()) is not None


def _opens_line(view: str, folded: str, base: int, start: int, day: int) -> bool:
    """A date part that starts a new line with a capital, "…NGHỊ QUYẾT SỐ 66-NQ/TW⏎Ngày 28
    tháng 11 năm 2025, …": a new sentence dated itself, not the symbol (a citation wrapped by
    a page goes on in lower case, "29-NQ/TW,⏎ngày 17/11/2022", or in capitals in a title)."""
    if "\n" not in folded[start:day]:
        return False
    word = folded.find("ngay", start, day)
    return word > folded.index("\n", start) and view[base + word:base + word + 2] == "Ng"


def _to_date(d: str, m: str, y: str) -> dt.date | None:
    try:
        return dt.date(int(y), int(m), int(d))
    except ValueError:
        return None


# (after ", ", in lower case, what opens the next clause and never goes on a title: "… về việc
# phê duyệt kế hoạch tiêm vắc xin sởi, ngày 25/2/2014 Viện … đã có công văn số …", a full date
# then a capital or a comma; not days without their year, which a title lists: "… kỷ niệm
# ngày 30/4, ngày 1/5 Quốc tế Lao động"; "… về vùng khó khăn, cụ thể: Thực hiện Quyết định số …")
_NEXT_CLAUSE = (r"ng[àa]y \d{1,2}(?:[/.-]\d{1,2}[/.-]| tháng \d{1,2},? năm )\d{4}"
                rf"(?:,| (?:vừa qua,? )?[{UPPER}])|c[ụu] th[ểe]\s*:|theo đó,")
# a day without its year after ", " inside a title ("…, ngày 5/5 Trung tâm Y tế …"): it ends the
# title where a known body follows, and only then ("kỷ niệm ngày 30/4, ngày 1/5 Quốc tế Lao động")
_YEARLESS_DATE = re.compile(r", ng[àa]y \d{1,2}(?:[/.-]\d{1,2}| tháng \d{1,2}),? (?=\S)")
# A title stops at ";", a line break, a full stop (before a space or a bullet: "… phân quyền.-
# Thông tư số …"), a quote, ", " before a capital, "(" other than a short note ("(2021-2025)"
# is longer: it stops) or a Party term ("(khóa XII)"); and before "Căn cứ" (a heading run into
# the preamble on one line), found by a string search: ``_read_clause``.
# (Opening with the class of those characters lets a search skip to them at once; each
# alternative then looks back at which it was.)
_TITLE_STOP = re.compile(r"[;\n.\",(](?:(?<=[;\n\"])|(?<=\.)(?=[\s\-+•*]|$)|(?<=,) (?=[A-ZĐ]|" + _NEXT_CLAUSE + ")"
                         r"|(?<=\()(?!\w{1,6}\)|[Kk]h\w{1,2}\s+[IVXLC]+\)))")


def _acts_on_document(text: Text, folded: str, base: int, pos: int, m: re.Match, after_issuer: bool) -> bool:
    """A verb after "đã", "sẽ", "cũng" or "nhằm" opens the document's title (and a reported
    clause) when it acts on a document named right after it, "Nghị quyết số 04/2019/NQ-HĐTP đã
    thay thế Nghị quyết số 03/2015/NQ-HĐTP", "đã sửa đổi, bổ sung một số điều của Thông tư số
    …", "Kế hoạch số 20/KH-SYT ngày 5/3/2024 nhằm cụ thể hóa Nghị quyết số 29-NQ/TW" (within the
    clause: fifty characters up to a full stop, a semicolon or a colon); "đã", "sẽ" only right after the symbol (after an issuer they
    are the next clause's: "… của Thủ tướng Chính phủ, UBND tỉnh đã ban hành Kế hoạch số …").
    Not narration ("Kế hoạch số 10/KH-UBND vừa ban hành, …", "Nghị quyết số 29-NQ/TW đã triển
    khai được 10 năm", "theo Quyết định số 12/QĐ-UBND sẽ thực hiện kiểm tra"), nor a purpose
    with no issuer or date named ("Các đơn vị áp dụng Nghị định số 15/2020/NĐ-CP nhằm thực
    hiện thống nhất …"), which may still name the document it serves."""
    purpose = m.group("aux") == "nham"
    if not purpose and pos > 0:
        return False
    if purpose and (after_issuer or pos > 0):
        return True
    after = m.end("verb")
    clause = _CLAUSE_PART.match(folded, after)
    for named in _document_word_regex().finditer(folded, after, clause.end()):
        if NUMBERED.match(folded, named.end()) or (
                text.view[base + named.start()].isupper()
                and (_NAME_THEN_NUMBER.match(folded, named.end())
                     or _name_with_comma(folded, named.end()))):
            return True
    return False


# (folded) the rest of the clause after a verb, where the document it acts on is named: "đã sửa
# đổi, bổ sung một số điều của Thông tư số …", "đã hướng dẫn thi hành Nghị định số …"; not past
# a comma, which opens the next clause ("… đã triển khai thực hiện, đồng thời UBND tỉnh ban hành
# Quyết định số …"), other than one before the next verb or part of a list ("sửa đổi, bổ sung",
# "sơ kết, đánh giá", "Điều 4, Điều 5")
_CLAUSE_PART = re.compile(r"(?:[^.;:\n,]|,(?=[ ]?(?:(?:bo sung|bai bo|thay the|sua doi|danh gia|tong ket)(?![a-z])"
                          r"|(?:dieu|khoan|diem|phu luc|chuong|muc)[ ]+(?:so[ ]+)?(?:\d|[ivxl]+(?![a-z])|[a-z](?![a-z]))))){0,60}")
# a law's or an ordinance's name, then its number: "Luật Bảo vệ môi trường số 72/2020/QH14"
_NAME_THEN_NUMBER = re.compile(r"[^.;:\n,]{1,60}?\sso\s*:?\s*\d")
# a name may hold a comma: "Luật Cán bộ, công chức số 22/2008/QH12", "Luật Phòng, chống mua bán
# người số …", "Quy định Dạy thêm, học thêm số …" (a few words after it, none opening a clause)
_NAME_WITH_COMMA = re.compile(r"[^.;:\n,]{1,60}?,[ ](?P<rest>(?:[a-z]+[ ]){1,5})so\s*:?\s*\d")
_OPENS_CLAUSE = re.compile(r"(?<![a-z])(?:dong thoi|ngoai ra|con|va|nhung|trong do|theo do)(?![a-z])")


def _name_with_comma(folded: str, pos: int) -> bool:
    m = _NAME_WITH_COMMA.match(folded, pos)
    return (m is not None and not _OPENS_CLAUSE.search(m.group("rest"))
            and not _document_word_regex().search(m.group("rest")))


def numbered_document_at(folded: str, pos: int) -> bool:
    """A type word and its number at ``pos`` (folded): "nghi dinh so 15", "chi thi 05"."""
    word = _document_word_regex().match(folded, pos)
    return word is not None and NUMBERED.match(folded, word.end()) is not None


@cache
def _document_word_regex() -> re.Pattern:
    """(folded) a type word as a whole word (not "kh" in "khẳng định")."""
    return re.compile(rf"(?<![a-z])(?:{type_word_regex().pattern})(?![a-z])")


def _read_clause(text: Text, folded: str, base: int, pos: int,
                 after_issuer: bool = False) -> tuple[Span | None, str | None]:
    m = _CLAUSE_START.match(folded, pos)
    if not m:
        return None, None
    if m.group("aux") and not _acts_on_document(text, folded, base, pos, m, after_issuer):
        return None, None
    view = text.view
    if m.group("verb") and "\n" in folded[pos:m.start("verb")] and view[base + m.start("verb")].isupper() \
            and not view[base + m.start("verb"):base + m.end("verb")].isupper() \
            and numbered_document_at(folded, m.end("verb") + 1):
        # a capitalised verb opening the next line, and a document right after it, open the
        # next paragraph ("… Nghị định số 28/2022/NĐ-CP ngày 26/4/2022⏎⏎Thực hiện Nghị định số
        # …"); a title may open a line ("THÔNG TƯ SỐ 01/2011/TT-BNV⏎Ngày …⏎⏎Hướng dẫn thể thức
        # …"), and a heading's goes on in capitals ("NGHỊ ĐỊNH SỐ …⏎QUY ĐỊNH CHI TIẾT …")
        return None, None
    if m.group("quote"):
        opened = view.rfind('"', max(0, base - 80), base)
        if opened >= 0 and (opened == 0 or view[opened - 1] in " \t\n(:[") and "\n" not in view[opened:base]:
            # it closes a quote opened before the citation (one after a space, not one closing
            # a name before it): "“Quyết định 1718/QĐ”. Truy cập …" (review 21), not "Chương
            # trình "Mỗi xã một sản phẩm (OCOP)", Quyết định số 12/QĐ-UBND "Về việc …"" (review 22)
            return None, None
        start = base + m.end()
        close = view.find('"', start, start + TITLE_MAX * 2)
        if close < 0:
            return None, None
        return Span(start, close), title_of(view[start:close])
    start = base + (m.end() if m.group("ve") else m.start(m.lastgroup))
    if m.group("ve") and body_at(folded, m.end()):
        return None, None
    if m.group("ve") and folded.startswith('"', m.end()):
        inner = read_quoted(view, start)
        if inner:
            return inner, title_of(view[inner.start:inner.end])
    limit = min(len(view), start + TITLE_MAX)
    at = start
    while True:
        stop = _TITLE_STOP.search(view, at, limit)
        if stop and stop.group() == "\n":
            # a heading in capitals goes on in capitals; running text, on a wrapped line
            heading = view[start:stop.start()].isupper()
            if (_capitals_go_on(view, stop.start(), limit) if heading
                    else _WRAPPED.match(view, stop.end())):
                at = stop.end()
                continue
        if stop and stop.group() == ", " and (
                _PART.match(view, stop.end())
                or (_PART_BEFORE.search(view, max(start, stop.start() - 24), stop.start())
                    and type_word_regex().match(text.folded(stop.end(), stop.end() + 40)))):
            # "về sửa đổi, bổ sung khoản 2, Điều 8, Nghị định số 13/2008/NĐ-CP": the parts of
            # a document, and the document after them
            at = stop.end()
            continue
        if (stop and stop.group() == ", " and _heading_so_far(view, start, stop.start())
                and not type_word_regex().match(text.folded(stop.end(), stop.end() + 40))):
            # "SỬA ĐỔI, BỔ SUNG …": in capitals every word starts so; ", QUYẾT ĐỊNH SỐ …"
            # is the next item of a list
            at = stop.end()
            continue
        # A quoted name inside the title is part of it: "về việc tổ chức Phong trào “Toàn
        # dân tham gia bảo vệ ...”".
        close = view.find('"', stop.end(), limit) if stop and stop.group() == '"' else -1
        if close < 0:
            break
        at = close + 1
    end = stop.start() if stop else limit
    basis = text.basis_after_heading(start, end) if text.bases else -1
    if basis >= 0:
        end = basis - 1
    yearless = _YEARLESS_DATE.search(view, start, min(len(view), end + 3)) if view.find(", ng", start, end) >= 0 else None
    if yearless and body_at(text.folded(yearless.end(), min(len(view), yearless.end() + 60)), 0):
        end = yearless.start()      # "…, ngày 5/5 Trung tâm Y tế huyện tổ chức …": a body acts next
    close = view.find(")", start, end)
    if close >= 0 and view.rfind("(", start, close) < 0:
        end = close         # the title ends a bracket it did not open: "(theo … tại Công văn số …)"
    if end - start > 12 and " va " in folded[start - base:end - base]:
        # "… Văn bản số 33/VPCP-ĐMDN về việc tái cơ cấu công ty và Bộ Xây dựng có Quyết định số
        # 66/QĐ-BXD …", "… và ngày 20/01/2016 …": the next clause, another body's act (round 58)
        for nxt in _next_act_regex().finditer(folded, start - base):
            if nxt.start() >= end - base:
                break
            after = view[base + nxt.end():base + nxt.end() + 5]
            if after[:1].isupper() or after.lower().startswith("ngày"):
                end = base + nxt.start()        # (not "… các hộ đã có Quyết định số …"; review 24)
                break
    if end - start < 3:
        return None, None
    if m.group("verb") and end <= base + m.end("verb"):
        return None, None           # the verb alone: "… của Chính phủ ban hành, Thông tư số …" (review 23)
    return Span(start, end), title_of(view[start:end])


@cache
def _next_act_regex() -> re.Pattern:
    """(folded) " và ", then a body (a few words, a date before it) that has or issues a numbered
    document."""
    return re.compile(r" va (?=(?:(?!va )[^\s,;.]+,? ){1,12}?(?:(?:da|cung|vua) )*(?:co|ban hanh|ky) "
                      rf"(?:{type_word_regex().pattern}) (?:so\s*:?\s*)?\d)")


_WORD = re.compile(r"[^\W\d_]+")
# A part of a document after ", " (capitalised: a title stops only before a capital) or before it
_PART = re.compile(r"(?:Điều|Khoản|Điểm|Chương|Mục|Phụ lục)\s+(?:số\s+)?[0-9IVXL]")
_PART_BEFORE = re.compile(r"(?:[Đđ]iều|[Kk]hoản|[Đđ]iểm|[Cc]hương|[Mm]ục|[Pp]hụ lục)\s+[0-9IVXL]+[a-zđ]?$")


# A line wrapped inside a sentence (text laid out by a PDF: "… phê duyệt Chương trình mục⏎tiêu
# quốc gia …", "… sửa đổi,⏎bổ sung một số nội dung của …"): the next line goes on in lower case,
# or with a number that is no list item's ("giai đoạn⏎2016-2020 và …").
_WRAPPED = re.compile(rf"[ \t]*(?:[{LOWER}](?![.)])|\d+(?![\d.)]))")


def _heading_so_far(view: str, start: int, end: int) -> bool:
    """The title so far, and its line from the start, in capitals: a heading ("SỬA ĐỔI, BỔ
    SUNG …"), not an acronym in running text ("về COVID-19, Sở Y tế đề nghị …")."""
    line = view.rfind("\n", 0, start) + 1
    return view[line:end].isupper() and view[start:end].isupper()


def _capitals_go_on(view: str, end: int, limit: int) -> bool:
    """A title in capitals wrapped by its header ("… VỀ ĐỔI MỚI⏎CÔNG TÁC XÂY DỰNG …"), the
    line ending at ``end``: the next line's first word is in capitals too."""
    word = _WORD.search(view, end, min(limit, end + 40))
    return (word is not None and word.start() <= end + 3 and "\n\n" not in view[end:word.start() + 1]
            and word.group().isupper() and not _ROMAN_HEADING.match(view, word.start())
            and not _office_line(view, word.start()))


_ROMAN_HEADING = re.compile(r"[IVXL]+\.\s")       # "I. MỤC ĐÍCH, YÊU CẦU"


def _office_line(view: str, start: int) -> bool:
    """A line naming who decides ("THỦ TƯỚNG CHÍNH PHỦ"), which follows a header's title."""
    end = view.find("\n", start, start + 80)
    line = fold_key(view[start:end if end >= 0 else start + 80])
    # or a line that is a body's name alone ("CHÍNH PHỦ" above a decree's preamble)
    return office_regex().match(line) is not None or body_regex().fullmatch(line.strip()) is not None


@cache
def office_regex() -> re.Pattern:
    """An office of headers.toml at the start of a folded line ("thu tuong ...")."""
    words = sorted((fold_key(w) for w in tables().title_offices.words), key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, words)) + ")(?![a-z])")


@cache
def _office_and_space() -> re.Pattern:
    """An office and the space after it, its deputy too ("Phó Chủ tịch UBND tỉnh")."""
    return re.compile(r"(?:pho\s+)?" + office_regex().pattern + r"\s+")


def read_quoted(view: str, start: int) -> Span | None:
    if not view.startswith('"', start):
        return None
    close = view.find('"', start + 1, start + 1 + TITLE_MAX * 2)
    return Span(start + 1, close) if close > 0 else None


_LEADING_VE = re.compile(r"^(?:[Vv]ề|V/v|v/v)\s+(?:việc\s+)?")


def title_of(raw: str) -> str | None:
    title = _LEADING_VE.sub("", tidy(raw)).strip(" ,;:")
    # Quotes around the whole title go, as does a stray one at either end; a quoted name
    # inside the title keeps both of its quotes.
    quotes = title.count('"')
    if quotes == 2 and title.startswith('"') and title.endswith('"'):
        title = title[1:-1].strip(" ,;:")
    elif quotes % 2:
        title = title.strip('"').strip(" ,;:")
    if title.endswith(")") and title.count(")") > title.count("("):
        title = title[:-1].rstrip(" ,;:")        # the close of a parenthesis around the citation
    elif title.endswith("(") and title.count("(") > title.count(")"):
        title = title[:-1].rstrip(" ,;:")        # the open of one, cut before an alias: "(NQ57)"
    if len(title) < 3:
        return None
    return title[0].upper() + title[1:]


# ---- issuing bodies -----------------------------------------------------------------------

# ("TP.HCM": the dot read with the unit, the name after it)
_UNITS = re.compile(r"(?P<unit2>tp)\.(?=[a-z])|(?P<unit>tinh|thanh pho|tp\.?|huyen|quan|thi xa|xa|phuong|thi tran)(?![a-z])")
_UNIT_LEVEL = {"tinh": "tỉnh", "huyen": "huyện", "quan": "huyện", "thi xa": "huyện",
               "xa": "xã", "phuong": "xã", "thi tran": "xã"}
_UNIT_WORD = {"tinh": "tỉnh", "thanh pho": "thành phố", "tp": "thành phố", "tp.": "thành phố",
              "huyen": "huyện", "quan": "quận", "thi xa": "thị xã", "xa": "xã",
              "phuong": "phường", "thi tran": "thị trấn"}
_NAME_WORD = re.compile(r"[^\W\d_][^\W_]*")
# Capitalised words that no place name starts with: a title's or a document's first word, the
# agency a Party committee sits in ("Đảng ủy Ủy ban nhân dân Thành phố").
_NOT_NAME = {"Về", "Khóa", "Khoá", "Ngày", "Tại", "Theo", "Nghị", "Quyết", "Kế", "Chỉ", "Kết",
             "Hướng", "Thông", "Chương", "Quy", "Việt", "Ủy", "Uỷ", "Bộ", "Sở", "Khối", "Cục",
             "Bệnh", "Viện", "Tòa", "Mặt"}
# Phrases that open a title run on after a place ("của UBND tỉnh Bình Phước Thành lập trạm y
# tế", "thành phố Đà Nẵng Sửa đổi, bổ sung"): the words, not the first word alone ("xã Ban
# Công", "xã Tổng Cọt" are communes).
# (and "V/v", the title's mark: "Sở Giáo dục và Đào tạo V/v tuyên truyền …", round 62)
_TITLE_OPENING = re.compile(r"(?:v/v|thanh lap|ban hanh|sua doi|bo sung|phe duyet|bai bo|thay the"
                            r"|tach|cho phep|to chuc|tong ket|so ket|huong dan|quy dinh"
                            r"|thuc hien|trien khai|cu the hoa|tiep tuc)(?![a-z])")


# Between the bodies of a joint document: "A và B", "A, B", "giữa A với B", "liên A - B".
# (a hyphen on the same line only: "của Chính phủ\n- Ban Thường trực ..." is a new item)
_AND = re.compile(r"\s*(?:,|va|voi)\s+|[^\S\n]*-[^\S\n]*")
_JOINT = re.compile(r"lien\s+(?=bo\s)")           # "liên Bộ Tài chính - Bộ Nông nghiệp ..."
# (folded) a verb after a body: that body is the subject of the next clause, not a joint issuer
# ("… của UBND tỉnh, Sở Y tế đã ban hành …"); not "hướng dẫn", "quy định", which a joint
# document's title may open with ("của Bộ Nội vụ, Bộ Tài chính hướng dẫn …")
_ACTS_NEXT = re.compile(r"\s+(?:(?:da|vua|se|cung|tiep tuc|kip thoi)\s+)*"
                        r"(?:ban hanh|co|ky|xay dung|trien khai|to chuc|chi dao|yeu cau|de nghi|giao"
                        r"|phoi hop|thuc hien|phe duyet|thong bao|bao cao|quyet dinh)(?![a-z])"
                        r"(?!\s+(?:ngay|nam)\s)")       # "…, Bộ Tài chính ban hành ngày …": the document's
# Space before a place name: one line break at most (a name may wrap), never a blank line
# ("của Thành ủy\n\nTTTĐ - Ban Thường vụ ..." names no place "TTTĐ").
_SPACES = re.compile(r"(?:[^\S\n]+\n?|\n)[^\S\n]*")
_GAP = re.compile(r"[ ]+")
_GAP_OPTIONAL = re.compile(r"[ ]*")


def read_issuer(text: Text, start: int, limit: int, joint: bool = False,
                in_tail: bool = False) -> Issuer | None:
    """The body (or bodies, for "giữa A với B", "A và B") named at ``start``; ``in_tail``:
    after a citation whose symbol names one issuer ("của …"), where a body after a comma and
    before a verb opens the next clause (a joint document's bodies go on, "… của Bộ Tài chính,
    Bộ Nội vụ có hiệu lực …"; named before a document, the whole list is the verb's subject:
    "Liên Bộ Giáo dục và Đào tạo, Bộ Tài chính ban hành Thông tư liên tịch …")."""
    joint_word = _JOINT.match(text.folded(start, start + 8))
    if joint_word:
        start += joint_word.end()
    folded = text.folded(start, limit)
    first = _one_body(text, folded, start, 0)
    if first is None:
        return None
    found = [first]
    pos = first[2]
    while True:
        m = _AND.match(folded, pos)
        if not m:
            break
        nxt = _one_body(text, folded, start, m.end())
        if nxt is None or (in_tail and "," in m.group() and _ACTS_NEXT.match(folded, nxt[2])):
            break       # "của Thủ tướng Chính phủ, UBND tỉnh ban hành Kế hoạch …": the next clause's subject
        found.append(nxt)
        pos = nxt[2]
    if joint_word and len(found) < 2:
        return None         # "liên Bộ Tài chính, Lao động ...": the symbol's codes name them better
    name, body, _, locality = found[0]
    level = body.level if body.level != "auto" else None
    if locality and locality[0]:
        level = _level_of(locality)
    bodies = tuple(f[0] for f in found)
    loc_name = locality[1] if locality else None
    return Issuer(name, bodies, level, body.family, loc_name, Span(start, start + pos))


def _one_body(text: Text, folded: str, base: int, pos: int):
    m = body_at(folded, pos)
    if not m:
        return None
    body = tables().bodies[int(m.lastgroup[1:])]
    if body.written:
        written = text.view[base + m.start():base + m.end()].lower()
        if not any(piece in written for piece in body.written):
            return None
    end = m.end()
    locality = None
    if body.local:
        locality, end = _read_locality(text, folded, base, end)
    name = body.name
    if locality:
        unit, place = locality
        unit_word = _UNIT_WORD.get(unit or "", "")
        if place and unit_word and place.lower().startswith(unit_word + " "):
            unit_word = ""          # "Ủy ban nhân dân Quận 3"
        name = " ".join(part for part in (name, unit_word, place or "") if part)
    return name, body, end, locality


_INTERIM = re.compile(r"lam thoi\s+(?=[a-z])")


def _read_locality(text: Text, folded: str, base: int, pos: int):
    """ "tỉnh Thanh Hoá" / "Sầm Sơn" / "tỉnh" after a local body: (unit, place name)."""
    m = _SPACES.match(folded, pos)
    if not m:
        return None, pos
    at = m.end()
    interim = _INTERIM.match(folded, at)
    if interim:
        at = interim.end()          # "UBND Lâm thời tỉnh Lai Châu" (round 55): the place follows
    unit = None
    u = _UNITS.match(folded, at)
    if u and u.group("unit") == "quan" and text.view[base + u.start():base + u.end()].lower() != "quận":
        return None, pos            # "Đảng ủy Quân sự tỉnh": no district ("quan" folds "quân" too)
    if u:
        unit = u.group("unit") or u.group("unit2")
        at = u.end()
        twice = re.compile(r"\s+" + re.escape(unit) + r"(?![a-z])").match(folded, at)
        written = text.view[base + u.start():base + u.end()].lower()
        if twice and text.view[base + twice.start():base + twice.end()].strip().lower() == written:
            at = twice.end()            # "Ủy ban nhân dân tỉnh tỉnh về …", a slip of the pen
    if unit:
        gap = _GAP.match(folded, at, at + 3)
        at_word = gap.end() if gap else at
    else:
        at_word = at
    words, end = [], at
    cursor = at_word
    number = _PLACE_NUMBER.match(text.view, base + at_word) if unit in ("quan", "phuong") else None
    if number:      # "Quận 3", "Phường 12": the number is no name without its unit
        return (unit, f"{_UNIT_WORD[unit].capitalize()} {number.group()}"), number.end() - base
    while len(words) < 4:
        at_cursor = base + cursor
        gap = (_GAP if words else _GAP_OPTIONAL).match(text.view, at_cursor, at_cursor + 3)
        if not gap and words:
            gap = _wrapped_name(text.view, at_cursor, words)
        if not gap:
            break
        w = _NAME_WORD.match(text.view, gap.end())
        if not w or not w.group()[0].isupper() or w.group().capitalize() in _NOT_NAME \
                or _TITLE_OPENING.match(text.folded(w.start(), w.start() + 12)):
            break                       # (capitalize: a heading's "VỀ" too)
        words.append(w.group())
        cursor = w.end() - base
        end = cursor
    signer = False
    after = text.view[base + end:base + end + 40]
    named = (_NAME_THEN_SIGNS.match(text.view, base + end)
             if len(words) >= 2 and ("ký" in after or "ban hành" in after) else None)
    if named and fold_key(" ".join(words)) not in _known_place_words():
        # a person who signs, not a place: a known place and a name after it ("… UBND tỉnh
        # Tuyên Quang Nguyễn Văn Sơn đã ký …", "UBND TP.HCM Lê Thanh Liêm vừa ký …"): the place
        # kept; after "tỉnh", where every place is known, three unknown words are a name
        # ("Phó Chủ tịch UBND tỉnh Nguyễn Văn Sơn đã ký …"). Under a district or a commune,
        # whose names the tables mostly lack, the words stay a place.
        # Before "ban hành" (not "ký"), a person's name has two words at least after the place:
        # "UBND thành phố Điện Biên Phủ vừa ban hành …" is a place.
        extra = len(named.group("name").split())
        known = [n for n in range(len(words) - 1, 0, -1)
                 if fold_key(" ".join(words[:n])) in _known_place_words()
                 and (named.group("verb") == "ký" or len(words) - n + extra >= 2)]
        if known or (unit == "tinh" and len(words) >= 3):
            words, signer, end = words[:known[0]] if known else [], True, named.end("name") - base
    if not words and not unit:
        return None, pos
    if words and unit not in (None, "tinh"):
        # the province after a district's or a commune's name belongs to the body's name, so
        # what follows it (a date) is read: "UBND huyện Cưjút - Tỉnh Đăk Lăk, ngày …" (round 46)
        province = _PROVINCE_AFTER.match(text.view, base + end)
        if province:
            # only a province the tables know, so a body after it stays ("…, Tỉnh Ủy Đắk Nông ban
            # hành …", "tỉnh Đắk Nông Trường THCS …"; review 21)
            named = province.group("name").split()
            known = next((n for n in range(len(named), 0, -1)
                          if fold_key(" ".join(named[:n])) in places().provinces), 0)
            if known:
                end = province.start("name") - base + len(" ".join(named[:known]))
            elif _DATE_OR_TITLE_NEXT.match(text.view, province.end()) and not _BODY_WORD.match(named[0]):
                # a spelling the tables lack ("tỉnh Kontum, ngày …", "tỉnh Daklak về …"; review 22)
                end = province.end() - base
    place = clean_phrase(" ".join(words)) if words else None
    if place and place.isupper():
        # initials stay as written ("TP.BMT", "Đảng ủy EVN"), a known one read out ("TP.HCM");
        # a heading's name in capitals is written as a name ("THANH HÓA", "XÃ VINH")
        heading = (text.view[max(0, base + pos - 4):base + pos].strip().isupper()     # "TỈNH ỦY GIA LAI"
                   and (len(words) >= 2 or fold_key(place) in _known_place_words()
                        or _SYLLABLE.fullmatch(fold(place))))       # "THÀNH ỦY VINH", not "ĐẢNG ỦY TTYT"
        place = tables().abbreviated.get(place) or (
            place.title() if (unit or heading or _MARKED.search(place)) and not _INITIALS.fullmatch(fold(place))
            else place)
    return (unit, place), (end if words or signer else at)


_DATE_OR_TITLE_NEXT = re.compile(r"[ ]*,?[ ]*(?:ngày|Ngày|về|V/v|v/v)[ ]")
_BODY_WORD = re.compile(r"(?:[ỦủUu][ỷy]|[Đđ]oàn|Hội|Trường|Ban|Sở|Phòng)$")
_PROVINCE_AFTER = re.compile(rf"(?:[ ]*[-–,][ ]*|[ ]+)(?:tỉnh|Tỉnh|TỈNH)[ ]+(?P<name>[{UPPER}][^\W\d_]*(?:[ ]+[{UPPER}][^\W\d_]*){{0,3}})")
# a district or a ward named by its number ("Quận ủy Quận 3", "UBND Phường 12"), not a date or
# a symbol ("quận 3/2", "phường 12-")
_PLACE_NUMBER = re.compile(r"[1-9][0-9]?(?![0-9/\-:]|\.\d)")
# A letter with a tone or vowel mark ("HUẾ", not "EVN", "ĐHYD"): capitals that have one are a name
# written in capitals; without one, and with no unit word ("XÃ VINH") or body in capitals ("TỈNH
# ỦY GIA LAI") before them, initials ("Đảng ủy EVN").
_MARKED = re.compile(r"[^\x00-\x7fĐđ]")
# (folded) one Vietnamese syllable: onset, vowels, coda ("vinh", "hue"; not "ttyt", "bidv", "evn")
_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnprstvx])?[aeiouy]{1,3}"
                       r"(?:ng|nh|ch|[cmnpt]|[iyou])?")
# (folded) initials: letters and no vowel ("BVĐK", "ĐHQG", "BMT"; not "HUẾ", "VINH")
_INITIALS = re.compile(r"[b-df-hj-np-tv-xz]{2,6}")
# (the view) the rest of a name, then "(đã) ký", "(vừa) ban hành"
_NAME_THEN_SIGNS = re.compile(rf"(?P<name>(?:[ ]+[{UPPER}][^\W\d_]*){{0,2}})[ ]+(?:(?:đã|vừa)[ ]+)?(?P<verb>ký|ban hành)\s")
_LINE_BREAK = re.compile(r"[^\S\n]*\n[^\S\n]*")


def _wrapped_name(view: str, at: int, words: list[str]) -> re.Match | None:
    """A line break inside a known place's name, as a narrow header column or a heading wraps
    it ("UBND THÀNH PHỐ HÀ⏎NỘI", "TỈNH THỪA⏎THIÊN HUẾ"): the break, when the next word goes
    on with the name of a province or a district of the tables."""
    gap = _LINE_BREAK.match(view, at, at + 8)
    w = _NAME_WORD.match(view, gap.end()) if gap else None
    if w is None:
        return None
    name = fold_key(" ".join(words + [w.group()]))
    return gap if any(k == name or k.startswith(name + " ") for k in _known_places()) else None


@cache
def _known_places() -> tuple[str, ...]:
    return (*places().provinces, *places().districts)


@cache
def _known_place_words() -> frozenset[str]:
    """The known places as their words alone ("ba ria vung tau")."""
    return frozenset([*(" ".join(re.findall(r"\w+", k)) for k in _known_places()),
                      *(fold_key(a) for a in tables().abbreviated)])


def _level_of(locality) -> str | None:
    unit, place = locality
    if unit in _UNIT_LEVEL:
        return _UNIT_LEVEL[unit]
    if unit in ("thanh pho", "tp", "tp."):
        if place and fold_key(place) in places().central_cities:
            return "tỉnh"
        return "huyện" if place else None
    return None


def body_named(phrase: str) -> Body | None:
    """The table body whose pattern matches all of ``phrase`` (used by tests and headers)."""
    key = fold_key(phrase)
    m = body_regex().match(key)
    return tables().bodies[int(m.lastgroup[1:])] if m else None
