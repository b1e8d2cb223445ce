"""Text out of the formats documents are published in: .docx, .pdf, .html.

Each function takes the file's bytes and returns plain text, raising ReadError (one line)
when the file holds no readable text.
"""
from __future__ import annotations

import io
import re
from html.parser import HTMLParser

from .errors import ReadError

# A symbol broken over two lines by a PDF's layout: "29-NQ/" + "TW", "93/2021/NĐ-" + "CP",
# "Nghị quyết số 29-" + "NQ/TW". Join what a line break split right after a "-" or "/".
_BROKEN_SYMBOL = re.compile(r"(?<=[0-9A-ZĐa-z][-/])[ \t]*\n[ \t]*(?=[0-9A-ZĐ])")
# A number cut from its symbol: "số 29" + "-NQ/TW".
_BROKEN_BEFORE = re.compile(r"(?<=[0-9])[ \t]*\n[ \t]*(?=[-/][ ]?[0-9A-ZĐ])")


def join_broken_symbols(text: str) -> str:
    return _BROKEN_BEFORE.sub("", _BROKEN_SYMBOL.sub("", text))


def docx_text(data: bytes) -> str:
    """Paragraphs and table cells in document order. Word splits a paragraph into runs,
    sometimes inside a citation ("29-NQ/" + "TW"); a paragraph's text joins them."""
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
        document = docx.Document(io.BytesIO(data))
    except Exception as error:            # python-docx raises several kinds for a bad zip
        raise ReadError(f"not a readable .docx ({type(error).__name__})") from None
    lines: list[str] = []

    def table_lines(table: Table) -> None:
        for row in table.rows:
            cells = []
            for cell in row.cells:
                cells.append("\n".join(p.text for p in cell.paragraphs))
            lines.append(" | ".join(cells))

    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(Paragraph(child, document).text)
        elif tag == "tbl":
            table_lines(Table(child, document))
    text = "\n".join(lines)
    if not text.strip():
        raise ReadError("no text in the .docx")
    return text


def pdf_text(data: bytes) -> str:
    """The text layer, page by page, with symbols broken over lines joined again."""
    import logging
    pdf_log = logging.getLogger("pypdf")
    level = pdf_log.level
    # pypdf logs what it finds wrong ("EOF marker not found") on standard error: the reason
    # belongs in the one line that says the file was skipped, not on a line of its own
    pdf_log.setLevel(logging.CRITICAL)
    try:
        from pypdf import PdfReader
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
    except Exception as error:            # pypdf raises many kinds for a damaged file
        detail = " ".join(str(error).split())[:80]
        raise ReadError(f"not a readable PDF ({type(error).__name__}"
                        + (f": {detail})" if detail else ")")) from None
    finally:
        pdf_log.setLevel(level)
    text = "\n".join(pages)
    if not text.strip():
        raise ReadError("PDF has no text layer (a scan? run OCR first)")
    return join_broken_symbols(text)


class _HTMLText(HTMLParser):
    BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table",
              "section", "article", "header", "footer", "blockquote", "pre", "ul", "ol"}
    CELLS = {"td", "th"}
    SKIP = {"script", "style", "head", "noscript", "template"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")
        elif tag in self.CELLS:
            self.parts.append(" | ")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skipping:
            self.skipping -= 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def html_text(markup: str) -> str:
    parser = _HTMLText()
    parser.feed(markup)
    parser.close()
    text = "".join(parser.parts)
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    text = re.sub(r"\n[ \n]*\n", "\n\n", text)
    if not text.strip():
        raise ReadError("no text in the HTML")
    return text.strip()
