"""Reference data the graph needs, read from the extractor's tables and the ontology.

The tables stay where the extractor keeps them (extract/tables/*.toml); the graph reads them
rather than copying them, so a new type or issuer code reaches both stages at once.
"""
from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

import datetime as dt


def fold(text: str) -> str:
    """Lower case, no diacritics, đ -> d, single spaces: how names are compared."""
    text = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", text).strip().lower()


def slug(text: str) -> str:
    """A readable URI segment for a name ("Thanh Hoá" -> "thanh-hoa")."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def _toml(name: str) -> dict:
    return tomllib.loads((resources.files("danchieu.extract") / "tables" / name).read_text("utf-8"))


@dataclass(frozen=True, slots=True)
class DocType:
    word: str
    english: str
    codes: tuple[str, ...]
    default_for: tuple[str, ...]

    @property
    def slug(self) -> str:
        return slug(self.word)


@dataclass(frozen=True, slots=True)
class IssuerCode:
    code: str
    family: str | None
    level: str | None
    body: str | None


@cache
def doc_types() -> tuple[DocType, ...]:
    return tuple(DocType(t["word"], t["english"], tuple(t.get("codes", ())),
                         tuple(t.get("default_for", ()))) for t in _toml("types.toml")["type"])


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
    return {fold(c["code"]): IssuerCode(c["code"], c.get("family"), c.get("level"), c.get("body"))
            for c in _toml("issuers.toml")["code"]}


def issuer_code(code: str) -> IssuerCode | None:
    """Look a code up, also without a trailing khóa number (QH13 -> QH, UBTVQH15 -> UBTVQH)."""
    table = issuer_codes()
    key = fold(code)
    return table.get(key) or table.get(re.sub(r"\d+$", "", key))


@cache
def provinces() -> dict[str, str]:
    """Folded province name -> canonical name."""
    return {fold(n): n for n in _toml("localities.toml")["province"]["names"]}


@cache
def cities() -> frozenset[str]:
    """Centrally-run cities: "thành phố X" for these is a province."""
    return frozenset(_toml("localities.toml")["province"]["cities"])


@cache
def districts() -> dict[str, tuple[str, str]]:
    """Folded district name -> (canonical district, canonical province)."""
    return {fold(d): (d, p) for d, p in _toml("localities.toml")["district"].items()}


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
