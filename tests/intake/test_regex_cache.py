"""Reading articles again compiles no regular expression again: re's cache of compiled patterns
holds all an article needs (pysbd's abbreviation rules, the attribution rules' patterns with a
name written in), where re's own bound, 512, made every article compile most of them again."""

import importlib
import re
from pathlib import Path
from typing import Any

import pytest

from intake.extract import extract_suggestions
from intake.normalise import normalise

# re's compiler, which the cache spares: not in typeshed, so imported by name.
_COMPILER = importlib.import_module("re._compiler")
CORPUS = Path(__file__).resolve().parent.parent / "data" / "intake_corpus"


def test_articles_read_again_compile_no_pattern_again(monkeypatch: pytest.MonkeyPatch) -> None:
    # From an empty cache: a worker that has read hundreds of articles before this test has a
    # full one, which drops its oldest patterns as new names come.
    re.purge()
    texts = [
        normalise(path.read_text(encoding="utf-8")) for path in sorted(CORPUS.glob("*.txt"))[:12]
    ]
    for text in texts:
        extract_suggestions(text)
    compiled: list[Any] = []
    compile_pattern = _COMPILER.compile

    def counted(pattern: Any, flags: int = 0) -> Any:
        compiled.append(pattern)
        return compile_pattern(pattern, flags)

    monkeypatch.setattr(_COMPILER, "compile", counted)
    for text in texts:
        extract_suggestions(text)
    assert compiled == []
