"""Running a dump: batches of articles through the pipeline, in one process or several, resumable.

Work is done in batches. Each finished batch is written to ``OUT/.parts/`` as Parquet files, the
``articles`` part last and under a temporary name renamed at the end, so a batch counts as done only
once all its rows are on disk. A run that is killed and started again with ``resume=True`` skips the
articles of finished batches and drops half-written ones. At the end the parts are merged, in input
order, into one file per table, each written under a temporary name and renamed.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import shutil
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field, replace
from itertools import islice
from pathlib import Path
from typing import Callable, Iterable, Iterator

import pyarrow as pa
import pyarrow.parquet as pq

from . import __version__
from .articles import Article, FieldMap, read_articles
from .schema import TABLE_NAMES, arrow_schema
from .tables import Rows, article_row, doc_rows, write_csv, write_parquet


@dataclass
class RunOptions:
    """Options of ``extract run``; see the CLI's help for each."""

    format: str = "parquet"
    model: str = "en_core_web_sm"
    gazetteer: str | None = None
    # ISO2, "auto" (the input's one country when nearly all its articles name the same one,
    # see extract.corpus) or None
    country: str | None = "auto"
    # how casualty counts are coded: "acled" or "gtd" (see extract.components.casualties)
    conventions: str = "acled"
    workers: int = 1
    batch_size: int = 64
    resume: bool = True
    on_error: str = "skip"
    engine: str = "local"
    scheduler: str | None = None
    prefilter: bool = False
    fields: FieldMap = field(default_factory=FieldMap)


@dataclass
class RunResult:
    out_dir: Path
    counts: dict
    seconds: float
    failed: Article | None = None  # the record that stopped the run (``on_error="fail"``)


class InputError(RuntimeError):
    """A bad input record under ``on_error="fail"``; its message names the file and line."""


# ---------------------------------------------------------------- extraction of one batch


def extract_batch(nlp, articles: list[Article], prefilter: bool = False) -> Rows:
    """Run the pipeline over ``articles`` (their bad records included) and build their rows.

    Args:
        nlp: the pipeline from :func:`extract.nlp.load_pipeline`.
        articles: the batch, in input order; records whose ``status`` is not ``ok`` only get their
            ``articles`` row.
        prefilter: skip articles without conflict vocabulary before spaCy (``status`` ``skipped``).

    Returns the rows of every table, in input order.
    """
    from .prefilter import has_conflict_vocabulary

    todo = []
    for art in articles:
        if art.status == "ok" and prefilter and not has_conflict_vocabulary(art.text):
            art.status = "skipped"
        if art.status == "ok":
            doc = nlp.make_doc(art.text)
            doc._.published = art.published
            doc._.article_id = art.article_id
            todo.append((art, doc))
    docs = _pipe_safely(nlp, todo)
    rows = Rows()
    for art in articles:
        doc = docs.get(id(art))
        if isinstance(doc, Exception):
            art.status, art.error = "error", _internal_error(art, doc)
            doc = None
        if doc is None:
            rows.tables["articles"].append(article_row(art, 0 if art.status == "ok" else None))
            continue
        try:
            rows.extend(doc_rows(doc, art))
        except Exception as exc:  # a bug of ours must not cost the rest of the dump
            art.status, art.error = "error", _internal_error(art, exc)
            rows.tables["articles"].append(article_row(art, None))
    return rows


def _internal_error(art: Article, exc: Exception) -> str:
    where = f"{art.input_file}:{art.line}" if art.line else str(art.input_file)
    msg = " ".join(str(exc).split()) or type(exc).__name__
    return f"{where}: internal error while extracting ({type(exc).__name__}: {msg})"


def _pipe_safely(nlp, todo: list[tuple[Article, object]]) -> dict:
    """Process the docs with ``nlp.pipe``; if one fails, isolate it and process the others."""
    out: dict = {}
    try:
        for (art, _), doc in zip(todo, nlp.pipe([d for _, d in todo])):
            out[id(art)] = doc
        return out
    except Exception:
        out.clear()
    for art, doc in todo:  # rare path: find the record that breaks the pipeline
        try:
            out[id(art)] = next(iter(nlp.pipe([doc])))
        except Exception as exc:
            out[id(art)] = exc
    return out


# ---------------------------------------------------------------- workers

_WORKER_NLP = None


def _init_worker(model: str, gazetteer: str | None, country: str | None,
                 conventions: str = "acled") -> None:
    global _WORKER_NLP
    from .nlp import load_pipeline

    _WORKER_NLP = load_pipeline(model, gazetteer, country, conventions)


def _work(batch: list[Article], prefilter: bool) -> Rows:
    return extract_batch(_WORKER_NLP, batch, prefilter)


def _batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def process_batches(batches: Iterable[list[Article]], opts: RunOptions) -> Iterator[Rows]:
    """Rows of each batch, in order, from ``opts.workers`` processes (one pipeline each).

    At most two batches per worker are in flight, so memory stays bounded whatever the input size.
    """
    if opts.workers <= 1:
        from .nlp import load_pipeline

        nlp = load_pipeline(opts.model, opts.gazetteer, opts.country, opts.conventions)
        for batch in batches:
            yield extract_batch(nlp, batch, opts.prefilter)
        return
    with ProcessPoolExecutor(opts.workers, initializer=_init_worker,
                             initargs=(opts.model, opts.gazetteer, opts.country,
                                       opts.conventions)) as pool:
        window = []
        for batch in batches:
            window.append(pool.submit(_work, batch, opts.prefilter))
            if len(window) >= 2 * opts.workers:
                yield window.pop(0).result()
        for fut in window:
            yield fut.result()


# ---------------------------------------------------------------- parts on disk (resume)


class Parts:
    """The finished batches of a run, as Parquet files in ``OUT/.parts``."""

    def __init__(self, out_dir: Path):
        self.dir = out_dir / ".parts"

    def existing(self) -> list[int]:
        """Sequence numbers of complete batches; removes the files of incomplete ones."""
        if not self.dir.exists():
            return []
        done = sorted(int(p.name.split(".")[0]) for p in self.dir.glob("*.articles.parquet"))
        complete = set(done)
        for p in self.dir.iterdir():
            head = p.name.split(".")[0]
            if not head.isdigit() or int(head) not in complete:
                p.unlink()
        return done

    def done_ids(self, seqs: list[int]) -> set[str]:
        ids: set[str] = set()
        for seq in seqs:
            tbl = pq.read_table(self.path(seq, "articles"), columns=["article_id", "status"])
            ids.update(tbl.column("article_id").to_pylist())
        return ids

    def path(self, seq: int, table: str) -> Path:
        return self.dir / f"{seq:08d}.{table}.parquet"

    def write(self, seq: int, rows: Rows) -> None:
        self.dir.mkdir(parents=True, exist_ok=True)
        for name in [t for t in TABLE_NAMES if t != "articles"] + ["articles"]:
            final = self.path(seq, name)
            tmp = final.with_name(final.name + ".tmp")
            pq.write_table(rows.to_arrow(name), tmp)
            os.replace(tmp, final)

    def read(self, seqs: list[int], table: str) -> Iterator[pa.Table]:
        for seq in seqs:
            yield pq.read_table(self.path(seq, table)).cast(arrow_schema(table))

    def adopt_final(self, out_dir: Path) -> list[int]:
        """Turn the tables of a finished earlier run into part 0, so a resumed run keeps them."""
        from .tables import load_tables, rows_to_arrow  # noqa: F401

        try:
            tables = load_tables(out_dir)
        except FileNotFoundError:
            return []
        self.dir.mkdir(parents=True, exist_ok=True)
        for name in [t for t in TABLE_NAMES if t != "articles"] + ["articles"]:
            tbl = pa.Table.from_pandas(tables[name], schema=arrow_schema(name),
                                       preserve_index=False)
            final = self.path(0, name)
            pq.write_table(tbl, final.with_name(final.name + ".tmp"))
            os.replace(final.with_name(final.name + ".tmp"), final)
        return [0]

    def clear(self) -> None:
        shutil.rmtree(self.dir, ignore_errors=True)


# ---------------------------------------------------------------- the run


def run(inputs: list[str | os.PathLike], out_dir: str | os.PathLike,
        options: RunOptions | None = None,
        progress: Callable[[int], None] | None = None) -> RunResult:
    """Extract every article of ``inputs`` and write the tables into ``out_dir``.

    Args:
        inputs: files and folders of articles (.txt, .jsonl/.ndjson[.gz], .csv, .parquet).
        out_dir: the output folder; created if missing.
        options: see :class:`RunOptions`.
        progress: called with the number of articles of each finished batch.

    Returns a :class:`RunResult` with the counts written to ``run.json``. Raises
    :class:`InputError` for the first bad record when ``options.on_error == "fail"``.
    """
    opts = options or RunOptions()
    if isinstance(opts.country, str):   # "auto", "none" or an ISO2 code, in any case
        low = opts.country.strip().lower()
        opts = replace(opts, country=None if low in ("", "none") else
                       "auto" if low == "auto" else low.upper())
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    started = time.time()
    parts = Parts(out)
    seqs = parts.existing() if opts.resume else []
    if not opts.resume:
        parts.clear()
    elif not seqs and _same_settings(out, opts):
        seqs = parts.adopt_final(out)
    done = parts.done_ids(seqs)

    from .nlp import load_pipeline, resolve_model_name

    # the options the articles are extracted with: "auto" becomes the input's country or None
    prior = None
    if opts.country == "auto":
        prior = input_country(inputs, opts)
    work = replace(opts, country=prior.code if prior is not None else opts.country)
    in_process = opts.engine == "local" and opts.workers <= 1
    # spaCy's default; workers elsewhere load their own models
    max_length = load_pipeline(work.model, work.gazetteer, work.country, work.conventions).max_length \
        if in_process else 1_000_000
    if opts.engine == "dask":
        from .dask_engine import process_batches_dask as processor
    else:
        processor = process_batches

    failed: list[Article] = []
    seen: dict[str, str] = {}

    def records() -> Iterator[Article]:
        for art in read_articles(inputs, opts.fields, max_length=max_length):
            where = f"{art.input_file}:{art.line}" if art.line else str(art.input_file)
            if art.article_id in seen and art.status == "ok":
                art.status = "error"
                art.error = f"{where}: duplicate id {art.article_id!r} (first at {seen[art.article_id]})"
                art.article_id = f"{art.article_id}#{where}"
            seen.setdefault(art.article_id, where)
            if art.article_id in done:
                continue
            if art.status == "error" and opts.on_error == "fail":
                failed.append(art)
                return
            yield art

    next_seq = (max(seqs) + 1) if seqs else 1
    for rows in processor(_batches(records(), opts.batch_size), work):
        parts.write(next_seq, rows)
        seqs.append(next_seq)
        next_seq += 1
        if progress:
            progress(len(rows))
    if failed:
        raise InputError(failed[0].error)

    counts = {"articles": {}, "rows": {}}
    writer = write_parquet if opts.format == "parquet" else write_csv
    for name in TABLE_NAMES:
        counts["rows"][name] = writer(name, parts.read(seqs, name), out / f"{name}.{opts.format}")
    other = "csv" if opts.format == "parquet" else "parquet"
    for name in TABLE_NAMES:  # a stale table of the other format would mislead load_tables
        (out / f"{name}.{other}").unlink(missing_ok=True)
    for tbl in parts.read(seqs, "articles"):
        for status in tbl.column("status").to_pylist():
            counts["articles"][status] = counts["articles"].get(status, 0) + 1
    seconds = time.time() - started
    _write_run_json(out, opts, counts, seconds, resolve_model_name(opts.model),
                    prior.as_dict() if prior is not None else None, work.country)
    parts.clear()
    return RunResult(out, counts, seconds)


# Options that change what is extracted: a finished run made with other values is not resumed.
_EXTRACTION_OPTIONS = ("model", "gazetteer", "country", "conventions", "prefilter", "fields")


@functools.lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A digest of the package's code and rule files: two runs with the same one extract alike.

    The version number alone does not change with every fix, and a finished run made by other
    code must not be resumed as if it were this code's (its rows would be kept unchanged).
    """
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.suffix in (".py", ".json", ".jsonl") and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _same_settings(out: Path, opts: RunOptions) -> bool:
    """Whether the finished run in ``out`` was made by this code (``code_fingerprint``) with the
    same extraction options, so that its rows may be kept; other code's rows are extracted again."""
    try:
        info = json.loads((out / "run.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return True  # tables without run.json: keep them, as the articles they hold are done
    now = {"options": {k: v for k, v in asdict(opts).items() if k != "fields"}
           | {"fields": asdict(opts.fields)}}
    return info.get("version") == __version__ and info.get("code") == code_fingerprint() and all(
        info.get("options", {}).get(k) == now["options"].get(k) for k in _EXTRACTION_OPTIONS)


def input_country(inputs: list[str | os.PathLike], options: RunOptions | None = None):
    """The country an input is about, read off its first articles (see :mod:`extract.corpus`).

    Returns a :class:`~extract.corpus.CountryPrior` (``code`` None for an input of several
    countries). The same input always gets the same answer, whatever the workers or resumes.
    """
    from .corpus import infer_country
    from .gazetteer import open_gazetteer

    opts = options or RunOptions()
    texts = (a.text for a in read_articles(inputs, opts.fields) if a.status == "ok")
    return infer_country(texts, open_gazetteer(opts.gazetteer))


def _write_run_json(out: Path, opts: RunOptions, counts: dict, seconds: float,
                    model_package: str, prior: dict | None = None,
                    country: str | None = None) -> None:
    import spacy

    from .nlp import load_pipeline

    in_process = opts.engine == "local" and opts.workers <= 1
    nlp = load_pipeline(opts.model, opts.gazetteer, country, opts.conventions) if in_process else None
    meta = nlp.meta if nlp is not None else spacy.info(model_package)
    try:
        from .gazetteer import open_gazetteer

        g = open_gazetteer(opts.gazetteer)
        gaz = {"path": g.path, **g.meta}
    except Exception as exc:  # the run is done; say what is known
        gaz = {"path": opts.gazetteer, "error": str(exc)}
    info = {
        "tool": "extract", "version": __version__, "code": code_fingerprint(),
        "spacy": spacy.__version__,
        "model": {"requested": opts.model, "package": model_package,
                  "name": meta.get("name"), "version": meta.get("version")},
        "gazetteer": gaz,
        "options": {k: v for k, v in asdict(opts).items() if k != "fields"}
        | {"fields": asdict(opts.fields)},
        # the country prior the articles were read with, and where an "auto" one came from
        "country": country,
        "country_prior": prior,
        "counts": counts,
        "seconds": round(seconds, 3),
        "finished": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    tmp = out / ".run.json.tmp"
    tmp.write_text(json.dumps(info, indent=2, default=str), encoding="utf-8")
    os.replace(tmp, out / "run.json")
