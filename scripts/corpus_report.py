#!/usr/bin/env python3
"""The regression net for every change to the patterns.

Runs the extractor over ../shared/corpus/real and compares each file's mentions (span,
symbol, type, date, relation) with the last accepted report, committed in
tests/corpus/accepted.jsonl. Prints, per file, how many citations were found, gained and
lost; exits 1 when anything differs, so a change to the patterns is accepted on purpose:

    python scripts/corpus_report.py              # compare; exit 1 on any difference
    python scripts/corpus_report.py --accept     # write the current report as accepted
    python scripts/corpus_report.py --out report.tsv   # also write the per-file table
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from danchieu.extract import read_file

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "real"
ACCEPTED = ROOT / "tests" / "corpus" / "accepted.jsonl"
KEYS = ("doc", "start", "end", "symbol", "type", "date", "relation")


def current(corpus: Path = CORPUS) -> list[dict]:
    rows = []
    for path in sorted(corpus.glob("*.txt")):
        for c in read_file(path).citations:
            rows.append({"doc": path.name, "start": c.start, "end": c.end, "symbol": c.symbol,
                         "type": c.type, "date": c.date.isoformat() if c.date else None,
                         "relation": c.relation})
    return rows


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def compare(accepted: list[dict], now: list[dict]) -> dict[str, dict]:
    """Per file: found, and the mentions gained and lost against the accepted report."""
    def keyed(rows):
        out = defaultdict(set)
        for r in rows:
            out[r["doc"]].add(tuple(r[k] for k in KEYS))
        return out
    old, new = keyed(accepted), keyed(now)
    return {doc: {"found": len(new[doc]), "gained": sorted(new[doc] - old[doc]),
                  "lost": sorted(old[doc] - new[doc])}
            for doc in sorted(set(old) | set(new))}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--accept", action="store_true", help="write the current report as accepted")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--out", type=Path, help="also write the per-file table (TSV) here")
    args = parser.parse_args()
    now = current(args.corpus)
    if args.accept:
        ACCEPTED.parent.mkdir(parents=True, exist_ok=True)
        ACCEPTED.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in now), encoding="utf-8")
        print(f"accepted {len(now)} mentions in {len({r['doc'] for r in now})} files")
        return 0
    report = compare(load(ACCEPTED), now)
    lines = ["file\tfound\tgained\tlost"]
    changed = 0
    for doc, r in report.items():
        lines.append(f"{doc}\t{r['found']}\t{len(r['gained'])}\t{len(r['lost'])}")
        for kind in ("gained", "lost"):
            for row in r[kind]:
                changed += 1
                print(f"{kind:6} {doc} " + " ".join(str(x) for x in row[1:]))
    if args.out:
        args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    total = sum(r["found"] for r in report.values())
    print(f"{len(report)} files, {total} mentions; {changed} differ from the accepted report")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
