"""Doc -> rows in the contract's schema, and the tables as files (Parquet or CSV), read and written.

Rows are plain dicts built per article and turned into Arrow tables per batch: no pandas work per
article. Writers put every file under a temporary name and rename it when complete, so a crash
never leaves half a table.
"""

from __future__ import annotations

import os
from collections import defaultdict
from datetime import date, datetime
from pathlib import Path
from typing import Iterable

import pyarrow as pa
import pyarrow.parquet as pq

from .articles import Article
from .schema import TABLE_NAMES, arrow_schema, columns, date_columns, pandas_dtypes


class Rows:
    """Rows of every table for a batch of articles, in input order."""

    def __init__(self):
        self.tables: dict[str, list[dict]] = {name: [] for name in TABLE_NAMES}

    def extend(self, other: "Rows") -> None:
        for name, rows in other.tables.items():
            self.tables[name].extend(rows)

    def __len__(self) -> int:
        return len(self.tables["articles"])

    def to_arrow(self, table: str) -> pa.Table:
        """The rows of ``table`` as an Arrow table with the contract's schema."""
        return rows_to_arrow(table, self.tables[table])

    def to_pandas(self) -> dict:
        """Every table as a pandas DataFrame with the contract's dtypes."""
        return {name: arrow_to_pandas(name, self.to_arrow(name)) for name in TABLE_NAMES}


def isna(value) -> bool:
    """True for None and for pandas' missing values (NaN, NaT, NA) alike."""
    if value is None:
        return True
    try:
        import pandas as pd

        return bool(pd.isna(value))
    except (TypeError, ValueError):  # lists and other containers are values
        return False


def _as_datetime(value):
    if value is None:
        return None
    if isinstance(value, date) and not 1678 <= value.year <= 2261:
        return None  # beyond pandas' datetime64[ns]: no news date is, a misread number may be
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    return value


def rows_to_arrow(table: str, rows: list[dict]) -> pa.Table:
    schema = arrow_schema(table)
    dcols = date_columns(table)
    cols = columns(table)
    data = {c: [r.get(c) for r in rows] for c in cols}
    for c in dcols:
        data[c] = [_as_datetime(v) for v in data[c]]
    return pa.Table.from_pydict(data, schema=schema)


def arrow_to_pandas(table: str, tbl: pa.Table):
    import pandas as pd

    df = tbl.to_pandas()
    if df.empty:
        df = pd.DataFrame({c: pd.Series([], dtype="object") for c in columns(table)})
    return df.astype(pandas_dtypes(table))


def article_row(art: Article, n_events: int | None) -> dict:
    return {
        "article_id": art.article_id, "title": art.title, "published": art.published,
        "source": art.source, "url": art.url, "input_file": art.input_file,
        "n_chars": len(art.text) if art.text else 0,
        "n_events": n_events, "status": art.status, "error": art.error, "line": art.line,
        "warning": art.warning,
    }


def doc_rows(doc, art: Article) -> Rows:
    """All rows that one processed article contributes, its ``articles`` row included."""
    rows = Rows()
    aid = art.article_id
    events = doc._.events or []
    event_of: dict[int, str] = {}
    for ev in events:
        eid = f"{aid}:{ev.n}"
        event_of[id(ev)] = eid
        rows.tables["events"].append(event_row(ev, eid, aid))
        for cas in ev.casualties:
            rows.tables["casualties"].append({
                "event_id": eid, "article_id": aid, "outcome": cas.outcome,
                "victim_group": cas.victim_group, "count_min": cas.count_min,
                "count_best": cas.count_best, "count_max": cas.count_max,
                "quantifier": cas.quantifier, "text": cas.text,
                "start_char": cas.start_char, "end_char": cas.end_char,
            })
        for act in ev.actors:
            rows.tables["actors"].append({
                "event_id": eid, "article_id": aid, "actor": act.actor, "mention": act.mention,
                "role": act.role, "actor_type": act.actor_type,
                "start_char": act.start_char, "end_char": act.end_char,
            })
    place_event = _owner_by_span(events, event_of, lambda ev: [ev.place] if ev.place else [])
    for p in doc._.places or []:
        rows.tables["locations"].append({
            "article_id": aid, "event_id": place_event.get((p.start_char, p.end_char)),
            "mention": p.mention, "start_char": p.start_char, "end_char": p.end_char,
            "name": p.name, "geonameid": p.geonameid, "latitude": p.latitude,
            "longitude": p.longitude, "country_code": p.country_code, "admin1": p.admin1,
            "feature_code": p.feature_code, "method": p.method, "confidence": p.confidence,
        })
    date_event = _owner_by_span(events, event_of, lambda ev: [ev.date] if ev.date else [])
    for d in doc._.dates or []:
        rows.tables["dates"].append({
            "article_id": aid, "event_id": date_event.get((d.start_char, d.end_char)),
            "mention": d.text, "start_char": d.start_char, "end_char": d.end_char,
            "date": d.date, "date_end": d.date_end, "precision": d.precision,
            "relative": d.relative,
        })
    rows.tables["articles"].append(article_row(art, len(events)))
    return rows


def _owner_by_span(events, event_of, items_of) -> dict:
    owner = {}
    for ev in events:
        for item in items_of(ev):
            if item is not None and item.start_char is not None:
                owner.setdefault((item.start_char, item.end_char), event_of[id(ev)])
    return owner


def _total(casualties, outcome: str):
    rows = [c for c in casualties if c.outcome == outcome]
    if not rows:
        return None, None, None

    def add(attr):
        vals = [getattr(c, attr) for c in rows]
        return None if any(v is None for v in vals) else sum(vals)

    return add("count_best"), add("count_min"), add("count_max")


def event_row(ev, event_id: str, article_id: str) -> dict:
    killed, killed_min, killed_max = _total(ev.casualties, "killed")
    wounded, wounded_min, wounded_max = _total(ev.casualties, "wounded")
    actor1 = next((a.actor for a in ev.actors if a.role == "actor1"), None)
    actor2 = next((a.actor for a in ev.actors if a.role == "actor2"), None)
    d, p = ev.date, ev.place
    return {
        "event_id": event_id, "article_id": article_id, "primary": ev.primary,
        "event_type": ev.event_type, "sub_event_type": ev.sub_event_type,
        "event_date": ev.event_date, "date_precision": ev.date_precision,
        "date_text": d.text if d is not None else None,
        "date_end": d.date_end if d is not None else None,
        "location": (p.name or p.mention) if p is not None else None,
        "admin1": p.admin1 if p is not None else None,
        "country_code": p.country_code if p is not None else None,
        "latitude": p.latitude if p is not None else None,
        "longitude": p.longitude if p is not None else None,
        "geo_precision": p.geo_precision if p is not None else None,
        "geonameid": p.geonameid if p is not None else None,
        "actor1": actor1, "actor2": actor2,
        "killed": killed, "killed_min": killed_min, "killed_max": killed_max,
        "wounded": wounded, "wounded_min": wounded_min, "wounded_max": wounded_max,
        "sentence": ev.sentence, "start_char": ev.start_char, "end_char": ev.end_char,
        "trigger": "; ".join(dict.fromkeys(t.text for t in ev.triggers)),
    }


# ---------------------------------------------------------------- files


def _tmp(path: Path) -> Path:
    return path.with_name(f".{path.name}.tmp-{os.getpid()}")


def write_parquet(table: str, parts: Iterable[pa.Table], path: Path) -> int:
    """Write ``parts`` (Arrow tables of ``table``) as one Parquet file, one row group per part.

    Returns the number of rows. The file appears under its name only once complete.
    """
    tmp = _tmp(path)
    n = 0
    with pq.ParquetWriter(tmp, arrow_schema(table)) as writer:
        writer.write_table(rows_to_arrow(table, []))  # the schema, even with no rows
        for part in parts:
            if part.num_rows:
                writer.write_table(part.cast(arrow_schema(table)))
                n += part.num_rows
    os.replace(tmp, path)
    return n


def write_csv(table: str, parts: Iterable[pa.Table], path: Path) -> int:
    """Write ``parts`` as one CSV file (dates as YYYY-MM-DD, nulls empty); atomic like Parquet."""
    tmp = _tmp(path)
    n = 0
    with open(tmp, "w", encoding="utf-8", newline="") as fh:
        arrow_to_pandas(table, rows_to_arrow(table, [])).to_csv(fh, index=False)
        for part in parts:
            if part.num_rows:
                df = arrow_to_pandas(table, part)
                df.to_csv(fh, index=False, header=False, date_format="%Y-%m-%d")
                n += part.num_rows
    os.replace(tmp, path)
    return n


def load_table(path: str | os.PathLike, table: str | None = None):
    """Load one table written by ``extract run`` (Parquet or CSV) with the contract's dtypes.

    ``path`` is the table's file, or the run's output folder with ``table`` naming the table
    (``load_table("data/processed", "events")``).
    """
    import pandas as pd

    path = Path(path)
    if path.is_dir():
        if table is None:
            raise ValueError(f"{path}: a folder; name the table to load (e.g. 'events')")
        found = [path / f"{table}.{ext}" for ext in ("parquet", "csv")
                 if (path / f"{table}.{ext}").exists()]
        if not found:
            raise FileNotFoundError(f"{path}: no {table}.parquet or {table}.csv")
        path = found[0]
    table = table or path.name.split(".")[0]
    dtypes = pandas_dtypes(table)
    if path.suffix == ".parquet":
        return arrow_to_pandas(table, pq.read_table(path))
    dcols = date_columns(table)
    raw = pd.read_csv(path, dtype={c: t for c, t in dtypes.items() if c not in dcols},
                      keep_default_na=False, na_values=[""])
    for c in dcols:
        raw[c] = pd.to_datetime(raw[c], format="%Y-%m-%d")
    return raw.astype(dtypes)[columns(table)]


def load_tables(out_dir: str | os.PathLike) -> dict:
    """Every table of a run's output folder as pandas DataFrames, keyed by table name.

    Reads ``{table}.parquet`` or, failing that, ``{table}.csv``; dtypes are the same either way.
    """
    out_dir = Path(out_dir)
    result = {}
    for name in TABLE_NAMES:
        for suffix in (".parquet", ".csv"):
            path = out_dir / f"{name}{suffix}"
            if path.exists():
                result[name] = load_table(path, name)
                break
        else:
            raise FileNotFoundError(f"{out_dir}: no {name}.parquet or {name}.csv")
    return result


def group_parts(parts: Iterable[Rows]) -> dict[str, list[pa.Table]]:
    out = defaultdict(list)
    for rows in parts:
        for name in TABLE_NAMES:
            out[name].append(rows.to_arrow(name))
    return out
