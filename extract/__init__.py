"""Extraction: from a Vietnamese text to the documents it cites.

    >>> from danchieu.extract import extract
    >>> [c.symbol for c in extract("Căn cứ Nghị định số 93/2021/NĐ-CP ngày 27/10/2021 của Chính phủ")]
    ['93/2021/NĐ-CP']

``read_text`` also gives the text's own identity; ``read_file`` reads a file (encoding found,
bad input refused with a one-line ``ReadError``); ``walk`` lists the files under folders.
"""
from .model import Citation, Clause, Extraction, SourceDocument, Span
from .pipeline import extract, read_text
from .reader import ReadError, read_file, walk
from .serialize import citation_record

__all__ = ["extract", "read_text", "read_file", "walk", "ReadError", "citation_record",
           "Citation", "Clause", "Extraction", "SourceDocument", "Span"]
