"""Readers: every input kind, field mapping, publication dates, and each kind of bad input."""

from __future__ import annotations

import gzip
import json
from datetime import date

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from extract.articles import FieldMap, parse_published, read_articles, stable_id

from .conftest import write_jsonl

TEXT = "Gunmen killed five villagers in Kaduna State on Sunday, police said."


@pytest.mark.parametrize("raw, expected", [
    ("2024-05-27", date(2024, 5, 27)),
    ("27 May 2024", date(2024, 5, 27)),
    ("March 4, 2024", date(2024, 3, 4)),
    ("2009-03-30 02:22:14-05", date(2009, 3, 30)),
    ("2024-03-11T08:15:00Z", date(2024, 3, 11)),
    ("Mon, 27 May 2024 10:00:00 GMT", date(2024, 5, 27)),
    ("Tuesday, 5 March 2024", date(2024, 3, 5)),
    ("4 Sept 2023", date(2023, 9, 4)),   # not a strptime form: dateparser reads it
    ("12 Aug 2024", date(2024, 8, 12)),
    (None, None),
    ("", None),
])
def test_parse_published_common_formats(raw, expected):
    assert parse_published(raw) == expected


def test_parse_published_rejects_non_dates():
    with pytest.raises(ValueError):
        parse_published("yesterday-ish maybe")


def test_txt_reader_uses_file_name_as_id(tmp_path):
    (tmp_path / "kaduna-raid.txt").write_text(TEXT, encoding="utf-8")
    [art] = read_articles([tmp_path])
    assert (art.article_id, art.text, art.status, art.published) == ("kaduna-raid", TEXT, "ok", None)


def test_jsonl_gz_and_ndjson_readers(tmp_path):
    rec = {"id": "a1", "text": TEXT, "title": "Raid", "published": "27 May 2024",
           "url": "https://example.org/a1", "source": "Sahel Wire"}
    with gzip.open(tmp_path / "dump.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps(rec) + "\n")
    write_jsonl(tmp_path / "more.ndjson", [dict(rec, id="a2")])
    arts = list(read_articles([tmp_path]))
    assert [a.article_id for a in arts] == ["a1", "a2"]
    a = arts[0]
    assert (a.title, a.published, a.url, a.source, a.line) == (
        "Raid", date(2024, 5, 27), "https://example.org/a1", "Sahel Wire", 1)


def test_csv_reader_with_field_mapping(tmp_path):
    path = tmp_path / "dump.csv"
    path.write_text('doc,body,date\nx1,"Troops clashed with rebels, ""officials"" said.",2024-01-02\n',
                    encoding="utf-8")
    [art] = read_articles([path], FieldMap(id="doc", text="body", published="date"))
    assert (art.article_id, art.text, art.published, art.line) == (
        "x1", 'Troops clashed with rebels, "officials" said.', date(2024, 1, 2), 2)


def test_parquet_reader(tmp_path):
    path = tmp_path / "dump.parquet"
    pq.write_table(pa.table({"id": ["p1", "p2"], "text": [TEXT, "Protesters marched."],
                             "published": ["2024-05-27", None]}), path)
    arts = list(read_articles([path]))
    assert [(a.article_id, a.line, a.published) for a in arts] == [
        ("p1", 1, date(2024, 5, 27)), ("p2", 2, None)]


def test_record_without_id_gets_stable_hash(tmp_path):
    write_jsonl(tmp_path / "d.jsonl", [{"text": TEXT}])
    [art] = read_articles([tmp_path])
    assert art.article_id == stable_id(TEXT) == stable_id(TEXT)
    assert len(art.article_id) == 16


def test_folder_is_read_recursively_in_sorted_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / "b" / "2.txt").write_text(TEXT)
    (tmp_path / "a" / "9.txt").write_text(TEXT)
    (tmp_path / "a" / "1.txt").write_text(TEXT)
    (tmp_path / "a" / "notes.md").write_text("not an article")
    assert [a.article_id for a in read_articles([tmp_path])] == ["1", "9", "2"]


def test_bad_inputs_become_error_rows_naming_file_and_line(tmp_path):
    d = tmp_path
    (d / "good.txt").write_text(TEXT, encoding="utf-8")
    (d / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (d / "latin1.txt").write_bytes("Attaque \xe0 Gao".encode("latin-1"))
    (d / "lines.jsonl").write_text(
        json.dumps({"id": "ok1", "text": TEXT}) + "\n"
        + '{"id": "broken", "text": "unterminated\n'
        + json.dumps({"id": "notext", "title": "no text here"}) + "\n"
        + json.dumps({"id": "blank", "text": "   "}) + "\n"
        + json.dumps({"id": "long", "text": "x" * 500}) + "\n"
        + json.dumps(["a", "list"]) + "\n",
        encoding="utf-8")
    (d / "quotes.csv").write_text('id,text\nc1,"fine text"\nc2,"broken "quote" here\nc3,ok\n',
                                  encoding="utf-8")
    arts = {a.article_id: a for a in read_articles([d], max_length=100)}
    assert arts["good"].status == "ok"
    assert arts["ok1"].status == "ok"
    assert arts["binary"].error == f"{d}/binary.txt: binary file (contains NUL bytes), not text"
    assert arts["latin1"].error == f"{d}/latin1.txt:1: not valid UTF-8 (byte 0xe0)"
    assert arts["lines:2"].error.startswith(f"{d}/lines.jsonl:2: invalid JSON (")
    assert arts["notext"].error == f"{d}/lines.jsonl:3: missing 'text' field"
    assert (arts["blank"].status, arts["blank"].error) == ("empty", f"{d}/lines.jsonl:4: empty text")
    assert arts["long"].error == (f"{d}/lines.jsonl:5: text has 500 characters, more than the "
                                  "model's max_length of 100")
    assert arts["lines:6"].error == f"{d}/lines.jsonl:6: a JSON list, not an object"
    assert arts["c1"].status == "ok"
    assert arts["quotes:3"].status == "error"
    assert arts["quotes:3"].error.startswith(f"{d}/quotes.csv:3: broken CSV")
    for a in arts.values():
        if a.error:
            assert "\n" not in a.error


def test_unparseable_published_is_a_warning_not_an_error(tmp_path):
    write_jsonl(tmp_path / "d.jsonl", [{"id": "w", "text": TEXT, "published": "soon"}])
    [art] = read_articles([tmp_path])
    assert (art.status, art.published) == ("ok", None)
    assert art.warning == f"{tmp_path}/d.jsonl:1: unparseable 'published' 'soon', left empty"


def test_missing_input_raises(tmp_path):
    with pytest.raises(FileNotFoundError):
        list(read_articles([tmp_path / "nope"]))
