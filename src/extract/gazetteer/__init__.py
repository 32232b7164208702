"""Gazetteer: one lookup interface (geopy-style), backends behind it.

* :class:`Gazetteer` — what the resolver talks to: ``lookup(name, country, limit)``. It asks its
  backends in order and returns the first non-empty answer, so an offline index can be backed by an
  online geocoder for names it lacks.
* The offline backend (:class:`~extract.gazetteer.offline.SqliteBackend`) reads a compact SQLite
  index. :func:`default_gazetteer` builds one from packaged GeoNames data on first use (into
  ``$EXTRACT_CACHE_DIR``, default ``~/.cache/extract``); :func:`build_gazetteer` builds one from
  GeoNames dump files.
* The online backend (:class:`~extract.gazetteer.online.GeopyBackend`) wraps any geopy geocoder,
  rate-limited and cached; off unless asked for.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

from .base import Backend, Candidate, name_key
from .build import SCHEMA_VERSION, build_from_packages, build_gazetteer, data_fingerprint
from .offline import SqliteBackend
from .online import GeopyBackend, location_to_candidate

__all__ = [
    "Candidate", "Gazetteer", "default_gazetteer", "open_gazetteer", "build_gazetteer",
    "ensure_default_gazetteer", "default_gazetteer_path", "online_gazetteer", "name_key",
    "SqliteBackend", "GeopyBackend", "location_to_candidate",
]

_COUNTRY_CODES = ("PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "PCL", "TERR")


class Gazetteer:
    """Place lookups, answered by one or more backends in order.

    Args:
        backends: objects with ``lookup(name, country=None, limit=20) -> list[Candidate]``; the
            first that answers with something wins.
        path: the index file of the offline backend, where there is one (reported in ``run.json``).
    """

    def __init__(self, backends: list[Backend], path: str | None = None):
        if not backends:
            raise ValueError("a Gazetteer needs at least one backend")
        self.backends = list(backends)
        self.path = path
        self._offline = next((b for b in self.backends if isinstance(b, SqliteBackend)), None)

    def lookup(self, name: str, country: str | None = None, limit: int = 20,
               fuzzy: bool = True) -> list[Candidate]:
        """Entries that ``name`` may refer to.

        Args:
            name: a place name as written ("Maiduguri", "Côte d'Ivoire", "Borno").
            country: an ISO2 code to restrict the answer to one country, or None.
            limit: the most entries to return (countries and regions first, then by population).
            fuzzy: let the offline index try a spelling-tolerant match when nothing matches
                exactly (the phrase matcher turns this off: it must not invent places).
        """
        for backend in self.backends:
            if isinstance(backend, SqliteBackend):
                found = backend.lookup(name, country=country, limit=limit, fuzzy=fuzzy)
            else:
                found = backend.lookup(name, country=country, limit=limit)
            if found:
                return found
        return []

    def country(self, code: str) -> Candidate | None:
        """The country entry for an ISO2 code (from the offline index), or None."""
        if self._offline is not None:
            return self._offline.country(code)
        return next((c for b in self.backends for c in b.lookup(code, limit=5)
                     if c.feature_code in _COUNTRY_CODES and c.country_code == code.upper()), None)

    def seat(self, country: str, admin1_name: str) -> Candidate | None:
        """The seat of a first-level region (its capital, else its most populous town; from the
        offline index), or None: where ACLED places an event it knows only by its region."""
        if self._offline is not None:
            return self._offline.seat(country, admin1_name)
        return None

    def capital(self, country: str) -> Candidate | None:
        """The capital of a country (from the offline index), or None."""
        if self._offline is not None:
            return self._offline.capital(country)
        return None

    def with_online(self, backend: Backend) -> Gazetteer:
        """A gazetteer that asks ``backend`` (e.g. a :class:`GeopyBackend`) after these."""
        return Gazetteer([*self.backends, backend], path=self.path)

    @property
    def meta(self) -> dict:
        return dict(self._offline.meta) if self._offline is not None else {}


def cache_dir() -> Path:
    """Where built indexes live: ``$EXTRACT_CACHE_DIR``, else ``~/.cache/extract``."""
    return Path(os.environ.get("EXTRACT_CACHE_DIR") or Path.home() / ".cache" / "extract")


def default_gazetteer_path() -> Path:
    """The file of the default offline index (versioned by the index schema)."""
    return cache_dir() / f"gazetteer-default-v{SCHEMA_VERSION}.sqlite"


def _valid(path: Path) -> bool:
    """Whether the default index at ``path`` is of this schema and built from today's packaged data."""
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            meta = dict(db.execute("SELECT key, value FROM meta WHERE key IN ('schema', 'data')"))
        finally:
            db.close()
        return meta.get("schema", "").strip('"') == SCHEMA_VERSION and \
            meta.get("data", "").strip('"') == data_fingerprint()
    except sqlite3.Error:
        return False


def ensure_default_gazetteer() -> dict:
    """Build the default index if it is missing (or of an older schema).

    Returns ``{"path", "size_bytes", "entries", "seconds", "built"}``: ``seconds`` is the build time
    when this call built it, else the time it took to open it. Several processes may call this at
    once: one builds while the others wait on a lock file.
    """
    path = default_gazetteer_path()
    t0 = time.perf_counter()
    built = False
    if not (path.exists() and _valid(path)):
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path.with_suffix(".lock"), "w") as lock:
            try:
                import fcntl

                fcntl.flock(lock, fcntl.LOCK_EX)
            except ImportError:  # not on POSIX: no concurrent builds to guard against
                pass
            if not (path.exists() and _valid(path)):
                build_from_packages(path)
                built = True
    backend = SqliteBackend(str(path))
    entries = int(backend.meta.get("entries", "0"))
    return {"path": str(path), "size_bytes": path.stat().st_size, "entries": entries,
            "seconds": round(time.perf_counter() - t0, 3), "built": built}


def default_gazetteer() -> Gazetteer:
    """The offline gazetteer from packaged data, built on first use, then loaded from the cache."""
    info = ensure_default_gazetteer()
    return Gazetteer([SqliteBackend(info["path"])], path=info["path"])


def open_gazetteer(path: str | None) -> Gazetteer:
    """The gazetteer stored at ``path`` (built by :func:`build_gazetteer`); None for the default."""
    if path is None:
        return default_gazetteer()
    if not Path(path).exists():
        raise FileNotFoundError(f"no gazetteer index at {path}; build one with "
                                "`extract gazetteer build FILE... --out PATH`")
    return Gazetteer([SqliteBackend(str(path))], path=str(path))


def online_gazetteer(service: str = "nominatim", *, user_agent: str = "extract",
                     username: str | None = None, offline: Gazetteer | None = None,
                     min_delay_seconds: float = 1.0, cache_path: str | None = None) -> Gazetteer:
    """A gazetteer that asks an online geocoder (through geopy) for names the offline index lacks.

    Args:
        service: "nominatim" (OpenStreetMap) or "geonames" (needs ``username``).
        user_agent: the User-Agent Nominatim's usage policy asks for.
        username: the GeoNames API account name.
        offline: the offline gazetteer asked first; None for the default one.
        min_delay_seconds: the least time between two requests.
        cache_path: an SQLite file to keep online answers between runs.
    """
    from geopy import geocoders

    if service == "nominatim":
        geocoder = geocoders.Nominatim(user_agent=user_agent)
    elif service == "geonames":
        if not username:
            raise ValueError("the GeoNames service needs a username")
        geocoder = geocoders.GeoNames(username=username)
    else:
        raise ValueError(f"unknown online geocoder {service!r}")
    base = offline if offline is not None else default_gazetteer()
    return base.with_online(GeopyBackend(geocoder, min_delay_seconds=min_delay_seconds,
                                         cache_path=cache_path))
