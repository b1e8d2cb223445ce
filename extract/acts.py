"""Whose act a relation is: the text's own, or that of a document the text tells of.

Run after the relations are read (pipeline._attach_relations): each pass looks again at what
the words around a citation say of who acts ("Nghị định 247/2025/NĐ-CP sửa đổi …" in decree
247/2025 itself; "Quy định này thay thế …" in a plan that reports the regulation; "(sau đây
gọi tắt là Quy định 377)", which only names a document).
"""
from __future__ import annotations

import re

from .context import Text
from .mention import Mention, symbol_of, when
from .model import Clause, SourceDocument
from .relations import ACTING, SENTENCE_WINDOW, sentence_start, this_text_word
from .tables import type_by_word


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
    A page that shows no type of its own (a news item) names with it the last document of that
    type it cited before: "… công bố Quy định số 80-QĐ/TW … Quy định này thay thế …" (80 does)."""
    for i, m in enumerate(mentions):
        if m.relation not in ACTING or m.cue is None:
            continue
        # in the verb's clause, or opening its sentence ("Quy định này gồm 5 chương, 37 điều,
        # thay thế …")
        word = this_text_word(t, max(0, m.cue.start - 60), m.cue.start)
        if word is None and "nay" in t.folded(max(0, m.cue.start - SENTENCE_WINDOW), m.cue.start):
            lead = _SENTENCE_LEAD.match(t.view, sentence_start(t, m.cue.start)).end()
            word = this_text_word(t, lead, lead + 24) if lead < m.cue.start else None
        named = type_by_word().get(word) if word else None
        if named is None:
            continue
        if source.type is not None:
            if not _same_kind(named.word, source.type):
                m.relation, m.cue = "cites", None
            continue
        if source.symbol is not None:
            continue
        reported = next((o for o in reversed(mentions[:i]) if o.end <= m.cue.start
                         and o.doc_type == named.word and symbol_of(o)), None)
        if reported is not None:
            m.clause = Clause(symbol_of(reported), reported.start, m.relation, m.cue)
            m.relation, m.cue = "cites", None


def _same_kind(word: str, own: str) -> bool:
    """"Thông tư này" in a Thông tư liên tịch, "Văn bản này" in any text: the text itself."""
    return word == "Văn bản" or own.startswith(word) or word.startswith(own)


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
    text does with the document, the full citation before it says."""
    for m in mentions:
        if m.relation == "cites":
            continue
        begins = m.head.start if m.head.doc_type else m.start
        before = t.folded(max(0, begins - 40), begins)
        if "(" in before and _ALIAS_INTRO.search(before):
            m.relation, m.cue = "cites", None


_SENTENCE_LEAD = re.compile(r"[\s\-+•*–]*(?:(?:[a-zđ]|\d{1,2})[.)][ \t]+)?")     # "a) Quy định 80 …"


def sentence_subject(t: Text, mentions: list[Mention], i: int, sentence: int, cue_start: int) -> Mention | None:
    """The citation a sentence opens with, whole before ``cue_start``: the subject of the
    sentence's verb ("Nghị định số 15/2020/NĐ-CP gồm 4 chương, … bãi bỏ …")."""
    lead = _SENTENCE_LEAD.match(t.view, sentence).end()
    for j in range(i - 1, max(-1, i - 64), -1):
        other = mentions[j]
        begins = other.head.start if other.head.doc_type else other.start
        if begins < lead:
            return None
        if begins == lead:
            return other if other.end <= cue_start else None
    return None
