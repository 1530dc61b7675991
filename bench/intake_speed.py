"""How fast intake reads an article, and how many regular expressions it compiles to do so:
the corpus texts (tests/data/intake_corpus/) normalised and extracted, with re's cache of
compiled patterns at the size intake gives it (`intake.extract.RE_CACHE_SIZE`) and at re's own
default, 512, side by side in alternating rounds (this machine's speed drifts by half within
minutes, so the two are only compared within one run).

    .venv/bin/python bench/intake_speed.py [--rounds N] [--every K]

Prints, for each size and round, CPU milliseconds a text and compiles a text, then the median
of each. `--every K` reads every K-th corpus text (default 4); a round starts from an empty
cache and reads three texts to warm it before it is timed.
"""

import argparse
import importlib
import os
import re
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("TALLY_LOCAL", "true")

import django  # noqa: E402
from django.apps import apps  # noqa: E402

if not apps.ready:
    django.setup()

from intake_quality import load_corpus  # noqa: E402

from intake.extract import RE_CACHE_SIZE, extract_suggestions  # noqa: E402
from intake.normalise import normalise  # noqa: E402

RE_DEFAULT_CACHE = 512
WARM_TEXTS = 3


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--every", type=int, default=4)
    args = parser.parse_args()
    texts = load_corpus()[:: args.every]
    compiles = [0]
    compiler = importlib.import_module("re._compiler")  # not in typeshed
    compile_pattern = compiler.compile

    def counted(pattern: Any, flags: int = 0) -> Any:
        compiles[0] += 1
        return compile_pattern(pattern, flags)

    compiler.compile = counted  # type: ignore[attr-defined]
    figures: dict[int, list[tuple[float, float]]] = {RE_CACHE_SIZE: [], RE_DEFAULT_CACHE: []}
    print(f"{len(texts)} corpus texts a round")
    for number in range(args.rounds):
        sizes = [RE_CACHE_SIZE, RE_DEFAULT_CACHE]
        for size in sizes if number % 2 == 0 else reversed(sizes):
            re._MAXCACHE = size  # type: ignore[attr-defined]
            re.purge()
            for text in texts[:WARM_TEXTS]:
                extract_suggestions(normalise(text.text), publisher=text.publisher)
            compiles[0] = 0
            began = time.process_time()
            for text in texts:
                extract_suggestions(normalise(text.text), publisher=text.publisher)
            took = 1000 * (time.process_time() - began) / len(texts)
            figures[size].append((took, compiles[0] / len(texts)))
            print(
                f"round {number + 1}, re cache {size:>5}: {took:6.1f} ms a text, "
                f"{compiles[0] / len(texts):6.1f} compiles a text"
            )
    for size, runs in figures.items():
        print(
            f"median, re cache {size:>5}: {statistics.median(t for t, _ in runs):6.1f} ms a "
            f"text, {statistics.median(c for _, c in runs):6.1f} compiles a text"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
