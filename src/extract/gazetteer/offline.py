"""The offline backend: lookups in a SQLite index built by :mod:`extract.gazetteer.build`."""

from __future__ import annotations

import sqlite3
import threading
from functools import lru_cache

from .base import KEYS_VERSION, Candidate, legacy_name_key, name_key, skeleton_key

# Larger, more administrative entries first when a name is ambiguous; the resolver re-ranks and
# keeps this order among equals: GeoNames' own entries, then derived ones (negative ids) in the
# order the build added them (each source adds its larger places first).
_ORDER = ("CASE feature_code WHEN 'PCLI' THEN 0 WHEN 'PCLD' THEN 1 WHEN 'PCLF' THEN 1 "
          "WHEN 'PCLS' THEN 1 WHEN 'TERR' THEN 2 WHEN 'ADM1' THEN 3 WHEN 'PPLC' THEN 4 "
          "ELSE 5 END, population DESC, place.geonameid < 0, abs(place.geonameid)")

_COLUMNS = ("place.geonameid, name, latitude, longitude, country_code, admin1, feature_class, "
            "feature_code, population, admin2")


class SqliteBackend:
    """Answers lookups from an index file, read-only.

    Args:
        path: the SQLite index file.

    Each thread gets its own connection (SQLite connections are not shared across threads);
    answers are cached per (key, country, limit).
    """

    def __init__(self, path: str):
        self.path = str(path)
        self._local = threading.local()
        self.meta = dict(self._db().execute("SELECT key, value FROM meta"))
        self._cached = lru_cache(maxsize=50000)(self._query)
        # whole answers by the name as written: an article asks for the same runs many times,
        # and most runs are no name at all (their keys and variants need not be made again)
        self._answers = lru_cache(maxsize=100000)(self._answer)
        # an index built under older name keys is also asked under the older key
        self._legacy_keys = self.meta.get("keys", "").strip('"') != KEYS_VERSION
        self._seats: dict[tuple[str, str | None], Candidate | None] = {}
        self._countries: dict[str, Candidate | None] = {}

    def _db(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            self._local.db = db
        return db

    def lookup(self, name: str, country: str | None = None, limit: int = 20,
               fuzzy: bool = True) -> list[Candidate]:
        """Entries whose name or alternate name is ``name`` (accents, case, punctuation ignored).

        Args:
            name: the place name as written.
            country: an ISO2 code to keep only that country's entries, or None for all.
            limit: at most this many, countries and regions first, then by population.
            fuzzy: when no name matches exactly, try the spelling-tolerant key
                (:func:`~extract.gazetteer.base.skeleton_key`), which only regions, capitals and
                towns of 20,000 or more carry.
        """
        return list(self._answers(name, country, limit, fuzzy))

    def _answer(self, name: str, country: str | None, limit: int,
                fuzzy: bool) -> tuple[Candidate, ...]:
        key = name_key(name)
        if not key:
            return ()
        cc = country.upper() if country else None
        found = self._cached(key, cc, limit)
        if not found and self._legacy_keys and legacy_name_key(name) != key:
            found = self._cached(legacy_name_key(name), cc, limit)
        if not found:
            # "Borno State", "Qush Tepa district": the region under its bare name.
            from .build import admin_name_variants

            for variant in admin_name_variants(name) - {name}:
                found = tuple(c for c in self._cached(name_key(variant), cc, limit)
                              if c.feature_code.startswith("ADM"))
                if found:
                    break
        if not found and fuzzy:
            sk = skeleton_key(name)
            if sk:
                found = self._cached(sk, cc, limit)
        return tuple(found)

    def _query(self, key: str, country: str | None, limit: int) -> tuple[Candidate, ...]:
        sql = f"SELECT {_COLUMNS} FROM name JOIN place ON place.geonameid = name.geonameid " \
              "WHERE name.key = ?"
        args: list = [key]
        if country:
            sql += " AND country_code = ?"
            args.append(country)
        sql += f" ORDER BY {_ORDER} LIMIT ?"
        args.append(limit)
        return tuple(Candidate(*row) for row in self._db().execute(sql, args))

    def has_name(self, name: str) -> bool:
        """Whether any entry answers to ``name``: a cheap test for phrase matching."""
        return bool(self.lookup(name, limit=1, fuzzy=False))

    def get(self, geonameid: int) -> Candidate | None:
        """The entry with this id, or None."""
        row = self._db().execute(f"SELECT {_COLUMNS} FROM place WHERE geonameid = ?",
                                 (geonameid,)).fetchone()
        return Candidate(*row) if row else None

    def country(self, code: str) -> Candidate | None:
        """The country entry for an ISO2 code, or None (remembered: asked for every article)."""
        code = code.upper()
        if code not in self._countries:
            row = self._db().execute(
                f"SELECT {_COLUMNS} FROM place WHERE country_code = ? AND feature_class = 'A' AND "
                "feature_code IN ('PCLI','PCLD','PCLF','PCLS','PCLIX','PCL','TERR') "
                "ORDER BY population DESC LIMIT 1", (code,)).fetchone()
            self._countries[code] = Candidate(*row) if row else None
        return self._countries[code]

    def seat(self, country: str, admin1_name: str) -> Candidate | None:
        """The seat of a first-level region: the town the index marks as its capital (``PPLA``,
        or the country's ``PPLC``), else its most populous town; None if it has no town.

        Args:
            country: the region's ISO2 code.
            admin1_name: the region's name as the index stores it (a Candidate's ``admin1``).
        """
        key = (country.upper(), admin1_name)
        if key not in self._seats:
            row = self._db().execute(
                f"SELECT {_COLUMNS} FROM place WHERE country_code = ? AND admin1 = ? AND "
                "feature_class = 'P' ORDER BY feature_code IN ('PPLA', 'PPLC') DESC, "
                "population DESC LIMIT 1", key).fetchone()
            self._seats[key] = Candidate(*row) if row else None
        return self._seats[key]

    def capital(self, country: str) -> Candidate | None:
        """The capital of a country (its ``PPLC`` town, the most populous if several), or None."""
        key = (country.upper(), None)
        if key not in self._seats:
            row = self._db().execute(
                f"SELECT {_COLUMNS} FROM place WHERE country_code = ? AND feature_code = 'PPLC' "
                "ORDER BY population DESC LIMIT 1", (key[0],)).fetchone()
            self._seats[key] = Candidate(*row) if row else None
        return self._seats[key]

    def admin1(self, country: str, admin1_name: str) -> Candidate | None:
        """The first-level region of ``country`` called ``admin1_name``, or None."""
        for c in self.lookup(admin1_name, country=country):
            if c.feature_code == "ADM1":
                return c
        return None
