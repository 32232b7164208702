"""The CLI through Typer's CliRunner on real files: run, text, --version, --help, bad input."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from typer.testing import CliRunner

import extract
from extract.cli import app
from extract.schema import TABLE_NAMES, columns, pandas_dtypes

from .conftest import write_jsonl

runner = CliRunner()

RAID = ("Gunmen kill four in Zamfara village raid\n\n"
        "Gunmen killed four villagers in an overnight raid on a village in Zamfara State, police "
        "said on Monday. The attackers also abducted nine women.\n")
FLOOD = "The central bank raised its benchmark interest rate by half a point on Tuesday."


def _mixed_folder(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "raid.txt").write_text(RAID, encoding="utf-8")
    (d / "binary.txt").write_bytes(b"\x00\x01\x02\xff")
    (d / "bad.jsonl").write_text(
        json.dumps({"id": "bank", "text": FLOOD, "published": "2024-05-28"}) + "\n"
        + "{not json}\n"
        + json.dumps({"id": "empty", "text": ""}) + "\n"
        + json.dumps({"id": "notext"}) + "\n", encoding="utf-8")
    (d / "quotes.csv").write_text('id,text\nq1,"ok "bad" quote\n', encoding="utf-8")
    return d


def test_run_on_mixed_folder_records_every_bad_input_and_exits_0(tmp_path):
    d = _mixed_folder(tmp_path)
    out = tmp_path / "out"
    res = runner.invoke(app, ["run", str(d), "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert res.output.startswith("extract: 7 articles (1 empty, 4 error, 2 ok) -> 1 events")
    tables = extract.load_tables(out)
    arts = tables["articles"].set_index("article_id")
    assert list(arts.index) == ["bank", "bad:2", "empty", "notext", "binary", "quotes:2", "raid"]
    assert arts.loc["raid", "status"] == "ok" and arts.loc["raid", "n_events"] == 1
    assert arts.loc["bank", "status"] == "ok" and arts.loc["bank", "n_events"] == 0
    assert arts.loc["bank", "published"] == pd.Timestamp("2024-05-28")
    assert arts.loc["empty", "status"] == "empty"
    assert arts.loc["bad:2", "error"].startswith(f"{d}/bad.jsonl:2: invalid JSON")
    assert arts.loc["notext", "error"] == f"{d}/bad.jsonl:4: missing 'text' field"
    assert arts.loc["binary", "error"] == f"{d}/binary.txt: binary file (contains NUL bytes), not text"
    assert arts.loc["quotes:2", "error"].startswith(f"{d}/quotes.csv:2: broken CSV")
    ev = tables["events"]
    assert list(ev["event_id"]) == ["raid:1"]
    assert bool(ev.loc[0, "primary"]) is True
    assert RAID[ev.loc[0, "start_char"]:ev.loc[0, "end_char"]].strip() == ev.loc[0, "sentence"]
    info = json.loads((out / "run.json").read_text())
    assert info["counts"]["articles"] == {"ok": 2, "error": 4, "empty": 1}
    assert info["model"]["version"] == "3.8.0"
    assert "Traceback" not in res.output


def test_on_error_fail_stops_with_exit_1_and_one_line_message(tmp_path):
    d = _mixed_folder(tmp_path)
    res = runner.invoke(app, ["run", str(d), "--out", str(tmp_path / "o"), "--on-error", "fail"])
    assert res.exit_code == 1
    assert res.output.strip() == f"extract: {d}/bad.jsonl:2: invalid JSON (Expecting property name enclosed in double quotes at column 2)"


def test_missing_input_is_bad_usage(tmp_path):
    res = runner.invoke(app, ["run", str(tmp_path / "nope"), "--out", str(tmp_path / "o")])
    assert res.exit_code == 2
    assert "no such file or folder" in res.output


def test_csv_and_parquet_load_with_the_same_dtypes(tmp_path, sample_records):
    src = write_jsonl(tmp_path / "s.jsonl", sample_records[:4])
    for fmt in ("parquet", "csv"):
        res = runner.invoke(app, ["run", str(src), "--out", str(tmp_path / fmt), "--format", fmt])
        assert res.exit_code == 0, res.output
    pq_t, csv_t = extract.load_tables(tmp_path / "parquet"), extract.load_tables(tmp_path / "csv")
    for name in TABLE_NAMES:
        assert list(pq_t[name].columns) == columns(name)
        assert {c: str(t) for c, t in pq_t[name].dtypes.items()} == pandas_dtypes(name)
        a = pq_t[name].drop(columns=["input_file"], errors="ignore")
        b = csv_t[name].drop(columns=["input_file"], errors="ignore")
        pd.testing.assert_frame_equal(a, b)
    assert len(pq_t["events"]) >= 4


def test_empty_tables_keep_their_schema(tmp_path):
    src = write_jsonl(tmp_path / "s.jsonl", [{"id": "x", "text": FLOOD}])
    assert runner.invoke(app, ["run", str(src), "--out", str(tmp_path / "o")]).exit_code == 0
    for name in TABLE_NAMES:
        df = pd.read_parquet(tmp_path / "o" / f"{name}.parquet")
        assert list(df.columns) == columns(name)
    assert len(pd.read_parquet(tmp_path / "o" / "events.parquet")) == 0


def test_text_command_json(tmp_path):
    res = runner.invoke(app, ["text", RAID, "--published", "2024-05-27", "--json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert set(data) == set(TABLE_NAMES)
    assert [e["event_id"] for e in data["events"]] == ["text:1"]
    assert data["articles"][0]["published"].startswith("2024-05-27")


def test_text_command_table_and_no_events():
    res = runner.invoke(app, ["text", FLOOD])
    assert (res.exit_code, res.output.strip()) == (0, "no events")


def test_version_and_help():
    res = runner.invoke(app, ["--version"])
    assert res.output.strip() == f"extract {extract.__version__}"
    for cmd in (["run"], ["text"], []):
        res = runner.invoke(app, [*cmd, "--help"])
        assert res.exit_code == 0
        assert "Example:" in res.output or "extract run" in res.output


def test_unknown_model_is_a_clear_error(tmp_path):
    src = write_jsonl(tmp_path / "s.jsonl", [{"id": "x", "text": FLOOD}])
    res = runner.invoke(app, ["run", str(src), "--out", str(tmp_path / "o"), "--model",
                              "en_core_web_xx"])
    assert res.exit_code == 1
    assert res.output.strip() == ("extract: spaCy model 'en_core_web_xx' is not installed; "
                                  "install it with: pip install en-core-web-xx")


def test_evaluate_command_on_a_real_run(tmp_path):
    from pathlib import Path

    gold = Path(__file__).parent / "fixtures" / "eval" / "gtd_like.gold.jsonl"
    out = tmp_path / "run"
    assert runner.invoke(app, ["run", str(gold), "--out", str(out)]).exit_code == 0
    res = runner.invoke(app, ["evaluate", str(gold), "--pred", str(out), "--json"])
    assert res.exit_code == 0, res.output
    metrics = json.loads(res.output)
    assert metrics["kind"] == "events"
    # 5 records, 4 with a gold killed count; every one of them read right
    assert (metrics["n_records"], metrics["n_killed_exact"], metrics["killed_exact"]) == (5, 4, 1.0)
    bad = runner.invoke(app, ["evaluate", str(gold), "--pred", str(tmp_path / "none")])
    assert bad.exit_code == 2


def test_country_option_places_a_placeless_note_and_is_recorded(tmp_path):
    note = "Gunmen attacked a farming settlement at night and killed three herders."
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": "n1", "text": note}])
    plain, ng = tmp_path / "plain", tmp_path / "ng"
    assert runner.invoke(app, ["run", str(src), "--out", str(plain)]).exit_code == 0
    res = runner.invoke(app, ["run", str(src), "--out", str(ng), "--country", "ng"])
    assert res.exit_code == 0, res.output
    assert pd.isna(extract.load_table(plain, "events").loc[0, "country_code"])
    ev = extract.load_table(ng, "events").loc[0]
    assert (ev["country_code"], ev["killed"]) == ("NG", 3)
    assert json.loads((ng / "run.json").read_text())["options"]["country"] == "NG"
    bad = runner.invoke(app, ["run", str(src), "--out", str(tmp_path / "x"), "--country", "Nigeria"])
    assert bad.exit_code == 2
    assert "--country 'Nigeria': expected an ISO 3166 alpha-2 code" in bad.output


def test_ceiling_prints_the_share_the_text_can_reach(tmp_path):
    gold = write_jsonl(tmp_path / "gold.jsonl", [
        {"id": "a", "text": "Gunmen attacked Maiduguri at dawn.",
         "gold": {"country": "NG", "lat": 11.84692, "lon": 13.15712}},
        {"id": "b", "text": "Gunmen attacked a village at dawn.",
         "gold": {"country": "NG", "lat": 4.8156, "lon": 7.0498}},   # Port Harcourt, unnamed
    ])
    res = runner.invoke(app, ["ceiling", str(gold), "--json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.output) == {"ceiling161": 0.5, "ceiling25": 0.5, "n_ceiling": 2,
                                      "unreachable161": 1}
    res = runner.invoke(app, ["ceiling", str(tmp_path / "missing.jsonl")])
    assert res.exit_code == 2 and "missing.jsonl" in res.output


def test_conventions_option_codes_tolls_as_acled_or_gtd_and_a_changed_option_reextracts(tmp_path):
    # ACLED codes one event per place and day (a toll over three villages is shared); GTD keeps
    # the incident whole and counts the suicide bomber who detonated
    notes = [{"id": "raid", "text": "Gunmen raided three villages in Kaura, killing 12 people."},
             {"id": "bomb", "text": "A suicide bomber detonated in Mazari Sharif, Balkh, "
                                    "Afghanistan. At least one person was killed."}]
    src = write_jsonl(tmp_path / "in.jsonl", notes)
    out = tmp_path / "o"
    killed = {}
    for conv in ("acled", "gtd"):
        res = runner.invoke(app, ["run", str(src), "--out", str(out), "--conventions", conv])
        assert res.exit_code == 0, res.output
        ev = extract.load_table(out, "events")
        killed[conv] = dict(zip(ev["article_id"], ev["killed"]))
        assert json.loads((out / "run.json").read_text())["options"]["conventions"] == conv
    # the second run, with another option, did not keep the first one's rows
    assert killed == {"acled": {"raid": 4, "bomb": 1}, "gtd": {"raid": 12, "bomb": 2}}
    bad = runner.invoke(app, ["run", str(src), "--out", str(tmp_path / "x"), "--conventions", "ucdp"])
    assert bad.exit_code == 2
