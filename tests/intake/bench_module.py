"""The intake bench (bench/intake_quality.py) as a module the tests can call: it is a script in
bench/, not a package, so it is loaded from its file."""

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def load_bench() -> ModuleType:
    """A fresh copy of bench/intake_quality.py, loaded from its file."""
    spec = importlib.util.spec_from_file_location(
        "intake_quality", ROOT / "bench" / "intake_quality.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
