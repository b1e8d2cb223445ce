"""The generated site in a real browser: headless Chromium (Debian's) driven by Playwright.

Pages are opened from disk (file://), as a colleague would open the folder offline.
Screenshots of the index and of a lineage view are written to artifacts/.
"""
from __future__ import annotations

from danchieu.extract.normalize import fold_key
from danchieu.views import page_name, write_view

from .conftest import SAM_SON


def _page_of(site, source, text, **kw):
    iri = source.resolve(text, **kw)
    return iri, site / "doc" / page_name(iri, source.node(iri)["symbol"])


def test_index_loads_without_console_errors(page, seeds, seeds_site, artifacts):
    page.open(seeds_site / "index.html").drawn("overview")
    assert page.errors == []
    assert sorted(page.dataset_ids("overview")) == sorted(seeds.graph.nodes)
    # the search narrows the table to the matching documents
    page.page.fill("#q", "29-nq/tw")
    shown = page.page.locator("#docs tbody tr:not([hidden]) td:first-child a").all_inner_texts()
    assert "29-NQ/TW" in shown and len(shown) < seeds.graph.number_of_nodes()
    texts = page.page.locator("#docs tbody tr:not([hidden])").evaluate_all("rs => rs.map(r => r.dataset.text)")
    assert all("29-nq/tw" in fold_key(t) for t in texts)   # symbol or title
    page.page.select_option("#f-level", "tỉnh")
    nodes = [seeds.node(n) for n in seeds.graph]
    expected = [n for n in nodes if n["level"] == "tỉnh" and "29-nq/tw" in f"{n['symbol']} {n['title']}".lower()]
    assert page.page.locator("#docs tbody tr:not([hidden])").count() == len(expected) == 1   # 619/KH-MTTQ-BTT
    page.page.fill("#q", "")
    assert page.page.locator("#docs tbody tr:not([hidden])").count() == sum(
        1 for n in seeds.graph if seeds.node(n)["level"] == "tỉnh")
    page.page.select_option("#f-level", "")
    page.page.screenshot(path=str(artifacts / "index.png"), full_page=True)
    assert page.errors == []


def test_document_page_draws_its_graphs(page, seeds, seeds_site, artifacts):
    nq29, path = _page_of(seeds_site, seeds, "29-NQ/TW", year=2022)
    kh619 = seeds.resolve("619/KH-MTTQ-BTT")
    plan = "https://w3id.org/danchieu/eli/unnumbered/" + SAM_SON.removesuffix(".txt")
    page.open(path).drawn("lineage").drawn("ego")
    assert set(page.dataset_ids("lineage")) == {nq29, kh619, plan}
    neighbours = set(seeds.graph.predecessors(nq29)) | set(seeds.graph.successors(nq29))
    assert set(page.dataset_ids("ego")) == {nq29} | neighbours
    # the canvas really has pixels on it
    box = page.page.locator("#lineage canvas").bounding_box()
    assert box and box["width"] > 300 and box["height"] > 300
    page.page.locator("#lineage").screenshot(path=str(artifacts / "lineage-29-NQ-TW.png"))
    assert page.errors == []


def test_clicking_a_node_opens_its_page(page, seeds, seeds_site):
    nq29, path = _page_of(seeds_site, seeds, "29-NQ/TW", year=2022)
    kh619 = seeds.resolve("619/KH-MTTQ-BTT")
    page.open(path).drawn("lineage")
    x, y = page.node_point("lineage", kh619)
    with page.page.expect_navigation():
        page.page.mouse.click(x, y)
    assert page.page.url.endswith("/doc/" + page_name(kh619, "619/KH-MTTQ-BTT"))
    assert page.page.inner_text("#symbol") == "619/KH-MTTQ-BTT"
    page.drawn("ego")
    assert page.errors == []


def test_a_script_in_a_title_does_not_run(page, hostile_site):
    plan = next(p for p in (hostile_site / "doc").iterdir() if p.name.startswith("000-"))
    page.open(plan).drawn("ego")
    assert "<script>" in page.page.inner_text("#title")          # shown as text
    # hover the node so its tooltip (HTML built from the escaped title) is put in the page
    node = "https://w3id.org/danchieu/eli/unnumbered/" + SAM_SON.removesuffix(".txt")
    x, y = page.node_point("ego", node)
    page.page.mouse.move(x, y)
    tip = page.page.wait_for_selector("div.vis-tooltip .dc-tip", state="visible")
    assert "<script>" in tip.inner_text()
    assert page.page.locator("div.vis-tooltip img, div.vis-tooltip script").count() == 0
    assert page.page.evaluate("typeof window.__pwned") == "undefined"
    # the index and the 29-NQ/TW page show the same title in their tables and tooltips
    page.open(hostile_site / "index.html").drawn("overview")
    assert page.page.evaluate("typeof window.__pwned") == "undefined"
    assert page.errors == []


def test_site_of_the_whole_corpus_renders(page, corpus, corpus_site, artifacts):
    """The site of all of ../shared/corpus: its index and overview draw without errors."""
    assert len(list((corpus_site / "doc").glob("*.html"))) == corpus.graph.number_of_nodes() > 1000
    page.open(corpus_site / "index.html").drawn("overview")
    assert len(page.dataset_ids("overview")) == corpus.graph.number_of_nodes()
    edges = page.page.evaluate("window.danchieuGraphs.overview.edges.length")
    assert edges == corpus.graph.number_of_edges()
    assert page.page.evaluate("window.danchieuGraphs.overview.network.physics.options.enabled") is False
    page.page.locator("#overview").screenshot(path=str(artifacts / "overview-corpus.png"))
    # filters: only documents cited at least 5 times, then without the central ones
    page.page.fill("#overview-filters input[data-key=cited]", "5")
    cited5 = sum(1 for n in corpus.graph if corpus.graph.in_degree(n) >= 5)
    assert page.page.evaluate("window.danchieuGraphs.overview.view.length") == cited5 > 0
    page.page.uncheck("#overview-filters input[value='Trung ương']")
    central5 = sum(1 for n in corpus.graph if corpus.graph.in_degree(n) >= 5 and corpus.node(n)["level"] == "Trung ương")
    assert page.page.evaluate("window.danchieuGraphs.overview.view.length") == cited5 - central5
    assert page.errors == []
    # the most cited document's page draws its graphs too
    top = max(corpus.graph, key=corpus.graph.in_degree)
    page.open(corpus_site / "doc" / page_name(top, corpus.node(top)["symbol"])).drawn("ego")
    assert top in page.dataset_ids("ego")
    assert page.errors == []


class _Projection:
    """Only what the overview reads from danchieu.queries: a hand-built projection."""

    def __init__(self, graph):
        self.graph = graph

    def projection(self, store=None, endpoint=None):
        return self.graph


def test_overview_of_thousands_of_documents_opens_with_physics_off(page, tmp_path):
    import networkx as nx
    from danchieu.views import Source
    g = nx.DiGraph()
    levels = ["Trung ương", "tỉnh", "huyện", "xã"]
    for hub in range(400):                       # 400 resolutions, each implemented by 9 plans
        root = f"https://example.org/doc/{hub}"
        g.add_node(root, symbol=f"{hub}-NQ/TW", type="Nghị quyết", level="Trung ương", title=f"<b>{hub}</b>")
        for i in range(9):
            plan = f"{root}/plan/{i}"
            g.add_node(plan, symbol=f"{i}/KH-{hub}", type="Kế hoạch", level=levels[i % 4], title="Kế hoạch")
            g.add_edge(plan, root, relation="implements", relations=["implements"], sentence="Thực hiện …")
    out = write_view(Source(api=_Projection(g)), None, tmp_path / "big.html", kind="overview")
    page.open(out).drawn("overview")
    assert page.page.evaluate("window.danchieuGraphs.overview.nodes.length") == 4000
    assert page.page.evaluate("window.danchieuGraphs.overview.network.physics.options.enabled") is False
    page.page.fill("#overview-filters input[data-key=cited]", "1")
    assert page.page.evaluate("window.danchieuGraphs.overview.view.length") == 400
    assert page.errors == []
