"""Reading files: bytes to text, with the encoding found (never guessed silently).

A file that cannot be read raises ``ReadError`` whose message is one line naming the reason;
callers add the file name and go on with the rest of a batch.
"""
from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Iterable

from .errors import ReadError
from .model import Extraction

MAX_BYTES = int(os.environ.get("DANCHIEU_MAX_BYTES", 50 * 1024 * 1024))
TEXT_SUFFIXES = (".txt", ".text", ".md")
SUFFIXES = TEXT_SUFFIXES + (".docx", ".pdf", ".html", ".htm")


def decode(data: bytes) -> tuple[str, str]:
    """The text of ``data`` and the encoding it was in.

    UTF-8 (with or without BOM) and UTF-16 (with BOM) are recognised exactly; otherwise the
    bytes must decode as Windows-1258 and look like Vietnamese, or the file is refused.
    """
    if not data.strip():
        raise ReadError("empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as error:
            raise ReadError(f"undecodable UTF-16 at byte {error.start}") from None
    if b"\x00" in data[:4096]:
        raise ReadError("binary file (NUL bytes), not text")
    try:
        if data.startswith(b"\xef\xbb\xbf"):
            return data[3:].decode("utf-8"), "utf-8-sig"
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as utf8_error:
        try:
            text = data.decode("cp1258")
        except UnicodeDecodeError:
            raise ReadError(f"undecodable bytes at offset {utf8_error.start} "
                            "(neither UTF-8, UTF-16 nor Windows-1258)") from None
        if not _looks_vietnamese(text):
            raise ReadError(f"undecodable bytes at offset {utf8_error.start} "
                            "(not UTF-8, and not Vietnamese in Windows-1258)")
        return text, "windows-1258"


def _looks_vietnamese(text: str) -> bool:
    """Windows-1258 decodes almost any bytes; demand mostly letters and Vietnamese marks."""
    sample = text[:20000]
    if not sample:
        return False
    control = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\r\n\t")
    marks = sum(1 for ch in sample if ch in "\u0300\u0301\u0303\u0309\u0323ăâđêôơưĂÂĐÊÔƠƯ")
    return control / len(sample) < 0.01 and marks / len(sample) > 0.01


def read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
    except OSError as error:
        raise ReadError(error.strerror or str(error)) from None
    if size > MAX_BYTES:
        raise ReadError(f"too large ({size / 1e6:.0f} MB > {MAX_BYTES / 1e6:.0f} MB limit; "
                        "set DANCHIEU_MAX_BYTES to raise it)")
    try:
        return path.read_bytes()
    except OSError as error:
        raise ReadError(error.strerror or str(error)) from None


def file_text(path: Path) -> tuple[str, str]:
    """The text of a file and what it was read as: an encoding, or "docx", "pdf"."""
    from . import formats
    data = read_bytes(path)
    suffix = path.suffix.lower()
    if suffix == ".docx":
        return formats.docx_text(data), "docx"
    if suffix == ".pdf":
        return formats.pdf_text(data), "pdf"
    text, encoding = decode(data)
    if suffix in (".html", ".htm") or _is_markup(text):
        return formats.html_text(text), encoding
    return text, encoding


# Markup saved as text (a page's print view copied to a .txt): paragraph tags and entities for
# the letters ("Ng&agrave;y 16 th&aacute;ng 8"), which hide the words the extractor reads. Tags
# must be among the signs: office abbreviations look like entities ("Sở TN&MT; Sở KH&CN;"), and
# an entity's name is in lower case after its first letter.
_TAG = re.compile(r"<(?:p|br|div|span|td|li)\b[^<>\n]{0,300}>", re.I)
_ENTITY = re.compile(r"&(?:[A-Za-z][a-z]{1,7}|#\d{2,5}|#[xX][0-9a-fA-F]{2,4});")


def _is_markup(text: str) -> bool:
    head = text[:20_000]
    if "<" not in head:
        return False
    tags = len(_TAG.findall(head))
    entities = len(_ENTITY.findall(head)) if tags else 0
    return (tags >= 2 and tags + entities >= 5) or (tags == 1 and entities >= 5)


def read_file(path: str | os.PathLike) -> Extraction:
    """Read and extract one file (.txt in UTF-8, UTF-16 or Windows-1258, .docx, .pdf, .html).
    Raises ReadError with a one-line reason."""
    from .pipeline import read_text
    path = Path(path)
    if path.is_dir():
        raise ReadError("is a directory")
    text, encoding = file_text(path)
    extraction = read_text(text)
    return Extraction(extraction.text, extraction.source, extraction.citations, encoding)


def walk(paths: Iterable[str | os.PathLike], suffixes: tuple[str, ...] = SUFFIXES
         ) -> list[tuple[Path, str]]:
    """Files named, and the readable files under directories named (hidden ones left out), in
    a stable order, each with its key: its path relative to the directory named, or its name."""
    found: list[tuple[Path, str]] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for p in sorted(path.rglob("*")):
                rel = p.relative_to(path)
                # a broken link is kept, so the reader reports it instead of losing it
                if (p.is_file() or p.is_symlink() and not p.exists()) and \
                        p.suffix.lower() in suffixes and not any(part.startswith(".") for part in rel.parts):
                    found.append((p, rel.as_posix()))
        else:
            found.append((path, path.name))
    return found
