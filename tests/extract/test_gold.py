"""Accuracy against hand-checked gold files (see tests/gold/README.md, bench/gold/README.md)."""
from pathlib import Path

import pytest

from danchieu.extract import read_file

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "data" / "seeds"
REAL = ROOT.parent / "shared" / "corpus" / "real"


def _compare_gold():
    """scripts/compare_gold.py, whose gold loader the tests share."""
    import importlib.util
    spec = importlib.util.spec_from_file_location("compare_gold", ROOT / "scripts" / "compare_gold.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


load = _compare_gold().load_gold


SEED_GOLD = load(ROOT / "tests" / "gold" / "seeds.jsonl")


@pytest.mark.parametrize("doc", sorted(SEED_GOLD))
def test_seed_citations_match_the_hand_checked_table(doc):
    """Every citation in the seeds is found, with its symbol, type and date; nothing else."""
    extraction = read_file(SEEDS / doc)
    got = [(c.start, c.end, c.symbol, c.type, c.date.isoformat() if c.date else None)
           for c in extraction.citations]
    want = [(g["start"], g["end"], g["id"], g["type"], g["date"]) for g in SEED_GOLD[doc]]
    assert got == want


@pytest.mark.parametrize("doc", sorted(SEED_GOLD))
def test_seed_clause_relations(doc):
    """Relations a citation's own clause states between two other documents."""
    extraction = read_file(SEEDS / doc)
    got = {(c.start, c.clause.subject, c.clause.relation) for c in extraction.citations if c.clause}
    want = {(g["start"], g["clause"]["subject"], g["clause"]["relation"])
            for g in SEED_GOLD[doc] if g.get("clause")}
    assert want <= got


def test_seed_relations_mostly_agree():
    """Relations are judgement calls in places; at least 90% agree with the hand labels."""
    agree = total = 0
    for doc, rows in SEED_GOLD.items():
        by_start = {c.start: c for c in read_file(SEEDS / doc).citations}
        for g in rows:
            total += 1
            agree += by_start[g["start"]].relation == g["relation"]
    assert agree / total >= 0.90, f"{agree}/{total}"


def test_real_sample_precision_and_recall():
    """12 real documents never used to write the patterns: mentions and (file, id) links
    reach precision and recall of 0.97."""
    gold = load(ROOT / "bench" / "gold" / "real_sample.jsonl")
    tp = fp = fn = 0
    gold_links, pred_links = set(), set()
    for doc, rows in gold.items():
        preds = list(read_file(REAL / doc).citations)
        used = set()
        for g in rows:
            gold_links.add((doc, g["id"]))
            hit = next((i for i, p in enumerate(preds)
                        if i not in used and p.start < g["end"] and g["start"] < p.end), None)
            if hit is None:
                fn += 1
            else:
                used.add(hit)
                tp += 1
        fp += len(preds) - len(used)
        pred_links |= {(doc, p.symbol) for p in preds}
    assert tp / (tp + fp) >= 0.97 and tp / (tp + fn) >= 0.97, (tp, fp, fn)
    common = len(gold_links & pred_links)
    assert common / len(pred_links) >= 0.97 and common / len(gold_links) >= 0.97
