"""A mention while it is being read: the record the pipeline's passes fill in, and what they
ask of it (its symbol, its date), before it becomes a Citation."""
from __future__ import annotations

from dataclasses import dataclass

from .context import Head, Tail
from .model import Clause, Span
from .symbols import Symbol
from .tables import DocType


@dataclass(slots=True)
class Mention:
    """A mention while it is being read; becomes a Citation at the end. (In slots, without
    an instance dict: it is built twice a citation, and the passes read its fields often.)"""
    start: int
    end: int
    head: Head
    tail: Tail
    symbol: Symbol | None = None
    number: str | None = None
    doc_type: str | None = None
    short_type: DocType | None = None        # the type word of a short form, which has no symbol
    short_year: int | None = None            # a short form's year ("Nghị định 137/2020")
    resolved: "Mention | None" = None
    relation: str = "cites"
    clause: Clause | None = None
    cue: Span | None = None
    passive: Span | None = None              # "được sửa đổi, bổ sung bởi" right before it
    date: object = None
    issuer: object = None
    glued: bool = False                      # a short form glued to its abbreviation ("TT200")

    @property
    def short(self) -> bool:
        return self.short_type is not None


def symbol_of(m: Mention) -> str | None:
    if m.symbol:
        return m.symbol.canonical
    return m.resolved.symbol.canonical if m.resolved else None


def issued_after(m: Mention, other: Mention) -> bool:
    """Whether ``m`` is dated, or numbered in a year, after ``other``."""
    (a, a_year), (b, b_year) = when(other), when(m)
    return bool((a and b and a < b) or (a_year and b_year and a_year < b_year))


def when(m: Mention) -> tuple[object, int | None]:
    """A mention's date, and its year (the symbol's, else the date's), as far as stated."""
    full = m.resolved if m.short else m
    date = m.tail.date or m.date or m.head.date
    year = (full.symbol.year if full and full.symbol else None) or (date.year if date else None)
    return date, year
