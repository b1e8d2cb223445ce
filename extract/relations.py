"""The relation a text states towards each document it cites.

A cue word ("Thực hiện", "Căn cứ", "tổng kết ... thực hiện") governs the citations after it in
its sentence, so "Thực hiện A; B và C" says the text implements all three. The cue nearest to
a citation wins. A cue inside another citation's own clause ("A về tiếp tục thực hiện B")
belongs to that clause: it states that A implements B, and is not the text's own word.
"""
from __future__ import annotations

import re
from functools import cache

from .context import Text, numbered_document_at, read_issuer
from .header import OPEN_WORDS, body_opener
from .normalize import LOWER, UPPER
from .model import Span
from .tables import AGENT_PARTS, body_at, cue_of, cue_regex, passive_regex, tables, type_word_regex

SENTENCE_WINDOW = 600

# A sentence ends at ".", "!" or "?" before a capital, digit or bullet, at a blank line, at
# a line break not followed by a lower-case continuation, or at ";" before the words that open
# the next part of a preamble ("Căn cứ ...; Sau khi xem xét Tờ trình số ...": not a basis;
# "Căn cứ Điều lệ Đảng; Thực hiện Công văn số …": carried out).
# (Also before "Căn cứ" right after a heading in capitals: ``Text.basis_after_heading``.)
# Written to open with a class of the characters a boundary starts with, each alternative
# then looking back at which it was: a search skips to those characters at once, where
# alternatives opening differently are tried at every position.
_BOUNDARY = re.compile(rf"[.!?\n;](?:(?<=[.!?])\s+(?=[{UPPER}0-9\-+•*])|(?<=\n)\s*(?![{LOWER}])"
                       r"|(?<=;)\s+(?=(?:Xét|Sau khi|Theo đề nghị|Trên cơ sở|Thực hiện)(?![^\W\d_])"
                       rf"|Căn cứ\s+[{UPPER}]))")


def sentence_start(text: Text, pos: int) -> int:
    start = _sentence_start(text, pos)
    return max(start, text.basis_after_heading(max(0, pos - SENTENCE_WINDOW), pos)) if text.bases else start


def _sentence_start(text: Text, pos: int) -> int:
    lo = max(0, pos - SENTENCE_WINDOW)
    view = text.view
    # Most sentences start near the citation: read the last stretch first. A boundary is
    # punctuation and white space, so a scan starting on a character that is not white space
    # finds from there on the very boundaries the scan of the whole window finds.
    near = max(lo, pos - _NEAR)
    while near < pos and view[near].isspace():
        near += 1
    for start in ((near, lo) if near > lo else (lo,)):
        # The last boundary that is not a line break inside a heading: look from the end.
        # (one character past ``pos``, so that the look-ahead sees the citation's first letter)
        for m in reversed(list(_BOUNDARY.finditer(view, start, pos + 1))):
            if m.start() < pos and not (view[m.start()] == "\n" and _line_goes_on(text, m, pos)):
                return min(m.end(), pos)
    return lo


_NEAR = 160


def has_boundary(text: Text, start: int, end: int) -> bool:
    """Whether a sentence ends between ``start`` and ``end``."""
    view = text.view
    if text.bases and text.basis_after_heading(max(0, start), end) >= 0:
        return True
    for m in _BOUNDARY.finditer(view, max(0, start), end + 1):     # see ``sentence_start``
        if m.start() < end and not (view[m.start()] == "\n" and _line_goes_on(text, m, end)):
            return True
    return False


def _line_goes_on(text: Text, newline: re.Match, limit: int) -> bool:
    """A line break inside one sentence: between two lines of a heading in capitals; inside a
    bracket; before a comma, ";" or ")"; after ";" before the next document of a list; or after
    a word no sentence ends with, before a word ("… Kế hoạch triển khai thực hiện⏎Kết luận số
    27-KL/TW …", text laid out by a PDF)."""
    at = newline.start()
    if _inside_heading(text.view, at, limit):
        return True
    view = text.view
    line_start = view.rfind("\n", 0, at) + 1
    # inside a bracket that closes on the next line: "(sau đây viết tắt là⏎Đề án số 05-ĐA/TU); …"
    # (one left open by a typo, "(khóa XI⏎Nghị quyết số 12 …", does not join two sentences)
    opened = view.rfind("(", line_start, at)
    if opened >= 0 and view.find(")", opened, at) < 0:
        closed = view.find(")", at + 1, at + 80)
        if closed > 0 and "\n" not in view[at + 1:closed] and "(" not in view[at + 1:closed]:
            return True
    after = newline.end()
    while after < limit and view[after] in " \t":
        after += 1
    if after < len(view) and view[after] in ";,)":
        return True                     # "… về công tác dân vận⏎; Hướng dẫn số …"
    last = at - 1
    while last >= line_start and view[last] in " \t":
        last -= 1
    if last >= line_start and view[last] == ";" and _names_document_at(text, after):
        return True                     # the next item of a list: "… Đảng ủy Khối;⏎Hướng dẫn số 08-HD/BDVTU …"
    after = newline.end()
    return (after < len(text.view) and text.view[after].isalpha()
            and _GOES_ON.search(text.folded(max(0, at - 24), at)) is not None
            and not body_opener().match(text.view, after))      # "…⏎Căn cứ …" opens one


def _names_document_at(text: Text, pos: int) -> bool:
    """A capitalised type word and its number at ``pos``: "Hướng dẫn số 08-HD/BDVTU"."""
    return pos < len(text.view) and text.view[pos].isupper() and numbered_document_at(text.folded(pos, pos + 40), 0)


# Words that leave a sentence open: those that leave a title line open (a preposition, a
# conjunction), "theo", "số", a plural, or a verb waiting for its object (not "sửa đổi", "bổ
# sung", "tổng kết": also nouns, "bầu cử bổ sung"), or a body's abbreviation, whose name goes
# on ("… của BCH⏎Huyện Đoàn Thọ Xuân; …", text laid out by a PDF).
_GOES_ON = re.compile(rf"(?<![a-z])(?:{OPEN_WORDS}|theo|so|cac|nhung"
                      r"|thuc hien|trien khai|cu the hoa|can cu|ban hanh|phe duyet|huong dan"
                      r"|bch|btv|btt|ubnd|hdnd|mttq)[ \t]*$")


def _inside_heading(view: str, newline: int, limit: int) -> bool:
    """A line break between two lines in capitals continues one heading; so does one after a
    run of words in capitals that ends a line of a header flattened onto it ("… Hà Nội, ngày
    18 tháng 06 năm 2014 THÔNG TƯ HƯỚNG⏎DẪN THI HÀNH NGHỊ ĐỊNH …")."""
    if newline and view[newline - 1].islower():      # most lines: no need to read them
        return False
    before = view[view.rfind("\n", 0, newline) + 1:newline]
    after_end = view.find("\n", newline + 1)
    after = view[newline + 1:after_end if 0 <= after_end < limit else limit]
    if not (not after.strip() or after.strip().isupper()):
        return False
    if before.strip().isupper():
        return True
    tail = before[-120:].rstrip()
    return (tail[-1:].isupper() and after.strip() != ""
            and _CAPITALS_AT_END.search(tail) is not None)


# Two or more words in capitals ending a line, after a digit or a word that is not
_CAPITALS_AT_END = re.compile(rf"(?:^|(?<=[\d,.:;]\s)|(?<=[{LOWER}\d]\s))[{UPPER}]+(?:\s+[{UPPER}]+)+\s*$")


# The legal-basis block: a sentence opening with "Căn cứ" frames every citation in it,
# including laws "được sửa đổi, bổ sung" by others and titles containing "thực hiện".
_BASIS = re.compile(r"^[\s\-+•*]*can cu(?![a-z])")
# A cue governs a citation only across a few words, or across a list of other citations
# each a few words from the next.
MAX_GAP_WORDS = 12
_WORD = re.compile(r"[^\W\d_]+")


def basis_sentence(text: Text, start: int, end: int) -> Span | None:
    m = _BASIS.match(text.folded(start, min(end, start + 40)))
    return Span(start + m.start(), start + m.end()) if m else None


def gap_words(text: Text, start: int, end: int, listed: list[Span]) -> int:
    """The longest run of words between ``start`` and ``end`` outside the ``listed`` spans
    (other citations): the widest link in the chain from a cue through a list."""
    widest, pos = 0, start
    for span in sorted(listed, key=lambda s: s.start):
        if span.end <= pos or span.start >= end:
            continue
        widest = max(widest, _stretch_words(text, pos, max(pos, span.start)))
        pos = max(pos, span.end)
    return max(widest, _stretch_words(text, pos, end))


# A list item that names documents without a number: "Nghị quyết Đại hội Đảng bộ tỉnh lần
# thứ XIX;", "các chỉ thị, nghị quyết của Tỉnh ủy mà tập trung là:". It links a list as a
# citation does: its own words are not gap words.
_PLURAL = re.compile(r"(?:cac|nhung) ")
_THIS = re.compile(r"\s+nay(?![a-z])")
_PLURAL_BEFORE = re.compile(r"(?<![a-z])(?:cac|nhung) $")


# In the first piece a few words may come before the item ("thực hiện có hiệu quả Nghị
# quyết Đại hội ..."); further in, the item governs its own words ("theo quy định tại
# khoản 1 Điều 36 Luật ...").
_FIRST_PIECE_LEAD = 8


def _stretch_words(text: Text, start: int, end: int) -> int:
    """The longest run of words between ``start`` and ``end`` outside named items: an item
    starts a piece of the list (after ";"), or follows the link within a few words, and runs
    to the next ";" or to ``end``."""
    view = text.view
    pieces, at = [], start
    for part in view[start:end].split(";"):
        pieces.append((at, at + len(part)))
        at += len(part) + 1
    widest = run = 0
    for i, (a, b) in enumerate(pieces):
        words = [w.start() for w in _WORD.finditer(view, a, b)]
        named = next((k for k, w in enumerate(words[:_FIRST_PIECE_LEAD + 1])
                      if (k == 0 or (i == 0 and k <= _FIRST_PIECE_LEAD)
                          or (k == 1 and _PLURAL.match(text.folded(words[0], w))))
                      and _names_documents(text, w)), None)
        run += len(words) if named is None else named
        widest = max(widest, run)
        if named is not None:
            run = 0
    return widest


def _names_documents(text: Text, pos: int) -> bool:
    """A type word at ``pos`` that names documents: capitalised, or plural ("các nghị quyết")."""
    word = type_word_regex().match(text.folded(pos, pos + 40))
    if not word:
        return False
    after = text.folded(pos + word.end(), pos + word.end() + 5)
    if after[:1].isalpha() or _THIS.match(after):
        return False                      # "KHÁNG" is no "KH"; "Kế hoạch này" is the text itself
    return text.view[pos].isupper() or _PLURAL_BEFORE.search(text.folded(max(0, pos - 7), pos)) is not None


def find_cue(text: Text, start: int, end: int, skip: list[Span],
             listed: list[Span] | None = None) -> tuple[str, Span] | None:
    """The cue nearest to ``end`` in [start, end), ignoring cues inside ``skip`` spans.

    With ``listed`` given (the spans of the citations before this one), a cue more than
    MAX_GAP_WORDS words away, not counting those citations, does not govern this one.
    """
    if end <= start:
        return None
    cues = tables().cues
    best = verb = None
    gap_from = None                           # where the words to this citation are counted
    folded = text.folded(start, end)
    for match in cue_regex().finditer(folded):
        group = match.lastgroup
        span = Span(start + match.start(), start + match.end())
        if any(s.start <= span.start < s.end for s in skip):
            continue
        cue = cues[int(group[1:])]
        if (folded.startswith("quy dinh chi tiet", match.start())
                and _NOUN_BEFORE.search(text.folded(max(0, span.start - 8), span.start))):
            continue                        # provisions, not providing: "một số quy định chi tiết hơn so với Nghị quyết số …"
        if text.view[span.start].isupper() and (" " + text.folded(max(0, span.start - 11), span.start)).endswith(_NAMED_BY):
            continue                        # a name: "Luật Thực hiện dân chủ ở cơ sở"
        if cue.opening and not (_opens_sentence(text, span.start)
                                or _OPENS_PURPOSE.search(text.folded(max(0, span.start - 10), span.start))):
            continue
        if match.group().endswith("tai") and text.view[span.end - 3:span.end].lower() != "tại":
            continue                        # folded, "Bộ Tài chính" and "thiên tai" read "tai"
        if match.group().endswith(" thay") and (text.view[span.end - 4:span.end].lower() != "thay"
                                                 or text.view[span.start:span.start + 3].lower() not in ("này", "và ")):
            continue                        # "và thấy Thông tư số …", "Ngày nay thay …" (review 24)
        if cue.relation == "reviews" and text.folded(span.start - 12, span.start) == "ban chi dao ":
            continue                        # a committee's name: "Ban Chỉ đạo Tổng kết Nghị quyết …"
        if folded.endswith("kem ", 0, match.start()) or folded.startswith("nhu sau", match.start()):
            continue                        # "ban hành kèm theo Quyết định": attached; "như sau": as follows
        if start > 0 and text.view[start - 1].isalnum() and _AUX_ONLY.fullmatch(folded, 0, match.start()):
            continue                        # "Nghị quyết số 12-NQ/TU đã thực hiện được 3 năm, …": the document before acts
        if cue.reach is not None and (end - span.end > cue.reach or (
                match.group().startswith("dieu chinh") and (
                    folded[match.end():end - start].strip(' "')
                    or _NOT_ADJUSTING.search(text.folded(span.start - 12, span.start))))):
            # a word between: the verb governs no further ("điều chỉnh, …"); and "đã được điều
            # chỉnh", "phạm vi điều chỉnh của …" adjust nothing
            verb = None
            continue
        if cue.reach is None and (_TIGHT_PASSIVE.search(text.folded(span.start - 8, span.start))
                                  or _AMENDED_IN_YEAR.match(text.folded(span.start - 2, span.end + 48))):
            # "Luật Bầu cử (được sửa đổi, bổ sung năm 2025) và Nghị quyết số 102", "Bộ Luật hình
            # sự năm 2015 (sửa đổi, bổ sung một số điều năm 2017); Quy định số 69-QĐ/TW": what
            # was done to another document, not what this text does to the next
            verb = None
            continue
        if cue.reach is None:
            verb = best = (cue.relation, span)
            gap_from = span.end
            if cue.relation not in _GOVERNING or _passive_before_verb(text, span.start):
                verb = None                 # "được UBND tỉnh sửa đổi ... tại": another text's act
        elif verb and _LOCATOR.fullmatch(match.group()) and _governs(text, verb[1].end, span.start):
            # "Cụ thể hóa nhiệm vụ ... đề ra tại Nghị quyết": "tại" says where the task is
            # written; the verb before it says what this text does with that document.
            best, verb, gap_from = verb, None, span.end
        else:
            best, verb, gap_from = (cue.relation, span), None, span.end
    # (a stretch of at most 2 * MAX_GAP_WORDS characters holds at most MAX_GAP_WORDS words)
    if best and listed is not None and end - gap_from > 2 * MAX_GAP_WORDS \
            and gap_words(text, gap_from, end, listed) > MAX_GAP_WORDS \
            and not _opens_amending_item(text, start, best, end):
        return None
    if best and best[0] not in ("cites", "reviews") \
            and _drafted(text, max(start, best[1].start - 80), best[1].start):
        # "về dự thảo Nghị quyết của Quốc hội sửa đổi, bổ sung ... Nghị quyết số 136": the
        # draft would amend it; the text speaks of it. A draft report reviewing a document is
        # the review under way: "cho ý kiến vào dự thảo báo cáo tổng kết thực hiện Nghị quyết …"
        return "cites", best[1]
    if best and best[0] != "cites" and _in_unnumbered_title(text, start, best[1].start, end):
        return "cites", best[1]
    if best and best[0] == "approves" and _OF_DOCUMENT.search(text.folded(best[1].end, end)) \
            and not _CONTENT_OF.match(text.folded(best[1].end, end)) \
            and not _names_document_at(text, best[1].end + 1):
        # "phê duyệt 104 thôn thoát khỏi diện đặc biệt khó khăn của Quyết định số 582/QĐ-TTg":
        # what is approved belongs to the document; the document is not approved
        return "cites", best[1]
    if (best and best[0] in ACTING and _anothers_act(text, max(start, best[1].start - 40), best[1].start)
            and not _names_itself(text, max(start, best[1].start - 60), best[1].start)
            and not _adopted(text, start, best[1].start)):
        # "Bộ Tư pháp đề xuất bãi bỏ …": proposed, not done; "khi có Thông tư mới thay thế
        # Thông tư số 92/2009/TT-BTC": a new document's act; "Chính phủ cũng bãi bỏ …", "Quyết
        # định 1269/QĐ-TTg nêu rõ, bãi bỏ …": told of. Not where the text names itself
        # ("Quyết định này sẽ thay thế …", "Thông tư này cũng bãi bỏ …").
        return "cites", best[1]
    return best


@cache
def this_text_regex() -> re.Pattern:
    """"<type word> này": the text names itself ("Quyết định này", "Chương trình này")."""
    return re.compile(rf"(?<![a-z])(?:{type_word_regex().pattern}) nay(?![a-z])")


def _names_itself(text: Text, start: int, end: int) -> bool:
    """"<type word> này" in the clause before ``end`` (after its last comma: "Theo báo cáo này,
    Bộ Tài chính đã bãi bỏ …" tells of another's act)."""
    return this_text_word(text, start, end) is not None


def this_text_word(text: Text, start: int, end: int) -> str | None:
    """The type word of "<type word> này" in the clause before ``end``, folded, if any."""
    found = this_text_at(text, start, end)
    return found[0] if found else None


def this_text_at(text: Text, start: int, end: int) -> tuple[str, int] | None:
    """``this_text_word``, and where its phrase starts."""
    window = text.folded(start, end)
    cut = max(window.rfind(","), window.rfind(";")) + 1
    m = this_text_regex().search(window, cut)
    return (" ".join(m.group()[:-len("nay")].split()), start + m.start()) if m else None


def _adopted(text: Text, start: int, verb: int) -> bool:
    """A proposal the text adopts, its clause opening with the adopting word ("Điều 1. Chấp thuận
    đề nghị bãi bỏ …", "Nhất trí đề nghị …"), is its act; not one it reports others agreed on
    ("các sở, ngành thống nhất đề nghị bãi bỏ …") or turned down ("không đồng ý đề nghị …")."""
    lo = max(start, verb - 80)
    m = _ADOPTING.search(text.folded(lo, verb))
    return m is not None and (m.start() > 0 or lo == start)


_ADOPTING = re.compile(r"(?:^|[.:;\n\-+•*)]\s*|dieu\s+\d+[a-z]?\.?\s*)(?:chap thuan|thong nhat|dong y|nhat tri)"
                       r"(?:\s+(?:voi|theo))?\s+(?:de nghi|de xuat|kien nghi)\s+$")


@cache
def _anothers_act_regex() -> re.Pattern:
    """Words before an acting verb that make the act another's: proposed, told of, or a new
    document's ("Thông tư mới", "văn bản khác"), or one named by its type word alone inside a
    sentence ("căn cứ vào Quyết định thay thế Quyết định số 37/2014/QĐ-TTg", "đang soạn thảo
    Thông tư thay thế …", round 56; at a line's or a sentence's start it may be the text's title)."""
    words = type_word_regex().pattern
    return re.compile(rf"(?<![a-z])(?:de xuat|kien nghi|de nghi|yeu cau|(?:{words}) (?:moi|khac)"
                      rf"|(?<=[a-z] )(?<!cac )(?P<bare>{words})|da|vua|cung|se|neu ro\s*,)\s+$")


def _anothers_act(text: Text, lo: int, verb: int) -> bool:
    window = text.folded(lo, verb)
    m = _anothers_act_regex().search(window, max(0, len(window) - 24))
    if m is None or m.group("bare") is None:
        return m is not None
    # (not a plural, "Bãi bỏ toàn bộ các quyết định Bãi bỏ …", a heading run into the text; nor
    # the enacting words of the text itself: "Chính phủ ban hành Nghị định sửa đổi, bổ sung
    # một số điều của Nghị định số …", "HĐND tỉnh vừa thông qua Nghị quyết sửa đổi …"; an act
    # not done yet is another's ("Bộ Tài chính chưa ban hành Thông tư sửa đổi …"))
    enacted = _ENACTING.search(window, 0, m.start("bare"))
    return enacted is None or enacted.group("not") is not None


_ENACTING = re.compile(r"(?<![a-z])(?P<not>chua\s+)?(?:ban hanh|thong qua)\s+$")


# what makes "quy định chi tiết" a noun ("the detailed provisions")
_NOUN_BEFORE = re.compile(r"(?<![a-z])(?:viec|mot so|cac|nhung)\s+$")
# a law's or a rule's name holding a cue word in capitals
_NAMED_BY = (" luat ", " phap lenh ", " quy che ", " dieu le ")


# a title or a purpose opens as a sentence does: "Quyết định số … về việc thực hiện theo Chỉ thị
# …", "Chỉ thị số 726/CT-UBND … nhằm thực hiện theo Chỉ thị 15/CT-TTg"
_OPENS_PURPOSE = re.compile(r"(?<![a-z])(?:ve viec|ve|nham)\s+$")


def _opens_sentence(text: Text, pos: int) -> bool:
    """A capitalised word ("Thực", not "THỰC") after a line break or a full stop: "Thực hiện
    theo Đề án số …" opens a sentence; "… mức chi: Thực hiện theo Thông tư số …" completes one."""
    view = text.view
    before = view[max(0, pos - 8):pos].rstrip(" \t-+•*")
    return (view[pos].isupper() and view[pos + 1:pos + 2].islower()
            and (not before or before[-1] in "\n.!?"))


_NOT_ADJUSTING = re.compile(r"(?<![a-z])(?:duoc|bi|van ban|pham vi|doi tuong)\s+$")
_OF_DOCUMENT = re.compile(r"\S\s+cua\s*$")
_CONTENT_OF = re.compile(r"\s*(?:toan bo\s+|cac\s+)?noi dung\s+cua\s*$")     # the document itself
_DRAFT = re.compile(r"(?<![a-z])du thao(?![a-z])")


def _drafted(text: Text, start: int, end: int) -> bool:
    """``_DRAFT`` in [start, end), searched only where its words are (most cues: nowhere)."""
    window = text.folded(start, end)
    return "du thao" in window and _DRAFT.search(window) is not None


_ABOUT_END = re.compile(r"(?<![a-z])ve\s+(?:viec\s+)?$")


@cache
def _unnumbered_title_regex() -> re.Pattern:
    return re.compile(rf"(?<![a-z])(?:{type_word_regex().pattern})(?:\s+cua\s+[^,;.:\d]{{2,80}}?)?\s+ve\s+(?:viec\s+)?$")


def _in_unnumbered_title(text: Text, start: int, cue_start: int, end: int) -> bool:
    """A cue in the title of a document named without a number ("Thông báo Kết luận của Ban Bí
    thư về tiếp tục thực hiện Kết luận số 102-KL/TW", "các Kế hoạch của Ban Thường vụ Tỉnh ủy
    về thực hiện Kết luận số 114"): that document's act, not the text's. Not a heading ("KẾ
    HOẠCH VỀ VIỆC TRIỂN KHAI …": the text's own title), nor the text issuing itself ("Ủy ban
    nhân dân tỉnh ban hành Kế hoạch về triển khai thực hiện …, cụ thể như sau:"), nor a body
    passing one ("HĐND tỉnh vừa thông qua Nghị quyết về việc sửa đổi … Nghị quyết số 68/NQ-HĐND")."""
    lo = max(start, cue_start - 120)
    # (most cues: no "về" right before them, and no end-anchored search, which tries every position)
    near = text.folded(max(lo, cue_start - 12), cue_start)
    if "ve" not in near or not _ABOUT_END.search(near):
        return False
    before = text.folded(lo, cue_start)
    m = _unnumbered_title_regex().search(before)
    if m is None:
        return False
    at = lo + m.start()
    word = text.view[at:lo + type_word_regex().match(before, m.start()).end()]
    return ((word[0].isupper() or (_HAS_SENT.search(text.view, max(0, at - 12), at) is not None
                                   and not _AS_FOLLOWS.match(text.folded(end, end + 300))))
            and not word.isupper() and not _ISSUING.search(text.folded(max(0, at - 30), at)))


# A body "has" a document about it: "UBND huyện có văn bản về việc thực hiện Công điện số
# 1063/CĐ-TTg" (round 45), "Sở Y tế đã có tờ trình về việc thực hiện …" name an unnumbered
# document in lower case; its title is its own act. Not one the sentence goes on to set out:
# "UBND xã có kế hoạch về việc thực hiện … như sau:" is the text's own (reviews 21, 22).
_AS_FOLLOWS = re.compile(r"[^.;\n]{0,250}?(?<![a-z])nhu sau(?![a-z])")
_HAS_SENT = re.compile(r"(?<![^\W\d_])(?:đã |vừa )?có\s+$")


# ("thông qua" only as a body's act, "đã thông qua", "vừa thông qua": "Thông qua các Chương
# trình về thực hiện …, các địa phương đã …" is "through")
_ISSUING = re.compile(r"(?<![a-z])(?:ban hanh|xay dung|(?:da|vua|se|cung|nhat tri|bieu quyet|chinh thuc|xem xet,?)"
                      r"\s+thong qua)\s+(?:cac\s+)?$")


# An amending text's item: "1. Bãi bỏ điểm c khoản 2 Điều 1 và quy định liên quan … tại Phụ
# lục I, Phụ lục II … ban hành kèm theo Thông tư số 02/2023/TT-BTP." The verb opening the item
# (or a ";" clause of it) acts on the document holding the parts it locates ("tại …"), however
# long the list of parts: the gap limit does not apply. Not across "như sau:" (the new wording).
# Relations by which a text acts on a document (and on each of a list: "sửa đổi, bổ sung một
# số điều của A, B và C").
ACTING = frozenset({"amends", "repeals", "replaces"})
_ITEM_OPENING = re.compile(r"(?:^|;)[\s\-+•*]*(?:(?:[0-9]+|[a-zđ])[.)]\s*)?$")
_LOCATED = re.compile(r"(?<![a-z])tai(?![a-z])")
_NEW_WORDING = re.compile(r"nhu sau|:\s*(?:\n|[“\"])")


def _opens_amending_item(text: Text, start: int, verb: tuple[str, Span], end: int) -> bool:
    relation, span = verb
    if relation not in ACTING or not _ITEM_OPENING.search(text.view[start:span.start]):
        return False
    between = text.folded(span.end, end)
    return (between.rstrip().endswith(("kem theo", "cua")) and _LOCATED.search(between) is not None
            and _NEW_WORDING.search(between) is None)


# Verbs that may govern a locating word ("triển khai … nêu tại", "trên cơ sở ý kiến … tại").
# Approving and repealing words before one are mostly participles ("các dự án đã phê duyệt,
# danh mục nêu tại", "văn bản hết hiệu lực nêu tại"): what another text did.
_GOVERNING = {"implements", "guides", "amends", "based_on"}


# Words that say where in a document something is written ("tại", "nêu tại", "nêu trong"),
# not how a text acts on it. "quy định tại" is not one: "theo quy định tại" means "as the
# document provides", which cites it.
_LOCATOR = re.compile(r"(?:neu )?(?:tai|trong)")


# A passive before the verb, its agent between: "đã được Ủy ban nhân dân tỉnh phê duyệt".
# Not "được giao" ("các ngành theo nhiệm vụ được giao tổ chức ... triển khai thực hiện"):
# the assigned bodies are the ones acting.
_PASSIVE = re.compile(r"(?<![a-z])(?:duoc|bi)(?!\s+giao(?![a-z]))(?:\s+[a-z]+){0,6}\s+$")


_TIGHT_PASSIVE = re.compile(r"(?<![a-z])(?:duoc|bi)\s+$")


def _passive_before_verb(text: Text, pos: int) -> bool:
    """``_PASSIVE`` ending at ``pos``: searched (an end-anchored search tries every position)
    only where its marker is there."""
    before = text.folded(pos - 40, pos)
    return ("duoc" in before or "bi" in before) and _PASSIVE.search(before) is not None
# a bracket that dates an amendment of the document before it
# ("(sửa đổi, bổ sung năm 2017)", "(… ngày 20/6/2017)", "(… 2017)", "(… năm 2018 và năm 2020)")
_AMENDED_IN_YEAR = re.compile(r".?\(\s*[a-z, ]{0,40}?(?:(?:nam|ngay)\s+)?(?:\d{1,2}[/.-]){0,2}(?:19|20)\d\d"
                              r"(?:\s*(?:,|va)\s*(?:nam\s+)?(?:19|20)\d\d)*\s*\)")


def _governs(text: Text, verb_end: int, locator_start: int) -> bool:
    """A verb governs a locating word ("tại", "nêu trong") when its object stands between
    them: one to MAX_GAP_WORDS words in the same clause (no ";" or line break), twice as many
    for a direction and who gave it ("Thực hiện chỉ đạo của Phó Chủ tịch Thường trực Ủy ban
    nhân dân Quận 8 tại Công văn số …"). With no object, the verb is a participle ("sửa đổi,
    bổ sung tại Nghị định số ...")."""
    between = text.view[verb_end:locator_start]
    if ";" in between or "\n" in between:
        return False
    words = len(_WORD.findall(between))
    # (not across a comma before the next clause's subject and verb: "Thực hiện chỉ đạo của Bộ Y
    # tế về …, Sở Y tế đã báo cáo tại Công văn số …"; a comma inside the direction's words is
    # theirs: "về việc phòng, chống dịch", "của Thường trực Tỉnh ủy, Chủ tịch UBND tỉnh")
    limit = 2 * MAX_GAP_WORDS if (_DIRECTION.match(text.folded(verb_end, verb_end + 60))
                                  and not _next_subject(text, verb_end, locator_start)) else MAX_GAP_WORDS
    return 1 <= words <= limit


# (folded) only auxiliaries between the document before and a verb: that document is its subject
_AUX_ONLY = re.compile(r"\s+(?:(?:da|vua|se|cung|dang|duoc)\s+)+")
_DIRECTION = re.compile(r"\s+(?:(?:nghiem|kip thoi|nghiem tuc|cac|nhung|noi dung|y kien|ket luan va)[, ]+){0,4}"
                        r"(?:chi dao|ket luan)(?: cua)?\s")
# (folded) what makes the words after a direction's last comma a clause of their own: an
# auxiliary before a verb other than a locating one ("…, các đơn vị đã báo cáo tại …"; not "đã
# nêu tại"), or a reporting or issuing verb ("…, trường học báo cáo tình hình tại …")
_NEXT_AUXILIARY = re.compile(r"(?<![a-z])(?:da|vua|se|cung|dang)\s+(?!(?:duoc\s+)?(?:neu|ghi|de ra)(?![a-z]))")
_NEXT_CLAUSE_VERB = re.compile(r"(?<![a-z])(?<!chuong )(?:bao cao|tong hop|huong dan|ban hanh|de xuat|tham muu|trinh"
                               r"|giao|chu tri|phoi hop|xay dung|thong bao|yeu cau|de nghi|gui)"
                               r"(?![a-z])(?! (?:duc|thong|do|tu)(?![a-z]))")


def _next_subject(text: Text, start: int, end: int) -> bool:
    """After a comma in [start, end), a clause of its own: a body and words after it other than
    the direction's topic ("…, Sở Y tế hướng dẫn các đơn vị tại …"), an auxiliary ("…, các đơn
    vị đã báo cáo tại …"), or a reporting or issuing verb after its subject ("…, Sở Nông nghiệp
    tổng hợp báo cáo tại …", "…, trường học báo cáo tình hình tại …"); not the direction's own
    words ("về việc phòng, chống dịch tại …", "…, giáo dục pháp luật tại …", "đã nêu tại …") or a
    list of who gave it ("của Thường trực Tỉnh ủy, Chủ tịch UBND tỉnh về công tác … tại …")."""
    comma = text.view.find(",", start, end)
    while comma >= 0:
        at = comma + 1
        while at < end and text.view[at] == " ":
            at += 1
        if _clause_after_comma(text, at, end):
            return True
        comma = text.view.find(",", at, end)
    return False


def _clause_after_comma(text: Text, at: int, end: int) -> bool:
    body = read_issuer(text, at, end)
    if body is not None:
        rest = text.folded(body.span.end, end).strip()
        return bool(rest) and not rest.startswith(("ve ", "v/v "))
    folded = text.folded(at, end + 12)      # (past the end: "đã nêu tại")
    auxiliary = _NEXT_AUXILIARY.search(folded)
    if auxiliary is not None and auxiliary.start() < end - at:
        return True
    # a verb after its subject: not the segment's first word ("…, báo cáo định kỳ tại …",
    # "…, xây dựng Đảng tại …" go on with the topic)
    verb = _NEXT_CLAUSE_VERB.search(folded, 1)
    return verb is not None and verb.start() < end - at and folded[:verb.start()].strip() != ""


@cache
def _agent_words() -> tuple[str, ...]:
    """The agent words of cues.toml's alternation "(?:boi|tai)", for a quick substring test."""
    return tables().passive.agent_words()


@cache
def _amending_agent_words() -> tuple[str, ...]:
    """cues.toml's amending agent words ("theo"), which follow AMENDING_VERBS only."""
    return tables().passive.amending_agent_words()


# (folded) the verbs the amending agent follows, for a quick substring test: every example of
# an amending agent holds one (tests/extract/test_tables.py)
AMENDING_VERBS = ("sua doi", "bo sung", "thay the", "bai bo")


@cache
def _agent_end() -> re.Pattern:
    p = tables().passive
    return re.compile(rf"(?<![a-z])(?:{p.agent}|{p.amending_agent}){AGENT_PARTS}\s*$")


PASSIVE_REACH = 160     # characters before a citation a passive phrase may start


def passive_before(text: Text, start: int, end: int) -> tuple[str, Span] | None:
    """The passive ending right at ``end`` ("đã được sửa đổi, bổ sung bởi"), within [start,
    end): the relation of its verb, and its span."""
    near = text.folded(max(start, end - 60), end)
    # most citations: no agent word before them, and no end-anchored search ("theo", common,
    # only with an amending verb near it)
    if not (any(map(near.__contains__, _agent_words()))
            or (any(map(near.__contains__, _amending_agent_words()))
                and any(map(near.__contains__, AMENDING_VERBS)))) \
            or not _agent_end().search(near):
        return None
    lo = max(start, end - PASSIVE_REACH)
    folded = text.folded(lo, end)
    m = passive_regex().search(folded)
    if not m:
        return None
    return cue_of(m).relation, Span(lo + m.start(), end)


def names_document(text: Text, start: int, end: int) -> bool:
    """Whether a document is named between ``start`` and ``end`` ("... Luật Ban hành văn bản
    quy phạm pháp luật được sửa đổi bởi": which of two documents the passive is about is
    not told)."""
    return any(_names_documents(text, w.start()) for w in _WORD.finditer(text.view, start, end))


def relation_of(cue: tuple[str, Span] | None) -> str:
    return cue[0] if cue else "cites"


_CITED = re.compile(r"\d\s*[/-]\s*[A-ZĐ]")          # a symbol in the line
_ARTICLE = re.compile(r"\s*(?:Điều|ĐIỀU)\s+\d+[a-z]?\.?\s*")
# A list item: a line opening with a number, letter or bullet ("1. Quyết định số ...", "- Luật").
_RESTS_ON = re.compile(r"(?<![a-z])can cu\s*:$")
_REQUEST = re.compile(r"(?<![a-z])(?:de nghi|yeu cau|giao)(?![a-z])")
_CAPITAL_WORD = re.compile(rf"(?<!\w)[{UPPER}]")
_ITEM = re.compile(r"[ \t]*(?:\d{1,3}[.)]|[a-zđ]\)|[-+•*–])[ \t]+")
_COMMA_CAPITAL = re.compile(rf",\s+(?=[{UPPER}])")
# a verb after the name following a comma: the item's own clause, not the document alone
# (folded: no "có", "đã", "đang", "giao", which names fold into: "Cơ quan", "Đà Nẵng", "Đảng";
# no "quyết định", a type word)
_CLAUSE_VERB = re.compile(r"(?<![a-z])(?:ban hanh(?! kem theo)|xay dung|tham muu|trien khai|chi dao|thuc hien"
                          r"|yeu cau|de nghi)(?![a-z])")
_PHRASE_END = re.compile(r"(?<![a-z])(?:ve|v/v)(?![a-z])|[\"(;:]|$")


class ListHeads:
    """The cue of the line that opens a list ("Điều 2. Bãi bỏ các văn bản …, cụ thể như sau:"),
    for the items under it ("1. Quyết định số 76/2006/QĐ-UBND …"), each its own sentence. A
    list runs over items and blank lines only. Asked in text order, each item reads back only
    to the item asked before it: the text is read once however long the list."""

    def __init__(self, text: Text):
        self.text = text
        self.known: dict[int, tuple[str, Span] | None] = {}    # item line start -> its list's cue
        self.bases_above: dict[int, bool] = {}     # line start -> only "Căn cứ" items above it

    def cue_for(self, own_start: int) -> tuple[str, Span] | None:
        """The cue for a citation that opens its item (``own_start``: its type word)."""
        view = self.text.view
        line = view.rfind("\n", 0, own_start) + 1
        if not _ITEM.fullmatch(view, line, own_start):
            return None
        if line not in self.known:
            self.known[line] = self._look_back(line)
        return self.known[line]

    def _look_back(self, line: int) -> tuple[str, Span] | None:
        view, end = self.text.view, line - 1
        while end >= 0:
            start = view.rfind("\n", 0, end) + 1
            if start in self.known:
                return self.known[start]
            text = view[start:end]
            item = _ITEM.match(text)
            if text.rstrip().endswith(":") and item:
                # a sub-heading item ("1. Bãi bỏ các văn bản sau:") opens its own list
                return self._head(start + item.end(), text[item.end():].rstrip())
            if item and text.startswith("Căn cứ ", item.end()) and self._bases_list(start, item.end(), end):
                # "- Căn cứ Chỉ thị số 02/CT-TTg …⏎- Kế hoạch số 9799/KH-BQP …": the list's
                # first item says what all its items are (not a field named "- Căn cứ pháp lý.")
                at = start + item.end()
                return "based_on", Span(at, at + len("Căn cứ"))
            if text.strip() and not item:
                return self._head(start, text.rstrip())
            end = start - 1
        return None

    def _body_rests(self, begin: int, before: str) -> bool:
        """Whether ``before`` (folded, from ``begin``) names a body, not several, that rests on
        what follows."""
        if _REQUEST.search(before) or " cac " in before or " cap " in before:
            return False        # asking, or directing several ("Ủy ban nhân dân cấp xã căn cứ:")
        return any(body_at(before, w.start() - begin) is not None
                   for w in _CAPITAL_WORD.finditer(self.text.view, begin, begin + len(before)))

    def _bases_list(self, start: int, indent: int, end: int) -> bool:
        """Whether the item "- Căn cứ …" on the line at ``start`` opens a list of bases: it
        names a document only ("- Căn cứ Nghị quyết số 57-NQ/TW, Ban Thường vụ Huyện ủy ban
        hành …" has a clause of its own; "- Căn cứ Kế hoạch này, …" names the text), and only
        items that open with "Căn cứ" stand above it in its list."""
        folded, view = self.text.folded(start, end), self.text.view
        named = type_word_regex().match(folded, indent + 7)
        if named is None or folded.startswith(" nay", named.end()):
            return False
        for comma in _COMMA_CAPITAL.finditer(view, start + indent, end):
            # ", Ban Thường vụ Huyện ủy ban hành …", ", Phòng Nội vụ tham mưu …"; not a title's
            # or a joint issuer's comma (", Hội nghị lần thứ tám Ban Chấp hành …", ", Ủy ban …")
            phrase = folded[comma.end() - start:comma.end() - start + 60]
            if _CLAUSE_VERB.search(phrase[:_PHRASE_END.search(phrase).start()]):
                return False
        return self._only_bases_above(start)

    def _only_bases_above(self, line: int) -> bool:
        """Whether only items opening with "Căn cứ" stand above the line at ``line`` in its
        list (each line's answer kept: a list of a thousand is read once)."""
        view, passed = self.text.view, []
        answer = True
        while line > 0:
            if line in self.bases_above:
                answer = self.bases_above[line]
                break
            passed.append(line)
            above = view.rfind("\n", 0, line - 1) + 1
            text = view[above:line - 1]
            if text.strip():
                item = _ITEM.match(text)
                if item is None:
                    break
                if not text.startswith("Căn cứ ", item.end()):
                    answer = False
                    break
            line = above
        for seen in passed:
            self.bases_above[seen] = answer
        return answer

    def _head(self, at: int, line: str) -> tuple[str, Span] | None:
        """The cue of a line opening a list of documents: it ends with ":" and opens with the
        cue ("Điều 2. Bãi bỏ các văn bản …:", "Căn cứ các văn bản sau:"), or ends with "căn
        cứ:" after the body that rests on them ("Hội đồng nhân dân xã Gia Hanh căn cứ:");
        "…, Bộ Chính trị kết luận như sau:" governs no list with the "thực hiện" inside it."""
        if not line.endswith(":") or _CITED.search(line):
            return None                 # "Thực hiện Công văn số 123/UBND-VP …, báo cáo như sau:"
        lead = _ARTICLE.match(line)
        begin = at + (lead.end() if lead else 0)
        folded = self.text.folded(begin, at + len(line))
        m = cue_regex().match(folded)
        if m is None:
            # "Hội đồng nhân dân xã Gia Hanh căn cứ:", "Để triển khai …, Ủy ban nhân dân xã căn cứ:";
            # not "Đề nghị các xã căn cứ:", "Ủy ban nhân dân các xã căn cứ:" (asking others)
            basis = _RESTS_ON.search(folded)
            if basis is not None and not self._body_rests(begin, folded[:basis.start()]):
                basis = None
            return ("based_on", Span(begin + basis.start(), begin + basis.end() - 1)) if basis else None
        return cue_of(m).relation, Span(begin + m.start(), begin + m.end())
