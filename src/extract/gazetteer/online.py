"""The online backend: any geopy geocoder (Nominatim, GeoNames, ...) behind the lookup interface.

Off by default: nothing here runs unless a caller builds a :class:`GeopyBackend`. Requests go
through geopy's ``RateLimiter`` (the public services allow about one request a second) and answers
are cached, in memory and optionally in a small SQLite file, so a name is asked once.
"""

from __future__ import annotations

import inspect
import json
import sqlite3
import threading
from dataclasses import asdict

from .base import Candidate, name_key

# Nominatim's place types -> GeoNames feature class and code, so the resolver ranks them alike.
_OSM_FEATURES = {
    "country": ("A", "PCLI"), "state": ("A", "ADM1"), "province": ("A", "ADM1"),
    "region": ("A", "ADM1"), "county": ("A", "ADM2"), "state_district": ("A", "ADM2"),
    "city": ("P", "PPL"), "town": ("P", "PPL"), "village": ("P", "PPL"), "hamlet": ("P", "PPL"),
    "suburb": ("P", "PPLX"), "neighbourhood": ("P", "PPLX"), "administrative": ("A", "ADM3"),
}


def location_to_candidate(location) -> Candidate:
    """A geopy ``Location`` as a :class:`Candidate`.

    GeoNames answers carry their geonameid, feature codes and admin names in ``raw``; Nominatim
    answers their OSM type and (with ``addressdetails``) the country code. Entries without a
    GeoNames id get the negated OSM id (negative ids are never GeoNames ids).
    """
    raw = location.raw or {}
    if "geonameId" in raw:
        return Candidate(
            geonameid=int(raw["geonameId"]), name=raw.get("name") or location.address,
            latitude=float(location.latitude), longitude=float(location.longitude),
            country_code=raw.get("countryCode") or None, admin1=raw.get("adminName1") or None,
            feature_class=raw.get("fcl") or "P", feature_code=raw.get("fcode") or "PPL",
            population=int(raw.get("population") or 0), source="online")
    address = raw.get("address") or {}
    kind = raw.get("addresstype") or raw.get("type") or ""
    fclass, fcode = _OSM_FEATURES.get(kind, ("P", "PPL"))
    cc = address.get("country_code")
    osm_id = raw.get("osm_id") or raw.get("place_id") or 0
    return Candidate(
        geonameid=-abs(int(osm_id)), name=(raw.get("name") or location.address.split(",")[0]),
        latitude=float(location.latitude), longitude=float(location.longitude),
        country_code=cc.upper() if cc else None, admin1=address.get("state"),
        feature_class=fclass, feature_code=fcode, population=int(raw.get("population") or 0),
        source="online")


class GeopyBackend:
    """Lookups through a geopy geocoder.

    Args:
        geocoder: a geopy geocoder object (``geopy.geocoders.Nominatim(user_agent=...)``,
            ``GeoNames(username=...)``) or any object with a ``geocode(query, exactly_one=...)``
            method returning geopy ``Location`` objects.
        min_delay_seconds: the least time between two requests (geopy ``RateLimiter``).
        cache_path: an SQLite file that keeps answers between runs; None keeps them in memory only.
        max_retries: how often the RateLimiter retries a failed request.
    """

    def __init__(self, geocoder, min_delay_seconds: float = 1.0, cache_path: str | None = None,
                 max_retries: int = 2):
        from geopy.extra.rate_limiter import RateLimiter

        self.geocoder = geocoder
        self._geocode = RateLimiter(geocoder.geocode, min_delay_seconds=min_delay_seconds,
                                    max_retries=max_retries, swallow_exceptions=True,
                                    return_value_on_exception=None)
        try:
            params = inspect.signature(geocoder.geocode).parameters
        except (TypeError, ValueError):
            params = {}
        # How each geocoder takes a country restriction, where it takes one at all.
        self._country_param = next((p for p in ("country_codes", "country") if p in params), None)
        self._extra = {"addressdetails": True} if "addressdetails" in params else {}
        self._memory: dict[tuple, list[Candidate]] = {}
        self._lock = threading.Lock()
        self._cache = None
        if cache_path:
            self._cache = sqlite3.connect(cache_path, check_same_thread=False)
            self._cache.execute("CREATE TABLE IF NOT EXISTS answer (query TEXT PRIMARY KEY, "
                                "candidates TEXT)")

    def lookup(self, name: str, country: str | None = None, limit: int = 20) -> list[Candidate]:
        """Candidates the online service gives for ``name`` (optionally within ``country``)."""
        key = (name_key(name), country.upper() if country else None)
        if not key[0]:
            return []
        with self._lock:
            found = self._memory.get(key)
            if found is None and self._cache is not None:
                row = self._cache.execute("SELECT candidates FROM answer WHERE query=?",
                                          (json.dumps(key),)).fetchone()
                if row:
                    found = [Candidate(**c) for c in json.loads(row[0])]
                    self._memory[key] = found
        if found is None:
            found = self._ask(name, key[1])
            with self._lock:
                self._memory[key] = found
                if self._cache is not None:
                    self._cache.execute("INSERT OR REPLACE INTO answer VALUES (?,?)",
                                        (json.dumps(key), json.dumps([asdict(c) for c in found])))
                    self._cache.commit()
        return found[:limit]

    def _ask(self, name: str, country: str | None) -> list[Candidate]:
        kwargs = dict(self._extra)
        if country and self._country_param:
            kwargs[self._country_param] = country.lower() if self._country_param == \
                "country_codes" else country
        answer = self._geocode(name, exactly_one=False, **kwargs)
        if not answer:
            return []
        if not isinstance(answer, list):
            answer = [answer]
        found = [location_to_candidate(loc) for loc in answer]
        if country:
            found = [c for c in found if c.country_code in (None, country)]
        return found
