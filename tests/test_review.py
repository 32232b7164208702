"""extract.review: the stratified sample, the review sheet, Wilson intervals, scores, gold rows.

Small hand-made tables (no spaCy): the events of a run as the tables module writes them, so the
sheet sees the contract's dtypes.
"""

from __future__ import annotations

import json
import math
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from rich.console import Console

from extract.review import (
    REVIEW_FIELDS, VALUE_COLUMNS, allocate, gold_comparison, parse_mark, quantifier_kind,
    review_table, sample_for_review, score_review, wilson_interval, write_review_sheet,
)
from extract.schema import TABLE_NAMES
from extract.tables import arrow_to_pandas, rows_to_arrow, write_parquet

# 10 events: 6 battles, 3 protests, 1 without a type.
TYPES = ["battles"] * 6 + ["protests"] * 3 + [None]


def _events() -> list[dict]:
    rows = []
    for i, etype in enumerate(TYPES):
        aid = f"art{i // 2}"
        rows.append({
            "event_id": f"{aid}:{i % 2 + 1}", "article_id": aid, "primary": i % 2 == 0,
            "event_type": etype, "sub_event_type": None, "event_date": date(2024, 5, i + 1),
            "date_precision": "day", "date_text": f"May {i + 1}", "location": f"Town {i}",
            "country_code": "NG", "latitude": 10.0 + i, "longitude": 8.0, "actor1": "Army",
            "actor2": None, "killed": i, "wounded": None,
            "sentence": f"Soldiers clashed with gunmen, killing {i}, in Town {i}.",
            "start_char": 0, "end_char": 40,
        })
    return rows


def _tables(events: list[dict]) -> dict:
    return {name: arrow_to_pandas(name, rows_to_arrow(name, events if name == "events" else []))
            for name in TABLE_NAMES}


@pytest.fixture()
def run_dir(tmp_path: Path) -> Path:
    out = tmp_path / "run"
    out.mkdir()
    for name in TABLE_NAMES:
        write_parquet(name, [rows_to_arrow(name, _events() if name == "events" else [])],
                      out / f"{name}.parquet")
    return out


# ---------------------------------------------------------------- allocation and sample


def test_allocate_is_proportional_after_one_each():
    # shares of 5: battles 3.0, protests 1.5, (none) 0.5; one each, then battles twice
    assert allocate({"battles": 6, "protests": 3, "(none)": 1}, 5) == \
        {"(none)": 1, "battles": 3, "protests": 1}
    # shares of 10 are the sizes: everything
    assert allocate({"battles": 6, "protests": 3, "(none)": 1}, 50) == \
        {"(none)": 1, "battles": 6, "protests": 3}


def test_allocate_covers_the_largest_strata_when_n_is_small():
    assert allocate({"battles": 6, "protests": 3, "(none)": 1}, 2) == \
        {"(none)": 0, "battles": 1, "protests": 1}
    assert allocate({"riots": 2, "protests": 2}, 1, order=["riots", "protests"]) == \
        {"riots": 1, "protests": 0}
    assert allocate({}, 5) == {}


def test_sample_is_stratified_and_reproducible(run_dir):
    sheet = sample_for_review(run_dir, n=5, seed=0)
    assert list(sheet.columns) == [
        "event_id", "article_id", "sentence", *VALUE_COLUMNS,
        *[f"{f}_ok" for f in REVIEW_FIELDS], "notes"]
    assert len(sheet) == 5
    counts = sheet["event_type"].fillna("(none)").value_counts().to_dict()
    assert counts == {"battles": 3, "protests": 1, "(none)": 1}
    assert sheet["event_id"].is_unique
    assert sheet[[f"{f}_ok" for f in REVIEW_FIELDS] + ["notes"]].isna().all().all()
    # the same seed draws the same events, whatever the row order of the run
    again = sample_for_review(_tables(list(reversed(_events()))), n=5, seed=0)
    assert sorted(again["event_id"]) == sorted(sheet["event_id"])
    # every event once when n exceeds the run
    assert len(sample_for_review(run_dir, n=50, seed=3)) == 10


def test_sample_by_another_column_and_bad_column(run_dir):
    sheet = sample_for_review(run_dir, n=2, seed=1, strata="primary")
    assert sorted(sheet["event_id"].str.endswith(":1")) == [False, True]
    with pytest.raises(ValueError, match="not a column"):
        sample_for_review(run_dir, strata="colour")


def test_sheet_is_written_once_as_csv(run_dir, tmp_path):
    sheet = sample_for_review(run_dir, n=3, seed=0)
    path = write_review_sheet(sheet, tmp_path / "out" / "review.csv")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("event_id,article_id,sentence,event_type,sub_event_type,event_date,")
    assert lines[0].endswith(",killed_ok,wounded_ok,notes")
    back = pd.read_csv(path, dtype=str, keep_default_na=False)
    first = sheet.iloc[0]
    row = back.iloc[0]
    assert row["event_date"] == first["event_date"].strftime("%Y-%m-%d")
    assert row["wounded"] == "" and row["event_type_ok"] == ""
    with pytest.raises(FileExistsError):
        write_review_sheet(sheet, path)
    write_review_sheet(sheet.head(1), path, overwrite=True)
    assert len(pd.read_csv(path)) == 1


# ---------------------------------------------------------------- Wilson and scores


def test_wilson_interval_by_hand():
    # 8 right of 10, z = 1.96: p = 0.8, z^2 = 3.8416, z^2/n = 0.38416, 1 + z^2/n = 1.38416;
    # centre = (0.8 + 0.19208) / 1.38416 = 0.716738...;
    # half = 1.96 * sqrt(0.8 * 0.2 / 10 + 3.8416 / 400) / 1.38416
    #      = 1.96 * sqrt(0.016 + 0.009604) / 1.38416 = 1.96 * 0.160012 / 1.38416 = 0.226581...
    low, high = wilson_interval(8, 10)
    assert low == pytest.approx(0.716738 - 0.226581, abs=2e-6)   # 0.490157
    assert high == pytest.approx(0.716738 + 0.226581, abs=2e-6)  # 0.943319
    # 5 of 5: p = 1, half = centre - 1 / (1 + z^2/n), so low = 5 / 8.8416 = 0.565508...
    assert wilson_interval(5, 5) == (pytest.approx(5 / 8.8416, abs=1e-9), 1.0)
    # 0 of 5: the mirror image
    assert wilson_interval(0, 5) == (0.0, pytest.approx(1 - 5 / 8.8416, abs=1e-9))
    assert wilson_interval(0, 0) is None
    with pytest.raises(ValueError):
        wilson_interval(6, 5)


@pytest.mark.parametrize("cell,mark", [
    ("1", True), ("Y", True), (" yes ", True), ("1.0", True), ("ok", True),
    ("0", False), ("n", False), ("No", False), ("wrong", False),
    ("", None), ("  ", None), (None, None), (math.nan, None),
])
def test_parse_mark(cell, mark):
    assert parse_mark(cell) is mark


def _filled_sheet(run_dir: Path, path: Path) -> Path:
    sheet = sample_for_review(run_dir, n=10, seed=0)
    sheet["event_type_ok"] = ["1", "y", "1", "yes", "0", "1", "n", "1", "Y", "1"]  # 8 of 10
    sheet["killed_ok"] = ["1"] * 5 + [None] * 5                                   # 5 of 5
    sheet.loc[0, "notes"] = "date is the report's, not the attack's"
    return write_review_sheet(sheet, path)


def test_score_review(run_dir, tmp_path):
    path = _filled_sheet(run_dir, tmp_path / "review.csv")
    scores = score_review(path)
    assert scores["n_rows"] == 10 and scores["n_reviewed"] == 10
    assert list(scores["fields"]) == list(REVIEW_FIELDS)
    et = scores["fields"]["event_type"]
    assert (et["n_marked"], et["n_right"], et["precision"]) == (10, 8, 0.8)
    # the bounds computed by hand in test_wilson_interval_by_hand
    assert et["ci_low"] == pytest.approx(0.490157, abs=1e-6)
    assert et["ci_high"] == pytest.approx(0.943319, abs=1e-6)
    killed = scores["fields"]["killed"]
    assert (killed["n_marked"], killed["n_right"], killed["precision"]) == (5, 5, 1.0)
    assert killed["ci_low"] == pytest.approx(0.565508, abs=1e-6)
    assert scores["fields"]["location"] == {"n_marked": 0, "n_right": 0, "precision": None,
                                            "ci_low": None, "ci_high": None}
    json.dumps(scores)  # for `extract review score --json`


def test_score_review_names_a_bad_mark(run_dir, tmp_path):
    sheet = sample_for_review(run_dir, n=3, seed=0)
    sheet["actor1_ok"] = ["1", "maybe", ""]
    path = write_review_sheet(sheet, tmp_path / "review.csv")
    with pytest.raises(ValueError, match=r"row 3, column actor1_ok: unreadable mark 'maybe'"):
        score_review(path)
    (tmp_path / "plain.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(ValueError, match="not a review sheet"):
        score_review(tmp_path / "plain.csv")


def test_review_table(run_dir, tmp_path):
    scores = score_review(_filled_sheet(run_dir, tmp_path / "review.csv"))
    console = Console(width=120, record=True, force_terminal=False)
    console.print(review_table(scores, title="review"))
    lines = console.export_text().splitlines()
    row = next(line for line in lines if "event_type" in line)
    assert [c.strip() for c in row.split("│")[1:-1]] == [
        "event_type", "10", "8", "80.0%", "49.0% - 94.3%"]
    assert [c.strip() for c in next(line for line in lines if " location " in line)
            .split("│")[1:-1]] == ["location", "0", "0", "-", "-"]


# ---------------------------------------------------------------- error analysis


@pytest.mark.parametrize("quantifier,bounds,kind", [
    ("12", (12, 12), "digits"),
    ("at least 30", (30, None), "digits"),
    ("1,200", (1200, 1200), "digits"),
    ("seven", (7, 7), "number words"),
    ("twenty-two", (22, 22), "number words"),
    ("at least eleven", (11, None), "number words"),
    ("no", (0, 0), "number words"),
    ("farmer", (1, 1), "number words"),
    ("dozens", (12, None), "vague"),
    ("a large number", (3, None), "vague"),
    ("Several", (3, 9), "vague"),
    ("a dozen", (12, 12), "vague"),
    ("seven + 12", (19, 19), "number words"),
    ("dozens + 4", (16, None), "vague"),
    ("nine (1/3)", (3, 3), "number words"),
    (None, (None, None), "none"),
    ("", (None, None), "none"),
])
def test_quantifier_kind(quantifier, bounds, kind):
    assert quantifier_kind(quantifier, *bounds) == kind


def test_gold_comparison(tmp_path):
    gold = tmp_path / "gold.jsonl"
    records = [
        {"id": "x1", "text": "Troops fought rebels near Mopti, killing dozens.",
         "gold": {"country": "Mali", "lat": 14.5, "lon": -4.2, "killed": 30, "wounded": None,
                  "event_type": "Battles"}},
        {"id": "x2", "text": "A bomb went off in Gao; two people died.",
         "gold": {"country": "ML", "lat": 16.27, "lon": -0.04, "killed": 2, "wounded": 0,
                  "event_type": "Explosions/Remote violence"}},
        {"id": "x3", "text": "Nothing happened in Kidal.",
         "gold": {"country": "Mali", "lat": None, "lon": None, "killed": None, "wounded": None,
                  "event_type": "Unknown"}},
    ]
    gold.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    events = [
        {"event_id": "x1:1", "article_id": "x1", "primary": True, "event_type": "battles",
         "country_code": "ML", "latitude": 15.5, "longitude": -4.2, "location": "Mopti",
         "killed": 12},
        {"event_id": "x2:1", "article_id": "x2", "primary": True,
         "event_type": "violence_against_civilians", "country_code": "NE", "latitude": None,
         "longitude": None, "killed": 2},
    ]
    casualties = [
        {"event_id": "x1:1", "article_id": "x1", "outcome": "killed", "quantifier": "dozens",
         "count_min": 12, "count_best": 12, "count_max": None},
        {"event_id": "x2:1", "article_id": "x2", "outcome": "killed", "quantifier": "two",
         "count_min": 2, "count_best": 2, "count_max": 2},
    ]
    articles = [{"article_id": a} for a in ("x1", "x2")]
    tables = {name: arrow_to_pandas(name, rows_to_arrow(name, rows)) for name, rows in
              {"articles": articles, "events": events, "casualties": casualties}.items()}
    cmp = gold_comparison(gold, tables).set_index("id")
    assert list(cmp.index) == ["x1", "x2", "x3"]
    assert cmp["predicted"].tolist() == [True, True, False]
    assert cmp["expected_types"].tolist()[:2] == ["battles", "explosions_remote_violence"]
    assert pd.isna(cmp.loc["x3", "expected_types"])
    assert cmp["event_type"].tolist() == ["battles", "violence_against_civilians", "(no event)"]
    assert cmp["type_ok"].tolist()[:2] == [True, False] and pd.isna(cmp.loc["x3", "type_ok"])
    assert cmp["gold_country"].tolist() == ["ML", "ML", "ML"]
    assert cmp["country_ok"].tolist() == [True, False, False]
    # one degree of latitude on geopy's mean Earth radius (6371.009 km)
    assert cmp.loc["x1", "error_km"] == pytest.approx(6371.009 * math.pi / 180, abs=1e-3)
    assert cmp.loc["x2", "error_km"] == 20039.0
    assert pd.isna(cmp.loc["x3", "error_km"])
    assert cmp["killed_kind"].tolist() == ["vague", "number words", "none"]
    assert cmp["killed_quantifier"].tolist()[:2] == ["dozens", "two"]
    assert cmp["killed_error"].tolist()[:2] == [-18, 0] and pd.isna(cmp.loc["x3", "killed_error"])
    # gold 0 wounded, nothing predicted: right, as in the evaluation
    assert cmp.loc["x2", "wounded_error"] == 0 and cmp.loc["x2", "wounded_kind"] == "none"
    with pytest.raises(ValueError, match="not an event gold file"):
        bad = tmp_path / "topo.jsonl"
        bad.write_text(json.dumps({"id": "t", "text": "x", "toponyms": []}) + "\n")
        gold_comparison(bad, tables)
