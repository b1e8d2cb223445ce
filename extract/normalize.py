"""Text views for matching.

Offsets are always into the NFC text. Every other view is made by a one-to-one character
mapping of it, so an offset found in any view is an offset in the NFC text:

- ``match_view``: look-alike letters (Cyrillic "А", Icelandic "Ð"), dashes, slashes, quotes and
  exotic spaces mapped to the ASCII or Vietnamese letter they stand for; case kept.
- ``fold``: the match view in lower case without diacritics ("Uỷ ban" -> "uy ban"), and "_"
  as a space, for cue words and body names: both tone placements ("hoá"/"hóa") and any case
  then compare equal.
"""
from __future__ import annotations

import re
import unicodedata

# Cyrillic letters that look like Latin ones occur inside symbols typed on Russian keyboards.
_LOOKALIKES = {
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C",
    "Т": "T", "Х": "X", "У": "Y", "І": "I", "а": "a", "е": "e", "о": "o", "р": "p", "с": "c",
    "у": "y", "х": "x", "і": "i",
    "Ð": "Đ", "ð": "đ", "Ɖ": "Đ", "ɖ": "đ",          # eth and African D used for Đ
    "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "−": "-", "﹣": "-", "－": "-",
    "／": "/", "⁄": "/", "∕": "/",
    "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "″": '"',
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'",
    "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u200a": " ", "\u202f": " ", "\u3000": " ",
    "\u200b": " ", "\ufeff": " ", "\t": " ", "\r": " ", "\u2002": " ", "\u2003": " ",
}
_MATCH_TABLE = str.maketrans(_LOOKALIKES)


def _fold_char(ch: str) -> str:
    if ch in "đĐ":
        return "d"
    base = unicodedata.normalize("NFD", ch)[0].lower()
    return base if len(base) == 1 else ch


def _build_fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    # Latin-1 Supplement to Latin Extended Additional covers every Vietnamese letter.
    for code in list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        ch = chr(code)
        folded = _fold_char(ch)
        if folded != ch and len(folded) == 1:
            table[code] = folded
    for code in range(ord("A"), ord("Z") + 1):
        table[code] = chr(code + 32)
    # Word-segmented text (language-processing corpora join a word's syllables: "Thực_hiện")
    # reads as words; the match view keeps the "_", as do titles and sentences taken from it.
    table[ord("_")] = " "
    return table


_FOLD_TABLE = _build_fold_table()


def nfc(text: str) -> str:
    if unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


def match_view(text_nfc: str) -> str:
    return text_nfc.translate(_MATCH_TABLE)


_TABLES16 = None


def _tables16():
    """The match-view and fold mappings over every UTF-16 code unit (surrogates map to
    themselves, so characters outside the BMP pass whole), and the two in one: the fold of
    the match view."""
    global _TABLES16
    if _TABLES16 is None:
        import numpy as np
        match = np.arange(0x10000, dtype=np.uint16)
        for ch, mapped in _LOOKALIKES.items():
            match[ord(ch)] = ord(mapped)
        folded = np.arange(0x10000, dtype=np.uint16)
        for code, ch in _FOLD_TABLE.items():
            folded[code] = ord(ch)
        _TABLES16 = match, folded, folded[match]
    return _TABLES16


def _units(text: str):
    import numpy as np
    return np.frombuffer(text.encode("utf-16-le", "surrogatepass"), dtype=np.uint16)


# Below this many characters the scans for symbols and short forms read the text with
# regular expressions: vector operations cost a fixed 0.1 to 0.3 ms a call, more than a
# scan of a short text (about 0.25 ms for 8,000 characters; the vectors win from 15,000).
VECTOR_MIN = 10_000


def digits(view: str, units=None):
    """The text as one code point an item (so an item's index is its offset in the string;
    lone surrogates pass), and the offsets of its ASCII digits: where the symbol and
    short-form scans start. ``units``, the view's UTF-16 code units where the caller has
    them (``views_and_units``), are those code points when no character lies outside the
    BMP: the UTF-32 encoding (a third of this) is then skipped."""
    import numpy as np
    if units is not None and len(units) == len(view):
        points = units
    else:
        points = np.frombuffer(view.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    # (a block at a time, as in ``views_and_units``: no temporary arrays the size of the text)
    found = [np.flatnonzero((points[at:at + _BLOCK] - 48) <= 9) + at    # unsigned: only "0".."9" are <= 9
             for at in range(0, len(points), _BLOCK)]
    return points, np.concatenate(found) if found else np.flatnonzero(points)


def _text(units) -> str:
    # decoded from the array's own buffer: a copy to bytes first doubled the cost
    return str(units.data, "utf-16-le", "surrogatepass")


def fold(text: str) -> str:
    """Lower case, no diacritics, same length: "Ủy ban Thường vụ" -> "uy ban thuong vu"."""
    if len(text) < 64:
        return text.translate(_FOLD_TABLE)
    # str.translate looks every character up in a dict; a vector look-up is ten times faster.
    return _text(_tables16()[1][_units(text)])


def views(text_nfc: str) -> tuple[str, str]:
    """``match_view`` and ``fold`` of it, of a whole text at once."""
    return views_and_units(text_nfc)[:2]


def views_and_units(text_nfc: str):
    """``views``, and the match view's UTF-16 code units (for ``digits``)."""
    import numpy as np
    match, _, match_folded = _tables16()
    units = _units(text_nfc)
    mapped, folded = np.empty_like(units), np.empty_like(units)
    for at in range(0, len(units), _BLOCK):
        # Both views are looked up by the units, turned into indices once: each look-up by
        # the units themselves would turn them again, at the cost of the look-up itself.
        # ("wrap": every unit is inside the tables, and no copy is made to check it.)
        index = units[at:at + _BLOCK].astype(np.intp)
        match.take(index, out=mapped[at:at + _BLOCK], mode="wrap")
        match_folded.take(index, out=folded[at:at + _BLOCK], mode="wrap")
    view = _text(mapped) if (mapped != units).any() else text_nfc
    return view, _text(folded), mapped


# The units are turned into indices a block at a time: the indices of a whole long text,
# eight bytes a character in fresh memory, cost more than the look-ups (50 MB: 140 ms, not 165).
_BLOCK = 1 << 16


# Letters by case, for character classes. A range such as "À-Ỹ" holds both cases ("đ" is
# U+0111, "Đ" U+0110), so these list the Latin letters one by one.
_LATIN = [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]
UPPER = "A-Z" + "".join(c for c in map(chr, _LATIN) if c.isupper())
LOWER = "a-z" + "".join(c for c in map(chr, _LATIN) if c.islower())


_SPACES = re.compile(r"\s+")


def fold_key(text: str) -> str:
    """A comparison key: folded, spaces collapsed, no surrounding space."""
    return _SPACES.sub(" ", fold(match_view(nfc(text)))).strip()


# Modern Vietnamese writes the tone of "oa", "oe", "uy" at the end of a syllable on the first
# vowel ("hóa", "Ủy", "khóa"); older texts put it on the second ("hoá", "Uỷ", "khoá").
_TONE_MARKS = "\u0301\u0300\u0309\u0303\u0323"
# ("quý" keeps its tone: after q the u is part of the consonant; checked in _move_tone, since
# a leading look-behind would slow the scan.)
_OLD_TONE = re.compile(r"([oOuU])([áàảãạÁÀẢÃẠéèẻẽẹÉÈẺẼẸýỳỷỹỵÝỲỶỸỴ])(?![^\W\d_])")


def _move_tone(match: re.Match) -> str:
    first, second = match.group(1), match.group(2)
    if match.start() and match.string[match.start() - 1] in "qQ":
        return match.group()
    decomposed = unicodedata.normalize("NFD", second)
    tone = next(ch for ch in decomposed if ch in _TONE_MARKS)
    plain = "".join(ch for ch in decomposed if ch != tone)
    return unicodedata.normalize("NFC", first + tone) + unicodedata.normalize("NFC", plain)


def modern_tones(text: str) -> str:
    """Canonical spelling for names we output: "Thanh Hoá" -> "Thanh Hóa", "Uỷ" -> "Ủy"."""
    return _OLD_TONE.sub(_move_tone, text)


def clean_phrase(text: str) -> str:
    """A phrase read from a document, as we print it: NFC, one space, modern tones."""
    return tidy(match_view(nfc(text)))


def tidy(view_text: str) -> str:
    """``clean_phrase`` of a slice of the match view (already NFC and mapped)."""
    return modern_tones(one_spaced(view_text))


def one_spaced(text: str) -> str:
    """``" ".join(text.split())``, without splitting a text that is so already (most titles):
    printable, it holds no white space but " " (every other white space character is not)."""
    if text.isprintable() and "  " not in text and not text.startswith(" ") and not text.endswith(" "):
        return text
    return " ".join(text.split())
