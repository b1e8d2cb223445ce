"""The relation a text states towards each document it cites.

A cue word ("Thực hiện", "Căn cứ", "tổng kết ... thực hiện") governs the citations after it in
its sentence, so "Thực hiện A; B và C" says the text implements all three. The cue nearest to
a citation wins. A cue inside another citation's own clause ("A về tiếp tục thực hiện B")
belongs to that clause: it states that A implements B, and is not the text's own word.
"""
from __future__ import annotations

import re

from .context import Text
from .model import Span
from .tables import cue_regex, tables

SENTENCE_WINDOW = 600

# A sentence ends at ".", "!" or "?" before a capital, digit or bullet, at a blank line, or
# at a line break not followed by a lower-case continuation.
_BOUNDARY = re.compile(r"[.!?]\s+(?=[A-ZĐÀ-Ỹ0-9\-+•*])|\n\s*(?![a-zđà-ỹ])")


def sentence_start(text: Text, pos: int) -> int:
    lo = max(0, pos - SENTENCE_WINDOW)
    last = lo
    for m in _BOUNDARY.finditer(text.view, lo, pos):
        last = m.end()
    return last


def find_cue(text: Text, start: int, end: int, skip: list[Span]) -> tuple[str, Span] | None:
    """The cue nearest to ``end`` in [start, end), ignoring cues inside ``skip`` spans."""
    if end <= start:
        return None
    folded = text.folded(start, end)
    cues = tables().cues
    best = None
    for m in cue_regex().finditer(folded):
        span = Span(start + m.start(), start + m.end())
        if any(s.start <= span.start < s.end for s in skip):
            continue
        cue = cues[int(m.lastgroup[1:])]
        if cue.reach is not None and end - span.end > cue.reach:
            continue
        best = (cue.relation, span)
    return best


def relation_of(cue: tuple[str, Span] | None) -> str:
    return cue[0] if cue else "cites"
