"""Writing a site over an earlier one: the pages of documents no longer in the graph go, files
the generator did not write stay."""
from __future__ import annotations

import shutil

from bs4 import BeautifulSoup

from danchieu.views import build_site, page_name

# A user's files in and beside the site: none is named as a page, so none is removed.
USER_FILES = ["notes.txt", "mine.html", "doc/notes.txt", "doc/notes.html", "doc/sub/page-0123456789.html",
              "doc/29-NQ-TW-0123456789.html", "static/extra.css"]


def test_rebuild_leaves_exactly_the_current_pages(tmp_path, seeds, seeds_and_bau_cu, bau_cu_site):
    out = tmp_path / "site"
    shutil.copytree(bau_cu_site, out)                       # the bigger site, written before
    for name in USER_FILES:
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        (out / name).write_text("mine", encoding="utf-8")
    before = {p.name for p in (out / "doc").glob("*.html")}
    pages = {page_name(n, seeds.node(n)["symbol"]) for n in seeds.graph}
    stale = before - pages - {"notes.html", "29-NQ-TW-0123456789.html"}
    assert stale and len(stale) == seeds_and_bau_cu.graph.number_of_nodes() - seeds.graph.number_of_nodes()

    summary = build_site(out, seeds)
    assert summary.removed == len(stale)
    assert f"removed {len(stale)} pages of an earlier site" in summary.lines()
    assert {p.name for p in (out / "doc").iterdir() if p.is_file()} == \
        pages | {"notes.txt", "notes.html", "29-NQ-TW-0123456789.html"}
    assert all((out / name).read_text(encoding="utf-8") == "mine" for name in USER_FILES)
    # no page links to a page that is not there
    for path in [out / "index.html", *(out / "doc" / p for p in pages)]:
        for a in BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").find_all("a", href=True):
            if a["href"].endswith(".html"):
                assert (path.parent / a["href"]).is_file(), (path.name, a["href"])

    again = build_site(out, seeds)                          # nothing stale the second time
    assert again.removed == 0 and not any("removed" in line for line in again.lines())
    assert {p.name for p in (out / "doc").glob("*.html")} == pages | {"notes.html", "29-NQ-TW-0123456789.html"}
