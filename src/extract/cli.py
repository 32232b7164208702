"""The ``extract`` command line: thin Typer wrappers over the library API."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from . import __version__

app = typer.Typer(
    help="Turn news articles about armed conflict into tidy event tables.\n\n"
         "Example: extract run data/raw --out data/processed",
    no_args_is_help=True, add_completion=False, rich_markup_mode=None,
)


class Format(str, Enum):
    parquet = "parquet"
    csv = "csv"


class OnError(str, Enum):
    skip = "skip"
    fail = "fail"


class Engine(str, Enum):
    local = "local"
    dask = "dask"


def _err(message: str) -> None:
    typer.echo(f"extract: {message}", err=True)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"extract {__version__}")
        raise typer.Exit()


@app.callback()
def main(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                      help="Print the version and exit.")) -> None:
    """Turn news articles about armed conflict into tidy event tables."""


@app.command()
def run(
    inputs: List[Path] = typer.Argument(..., help="Files or folders: .txt, .jsonl/.ndjson[.gz], "
                                                  ".csv, .parquet (folders are read recursively)."),
    out: Path = typer.Option(..., "--out", "-o", help="Output folder for the tables and run.json."),
    format: Format = typer.Option(Format.parquet, "--format", help="Table file format."),
    model: str = typer.Option("en_core_web_sm", "--model",
                              help="spaCy model package or path (e.g. en_core_web_md)."),
    gazetteer: Optional[str] = typer.Option(None, "--gazetteer",
                                            help="Gazetteer built by 'extract gazetteer build'."),
    workers: int = typer.Option(1, "--workers", min=1, help="Processes, one model each."),
    batch_size: int = typer.Option(64, "--batch-size", min=1, help="Articles per batch."),
    resume: bool = typer.Option(True, "--resume/--no-resume",
                                help="Skip articles already written into OUT by an earlier run."),
    on_error: OnError = typer.Option(OnError.skip, "--on-error",
                                     help="skip: record bad input and go on; fail: stop at it."),
    engine: Engine = typer.Option(Engine.local, "--engine", help="local processes or a Dask cluster."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler",
                                            help="Dask scheduler address (default: a LocalCluster)."),
    prefilter: bool = typer.Option(False, "--prefilter",
                                   help="Skip articles without conflict vocabulary before spaCy."),
    id_field: str = typer.Option("id", "--id-field", help="Record field holding the id."),
    text_field: str = typer.Option("text", "--text-field", help="Record field holding the text."),
    published_field: str = typer.Option("published", "--published-field",
                                        help="Record field holding the publication date."),
) -> None:
    """Extract events from article dumps and write the tables.

    Example: extract run data/raw --out data/processed --format csv
    """
    from .articles import FieldMap
    from .engine import InputError, RunOptions
    from .engine import run as run_dump
    from .nlp import ModelNotFound

    for path in inputs:
        if not path.exists():
            _err(f"{path}: no such file or folder")
            raise typer.Exit(2)
    opts = RunOptions(format=format.value, model=model, gazetteer=gazetteer, workers=workers,
                      batch_size=batch_size, resume=resume, on_error=on_error.value,
                      engine=engine.value, scheduler=scheduler, prefilter=prefilter,
                      fields=FieldMap(id=id_field, text=text_field, published=published_field))
    try:
        with _progress() as advance:
            result = run_dump([str(p) for p in inputs], out, opts, progress=advance)
    except (ModelNotFound, InputError, FileNotFoundError) as exc:
        _err(str(exc))
        raise typer.Exit(1)
    arts = result.counts["articles"]
    rows = result.counts["rows"]
    n = sum(arts.values())
    statuses = ", ".join(f"{v} {k}" for k, v in sorted(arts.items()))
    typer.echo(f"extract: {n} articles ({statuses}) -> {rows['events']} events, "
               f"{rows['casualties']} casualty rows in {out} "
               f"({result.seconds:.1f} s, {n / max(result.seconds, 1e-9):.1f} articles/s)")


class _progress:
    """A rich progress bar (articles/s) on a terminal; nothing when output is piped."""

    def __enter__(self):
        if not sys.stderr.isatty():
            self.bar = None
            return lambda n: None
        from rich.console import Console
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self.bar = Progress(SpinnerColumn(), TextColumn("{task.completed} articles"),
                            TextColumn("{task.description}"),
                            TimeElapsedColumn(), console=Console(stderr=True), transient=True)
        self.bar.__enter__()
        task = self.bar.add_task("extract", total=None)

        def advance(n: int) -> None:
            self.bar.advance(task, n)
            speed = self.bar.tasks[0].speed or 0
            self.bar.update(task, description=f"{speed:.1f} articles/s")

        return advance

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.__exit__(*exc)
        return False


@app.command()
def text(
    article: str = typer.Argument(..., help="The article text."),
    published: Optional[str] = typer.Option(None, "--published",
                                            help="Publication date, e.g. 2024-05-27."),
    as_json: bool = typer.Option(False, "--json", help="Print the rows of every table as JSON."),
    model: str = typer.Option("en_core_web_sm", "--model", help="spaCy model package or path."),
) -> None:
    """Extract the events of one text and print them.

    Example: extract text "Gunmen killed five villagers in Kaduna on Sunday." --published 2024-05-27
    """
    from . import extract_text
    from .articles import parse_published
    from .nlp import ModelNotFound

    try:
        pub = parse_published(published)
    except ValueError as exc:
        _err(f"--published: {exc}")
        raise typer.Exit(2)
    try:
        tables = extract_text(article, published=pub, model=model)
    except ModelNotFound as exc:
        _err(str(exc))
        raise typer.Exit(1)
    if as_json:
        out = {name: json.loads(df.to_json(orient="records", date_format="iso"))
               for name, df in tables.items()}
        typer.echo(json.dumps(out, indent=2, ensure_ascii=False))
        return
    _print_events(tables["events"])


@app.command()
def evaluate(
    gold: Path = typer.Argument(..., help="Gold JSONL file (event, toponym or TimeML records)."),
    pred: Path = typer.Option(..., "--pred", help="Output folder of 'extract run' on that file."),
    as_json: bool = typer.Option(False, "--json", help="Print the metrics as JSON."),
) -> None:
    """Score a run against a gold file and print per-field metrics.

    Example: extract run gold.jsonl --out runs/gold && extract evaluate gold.jsonl --pred runs/gold
    """
    from rich.console import Console

    from .evaluate import evaluate as score
    from .evaluate import main_table

    try:
        metrics = score(gold, pred)
    except (FileNotFoundError, ValueError) as exc:
        _err(" ".join(str(exc).split()))
        raise typer.Exit(2)
    if as_json:
        typer.echo(json.dumps(metrics, indent=2))
    else:
        Console(width=120).print(main_table(metrics))


def _print_events(events) -> None:
    from rich.console import Console
    from rich.table import Table

    if events.empty:
        typer.echo("no events")
        return
    cols = ["event_id", "primary", "event_type", "sub_event_type", "event_date", "date_precision",
            "location", "country_code", "actor1", "actor2", "killed", "wounded"]
    table = Table(show_lines=False)
    for c in cols:
        table.add_column(c)
    for _, row in events.iterrows():
        table.add_row(*["" if _isna(row[c]) else str(row[c])[:40] for c in cols])
    Console(width=200).print(table)


def _isna(v) -> bool:
    try:
        import pandas as pd

        return bool(pd.isna(v))
    except (TypeError, ValueError):
        return False


if __name__ == "__main__":  # pragma: no cover
    app()
