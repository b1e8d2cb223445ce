"""Fixtures: the seed graph (and the seeds plus a 2013 plan, so two 29-NQ/TW exist) on each
kind of store. The store fixtures (`store`, `server`) come from tests/graph/conftest.py."""
from __future__ import annotations

from pathlib import Path

import pytest

import importlib.util

from danchieu import graph

# Reuse the store fixtures of tests/graph (an embedded folder and a real `oxigraph serve`),
# loaded by path so that neither test folder has to be a package of the other.
_spec = importlib.util.spec_from_file_location(
    "_graph_conftest", Path(__file__).parents[1] / "graph" / "conftest.py")
_graph_conftest = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_graph_conftest)
server = _graph_conftest.server
store = _graph_conftest.store
SEEDS = _graph_conftest.SEEDS

FIXTURES = Path(__file__).parent / "fixtures"
NQ29_2013 = FIXTURES / "nq29_2013.txt"


@pytest.fixture
def seeds(store):
    """A store of each kind holding the graph of data/seeds."""
    graph.build([SEEDS], store=store, progress=False)
    return store


@pytest.fixture
def two29(store):
    """The seeds and a 2014 district plan implementing 29-NQ/TW of 2013 (khóa XI)."""
    graph.build([SEEDS, NQ29_2013], store=store, progress=False)
    return store
