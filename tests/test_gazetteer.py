"""The gazetteer: index building (GeoNames dump files, packaged data), lookups, online backend."""

from __future__ import annotations

import sqlite3
import time
import zipfile
from pathlib import Path

import pytest
from geopy.location import Location
from geopy.point import Point

from extract.gazetteer import (Candidate, Gazetteer, GeopyBackend, build_gazetteer,
                               default_gazetteer, ensure_default_gazetteer, name_key,
                               open_gazetteer)
from extract.gazetteer.base import skeleton_key
from extract.gazetteer.build import (IndexWriter, add_nigerian_wards, add_osm_villages,
                                   address_toolkit_rows, admin_name_variants, usable_alternate,
                                   ward_names)
from extract.gazetteer.resolve import geo_precision

FIXTURES = Path(__file__).parent / "fixtures" / "geonames"
FILES = sorted(str(p) for p in FIXTURES.glob("*.txt"))


@pytest.fixture(scope="module")
def fixture_index(tmp_path_factory) -> str:
    out = tmp_path_factory.mktemp("gaz") / "fixture.sqlite"
    build_gazetteer(FILES, str(out))
    return str(out)


@pytest.fixture(scope="module")
def gaz(fixture_index) -> Gazetteer:
    return open_gazetteer(fixture_index)


def test_name_key_folds_accents_case_and_punctuation():
    assert name_key("Côte d’Ivoire") == "cote divoire"
    assert name_key("Al-Qa'im") == "al qaim"
    assert name_key("  MAIDUGURI ") == "maiduguri"


def test_name_key_gives_hausa_generic_first_words_one_spelling():
    # the spellings of one "unguwa" (quarter) and one "mararaba" (junction) meet
    assert {name_key(n) for n in ("Anguwan Rimi", "Ungwan Rimi", "Unguwar Rimi",
                                  "Angwan-Rimi")} == {"ungwan rimi"}
    assert name_key("Mararraba Giza") == name_key("Maraban Giza") == "mararaba giza"
    # as a whole name, or inside one, the word is left alone
    assert name_key("Ungwan") == "ungwan" and name_key("Anguwan") == "anguwan"
    assert name_key("Rimi Anguwan") == "rimi anguwan"
    assert skeleton_key("Jawzjan") == skeleton_key("Jowzjan") == "~jzjn"
    assert skeleton_key("Mali") is None


def test_alternate_name_filter_and_region_variants():
    assert usable_alternate("Bamaco")
    assert not usable_alternate("maydwgwry")      # lower-case transliteration
    assert not usable_alternate("MIU")            # airport code
    assert not usable_alternate("Бамако")         # not Latin script
    assert admin_name_variants("Niger State") == {"Niger State", "Niger"}
    assert admin_name_variants("Cercle de Kadiolo") == {"Cercle de Kadiolo", "Kadiolo"}


def test_build_stats(tmp_path):
    stats = build_gazetteer(FILES, str(tmp_path / "g.sqlite"))
    # 22 rows in the place file + 6 regions only in the admin1 table (Borno, Koulikoro, Tripoli,
    # North Governorate, Herat, Illinois) + Qush Tepa (admin2 table)
    assert stats["entries"] == 32
    assert stats["size_bytes"] == (tmp_path / "g.sqlite").stat().st_size
    assert not (tmp_path / "g.sqlite.tmp").exists()
    with sqlite3.connect(tmp_path / "g.sqlite") as db:
        assert db.execute("SELECT COUNT(*) FROM place WHERE geonameid < 0").fetchone()[0] == 0


def test_lookup_town_with_admin_names(gaz):
    (c,) = gaz.lookup("Maiduguri")
    assert (c.geonameid, c.country_code, c.admin1, c.feature_code) == (2331447, "NG", "Borno", "PPLA")
    assert (c.latitude, c.longitude) == (11.84692, 13.15712)


def test_alternate_names_from_both_sources(gaz):
    assert [c.geonameid for c in gaz.lookup("Maidugari")] == [2331447]   # alternatenames column
    assert [c.geonameid for c in gaz.lookup("Yerwa")] == [2331447]       # alternateNamesV2
    assert [c.geonameid for c in gaz.lookup("Bamakô")] == [2460594, 2460596]
    assert gaz.lookup("MIU") == []                  # iata code left out
    assert gaz.lookup("Oldname Fortress") == []     # name valid only in the past
    assert gaz.lookup("Nowhere Town") == []         # id not in the place files


def test_region_without_its_own_row_gets_a_point_from_its_towns(gaz):
    (borno,) = gaz.lookup("Borno State")
    assert borno.geonameid == 2346794 and borno.feature_code == "ADM1"
    assert round(borno.latitude, 4) == round((11.84692 + 11.5221 + 11.65) / 3, 4)
    (qush,) = gaz.lookup("Qush Tepa")
    assert (qush.feature_code, qush.admin1, qush.admin2) == ("ADM2", "Jowzjan", "Qush Tepa")


def test_country_filter_order_and_names(gaz):
    assert [(c.country_code, c.feature_code) for c in gaz.lookup("Tripoli")] == [
        ("LY", "ADM1"), ("LY", "PPLC"), ("LB", "PPLA")]
    assert [c.geonameid for c in gaz.lookup("Tripoli", country="LB")] == [266826]
    (mali,) = gaz.lookup("Mali")
    assert (mali.name, mali.feature_code) == ("Mali", "PCLI")
    assert gaz.country("NG").geonameid == 2328926


def test_spelling_tolerant_lookup_only_for_large_entries(gaz):
    assert [c.name for c in gaz.lookup("Jawzjan")] == ["Jowzjan"]
    assert gaz.lookup("Jawzjan", fuzzy=False) == []
    assert gaz.lookup("Mordiah") == []   # a village: no spelling-tolerant key


def test_build_from_zip_equals_plain(tmp_path):
    archive = tmp_path / "ML_NG_LY_LB_AF.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(FIXTURES / "ML_NG_LY_LB_AF.txt", "ML_NG_LY_LB_AF.txt")
    files = [str(archive)] + [f for f in FILES if not f.endswith("ML_NG_LY_LB_AF.txt")]
    stats = build_gazetteer(files, str(tmp_path / "z.sqlite"))
    assert stats["entries"] == 32
    g = open_gazetteer(str(tmp_path / "z.sqlite"))
    assert [c.geonameid for c in g.lookup("Sheberghan")] == [1139715]


def test_build_requires_a_place_file(tmp_path):
    with pytest.raises(ValueError):
        build_gazetteer([str(FIXTURES / "countryInfo.txt")], str(tmp_path / "x.sqlite"))
    with pytest.raises(FileNotFoundError):
        open_gazetteer(str(tmp_path / "missing.sqlite"))


def test_open_is_fast(fixture_index):
    t0 = time.perf_counter()
    g = open_gazetteer(fixture_index)
    g.lookup("Bamako")
    assert time.perf_counter() - t0 < 0.5


class FakeGeocoder:
    """Stands in for a geopy geocoder: same call signature as Nominatim.geocode, no network."""

    def __init__(self):
        self.calls = []

    def geocode(self, query, exactly_one=True, timeout=None, limit=None, addressdetails=False,
                country_codes=None):
        self.calls.append((query, exactly_one, addressdetails, country_codes))
        if query != "Mourdiah":
            return None
        raw = {"osm_id": 123456, "addresstype": "village", "name": "Mourdiah",
               "address": {"country_code": "ml", "state": "Koulikoro"}}
        return [Location("Mourdiah, Koulikoro, Mali", Point(14.47, -7.47), raw)]


def test_online_backend_converts_caches_and_passes_country(tmp_path):
    fake = FakeGeocoder()
    backend = GeopyBackend(fake, min_delay_seconds=0, cache_path=str(tmp_path / "online.sqlite"))
    (c,) = backend.lookup("Mourdiah", country="ML")
    assert c == Candidate(-123456, "Mourdiah", 14.47, -7.47, "ML", "Koulikoro", "P", "PPL", 0,
                          source="online")
    backend.lookup("Mourdiah", country="ML")
    assert fake.calls == [("Mourdiah", False, True, "ml")]
    # a new backend on the same cache file does not ask again
    fake2 = FakeGeocoder()
    again = GeopyBackend(fake2, min_delay_seconds=0, cache_path=str(tmp_path / "online.sqlite"))
    assert again.lookup("Mourdiah", country="ML")[0].latitude == 14.47
    assert fake2.calls == []


def test_gazetteer_asks_online_only_when_offline_has_nothing(gaz):
    fake = FakeGeocoder()
    both = gaz.with_online(GeopyBackend(fake, min_delay_seconds=0))
    assert both.lookup("Maiduguri")[0].geonameid == 2331447
    assert fake.calls == []
    assert both.lookup("Mourdiah", fuzzy=False)[0].geonameid == 2455512  # in the fixture index
    assert both.lookup("Unknownville") == []
    assert [q for q, *_ in fake.calls] == ["Unknownville"]


def test_default_gazetteer_from_packaged_data():
    info = ensure_default_gazetteer()   # builds once per cache folder, then only opens
    assert info["entries"] > 200000 and Path(info["path"]).exists()
    t0 = time.perf_counter()
    g = default_gazetteer()
    # the city first; villages of its name (OpenStreetMap's) come after it
    c = next(c for c in g.lookup("Maiduguri") if c.country_code == "NG")
    assert time.perf_counter() - t0 < 1.0
    assert (c.geonameid, c.admin1, c.feature_class) == (2331447, "Borno", "P")
    borno = [c for c in g.lookup("Borno State") if c.feature_code == "ADM1"]
    assert [(b.country_code, b.name) for b in borno] == [("NG", "Borno")]
    assert g.lookup("DRC")[0].country_code == "CD"
    assert g.country("ML").name == "Mali"


def test_default_index_is_stale_when_packaged_data_changes(fixture_index):
    from extract.gazetteer import _valid
    from extract.gazetteer.build import data_fingerprint

    fp = data_fingerprint()
    assert len(fp) == 12 and fp == data_fingerprint()
    # an index without the fingerprint of today's packaged data is rebuilt, not reused
    assert not _valid(Path(fixture_index))


# --- Nigeria's wards and LGAs (geo_ng data), world regions --------------------------------------

def test_ward_names_keep_the_village_part():
    assert ward_names("Mazakuka/likoro") == ["Mazakuka", "Likoro"]
    assert ward_names("Ode ii") == ["Ode"]
    assert ward_names("Olobu 'b'") == ["Olobu"]
    assert ward_names("Rawayau (b)") == ["Rawayau"]
    assert ward_names("Tudun wada north") == ["Tudun Wada"]
    assert ward_names("Okun- owa") == ["Okun-Owa"]
    assert ward_names("Old gra") == []
    assert ward_names("Ariaria market") == []


def _borno_writer(out: Path, world_regions: bool = False) -> IndexWriter:
    """An index being built with two towns of Borno and their regions."""
    writer = IndexWriter(out)
    writer.add_place((2331447, "Maiduguri", 11.84692, 13.15712, "NG", "NG.27", None, "Borno",
                      None, "P", "PPLA", 1112449))
    writer.add_place((2337490, "Konduga", 11.65, 13.41667, "NG", "NG.27", "NG.27.konduga",
                      "Borno", "Konduga", "P", "PPLA2", 17000))
    if world_regions:
        writer.add_world_regions()
    writer.add_regions({"NG": {"geonameid": None, "name": "Nigeria", "names": set()}},
                       {"NG.27": {"geonameid": None, "name": "Borno", "names": set()}},
                       {"NG.27.konduga": {"geonameid": None, "name": "Konduga", "names": set()}})
    return writer


@pytest.fixture(scope="module")
def ward_index(tmp_path_factory) -> tuple[Gazetteer, int]:
    out = tmp_path_factory.mktemp("wards") / "wards.sqlite"
    writer = _borno_writer(out, world_regions=True)
    added = add_nigerian_wards(writer, FIXTURES / "geo_ng")
    writer.finish({})
    return open_gazetteer(str(out)), added


def test_wards_are_villages_at_their_lga_point(ward_index):
    gaz, added = ward_index
    # Maiduguri LGA (at the town), Kawuri, Mairamri, Dalori, Bulabulin; not "Konduga" (known),
    # "Old gra" (no village name) or Zango (its LGA has no point)
    assert added == 5
    (kawuri,) = gaz.lookup("Kawuri", fuzzy=False)
    assert (kawuri.feature_code, kawuri.admin1, kawuri.admin2) == ("PPLL", "Borno", "Konduga")
    assert (kawuri.latitude, kawuri.longitude) == (11.65, 13.41667)
    assert geo_precision(kawuri) == 2
    (bulabulin,) = gaz.lookup("Bulabulin", fuzzy=False)
    assert (bulabulin.latitude, bulabulin.longitude, bulabulin.admin2) == (
        11.84692, 13.15712, "Maiduguri")
    assert gaz.lookup("Zango", fuzzy=False) == []
    assert sorted(c.feature_code for c in gaz.lookup("Konduga", fuzzy=False)) == ["ADM2", "PPLA2"]


# safesignal-geo's file format: one OpenStreetMap place a row
_OSM_ROWS = """id,canonical_name,aliases,type,lat,lng,admin_state,admin_lga,popularity,source,license,notes
a,Dalori,dalori,settlement,11.76005,13.26607,Borno,Konduga,20,osm:node/1,ODbL,
b,Gwashari,gwashari;gwashiri,settlement,11.5,13.2,Borno State,Konduga,20,osm:node/2,ODbL,
c,Konduga,konduga,settlement,11.652,13.42,Borno,Konduga,50,osm:node/3,ODbL,
d,Gidan Buhari,gidan buhari;buhari,settlement,11.7,13.3,Borno,Konduga,20,osm:node/4,ODbL,
e,Manum,manum,settlement,12.1,13.5,Borno,Konduga,5,osm:node/5,ODbL,
f,Ndaba,ndaba,settlement,11.24,13.95,Unknown,Unknown,50,osm:node/6,ODbL,
g,Konduga Market,konduga market,market,11.65,13.41,Borno,Konduga,20,osm:node/7,ODbL,
h,Maiduguri,maiduguri,settlement,12.6,13.15,Borno,Gubio,20,osm:node/8,ODbL,
i,Kawuri,kawuri,settlement,12.2,12.9,Borno,Maiduguri,20,osm:node/9,ODbL,
"""


@pytest.fixture(scope="module")
def osm_index(tmp_path_factory) -> tuple[Gazetteer, int]:
    import csv
    import io

    out = tmp_path_factory.mktemp("osm") / "osm.sqlite"
    writer = _borno_writer(out)
    add_nigerian_wards(writer, FIXTURES / "geo_ng")
    changed = add_osm_villages(writer, csv.DictReader(io.StringIO(_OSM_ROWS)))
    writer.finish({})
    return open_gazetteer(str(out)), changed


def test_osm_villages_get_their_own_points(osm_index):
    gaz, changed = osm_index
    # moved: the ward village Dalori (Konduga LGA); added: Gwashari, Gidan Buhari, a village
    # Maiduguri, a second Kawuri in another LGA; left out: Konduga (GeoNames has it within
    # 5 km), the hamlet Manum, Ndaba (no state), the market
    assert changed == 5
    (dalori,) = gaz.lookup("Dalori", fuzzy=False)
    assert (dalori.feature_code, dalori.latitude, dalori.longitude, dalori.admin2) == (
        "PPL", 11.76005, 13.26607, "Konduga")
    assert geo_precision(dalori) == 1
    (gwashari,) = gaz.lookup("Gwashiri", fuzzy=False)   # by its other name; "Borno State" too
    assert (gwashari.name, gwashari.admin1, gwashari.admin2, gwashari.population) == (
        "Gwashari", "Borno", "Konduga", 0)
    assert [c.geonameid for c in gaz.lookup("Konduga", fuzzy=False) if c.feature_class == "P"] \
        == [2337490]
    assert gaz.lookup("Buhari", fuzzy=False) == []   # a part of a name is no name of it
    assert gaz.lookup("Manum", fuzzy=False) == [] and gaz.lookup("Ndaba", fuzzy=False) == []
    # the ward Kawuri of Konduga stays at its LGA's point beside the village of Maiduguri LGA
    assert sorted(c.feature_code for c in gaz.lookup("Kawuri", fuzzy=False)) == ["PPL", "PPLL"]


def test_gazetteer_entries_come_before_derived_namesakes(osm_index):
    gaz, _ = osm_index
    # equal population: derived entries in the order they were added (the ward before the
    # village added after it); GeoNames' own entries come before both
    assert [c.feature_code for c in gaz.lookup("Kawuri", fuzzy=False)] == ["PPLL", "PPL"]


def test_address_toolkit_towns_only_with_a_point_of_their_own_near_their_lga():
    rows = address_toolkit_rows(Path(__file__).parent / "fixtures" / "ng_address_toolkit")
    # Yale and Auno share a point (their ward's), Malari lies in Australia, Gongulong 160 km
    # from its LGA's point: only Mairamri is kept, as a row of the OpenStreetMap extract's shape
    assert rows == [{"canonical_name": "Mairamri", "aliases": "", "type": "settlement",
                     "lat": 11.71, "lng": 13.38, "admin_state": "Borno", "admin_lga": "Konduga",
                     "popularity": 20}]


def test_world_regions_are_indexed(ward_index):
    gaz, _ = ward_index
    (mideast,) = gaz.lookup("Mideast", fuzzy=False)
    assert (mideast.name, mideast.feature_code, mideast.country_code) == (
        "Middle East", "RGN", None)
    (delta,) = gaz.lookup("Niger Delta", fuzzy=False)
    assert (delta.country_code, delta.latitude, delta.longitude) == ("NG", 5.0, 6.2)


def test_capital_is_the_largest_town_of_its_name_only():
    from extract.gazetteer.build import capital_towns

    cities = {"1": {"name": "Washington", "countrycode": "US", "population": 689545},
              "2": {"name": "Washington", "countrycode": "US", "population": 7266},
              "3": {"name": "Bamako", "countrycode": "ML", "population": 1297281},
              "4": {"name": "Paris", "countrycode": "US", "population": 24782}}
    assert capital_towns(cities, {"US": "Washington", "ML": "Bamako", "FR": "Paris"}) == {
        "US": 1, "ML": 3}


def test_a_shared_town_name_gives_no_region():
    from extract.gazetteer.build import _add_unique

    table: dict = {}
    _add_unique(table, ("US", "Hollywood"), ("Florida", "Broward County"))
    _add_unique(table, ("US", "Hollywood"), ("Florida", "Broward County"))
    _add_unique(table, ("US", "Plano"), ("Texas", "Collin County"))
    assert table == {("US", "Hollywood"): ("Florida", "Broward County"),
                     ("US", "Plano"): ("Texas", "Collin County")}
    _add_unique(table, ("US", "Hollywood"), ("California", "Los Angeles County"))
    assert table[("US", "Hollywood")] is None


class _Fixed:
    """A backend answering every lookup with the same entries (for resolution tests)."""

    def __init__(self, entries):
        self.entries = entries

    def lookup(self, name, country=None, limit=20, fuzzy=True):
        return [c for c in self.entries if name_key(c.name) == name_key(name)][:limit]


def test_world_region_beats_a_village_of_its_name_in_the_context_country():
    from collections import Counter

    from extract.gazetteer.resolve import Mention, resolve_mentions

    region = Candidate(-5, "Middle East", 29.0, 41.0, None, None, "L", "RGN", 400000000)
    village = Candidate(77, "Middle East", 39.3, -76.5, "US", "Maryland", "P", "PPL", 0)
    m = Mention(0, 11, "Middle East", "Middle East")
    resolve_mentions([m], Gazetteer([_Fixed([village, region])]), Counter({"US": 2.0}))
    assert m.best is region


def test_the_european_union_is_indexed_under_its_acronym(ward_index):
    gaz, _ = ward_index
    (eu,) = gaz.lookup("EU", fuzzy=False)
    assert (eu.name, eu.feature_code, eu.country_code) == ("European Union", "RGN", None)


class _Named:
    """A backend answering each name with the entries listed for it (for resolution tests)."""

    def __init__(self, table):
        self.table = {name_key(k): v for k, v in table.items()}

    def lookup(self, name, country=None, limit=20, fuzzy=True):
        return self.table.get(name_key(name), [])[:limit]


def test_an_acronym_is_no_spelling_of_a_town_with_its_letters():
    from collections import Counter

    from extract.gazetteer.resolve import Mention, resolve_mentions

    union = Candidate(-7, "European Union", 49.84, 9.9, None, None, "L", "RGN", 447000000)
    town = Candidate(3019329, "Eu", 50.04606, 1.42079, "FR", "Normandy", "P", "PPL", 8425)
    dieppe = Candidate(3021411, "Dieppe", 49.92160, 1.07772, "FR", "Normandy", "P", "PPL", 29080)
    treport = Candidate(2998065, "Le Treport", 50.05999, 1.37755, "FR", "Normandy", "P", "PPL",
                        5900)
    gaz = Gazetteer([_Named({"EU": [union, town], "Dieppe": [dieppe],
                             "Le Treport": [treport]})])
    # French context, two Norman towns and one 4 km away do not make "EU" the town of Eu
    acronym = Mention(0, 2, "EU", "EU")
    resolve_mentions([acronym, Mention(10, 16, "Dieppe", "Dieppe"),
                      Mention(20, 30, "Le Treport", "Le Treport")], gaz, Counter({"FR": 2.0}))
    assert acronym.best is union


def test_a_chain_ending_in_a_us_state_keeps_the_states_towns():
    from collections import Counter

    from extract.gazetteer.resolve import Mention, resolve_mentions

    country = Candidate(614540, "Georgia", 42.0, 43.5, "GE", None, "A", "PCLI", 3731000)
    state = Candidate(4197000, "Georgia", 32.75, -83.5, "US", "Georgia", "A", "ADM1", 10519475)
    atlanta = Candidate(4180439, "Atlanta", 33.749, -84.388, "US", "Georgia", "P", "PPLA", 463878)
    gaz = Gazetteer([_Named({"Georgia": [country, state], "Atlanta": [atlanta]})])
    m = Mention(0, 7, "Atlanta", "Atlanta", containers=["Georgia"])
    resolve_mentions([m, Mention(9, 16, "Georgia", "Georgia")], gaz, Counter())
    assert m.best is atlanta


def test_the_seat_of_a_region_is_its_most_populous_town(ward_index):
    gaz, _ = ward_index
    seat = gaz.seat("ng", "Borno")
    assert (seat.name, seat.feature_code) == ("Maiduguri", "PPLA")
    assert gaz.seat("NG", "Kano") is None


def test_region_points_come_from_the_states_data(tmp_path):
    from extract.gazetteer.build import admin1_points

    (tmp_path / "NG").mkdir()
    (tmp_path / "NG" / "states.json").write_text(
        '[{"name": "Borno", "latitude": "11.8863", "longitude": "13.1520"},'
        ' {"name": "Kano State", "latitude": "11.7471", "longitude": "8.5247"},'
        ' {"name": "Broken", "latitude": null, "longitude": "1"}]', "utf-8")
    admin1 = {"NG.27": {"name": "Borno", "names": set()},
              "NG.29": {"name": "Kano", "names": {"Kano State"}},
              "NG.99": {"name": "Broken", "names": set()},
              "ML.08": {"name": "Bamako", "names": set()}}
    assert admin1_points(admin1, tmp_path) == {
        "NG.27": (11.8863, 13.152), "NG.29": (11.7471, 8.5247)}


def test_a_region_point_on_its_big_namesake_city_gives_way_to_its_towns(tmp_path):
    from extract.gazetteer.build import IndexWriter

    w = IndexWriter(tmp_path / "regions.sqlite")
    # a state named after its big city, whose packaged point is the city's; and one that is not
    w.add_place((1, "Port City", 10.0, 20.0, "XX", "XX.01", None, None, None, "P", "PPL",
                 2_000_000), ["Harbour"])
    w.add_place((2, "Inland", 12.0, 22.0, "XX", "XX.01", None, None, None, "P", "PPL", 5000))
    w.add_place((3, "Hilltop", 14.0, 24.0, "XX", "XX.02", None, None, None, "P", "PPL", 5000))
    w.add_regions({}, {"XX.01": {"geonameid": None, "name": "Harbour", "names": set()},
                       "XX.02": {"geonameid": None, "name": "Hills", "names": set()}}, {},
                  points={"XX.01": (10.01, 20.01), "XX.02": (14.5, 24.5)})
    rows = dict(((name, (lat, lon)) for name, lat, lon in w.db.execute(
        "SELECT name, latitude, longitude FROM place WHERE feature_code='ADM1'")))
    assert rows == {"Harbour": (11.0, 21.0), "Hills": (14.5, 24.5)}


def test_an_index_built_under_older_name_keys_still_answers_them(tmp_path):
    import sqlite3

    place = tmp_path / "NG.txt"
    place.write_text("9990001\tAnguwan Rimi\tAnguwan Rimi\t\t10.1\t9.1\tP\tPPL\tNG\t\t05\t\t\t\t0"
                     "\t\t500\tAfrica/Lagos\t2024-01-01\n", encoding="utf-8")
    out = tmp_path / "g.sqlite"
    build_gazetteer([str(place)], str(out))
    g = open_gazetteer(str(out))
    # built now: every spelling of the generic word finds it
    assert [c.geonameid for c in g.lookup("Unguwar Rimi", fuzzy=False)] == [9990001]
    # an index written by the older builder keyed it "anguwan rimi" and has no "keys" version
    db = sqlite3.connect(out)
    db.execute("UPDATE name SET key = 'anguwan rimi' WHERE key = 'ungwan rimi'")
    db.execute("DELETE FROM meta WHERE key = 'keys'")
    db.commit()
    db.close()
    old = open_gazetteer(str(out))
    assert [c.geonameid for c in old.lookup("Anguwan Rimi", fuzzy=False)] == [9990001]
    assert old.lookup("Unguwar Rimi", fuzzy=False) == []   # only a rebuild gives the others
