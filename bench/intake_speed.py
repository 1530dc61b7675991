"""How fast intake reads an article, and how many regular expressions it compiles to do so:
the corpus texts (tests/data/intake_corpus/) normalised and extracted, with re's cache of
compiled patterns at the size intake gives it (`intake.extract.RE_CACHE_SIZE`) and at re's own
default, 512, side by side in alternating rounds (this machine's speed drifts by half within
minutes, so the two are only compared within one run).

    .venv/bin/python bench/intake_speed.py [--rounds N] [--every K]

Prints, for each size and round, CPU milliseconds a text and compiles a text, then the median
of each. `--every K` reads every K-th corpus text (default 4); a round starts from an empty
cache and reads three texts to warm it before it is timed.

Then the figures of the same texts' sentences, found as intake finds them (each pattern run
only over a sentence that holds what it needs, `claims.figures_parser._NEEDS`) and with every
pattern run over every sentence, in alternating rounds: CPU milliseconds a text for each.
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

from claims import figures_parser  # noqa: E402
from intake.extract import RE_CACHE_SIZE, extract_suggestions, segment  # noqa: E402
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
    compiler.compile = compile_pattern  # type: ignore[attr-defined]
    figure_gates(texts, args.rounds)
    return 0


def figure_gates(texts: list[Any], rounds: int) -> None:
    """find_figures over the texts' sentences, gated as intake runs it and with every pattern
    run over every sentence, in alternating rounds."""
    sentences = []
    for text in texts:
        normalised = normalise(text.text).text
        sentences += [normalised[start:end] for start, end in segment(normalised)]
    needs = dict(figures_parser._NEEDS)
    timings: dict[str, list[float]] = {"gated": [], "every pattern": []}
    for number in range(rounds):
        order = [("gated", needs), ("every pattern", {})]
        for label, gates in order if number % 2 == 0 else reversed(order):
            figures_parser._NEEDS = gates
            began = time.process_time()
            for sentence in sentences:
                figures_parser.find_figures(sentence)
            took = 1000 * (time.process_time() - began) / len(texts)
            timings[label].append(took)
            print(f"round {number + 1}, find_figures, {label:>13}: {took:6.1f} ms a text")
    figures_parser._NEEDS = needs
    for label, runs in timings.items():
        print(f"median, find_figures, {label:>13}: {statistics.median(runs):6.1f} ms a text")


if __name__ == "__main__":
    sys.exit(main())
