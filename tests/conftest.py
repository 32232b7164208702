"""Shared fixtures: one pipeline per test session, and small article dumps written per test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "raw" / "sample.jsonl"


@pytest.fixture(scope="session")
def nlp():
    from extract.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def index(tmp_path_factory) -> str:
    """A gazetteer index built from the small GeoNames-format files in fixtures/geonames."""
    from extract.gazetteer import build_gazetteer

    out = tmp_path_factory.mktemp("gaz") / "fixture.sqlite"
    build_gazetteer(sorted(str(p) for p in (ROOT / "tests" / "fixtures" / "geonames").glob("*.txt")),
                    str(out))
    return str(out)


@pytest.fixture(scope="session")
def sample_records() -> list[dict]:
    return [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines()]


def write_jsonl(path: Path, records: list) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path
