"""What the index's search needs from Python, so the page reads text as the CLI does.

The page's JavaScript (`static/danchieu.js`, `danchieuFold`) folds the query and every row the
same way danchieu.extract.normalize.fold_key does: NFC, look-alike letters, dashes, slashes
and spaces mapped (the table below, made from `match_view` itself), diacritics dropped, đ -> d,
lower case, spaces collapsed. "Thanh Hoá" and "Thanh Hóa", "bau cu" and "bầu cử" then match.
A type word and a number ("Quy định 124") match a document of that type and number.
"""
from __future__ import annotations

import re
from functools import lru_cache

from danchieu.extract.normalize import match_view

_NUMBER = re.compile(r"\s*0*(\d+)")


@lru_cache(maxsize=1)
def fold_table() -> dict[str, str]:
    """Every character `match_view` changes, and what it becomes ("–" -> "-", "Ð" -> "Đ")."""
    chars = "".join(chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000)
    mapped = match_view(chars)
    assert len(mapped) == len(chars)        # one character for one: the two strings line up
    return {a: b for a, b in zip(chars, mapped) if a != b}


def search_number(symbol: str) -> str:
    """The number a symbol starts with, without leading zeros ("09/2019/QĐ-UBND" -> "9"), or ""."""
    m = _NUMBER.match(symbol or "")
    return m[1] if m else ""
