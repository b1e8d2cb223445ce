"""The data tables of ``tables/*.toml``, loaded once into frozen records.

Patterns, type words, issuer codes, body names and cue words live in those files with
examples; this module only reads them and builds lookups.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from .normalize import fold_key


@dataclass(frozen=True, slots=True)
class DocType:
    word: str
    english: str
    codes: tuple[str, ...]
    aliases: tuple[str, ...]
    default_for: tuple[str, ...]
    examples: tuple[str, ...]
    attaches: bool = False          # may issue a text attached to it (types.toml)
    attached: bool = False          # may be issued attached to another (types.toml)
    by_word: bool = False           # its codes give the type only after its word (types.toml)


@dataclass(frozen=True, slots=True)
class IssuerCode:
    code: str
    family: str
    level: str | None
    body: str | None
    examples: tuple[str, ...]
    spellings: tuple[str, ...] = ()
    shared_by: tuple[str, ...] = ()      # other bodies issuing under the code


@dataclass(frozen=True, slots=True)
class Body:
    name: str
    pattern: str
    level: str
    family: str
    local: bool
    examples: tuple[str, ...]
    distinct: bool = False      # what it issues, no other distinct body issues (bodies.toml)
    written: tuple[str, ...] = ()   # one of which the name as written must hold (bodies.toml)


@dataclass(frozen=True, slots=True)
class Cue:
    relation: str
    pattern: str
    reach: int | None
    examples: tuple[str, ...]
    opening: bool = False        # only where it opens a sentence: "Thực hiện theo …"


# The terms (khóa) of the Party Central Committee and the National Assembly texts name, by
# number: "khóa XIII", "khoá 13", the 15 of "UBTVQH15".
ROMAN_TERMS = {8: "VIII", 9: "IX", 10: "X", 11: "XI", 12: "XII", 13: "XIII", 14: "XIV", 15: "XV",
               16: "XVI"}


@dataclass(frozen=True, slots=True)
class Passive:
    """The passive that turns a clause's relation round (cues.toml)."""
    marker: str
    agent: str
    amending_agent: str     # an agent word only after AMENDING verbs
    examples: tuple[tuple[str, str], ...]     # (phrase, relation)

    def agent_words(self) -> tuple[str, ...]:
        """The agent words after any verb ("bởi", "tại", folded), for a quick substring test."""
        return _alternatives(self.agent)

    def amending_agent_words(self) -> tuple[str, ...]:
        """The agent words after an amending verb only ("theo", folded)."""
        return _alternatives(self.amending_agent)


def _alternatives(pattern: str) -> tuple[str, ...]:
    """The words of a plain alternation "(?:a|b)"."""
    return tuple(pattern.removeprefix("(?:").removesuffix(")").split("|"))


@dataclass(frozen=True, slots=True)
class WordList:
    """Words with the examples that show them (headers.toml)."""
    words: tuple[str, ...]
    examples: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Tables:
    types: tuple[DocType, ...]
    issuers: tuple[IssuerCode, ...]
    bodies: tuple[Body, ...]
    cues: tuple[Cue, ...]
    passive: Passive
    provinces: tuple[str, ...]
    central_cities: tuple[str, ...]
    renamed: dict[str, str]                      # a province's former name -> its name now
    abbreviated: dict[str, str]                  # a province's initials -> its name
    districts: dict[str, str]
    title_openers: WordList          # a header's title ends before a line starting so
    title_offices: WordList          # ... or before a line in capitals naming one of these


def _read(name: str) -> dict:
    data = resources.files(__package__).joinpath("tables", name).read_text(encoding="utf-8")
    return tomllib.loads(data)


@cache
def tables() -> Tables:
    types = tuple(
        DocType(t["word"], t["english"], tuple(t["codes"]), tuple(t.get("aliases", ())),
                tuple(t.get("default_for", ())), tuple(t["examples"]), t.get("attaches", False),
                t.get("attached", False), t.get("by_word", False))
        for t in _read("types.toml")["type"])
    issuers = tuple(
        IssuerCode(c["code"], c["family"], c.get("level"), c.get("body"), tuple(c["examples"]),
                   tuple(c.get("spellings", ())), tuple(c.get("shared_by", ())))
        for c in _read("issuers.toml")["code"])
    bodies = tuple(
        Body(b["name"], b["pattern"], b["level"], b["family"], b.get("local", False),
             tuple(b["examples"]), b.get("distinct", False), tuple(b.get("written", ())))
        for b in _read("bodies.toml")["body"])
    cue_table = _read("cues.toml")
    cues = tuple(Cue(c["relation"], c["pattern"], c.get("reach"), tuple(c["examples"]), c.get("opening", False))
                 for c in cue_table["cue"])
    passive = cue_table["passive"]
    passive = Passive(passive["marker"], passive["agent"], passive["amending_agent"],
                      tuple((e["text"], e["relation"]) for e in passive["examples"]))
    places = _read("localities.toml")
    headers = _read("headers.toml")
    openers, offices = (WordList(tuple(headers[k]["words"]), tuple(headers[k]["examples"]))
                        for k in ("openers", "offices"))
    return Tables(types, issuers, bodies, cues, passive, tuple(places["province"]["names"]),
                  tuple(places["province"]["cities"]), dict(places["province"]["renamed"]),
                  dict(places["province"]["abbreviated"]),
                  dict(places["district"]), openers, offices)


# ---- lookups built from the tables -------------------------------------------------------

@cache
def type_codes() -> dict[str, str]:
    """Case-folded type code -> official spelling ("qđ" -> "QĐ", "ctr" -> "CTr"). A page that
    lost its Đ writes "87/2017/ND-CP", "23/QD-TTg": the code with D for Đ is that code too,
    unless it is another code itself ("DA" is Dự án's, not Đề án's "ĐA")."""
    codes = {code.casefold(): code for t in tables().types for code in t.codes}
    ascii_spellings = {key.replace("đ", "d"): code for key, code in codes.items() if "đ" in key}
    return codes | {key: code for key, code in ascii_spellings.items() if key not in codes}


@cache
def types_by_code() -> dict[str, tuple[DocType, ...]]:
    out: dict[str, list[DocType]] = {}
    for t in tables().types:
        for code in t.codes:
            out.setdefault(code, []).append(t)
    return {code: tuple(ts) for code, ts in out.items()}


@cache
def type_by_word() -> dict[str, DocType]:
    """Folded type word or alias -> type ("thong bao ket luan" -> Thông báo)."""
    out: dict[str, DocType] = {}
    for t in tables().types:
        for word in (t.word, *t.aliases):
            out.setdefault(fold_key(word), t)
    return out


@dataclass(frozen=True, slots=True)
class Places:
    """The place tables by folded name (fold_key), for matching names as texts write them."""
    provinces: dict[str, str]                      # key -> province
    districts: dict[str, tuple[str, str]]          # key -> (district, its province)
    central_cities: frozenset[str]                 # keys


@cache
def places() -> Places:
    t = tables()
    return Places({fold_key(p): p for p in t.provinces},
                  {fold_key(d): (d, p) for d, p in t.districts.items()},
                  frozenset(fold_key(c) for c in t.central_cities))


@cache
def type_word_regex() -> re.Pattern:
    """Any type word or alias, over folded text, longest first."""
    words = sorted(type_by_word(), key=len, reverse=True)
    return re.compile("|".join(_spaces(re.escape(w).replace("\\ ", " ")) for w in words))


@cache
def issuer_codes() -> dict[str, IssuerCode]:
    """Case-folded issuer code, or another spelling of it -> record."""
    return {spelling.casefold(): c for c in tables().issuers for spelling in (c.code, *c.spellings)}


def _spaces(pattern: str) -> str:
    """A space in a table pattern stands for any run of white space, line breaks included
    ("Ban Chấp  hành", a citation broken over two lines); " ?" for an optional one."""
    return pattern.replace(" ?", r"\s*").replace(" ", r"\s+")


@cache
def body_regex() -> re.Pattern:
    """All bodies as one alternation over folded text; group ``b<i>`` names body ``i``."""
    parts = [f"(?P<b{i}>{_spaces(b.pattern)})" for i, b in enumerate(tables().bodies)]
    return re.compile("|".join(parts))


@cache
def _bodies_by_letter() -> dict[str | None, re.Pattern]:
    """``body_regex`` cut by the letter a body's name starts with: at any one position only
    the bodies that can start there are tried (a failed match of all ninety cost 3 µs), in
    the table's order, so the body that matches is the one ``body_regex`` finds. A pattern
    whose start ``first_letters`` cannot tell ("(?:ban chap hanh )?dang uy") is tried at
    every letter (key None: the letters no body names)."""
    starts: list[set[str] | None] = []
    for b in tables().bodies:
        try:
            starts.append(first_letters(_spaces(b.pattern)))
        except ValueError:
            starts.append(None)
    letters = set().union(*(s for s in starts if s is not None))
    by_letter = {}
    for letter in [*letters, None]:
        # (the group marking the body is an empty one after it: see ``cue_regex``)
        parts = [f"(?:{_spaces(b.pattern)})(?P<b{i}>)" for i, (b, s) in enumerate(zip(tables().bodies, starts))
                 if s is None or letter in s]
        if parts:
            by_letter[letter] = re.compile("|".join(parts))
    return by_letter


def body_at(folded: str, pos: int) -> re.Match | None:
    """``body_regex().match(folded, pos)``, trying only the bodies that can start there."""
    by_letter = _bodies_by_letter()
    regex = by_letter.get(folded[pos:pos + 1]) or by_letter.get(None)
    return regex.match(folded, pos) if regex is not None else None


@cache
def cue_regex() -> re.Pattern:
    # Each cue's group is an empty one after it, marking which cue matched (the whole match is
    # the cue's span): an alternative opening with a group is entered at every position tried,
    # one opening with a letter is passed over at once unless that letter is there. A third
    # off the scan.
    parts = [f"(?:{_spaces(c.pattern)})(?P<c{i}>)" for i, c in enumerate(tables().cues)]
    # A cue starts a word with one of a few letters. Both look-arounds make the scan faster
    # (three times, together): most positions fail them at once, where without them every
    # alternative is tried.
    first = "".join(sorted(set().union(*(first_letters(_spaces(c.pattern)) for c in tables().cues))))
    return re.compile(rf"(?=[{first}])(?<![a-z])(?:" + "|".join(parts) + r")(?![a-z])")


def cue_of(match: re.Match) -> Cue:
    """The cue whose group matched, in ``cue_regex`` or ``passive_regex`` (groups "c<index>")."""
    return tables().cues[int(match.lastgroup[1:])]


# Relations a passive can turn round: what one document does to another.
PASSIVE_RELATIONS = ("implements", "reviews", "guides", "approves", "amends", "replaces", "repeals")
AMENDING = ("amends", "replaces", "repeals")


@cache
def passive_regex() -> re.Pattern:
    """A passive ending a stretch of folded text (tables().passive): the marker, up to six
    words (an agent: "Ủy ban nhân dân tỉnh"), a verb cue, up to four words ("một số điều",
    "khoản 2 Điều 1"), the agent word. The verb's cue index names its group."""
    p = tables().passive

    def verbs(amending: bool) -> str:
        return "|".join(f"(?P<c{i}>{_spaces(c.pattern)})" for i, c in enumerate(tables().cues)
                        if c.reach is None and c.relation in PASSIVE_RELATIONS
                        and (c.relation in AMENDING) == amending)
    parts = r"(?:[\s,]+[a-z0-9]+){0,4}?\s+"
    return re.compile(rf"(?<![a-z]){_spaces(p.marker)}(?:\s+[a-z]+){{0,6}}?\s+"
                      rf"(?:(?:{verbs(False)}){parts}{_spaces(p.agent)}"
                      rf"|(?:{verbs(True)}){parts}(?:{_spaces(p.agent)}|{_spaces(p.amending_agent)}))"
                      rf"{AGENT_PARTS}\s*$")


# What may stand between the agent word and the citation: the part of it that acts ("được sửa
# đổi, bổ sung bởi điểm b khoản 3 Điều 5 Luật số 56/2024/QH15").
AGENT_PARTS = r"(?:\s+(?:diem|khoan|dieu|muc|chuong|phu luc)\s+[a-z0-9.]+,?)*"


def first_letters(pattern: str) -> set[str]:
    """Every character a match of ``pattern`` can start with (from Python's own parse of
    it); a pattern whose start is not a plain character or class raises ValueError, so a
    new kind of cue cannot be skipped unnoticed."""
    from re import _constants as c, _parser
    def first(items) -> set[str]:
        op, arg = items[0]
        if op is c.LITERAL:
            return {chr(arg)}
        if op is c.IN and all(o is c.LITERAL for o, _ in arg):
            return {chr(a) for _, a in arg}
        if op is c.SUBPATTERN:
            return first(arg[-1])
        if op is c.BRANCH:
            return set().union(*(first(alternative) for alternative in arg[1]))
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and arg[0] >= 1:
            return first(arg[2])
        raise ValueError(f"cues.toml: cannot tell how {pattern!r} starts")
    return first(_parser.parse(pattern))
