"""Domain objects of extraction: frozen, and every fact keeps the span it was read from.

Offsets are Python string indices into the NFC form of the input text (the form the
scorer in ../shared/tools uses); ``text[start:end]`` of that form is the mention itself.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field

# The relations a text states, strongest first: where one step of a lineage is stated
# several ways, the first of these is shown ("implements" over "cites").
RELATIONS = ("implements", "based_on", "guides", "approves", "amends", "replaces", "repeals",
             "reviews", "cites")


_UNSET = object()


def fast_init(cls):
    """Give a frozen slots dataclass an ``__init__`` that fills its slots through their own
    descriptors. The one ``dataclass`` writes goes through ``object.__setattr__`` for every
    field (past the frozen ``__setattr__``), at twice the cost: reading a text builds a few
    of these records for every citation. Same signature, defaults and frozenness."""
    env: dict = {"_UNSET": _UNSET}
    params, lines = [], []
    for f in dataclasses.fields(cls):
        env[f"_set_{f.name}"] = cls.__dict__[f.name].__set__
        value = f.name
        if f.default is not dataclasses.MISSING:
            env[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
        elif f.default_factory is not dataclasses.MISSING:
            env[f"_factory_{f.name}"] = f.default_factory
            params.append(f"{f.name}=_UNSET")
            value = f"_factory_{f.name}() if {f.name} is _UNSET else {f.name}"
        else:
            params.append(f.name)
        lines.append(f"    _set_{f.name}(self, {value})")
    exec(f"def __init__(self, {', '.join(params)}):\n" + "\n".join(lines), env)
    init = env["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = init
    return cls


@fast_init
@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


@fast_init
@dataclass(frozen=True, slots=True)
class Clause:
    """A relation that a citation's own clause states between two other documents.

    In "Kết luận số 01-KL/TW ... về tiếp tục thực hiện Chỉ thị số 05-CT/TW", the mention of
    05-CT/TW carries ``Clause(subject="01-KL/TW", relation="implements", ...)``: the source
    document asserts that 01-KL/TW implements 05-CT/TW.

    A passive turns it round: in "Nghị định số 15/2020/NĐ-CP ... đã được sửa đổi, bổ sung bởi
    Nghị định số 14/2022/NĐ-CP", the mention of 14/2022/NĐ-CP carries ``Clause(subject=
    "15/2020/NĐ-CP", relation="amends", inverse=True)``: 14/2022/NĐ-CP amends 15/2020/NĐ-CP.
    """
    subject: str
    subject_start: int
    relation: str
    cue: Span | None = None
    inverse: bool = False

    @property
    def stated(self) -> str:
        """The relation as it reads from the subject: "amends", or "amended_by" when inverse."""
        return INVERSE_NAMES[self.relation] if self.inverse else self.relation


# ELI's names for the relations read the other way ("eli:amended_by").
INVERSE_NAMES = {"implements": "implemented_by", "based_on": "basis_for", "reviews": "reviewed_by",
                 "guides": "guided_by", "approves": "approved_by", "amends": "amended_by",
                 "replaces": "replaced_by", "repeals": "repealed_by", "cites": "cited_by"}


@fast_init
@dataclass(frozen=True, slots=True)
class Citation:
    """One mention of another document.

    ``symbol`` is the canonical official form without spaces ("29-NQ/TW", "93/2021/NĐ-CP");
    it is None only for a short form that resolves to nothing (``unresolved``).
    ``resolved_from`` is, for a short form, the start offset of the full citation it stands for.
    """
    start: int
    end: int
    text: str
    symbol: str | None
    type: str | None
    number: str | None
    year: int | None
    date: dt.date | None
    issuer: str | None
    term: str | None
    title: str | None
    relation: str
    family: str | None = None            # party, state, front, assembly
    issuers: tuple[str, ...] = ()        # every party of a joint document
    locality: str | None = None          # the place named with the issuer, as written
    level: str | None = None             # Trung ương, tỉnh, huyện, xã, where the text tells
    short: bool = False
    resolved_from: int | None = None
    clause: Clause | None = None
    # Where each piece of metadata was read; absent pieces have no span.
    spans: dict[str, Span] = field(default_factory=dict, compare=False, hash=False)

    @property
    def unresolved(self) -> bool:
        return self.symbol is None


@dataclass(frozen=True, slots=True)
class SourceDocument:
    """What a text shows of its own identity: its header, or failing that its wording.

    The seeds carry no header number; their identity is their type, title, issuing body,
    locality and year as the text states them.
    """
    symbol: str | None = None
    type: str | None = None
    number: str | None = None
    year: int | None = None
    date: dt.date | None = None
    issuer: str | None = None
    locality: str | None = None
    province: str | None = None
    level: str | None = None
    family: str | None = None
    term: str | None = None
    title: str | None = None
    spans: dict[str, Span] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True, slots=True)
class Extraction:
    """A whole text read: its own identity and every citation in order of position."""
    text: str                      # the NFC text that offsets refer to
    source: SourceDocument
    citations: tuple[Citation, ...]
    encoding: str | None = None    # of the file it was read from, where there was one
