"""Cards: what one source graph says about each document it describes, in one literal.

A lineage of thousands of documents needs each one's symbol, type, title, date, issuer,
level and source. Read from the summary graph's triples, that was about ten lookups a
document (its own metadata, then its issuers', then their labels): 0.3 ms a row, most of a
lineage's time at 100,000 files. A card carries the same values in one ``dch:card``
literal (JSON) per document and source graph, so one lookup a document fetches them.

The card is a function of the graph's own triples, like the rest of the graph: the summary
graph copies it (``summary:card``) and re-derives it with the other copies when a graph is
dropped or a node moved. Identical cards from many citing files are one quad. A build gives
cards to graphs an older version wrote (graph/load.py ``add_missing_cards``); a document
with no card at all is read from the triples.

One difference from reading the triples, by design: an issuer's labels, levels and
localities are those the files describing the document give it. The issuer's node gathers
what every file says of it, and two bodies whose names fold to the same node ("Ban Chấp
hành", "Ban chấp hành") would lend each other their labels.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from typing import Iterable

from .vocab import DCH, ELI

_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_SKOS = "http://www.w3.org/2004/02/skos/core#"
JSON_TYPE = _RDF + "JSON"

# Predicate -> card field, for a document's own triples.
_DOC_FIELDS = {f"<{ELI.id_local}>": "symbol", f"<{ELI.title}>": "title",
               f"<{ELI.date_document}>": "date", f"<{DCH.term}>": "term",
               f"<{ELI.type_document}>": "type"}
_TYPE, _PASSED_BY = f"<{_RDF}type>", f"<{ELI.passed_by}>"
_LABEL, _NOTATION = f"<{_SKOS}prefLabel>", f"<{_SKOS}notation>"
_LEVEL, _LOCALITY = f"<{DCH.level}>", f"<{DCH.locality}>"
_DESCRIBES, _SOURCE_KEY = f"<{DCH.describes}>", f"<{DCH.sourceKey}>"
_DOCUMENT, _UNNUMBERED = f"<{ELI.LegalResource}>", f"<{DCH.UnnumberedDocument}>"
_ORGANIZATION, _CODE_AGENT = f"<{ELI.Organization}>", f"<{DCH.CodeAgent}>"
CARD = f"<{DCH.card}>"

_UNESCAPE = re.compile(r"\\(.)")
_CHARS = {"n": "\n", "r": "\r", "t": "\t", '"': '"', "\\": "\\"}


def _lexical(term: str) -> tuple[str, str | None]:
    """(value, language) of an N-Triples term: a literal's lexical form (unescaped), or an
    IRI without its brackets."""
    if term.startswith("<"):
        return term[1:-1], None
    end = term.rindex('"')
    value = _UNESCAPE.sub(lambda m: _CHARS.get(m.group(1), m.group(1)), term[1:end])
    rest = term[end + 1:]
    return value, rest[1:] if rest.startswith("@") else None


def cards(triples: Iterable[tuple[str, str, str]]) -> list[tuple[str, str]]:
    """(document, card literal) for every document the triples (N-Triples terms) describe.

    Fields hold lists of values as the graph states them: ``symbol``, ``title``, ``date``,
    ``term``, ``type`` and ``level`` (concept IRIs), ``issuer`` (labels of its bodies),
    ``code`` (issuer codes standing in for a body), ``locality`` (labels of its bodies'
    places), ``source`` (this file's key, for the document it is) and ``unnumbered``."""
    by_subject: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for s, p, o in triples:
        by_subject[s].append((p, o))

    def values(node: str, pred: str, lang: str | None = None) -> list[str]:
        out = []
        for p, o in by_subject.get(node, ()):
            if p == pred:
                value, tag = _lexical(o)
                if lang is None or tag == lang:
                    out.append(value)
        return out

    described = {o for pos in by_subject.values() for p, o in pos if p == _DESCRIBES}
    source = next((_lexical(o)[0] for pos in by_subject.values() for p, o in pos
                   if p == _SOURCE_KEY), None)
    out = []
    for node, pos in by_subject.items():
        classes = {o for p, o in pos if p == _TYPE}
        if _DOCUMENT not in classes:
            continue
        card: dict[str, list[str]] = defaultdict(list)
        for p, o in pos:
            field = _DOC_FIELDS.get(p)
            if field:
                card[field].append(_lexical(o)[0])
            elif p == _PASSED_BY:
                org_classes = {c for q, c in by_subject.get(o, ()) if q == _TYPE}
                if _ORGANIZATION in org_classes:
                    card["issuer"] += values(o, _LABEL)
                elif _CODE_AGENT in org_classes:
                    card["code"] += values(o, _NOTATION)
                card["level"] += values(o, _LEVEL)
                for place in by_subject.get(o, ()):
                    if place[0] == _LOCALITY:
                        card["locality"] += values(place[1], _LABEL, "vi")
        if _UNNUMBERED in classes:
            card["unnumbered"] = ["1"]
        if node in described and source is not None:
            card["source"] = [source]
        text = json.dumps({k: sorted(set(v)) for k, v in sorted(card.items()) if v},
                          ensure_ascii=False, separators=(",", ":"))
        out.append((node, text))
    return out


def merge(found: dict[str, set[str]], card: str) -> None:
    """Add one card's values to a document's field sets."""
    for field, vals in json.loads(card).items():
        found.setdefault(field, set()).update(vals)
