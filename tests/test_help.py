"""Every command's help has examples, printed one command a line as written, and those that
need nothing but the bundled seeds run on them as they stand."""
import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from danchieu import graph
from danchieu.cli import app

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()
NAMES = sorted(info.name or info.callback.__name__ for info in app.registered_commands)
# What the seeds alone cannot give: another store or server, the shared corpus, a query file.
NEEDS_MORE = ("--store", "--endpoint", "../shared", " -f ")


def examples(name: str) -> list[str]:
    out = runner.invoke(app, [name, "--help"], terminal_width=100).output
    assert "Example:" in out, f"{name} --help has no example"
    lines = out.split("Example:", 1)[1].split("\n\n", 2)[1].splitlines()
    return [line.strip() for line in lines if line.strip()]


@pytest.mark.parametrize("name", NAMES)
def test_help_prints_each_example_whole_on_its_own_line(name):
    found = examples(name)
    assert found and all(line.startswith(f"danchieu {name}") for line in found), found
    for line in found:                      # quotes closed: nothing was cut mid-argument
        shlex.split(line)


@pytest.fixture(scope="module")
def seeds_here(tmp_path_factory):
    """A folder to run in: data/seeds beside it, its default store built from them."""
    here = tmp_path_factory.mktemp("newcomer")
    (here / "data").symlink_to(ROOT / "data")
    graph.build([here / "data" / "seeds"], store=here / ".danchieu" / "store", progress=False)
    return here


@pytest.mark.parametrize("line", [line for name in NAMES for line in examples(name)
                                  if not any(more in f" {line}" for more in NEEDS_MORE)])
def test_example_runs_on_the_bundled_seeds(line, seeds_here, monkeypatch):
    monkeypatch.chdir(seeds_here)
    for name in ("DANCHIEU_STORE", "DANCHIEU_ENDPOINT"):
        monkeypatch.delenv(name, raising=False)
    args = shlex.split(line.split(" > ")[0])[1:]          # a shell redirect is the shell's
    result = runner.invoke(app, args, terminal_width=200)
    assert result.exit_code == 0, f"{line}\n{result.output}"
    out = line.split("--out ")[1].split()[0] if "--out " in line else None
    assert (seeds_here / out).exists() if out else result.output.strip()
