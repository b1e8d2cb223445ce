"""Extraction: from a Vietnamese text to the documents it cites.

    >>> from danchieu.extract import extract
    >>> [c.symbol for c in extract("Căn cứ Nghị định số 93/2021/NĐ-CP ngày 27/10/2021 của Chính phủ")]
    ['93/2021/NĐ-CP']
"""
from .model import Citation, Clause, Extraction, SourceDocument, Span
from .pipeline import extract, read_text

__all__ = ["extract", "read_text", "Citation", "Clause", "Extraction", "SourceDocument", "Span"]
