"""A synthetic corpus (bench/generate.py) built into a graph: the generator's truth says which
plan implements which document, tier by tier; the graph must hold those links between the
right nodes (identity and relation together), on noisy text with numbers that collide
across localities and terms."""
import sys
from pathlib import Path

from danchieu.graph.ingest import build

BENCH = Path(__file__).resolve().parents[2] / "bench"


def test_the_graph_holds_the_generators_lineage(store, tmp_path):
    sys.path.insert(0, str(BENCH))
    try:
        from generate import generate
        from scale import parent_links
    finally:
        sys.path.remove(str(BENCH))
    generate(tmp_path / "corpus", 400, seed=3)
    build([tmp_path / "corpus"], store, progress=False)
    links = parent_links(store, tmp_path / "corpus")
    assert links["of"] > 300
    # 99.7 % at 10,000 documents (bench/scale.py); a plan placed in the wrong province, or a
    # resolution of another term, would break its link
    assert links["found"] >= 0.99 * links["of"], links
