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


class Conventions(str, Enum):
    acled = "acled"
    gtd = "gtd"


def _err(message: str) -> None:
    typer.echo(f"extract: {message}", err=True)


def _fail(exc: Exception, code: int) -> typer.Exit:
    """Print ``exc`` as one line (never a traceback) and return the exit to raise."""
    _err(" ".join(str(exc).split()))
    return typer.Exit(code)


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
    country: str = typer.Option(
        "auto", "--country", help="ISO2 code of the country a one-country dump is about (e.g. NG): "
                                  "a prior for place names that say no country. 'auto': the "
                                  "country nearly all of the first 200 articles name, if any; "
                                  "'none': no prior."),
    conventions: Conventions = typer.Option(
        Conventions.acled, "--conventions",
        help="How casualty counts are coded. acled: a toll told over several days or counted "
             "places is shared among them (one event per place and day); gtd: kept whole, and a "
             "suicide bomber who detonated is counted dead."),
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
    if country.lower() not in ("auto", "none") and not (len(country) == 2 and country.isalpha()):
        _err(f"--country {country!r}: expected an ISO 3166 alpha-2 code such as NG, "
             "'auto' or 'none'")
        raise typer.Exit(2)
    # extract.run reads "auto", "none" and codes in any case
    opts = RunOptions(format=format.value, model=model, gazetteer=gazetteer,
                      country=country, conventions=conventions.value, workers=workers,
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
    country: Optional[str] = typer.Option(None, "--country",
                                          help="ISO2 code of the country the text is about."),
    conventions: Conventions = typer.Option(Conventions.acled, "--conventions",
                                            help="How casualty counts are coded: acled or gtd."),
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
        tables = extract_text(article, published=pub, model=model,
                              country=country.upper() if country else None,
                              conventions=conventions.value)
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
        raise _fail(exc, 2)
    if as_json:
        typer.echo(json.dumps(metrics, indent=2))
    else:
        Console(width=120).print(main_table(metrics))


@app.command()
def ceiling(
    gold: Path = typer.Argument(..., help="Event gold JSONL file with coordinates (ACLED)."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
) -> None:
    """How many gold events a geocoder could place from their text and the offline index.

    Looks up every capitalised run of words of each record (and the fallbacks: the country, its
    capital, the region of a group the text names) and keeps the point nearest the gold point:
    an oracle's share within 161 km and 25 km, the ceiling for 'extract evaluate'.

    Example: extract ceiling acled.jsonl
    """
    from .evaluate import load_gold, location_ceiling

    try:
        figures = location_ceiling(load_gold(gold))
    except (FileNotFoundError, ValueError) as exc:
        raise _fail(exc, 2)
    if as_json:
        typer.echo(json.dumps(figures, indent=2))
    else:
        n = figures["n_ceiling"]
        for key, label in (("ceiling161", "within 161 km"), ("ceiling25", "within 25 km")):
            value = figures[key]
            typer.echo(f"{label}: " + ("-" if value is None else f"{value:.3f}") + f" of {n}")
        typer.echo(f"no entry within 161 km: {figures['unreachable161']}")


review_app = typer.Typer(
    help="Human review of a run: sample events into a CSV sheet, score the reviewer's marks.\n\n"
         "Example: extract review sample data/processed --n 50 --out review.csv",
    no_args_is_help=True, rich_markup_mode=None,
)
app.add_typer(review_app, name="review")


@review_app.command("sample")
def review_sample(
    run_dir: Path = typer.Argument(..., help="Output folder of 'extract run'."),
    n: int = typer.Option(50, "--n", min=1, help="Number of events to sample."),
    out: Path = typer.Option(Path("review.csv"), "--out", "-o", help="Review sheet to write (CSV)."),
    seed: int = typer.Option(0, "--seed", help="Random seed: the same seed draws the same events."),
    strata: str = typer.Option("event_type", "--strata", help="Events column to stratify by."),
    force: bool = typer.Option(False, "--force", help="Overwrite OUT (it may hold marks)."),
) -> None:
    """Draw a stratified random sample of events into a sheet for a reviewer to mark.

    Example: extract review sample data/processed --n 50 --out review.csv --seed 0
    """
    from .review import sample_for_review, write_review_sheet

    if not run_dir.is_dir():
        _err(f"{run_dir}: no such folder")
        raise typer.Exit(2)
    try:
        sheet = sample_for_review(run_dir, n=n, seed=seed, strata=strata)
        write_review_sheet(sheet, out, overwrite=force)
    except (FileNotFoundError, FileExistsError, ValueError) as exc:
        raise _fail(exc, 2)
    typer.echo(f"extract: {len(sheet)} events -> {out}; mark the *_ok columns 1/0 (or y/n), "
               f"then run: extract review score {out}")


@review_app.command("score")
def review_score(
    sheet: Path = typer.Argument(..., help="A review sheet whose *_ok columns are marked."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
) -> None:
    """Per-field precision of a marked review sheet, with Wilson 95% intervals.

    Example: extract review score review.csv
    """
    from rich.console import Console

    from .review import review_table, score_review

    try:
        scores = score_review(sheet)
    except (FileNotFoundError, ValueError) as exc:
        raise _fail(exc, 2)
    if as_json:
        typer.echo(json.dumps(scores, indent=2))
    else:
        Console(width=120).print(review_table(scores))
# ---- end ----


gazetteer_app = typer.Typer(help="Build and query gazetteers (GeoNames data).",
                            no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")


@gazetteer_app.command("build")
def gazetteer_build(
    files: List[Path] = typer.Argument(..., help="GeoNames dump files: allCountries.txt, XX.txt, "
                                                 "cities500.txt (or .zip), admin1CodesASCII.txt, "
                                                 "admin2Codes.txt, countryInfo.txt, "
                                                 "alternateNamesV2.txt."),
    out: Path = typer.Option(..., "--out", "-o", help="The index file to write (SQLite)."),
) -> None:
    """Build a gazetteer index from GeoNames dump files, for 'extract run --gazetteer PATH'.

    Example: extract gazetteer build NG.zip admin1CodesASCII.txt countryInfo.txt --out ng.sqlite
    """
    from .gazetteer import build_gazetteer

    try:
        stats = build_gazetteer([str(f) for f in files], str(out))
    except (FileNotFoundError, ValueError) as exc:
        raise _fail(exc, 1)
    typer.echo(f"extract: wrote {out}: {stats['entries']:,} places, {stats['size_bytes']:,} bytes "
               f"in {stats['seconds']:.1f} s")


@gazetteer_app.command("lookup")
def gazetteer_lookup(
    name: str = typer.Argument(..., help="A place name."),
    country: Optional[str] = typer.Option(None, "--country", help="ISO 3166-1 alpha-2 code."),
    gazetteer: Optional[str] = typer.Option(None, "--gazetteer", help="Index file (default: "
                                                                     "the packaged one)."),
    limit: int = typer.Option(10, "--limit", min=1, help="Most candidates to print."),
) -> None:
    """Print the gazetteer's candidates for a name.

    Example: extract gazetteer lookup Maiduguri --country NG
    """
    from rich.console import Console
    from rich.table import Table

    from .gazetteer import open_gazetteer

    try:
        cands = open_gazetteer(gazetteer).lookup(name, country=country, limit=limit)
    except FileNotFoundError as exc:
        _err(str(exc))
        raise typer.Exit(1)
    if not cands:
        typer.echo("no candidates")
        return
    table = Table()
    for col in ("geonameid", "name", "country", "admin1", "feature", "population", "lat", "lon"):
        table.add_column(col)
    for c in cands:
        table.add_row(str(c.geonameid if c.geonameid and c.geonameid > 0 else ""), c.name,
                      c.country_code or "", c.admin1 or "", f"{c.feature_class}.{c.feature_code}",
                      f"{c.population:,}", f"{c.latitude:.4f}", f"{c.longitude:.4f}")
    Console(width=140).print(table)


@gazetteer_app.command("status")
def gazetteer_status() -> None:
    """Build the default offline gazetteer if missing, and print where it is.

    Example: extract gazetteer status
    """
    from .gazetteer import ensure_default_gazetteer

    info = ensure_default_gazetteer()
    verb = "built" if info["built"] else "ready"
    typer.echo(f"extract: gazetteer {verb}: {info['path']} ({info['entries']:,} places, "
               f"{info['size_bytes'] / 1e6:.1f} MB, {info['seconds']:.2f} s)")


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
    from .tables import isna

    return isna(v)


if __name__ == "__main__":  # pragma: no cover
    app()
