"""Readers: files and folders of article dumps -> a stream of :class:`Article` records.

Every input problem (a broken JSON line, an undecodable file, a CSV with broken quoting, a record
without text) becomes an ``Article`` with ``status="error"`` and a one-line message naming the file
and line, so a run never stops on bad input and the ``articles`` table records what failed.
Records are streamed: no reader holds more than one record (or one Parquet batch) in memory.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
import os
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

SUFFIXES = (".txt", ".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz", ".csv", ".parquet")


@dataclass
class Article:
    """One input record.

    ``status`` is ``ok`` for a record that goes through the pipeline, ``empty`` for a record whose
    text is blank, ``error`` for a record that could not be read; ``error`` then says why, naming
    the file and line. ``line`` is the 1-based line (JSONL, CSV) or row (Parquet) number.
    """

    article_id: str
    text: str = ""
    title: str | None = None
    published: date | None = None
    source: str | None = None
    url: str | None = None
    input_file: str | None = None
    line: int | None = None
    status: str = "ok"
    error: str | None = None
    warning: str | None = None
    extra: dict = field(default_factory=dict)


@dataclass(frozen=True)
class FieldMap:
    """Names of the record fields that hold the id, the text and the publication date."""

    id: str = "id"
    text: str = "text"
    published: str = "published"
    title: str = "title"
    url: str = "url"
    source: str = "source"


def stable_id(text: str) -> str:
    """A stable id for a record that has none: the first 16 hex digits of the text's SHA-256."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


_ISO_TZ_SHORT = re.compile(r"([+-]\d{2})$")


def parse_published(value) -> date | None:
    """Parse a publication date given in any common format into a :class:`datetime.date`.

    Accepts ``date``/``datetime`` objects, ISO 8601 strings ("2024-05-27", "2009-03-30 02:22:14-05",
    "2024-03-11T08:15:00Z") and free forms such as "27 May 2024" or "March 4, 2024" (via
    dateparser). The date is the calendar day as written, before any timezone conversion.
    Raises ``ValueError`` when the value is not a date.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if hasattr(value, "to_pydatetime"):  # pandas Timestamp
        return value.to_pydatetime().date()
    text = str(value).strip()
    if not text or text.lower() in {"nan", "nat", "none", "null"}:
        return None
    return _parse_date_text(text)


# Free forms with the month's name, read without dateparser (a dump's dates repeat, too: each
# string is parsed once)
_NAMED_MONTH_FORMATS = ("%d %B %Y", "%B %d, %Y", "%d %b %Y", "%b %d, %Y", "%B %d %Y",
                        "%d %B, %Y", "%A, %d %B %Y", "%A, %B %d, %Y")


@lru_cache(maxsize=4096)
def _parse_date_text(text: str) -> date:
    try:
        return datetime.fromisoformat(_ISO_TZ_SHORT.sub(r"\1:00", text)).date()
    except ValueError:
        pass
    for fmt in _NAMED_MONTH_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    import dateparser  # slow to import; most dumps use ISO dates

    parsed = dateparser.parse(
        text,
        languages=["en", "fr"],
        settings={"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False,
                  "REQUIRE_PARTS": ["year"]},
    )
    if parsed is None:
        raise ValueError(f"not a date: {text!r}")
    return parsed.date()


def iter_input_files(inputs: Iterable[str | os.PathLike]) -> Iterator[Path]:
    """Expand files and folders (read recursively, in sorted order) into the article files to read.

    Raises ``FileNotFoundError`` for an input that does not exist. Inside folders, files of other
    kinds and hidden files are skipped; a file named directly is read whatever its suffix
    (unknown suffixes are read as ``.txt``).
    """
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            for sub in sorted(path.rglob("*")):
                rel = sub.relative_to(path)
                if any(part.startswith(".") for part in rel.parts):
                    continue
                if sub.is_file() and sub.name.lower().endswith(SUFFIXES):
                    yield sub
        elif path.is_file():
            yield path
        else:
            raise FileNotFoundError(f"{path}: no such file or folder")


def _kind(path: Path) -> str:
    name = path.name.lower()
    for suffix, kind in ((".jsonl.gz", "jsonl"), (".ndjson.gz", "jsonl"), (".jsonl", "jsonl"),
                         (".ndjson", "jsonl"), (".csv", "csv"), (".parquet", "parquet")):
        if name.endswith(suffix):
            return kind
    return "txt"


def read_articles(inputs: Iterable[str | os.PathLike], fields: FieldMap = FieldMap(),
                  max_length: int | None = None) -> Iterator[Article]:
    """Stream the articles of every input file, in order.

    Args:
        inputs: files and folders, mixed freely.
        fields: the names of the id, text and publication-date fields in JSONL, CSV and Parquet.
        max_length: texts longer than this many characters become ``error`` records
            (spaCy's ``nlp.max_length``); ``None`` for no limit.

    Yields one :class:`Article` per record, bad records included (``status`` ``error``/``empty``).
    """
    for path in iter_input_files(inputs):
        kind = _kind(path)
        reader = {"txt": _read_txt, "jsonl": _read_jsonl, "csv": _read_csv,
                  "parquet": _read_parquet}[kind]
        try:
            for art in reader(path, fields):
                yield _finish(art, max_length)
        except OSError as exc:  # unreadable file, truncated gzip, ...
            yield Article(article_id=path.stem, input_file=str(path), status="error",
                          error=f"{path}: cannot read file: {_one_line(exc)}")


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def _finish(art: Article, max_length: int | None) -> Article:
    if art.status != "ok":
        return art
    where = f"{art.input_file}:{art.line}" if art.line else f"{art.input_file}"
    if not art.text.strip():
        art.status, art.error = "empty", f"{where}: empty text"
    elif max_length is not None and len(art.text) > max_length:
        art.status = "error"
        art.error = (f"{where}: text has {len(art.text):,} characters, more than the model's "
                     f"max_length of {max_length:,}")
    return art


def _read_txt(path: Path, fields: FieldMap) -> Iterator[Article]:
    data = path.read_bytes()
    art = Article(article_id=path.stem, input_file=str(path))
    if b"\x00" in data:
        art.status, art.error = "error", f"{path}: binary file (contains NUL bytes), not text"
    else:
        try:
            art.text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            art.status = "error"
            art.error = f"{path}:{line}: not valid UTF-8 (byte 0x{data[exc.start]:02x})"
    yield art


def _record_to_article(rec: dict, path: Path, line: int, fields: FieldMap) -> Article:
    where = f"{path}:{line}"
    text = rec.get(fields.text)
    rid = rec.get(fields.id)
    rid = None if _is_missing(rid) else str(rid).strip() or None
    art = Article(article_id=rid or "", input_file=str(path), line=line)
    if _is_missing(text):
        art.article_id = rid or f"{path.stem}:{line}"
        art.status, art.error = "error", f"{where}: missing '{fields.text}' field"
        return art
    if not isinstance(text, str):
        art.article_id = rid or f"{path.stem}:{line}"
        art.status, art.error = "error", f"{where}: '{fields.text}' is not a string"
        return art
    art.text = text
    art.article_id = rid or stable_id(text)
    for attr in ("title", "url", "source"):
        val = rec.get(getattr(fields, attr))
        setattr(art, attr, None if _is_missing(val) else str(val))
    raw_pub = rec.get(fields.published)
    try:
        art.published = parse_published(None if _is_missing(raw_pub) else raw_pub)
    except ValueError:
        art.warning = f"{where}: unparseable '{fields.published}' {raw_pub!r}, left empty"
    return art


def _is_missing(value) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and value != value:  # NaN from CSV/Parquet
        return True
    return False


def _read_jsonl(path: Path, fields: FieldMap) -> Iterator[Article]:
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    with opener(path, "rb") as fh:
        for lineno, raw in enumerate(fh, start=1):
            if not raw.strip():
                continue
            where = f"{path}:{lineno}"
            try:
                line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                yield Article(article_id=f"{path.stem}:{lineno}", input_file=str(path),
                              line=lineno, status="error",
                              error=f"{where}: not valid UTF-8 (byte 0x{raw[exc.start]:02x})")
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                yield Article(article_id=f"{path.stem}:{lineno}", input_file=str(path),
                              line=lineno, status="error",
                              error=f"{where}: invalid JSON ({exc.msg} at column {exc.colno})")
                continue
            if not isinstance(rec, dict):
                yield Article(article_id=f"{path.stem}:{lineno}", input_file=str(path),
                              line=lineno, status="error",
                              error=f"{where}: a JSON {type(rec).__name__}, not an object")
                continue
            yield _record_to_article(rec, path, lineno, fields)


def _read_csv(path: Path, fields: FieldMap) -> Iterator[Article]:
    csv.field_size_limit(2**31 - 1)
    with open(path, "rb") as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8-sig", errors="strict", newline="")
        reader = csv.reader(text, strict=True)
        try:
            header = next(reader)
        except StopIteration:
            return
        except (csv.Error, UnicodeDecodeError) as exc:
            yield Article(article_id=path.stem, input_file=str(path), line=1, status="error",
                          error=f"{path}:1: unreadable CSV header ({_one_line(exc)})")
            return
        while True:
            start = reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield Article(article_id=f"{path.stem}:{start}", input_file=str(path), line=start,
                              status="error", error=f"{path}:{start}: broken CSV ({_one_line(exc)})")
                continue
            except UnicodeDecodeError:
                yield Article(article_id=f"{path.stem}:{start}", input_file=str(path), line=start,
                              status="error", error=f"{path}:{start}: not valid UTF-8")
                return
            if not row:
                continue
            if len(row) != len(header):
                yield Article(article_id=f"{path.stem}:{start}", input_file=str(path), line=start,
                              status="error",
                              error=(f"{path}:{start}: broken CSV ({len(row)} fields, "
                                     f"header has {len(header)})"))
                continue
            yield _record_to_article(dict(zip(header, row)), path, start, fields)


def _read_parquet(path: Path, fields: FieldMap) -> Iterator[Article]:
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises ArrowInvalid & co. for a corrupt file
        yield Article(article_id=path.stem, input_file=str(path), status="error",
                      error=f"{path}: not a readable Parquet file ({_one_line(exc)})")
        return
    wanted = [c for c in (fields.id, fields.text, fields.published, fields.title, fields.url,
                          fields.source) if c in pf.schema_arrow.names]
    row = 0
    for batch in pf.iter_batches(batch_size=1024, columns=wanted):
        for rec in batch.to_pylist():
            row += 1
            yield _record_to_article(rec, path, row, fields)
