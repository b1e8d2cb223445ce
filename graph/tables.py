"""Reference data the graph needs, read from the extractor's tables and the ontology.

The tables stay where the extractor keeps them (extract/tables/*.toml); the graph reads them
rather than copying them, so a new type or issuer code reaches both stages at once.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from danchieu.extract.normalize import fold_key
from danchieu.extract.tables import DocType, IssuerCode, tables


# Names, codes and places: a build folds the same few thousand strings over and over.
fold = lru_cache(maxsize=1 << 16)(fold_key)


@lru_cache(maxsize=1 << 16)
def slug(text: str) -> str:
    """A readable URI segment for a name ("Thanh Hoá" -> "thanh-hoa")."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def doc_types() -> tuple[DocType, ...]:
    return tables().types


@cache
def type_codes() -> frozenset[str]:
    return frozenset(fold(c) for t in doc_types() for c in t.codes)


def type_by_word(word: str | None) -> DocType | None:
    if not word:
        return None
    key = fold(word)
    return next((t for t in doc_types() if fold(t.word) == key), None)


def type_by_code(code: str | None, family: str | None) -> DocType | None:
    """The type a symbol's code names; a shared code (QĐ, TT) goes to its family's default."""
    if not code:
        return None
    hits = [t for t in doc_types() if fold(code) in {fold(c) for c in t.codes}]
    if len(hits) > 1:
        hits = [t for t in hits if family in t.default_for] or hits
    return hits[0] if hits else None


@cache
def issuer_codes() -> dict[str, IssuerCode]:
    return {fold(c.code): c for c in tables().issuers}


def issuer_code(code: str) -> IssuerCode | None:
    """Look a code up, also without a trailing khóa number (QH13 -> QH, UBTVQH15 -> UBTVQH)."""
    table = issuer_codes()
    key = fold(code)
    return table.get(key) or table.get(re.sub(r"\d+$", "", key))


@cache
def provinces() -> dict[str, str]:
    """Folded province name -> canonical name (a renamed province's name now)."""
    renamed = tables().renamed
    return {fold(n): renamed.get(n, n) for n in tables().provinces}


@cache
def cities() -> frozenset[str]:
    """Centrally-run cities: "thành phố X" for these is a province."""
    return frozenset(tables().central_cities)


@cache
def districts() -> dict[str, tuple[str, str]]:
    """Folded district name -> (canonical district, canonical province)."""
    return {fold(d): (d, p) for d, p in tables().districts.items()}


@dataclass(frozen=True, slots=True)
class PartyTerm:
    roman: str
    start: dt.date


@cache
def party_terms() -> tuple[PartyTerm, ...]:
    """Central Party terms (khóa) with their start dates, from ontology/danchieu.ttl."""
    from rdflib import Graph
    from .vocab import DCH
    g = Graph().parse(resources.files("danchieu.ontology") / "danchieu.ttl", format="turtle")
    terms = [PartyTerm(str(g.value(t, DCH.roman)), g.value(t, DCH.startDate).toPython())
             for t in g.subjects(predicate=DCH.startDate)]
    return tuple(sorted(terms, key=lambda t: t.start))


def term_for_date(day: dt.date) -> str | None:
    """The central Party term in force on a day (numbers restart at each term)."""
    current = None
    for term in party_terms():
        if term.start <= day:
            current = term.roman
    return current


def term_for_year(year: int) -> str | None:
    """A term when the whole year lies inside one term (not in a congress year)."""
    first, last = term_for_date(dt.date(year, 1, 1)), term_for_date(dt.date(year, 12, 31))
    return first if first == last else None
