"""Whose act a relation is: the text's own, or that of a document the text tells of.

Run after the relations are read (pipeline._attach_relations): each pass looks again at what
the words around a citation say of who acts ("Nghị định 247/2025/NĐ-CP sửa đổi …" in decree
247/2025 itself; "Quy định này thay thế …" in a plan that reports the regulation; "(sau đây
gọi tắt là Quy định 377)", which only names a document).
"""
from __future__ import annotations

import re

from .context import Text
from .mention import Mention, issued_after, symbol_of, when
from .model import Clause, SourceDocument
from .relations import ACTING, SENTENCE_WINDOW, sentence_start, this_text_at, this_text_regex
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
    """"<type word> này" before an amending verb names the text only if the text is of that type:
    a plan's "Quy định này thay thế Quy định số 105-QĐ/TW" tells of the regulation it reports.
    "Văn bản này" is always the text; in a text that issues attachments (a Quyết định) any
    "<type> này" is the text's own attachment ("Quy chế này thay thế …"). A page that shows
    no type of its own (a news item) names with it the document of that type it last reported
    before the phrase, preferring one it says was issued: "… công bố Quy định số 80-QĐ/TW …
    Quy định này thay thế …" (80 does)."""
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
        if found is None or found[0] == "van ban":
            continue
        word, phrase = found
        named = type_by_word().get(word)
        if named is None:
            continue
        if source.type is not None:
            if not (attaching or _same_kind(named.word, source.type)):
                m.relation, m.cue = "cites", None
            continue
        if source.symbol is not None:
            continue
        told, reported = _reported(t, mentions[max(0, i - 64):i], named.word, phrase)
        if told:
            if reported is not None and not issued_after(m, reported):
                m.clause = Clause(symbol_of(reported), reported.start, m.relation, m.cue)
            m.relation, m.cue = "cites", None


def _reported(t: Text, before: list[Mention], word: str, phrase: int) -> tuple[bool, Mention | None]:
    """Whether a news item told (in ``before``, the citations before the verb's) of a document
    of type ``word`` before ``phrase``, and which:
    the last one it says was issued, else the last one. (True, None) when the type word is
    written after them without a number ("… ban hành Quy định về khung tiêu chuẩn … Quy định
    này …": an unnumbered one); (False, None) when it told of none."""
    last = issued = None
    latest = 0                          # where the last citation before the phrase ends
    for o in reversed(before):
        if o.end > phrase:
            continue
        latest = max(latest, o.end)
        if o.doc_type == word and symbol_of(o):
            last = last or o
            if o.head.issued:
                issued = o
                break
    at = t.folded(latest, phrase).find(fold_key(word))
    if at >= 0 and t.view[latest + at:latest + at + 1].isupper():
        return True, None
    return last is not None, issued or last


def _attaches(own: str) -> bool:
    return any(d.attaches and own.startswith(d.word) for d in tables().types)


def _same_kind(word: str, own: str) -> bool:
    """"Thông tư này" in a Thông tư liên tịch: the text itself."""
    return own.startswith(word) or word.startswith(own)


_BRING = re.compile(r"(?<![a-z])dua\s+(?:(?:cac|nhung)\s+)?$")
_INTO_LIFE = re.compile(r"\s*(?:\([^()\n]{0,40}\)\s*)?vao (?:cuoc song|thuc tien)(?![a-z])")


def _brought_to_life(t: Text, mentions: list[Mention]) -> None:
    """"đưa Nghị quyết số 29-NQ/TW vào cuộc sống" (into life, into practice) carries it out: the
    verb and its complement stand either side of the citation, where no cue is looked for."""
    if not (t.says("vao cuoc song") or t.says("vao thuc tien")):
        return
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
    text does with the document, the full citation before it says. Where that citation has
    no number ("Thực hiện Nghị quyết của Bộ Chính trị về … (sau đây gọi tắt là Nghị quyết số
    57-NQ/TW)"), the name is the only mention of the document and keeps the relation."""
    named: set[str] = set()             # symbols cited before, in text order
    for m in mentions:
        symbol = symbol_of(m)
        if m.relation != "cites" and (m.short or symbol in named):
            begins = m.head.start if m.head.doc_type else m.start
            before = t.folded(max(0, begins - 40), begins)
            if "(" in before and _ALIAS_INTRO.search(before):
                m.relation, m.cue = "cites", None
        if symbol:
            named.add(symbol)


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
        return None
    before.reverse()
    last = before[-1]
    if last.head.issued and _ONLY_PUNCTUATION.fullmatch(t.view, _reach(last), cue_start):
        actor = last
    elif len(before) == 1 and _begins(last) == lead and _plain_stretch(t, _reach(last), cue_start):
        actor = last
    else:
        return None
    target = mentions[i]
    if symbol_of(actor) is not None and symbol_of(actor) == symbol_of(target):
        return None
    if issued_after(target, actor):
        return None         # an older document acts on no later one: the verb is the text's
    return actor


def _begins(m: Mention) -> int:
    return m.head.start if m.head.doc_type else m.start


def _reach(m: Mention) -> int:
    """Where what a citation's own words say of it (date, issuer, title) ends."""
    clause = m.tail.clause
    return max(m.end, m.tail.end, clause.end if clause is not None else 0)


_ONLY_PUNCTUATION = re.compile(r"[\s,]*")
_CAPITALISED = re.compile(rf"(?<!\w)[{UPPER}]")
# Words that give the verb after them a subject of its own, or start a new clause.
_NEW_SUBJECT = re.compile(r"[,.;]\s*nay(?![a-z])|(?<![a-z])(?:do do|do vay|vi vay|vi the|tren co so do"
                          r"|theo do|dong thoi|sau do|tiep do|tu do)(?![a-z])")


def _plain_stretch(t: Text, start: int, end: int) -> bool:
    """Words between a sentence's first citation and its verb that describe the document only
    ("gồm 6 chương, 25 điều,", "có hiệu lực từ ngày 1/5/2024,"): no new clause, no "<type
    word> này", no body that could be the verb's subject."""
    folded = t.folded(start, end)
    if _NEW_SUBJECT.search(folded) or "nay" in folded and this_text_regex().search(folded):
        return False
    # a body acting is named with a capital ("Ủy ban nhân dân tỉnh bãi bỏ …")
    return not any(body_at(folded, w.start() - start)
                   for w in _CAPITALISED.finditer(t.view, start, end))
