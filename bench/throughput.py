#!/usr/bin/env python3
"""Extraction throughput on real text, against a single grep pass as the floor.

Concatenates ../shared/corpus/real/*.txt, repeats it to at least --mb megabytes, then times:
  - danchieu.extract.read_text on the whole text, in this one process (one core);
  - one pass of ripgrep (or GNU grep if ripgrep is absent) counting the bare
    number/symbol pattern, the least any extractor must do.
Prints MB/s for both and their ratio. MB are 10^6 bytes of UTF-8. The input repeats the
corpus, so the per-spelling cache of symbol parts is warm after the first copy; within one
real document symbols repeat too, and the cache saves at most about 5 ms per MB.

Usage: python bench/throughput.py [--mb 50] [--repeat 3] [--corpus ../shared/corpus/real]
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from danchieu.extract import read_text

ROOT = Path(__file__).resolve().parents[1]
FLOOR_PATTERN = r"[0-9]+ ?[-/] ?[0-9A-Za-zĐđ]+[-/][A-Za-zĐđ0-9]+"


def corpus_text(folder: Path, megabytes: float) -> str:
    parts = [p.read_text(encoding="utf-8-sig") for p in sorted(folder.glob("*.txt"))]
    one = "\n\n".join(parts)
    size = len(one.encode("utf-8"))
    copies = max(1, int(megabytes * 1e6 / size) + 1)
    return "\n\n".join([one] * copies)


def best_of(repeat: int, run) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=50)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "real")
    args = parser.parse_args()
    text = corpus_text(args.corpus, args.mb)
    size_mb = len(text.encode("utf-8")) / 1e6
    citations = len(read_text(text[:2_000_000]).citations)
    seconds = best_of(args.repeat, lambda: read_text(text))
    print(f"input: {size_mb:.1f} MB ({len(text):,} characters)")
    print(f"danchieu: {seconds:.2f} s, {size_mb / seconds:.1f} MB/s on one core "
          f"({citations} citations in the first 2 MB)")
    tool = shutil.which("rg") or shutil.which("grep")
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", delete=False) as handle:
        handle.write(text)
        path = handle.name
    try:
        command = [tool, "-c", "-E" if tool.endswith("grep") and not tool.endswith("rg") else "-e", FLOOR_PATTERN, path]
        if Path(tool).name == "rg":
            command = [tool, "-c", FLOOR_PATTERN, path]
        floor = best_of(args.repeat, lambda: subprocess.run(command, check=False, capture_output=True,
                                                            env=dict(os.environ, LC_ALL="C.UTF-8")))
    finally:
        os.unlink(path)
    print(f"floor ({Path(tool).name} -c, one pass): {floor:.2f} s, {size_mb / floor:.1f} MB/s")
    print(f"ratio: {seconds / floor:.1f}x the floor")
    return 0


if __name__ == "__main__":
    sys.exit(main())
