"""The site's HTML, parsed (BeautifulSoup): structure, links both ways, escaping, file names."""
from __future__ import annotations

import json
import re

import pytest
from bs4 import BeautifulSoup
from hypothesis import given, strategies as st

from danchieu.views import page_name, write_view
from danchieu.views.network import ranks, tooltip

from .conftest import HOSTILE_SENTENCE, HOSTILE_TITLE

SAM_SON_PLAN = "https://w3id.org/danchieu/eli/unnumbered/000_adf824d3a700fd9c"


def soup(path):
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def payload(html: BeautifulSoup, graph_id: str) -> dict:
    return json.loads(html.find("script", id=f"{graph_id}-data").string)


def doc_page(site, source, iri):
    return site / "doc" / page_name(iri, source.node(iri)["symbol"])


def test_lineage_of_29_nq_tw_on_its_page(seeds, seeds_site):
    """Done-when: 29-NQ/TW ← 619/KH-MTTQ-BTT ← the Sầm Sơn plan."""
    nq29 = seeds.resolve("29-NQ/TW", year=2022)
    kh619 = seeds.resolve("619/KH-MTTQ-BTT")
    html = soup(doc_page(seeds_site, seeds, nq29))
    assert html.find(id="symbol").get_text(strip=True) == "29-NQ/TW"
    view = payload(html, "lineage")
    assert {nq29, kh619, SAM_SON_PLAN} <= {n["id"] for n in view["nodes"]}
    edges = {(e["from"], e["to"]) for e in view["edges"]}
    assert (kh619, nq29) in edges and (SAM_SON_PLAN, kh619) in edges
    row = {n["id"]: n["level"] for n in view["nodes"]}
    assert row[nq29] < row[kh619] < row[SAM_SON_PLAN]          # tier by tier, top to bottom
    shapes = {n["id"]: n["shape"] for n in view["nodes"]}
    assert shapes[nq29] == "star" and shapes[kh619] == "square"   # Nghị quyết, Kế hoạch


def test_every_document_has_a_page_and_pages_link_both_ways(seeds, seeds_site):
    g = seeds.graph
    pages = {n: page_name(n, seeds.node(n)["symbol"]) for n in g}
    assert sorted(p.name for p in (seeds_site / "doc").iterdir()) == sorted(pages.values())
    links = {n: {a["href"] for a in soup(seeds_site / "doc" / p).find_all("a", href=True)}
             for n, p in pages.items()}
    for u, v in g.edges():
        assert pages[v] in links[u], f"{u} does not link to {v}, which it cites"
        assert pages[u] in links[v], f"{v} does not link to {u}, which cites it"
    index_links = {a["href"] for a in soup(seeds_site / "index.html").find_all("a", href=True)}
    assert {"doc/" + p for p in pages.values()} <= index_links


def test_document_page_lists_citations_with_evidence(seeds, seeds_site):
    kh619 = seeds.resolve("619/KH-MTTQ-BTT")
    html = soup(doc_page(seeds_site, seeds, kh619))
    cited_by = html.find(id="cited-by")
    rows = cited_by.find_all("tr")[1:]
    assert rows, "619/KH-MTTQ-BTT is cited by the Sầm Sơn plan"
    text = cited_by.get_text(" ", strip=True)
    assert "implements" in text and "619" in text      # the relation and its evidence sentence
    assert html.find(id="cites").find("a", href=page_name(seeds.resolve("29-NQ/TW", year=2022), "29-NQ/TW"))


def test_index_has_search_filters_top_and_overview(seeds, seeds_site):
    html = soup(seeds_site / "index.html")
    for control in ("q", "f-type", "f-level", "f-year"):
        assert html.find(id=control)
    assert {o.get_text() for o in html.find(id="f-level").find_all("option")} >= {"Trung ương", "tỉnh", "huyện"}
    assert len(html.find(id="docs").find("tbody").find_all("tr")) == seeds.graph.number_of_nodes()
    top = html.find(id="top").find("tbody").find_all("tr")
    assert top and top[0].find("a").get_text() == "124-QĐ/TW"         # cited by 4 seed plans
    assert len(payload(html, "overview")["nodes"]) == seeds.graph.number_of_nodes()
    # vis-network is bundled, nothing is fetched from elsewhere
    sources = [s.get("src") for s in html.find_all("script") if s.get("src")]
    sources += [l.get("href") for l in html.find_all("link") if l.get("href")]
    assert all(not re.match(r"(https?:)?//", s) for s in sources), sources
    assert (seeds_site / "static" / "vis-network.min.js").stat().st_size > 100_000


def test_hostile_title_and_sentence_are_text(hostile_site):
    for path in [hostile_site / "index.html", *(hostile_site / "doc").iterdir()]:
        html = soup(path)
        scripts = html.find_all("script")
        assert all(s.get("src") or s.get("type") == "application/json" or "window.__pwned" not in (s.string or "")
                   for s in scripts), path
        assert not html.find_all(attrs={"onerror": True}), path
        assert not html.find_all("img"), path
    plan = next(p for p in (hostile_site / "doc").iterdir() if p.name.startswith("000-"))
    html = soup(plan)
    assert html.find(id="title").get_text().startswith(HOSTILE_TITLE.strip())
    # in the graph data too: tooltips are escaped HTML
    ego = payload(html, "ego")
    me = next(n for n in ego["nodes"] if n["id"].endswith("000_adf824d3a700fd9c"))
    assert "&lt;script&gt;" in me["title"] and "<script" not in me["title"]
    assert "<img" not in json.dumps(ego) and "&lt;img src=y" in json.dumps(ego)


def test_tooltip_escapes_every_field():
    node = {"id": "x", "symbol": "<b>1</b>", "type": "<i>", "date": "\"'", "issuer": "<svg onload=1>",
            "level": "tỉnh", "title": "<script>alert(1)</script>", "ambiguous": False, "unresolved": 0}
    html = tooltip(node, [("implements", HOSTILE_SENTENCE)])
    assert "<script" not in html and "<svg" not in html and "<img" not in html and "<b>1" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


@given(st.text(max_size=80), st.text(max_size=80))
def test_page_names_are_safe(iri, symbol):
    name = page_name(iri, symbol)
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*\.html", name), name
    assert ".." not in name and "/" not in name


def test_page_names_are_distinct_for_the_two_29_nq_tw():
    a = page_name("https://w3id.org/danchieu/eli/party/vn/TW/NQ/XI/29", "29-NQ/TW")
    b = page_name("https://w3id.org/danchieu/eli/party/vn/TW/NQ/XIII/29", "29-NQ/TW")
    assert a != b and a.startswith("29-nq-tw-") and b.startswith("29-nq-tw-")
    assert page_name("x/../../etc/passwd", "../../etc/passwd").startswith("etc-passwd-")


def test_ranks_put_implementers_below_and_respect_tiers():
    # 29 (Trung ương) <- 619 (Trung ương) <- plan (huyện); a xã plan directly under 29.
    admin = {"29": 0, "619": 0, "plan": 2, "xa": 3}
    r = ranks(admin, [("619", "29"), ("plan", "619"), ("plan", "29"), ("xa", "29")], admin)
    assert r == {"29": 0, "619": 1, "plan": 2, "xa": 3}
    assert set(ranks(["a", "b"], [("a", "b"), ("b", "a")], {}).values()) <= set(range(3))   # a cycle ends


@pytest.mark.parametrize("doc, kw", [("29-NQ/TW", {}), (None, {"year": 2022}), (None, {"pick": 1})])
def test_an_overview_takes_no_document(seeds, tmp_path, doc, kw):
    """The whole graph: a document, year or pick given with it is refused, not dropped."""
    with pytest.raises(ValueError, match="whole graph"):
        write_view(seeds, doc, tmp_path / "o.html", kind="overview", **kw)
    assert not (tmp_path / "o.html").exists()


@pytest.mark.parametrize("out, named, error", [
    # (where the view is written, the path the error names, the error)
    ("folder", "folder", IsADirectoryError),          # --out is a folder
    ("file.txt/v.html", "file.txt", NotADirectoryError),
])
def test_a_view_is_not_written_over_a_folder_or_into_a_file(seeds, tmp_path, out, named, error):
    (tmp_path / "folder").mkdir()
    (tmp_path / "file.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(error) as e:
        write_view(seeds, "619/KH-MTTQ-BTT", tmp_path / out)
    assert e.value.filename == str(tmp_path / named)
    assert (tmp_path / "file.txt").read_text(encoding="utf-8") == "mine" and not any((tmp_path / "folder").iterdir())
