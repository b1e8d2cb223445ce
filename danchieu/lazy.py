"""Package names that import their module on first use, so that `danchieu --help` and
commands that never need pandas, networkx, pyvis or rdflib start without them."""
from __future__ import annotations

from importlib import import_module
from typing import Callable


def lazy_names(package: str, **modules: tuple[str, ...]) -> Callable[[str], object]:
    """A module ``__getattr__`` for ``package``: each name in ``modules[m]`` is taken from
    ``package.m`` when first asked for.

    >>> __getattr__ = lazy_names(__name__, api=("cites", "lineage"))   # doctest: +SKIP
    """
    where = {name: module for module, names in modules.items() for name in names}

    def __getattr__(name: str):
        if name in where:
            return getattr(import_module(f".{where[name]}", package), name)
        raise AttributeError(f"module {package!r} has no attribute {name!r}")
    return __getattr__
