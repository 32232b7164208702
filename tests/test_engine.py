"""The engine: an interrupted run resumes to the same tables; outputs appear only when complete."""

from __future__ import annotations

import pandas as pd
import pytest

import extract
from extract.engine import RunOptions, run
from extract.schema import TABLE_NAMES

from .conftest import write_jsonl


class Crash(Exception):
    pass


def test_interrupted_run_resumes_to_identical_tables(tmp_path, sample_records):
    src = write_jsonl(tmp_path / "in.jsonl", sample_records[:8])
    opts = RunOptions(batch_size=2)
    run([src], tmp_path / "plain", opts)

    seen = []

    def crash_after_two_batches(n):
        seen.append(n)
        if len(seen) == 2:
            raise Crash()

    with pytest.raises(Crash):
        run([src], tmp_path / "resumed", opts, progress=crash_after_two_batches)
    # nothing final was written, but two batches are kept for the resumed run
    assert not (tmp_path / "resumed" / "events.parquet").exists()
    assert len(list((tmp_path / "resumed" / ".parts").glob("*.articles.parquet"))) == 2
    counted = []
    run([src], tmp_path / "resumed", opts, progress=counted.append)
    assert sum(counted) == 4  # only the articles not yet written
    a, b = extract.load_tables(tmp_path / "plain"), extract.load_tables(tmp_path / "resumed")
    for name in TABLE_NAMES:
        pd.testing.assert_frame_equal(a[name], b[name])
    assert not (tmp_path / "resumed" / ".parts").exists()


def test_resume_after_complete_run_keeps_rows_and_adds_new_articles(tmp_path, sample_records):
    src = write_jsonl(tmp_path / "in.jsonl", sample_records[:3])
    out = tmp_path / "out"
    run([src], out, RunOptions())
    write_jsonl(src, sample_records[:5])
    result = run([src], out, RunOptions())
    arts = extract.load_tables(out)["articles"]
    assert list(arts["article_id"]) == [r["id"] for r in sample_records[:5]]
    assert result.counts["articles"] == {"ok": 5}


def test_half_written_batch_is_dropped_on_resume(tmp_path, sample_records):
    src = write_jsonl(tmp_path / "in.jsonl", sample_records[:4])
    out = tmp_path / "out"
    parts = out / ".parts"
    parts.mkdir(parents=True)
    # a crash after the events part of batch 1 but before its articles part
    (parts / "00000001.events.parquet").write_bytes(b"half")
    run([src], out, RunOptions(batch_size=2))
    tables = extract.load_tables(out)
    assert list(tables["articles"]["article_id"]) == [r["id"] for r in sample_records[:4]]


def test_prefilter_skips_articles_without_conflict_vocabulary(tmp_path):
    from extract.prefilter import has_conflict_vocabulary

    src = write_jsonl(tmp_path / "in.jsonl", [
        {"id": "bank", "text": "The central bank raised its benchmark rate by half a point."},
        {"id": "raid", "text": "Gunmen killed four villagers in a raid on Sunday."},
    ])
    result = run([src], tmp_path / "out", RunOptions(prefilter=True))
    arts = extract.load_tables(tmp_path / "out")["articles"].set_index("article_id")
    assert list(arts["status"]) == ["skipped", "ok"]
    assert arts.loc["raid", "n_events"] == 1
    assert result.counts["articles"] == {"skipped": 1, "ok": 1}
    assert has_conflict_vocabulary("Troops were deployed.") is True
    assert has_conflict_vocabulary("Rain is expected on Tuesday.") is False
    # the verbs of killing that name no other conflict word
    assert has_conflict_vocabulary("Herdsmen butchered seven farmers in Plateau.") is True
    assert has_conflict_vocabulary("Two men were gunned down in Kano.") is True


def test_finished_run_with_other_settings_is_extracted_again(tmp_path, sample_records):
    src = write_jsonl(tmp_path / "in.jsonl", sample_records[:2])
    out = tmp_path / "out"
    run([src], out, RunOptions())
    counted = []
    run([src], out, RunOptions(), progress=counted.append)
    assert counted == []  # same settings: nothing to do
    run([src], out, RunOptions(prefilter=True), progress=counted.append)
    assert sum(counted) == 2  # another extraction option: done again


def test_finished_run_made_by_other_code_is_extracted_again(tmp_path, sample_records):
    # the version number does not change with every fix: the code's fingerprint in run.json does
    import json

    from extract.engine import code_fingerprint

    src = write_jsonl(tmp_path / "in.jsonl", sample_records[:2])
    out = tmp_path / "out"
    run([src], out, RunOptions())
    info = json.loads((out / "run.json").read_text())
    assert info["code"] == code_fingerprint() and len(info["code"]) == 16
    counted = []
    run([src], out, RunOptions(), progress=counted.append)
    assert counted == []
    info["code"] = "0" * 16  # as if an earlier commit had written it
    (out / "run.json").write_text(json.dumps(info))
    run([src], out, RunOptions(), progress=counted.append)
    assert sum(counted) == 2


def test_load_pipeline_is_one_pipeline_however_called():
    # the bench loads before its clock with load_pipeline(model); the run asks with every
    # argument written out: both must get the same, already loaded pipeline
    from extract.nlp import load_pipeline

    assert load_pipeline() is load_pipeline("en_core_web_sm", None, None)
    assert load_pipeline("en_core_web_sm", None, "ng") is load_pipeline(country="NG")
