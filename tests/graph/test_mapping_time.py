"""Mapping one file to its graph costs time linear in the file: four times the text, under six
times the time (as for extraction, tests/extract/test_robustness.py). Each input once took
time in the square of its length."""
import time

import pytest

from danchieu.extract import read_text
from danchieu.graph.document import document_graph


def cut(unit: str, size: int) -> str:
    return (unit * (size // len(unit.encode("utf-8")) + 1)).encode("utf-8")[:size].decode("utf-8", "ignore")


DENSE = {
    # each citation's sentence was searched for from the start of the text
    "citations with no sentence end after them": lambda size: cut("Căn cứ Nghị định số 93/2021/NĐ-CP. ", size),
    # each undated mention gathered every other mention of its symbol, then sorted them
    "one undated symbol, repeated": lambda size: cut("Quán triệt Nghị quyết số 29-NQ/TW. ", size),
    # a clause whose subject is the text itself searched all earlier mentions for it
    "clauses of the text's own symbol": lambda size: "Số: 141/KH-UBND\n" + cut(
        "Kế hoạch số 141/KH-UBND về thực hiện Nghị quyết số 29-NQ/TW ngày 17/11/2022. ", size),
}


def mapping_seconds(text: str) -> float:
    """CPU seconds of mapping alone, extraction done beforehand."""
    extraction = read_text(text)
    started = time.process_time()
    document_graph(extraction, "a/b.txt", "hash")
    return time.process_time() - started


@pytest.mark.parametrize("name", sorted(DENSE))
def test_mapping_costs_linear_time(name):
    build = DENSE[name]
    # best of three each: under a parallel test run one measure varies by half
    quarter = min(mapping_seconds(build(100_000)) for _ in range(3))
    whole = min(mapping_seconds(build(400_000)) for _ in range(3))
    assert whole < 6 * quarter + 0.2, f"{name}: {quarter:.2f} s for 0.1 MB, {whole:.2f} s for 0.4 MB"
