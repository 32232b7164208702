"""extract.evaluate: every metric pinned on small hand-written gold and prediction files.

The fixtures in tests/fixtures/eval/ are written by hand: ``*.gold.jsonl`` in the gold formats of
the project's eval README, ``*.pred.json`` the rows of a run's tables (table name -> rows), written
to Parquet (or CSV) through the project's own writers before scoring. No spaCy here.

Distances: the fixtures move a predicted point along its meridian only, so the great-circle error
is R * dlat with geopy's mean Earth radius R = 6371.009 km, i.e. 111.1951 km per degree.
"""

from __future__ import annotations

import json
import math
from datetime import date
from pathlib import Path

import pytest

from extract.evaluate import (
    MAX_ERROR_KM, actor_type_of, auc_of_errors, country_code, evaluate, gold_event_types,
    load_gold, main_table, record_kind, timex_value,
)
from extract.schema import TABLE_NAMES
from extract.tables import rows_to_arrow, write_csv, write_parquet

FIXTURES = Path(__file__).parent / "fixtures" / "eval"
KM_PER_DEGREE = 6371.009 * math.pi / 180  # 111.1951 km


def write_run(pred_json: Path, out: Path, fmt: str = "parquet") -> Path:
    """The rows of ``pred_json`` written as a run's output folder (every table, empty or not)."""
    rows = json.loads(pred_json.read_text(encoding="utf-8"))
    out.mkdir(parents=True, exist_ok=True)
    for table in TABLE_NAMES:
        table_rows = rows.get(table, [])
        for row in table_rows:
            for col in ("date", "event_date", "date_end", "published"):
                if isinstance(row.get(col), str):
                    row[col] = date.fromisoformat(row[col])
        part = rows_to_arrow(table, table_rows)
        if fmt == "parquet":
            write_parquet(table, [part], out / f"{table}.parquet")
        else:
            write_csv(table, [part], out / f"{table}.csv")
    return out


def score(name: str, tmp_path: Path, fmt: str = "parquet") -> dict:
    pred = write_run(FIXTURES / f"{name}.pred.json", tmp_path / name, fmt)
    return evaluate(FIXTURES / f"{name}.gold.jsonl", pred)


def test_fixture_offsets_index_their_text():
    for name in ("toponyms_like", "timeml_like"):
        for rec in load_gold(FIXTURES / f"{name}.gold.jsonl"):
            for item in rec.get("toponyms", []) + rec.get("timexes", []):
                assert rec["text"][item["start"]:item["end"]] == item.get("name", item.get("text"))


# ---------------------------------------------------------------- events, GTD style


def test_gtd_style_events(tmp_path):
    m = score("gtd_like", tmp_path)
    assert m["kind"] == "events"
    assert (m["n_records"], m["n_records_predicted"]) == (5, 4)  # g4 has no articles row
    # has_event: g1, g2, g3 and g5 have events rows (g5 only a non-primary one); g4 none -> 4/5
    assert (m["has_event"], m["n_has_event"]) == (0.8, 5)
    # killed, gold g1=3 g2=0 g3=0 g4=null (skipped) g5=1; primary predictions 3, null, 1, -, -:
    # g1 right; g2 null read as 0 = gold 0, right; g3 1 != 0; g5 has no primary event: miss -> 2/4
    assert (m["killed_exact"], m["n_killed_exact"]) == (0.5, 4)
    # |3-3| + |0-0| + |1-0| + |0-1| (a missing primary counts as 0) = 2 over 4
    assert (m["killed_mae"], m["n_killed_mae"]) == (0.5, 4)
    # wounded, gold g1=2 g2=0 g5=0 (g3, g4 null): g1 null != 2; g2 null = 0 right; g5 missing
    # primary is a miss even where the gold says 0 -> 1/3; errors 2 + 0 + 0 over 3
    assert m["n_wounded_exact"] == 3 and m["wounded_exact"] == pytest.approx(1 / 3)
    assert m["wounded_mae"] == pytest.approx(2 / 3)
    # country: AF, CM, BI right; g4 (no prediction) and g5 (West Bank and Gaza Strip -> PS, but
    # no primary event) wrong -> 3/5
    assert (m["country_acc"], m["n_country_acc"]) == (0.6, 5)
    # event type: g1 Armed Assault on Police -> battles, right; g2 Bombing -> explosions, right;
    # g3 Facility attack -> strategic_developments, predicted VAC, wrong; g4 Unknown skipped;
    # g5 Armed Assault on civilians -> VAC but no primary event, wrong -> 2/4
    assert (m["event_type_acc"], m["n_event_type_acc"]) == (0.5, 4)
    # no gold coordinates, no gold actor1: nothing scored
    assert (m["acc161"], m["n_acc161"], m["acc25"], m["median_km"]) == (None, 0, None, None)
    assert (m["actor1_type_acc"], m["n_actor1_type_acc"]) == (None, 0)


# ---------------------------------------------------------------- events, ACLED style


def test_acled_style_events(tmp_path):
    m = score("acled_like", tmp_path)
    assert (m["has_event"], m["n_has_event"]) == (1.0, 4)
    # killed gold 12, 0, 0, null; predicted 12, null (= 0), 0: all three right, a4 skipped
    assert (m["killed_exact"], m["n_killed_exact"], m["killed_mae"]) == (1.0, 3, 0.0)
    assert (m["wounded_exact"], m["n_wounded_exact"], m["wounded_mae"]) == (None, 0, None)
    # country gold NG for all; predicted NG, NG, NG, TD -> 3/4
    assert (m["country_acc"], m["n_country_acc"]) == (0.75, 4)
    # errors: a1 0 km; a2 0.9 deg = 100.08 km; a3 2 deg = 222.39 km; a4 no coordinates = 20039
    # within 161: a1, a2 -> 2/4; within 25: a1 -> 1/4; median (100.08 + 222.39) / 2 = 161.23
    assert (m["acc161"], m["n_acc161"]) == (0.5, 4)
    assert (m["acc25"], m["n_acc25"]) == (0.25, 4)
    assert m["median_km"] == pytest.approx((0.9 + 2.0) / 2 * KM_PER_DEGREE, abs=0.01)
    # event types: battles; Riots/Protests accepts riots (a2) and protests (a3); remote violence
    assert (m["event_type_acc"], m["n_event_type_acc"]) == (1.0, 4)
    # actor1: state_forces right; protesters right; a3 gold Rioters, predicted protesters, wrong;
    # a4 gold Military Forces of Chad in Nigeria = external_forces, predicted state_forces, wrong
    assert (m["actor1_type_acc"], m["n_actor1_type_acc"]) == (0.5, 4)


def test_csv_output_scores_like_parquet(tmp_path):
    assert score("acled_like", tmp_path / "csv", "csv") == score("acled_like", tmp_path / "pq")


def test_tables_given_as_dataframes(tmp_path):
    from extract import load_tables

    pred = write_run(FIXTURES / "gtd_like.pred.json", tmp_path / "run")
    by_dir = evaluate(FIXTURES / "gtd_like.gold.jsonl", pred)
    by_tables = evaluate(FIXTURES / "gtd_like.gold.jsonl", load_tables(pred))
    assert by_dir == by_tables


def test_empty_run_scores_every_record_as_a_miss(tmp_path):
    pred = tmp_path / "empty.json"
    pred.write_text("{}", encoding="utf-8")
    out = write_run(pred, tmp_path / "empty")
    m = evaluate(FIXTURES / "acled_like.gold.jsonl", out)
    assert m["n_records_predicted"] == 0
    assert (m["has_event"], m["country_acc"], m["acc161"], m["event_type_acc"]) == (0, 0, 0, 0)
    # killed gold 12, 0, 0: nothing predicted is a miss, also where the gold says 0; errors 12+0+0
    assert (m["killed_exact"], m["n_killed_exact"], m["killed_mae"]) == (0.0, 3, 4.0)
    assert m["median_km"] == MAX_ERROR_KM


# ---------------------------------------------------------------- toponyms


def test_toponyms(tmp_path):
    m = score("toponyms_like", tmp_path)
    assert m["kind"] == "toponyms"
    # gold places: t1 Lyon, Grenoble (French is a Demonym: not a place to find); t2 Springfield,
    # Shelbyville, Ogdenville; t3 Geneva (no prediction at all) -> 6
    # predictions: t1 Lyon, Monday, Grenoble (French overlaps the demonym: ignored); t2
    # "mayor of Springfield" (overlaps Springfield), Shelbyville -> 5; matched: 4
    assert (m["n_gold"], m["n_pred"], m["n_matched"]) == (6, 5, 4)
    assert m["precision"] == pytest.approx(4 / 5)
    assert m["recall"] == pytest.approx(4 / 6)
    assert m["f1"] == pytest.approx(2 * 4 / (6 + 5))  # 8/11 = 0.7273
    # matched pairs with gold coordinates: Lyon 0 km, Grenoble 1 deg = 111.195 km,
    # Springfield 3 deg = 333.585 km, Shelbyville unresolved = 20039 km
    assert (m["acc161"], m["n_acc161"]) == (0.5, 4)
    assert m["median_km"] == pytest.approx(2 * KM_PER_DEGREE, abs=0.01)  # (111.195 + 333.585)/2
    # AUC: ln(1+e) sorted = 0, 4.72024, 5.81289, 9.90549; trapezoids (0 + 4.72024)/2
    # + (4.72024 + 5.81289)/2 + (5.81289 + 9.90549)/2 = 15.48588; / (ln 20039 * 3 = 29.71631)
    assert m["auc"] == pytest.approx(0.52113, abs=1e-4)
    # found_161: gold with coordinates Lyon, Grenoble, Springfield, Shelbyville, Geneva = 5
    # (Ogdenville has none); found within 161 km: Lyon, Grenoble -> 2/5
    assert (m["found_161"], m["n_found_161"]) == (0.4, 5)


def test_auc_of_errors():
    assert auc_of_errors([]) is None
    assert auc_of_errors([0, 0, 0]) == 0.0
    assert auc_of_errors([MAX_ERROR_KM, MAX_ERROR_KM * 3]) == 1.0  # capped
    # one error: its scaled log, ln(1 + 160) / ln(20039) = 5.08140 / 9.90543
    assert auc_of_errors([160]) == pytest.approx(0.51299, abs=1e-5)


# ---------------------------------------------------------------- TimeML


def test_timexes(tmp_path):
    m = score("timeml_like", tmp_path)
    assert m["kind"] == "timeml"
    # gold calendar DATEs: d1 1998-03-03, 1998-04, 1998-W11, 1995 (P2Y is a DURATION and
    # PRESENT_REF no calendar value); d2 1998-02-27 (no prediction for d2) -> 5
    # found: "March 3, 1998", "next month", "the week of March 9" (the row "week of March 9"
    # overlaps it) -> 3/5; values: 1998-03-03 day right, 1998-04-01 month -> 1998-04 right,
    # 1998-03-09 day -> 1998-03-09 != 1998-W11 wrong -> 2/3; end to end 2/5
    assert (m["found"], m["n_found"]) == (0.6, 5)
    assert m["value_acc"] == pytest.approx(2 / 3) and m["n_value_acc"] == 3
    assert (m["end_to_end"], m["n_end_to_end"]) == (0.4, 5)


def test_timex_value():
    assert timex_value(date(1998, 3, 9), "day") == "1998-03-09"
    assert timex_value(date(1998, 3, 9), "week") == "1998-W11"
    assert timex_value(date(2021, 1, 1), "week") == "2020-W53"  # ISO year of the week
    assert timex_value(date(1998, 4, 1), "month") == "1998-04"
    assert timex_value(date(1995, 1, 1), "year") == "1995"
    assert timex_value(None, "day") is None


# ---------------------------------------------------------------- mappings


@pytest.mark.parametrize("name, iso", [
    ("Afghanistan", "AF"), ("NG", "NG"), ("Bosnia-Herzegovina", "BA"),
    ("West Bank and Gaza Strip", "PS"), ("Democratic Republic of the Congo", "CD"),
    ("Republic of the Congo", "CG"), ("Ivory Coast", "CI"), ("St. Lucia", "LC"),
    ("Czech Republic", "CZ"), ("Netherlands", "NL"), ("Guinea-Bissau", "GW"),
    ("International", None), ("", None), (None, None),
])
def test_country_code(name, iso):
    assert country_code(name) == iso


@pytest.mark.parametrize("name, kind", [
    ("Military Forces of Nigeria (2010-2015)", "state_forces"),
    ("Police Forces of Nigeria (2015-)", "state_forces"),
    ("Military Forces of Cameroon (1982-)", "external_forces"),
    ("Mutiny of Military Forces of Nigeria (2010-2015)", "rebel_group"),
    ("Protesters (Nigeria)", "protesters"), ("Rioters (Nigeria)", "rioters"),
    ("Civilians (Nigeria)", "civilians"), ("Fulani Ethnic Militia (Nigeria)", "identity_militia"),
    ("Agatu Communal Militia (Nigeria)", "identity_militia"),
    ("Boko Haram - Wilayat Gharb Ifriqiyyah", "rebel_group"),
    ("Unidentified Armed Group (Nigeria)", "political_militia"),
    ("Vigilante Militia (Nigeria)", "identity_militia"),
])
def test_actor_type_of(name, kind):
    assert actor_type_of(name, "NG") == kind


def test_gold_event_types():
    assert gold_event_types({"event_type": "Riots/Protests"}) == {"protests", "riots"}
    assert gold_event_types({"event_type": "Battle-Government regains territory"}) == {"battles"}
    assert gold_event_types({"event_type": "Headquarters or base established"}) == {
        "strategic_developments"}
    assert gold_event_types({"event_type": "Armed Assault", "target_type": "Military"}) == {
        "battles"}
    assert gold_event_types({"event_type": "Armed Assault", "target_type": "Business"}) == {
        "violence_against_civilians"}
    assert gold_event_types({"event_type": "Hostage Taking (Kidnapping)"}) == {
        "violence_against_civilians"}
    assert gold_event_types({"event_type": "Unknown"}) is None


def test_record_kind():
    assert record_kind(load_gold(FIXTURES / "gtd_like.gold.jsonl")) == "events"
    assert record_kind(load_gold(FIXTURES / "toponyms_like.gold.jsonl")) == "toponyms"
    assert record_kind(load_gold(FIXTURES / "timeml_like.gold.jsonl")) == "timeml"
    with pytest.raises(ValueError):
        record_kind([{"id": "x", "text": "no gold"}])


# ---------------------------------------------------------------- rendering


def test_main_table(tmp_path):
    from rich.console import Console

    m = score("toponyms_like", tmp_path)
    table = main_table(m)
    assert [c.header for c in table.columns] == ["metric", "value", "n"]
    assert table.row_count == 7
    console = Console(width=100, record=True)
    console.print(table)
    text = console.export_text()
    assert "toponyms: precision" in text and "80.0%" in text and "0.521" in text
    assert json.loads(json.dumps(m)) == m  # what --json prints


def test_location_ceiling_counts_what_the_names_of_a_text_can_reach(index):
    from extract.evaluate import location_ceiling
    from extract.gazetteer import open_gazetteer

    def rec(text, lat, lon):
        return {"id": text[:8], "text": text, "gold": {"country": "NG", "lat": lat, "lon": lon}}

    records = [
        rec("Gunmen attacked Bama at dawn.", 11.5221, 13.68558),           # named: 0 km
        rec("Fighting near Konduga left two dead.", 11.65, 13.78),          # 39 km from Konduga
        rec("Gunmen attacked a village at dawn.", 11.84692, 13.15712),      # no name: the country
        {"id": "x", "text": "Protest in Bama.", "gold": {"country": "NG", "lat": None}},
    ]
    figures = location_ceiling(records, open_gazetteer(index))
    assert figures == {"ceiling161": 2 / 3, "ceiling25": 1 / 3, "n_ceiling": 3,
                       "unreachable161": 1}


def test_a_bad_gold_line_is_named_by_file_and_line(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "a", "text": "x"}\n\n{bad json\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"gold\.jsonl:3: not JSON"):
        load_gold(gold)
    gold.write_text('{"id": "a"}\n[1, 2]\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"gold\.jsonl:2: not a JSON object"):
        load_gold(gold)
