"""A cheap test, before spaCy, of whether an article can report a conflict event at all."""

from __future__ import annotations

import re
from functools import lru_cache

from .components.common import load_json


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    stems = sorted(load_json("prefilter_words.json")["stems"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, stems)) + ")", re.IGNORECASE)


def has_conflict_vocabulary(text: str) -> bool:
    """True when ``text`` holds at least one word of conflict vocabulary ("attack", "killed" ...)."""
    return _pattern().search(text) is not None
