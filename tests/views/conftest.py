"""Fixtures: graphs built from the real seeds and corpus, sites written from them, and a
headless Chromium (Debian's, driven by Playwright; never a downloaded browser)."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from danchieu import graph
from danchieu.views import Source, build_site

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "data" / "seeds"
CORPUS = REPO / ".." / "shared" / "corpus"
ARTIFACTS = Path(os.environ.get("DANCHIEU_ARTIFACTS", REPO / "artifacts"))
CHROMIUM = os.environ.get("DANCHIEU_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]

# A title and a sentence that try to run code; they go into a copy of the seeds.
HOSTILE_TITLE = '<script>window.__pwned = "title"</script><img src=x onerror="window.__pwned = \'img\'"> '
HOSTILE_SENTENCE = '<img src=y onerror="window.__pwned = \'sentence\'">'
SAM_SON = "000_adf824d3a700fd9c.txt"       # the Sầm Sơn plan: implements 619/KH-MTTQ-BTT
# A commune's plan for the 2026 elections (16/KH-MTTQ-BTT): "bầu cử" in its title and in
# the titles it cites, which no seed has.
BAU_CU = CORPUS / "real" / "002_mttq-luongminh-kh16-cong-tac-bau-cu.txt"


def _store(tmp_path_factory, name, paths):
    folder = tmp_path_factory.mktemp(name) / "store"
    store = graph.open_store(folder, write=True)   # a new folder: the writer creates it
    graph.build(paths, store=store, progress=False)
    return store


def _site(tmp_path_factory, name: str, source: Source) -> Path:
    out = tmp_path_factory.mktemp(name) / "site"
    build_site(out, source)
    return out


@pytest.fixture(scope="session")
def seeds(tmp_path_factory) -> Source:
    return Source(store=_store(tmp_path_factory, "seeds", [SEEDS]))


@pytest.fixture(scope="session")
def seeds_site(tmp_path_factory, seeds) -> Path:
    return _site(tmp_path_factory, "site", seeds)


@pytest.fixture(scope="session")
def seeds_and_bau_cu(tmp_path_factory) -> Source:
    """The seeds and the election plan: a bigger graph than the seeds alone."""
    if not BAU_CU.is_file():
        pytest.fail(f"the corpus is missing: {BAU_CU} (../shared/corpus beside the repository)")
    return Source(store=_store(tmp_path_factory, "seeds-bau-cu", [SEEDS, BAU_CU]))


@pytest.fixture(scope="session")
def bau_cu_site(tmp_path_factory, seeds_and_bau_cu) -> Path:
    return _site(tmp_path_factory, "bau-cu-site", seeds_and_bau_cu)


@pytest.fixture(scope="session")
def hostile_site(tmp_path_factory) -> Path:
    """The seeds, with a script in the Sầm Sơn plan's title and an onerror in a sentence."""
    texts = tmp_path_factory.mktemp("hostile-texts")
    for f in SEEDS.glob("*.txt"):
        shutil.copy(f, texts / f.name)
    plan = texts / SAM_SON
    text = plan.read_text(encoding="utf-8")
    first = "Tuyên truyền, vận động và giám sát việc thực hiện Nghị quyết số 29-NQ/TW,\n"
    assert first in text
    text = text.replace(first, HOSTILE_TITLE + first, 1)
    text = text.replace("Thực hiện Kế hoạch hành động  số 619", HOSTILE_SENTENCE + " Thực hiện Kế hoạch hành động  số 619", 1)
    plan.write_text(text, encoding="utf-8")
    return _site(tmp_path_factory, "hostile-site", Source(store=_store(tmp_path_factory, "hostile", [texts])))


@pytest.fixture(scope="session")
def corpus(tmp_path_factory) -> Source:
    if not CORPUS.is_dir():
        pytest.fail(f"the corpus is missing: {CORPUS} (../shared/corpus beside the repository)")
    return Source(store=_store(tmp_path_factory, "corpus", [CORPUS]))


@pytest.fixture(scope="session")
def corpus_site(tmp_path_factory, corpus) -> Path:
    return _site(tmp_path_factory, "corpus-site", corpus)


@pytest.fixture(scope="session")
def browser(tmp_path_factory):
    from playwright.sync_api import sync_playwright
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium is missing at {CHROMIUM}: apt-get install -y chromium")
    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")), executable_path=CHROMIUM,
            headless=True, args=CHROMIUM_FLAGS, viewport={"width": 1280, "height": 900})
        yield context
        context.close()


class Page:
    """A page that records console errors and uncaught exceptions."""

    def __init__(self, page):
        self.page = page
        self.errors: list[str] = []
        page.on("console", lambda m: self.errors.append(f"console.{m.type}: {m.text}")
                if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))

    def open(self, path: Path):
        self.page.goto(path.resolve().as_uri())
        return self

    def drawn(self, graph_id: str):
        """Wait until vis-network has drawn the graph once."""
        self.page.wait_for_selector(f"#{graph_id}[data-drawn='1']", state="attached")
        return self

    def node_point(self, graph_id: str, node: str) -> tuple[float, float]:
        """Where a node of a drawn graph is on the screen, scrolled into view."""
        self.page.locator(f"#{graph_id}").scroll_into_view_if_needed()
        return tuple(self.page.evaluate("""([graph, id]) => {
            const g = window.danchieuGraphs[graph].network;
            const p = g.canvasToDOM(g.getPositions([id])[id]);
            const r = document.getElementById(graph).getBoundingClientRect();
            return [r.left + p.x, r.top + p.y]; }""", [graph_id, node]))

    def dataset_ids(self, graph_id: str) -> list[str]:
        return self.page.evaluate(f"window.danchieuGraphs[{graph_id!r}].nodes.getIds()")


@pytest.fixture
def page(browser):
    p = browser.new_page()
    yield Page(p)
    p.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
