"""Which real-world document a mention names: canonical keys and URIs.

URI template (ELI-style, documented in ontology/DESIGN.md):

    https://w3id.org/danchieu/eli/{family}/{scope}/{issuer}/{type}/{period}/{number}

scope is ``vn`` for a central issuer, else the place path of a local one ("thanh-hoa",
"thanh-hoa.sam-son"); period is the central Party term for central Party documents (their
numbers restart every term), the year otherwise, and ``_`` when the mention does not tell.
Each segment is percent-encoded: symbols hold "/" and "Đ", and folding Đ to D would make
ĐA (Đề án) and DA (Dự án) collide.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from urllib.parse import quote, unquote

from rdflib import URIRef

from . import tables
from .vocab import DOC, ORG, PLACE

UNKNOWN = "_"
ROMAN = re.compile(r"^[IVXL]+$")


@dataclass(frozen=True, slots=True)
class Symbol:
    """A canonical symbol split into its parts ("29-NQ/TW", "93/2021/NĐ-CP", "5973/UBND-KT")."""
    text: str
    number: str
    year: int | None
    type_code: str | None
    issuer: str
    party_style: bool

    @property
    def lead_issuer(self) -> str:
        return self.issuer.split("-")[0]


@lru_cache(maxsize=1 << 16)      # a build parses the same symbols in file after file
def parse_symbol(symbol: str) -> Symbol | None:
    m = re.fullmatch(r"([^/\-]+)-([^/]+)/(.+)", symbol)
    if m:   # Party style NUMBER-TYPE/ISSUER
        return Symbol(symbol, m[1], None, m[2], m[3], True)
    parts = symbol.split("/")
    if len(parts) == 1:   # legacy state style "64-CP"
        number, _, issuer = symbol.partition("-")
        return Symbol(symbol, number, None, None, issuer, False) if issuer else None
    number, rest = parts[0], parts[1:]
    year = int(rest.pop(0)) if len(rest) > 1 and re.fullmatch(r"(?:19|20)\d\d", rest[0]) else None
    groups = "/".join(rest).split("-")
    if len(groups) > 1 and tables.fold(groups[0]) in tables.type_codes():
        return Symbol(symbol, number, year, groups[0], "-".join(groups[1:]), False)
    return Symbol(symbol, number, year, None, "-".join(groups), False)   # law, công văn


@dataclass(frozen=True, slots=True)
class Place:
    """A locality at province level, or below it (district, commune) with its province."""
    name: str
    province: str | None
    level: str

    @property
    def path(self) -> str:
        if self.level == "tỉnh":
            return tables.slug(self.name)
        return f"{tables.slug(self.province) if self.province else UNKNOWN}.{tables.slug(self.name)}"

    @property
    def uri(self) -> URIRef:
        return URIRef(PLACE + self.path)

    def province_place(self) -> Place | None:
        if self.level == "tỉnh":
            return self
        return Place(self.province, self.province, "tỉnh") if self.province else None


_PREFIX = [("thanh pho", "huyện"), ("tp.", "huyện"), ("tp", "huyện"), ("thi xa", "huyện"),
           ("huyen", "huyện"), ("quan", "huyện"), ("tinh", "tỉnh"), ("thi tran", "xã"),
           ("xa", "xã"), ("phuong", "xã")]


def place_of(locality: str | None, province: str | None = None, level: str | None = None) -> Place | None:
    """Read a locality as written ("thành phố Sầm Sơn", "tỉnh Thanh Hoá", "Quảng Nam")."""
    if not locality:
        return Place(province, province, "tỉnh") if province else None
    name, folded, said = locality.strip(), tables.fold(locality), None
    for word, lvl in _PREFIX:
        if folded.startswith(word + " "):
            name, folded, said = name[len(word) + 1:].strip(), folded[len(word) + 1:], lvl
            break
    provs = tables.provinces()
    if folded in provs and (said in (None, "tỉnh") or provs[folded] in tables.cities()):
        return Place(provs[folded], provs[folded], "tỉnh")
    if folded in tables.districts():
        district, prov = tables.districts()[folded]
        return Place(district, prov, "huyện")
    lvl = said or (level if level in ("huyện", "xã") else "huyện")
    return Place(name, province, lvl)


@lru_cache(maxsize=1 << 16)          # a build writes the same few segments again and again
def _segment(text: str) -> str:
    return quote(text, safe="")


@dataclass(frozen=True, slots=True)
class Key:
    """The identity of a document: the URI template's segments."""
    family: str
    scope: str
    issuer: str
    type: str
    period: str
    number: str

    @property
    def uri(self) -> URIRef:
        segs = (self.family, self.scope, self.issuer, self.type, self.period, self.number)
        return URIRef(DOC + "/".join(_segment(s) for s in segs))

    @property
    def floating(self) -> Key:
        return replace(self, period=UNKNOWN)

    @property
    def placeless(self) -> Key:
        """The key with the province left out ("quang-ninh.luong-minh" -> "_.luong-minh")."""
        return replace(self, scope=UNKNOWN + "." + self.scope.partition(".")[2]) if self.is_local_place else self

    @property
    def is_local_place(self) -> bool:
        """A place below a province, the province known ("thanh-hoa.sam-son")."""
        return "." in self.scope and not self.scope.startswith(UNKNOWN)

    @property
    def lacks_province(self) -> bool:
        """A place below a province the text does not name ("_.luong-minh")."""
        return self.scope.startswith(UNKNOWN + ".")

    def partial_forms(self) -> list[Key]:
        """The incomplete keys a mention of this document may carry: without its period,
        without its province, without both. Only what this key knows it can stand for."""
        forms = []
        if self.period != UNKNOWN:
            forms.append(self.floating)
        if self.is_local_place:
            forms.append(self.placeless)
            if self.period != UNKNOWN:
                forms.append(self.placeless.floating)
        return forms

    @classmethod
    def from_uri(cls, uri: str) -> Key | None:
        if not uri.startswith(DOC):
            return None
        segs = [unquote(s) for s in uri[len(DOC):].split("/")]
        return cls(*segs) if len(segs) == 6 else None


def unnumbered_uri(name: str) -> URIRef:
    """A document without a number: known only from its own file, named by the file's key
    without its suffix ("000_adf824d3a700fd9c", "real/009_mttq-...")."""
    return URIRef(DOC + "unnumbered/" + quote(name, safe="/"))


def family_of(sym: Symbol, stated: str | None) -> str:
    if stated:
        return stated
    code = tables.issuer_code(sym.lead_issuer)
    if code and code.family:
        return code.family
    return "party" if sym.party_style else "state"


def is_central(sym: Symbol, level: str | None) -> bool:
    code = tables.issuer_code(sym.lead_issuer)
    return (code is not None and code.level == "Trung ương") or level == "Trung ương"


def local_place(sym: Symbol, locality: str | None, level: str | None,
                context: Place | None) -> Place | None:
    """Where a local issuer sits: as stated, else implied by the citing document.

    "của Ban Thường vụ Tỉnh ủy" in a Sầm Sơn plan is the Tỉnh ủy of Thanh Hóa: a tỉnh-level
    body takes the citing document's province. A body whose level is unknown also takes the
    province: numbers of two provinces must never merge, and the province is the widest
    place the citing text lets us assume.
    """
    code = tables.issuer_code(sym.lead_issuer)
    level = level or (code.level if code else None)
    province = context.province if context else None
    if locality:
        return place_of(locality, province, level)
    if context is None:
        return None
    if level in ("huyện", "xã") and context.level == level:
        return context
    return context.province_place()


def period_of(sym: Symbol, family: str, central: bool, date: dt.date | None,
              term: str | None, year: int | None) -> str:
    if sym.year:
        return str(sym.year)
    if family == "party" and central:
        if date:
            return tables.term_for_date(date) or UNKNOWN
        if term and ROMAN.match(term.upper()):
            return term.upper()
        return (year and tables.term_for_year(year)) or UNKNOWN
    if date:
        return str(date.year)
    return str(year) if year else UNKNOWN


def key_of(symbol: str, *, family: str | None, locality: str | None, level: str | None,
           date: dt.date | None, term: str | None, year: int | None,
           context: Place | None) -> tuple[Key, Place | None] | None:
    """The key of a document named by its symbol and what the text says around it."""
    sym = parse_symbol(symbol)
    if sym is None:
        return None
    fam = family_of(sym, family)
    central = is_central(sym, level)
    place = None if central else local_place(sym, locality, level, context)
    scope = "vn" if central else (place.path if place else UNKNOWN)
    period = period_of(sym, fam, central, date, term, year)
    number = bare_number(sym.number)
    return Key(fam, scope, sym.issuer, sym.type_code or UNKNOWN, period, number), place


def bare_number(number: str) -> str:
    """A number without the zeros texts pad it with at will: "05/2000/TT-BXD" and
    "5/2000/TT-BXD" are one document."""
    return number.lstrip("0") or "0"


def org_uri(body: str, scope: str) -> URIRef:
    return URIRef(ORG + quote(scope, safe="") + "/" + tables.slug(body))


def code_agent_uri(code: str, scope: str) -> URIRef:
    return URIRef(ORG + quote(scope, safe="") + "/code/" + quote(code, safe=""))
