"""The lookup interface every gazetteer backend speaks, and the name normalisation they share."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol


@dataclass
class Candidate:
    """One gazetteer entry that a name may refer to.

    ``geonameid`` is the GeoNames id; entries the builder derived itself (an admin region known only
    from its member towns) carry a negative id, which is no GeoNames id. ``admin1`` is the first-level
    region's name (e.g. "Borno"), not its code. ``feature_class``/``feature_code`` follow GeoNames
    ("P"/"PPL" a populated place, "A"/"ADM1" a first-level region, "A"/"PCLI" a country).
    """

    geonameid: int
    name: str
    latitude: float
    longitude: float
    country_code: str | None
    admin1: str | None
    feature_class: str
    feature_code: str
    population: int
    admin2: str | None = None
    source: str = "offline"     # "offline" (an index) or "online" (a geocoder service)


class Backend(Protocol):
    """What the :class:`~extract.gazetteer.Gazetteer` asks of a backend."""

    def lookup(self, name: str, country: str | None = None, limit: int = 20) -> list[Candidate]:
        ...


_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u02bc": "'", "\u02bb": "'"})
_NON_WORD = re.compile(r"[^\w']+")

# Hausa generic words that open many Nigerian and Nigerien place names, each spelt several ways:
# "unguwa" (a quarter or hamlet: Anguwan Rimi, Ungwan Rimi, Unguwar Rimi) and "mararaba" (a
# junction: Mararraba, Maraban). As the first of several words they take one spelling in keys,
# so the spellings of one village meet.
_GENERIC_FIRST_WORDS = {
    **dict.fromkeys(("anguwan", "angwan", "ungwan", "unguwan", "unguwar", "ungwar", "anguwar",
                     "angwar", "unguwa", "ungwa", "anguwa", "angwa"), "ungwan"),
    **dict.fromkeys(("mararaba", "mararraba", "mararaban", "mararraban", "maraban", "marraba"),
                    "mararaba"),
}


# The version of the keys name_key gives: raised when they change, so that lookups in an index
# built under older keys also try the older key (see OfflineGazetteer).
KEYS_VERSION = "2"


def legacy_name_key(name: str) -> str:
    """The key of version 1 (before the Hausa generic first words took one spelling)."""
    text = unicodedata.normalize("NFKD", name.translate(_APOSTROPHES))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(_NON_WORD.sub(" ", text.casefold()).replace("'", "").split())


def generic_first_word(word: str) -> str:
    """The one spelling of a Hausa generic first word ("Unguwar" -> "ungwan"); any other word
    lower-cased."""
    low = word.casefold()
    return _GENERIC_FIRST_WORDS.get(low, low)


@lru_cache(maxsize=200000)
def name_key(name: str) -> str:
    """The form under which names are indexed and looked up.

    Accents are dropped, case is folded, hyphens, dots, commas and other punctuation become single
    spaces, and apostrophes go ("Ma'arrat" and "Maarrat" meet), so "Al-Qa'im" and "al Qaim" share a key.
    A Hausa generic first word takes one spelling ("Anguwan Rimi" and "Unguwar Rimi" meet).
    Memoised: resolution asks for the keys of the same few thousand names over and over.
    """
    words = legacy_name_key(name).split()
    if len(words) > 1 and words[0] in _GENERIC_FIRST_WORDS:
        words[0] = _GENERIC_FIRST_WORDS[words[0]]
    return " ".join(words)


_VOWELS = re.compile(r"[aeiouyhw ]+")


def skeleton_key(name: str) -> str | None:
    """A spelling-tolerant key: the name's consonants, doubled letters merged ("Jawzjan" and
    "Jowzjan" both give "~jzjn"). Transliterations of Arabic, Persian and Hausa names vary mostly in
    their vowels. None for names too short for this to be safe.
    """
    key = name_key(name)
    if len(key) < 5:
        return None
    sk = _VOWELS.sub("", key)
    sk = re.sub(r"(.)\\1+", r"\\1", sk)
    return "~" + sk if len(sk) >= 4 else None
