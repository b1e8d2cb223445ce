"""Whose act a relation is: the text's own, or that of a document the text tells of.

Run after the relations are read (pipeline._attach_relations): each pass looks again at what
the words around a citation say of who acts ("Nghị định 247/2025/NĐ-CP sửa đổi …" in decree
247/2025 itself; "Quy định này thay thế …" in a plan that reports the regulation; "(sau đây
gọi tắt là Quy định 377)", which only names a document).
"""
from __future__ import annotations

import re
from functools import cache

from .context import Text
from .mention import Mention, issued_after, symbol_of, when
from .model import Clause, SourceDocument
from .relations import ACTING, SENTENCE_WINDOW, has_boundary, sentence_start, this_text_at, this_text_regex
from .normalize import UPPER, fold_key
from .tables import body_at, tables, type_by_word


def settle(t: Text, mentions: list[Mention], source: SourceDocument) -> None:
    """Each pass below, in order, on the mentions of ``t`` with their relations read."""
    _own_clauses_are_the_texts(mentions, source)
    _acts_of_another_type(t, mentions, source)
    _brought_to_life(t, mentions)
    _aliases_only_name(t, mentions)


def _own_clauses_are_the_texts(mentions: list[Mention], source: SourceDocument) -> None:
    """A clause whose subject is the text's own number states what the text does: "Nghị định
    247/2025/NĐ-CP sửa đổi Nghị định 171/2016/NĐ-CP", in decree 247/2025 itself, amends 171 as
    "Nghị định này sửa đổi …" would. Only where the number is surely the text's: with its year
    in the symbol, or dated the text's day; local numbers without a year repeat ("Căn cứ Kế
    hoạch số 12/KH-UBND ngày 5/1/2025 của UBND huyện về sửa đổi …" in a commune's 12/KH-UBND)."""
    if source.symbol is None:
        return
    by_start = {m.start: m for m in mentions}
    for m in mentions:
        if m.clause is None or m.clause.inverse or m.clause.subject != source.symbol:
            continue
        subject = by_start.get(m.clause.subject_start)
        date, _ = when(subject) if subject is not None else (None, None)
        with_year = subject is not None and subject.symbol is not None and subject.symbol.year is not None
        if (date == source.date and date is not None) or (with_year and date in (None, source.date)):
            m.relation, m.cue, m.clause = m.clause.relation, m.clause.cue, None


def _acts_of_another_type(t: Text, mentions: list[Mention], source: SourceDocument) -> None:
    """"<type word> này" before an amending verb names the text only if the text is of that type
    ("Văn bản này": any); in a text that issues attachments ("Ban hành kèm theo Quyết định này
    Quy định …"), "Quy định này" is its attachment, unless a Quy định was cited just before.
    Otherwise the phrase names a document of that type the text reported before it (a plan's
    "Quy định này thay thế Quy định số 105-QĐ/TW" tells of the regulation it reports; "… công
    bố Quy định số 80-QĐ/TW … Quy định này thay thế …": 80 does), and the text only cites."""
    attaching = source.type is not None and _attaches(source.type) and t.says("kem theo")
    for i, m in enumerate(mentions):
        if m.relation not in ACTING or m.cue is None:
            continue
        # in the verb's clause, or opening its sentence ("Quy định này gồm 5 chương, 37 điều,
        # thay thế …")
        found = this_text_at(t, max(0, m.cue.start - 60), m.cue.start)
        if found is None and "nay" in t.folded(max(0, m.cue.start - SENTENCE_WINDOW), m.cue.start):
            lead = _SENTENCE_LEAD.match(t.view, sentence_start(t, m.cue.start)).end()
            found = this_text_at(t, lead, lead + 24) if lead < m.cue.start else None
        if found is None:
            continue
        word, phrase = found
        named = None if word == "van ban" else type_by_word().get(word)
        if named is None and word != "van ban":
            continue
        if source.type is None and source.symbol is not None:
            continue
        before = mentions[max(0, i - 64):i]
        if source.type is not None:
            if named is None or _same_kind(named.word, source.type):
                continue                            # "Văn bản này", "Thông tư này" in a Thông tư
            if attaching and named.attached and not _cited_just_before(t, before, named.word, phrase, source.type):
                continue                            # its attachment: "Quy chế này thay thế …"
        told, reported = _reported(t, before, named.word if named else None, phrase)
        if told or source.type is not None:
            if reported is not None and not issued_after(m, reported) and symbol_of(reported) != symbol_of(m):
                m.clause = Clause(symbol_of(reported), reported.start, m.relation, m.cue)
            m.relation, m.cue = "cites", None


def _cited_just_before(t: Text, before: list[Mention], word: str, phrase: int, own: str) -> bool:
    """Whether a document of type ``word`` was cited in the 400 characters before ``phrase``,
    with no "kèm theo <the text's type> này" between ("Căn cứ Quy định số 24-QĐ/TW …. Quy định này
    thay thế …"; not
    "Căn cứ Kế hoạch số 12/KH-UBND …; … Ban hành kèm theo Quyết định này Kế hoạch … Kế hoạch
    này thay thế …", where the phrase is the attachment)."""
    reported = _reported(t, before, word, phrase, 400)[1]
    return reported is not None and f"kem theo {fold_key(own)} nay" not in t.folded(reported.end, phrase)


def _reported(t: Text, before: list[Mention], word: str | None, phrase: int,
              reach: int | None = None) -> tuple[bool, Mention | None]:
    """Whether the text told (in ``before``, the citations before the verb's) of a document of
    type ``word`` (any, for None) before ``phrase``, and which: the last one it reports, not one
    it acts on itself ("… căn cứ Quy định số 105-QĐ/TW để rà soát. Quy định này …" is the one
    issued before it). (True, None) when a body issued one of that type, unnumbered, since
    ("… ban hành Quy định về khung tiêu chuẩn … Quy định này …"); (False, None) when it told of
    none. ``reach``: only as far back as that."""
    last = reported = None
    latest = 0                          # where the last citation before the phrase ends
    for o in reversed(before):
        if o.end > phrase:
            continue
        if reach is not None and o.end < phrase - reach:
            break
        latest = max(latest, o.end)
        if (word is None or o.doc_type == word) and symbol_of(o):
            last = last or o
            if o.head.issued or (o.relation == "cites" and o.clause is None):
                reported = o
                break
    if latest and word is not None:
        # read with its diacritics and capital: folded, "đề ra" holds "ra", and "ban hành quyết
        # định giao chỉ tiêu" is no document's name
        unnumbered = _ISSUES_UNNUMBERED.get(word)
        if unnumbered is None:
            unnumbered = _ISSUES_UNNUMBERED[word] = re.compile(
                rf"(?<!\w)(?i:ban hành|ký|công bố|(?<!đề )ra)\s+(?:{re.escape(word)}|{re.escape(word.upper())})"
                r"(?!\w)(?!\s+(?:số|SỐ|\d))")
        if unnumbered.search(t.view, latest, phrase):
            return True, None
    return last is not None, reported or last


_ISSUES_UNNUMBERED: dict[str, re.Pattern] = {}


def _attaches(own: str) -> bool:
    return any(d.attaches and own.startswith(d.word) for d in tables().types)


def _same_kind(word: str, own: str) -> bool:
    """"Thông tư này" in a Thông tư liên tịch: the text itself."""
    return own.startswith(word) or word.startswith(own)


_BRING = re.compile(r"(?<![a-z])dua\s+(?:(?:cac|nhung)\s+)?$")
_INTO_LIFE = re.compile(r"\s*(?:\([^()\n]{0,40}\)\s*)?vao (?:cuoc song|thuc tien)(?![a-z])")


def _brought_to_life(t: Text, mentions: list[Mention]) -> None:
    """"đưa Nghị quyết số 29-NQ/TW vào cuộc sống" (into life, into practice) carries it out: the
    verb and its complement stand either side of the citation, where no cue is looked for.
    (Read at each citation, without first searching the whole text for the complement: that
    search cost more than these few look-ups.)"""
    for m in mentions:
        if m.relation != "cites" or m.clause is not None:
            continue
        begins = m.head.start if m.head.doc_type else m.start
        before = t.folded(max(0, begins - 16), begins)
        if ("dua" in before and _BRING.search(before)
                and (_INTO_LIFE.match(t.folded(m.end, m.end + 60))
                     or _INTO_LIFE.match(t.folded(m.tail.end, m.tail.end + 60)))):
            m.relation = "implements"


_ALIAS_INTRO = re.compile(r"\(\s*(?:(?:sau|duoi) day\s+)?(?:(?:duoc|se)\s+)?(?:goi|viet)(?:\s+tat)?(?:\s+la)?\s*:?\s*\"?$")


def _aliases_only_name(t: Text, mentions: list[Mention]) -> None:
    """The name a text gives a document ("(sau đây gọi tắt là Quy định 377)") names it; what the
    text does with the document, its citation earlier in the sentence says. Where that
    citation has no number ("Thực hiện Nghị quyết của Bộ Chính trị về … (sau đây gọi tắt là Nghị
    quyết số 57-NQ/TW)"), the name is the sentence's one mention of the document and keeps the
    relation, whatever the text said of it before."""
    for i, m in enumerate(mentions):
        if m.relation == "cites" or not i:
            continue
        begins = m.head.start if m.head.doc_type else m.start
        before = t.folded(max(0, begins - 40), begins)
        if not ("(" in before and _ALIAS_INTRO.search(before)):
            continue
        symbol = symbol_of(m)
        named = next((o for o in reversed(mentions[max(0, i - 16):i]) if symbol_of(o) == symbol), None)
        if named is not None and not has_boundary(t, named.end, begins):
            m.relation, m.cue = "cites", None


_SENTENCE_LEAD = re.compile(r"[\s\-+•*–]*(?:(?:[a-zđ]|\d{1,2})[.)][ \t]+)?")     # "a) Quy định 80 …"


def sentence_subject(t: Text, mentions: list[Mention], i: int, sentence: int, cue_start: int) -> Mention | None:
    """The citation whose act the verb at ``cue_start`` states, when it is not the text's: the
    one the sentence opens with ("Nghị định số 15/2020/NĐ-CP gồm 4 chương, … bãi bỏ …"), or
    one a body issues right before the verb ("… Tỉnh ủy ban hành Kế hoạch số 20-KH/TU ngày
    5/1/2018, thay thế Kế hoạch số 05-KH/TU"). None when the words between give the verb
    another subject ("…, do đó Quyết định này thay thế …", "…; nay sửa đổi …", "…, vì vậy Ủy
    ban nhân dân tỉnh bãi bỏ …"), or the document would act on itself or on a later one."""
    lead = _SENTENCE_LEAD.match(t.view, sentence).end()
    before = []                         # the sentence's citations before the verb, last first
    for j in range(i - 1, max(-1, i - 65), -1):
        other = mentions[j]
        if other.start < lead:
            break
        if _begins(other) >= lead and other.end <= cue_start:
            before.append(other)
    if not before:
        return _named_again(t, mentions, i, lead, cue_start)
    before.reverse()
    last = before[-1]
    reach = _reach(last)
    if len(before) >= 2 and symbol_of(last) is not None and symbol_of(last) == symbol_of(before[-2]) \
            and t.view[_reach(before[-2]):_begins(last)].strip() == "(":
        # the name given in brackets right after a document is that document: "… ban hành Quy
        # định số 22-QĐ/TW về … (Quy định 22) thay thế Quy định số 30-QĐ/TW"
        close = t.view.find(")", reach, cue_start)
        reach = close + 1 if close >= 0 and not t.view[reach:close].strip() else reach
        before.pop()
        last = before[-1]
    else:
        reach = _reach(last)
    if last.head.issued and _ONLY_PUNCTUATION.fullmatch(t.folded(reach, cue_start)):
        actor = last
    elif len(before) == 1 and _begins(last) == lead and _plain_stretch(t, reach, cue_start):
        actor = last
    else:
        return None
    target = mentions[i]
    if symbol_of(actor) is not None and symbol_of(actor) == symbol_of(target):
        return None
    if issued_after(target, actor):
        return None         # an older document acts on no later one: the verb is the text's
    return actor


def _named_again(t: Text, mentions: list[Mention], i: int, lead: int, cue_start: int) -> Mention | None:
    """The document a sentence names again by its bare type word, the last one of that type a
    body was said to issue just before: "Chính phủ ban hành Nghị định số 24/2023/NĐ-CP … Nghị
    định có hiệu lực từ ngày 01/7/2023, thay thế Nghị định số 38/2019/NĐ-CP" (not "Nghị định
    này", the text's own)."""
    if _ARTICLE_BEFORE.search(t.folded(max(0, lead - 12), lead)):
        return None
    if _ACCORDINGLY.fullmatch(t.folded(lead, cue_start)):
        word = None         # "… vừa ban hành Thông tư số 11/2023/TT-BGDĐT … Theo đó, bãi bỏ …"
    else:
        m = _bare_type_word().match(t.folded(lead, lead + 40))
        word = type_by_word().get(" ".join(m.group("word").split())) if m else None
        if word is None or not _plain_stretch(t, lead + m.end(), cue_start) \
                or _DIRECTS.search(t.folded(lead + m.end(), cue_start)):
            return None     # (another subject between: "Quyết định yêu cầu các huyện bãi bỏ …")
    for j in range(i - 1, max(-1, i - 20), -1):
        other = mentions[j]
        if other.end <= lead - SENTENCE_WINDOW:
            break
        # (one a body is said to issue: news of it; in a decree's own articles, "Nghị định có
        # hiệu lực …, thay thế …" is the decree itself, and the decrees it rests on are no actor)
        if other.end <= lead and (word is None or other.doc_type == word.word) and other.head.issued \
                and symbol_of(other) is not None:
            if word is not None and word.word in t.view[_reach(other):lead]:
                return None     # another of that type named since: "… ban hành Kế hoạch triển khai. Kế hoạch thay thế …"
            target = mentions[i]
            if symbol_of(other) == symbol_of(target) or issued_after(target, other):
                return None
            return other
    return None


# (folded) a verb that gives the next verb another subject: "Quyết định yêu cầu các huyện bãi bỏ …"
_DIRECTS = re.compile(r"(?<![a-z])(?:yeu cau|de nghi|giao|chi dao|cho phep)(?![a-z])")
_ACCORDINGLY = re.compile(r"\s*theo do\s*,?\s*")      # (folded) "Theo đó," and the verb: no subject
_ARTICLE_BEFORE = re.compile(r"(?<![a-z])dieu\s+\d+\s*[.:]\s*$")


@cache
def _bare_type_word() -> re.Pattern:
    words = "|".join(sorted(type_by_word(), key=len, reverse=True))     # (folded keys)
    return re.compile(rf"(?:theo do,?\s+)?(?P<word>{words})(?!\s+(?:nay|so|\d)|[a-z])")


def _begins(m: Mention) -> int:
    return m.head.start if m.head.doc_type else m.start


def _reach(m: Mention) -> int:
    """Where what a citation's own words say of it (date, issuer, title) ends."""
    clause = m.tail.clause
    return max(m.end, m.tail.end, clause.end if clause is not None else 0)


# (folded) "…, đồng thời bãi bỏ …", "… (thay thế …)" (round 48)
_ONLY_PUNCTUATION = re.compile(r"[\s,]*(?:\(\s*)?(?:dong thoi\s+)?")
_CAPITALISED = re.compile(rf"(?<!\w)[{UPPER}]")
# Words that give the verb after them a subject of its own, or start a new clause.
_NEW_SUBJECT = re.compile(r"[,.;]\s*nay(?![a-z])|(?<![a-z])(?:do do|do vay|vi vay|vi the|tren co so do"
                          r"|theo do|dong thoi|sau do|tiep do|tu do)(?![a-z])")
# (with diacritics: folded, "nên" is "nền" and "thì" is "thị", "thi đua")
_THEN = re.compile(r"(?<!\w)(?i:(?<!trở )nên|thì)(?!\w)")


def _plain_stretch(t: Text, start: int, end: int) -> bool:
    """Words between a sentence's first citation and its verb that describe the document only
    ("gồm 6 chương, 25 điều,", "có hiệu lực từ ngày 1/5/2024,"): no new clause, no "<type
    word> này", no body that could be the verb's subject."""
    folded = t.folded(start, end)
    if (_NEW_SUBJECT.search(folded) or _THEN.search(t.view, start, end)
            or "nay" in folded and this_text_regex().search(folded)):
        return False
    # a body acting is named with a capital ("Ủy ban nhân dân tỉnh bãi bỏ …")
    return not any(body_at(folded, w.start() - start)
                   for w in _CAPITALISED.finditer(t.view, start, end))
