"""The human review loop: sample events for a reviewer, score the marks they give back.

Gold data measures the pipeline on the sources it came from; a review measures it on *your* run.
The loop has two steps, each one library call (the CLI wraps them as ``extract review sample``
and ``extract review score``)::

    from extract.review import sample_for_review, write_review_sheet, score_review, review_table
    sheet = sample_for_review("data/processed", n=50, seed=0)
    write_review_sheet(sheet, "review.csv")
    # a reviewer fills the ``<field>_ok`` columns with 1/0 (or y/n) and saves the CSV
    scores = score_review("review.csv")

The sample is stratified by event type so rare types are seen at all; the precision of each field
comes with a Wilson score interval, which stays inside [0, 1] and is honest for the small numbers
a review gives (the normal approximation is not: it gives 100% +- 0 for 5 right out of 5).

The module also holds :func:`gold_comparison`, the rows behind :func:`extract.evaluate.evaluate`'s
event figures (one row per gold event), which the evaluation notebook groups to show where a run
fails, and :func:`quantifier_kind`, which tells how a count was written.
"""

from __future__ import annotations

import math
import os
import re
from functools import lru_cache
from pathlib import Path

from .tables import isna as _isna

# The extracted values a reviewer sees, in the order of the sheet.
VALUE_COLUMNS = (
    "event_type", "sub_event_type", "event_date", "date_precision", "date_text", "location",
    "country_code", "latitude", "longitude", "actor1", "actor2", "killed", "wounded",
)
# The values a reviewer marks right or wrong; each gets a ``<field>_ok`` column. Precision, text
# and coordinates of a date or place are judged with the value they belong to.
REVIEW_FIELDS = (
    "event_type", "sub_event_type", "event_date", "location", "country_code", "actor1", "actor2",
    "killed", "wounded",
)
MARK_SUFFIX = "_ok"
# How a reviewer may write a mark (lower-cased, stripped); a blank cell is "not marked".
RIGHT_MARKS = frozenset({"1", "y", "yes", "true", "t", "ok", "right", "correct"})
WRONG_MARKS = frozenset({"0", "n", "no", "false", "f", "wrong", "incorrect"})
# A stratum for events whose stratifying value is missing.
MISSING_STRATUM = "(none)"
# The normal quantile of a two-sided 95% interval.
Z95 = 1.96


# ---------------------------------------------------------------- sampling


def _events(pred):
    if isinstance(pred, dict):
        return pred["events"]
    from .tables import load_tables

    return load_tables(pred)["events"]


def allocate(sizes: dict[str, int], n: int, order: list[str] | None = None) -> dict[str, int]:
    """How many of ``n`` draws each stratum gets: proportional, at least one each where possible.

    Args:
        sizes: stratum -> number of items in it.
        n: the sample size; when it is at least the number of items, every item is drawn.
        order: the strata in the order that breaks ties (e.g. a seeded shuffle); by default
            sorted by name.

    Returns stratum -> draws, never more than the stratum holds, summing to ``min(n, total)``.
    When ``n`` is smaller than the number of strata, the ``n`` largest get one each. Seats are
    handed out one at a time to the stratum furthest below its proportional share ``n * size /
    total`` (the greedy form of largest-remainder apportionment), after one seat each.
    """
    order = list(order) if order is not None else sorted(sizes)
    total = sum(sizes.values())
    n = max(0, min(n, total))
    alloc = {s: 0 for s in order}
    if total == 0:
        return alloc
    share = {s: n * sizes[s] / total for s in order}
    rank = {s: i for i, s in enumerate(order)}
    # One each first: to every stratum, or to the largest ones when there are more than n.
    filled = sorted((s for s in order if sizes[s] > 0), key=lambda s: (-sizes[s], rank[s]))
    for s in filled[:n]:
        alloc[s] = 1
    while sum(alloc.values()) < n:
        open_ = [s for s in order if alloc[s] < sizes[s]]
        best = max(open_, key=lambda s: (share[s] - alloc[s], sizes[s], -rank[s]))
        alloc[best] += 1
    return alloc


def sample_for_review(pred_dir, n: int = 50, seed: int = 0, strata: str = "event_type"):
    """A stratified random sample of a run's events, as the rows of a review sheet.

    Args:
        pred_dir: the output folder of ``extract run`` (Parquet or CSV), or its tables as a dict
            of pandas DataFrames keyed by table name (only ``events`` is read).
        n: the number of events to draw; all events when the run has fewer.
        seed: the seed of the random draw; the same run, ``n`` and seed give the same sample.
        strata: the ``events`` column to stratify by; events where it is missing form one more
            stratum. Draws per stratum follow :func:`allocate`.

    Returns a pandas DataFrame, one row per sampled event in the order of the ``events`` table:
    ``event_id``, ``article_id``, ``sentence`` (the evidence), the values of ``VALUE_COLUMNS``,
    one empty ``<field>_ok`` column per field of ``REVIEW_FIELDS`` and an empty ``notes`` column.
    """
    import numpy as np
    import pandas as pd

    events = _events(pred_dir).reset_index(drop=True)
    if strata not in events.columns:
        raise ValueError(f"cannot stratify by {strata!r}: not a column of the events table")
    key = events[strata].astype("string").fillna(MISSING_STRATUM)
    rng = np.random.default_rng(seed)
    names = sorted(key.unique())
    order = [names[i] for i in rng.permutation(len(names))]
    sizes = key.value_counts().to_dict()
    picked: list[int] = []
    for stratum, k in allocate(sizes, n, order).items():
        # Sorted by event_id so the draw does not depend on how the run ordered its rows.
        idx = events.index[key == stratum]
        idx = sorted(idx, key=lambda i: str(events.at[i, "event_id"]))
        if k:
            picked.extend(int(i) for i in rng.choice(idx, size=k, replace=False))
    sheet = events.loc[sorted(picked), ["event_id", "article_id", "sentence", *VALUE_COLUMNS]]
    sheet = sheet.reset_index(drop=True)
    for field in REVIEW_FIELDS:
        sheet[field + MARK_SUFFIX] = pd.Series([pd.NA] * len(sheet), dtype="string")
    sheet["notes"] = pd.Series([pd.NA] * len(sheet), dtype="string")
    return sheet


def write_review_sheet(df, path: str | os.PathLike, overwrite: bool = False) -> Path:
    """Write a review sheet as CSV (UTF-8, dates as YYYY-MM-DD, missing values empty).

    Args:
        df: the sheet, as returned by :func:`sample_for_review`.
        path: the CSV file to write; its folder is created if missing.
        overwrite: replace an existing file. Off by default: a sheet holds a reviewer's marks,
            which a second ``sample`` must not wipe out by accident.

    Returns the path written. Raises ``FileExistsError`` when the file exists and ``overwrite``
    is off.
    """
    path = Path(path)
    if path.exists() and not overwrite:
        raise FileExistsError(f"{path} exists (it may hold review marks): choose another name, "
                              "or overwrite it (--force)")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    df.to_csv(tmp, index=False, date_format="%Y-%m-%d", encoding="utf-8")
    os.replace(tmp, path)
    return path


# ---------------------------------------------------------------- scoring


def wilson_interval(right: int, n: int, z: float = Z95) -> tuple[float, float] | None:
    """The Wilson score interval of a proportion.

    Args:
        right: the number of successes (items marked right).
        n: the number of trials (items marked at all).
        z: the normal quantile; 1.96 for a two-sided 95% interval.

    Returns ``(low, high)`` in [0, 1]; ``None`` when ``n`` is 0. With p = right / n the bounds
    are ``(p + z^2/2n -+ z * sqrt(p(1-p)/n + z^2/4n^2)) / (1 + z^2/n)`` (Wilson 1927).
    """
    if n <= 0:
        return None
    if not 0 <= right <= n:
        raise ValueError(f"right must be between 0 and n: got {right} of {n}")
    p = right / n
    z2 = z * z
    denom = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denom
    # Clamped: rounding can put the bounds a hair outside [0, 1] at p = 0 or 1.
    return max(0.0, centre - half), min(1.0, centre + half)


def parse_mark(value) -> bool | None:
    """A reviewer's mark as ``True`` (right), ``False`` (wrong) or ``None`` (not marked).

    Args:
        value: the cell: ``1``/``0``, ``y``/``n``, ``yes``/``no``, ``true``/``false``, ``ok``,
            ``right``/``wrong`` in any case, or blank.

    Raises ``ValueError`` for anything else, so a typo is not silently read as "not marked".
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    text = str(value).strip().lower()
    if text in ("", "nan", "<na>"):
        return None
    if text.endswith(".0"):  # "1.0" from a spreadsheet that saved the column as numbers
        text = text[:-2]
    if text in RIGHT_MARKS:
        return True
    if text in WRONG_MARKS:
        return False
    raise ValueError(f"unreadable mark {value!r}: use 1/0 or y/n (blank = not reviewed)")


def score_review(path: str | os.PathLike) -> dict:
    """Per-field precision of a filled-in review sheet, with Wilson 95% intervals.

    Args:
        path: a CSV written by :func:`write_review_sheet` whose ``<field>_ok`` columns a reviewer
            filled with 1/0 or y/n; blank cells are not reviewed. Any column ending in ``_ok`` is
            scored, also one the reviewer added.

    Returns a JSON-serialisable dict: ``path``, ``n_rows`` (events in the sheet), ``n_reviewed``
    (events with at least one mark) and ``fields``: field -> ``n_marked``, ``n_right``,
    ``precision`` (``n_right / n_marked``), ``ci_low``, ``ci_high`` (``None`` when nothing is
    marked), in the order of the sheet's columns. Raises ``ValueError`` naming the row and column
    of an unreadable mark, or when the sheet has no ``_ok`` column.
    """
    import pandas as pd

    sheet = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    mark_cols = [c for c in sheet.columns if c.endswith(MARK_SUFFIX) and len(c) > len(MARK_SUFFIX)]
    if not mark_cols:
        raise ValueError(f"{path}: no '<field>{MARK_SUFFIX}' columns: not a review sheet")
    fields: dict[str, dict] = {}
    reviewed = [False] * len(sheet)
    for col in mark_cols:
        marks = []
        for i, cell in enumerate(sheet[col]):
            try:
                mark = parse_mark(cell)
            except ValueError as exc:
                # Row numbers as a spreadsheet shows them: the header is row 1.
                raise ValueError(f"{path}: row {i + 2}, column {col}: {exc}") from None
            if mark is not None:
                marks.append(mark)
                reviewed[i] = True
        right, n = sum(marks), len(marks)
        ci = wilson_interval(right, n)
        fields[col[: -len(MARK_SUFFIX)]] = {
            "n_marked": n, "n_right": right, "precision": right / n if n else None,
            "ci_low": ci[0] if ci else None, "ci_high": ci[1] if ci else None,
        }
    return {"path": str(path), "n_rows": len(sheet), "n_reviewed": sum(reviewed),
            "fields": fields}


def review_table(scores: dict, title: str | None = None):
    """The scores of :func:`score_review` as a rich ``Table``: field, marked, right, precision, CI.

    Args:
        scores: the dict returned by :func:`score_review`.
        title: the table title; by default the sheet's path and the number of events reviewed.

    Precision and bounds are shown as percentages; a field nobody marked shows "-".
    """
    from rich.table import Table

    if title is None:
        title = f"{scores.get('path', 'review')}: {scores.get('n_reviewed', 0)} of " \
                f"{scores.get('n_rows', 0)} events reviewed"
    table = Table(title=title)
    table.add_column("field")
    table.add_column("marked", justify="right")
    table.add_column("right", justify="right")
    table.add_column("precision", justify="right")
    table.add_column("95% CI (Wilson)", justify="right")
    for field, s in scores["fields"].items():
        if s["precision"] is None:
            table.add_row(field, "0", "0", "-", "-")
            continue
        table.add_row(field, str(s["n_marked"]), str(s["n_right"]), f"{100 * s['precision']:.1f}%",
                      f"{100 * s['ci_low']:.1f}% - {100 * s['ci_high']:.1f}%")
    return table


# ---------------------------------------------------------------- error analysis against gold



@lru_cache(maxsize=1)
def _count_words() -> tuple[frozenset, frozenset]:
    """The casualty component's own vocabulary: what it reads as vague is vague here."""
    from .components.common import load_json

    words = load_json("casualty_words.json")
    return frozenset(words["vague"]), frozenset(words["zero_words"])


_SPREAD_SUFFIX = re.compile(r"\s*\(1/\d+\)\s*$")
# The kinds of :func:`quantifier_kind`, weakest first: a total made of several counts takes the
# weakest kind among them.
QUANTIFIER_KINDS = ("vague", "number words", "digits", "none")


def quantifier_kind(quantifier, count_min=None, count_max=None) -> str:
    """How a count was written: ``digits``, ``number words``, ``vague`` or ``none``.

    Args:
        quantifier: the ``quantifier`` of a ``casualties`` row ("at least 12", "twenty-two",
            "dozens", "no"), possibly several joined by " + " (counts summed over clauses) or
            with a " (1/n)" share (a total spread over places); ``None`` or blank for no count.
        count_min: the row's ``count_min``, read only when the words name no number.
        count_max: the row's ``count_max``, likewise.

    Returns ``digits`` when the count holds a digit; ``number words`` when words give an exact
    number ("seven", "a hundred and five", "no" for zero, or a victim named without a number,
    "a farmer", which the row counts as exactly one: equal ``count_min`` and ``count_max``);
    ``vague`` for a word ACLED's conventions turn into a range ("dozens", "several") or anything
    else that gives no exact number; ``none`` without a quantifier. A joined quantifier gets the
    weakest kind of its parts.
    """
    from .components.casualties import parse_number

    if _isna(quantifier):
        return "none"
    text = str(quantifier).strip()
    if not text:
        return "none"
    vague_words, zero_words = _count_words()
    kinds = []
    for part in text.split(" + "):
        low = _SPREAD_SUFFIX.sub("", part).strip().lower()
        if re.search(r"\d", low):
            kinds.append("digits")
            continue
        words = low.split()
        exact = count_min is not None and not _isna(count_min) and count_min == count_max
        kind = "number words" if exact and low not in vague_words else "vague"
        # Bound words come first ("at least", "nearly"): try each tail of the phrase.
        for i in range(len(words)):
            tail = " ".join(words[i:])
            if tail in vague_words:
                kind = "vague"
                break
            if tail in zero_words or parse_number(tail) is not None:
                kind = "number words"
                break
        kinds.append(kind)
    return min(kinds, key=QUANTIFIER_KINDS.index) if kinds else "none"


def gold_comparison(gold_path: str | os.PathLike, pred_dir):
    """One row per gold event record: what the gold says beside what the run's primary event says.

    These are the rows :func:`extract.evaluate.evaluate_events` scores, kept apart so that they
    can be grouped and sorted to see where a run fails (type confusions, the largest location
    errors, count errors by how the count was written).

    Args:
        gold_path: an event gold file (GTD or ACLED records with a ``gold`` dict).
        pred_dir: the output folder of ``extract run`` on it, or its tables as a dict of
            DataFrames (``events`` and ``casualties`` are read).

    Returns a pandas DataFrame with ``id``, ``text``, ``predicted`` (the article has an
    ``articles`` row), ``event_id`` (of the primary event, or null); ``gold_event_type`` (as the
    gold writes it), ``expected_types`` (our types that are right for it, "/"-joined, null when
    the gold type is unknown), ``event_type`` (predicted, "(no event)" without a primary event),
    ``type_ok``; ``gold_country`` / ``country_code`` (ISO2), ``country_ok``; ``gold_lat``,
    ``gold_lon``, ``latitude``, ``longitude``, ``location``, ``error_km`` (20039 km when the
    gold has coordinates and the run none; null without gold coordinates); and for ``killed`` and
    ``wounded``: ``gold_<f>``, ``<f>`` (predicted total), ``<f>_quantifier`` (the quantifiers of
    the event's casualty rows of that outcome, "; "-joined), ``<f>_kind`` (see
    :func:`quantifier_kind`), ``<f>_error`` (predicted minus gold, a missing prediction
    counting as 0 as in the evaluation; null when the gold says nothing).
    """
    import pandas as pd

    from .evaluate import (MAX_ERROR_KM, country_code, distance_km, gold_event_types, load_gold,
                           primary_events, record_kind)

    records = load_gold(gold_path)
    if record_kind(records) != "events":
        raise ValueError(f"{gold_path}: not an event gold file (records need a 'gold' dict)")
    if isinstance(pred_dir, dict):
        tables = pred_dir
    else:
        from .tables import load_tables

        tables = load_tables(pred_dir)
    prim = primary_events(tables)
    articles = tables.get("articles")
    predicted = set(articles["article_id"].astype(str)) if articles is not None else set()
    quantifiers: dict[tuple[str, str], list[tuple]] = {}
    cas = tables.get("casualties")
    if cas is not None and len(cas):
        for row in cas.to_dict("records"):
            q = row.get("quantifier")
            quantifiers.setdefault((str(row["event_id"]), str(row["outcome"])), []).append(
                (None if _isna(q) else str(q), row.get("count_min"), row.get("count_max")))

    def val(ev, key):
        if ev is None:
            return None
        v = ev.get(key)
        return None if _isna(v) else v

    rows = []
    for rec in records:
        gold = rec.get("gold") or {}
        ev = prim.get(str(rec["id"]))
        wanted = gold_event_types(gold)
        g_country = country_code(gold.get("country"))
        p_country = val(ev, "country_code")
        p_lat, p_lon = val(ev, "latitude"), val(ev, "longitude")
        if gold.get("lat") is None or gold.get("lon") is None:
            err = None
        elif p_lat is None or p_lon is None:
            err = MAX_ERROR_KM
        else:
            err = distance_km(p_lat, p_lon, gold["lat"], gold["lon"])
        row = {
            "id": str(rec["id"]), "text": rec.get("text"), "predicted": str(rec["id"]) in predicted,
            "event_id": val(ev, "event_id"),
            "gold_event_type": gold.get("event_type"),
            "expected_types": "/".join(sorted(wanted)) if wanted else None,
            "event_type": val(ev, "event_type") or "(no event)",
            "type_ok": None if wanted is None else (val(ev, "event_type") in wanted),
            "gold_country": g_country, "country_code": p_country,
            "country_ok": None if not g_country else (
                bool(p_country) and str(p_country).upper() == g_country),
            "gold_lat": gold.get("lat"), "gold_lon": gold.get("lon"),
            "latitude": p_lat, "longitude": p_lon, "location": val(ev, "location"),
            "error_km": err,
        }
        for field in ("killed", "wounded"):
            g, p = gold.get(field), val(ev, field)
            qs = quantifiers.get((str(val(ev, "event_id")), field), []) if ev is not None else []
            row[f"gold_{field}"] = g
            row[field] = p
            row[f"{field}_quantifier"] = "; ".join(q[0] for q in qs if q[0]) or None
            row[f"{field}_kind"] = min((quantifier_kind(*q) for q in qs), default="none",
                                       key=QUANTIFIER_KINDS.index)
            row[f"{field}_error"] = None if g is None else (0 if p is None else int(p)) - int(g)
        rows.append(row)
    df = pd.DataFrame(rows)
    if df.empty:
        return df
    types = {"predicted": "boolean", "type_ok": "boolean", "country_ok": "boolean",
             "gold_lat": "Float64", "gold_lon": "Float64", "latitude": "Float64",
             "longitude": "Float64", "error_km": "Float64"}
    for field in ("killed", "wounded"):
        types.update({f"gold_{field}": "Int64", field: "Int64", f"{field}_error": "Int64"})
    return df.astype(types)


__all__ = [
    "MARK_SUFFIX", "QUANTIFIER_KINDS", "REVIEW_FIELDS", "VALUE_COLUMNS", "allocate",
    "gold_comparison", "parse_mark", "quantifier_kind", "review_table", "sample_for_review",
    "score_review", "wilson_interval", "write_review_sheet",
]
