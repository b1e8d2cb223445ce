#!/usr/bin/env python3
"""Compare the extractor with a hand-checked gold file, mention by mention.

Usage: python scripts/compare_gold.py GOLD.jsonl CORPUS_DIR [--fields date,type,relation]

Prints, per file, the mentions missed, the false ones, and for matched mentions every field
that differs; then precision and recall of mentions and of (file, cited id) links.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from danchieu.extract import read_text


def load_gold(path: Path) -> dict[str, list[dict]]:
    rows = defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            rows[row["doc"]].append(row)
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("gold", type=Path)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--fields", default="id,date,type,relation,clause")
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args()
    gold = load_gold(args.gold)
    # a field no gold row states (the real sample labels no clauses) is not scored
    stated = {f for rows in gold.values() for g in rows for f, v in g.items() if v is not None}
    fields = [f for f in args.fields.split(",") if f in stated]
    tp = fp = fn = 0
    gold_links, pred_links = set(), set()
    field_errors = defaultdict(int)
    for doc, rows in sorted(gold.items()):
        text = (args.corpus / doc).read_text(encoding="utf-8-sig")
        extraction = read_text(text)
        preds = list(extraction.citations)
        used = set()
        for g in rows:
            gold_links.add((doc, g["id"]))
            match = next((i for i, p in enumerate(preds) if i not in used
                          and p.start < g["end"] and g["start"] < p.end), None)
            if match is None:
                fn += 1
                if not args.quiet:
                    print(f"{doc} MISSED {g['text']!r} @{g['start']} {g['id']} | "
                          f"{extraction.text[max(0, g['start'] - 60):g['end'] + 20]!r}")
                continue
            used.add(match)
            tp += 1
            p = preds[match]
            got = {"id": p.symbol, "date": p.date.isoformat() if p.date else None,
                   "type": p.type, "relation": p.relation,
                   "clause": {"subject": p.clause.subject, "relation": p.clause.stated} if p.clause else None}
            for f in fields:
                want = g.get(f)
                if f == "clause" and want is None and got[f] is None:
                    continue
                if got[f] != want:
                    field_errors[f] += 1
                    if not args.quiet:
                        print(f"{doc} {f}: {g['text']!r} @{g['start']} want {want} got {got[f]} | "
                              f"{extraction.text[max(0, g['start'] - 70):g['start']]!r}")
        for i, p in enumerate(preds):
            pred_links.add((doc, p.symbol))
            if i not in used:
                fp += 1
                if not args.quiet:
                    print(f"{doc} FALSE {p.text!r} @{p.start} {p.symbol} | "
                          f"{extraction.text[max(0, p.start - 60):p.end + 20]!r}")
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    lp = len(gold_links & pred_links) / len(pred_links) if pred_links else 0.0
    lr = len(gold_links & pred_links) / len(gold_links) if gold_links else 0.0
    print(f"mentions: P {precision:.3f} R {recall:.3f} (tp {tp}, fp {fp}, fn {fn})")
    print(f"links:    P {lp:.3f} R {lr:.3f} ({len(gold_links & pred_links)} of {len(gold_links)} gold, {len(pred_links)} predicted)")
    print("field errors on matched mentions:", dict(field_errors) or "none")
    return 0


if __name__ == "__main__":
    sys.exit(main())
