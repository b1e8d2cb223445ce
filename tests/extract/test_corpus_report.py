"""The real corpus gives exactly the accepted report (scripts/corpus_report.py --accept
records a deliberate change)."""
from pathlib import Path
import importlib.util

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("corpus_report", ROOT / "scripts" / "corpus_report.py")
corpus_report = importlib.util.module_from_spec(spec)
spec.loader.exec_module(corpus_report)


def test_real_corpus_matches_the_accepted_report():
    report = corpus_report.compare(corpus_report.load(corpus_report.ACCEPTED), corpus_report.current())
    assert len(report) == 114
    changes = {doc: (r["gained"][:3], r["lost"][:3]) for doc, r in report.items() if r["gained"] or r["lost"]}
    assert not changes, "run scripts/corpus_report.py to see the differences; --accept if intended"
