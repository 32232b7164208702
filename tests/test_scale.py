"""Scale: several workers, a run killed with SIGKILL and resumed, and the Dask engine all give the
tables of a plain one-process run, row for row."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

import extract
from extract.engine import RunOptions, run
from extract.schema import TABLE_NAMES

from .conftest import ROOT, write_jsonl

N_RECORDS = 12
BATCH = 2


@pytest.fixture(scope="module")
def dump(tmp_path_factory, sample_records) -> Path:
    return write_jsonl(tmp_path_factory.mktemp("dump") / "in.jsonl", sample_records[:N_RECORDS])


@pytest.fixture(scope="module")
def plain(dump, tmp_path_factory) -> dict:
    """The tables of an uninterrupted one-process run: what every other way must reproduce."""
    out = tmp_path_factory.mktemp("plain")
    run([dump], out, RunOptions(batch_size=BATCH, workers=1))
    return extract.load_tables(out)


def assert_same_tables(expected: dict, out_dir: Path) -> None:
    got = extract.load_tables(out_dir)
    for name in TABLE_NAMES:
        pd.testing.assert_frame_equal(expected[name], got[name], obj=name)


def test_plain_run_has_rows_to_compare(plain, sample_records):
    # the comparisons below mean something only if the tables are not empty
    assert list(plain["articles"]["article_id"]) == [r["id"] for r in sample_records[:N_RECORDS]]
    assert len(plain["events"]) > N_RECORDS
    assert len(plain["casualties"]) > 0 and len(plain["dates"]) > 0


def test_two_workers_give_the_tables_of_one(dump, plain, tmp_path):
    run([dump], tmp_path, RunOptions(batch_size=BATCH, workers=2))
    assert_same_tables(plain, tmp_path)


def _cli(dump: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "extract.cli", "run", str(dump), "--out", str(out),
            "--batch-size", str(BATCH)]


def _env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"), env.get("PYTHONPATH")]))
    return env


def test_run_killed_with_sigkill_resumes_to_the_same_tables(dump, plain, tmp_path):
    out = tmp_path / "out"
    parts = out / ".parts"
    proc = subprocess.Popen(_cli(dump, out), env=_env(), stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    try:
        # kill as soon as one batch is complete on disk (its articles part is written last)
        while not (parts.exists() and any(parts.glob("*.articles.parquet"))):
            assert proc.poll() is None, proc.stderr.read().decode()
            assert time.monotonic() < deadline, "no batch written within 60 s"
            time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait()
    assert proc.returncode == -signal.SIGKILL  # killed mid-run, not finished
    assert not (out / "events.parquet").exists()
    kept = len(list(parts.glob("*.articles.parquet")))
    assert 1 <= kept < N_RECORDS // BATCH

    done = subprocess.run(_cli(dump, out), env=_env(), capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert_same_tables(plain, out)
    ids = extract.load_tables(out)["articles"]["article_id"]
    assert not ids.duplicated().any()
    assert not parts.exists()


def test_dask_local_cluster_of_two_processes_gives_the_tables_of_a_plain_run(dump, plain,
                                                                                tmp_path):
    pytest.importorskip("distributed")
    run([dump], tmp_path, RunOptions(batch_size=BATCH, workers=2, engine="dask"))
    assert_same_tables(plain, tmp_path)


def test_dask_engine_yields_batches_in_input_order_with_a_bounded_window(sample_records):
    pytest.importorskip("distributed")
    from extract.articles import Article
    from extract.dask_engine import IN_FLIGHT_PER_WORKER, process_batches_dask

    pulled = []

    def batches():
        for i, rec in enumerate(sample_records[:6]):
            pulled.append(i)
            yield [Article(article_id=rec["id"], text=rec["text"], title=None, published=None,
                           input_file=None)]

    opts = RunOptions(workers=1, engine="dask")
    out = process_batches_dask(batches(), opts)
    first = next(out)
    # the first result comes out once the window of one worker is full, not after the whole input
    assert len(pulled) == IN_FLIGHT_PER_WORKER
    rest = list(out)
    ids = [r.tables["articles"][0]["article_id"] for r in [first, *rest]]
    assert ids == [r["id"] for r in sample_records[:6]]
