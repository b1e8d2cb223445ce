"""Document symbols ("số, ký hiệu"): find them and write them in canonical form.

The forms live in ``tables/forms.toml``; this module fills in their fragments and compiles
them into one regular expression whose alternatives share the leading number, so a text is
scanned once.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from .model import fast_init
from .normalize import UPPER, VECTOR_MIN, digits, fold, match_view, nfc
from .tables import issuer_codes, tables, type_by_word, type_codes

# An issuer segment: capitals and digits ("UBND", "UBTVQH14"), a lower-case letter between
# capitals as in a type code ("GDTrH", the Vụ Giáo dục Trung học), two such joined by "&"
# ("NN&PTNT", "QLN& TTBĐS"), "TTg", or a spelling from the issuer table that does not fit
# that shape ("T.Ư"). (A word such as "Kinh" is none: its lower-case letters end it.)
_ORG_SHAPE = r"[A-ZĐƯ](?:[a-zđư]?[A-ZĐƯ0-9])*+(?:[ ]?&[ ]?[A-ZĐƯ](?:[a-zđư]?[A-ZĐƯ0-9])*+)*+"


# A code ends where its word does; a date glued on by a scrape ("70-TB/TWngày 06 tháng 01")
# is no part of it.
_CODE_END = r"(?!(?!ng[àa]y)[^\W\d_])"
# (a term where the symbol ends there, not a count or a day: "UBTVQH 14, …", "UBTVQH 14 ngày
# …", "UBTVQH 13 quy định …", not "UBTVQH 16 đơn vị", "UBTVQH 12 tháng 5", "UBTVQH 14/5")
_QH_TERM = (r"(?:(?<=QH)[ ]1[0-6](?=[ ]*(?:[,;:()\n]|\.(?!\d)|$"
            r"|(?i:ng[àa]y|c[ủu]a|v[ềe]|v[àa]|quy đ[ịi]nh|ban h[àa]nh)(?![^\W\d_]))))?")


# A unit after a dot, kept as written ("01/CTrPH-MTTQ-ĐTCTXH-BĐ.TP", "11554/VPCP-V.I"), or after
# a spaced hyphen ("105/BCH – VP"), but not the next sentence glued on: a body's code that
# opens one ("12/QĐ-UBND.UBND huyện giao …", "29-NQ/TW.BCH …"), a heading's numeral (".II.
# NHIỆM VỤ", ".I. Mục đích"), a code before a capitalised word (a name or a heading: ".TP Hồ
# Chí Minh", ".QUY CHẾ"; "Ngày" and "V/v" go on with the citation) or before the words a
# body's code opens a sentence with (".BHXH tỉnh", "- SYT chủ trì", "- TTXVN đưa tin"), "Đ/c",
# a place written with dots (".TP.HCM").
_OPENING_CODE = r"(?!(?:UBND|HĐND|MTTQ|UBMTTQ|BCH|BCĐ|BTV|TTg|CP|QH|TW|TU|HU|ĐU)(?![^\W\d_]))"
_SENTENCE_AFTER = (rf"(?![ ]+(?!Ngày|NGÀY|V/)[{UPPER}][^\W\d_]|/[^\W\d_]|\.[{UPPER}]"
                   # (only after a code of three letters or more: "- VP tỉnh Quảng Nam", "V.I đề
                   # nghị" are units; "- SYT chủ trì", ".BHXH tỉnh" open a sentence)
                   rf"|(?<=[^\W\d_]{{3}})[ ]+(?:tỉnh|huyện|xã|thành phố|quận|phường|thị xã|thị trấn|chủ trì"
                   rf"|phối hợp|đề nghị|giao|yêu cầu|đưa tin|các)(?![^\W\d_]))")


def _dot_unit(org: str) -> str:
    """A unit after a dot (a heading's numeral refused, unless it follows a one-letter unit:
    "VPCP-V.I. Theo đó" is a unit)."""
    return (r"\." + _OPENING_CODE
            + rf"(?:(?<=[-/][A-ZĐ]\.)|(?!(?=[IVX])X{{0,3}}(?:IX|IV|V?I{{0,3}})\.[ ]+[{UPPER}]))(?=[A-ZĐƯ]){org}"
            + _SENTENCE_AFTER)


_DOTTED_YEAR = (r"(?:(?<=\.[A-ZĐ]{2})|(?<=\.[A-ZĐ]{3})|(?<=\.[A-ZĐ]{4}))\.\d\d"
                r"(?=[ ]+(?:ngày|của|NGÀY)(?![^\W\d_])|[ ]?[,;)])")


@cache
def _fragments() -> dict[str, str]:
    odd = sorted({spelling for code in tables().issuers for spelling in (code.code, *code.spellings)
                  if not re.fullmatch(_ORG_SHAPE, spelling) and spelling != "TTg"}, key=len, reverse=True)
    # the National Assembly's term may follow its code after a space ("819/NQ-UBTVQH 14")
    org = "(?:" + "|".join(["TTg", *map(re.escape, odd), _ORG_SHAPE]) + ")" + _CODE_END + _QH_TERM
    # eight codes at most (real joint symbols have three or four), so a run of
    # "-GDTH-GDTH-..." ends instead of being read, and split, whole
    # a line may break after "-", before a known code only ("…-UBTVQH14-⏎CP-…", not "…-⏎V/v")
    known = "(?:" + "|".join(_known_codes()) + ")" + _CODE_END
    # (spaces around the hyphen, "105/BCH – VP", but not before a body's code that opens the
    # next sentence, "12/QĐ-UBND - UBND tỉnh giao"; an underscore typed for the hyphen,
    # "2455/TCT_DNNCN"; a unit after a dot, kept as written, "01/CTrPH-MTTQ-ĐTCTXH-BĐ.TP":
    # ``_dot_unit``)
    dot_unit = _dot_unit(org)
    spaced = rf"[ ][-_][ ]?{_OPENING_CODE}{org}{_SENTENCE_AFTER}"
    # (a unit after "/", once codes went on after the type's hyphen: "2352/QĐ-BNN/ĐMDN",
    # "1279/QĐ-TCCB/LĐ", round 64; not a Party committee's code, nor "V/v")
    # (one look-behind a width: Python's must be of fixed width)
    slashed = (rf"(?:(?<=[-_][^\W\d_]{{2}})|(?<=[-_][^\W\d_]{{3}})|(?<=[-_][^\W\d_]{{4}}))"
               rf"/(?=[A-ZĐ]{{2}})(?!(?:TW|TU|HU|ĐU|QU|ĐUK)(?![^\W\d_])){org}")
    more_orgs = rf"(?:[-_][ ]?{org}|{spaced}|{dot_unit}|-[ ]?\n[ ]{{0,2}}{known}|{slashed}){{0,7}}"
    return {
        "S": r"[ ]{0,2}",
        "SN": r"[ ]{0,2}(?:\n[ ]{0,2})?",      # a line may break after a separator
        "YEAR": r"(?P<year>(?:19|20)\d\d)",
        "ORG": org,
        "DOT_UNIT": dot_unit,
        "SPACED_ORG": spaced,
        # "UBTVQH15-CP- ĐCTUBTWMTTQVN"; a unit's number may end it ("1867-QĐ/TCCB-3"), or a
        # year's two digits after dotted codes, before the date or a stop ("2232/QĐ.CT.HC.95 ngày
        # …", round 54; not "45/KH-UBND.15 xã", "45/QĐ.UB.12 xã", review 23)
        "ORGS": rf"(?P<orgs>{org}{more_orgs}(?:-\d{{1,2}}(?![\d/.-])|{_DOTTED_YEAR})?)",
        "PARTY_ORG": r"(?P<orgs>TW|TU|HU|ĐU|QU|ĐUK)" + _CODE_END,
        # a known issuer code of the state or the Front, whole: what a glued type code
        # ("NĐCP") must end in to be read as two
        "KNOWN_ORG": "(?P<orgs>(?:" + "|".join(_known_codes()) + rf"){more_orgs})" + _CODE_END,
        "TYPE": rf"(?P<type>{_type_alternation()})",
    }


def _known_codes() -> list[str]:
    codes = {spelling for code in tables().issuers if code.family != "party"
             for spelling in (code.code, code.code.upper(), *code.spellings)}
    return [re.escape(c) for c in sorted(codes, key=len, reverse=True)]


# A number may end in one lower-case letter right before "/": "30c/NQ-CP", "36a/NQ-CP" (the
# Government's resolutions on poor districts).
#
# A number starts a symbol only with no letter, digit, dot, slash or hyphen right before it
# ("COVID-19/...", "12/3/2020"): checked in ``find_symbols``, since a leading look-behind
# would slow the scan of the whole text by half.
_NUM = r"(?P<num>[0-9]{1,5}(?:\.[0-9]{1,3})?(?:[a-z](?=/))?)"


@dataclass(frozen=True, slots=True)
class Form:
    name: str
    family: str
    regex: str
    examples: tuple[tuple[str, str], ...]
    after: str | None = None         # read only after these words (folded text), if given
    as_written: bool = False         # canonical as written, spaces dropped (forms.toml)


@fast_init
@dataclass(frozen=True, slots=True)
class Symbol:
    """A symbol found in the text: where, which form, and its parts in canonical spelling."""
    start: int
    end: int
    form: str
    family: str
    number: str
    year: int | None
    type_code: str | None
    orgs: tuple[str, ...]
    canonical: str


@cache
def forms() -> tuple[Form, ...]:
    raw = resources.files(__package__).joinpath("tables", "forms.toml").read_text("utf-8")
    return tuple(Form(f["name"], f["family"], f["regex"], tuple(map(tuple, f["examples"])), f.get("after"),
                      f.get("as_written", False))
                 for f in tomllib.loads(raw)["form"])


def _type_alternation() -> str:
    codes = sorted(type_codes(), key=len, reverse=True)      # every spelling, case-folded
    return "(?i:" + "|".join(re.escape(c) for c in codes) + ")"


def _fill(form_regex: str, index: int) -> str:
    """Expand {FRAGMENTS}; group names get the form's index so alternatives can share a regex."""
    if not form_regex.startswith("{NUM}"):
        raise ValueError(f"forms.toml: a form must start with {{NUM}}: {form_regex}")
    body = form_regex[len("{NUM}"):]
    fragments = _fragments()
    body = re.sub(r"\{(\w+)\}", lambda m: fragments[m.group(1)], body)
    # `party` names its own type group around {TYPE}; keep one group of that name.
    body = body.replace("(?P<type>(?P<type>", "(?P<type>(?:")
    return re.sub(r"\(\?P<(\w+)>", lambda m: f"(?P<{m.group(1)}{index}>", body)


@cache
def symbol_regex() -> re.Pattern:
    """The forms read anywhere, as one expression."""
    return _compile([i for i, f in enumerate(forms()) if f.after is None])


@cache
def named_symbol_regex() -> re.Pattern:
    """The forms read only after their words ("Công văn số 6006/BGDĐT"), or in a header."""
    return _compile([i for i, f in enumerate(forms()) if f.after is not None])


def _compile(indices: list[int]) -> re.Pattern:
    # group names keep the form's index in ``forms()``: ``symbol_from_match`` reads it back
    alternatives = [f"(?P<form{i}>{_fill(forms()[i].regex, i)})" for i in indices]
    return re.compile(_NUM + "(?:" + "|".join(alternatives) + ")")


@cache
def _after(index: int) -> re.Pattern:
    return re.compile(forms()[index].after + r"\s*$")


def _named_symbol_at(view: str, start: int, end: int | None = None) -> re.Match | None:
    """A form with ``after`` words matching at ``start``, those words right before it."""
    m = named_symbol_regex().match(view, start, len(view) if end is None else end)
    if m is None:
        return None
    return m if _after(int(m.lastgroup[4:])).search(fold(view[max(0, start - 24):start])) else None


def _official_org(segment: str) -> str:
    known = issuer_codes().get(segment.casefold())
    return known.code if known else segment


def _official_type(code: str) -> str:
    return type_codes().get(code.casefold(), code)


_DIGITS_TAIL = re.compile(r"^(UBTVQH|QH)(\d+)$")


def symbol_from_match(m: re.Match) -> Symbol:
    # A text repeats its symbols: their parts are read once per spelling.
    key = (m.group(), m.lastgroup)           # the alternatives are named form0, form1, ...
    parts = _PARTS.get(key)
    if parts is None:
        if len(_PARTS) > 65536:
            _PARTS.clear()
        parts = _PARTS[key] = _parts(m, int(m.lastgroup[4:]))
    return Symbol(m.start(), m.end(), *parts)


_PARTS: dict[tuple[str, str], tuple] = {}


def _parts(m: re.Match, index: int) -> tuple:
    """Everything about a symbol but its position."""
    form = forms()[index]
    group = m.groupdict()
    number = m.group("num")
    year_text = group.get(f"year{index}")
    year = int(year_text) if year_text else None
    written_type = group.get(f"type{index}")
    type_code = _official_type(written_type) if written_type else None
    if form.name == "assembly":
        orgs = (group[f"org{index}"] + group[f"term{index}"],)
    elif group.get(f"orgs{index}") is None:
        orgs = ()                           # a court's precedent: "58/2023/AL"
    else:
        # a dot typed for the hyphen after the type code is typed between the codes too:
        # "1360/QĐ.UBND.VX" is 1360/QĐ-UBND-VX (round 46); elsewhere a unit after a dot is kept
        # as written ("12/UBND-KT.VX")
        dotted = written_type is not None and m.string[m.end(f"type{index}"):m.end()].lstrip(" ").startswith(".")
        orgs = tuple(_official_org("".join(s.split()))
                     for s in re.split("[-/_.]" if dotted else "[-/_]", group[f"orgs{index}"]))
    if form.name == "state_untyped_so":
        orgs = tuple(org.upper() for org in orgs)      # "16/1999/khxx" is 16/1999/KHXX
    if type_code and "Đ" in type_code and "Đ" not in written_type.upper() and _code_family(orgs[0]) is None:
        # D for Đ only before an issuer code the tables know ("87/2017/ND-CP"): "45/ND-HND" stays
        type_code = written_type.upper()
    name = form.name
    if name in ("state", "state_spaced") and year is None and len(orgs) == 1 and type_code and _code_family(orgs[0]) == "party":
        name = "party"                       # "Chỉ thị 05/CT-TW" is 05-CT/TW written the state's way
    # "800QĐ/TTg" is 800/QĐ-TTg with its separators lost: written as the state's
    # ("673-QĐ/TTg" likewise: a Party shape around a state issuer code is the state's symbol)
    shape = "state" if name in ("party", "party_unhyphened") and (
        _code_family(orgs[0]) == "state" or _ASSEMBLY_ORG.fullmatch(orgs[0])) else name
    family = _family(shape if shape in ("party", "state") else form.family, orgs)
    canonical = "".join(m.group().split()) if form.as_written else _canonical(shape, number, year, type_code, orgs)
    return name, family, number, year, type_code, orgs, canonical


def _code_family(org: str) -> str | None:
    """The family (party, state, front) of a known issuer code; None for an unknown one."""
    known = issuer_codes().get(org.casefold())
    return known.family if known is not None else None


_FRONT_ORGS = {"MTTW", "MTTQ", "ĐCT", "UBMTTQ"}
# (and the older ways of writing it: "21-NQ/QHK6", "504-NQ/TVQH"; round 57)
_ASSEMBLY_ORG = re.compile(r"(?:UBTV|TV)QH(?:K?\d{1,2})?|QHK?\d{1,2}")      # (not "45/QH-SXD": quy hoạch)


def _family(default: str, orgs: tuple[str, ...]) -> str:
    if default in ("state", "party") and orgs and orgs[0] in _FRONT_ORGS:
        return "front"
    if default == "state" and any(_ASSEMBLY_ORG.fullmatch(o) for o in orgs):
        return "assembly"       # "655/NQ-UBTVQH14" is the Standing Committee's, as 653/2019/UBTVQH14 (round 47)
    if default == "party" and orgs and orgs[0] == "ĐCT":
        return "front"
    return default


def as_state(sym: Symbol) -> str:
    """The canonical spelling of ``sym`` read as a state symbol."""
    return _canonical("state", sym.number, sym.year, sym.type_code, sym.orgs)


def _canonical(form: str, number: str, year: int | None, type_code: str | None,
               orgs: tuple[str, ...]) -> str:
    issuer = "-".join(orgs)
    if form == "assembly":
        return f"{number}/{year}/{issuer}"
    if form in ("party", "party_lower", "party_hyphens", "party_spaced", "party_unhyphened"):
        return f"{number}-{type_code}/{issuer}"
    if form in ("old_state", "old_decree"):
        return f"{number}-{issuer}"
    head = f"{number}/{year}/" if year else f"{number}/"
    if not issuer:
        return f"{head}{type_code}"
    return f"{head}{type_code}-{issuer}" if type_code else f"{head}{issuer}"


def _starts_clean(view: str, start: int) -> bool:
    if start == 0:
        return True
    before = view[start - 1]
    if before.isalnum():
        return _after_glued_so(view, start)
    return before not in "._/-"


def _after_glued_so(view: str, start: int) -> bool:
    """ "Nghị định số20/2008/NĐ-CP", "s48/2013/NĐ-CP": OCR glued "số" (or its "s") to the
    number; the word must be that alone. Or a type code or word ending in a letter outside ASCII
    glued to it: "QĐ48/2006/QĐ-BTC", "Thông tư133/2016/TT-BTC"."""
    word_start = start - 2 if view[max(0, start - 2):start] in ("số", "Số", "SỐ") else \
        start - 1 if view[start - 1] in "sS" else -1
    if word_start == 0 or (word_start > 0 and not view[word_start - 1].isalnum()):
        return True
    if view[start - 1].isascii():
        return False        # (as the candidate scan, which passes over an ASCII letter: "NQ15/…")
    word_start = start
    while word_start > 0 and view[word_start - 1].isalpha() and start - word_start < 6:
        word_start -= 1
    if word_start > 0 and view[word_start - 1].isalnum():
        return False
    word = fold(view[word_start:start])
    if word in type_codes():
        return True
    previous = view[max(0, word_start - 12):word_start].rstrip(" ").rsplit(" ", 1)[-1]
    return bool(previous) and f"{fold(previous)} {word}" in type_by_word()


# Every form has its number, up to two spaces, then "/" or "-": a cheap scan for that finds
# the few places where the full expression can match. After the "/" or "-" every form goes on
# with a letter or a year ("12/2020/NĐ-CP"), so dates and ranges ("12/3/2020", "2016 - 2020",
# nearly half of what the scan finds) are passed over here rather than by the full expression;
# not a year and "/" after "-" ("37-2020/TB-PTGĐ", the slash before the year typed as "-").
# (A digit outside ASCII after three, "07/201９/TT-BTP", may be a year's: not passed over.)
_CANDIDATE = re.compile(r"[0-9][0-9.]{0,8}(?:[a-z]/|[ ]{0,2}(?:/(?![0-9]{1,3}(?![0-9]|[^\x00-\x7f]))|-(?!(?![0-9]{4}/)[ ]{0,2}[0-9])))")


@cache
def _not_before():
    """What makes a start unclean, among ASCII characters."""
    import numpy as np
    table = np.zeros(128, dtype=bool)
    table[[ord(c) for c in "0123456789._/-abcdefghijklmnopqrtuvwxyzABCDEFGHIJKLMNOPQRTUVWXYZ"]] = True
    return table


def _candidates(view: str, points=None) -> list[int]:
    """Where ``_CANDIDATE`` matches with a clean start (see ``_starts_clean``): a digit, with
    no ASCII letter but "s", digit or ``._/-`` before it, then up to eight digits and dots, up to two
    spaces and "/" or "-" (or a lower-case letter and "/"), but no date or range. A letter outside
    ASCII before the number is left to ``_starts_clean``. ``points`` is ``normalize.digits(view)``, or None."""
    if points is None and len(view) < VECTOR_MIN:
        return [m.start() for m in _CLEAN_CANDIDATE.finditer(view)]
    return _candidates_vector(view, points)


# ``_CANDIDATE`` with the ASCII part of a clean start: what a short text is scanned with.
_CLEAN_CANDIDATE = re.compile(r"(?<![0-9A-RT-Za-rt-z._/-])" + _CANDIDATE.pattern)


def _candidates_vector(view: str, points=None) -> list[int]:
    """``_candidates`` read with vector operations from the digits only (a few in a hundred
    characters): faster than the scan on long texts."""
    import numpy as np          # here: the command line starts without it
    units, starts = points or digits(view)
    before = units[starts - 1]                           # at 0 it reads the last: mended below
    clean = ~((before < 128) & _not_before()[before & 127])
    if len(starts) and starts[0] == 0:
        clean[0] = True
    starts = starts[clean]

    def char(at):
        inside = at < len(units)
        return np.where(inside, units[np.where(inside, at, 0)], 0)

    # Each round reads one more character of the numbers still running, and only of those:
    # most end within a few digits, while a few amounts ("1.000.000") run on for nine.
    found = []
    running = starts                                # starts of numbers still running
    for k in range(1, 10):
        c = char(running + k)
        in_number = ((c - 48) <= 9) | (c == 46)
        ends = ~in_number
        if ends.any():
            at, c = running[ends], c[ends]
            c1, c2 = char(at + k + 1), char(at + k + 2)
            slash = (c == 47) | (c == 45)
            slash1 = (c1 == 47) | (c1 == 45)
            slash2 = (c2 == 47) | (c2 == 45)
            letter = ((c - 97) <= 25) & (c1 == 47)      # "30c/NQ-CP" (unsigned: a-z only)
            spaced = (c == 32) & (slash1 | ((c1 == 32) & slash2))
            separator = at + k + np.where(slash, 0, np.where(spaced & slash1, 1, 2))
            found.append(at[letter | ((slash | spaced) & _form_may_follow(char, separator))])
        running = running[in_number]
        if not len(running):
            break
    return np.sort(np.concatenate(found)).tolist() if found else []


def _form_may_follow(char, separator):
    """The look-aheads of ``_CANDIDATE`` after its "/" or "-" at ``separator``, read with
    vectors: not a digit after "-" (up to two spaces on), nor one to three digits after "/"."""
    def digit(c):
        return (c - 48) <= 9                        # unsigned: only "0".."9"

    def other(c):
        return (c < 128) & ~digit(c)                # not outside ASCII: "07/201９/TT-BTP" may be a year
    sep, c1, c2, c3, c4, c5 = (char(separator + i) for i in range(6))
    ranged = (sep == 45) & (digit(c1) | ((c1 == 32) & (digit(c2) | ((c2 == 32) & digit(c3)))))
    # one to three ASCII digits, then an ASCII character that is no digit (or the end)
    date = (sep == 47) & digit(c1) & (other(c2) | (digit(c2) & (other(c3) | (digit(c3) & other(c4)))))
    # (a year and "/" after "-" is no range: "37-2020/TB-PTGĐ")
    year = (sep == 45) & digit(c1) & digit(c2) & digit(c3) & digit(c4) & (c5 == 47)
    return ~(ranged | date) | year


def match_at(view: str, start: int, named_anywhere: bool = False) -> re.Match | None:
    """The symbol at ``start``: a form, else a form read after its words (anywhere, in a
    header's "Số:" line). A "V/v" glued on is no part of it: "2062/BHXH-TSTV/v thực hiện …" is
    2062/BHXH-TST, "125/UBNDV/v" 125/UBND."""
    def at(end: int) -> re.Match | None:
        return symbol_regex().match(view, start, end) or (
            named_symbol_regex().match(view, start, end) if named_anywhere else _named_symbol_at(view, start, end))
    m = at(len(view))
    glued = view.find("V/v", start, start + 48)
    if glued > start and not view[glued + 3:glued + 4].isalpha() and (
            m.end() > glued if m is not None else view[glued - 1].isalnum()):
        return at(glued)            # (what the V ended is no symbol: "125/UBND- V/v" gives none)
    return m


def find_symbols(view: str, points=None) -> list[Symbol]:
    """Every symbol in the match view of a text, in order. ``points`` is
    ``normalize.digits(view)`` where the caller has it already."""
    found: list[Symbol] = []
    done = 0                                  # where the last symbol found ends
    for start in _candidates(view, points):
        if start < done or not _starts_clean(view, start):
            continue
        m = match_at(view, start)
        if m:
            found.append(symbol_from_match(m))
            done = m.end()
    return found


def parse_symbol(text: str) -> Symbol | None:
    """The symbol that makes up all of ``text`` (spaces around it ignored), if any."""
    view = match_view(nfc(text)).strip()
    m = symbol_regex().fullmatch(view) or named_symbol_regex().fullmatch(view)
    return symbol_from_match(m) if m and _starts_clean(view, 0) else None
