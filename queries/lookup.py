"""From what a user types to one document: "Quy định 124", "QĐ 124", "124-QĐ/TW",
"Nghị quyết 29 khóa XIII", "NQ 29", "Kế hoạch 619", a source file's key, or an IRI.

The text is read with the extractor's own tables (type words, aliases and codes, issuer
codes, bodies, places) and its folding, after NFKC (full-width digits), so case, diacritics,
either tone placement ("hoá"/"hóa"), Cyrillic look-alikes and an ASCII "D" for "Đ" do not
matter. What is read:

- a symbol, whole or in part: "124-QĐ/TW", "93/2021/nd-cp", "29-NQ", "619/KH", "93/2021".
  Its codes must appear in the document's symbol, in that order ("619/KH" is 619/KH-MTTQ-BTT);
  an ASCII code matches its Đ spelling only when no document has the ASCII one. A year
  written in it must be the one written in the document's symbol (72/2022/QH14 is a law
  dated 2020), or for a symbol without a year ("29-NQ/TW") the document's year;
- a type word, alias or code before the number ("Quy định", "QĐ", "Nghị định");
- a khóa ("khóa XIII", "khoá 13"), a year ("năm 2021") or a date ("ngày 27/10/2021");
- issuer words after the number: a body ("của Bộ Chính trị"), a place ("Quảng Nam"), an
  issuer code ("TU") or other words of the issuer's name;
- the key of a source file as the tool prints it ("000_adf824d3a700fd9c.txt"), its stem,
  or the path it was built from: the document that file describes (a stem that also reads
  as a reference, "124" for a file 124.txt, lists both);
- an IRI in the graph.

Issuer words describe a document rather than identify it, and people misname issuers ("29 của
Bộ Chính trị" for the Ban Chấp hành's 29-NQ/TW: both carry the code TW, which is how a body
matches besides its name). So they narrow the candidates; when they fit none, the candidates
without them are listed (``Ambiguous``, even a single one, with a note saying so) rather than
"no document": the user sees what there is and picks (``year`` narrows that list, only
``pick`` settles it). Several candidates are never settled
silently: ``Ambiguous`` lists them with date, issuer and title, and ``year``/``pick`` choose.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

import pandas as pd

from danchieu.extract import tables as extract_tables
from danchieu.extract.normalize import fold, fold_key, match_view, nfc
from danchieu.extract.reader import SUFFIXES
from danchieu.graph import tables as graph_tables
from danchieu.graph.identity import UNKNOWN, Key, bare_number
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
    """Several documents match (or issuer words fit none of them: ``note`` says so);
    ``candidates`` (a DataFrame: id, symbol, type, title, date, issuer, term) lists them in
    the order ``pick`` counts (1 = first)."""

    def __init__(self, text: str, candidates: pd.DataFrame, note: str = ""):
        self.text = text
        self.candidates = candidates
        self.note = note
        super().__init__(f"{len(candidates)} documents match {text!r}"
                         + (f" ({note})" if note else "")
                         + "; choose one with year= or pick= (1 = first candidate)")


@dataclass(frozen=True, slots=True)
class Query:
    """What a typed reference asks for."""
    text: str
    symbol: str | None = None          # the symbol as typed, tidied ("93/2021/ND-CP")
    number: str | None = None
    types: tuple[str, ...] = ()        # type words that may match ("Quy định")
    codes: tuple[str, ...] = ()        # codes written after the number ("ND", "CP")
    symbol_year: int | None = None     # the year written in the symbol ("93/2021")
    issuer: str | None = None          # issuer words after the number ("của Bộ Chính trị")
    term: str | None = None            # roman khóa ("XIII")
    year: int | None = None            # a year said apart ("năm 2021", "ngày 27/10/2021")


# ---------------------------------------------------------------- reading the text

# "khóa XIII" or "khoá 13" (the terms the pattern below reads, VIII to XV)
_ROMAN = {roman.lower(): roman for roman in extract_tables.ROMAN_TERMS.values()}
_ARABIC = {str(number): roman for number, roman in extract_tables.ROMAN_TERMS.items()}
_TERM = re.compile(r"\bkhoa\s+(xv|xiv|xiii|xii|xi|x|ix|viii|1[0-5]|[89])\b")
_Y = r"((?:19|20)\d\d)"
_DATE = re.compile(rf"\bngay\s+\d{{1,2}}\s*[/.-]\s*\d{{1,2}}\s*[/.-]\s*{_Y}\b"
                   rf"|\bngay\s+\d{{1,2}}\s+thang\s+\d{{1,2}}\s+nam\s+{_Y}\b")
_YEAR = re.compile(rf"(?:\bnam\s+|,\s*|\s){_Y}\s*$|\bnam\s+{_Y}\b")
# a number may end in one letter: "Nghị quyết 30c" (30c/NQ-CP)
_NUMBER = re.compile(r"(?:so\s*:?\s*)?(\d{1,5}(?:\.\d{1,3})?(?:[a-z](?![a-z]))?)(?![\d.])")
# codes after the number, each after "-" or "/" ("/2021/NĐ-CP", " - QĐ/TW", "/KH")
_TAIL = re.compile(r"(?:\s{0,2}[-/]\s{0,2}[a-z0-9][a-z0-9&.]*)*")
_YEAR_TOKEN = re.compile(r"(?:19|20)\d\d")


def _cut(pattern: re.Pattern, view: str, folded: str):
    """The first match of ``pattern`` in ``folded``, and both texts with it blanked out
    (view and folded keep the same length, so offsets stay shared)."""
    m = pattern.search(folded)
    if not m:
        return None, view, folded
    a, b = m.span()
    return m, view[:a] + " " * (b - a) + view[b:], folded[:a] + " " * (b - a) + folded[b:]


def _year_of(m: re.Match) -> int:
    return int(next(g for g in m.groups() if g))


def parse(text: str) -> Query:
    """Read a typed reference. Raises NotFound when it names no document at all."""
    view = match_view(nfc(unicodedata.normalize("NFKC", text or ""))).strip()
    folded = fold(view)   # same length as view
    if not view:
        raise NotFound(text, "empty")
    m, view, folded = _cut(_TERM, view, folded)
    term = (_ROMAN.get(m[1]) or _ARABIC[m[1]]) if m else None
    m, view, folded = _cut(_DATE, view, folded)
    year = _year_of(m) if m else None
    if year is None:
        m = _YEAR.search(folded)
        if m and re.search(r"\d", folded[:m.start()]):      # not the number itself
            m, view, folded = _cut(_YEAR, view, folded)
            year = _year_of(m)
    view, folded = re.sub(r"\s+", " ", view).strip(), re.sub(r"\s+", " ", folded).strip()
    head, types = _leading_type(folded)
    at = len(folded) - len(folded[len(head):].lstrip())      # where the number should be
    m = _NUMBER.match(folded, at)
    if not m:
        raise NotFound(text, "no document number in it")
    tail = _TAIL.match(folded, m.end())
    symbol = view[m.start(1):tail.end()].replace(" ", "")
    _, symbol_year, codes = _split(symbol)
    issuer = view[tail.end():].strip(" ,;:-") or None
    return Query(text, symbol=symbol if tail.end() > m.end() else None, number=m[1],
                 types=types, codes=codes, symbol_year=symbol_year, issuer=issuer,
                 term=term, year=year)


def _split(symbol: str) -> tuple[str, int | None, tuple[str, ...]]:
    """A symbol's number, the year written in it, and its codes ("93/2021/NĐ-CP" ->
    ("93", 2021, ("NĐ", "CP"))): typed and stored symbols are split the same way."""
    m = re.match(r"\s*(\d{1,5}(?:\.\d{1,3})?(?:[a-zA-Z](?=\s*[-/]|$))?)(.*)", symbol)
    if not m:
        return "", None, ()
    tokens = [t.replace(" ", "").strip(".") for t in re.split(r"[-/]", m[2])]
    tokens = [t for t in tokens if t]
    year = int(tokens.pop(0)) if tokens and _YEAR_TOKEN.fullmatch(tokens[0]) else None
    return m[1].lower(), year, tuple(tokens)


def _types_for_code(code: str) -> tuple[str, ...]:
    official = extract_tables.type_codes().get(code.casefold())
    if not official:
        return ()
    return tuple(t.word for t in extract_tables.types_by_code().get(official, ()))


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


# ---------------------------------------------------------------- matching a document

def _number_variants(number: str) -> list[str]:
    base = bare_number(number)
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
    """Every document matching the parsed reference (issuer words aside), with its metadata.
    Those whose codes match as spelled win over those matching only with D for Đ."""
    type_filter = ""
    tiris = _type_iris(query.types)
    if query.types and tiris:
        type_filter = f"{values('t', tiris)} ?d eli:type_document ?t ."
    q = f"""SELECT DISTINCT ?d WHERE {{
             {values('n', [literal(n) for n in _number_variants(query.number)])}
             ?d eli:number ?n . {type_filter} }}"""
    nodes = [r["d"] for r in select(store, q)]
    scored = [(m, _score(m, query)) for m in metadata(store, nodes).values()]
    best = max((s for _, s in scored), default=0)
    return _without_floating_twins([m for m, s in scored if s and s == best])


def _score(meta: dict, q: Query) -> int:
    """0: no match; 1: a match with an ASCII code for a Đ one; 2: a match as spelled."""
    allv = meta["all"]
    key = Key.from_uri(meta["id"])
    if q.types and not (set(q.types) & allv.get("type", set())):
        return 0
    if q.term:
        terms = set(allv.get("term", ())) | ({key.period} if key else set())
        if q.term not in terms:
            return 0
    if q.year and not _in_year(meta, key, q.year):
        return 0
    if not (q.codes or q.symbol_year):
        return 2
    return max((_symbol_score(_split(s), meta, key, q) for s in allv.get("symbol", ())), default=0)


def _symbol_score(parts, meta: dict, key: Key | None, q: Query) -> int:
    number, year, codes = parts
    if bare_number(number) != bare_number(q.number):
        return 0
    if q.symbol_year:
        # the year in the symbol is part of it; a symbol without one has its date's year
        if year != q.symbol_year and not (year is None and _in_year(meta, key, q.symbol_year)):
            return 0
    return _codes_score(q.codes, codes)


def _codes_score(typed: tuple[str, ...], stored: tuple[str, ...]) -> int:
    """The typed codes found in the stored ones, in order (greedy), with the worst score."""
    score, i = 2, 0
    for t in typed:
        while i < len(stored) and not _same_code(t, stored[i]):
            i += 1
        if i == len(stored):
            return 0
        score, i = min(score, _same_code(t, stored[i])), i + 1
    return score


def _canon(code: str) -> str:
    """A code's official spelling when the tables know it ("TƯ", "T.Ư" -> "TW"; "nđ" -> "NĐ")."""
    known = extract_tables.issuer_codes().get(code.casefold())
    if known:
        return known.code
    return extract_tables.type_codes().get(code.casefold(), code)


def _same_code(typed: str, stored: str) -> int:
    a, b = _canon(typed), _canon(stored)
    if a.casefold() == b.casefold():
        return 2
    # typed on an ASCII keyboard: "ND" for "NĐ" (ĐA and DA stay apart when spelled with Đ)
    return 1 if a.isascii() and fold(a) == fold(b) else 0


def _in_year(meta: dict, key: Key | None, year: int) -> bool:
    if any(_split(s)[1] == year for s in meta["all"].get("symbol", ())):
        return True
    dates = meta["all"].get("date", set())
    if dates:
        return any(d.startswith(str(year)) for d in dates)
    if key and key.period == str(year):
        return True
    if key and key.period != UNKNOWN and key.family == "party" and key.scope == "vn":
        return graph_tables.term_for_year(year) == key.period
    return False


def _without_floating_twins(metas: list[dict]) -> list[dict]:
    """An undated node (…/_/29) marked ambiguous stands for "one of the dated ones": it is
    not a candidate of its own then. One that stayed apart because its issuer contradicts
    theirs ("48-CT/TW của Bộ Chính trị" beside the Ban Bí thư's of 2025) is a document of
    its own, and a candidate (graph/relink.py)."""
    dated = set()
    for m in metas:
        key = Key.from_uri(m["id"])
        if key and key.period != UNKNOWN:
            dated.add(str(key.floating.uri))
    return [m for m in metas if m["id"] not in dated or not m["ambiguous"]]


# ---------------------------------------------------------------- issuer words

# Words that only join the issuer to the rest ("của", "do ... ban hành") or say a place's rank.
_FILLER = re.compile(r"\b(?:cua|do|ban hanh|so|tinh|thanh pho|tp|huyen|quan|thi xa|xa|phuong)\b")


@dataclass(frozen=True, slots=True)
class _Issuer:
    bodies: tuple[str, ...]      # canonical body names
    places: tuple[str, ...]      # place names
    codes: tuple[str, ...]       # issuer codes, official spelling
    words: str                   # anything else, folded


def _words(text: str) -> str:
    return re.sub(r"[\W_]+", " ", fold_key(text)).strip()


def _blank(text: str, a: int, b: int) -> str:
    return text[:a] + " " * (b - a) + text[b:]


def _read_issuer(text: str) -> _Issuer | None:
    """The bodies, places and codes named in issuer words (None when there are none)."""
    w = f" {_words(text)} "
    bodies = []
    for m in extract_tables.body_regex().finditer(w):
        if w[m.start() - 1] == " " and w[m.end()] == " ":
            bodies.append(extract_tables.tables().bodies[int(m.lastgroup[1:])].name)
            w = _blank(w, *m.span())
    places = []
    for key, name in _place_names():
        if f" {key} " in w:
            places.append(name)
            w = w.replace(f" {key} ", " " * (len(key) + 2), 1)
    w = _FILLER.sub(" ", w)
    codes = _issuer_codes()
    found = [codes[t] for t in w.split() if t in codes]
    rest = " ".join(t for t in w.split() if t not in codes)
    if not (bodies or places or found or rest):
        return None
    return _Issuer(tuple(bodies), tuple(places), tuple(found), rest)


@cache
def _issuer_codes() -> dict[str, str]:
    """Folded issuer code or other spelling -> official code. A code wins over a spelling
    that folds like it ("tu" is TU, though "TƯ" is a spelling of TW)."""
    issuers = extract_tables.tables().issuers
    out = {fold(s): c.code for c in issuers for s in c.spellings}
    out.update({fold(c.code): c.code for c in issuers})
    return out


@cache
def _place_names() -> tuple[tuple[str, str], ...]:
    """(folded words, name) of every province and district, longest first."""
    p = extract_tables.places()
    names = {**{k: d for k, (d, _) in p.districts.items()}, **p.provinces}
    return tuple(sorted(((_words(k), n) for k, n in names.items()), key=lambda kn: -len(kn[0])))


def _has(texts, phrase: str) -> bool:
    return any(f" {phrase} " in f" {t} " for t in texts)


def _by_issuer(meta: dict, who: _Issuer) -> int:
    """How every body, place, code and word of ``who`` fits the document: 0, not at all; 1,
    a body only through its code; 2, each body by name."""
    allv = meta["all"]
    key = Key.from_uri(meta["id"])
    labels = {_words(x) for k in ("issuer", "locality") for x in allv.get(k, ())}
    codes = {fold(_canon(c)) for s in allv.get("symbol", ()) for c in _split(s)[2]}
    codes |= {fold(c) for c in allv.get("code", ())}
    codes |= {fold(c) for c in key.issuer.split("-")} if key else set()
    scope = set(key.scope.split(".")) if key else set()
    fit = 2
    for body in who.bodies:
        # its own codes, and those it shares (issuers.toml shared_by: "Bộ Chính trị" finds TW)
        body_codes = {fold(c.code) for c in extract_tables.tables().issuers
                      if c.body == body or body in c.shared_by}
        if not _has(labels, _words(body)):
            if not body_codes & codes:
                return 0
            fit = 1
    for place in who.places:
        if not (_has(labels, _words(place)) or graph_tables.slug(place) in scope):
            return 0
    if any(fold(c) not in codes for c in who.codes):
        return 0
    return fit if not who.words or _has(labels, who.words) else 0


def _narrow_by_issuer(metas: list[dict], query: Query) -> tuple[list[dict], str]:
    """The candidates the issuer words fit; if they fit none, all of them, with a note
    (the caller then lists them even when one is left: see the module's docstring)."""
    who = _read_issuer(query.issuer) if query.issuer else None
    if who is None or not metas:
        return metas, ""
    fits = [(m, _by_issuer(m, who)) for m in metas]
    best = max(f for _, f in fits)
    if best:        # a body named wins over one found through its code
        return [m for m, f in fits if f == best], ""
    return metas, f"none is by {query.issuer!r}: listed without it"


# ---------------------------------------------------------------- source files

_BY_SOURCE = """SELECT DISTINCT ?d WHERE {{ {keys}
                GRAPH ?g {{ ?g dch:sourceKey ?k ; dch:describes ?d }} }}"""


def _source_keys(text: str) -> list[str]:
    """The keys a typed file name may be: as typed; for a path, each of its tails (a key is
    the path under the folder built from); for a stem, with each suffix the reader takes."""
    t = text.strip()
    if not t or "\n" in t:
        return []
    keys = {t}
    if _suffixed(t):
        parts = re.split(r"[/\\]", t)
        keys |= {"/".join(parts[i:]) for i in range(1, len(parts))}
    elif not re.search(r"[\s/\\]", t):
        keys |= {t + s for s in SUFFIXES}
    return sorted(k for k in keys if k)


def _suffixed(text: str) -> bool:
    return text.strip().lower().endswith(SUFFIXES)


_BY_KEY_END = """SELECT DISTINCT ?d WHERE {{ {names}
                 GRAPH ?g {{ ?g dch:sourceKey ?k ; dch:describes ?d }}
                 FILTER(STRENDS(?k, CONCAT("/", ?n))) }}"""


def _by_source(store, text: str) -> list[dict]:
    """The documents that the source file keyed ``text`` describes (usually one). A file
    name also finds the file under a folder ("000_….txt" is "seeds/000_….txt" when the
    corpus was built from the folder above seeds/)."""
    keys = _source_keys(text)
    if not keys:
        return []
    rows = select(store, _BY_SOURCE.format(keys=values("k", [literal(k) for k in keys])))
    if not rows and _suffixed(text):
        rows = select(store, _BY_KEY_END.format(names=values("n", [literal(text.strip())])))
    return list(metadata(store, [r["d"] for r in rows]).values())


# ---------------------------------------------------------------- resolving

def _order(metas: list[dict]) -> list[dict]:
    return sorted(metas, key=lambda m: (m["date"] or "9999", m["symbol"] or "", m["id"]))


def candidates_frame(metas: list[dict]) -> pd.DataFrame:
    return pd.DataFrame([{c: m.get(c) for c in CANDIDATE_COLUMNS} for m in metas],
                        columns=CANDIDATE_COLUMNS)


def _iri_in(store, text: str) -> str:
    text = text.strip()
    if not is_iri(text):
        raise NotFound(text, "not a valid IRI")
    hit = select(store, f"SELECT ?d WHERE {{ {values('d', [f'<{text}>'])} "
                        "{ ?d ?p ?o } UNION { ?s ?p ?d } } LIMIT 1")
    if not hit:
        raise NotFound(text, "not in the graph")
    # an organisation, a place or a level is in the graph too, but is no document
    if not select(store, f"SELECT ?d WHERE {{ {values('d', [f'<{text}>'])} "
                         "?d a eli:LegalResource } LIMIT 1"):
        raise NotFound(text, "in the graph, but not a document (an organisation, place or level?)")
    return text


def _lookup(store, text: str) -> tuple[list[dict], str]:
    """The documents ``text`` may name, and a note when its issuer words fit none of them.
    A file name with its suffix is never a reference; a bare stem ("124") may be both a file's
    and a reference, and then both kinds are listed."""
    files = _by_source(store, text)
    if _suffixed(text):
        if not files:       # "005_typo.txt" names a file, and no file of the graph has it
            raise NotFound(text, "no source file of that name in the graph")
        return files, ""
    try:
        query = parse(text)
    except NotFound:
        if files:
            return files, ""
        raise
    refs, note = _narrow_by_issuer(candidates(query, store), query)
    seen = {m["id"] for m in refs}
    return refs + [m for m in files if m["id"] not in seen], note if refs else ""


def resolve_in(store, text: str, year: int | None = None, pick: int | None = None) -> str:
    text = str(text)
    if re.match(r"^\s*(?:https?|urn|file):", text, re.I):
        return _iri_in(store, text)
    metas, note = _lookup(store, text)
    metas = _order(metas)
    if year is not None:
        metas = [m for m in metas if _in_year(m, Key.from_uri(m["id"]), int(year))]
    if not metas:
        raise NotFound(text, f"nothing of year {year}" if year is not None else "")
    if pick is not None:
        if not 1 <= int(pick) <= len(metas):
            # a usage error, not "no such document": the candidates exist
            raise ValueError(f"--pick {pick} is out of range: {len(metas)} documents match {text!r} "
                             f"(1 to {len(metas)})")
        return metas[int(pick) - 1]["id"]
    if len(metas) > 1 or note:
        raise Ambiguous(text, candidates_frame(metas), note)
    return metas[0]["id"]


def resolve(text: str, *, year: int | None = None, pick: int | None = None,
            store=None, endpoint=None) -> str:
    """The IRI of the document ``text`` names (see the module's docstring for what is read).

    >>> resolve("Quy định 124")          # doctest: +SKIP
    'https://w3id.org/danchieu/eli/party/vn/TW/Q%C4%90/XII/124'

    Raises ``NotFound(text)``, or ``Ambiguous(text, candidates)`` when several documents
    match, or when issuer words fit none of those that match otherwise; ``year`` keeps
    those of that year, ``pick`` (1-based) takes one of the candidates in the order listed
    (by date).
    """
    with session(store, endpoint) as s:
        return resolve_in(s, text, year=year, pick=pick)
