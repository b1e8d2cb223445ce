"""From what a user types to one document: "Quy định 124", "QĐ 124", "124-QĐ/TW",
"Nghị quyết 29 khóa XIII", "NQ 29", "Kế hoạch 619", or an IRI.

The text is read with the extractor's own tables: its symbol grammar (canonical symbols),
its type words, aliases and type codes, and its folding (case, diacritics, look-alike
letters). Several matching documents are never settled silently: ``Ambiguous`` lists them
with date, issuer and title, and ``year``/``pick`` choose.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from danchieu.extract import symbols as extract_symbols
from danchieu.extract import tables as extract_tables
from danchieu.extract.normalize import fold, match_view, nfc
from danchieu.graph import tables as graph_tables
from danchieu.graph.identity import UNKNOWN, Key
from danchieu.graph.vocab import TYPE

from ._sparql import is_iri, literal, metadata, select, session, values

CANDIDATE_COLUMNS = ["id", "symbol", "type", "title", "date", "issuer", "term"]


class LookupError_(LookupError):
    pass


class NotFound(LookupError_):
    """Nothing in the graph matches what was typed."""

    def __init__(self, text: str, reason: str = ""):
        self.text = text
        self.reason = reason
        super().__init__(f"no document matches {text!r}" + (f": {reason}" if reason else ""))


class Ambiguous(LookupError_):
    """Several documents match; ``candidates`` (a DataFrame: id, symbol, type, title, date,
    issuer, term) lists them in the order ``pick`` counts (1 = first)."""

    def __init__(self, text: str, candidates: pd.DataFrame):
        self.text = text
        self.candidates = candidates
        super().__init__(f"{len(candidates)} documents match {text!r}; "
                         "choose one with year= or pick= (1 = first candidate)")


@dataclass(frozen=True, slots=True)
class Query:
    """What a typed reference asks for."""
    text: str
    symbol: str | None = None          # canonical symbol ("124-QĐ/TW")
    number: str | None = None
    types: tuple[str, ...] = ()        # type words that may match ("Quy định")
    issuer: str | None = None          # an issuer code given after the number ("TW")
    term: str | None = None            # roman khóa ("XIII")
    year: int | None = None


_ROMAN = {"viii": "VIII", "ix": "IX", "x": "X", "xi": "XI", "xii": "XII", "xiii": "XIII",
          "xiv": "XIV", "xv": "XV"}
_ARABIC = {"8": "VIII", "9": "IX", "10": "X", "11": "XI", "12": "XII", "13": "XIII",
           "14": "XIV", "15": "XV"}
_TERM = re.compile(r"\bkhoa\s+(xv|xiv|xiii|xii|xi|x|ix|viii|1[0-5]|[89])\b")
_YEAR = re.compile(r"(?:\bnam\s+|,\s*|\s)((?:19|20)\d\d)\s*$|\bnam\s+((?:19|20)\d\d)\b")
_NUMBER = re.compile(r"^(?:so\s+)?(\d{1,5}(?:\.\d{1,3})?)(.*)$")


def _strip_at(text: str, folded: str, m: re.Match, group: int = 0) -> tuple[str, str]:
    a, b = m.span(group)
    return text[:a] + " " * (b - a) + text[b:], folded[:a] + " " * (b - a) + folded[b:]


def parse(text: str) -> Query:
    """Read a typed reference. Raises NotFound when it names no document at all."""
    raw = text
    view = match_view(nfc(text or "")).strip()
    folded = fold(view)   # same length as view
    if not view:
        raise NotFound(raw, "empty")
    term = year = None
    m = _TERM.search(folded)
    if m:
        term = _ROMAN.get(m[1]) or _ARABIC[m[1]]
        view, folded = _strip_at(view, folded, m)
    found = extract_symbols.find_symbols(view)
    if found:
        sym = found[0]
        rest = (view[:sym.start] + " " + view[sym.end:]).strip()
        m = re.search(r"(?:19|20)\d\d", fold(rest))
        if m:
            year = int(m[0])
        types = _types(fold(view[:sym.start]).strip())
        return Query(raw, symbol=sym.canonical, number=sym.number, types=types, term=term,
                     year=year or sym.year)
    m = _YEAR.search(folded)
    if m:
        group = 1 if m[1] else 2
        year = int(m[group])
        view, folded = _strip_at(view, folded, m)
    folded = re.sub(r"\s+", " ", folded).strip()
    view = re.sub(r"\s+", " ", view).strip()
    # A type word, alias or code, then the number.
    head, types = _leading_type(folded)
    rest_f = folded[len(head):].strip()
    rest_v = view[len(view) - len(rest_f):] if rest_f else ""
    m = _NUMBER.match(rest_f)
    if not m:
        raise NotFound(raw, "no document number in it")
    number, tail = m[1], rest_v[len(rest_v) - len(m[2]):].strip() if m[2] else ""
    issuer = None
    if tail:
        parts = re.split(r"[/\s]+", tail.strip("-/ "))
        code = parts[-1] if parts and parts[-1] else None
        if code and re.fullmatch(r"[\w\-Đđ]+", code):
            issuer = code
        # a type code written after the number ("124-QĐ") narrows the type too
        tc = re.match(r"^-?\s*([^\s/\-]+)", tail)
        if tc and not types:
            types = _types_for_code(tc[1])
    return Query(raw, number=number, types=types, issuer=issuer, term=term, year=year)


def _types_for_code(code: str) -> tuple[str, ...]:
    official = extract_tables.type_codes().get(code.casefold())
    if not official:
        return ()
    return tuple(t.word for t in extract_tables.types_by_code().get(official, ()))


def _types(prefix: str) -> tuple[str, ...]:
    head, types = _leading_type(prefix)
    return types if head and head.strip() == prefix.strip() else ()


def _leading_type(folded: str) -> tuple[str, tuple[str, ...]]:
    """The type word (or code) the text starts with, and the types it may mean.

    A type code ("QĐ", "NQ") means every type that carries it (QĐ: Quyết định and Quy
    định); a type word means that type only."""
    best, types = "", ()
    for word, t in extract_tables.type_by_word().items():
        if (folded == word or folded.startswith(word + " ")) and len(word) > len(best):
            best, types = word, (t.word,)
    for code in extract_tables.type_codes():
        c = fold(code)
        if (folded == c or folded.startswith(c + " ")) and len(c) >= len(best):
            best, types = c, _types_for_code(code)
    return best, types


def _number_variants(number: str) -> list[str]:
    base = number.lstrip("0") or "0"
    out = {number, base}
    if "." not in base:
        out |= {base.zfill(2), base.zfill(3)}
    return sorted(out)


def _type_iris(types: tuple[str, ...]) -> list[str]:
    out = []
    for word in types:
        t = graph_tables.type_by_word(word)
        if t:
            out.append(f"<{TYPE}{graph_tables.slug(t.word)}>")
    return out


def candidates(query: Query, store) -> list[dict]:
    """Every document matching the parsed reference, with its metadata."""
    if query.symbol:
        q = f"""SELECT DISTINCT ?d WHERE {{ {values('s', [literal(query.symbol)])}
                 ?d eli:id_local ?s }}"""
    else:
        type_filter = ""
        tiris = _type_iris(query.types)
        if query.types and tiris:
            type_filter = f"{values('t', tiris)} ?d eli:type_document ?t ."
        q = f"""SELECT DISTINCT ?d WHERE {{
                 {values('n', [literal(n) for n in _number_variants(query.number)])}
                 ?d eli:number ?n . {type_filter} }}"""
    nodes = [r["d"] for r in select(store, q)]
    metas = list(metadata(store, nodes).values())
    metas = [m for m in metas if _matches(m, query)]
    return _without_floating_twins(metas)


def _matches(meta: dict, q: Query) -> bool:
    allv = meta["all"]
    key = Key.from_uri(meta["id"])
    if q.types and not (set(q.types) & allv.get("type", set())):
        return False
    if q.issuer:
        want = fold(q.issuer)
        codes = {fold(key.issuer)} if key else set()
        codes |= {fold(s.split("/")[-1].split("-", 1)[-1]) for s in allv.get("symbol", ())}
        codes |= {fold(s.split("/")[-1]) for s in allv.get("symbol", ())}
        if want not in codes and not any(c.startswith(want + "-") for c in codes):
            return False
    if q.term:
        terms = set(allv.get("term", ())) | ({key.period} if key else set())
        if q.term not in terms:
            return False
    if q.year and not _in_year(meta, key, q.year):
        return False
    return True


def _in_year(meta: dict, key: Key | None, year: int) -> bool:
    dates = meta["all"].get("date", set())
    if dates:
        return any(d.startswith(str(year)) for d in dates)
    if key and key.period == str(year):
        return True
    if key and key.period != UNKNOWN and key.family == "party" and key.scope == "vn":
        return graph_tables.term_for_year(year) == key.period
    return False


def _without_floating_twins(metas: list[dict]) -> list[dict]:
    """An undated node (…/_/29) stands for "one of the dated ones" when they exist: it is
    not a candidate of its own then."""
    dated = set()
    for m in metas:
        key = Key.from_uri(m["id"])
        if key and key.period != UNKNOWN:
            dated.add(str(key.floating.uri))
    return [m for m in metas if m["id"] not in dated]


def _order(metas: list[dict]) -> list[dict]:
    return sorted(metas, key=lambda m: (m["date"] or "9999", m["symbol"] or "", m["id"]))


def candidates_frame(metas: list[dict]) -> pd.DataFrame:
    return pd.DataFrame([{c: m.get(c) for c in CANDIDATE_COLUMNS} for m in metas],
                        columns=CANDIDATE_COLUMNS)


def resolve_in(store, text: str, year: int | None = None, pick: int | None = None) -> str:
    text = str(text)
    if re.match(r"^\s*(?:https?|urn|file):", text, re.I):
        text = text.strip()
        if not is_iri(text):
            raise NotFound(text, "not a valid IRI")
        hit = select(store, f"SELECT ?d WHERE {{ {values('d', [f'<{text}>'])} "
                            "{ ?d ?p ?o } UNION { ?s ?p ?d } } LIMIT 1")
        if not hit:
            raise NotFound(text, "not in the graph")
        return text
    query = parse(text)
    metas = _order(candidates(query, store))
    if year is not None:
        metas = [m for m in metas if _in_year(m, Key.from_uri(m["id"]), int(year))]
    if not metas:
        raise NotFound(text, f"nothing of year {year}" if year is not None else "")
    if pick is not None:
        if not 1 <= int(pick) <= len(metas):
            raise NotFound(text, f"pick {pick} is out of range 1..{len(metas)}")
        return metas[int(pick) - 1]["id"]
    if len(metas) > 1:
        raise Ambiguous(text, candidates_frame(metas))
    return metas[0]["id"]


def resolve(text: str, *, year: int | None = None, pick: int | None = None,
            store=None, endpoint=None) -> str:
    """The IRI of the document ``text`` names.

    >>> resolve("Quy định 124")          # doctest: +SKIP
    'https://w3id.org/danchieu/eli/party/vn/TW/Q%C4%90/XII/124'

    Raises ``NotFound(text)``, or ``Ambiguous(text, candidates)`` when several documents
    match; ``year`` keeps those of that year, ``pick`` (1-based) takes one of the
    candidates in the order listed (by date).
    """
    with session(store, endpoint) as s:
        return resolve_in(s, text, year=year, pick=pick)
