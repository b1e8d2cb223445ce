"""`danchieu --help` and a command's own import stay light: the heavy libraries load only in
the commands that use them (cold start is timed in bench/scale.py, not here)."""
import subprocess
import sys

HEAVY = ("pandas", "pyvis", "networkx", "rdflib", "spacy")


def test_cli_import_leaves_heavy_libraries_unloaded():
    code = ("import sys, danchieu.cli; "
            f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert loaded.stdout.strip() == "", f"imported at start: {loaded.stdout.strip()}"


def test_package_names_still_resolve_on_first_use():
    code = ("import danchieu.queries as q, danchieu.views as v, danchieu.graph as g; "
            "print(q.cites.__name__, v.build_site.__name__, g.BuildSummary.__name__, sorted(g.FORMATS))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["cites", "build_site", "BuildSummary", "['jsonld',", "'nq',", "'trig',", "'ttl']"]
