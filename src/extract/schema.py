"""The tables of the contract: their columns, in order, and their types.

One source of truth for the Arrow schema written to Parquet, the pandas dtypes a loaded table has
(CSV or Parquet alike), and the empty tables written when a run finds nothing.
"""

from __future__ import annotations

import pyarrow as pa

# Logical column kinds -> (Arrow type, pandas dtype)
_KINDS = {
    "str": (pa.string(), "string"),
    "int": (pa.int64(), "Int64"),
    "float": (pa.float64(), "Float64"),
    "bool": (pa.bool_(), "boolean"),
    "date": (pa.timestamp("ns"), "datetime64[ns]"),
}

TABLES: dict[str, list[tuple[str, str]]] = {
    "articles": [
        ("article_id", "str"), ("title", "str"), ("published", "date"), ("source", "str"),
        ("url", "str"), ("input_file", "str"), ("n_chars", "int"), ("n_events", "int"),
        ("status", "str"), ("error", "str"),
        # additions to the contract
        ("line", "int"), ("warning", "str"),
    ],
    "events": [
        ("event_id", "str"), ("article_id", "str"), ("primary", "bool"), ("event_type", "str"),
        ("sub_event_type", "str"), ("event_date", "date"), ("date_precision", "str"),
        ("date_text", "str"), ("location", "str"), ("admin1", "str"), ("country_code", "str"),
        ("latitude", "float"), ("longitude", "float"), ("geo_precision", "int"),
        ("geonameid", "int"), ("actor1", "str"), ("actor2", "str"), ("killed", "int"),
        ("killed_min", "int"), ("killed_max", "int"), ("wounded", "int"), ("wounded_min", "int"),
        ("wounded_max", "int"), ("sentence", "str"), ("start_char", "int"), ("end_char", "int"),
        # additions to the contract
        ("trigger", "str"), ("date_end", "date"),
    ],
    "casualties": [
        ("event_id", "str"), ("article_id", "str"), ("outcome", "str"), ("victim_group", "str"),
        ("count_min", "int"), ("count_best", "int"), ("count_max", "int"), ("quantifier", "str"),
        ("text", "str"), ("start_char", "int"), ("end_char", "int"),
    ],
    "actors": [
        ("event_id", "str"), ("article_id", "str"), ("actor", "str"), ("mention", "str"),
        ("role", "str"), ("actor_type", "str"), ("start_char", "int"), ("end_char", "int"),
    ],
    "locations": [
        ("article_id", "str"), ("event_id", "str"), ("mention", "str"), ("start_char", "int"),
        ("end_char", "int"), ("name", "str"), ("geonameid", "int"), ("latitude", "float"),
        ("longitude", "float"), ("country_code", "str"), ("admin1", "str"),
        ("feature_code", "str"), ("method", "str"), ("confidence", "float"),
    ],
    "dates": [
        ("article_id", "str"), ("event_id", "str"), ("mention", "str"), ("start_char", "int"),
        ("end_char", "int"), ("date", "date"), ("date_end", "date"), ("precision", "str"),
        ("relative", "bool"),
    ],
}

TABLE_NAMES = tuple(TABLES)


def columns(table: str) -> list[str]:
    """The column names of ``table``, in order."""
    return [name for name, _ in TABLES[table]]


def arrow_schema(table: str) -> pa.Schema:
    """The Arrow schema of ``table`` (what Parquet files hold)."""
    return pa.schema([(name, _KINDS[kind][0]) for name, kind in TABLES[table]])


def pandas_dtypes(table: str) -> dict[str, str]:
    """Column -> pandas dtype of ``table`` once loaded (``Int64``, ``datetime64[ns]``, ...)."""
    return {name: _KINDS[kind][1] for name, kind in TABLES[table]}


def date_columns(table: str) -> list[str]:
    return [name for name, kind in TABLES[table] if kind == "date"]
