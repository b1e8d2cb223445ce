"""Files as published: a .docx or .pdf made from a seed yields the same citations as its .txt;
encodings are found, not guessed; bad files are refused with a one-line reason."""
import datetime as dt
import random
from pathlib import Path

import pytest

from danchieu.extract import ReadError, read_file

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "data" / "seeds").glob("*.txt"))
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")   # Debian's fonts-dejavu-core


def facts(path):
    return [(c.symbol, c.type, c.date) for c in read_file(path).citations]


def make_docx(text: str, path: Path, seed: int = 0) -> None:
    """One paragraph per line, each cut into runs at random places, inside citations too."""
    import docx
    rng = random.Random(seed)
    document = docx.Document()
    for line in text.split("\n"):
        paragraph = document.add_paragraph()
        cuts = sorted(rng.sample(range(1, len(line)), min(len(line) - 1, 6))) if len(line) > 2 else []
        for a, b in zip([0, *cuts], [*cuts, len(line)]):
            run = paragraph.add_run(line[a:b])
            run.bold = rng.random() < 0.2
    document.save(path)


def make_pdf(text: str, path: Path) -> None:
    """A4 pages laid out by fpdf2: lines wrap wherever the width ends, inside citations too."""
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.set_font("DejaVu", size=11)
    pdf.add_page()
    for paragraph in text.split("\n"):
        pdf.multi_cell(0, 6, paragraph.replace("\t", " ") or " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_docx_made_from_a_seed_gives_the_same_citations(seed, tmp_path):
    target = tmp_path / (seed.stem + ".docx")
    make_docx(seed.read_text(encoding="utf-8-sig"), target)
    extraction = read_file(target)
    assert extraction.encoding == "docx"
    assert facts(target) == facts(seed)
    assert [c.relation for c in extraction.citations] == [c.relation for c in read_file(seed).citations]


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_pdf_made_from_a_seed_gives_the_same_citations(seed, tmp_path):
    target = tmp_path / (seed.stem + ".pdf")
    make_pdf(seed.read_text(encoding="utf-8-sig"), target)
    assert read_file(target).encoding == "pdf"
    assert [s for s, _, _ in facts(target)] == [s for s, _, _ in facts(seed)]
    assert facts(target) == facts(seed)


def test_pdf_symbol_broken_over_lines_is_joined():
    from danchieu.extract.formats import join_broken_symbols
    assert join_broken_symbols("Nghị quyết số 29-NQ/\nTW ngày") == "Nghị quyết số 29-NQ/TW ngày"
    assert join_broken_symbols("Nghị định số 93/2021/NĐ-\nCP") == "Nghị định số 93/2021/NĐ-CP"
    assert join_broken_symbols("Quyết định số 217\n-QĐ/TW") == "Quyết định số 217-QĐ/TW"
    assert join_broken_symbols("kết quả -\nBan Thường trực") == "kết quả -\nBan Thường trực"


def test_html_gives_the_text_without_markup(tmp_path):
    path = tmp_path / "page.html"
    path.write_text('<html><head><title>x</title><script>var a = "1-NQ/TW";</script></head><body>'
                    '<p>Thực hiện <b>Nghị quyết số 29-NQ/</b>TW ngày 17/11/2022 của Ban Chấp hành '
                    'Trung ương Đảng</p><table><tr><td>Kèm theo Kế hoạch số 141/KH-UBND</td></tr></table></body></html>',
                    encoding="utf-8")
    assert [c.symbol for c in read_file(path).citations] == ["29-NQ/TW", "141/KH-UBND"]


def test_markup_saved_as_text_is_read_as_html(tmp_path):
    # a page's print view copied to a .txt (sixteenth fresh check): entities hide "ngày"
    markup = ('<p style="text-align: justify;"><span>Ng&agrave;y 16 th&aacute;ng 8 năm 2021, UBND tỉnh ban '
              'h&agrave;nh Văn bản số 2882/UBND-KTTH về việc thực hiện Th&ocirc;ng b&aacute;o số 279-TB/TU '
              'ng&agrave;y 13/8/2021.</span></p>')
    path = tmp_path / "page.txt"
    path.write_text(markup, encoding="utf-8")
    found = read_file(path).citations
    assert [(c.symbol, c.date) for c in found] == [("2882/UBND-KTTH", dt.date(2021, 8, 16)),
                                                   ("279-TB/TU", dt.date(2021, 8, 13))]
    # a text that only mentions a tag or an ampersand is left as written
    plain = tmp_path / "plain.txt"
    plain.write_text("Quyết định số 12/QĐ-UBND (A & B) <p> ngày 5/3/2024", encoding="utf-8")
    assert read_file(plain).text.startswith("Quyết định số 12/QĐ-UBND (A & B) <p>")
    # office abbreviations look like entities; a bracket is no tag (fourth review)
    offices = tmp_path / "offices.txt"
    offices.write_text("Kính gửi: Sở TN&MT; Sở NN&PTNT; Sở KH&CN; Sở GD&ĐT; Sở VH&TT; Sở TT&TT; Sở LĐ&TBXH;\n"
                       "Tỷ lệ suy dinh dưỡng <Mức 10% theo Quyết định số 45/QĐ-UBND ngày 2/3/2024>.", encoding="utf-8")
    assert [c.symbol for c in read_file(offices).citations] == ["45/QĐ-UBND"]
    # one tag and many entities, named or numeric, are markup all the same
    one_tag = tmp_path / "one_tag.txt"
    one_tag.write_text("<div>Th&#7921;c hi&#x1EC7;n K&#7871; ho&#7841;ch s&#7889; 12-KH/TU ng&agrave;y 2/3/2023</div>",
                       encoding="utf-8")
    [found] = read_file(one_tag).citations
    assert (found.relation, found.date) == ("implements", dt.date(2023, 3, 2))


def windows_1258_form(text: str) -> str:
    """Windows-1258 keeps â, ê, ô, ơ, ư, ă, đ whole and writes the five tones as combining marks."""
    import unicodedata
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out.append(base + "".join(c for c in parts if c in tones))
    return "".join(out)


@pytest.mark.parametrize("encoding,name", [("utf-8-sig", "utf-8-sig"), ("utf-16", "utf-16"),
                                           ("utf-8", "utf-8"), ("cp1258", "windows-1258")])
def test_encodings_are_found_and_named(encoding, name, tmp_path):
    seed = SEEDS[0]
    path = tmp_path / "seed.txt"
    text = seed.read_text(encoding="utf-8-sig")
    data = windows_1258_form(text) if encoding == "cp1258" else text
    path.write_bytes(data.encode(encoding, errors="strict"))
    extraction = read_file(path)
    assert extraction.encoding == name
    assert facts(path) == facts(seed)


@pytest.mark.parametrize("content,reason", [
    (b"", "empty file"),
    (b"   \n\t ", "empty file"),
    (b"\x7fELF\x02\x01\x01\x00\x00\x00binary", "binary file"),
    (bytes(range(128, 256)) * 40, "undecodable bytes"),
])
def test_bad_text_files_are_refused_with_one_line(content, reason, tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ReadError) as error:
        read_file(path)
    assert reason in str(error.value) and "\n" not in str(error.value)


def test_scanned_pdf_without_text_layer_is_refused(tmp_path):
    from fpdf import FPDF
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")          # a picture of a page, no text
    path = tmp_path / "scan.pdf"
    pdf.output(str(path))
    with pytest.raises(ReadError, match="no text layer"):
        read_file(path)


@pytest.mark.parametrize("suffix,content", [(".pdf", b"%PDF-1.4 broken"), (".docx", b"PK\x03\x04 not a zip")])
def test_damaged_pdf_and_docx_are_refused(suffix, content, tmp_path):
    path = tmp_path / ("damaged" + suffix)
    path.write_bytes(content)
    with pytest.raises(ReadError) as error:
        read_file(path)
    assert "\n" not in str(error.value)


def test_a_100_mb_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(100 * 1024 * 1024)       # sparse: no 100 MB written to disk
    with pytest.raises(ReadError, match="too large"):
        read_file(path)


def test_a_damaged_pdf_says_why_on_its_one_line_only(tmp_path):
    """pypdf logs "EOF marker not found" on standard error: not a second line of its own."""
    import subprocess
    import sys
    path = tmp_path / "damaged.pdf"
    path.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ngarbage")
    run = subprocess.run([sys.executable, "-m", "danchieu.cli", "extract", str(path)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 1
    assert run.stderr.splitlines() == [
        f"danchieu: skipped {path}: not a readable PDF (PdfStreamError: Stream has ended unexpectedly)",
        "0 file(s) read, 1 skipped"]
