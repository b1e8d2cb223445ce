"""Citations as plain records (JSON Lines, CSV, tables)."""
from __future__ import annotations

from pathlib import Path

from .model import Citation

# The order of columns in every output format.
FIELDS = ("source", "start", "end", "text", "symbol", "type", "number", "year", "date", "issuer",
          "term", "title", "relation", "resolved_from", "unresolved", "clause_subject",
          "clause_relation", "issuers", "family", "level", "locality", "doc", "id")


def citation_record(citation: Citation, source: str | None = None) -> dict:
    """One mention as a flat dict. ``doc`` and ``id`` repeat the file name and symbol in the
    field names the scorer of ../shared/tools expects."""
    c = citation
    return {
        "source": source,
        "start": c.start,
        "end": c.end,
        "text": c.text,
        "symbol": c.symbol,
        "type": c.type,
        "number": c.number,
        "year": c.year,
        "date": c.date.isoformat() if c.date else None,
        "issuer": c.issuer,
        "term": c.term,
        "title": c.title,
        "relation": c.relation,
        "resolved_from": c.resolved_from,
        "unresolved": c.unresolved,
        "clause_subject": c.clause.subject if c.clause else None,
        "clause_relation": c.clause.stated if c.clause else None,
        "issuers": list(c.issuers),
        "family": c.family,
        "level": c.level,
        "locality": c.locality,
        "doc": Path(source).name if source else None,
        "id": c.symbol,
    }
