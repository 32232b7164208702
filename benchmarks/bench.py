"""Throughput and memory of ``extract run`` against bare spaCy on the same texts (``make bench``).

For each size N (``--articles``, default 1000 and 10000) the input texts (``--input``, default
``data/raw/sample.jsonl``) are repeated with new ids until there are N articles. Then, each in its
own child process so that its memory can be measured:

- ``bare``: the same spaCy model as shipped, ``nlp.pipe`` over the texts (the baseline);
- ``1w``: ``extract.run`` with one worker;
- ``2w``: ``extract.run`` with two worker processes.

Each child reports its wall-clock and CPU times and its exact peak RSS (``getrusage``; the worker
processes' peak too); the parent also polls the RSS of the whole process tree. Throughput is given
end to end (the run call, model load excluded for ``bare`` and ``1w``; the 2 workers load theirs
inside the call) and steady (between the first and the last finished batch, so neither start-up
nor the final merge counts). A per-component timing of the pipeline on a few hundred articles
shows where the time goes. The table is printed and everything is written to ``--json``.

By default the three configurations run at the size closest to 1000 (``--ratio-size``), where the
ratios are taken, and ``1w`` runs at every size, for the memory comparison; ``--all`` runs every
configuration at every size. ``--quick`` is ``--articles 200,1000``.

Targets (reported as met or not): full extraction >= 0.8x bare spaCy's throughput with one worker;
2 workers >= 1.6x one worker; peak RSS at the largest size within 10% of the smallest.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
try:
    import extract  # noqa: F401
except ImportError:  # run from a checkout without the package installed
    sys.path.insert(0, str(ROOT / "src"))

CONFIGS = ("bare", "1w", "2w")
TARGETS = {"full_over_bare": 0.8, "two_over_one": 1.6, "rss_growth": 0.10}


# ---------------------------------------------------------------- the input


def build_input(source: Path, n: int, path: Path) -> dict:
    """Write ``n`` articles to ``path`` (JSONL), repeating the records of ``source`` with new ids.

    Returns the number of articles, words (whitespace-separated) and characters written.
    """
    from extract.articles import read_articles

    records = [a for a in read_articles([source]) if a.status == "ok"]
    if not records:
        raise SystemExit(f"bench: {source}: no readable article")
    words = chars = 0
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            art = records[i % len(records)]
            copy = i // len(records)
            words += len(art.text.split())
            chars += len(art.text)
            fh.write(json.dumps({
                "id": art.article_id if copy == 0 else f"{art.article_id}-x{copy}",
                "title": art.title, "source": art.source, "url": art.url, "text": art.text,
                "published": art.published.isoformat() if art.published else None,
            }) + "\n")
    return {"articles": n, "words": words, "chars": chars}


# ---------------------------------------------------------------- children


def _usage() -> dict:
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"cpu_s": me.ru_utime + me.ru_stime, "children_cpu_s": kids.ru_utime + kids.ru_stime,
            # ru_maxrss is in KiB on Linux
            "peak_rss_mb": me.ru_maxrss / 1024, "children_peak_rss_mb": kids.ru_maxrss / 1024}


def _cpu() -> float:
    """CPU seconds used so far by this process and its finished children."""
    u = _usage()
    return u["cpu_s"] + u["children_cpu_s"]


def child_bare(args) -> dict:
    import spacy

    from extract.nlp import resolve_model_name

    t0 = time.perf_counter()
    nlp = spacy.load(resolve_model_name(args.model))
    t1, load_cpu = time.perf_counter(), _cpu()

    def texts():
        with open(args.input, encoding="utf-8") as fh:
            for line in fh:
                yield json.loads(line)["text"]

    n = 0
    for _ in nlp.pipe(texts(), batch_size=args.batch_size):
        n += 1
    t2 = time.perf_counter()
    return {"load_s": t1 - t0, "run_s": t2 - t1, "load_cpu_s": load_cpu, "articles_done": n,
            "pipe_names": nlp.pipe_names}


def child_full(args) -> dict:
    import extract
    from extract.nlp import load_pipeline

    t0 = time.perf_counter()
    if args.workers <= 1:  # load before the clock, as bare spaCy's load is not timed either
        pipe_names = load_pipeline(args.model).pipe_names
    else:
        pipe_names = None
    t1, load_cpu = time.perf_counter(), _cpu()
    stamps: list[tuple[float, int]] = []
    opts = extract.RunOptions(model=args.model, workers=args.workers, batch_size=args.batch_size,
                              resume=False)
    result = extract.run([args.input], args.out, opts,
                         progress=lambda n: stamps.append((time.perf_counter(), n)))
    t2 = time.perf_counter()
    steady = None
    if len(stamps) >= 3:  # the span between the first and the last finished batch
        n_after_first = sum(n for _, n in stamps[1:])
        steady = {"articles": n_after_first, "seconds": stamps[-1][0] - stamps[0][0]}
    return {"load_s": t1 - t0, "run_s": t2 - t1, "load_cpu_s": load_cpu,
            "articles_done": sum(result.counts["articles"].values()),
            "statuses": result.counts["articles"], "rows": result.counts["rows"], "steady": steady, "pipe_names": pipe_names}


def child_components(args) -> dict:
    """Seconds spent in each pipeline component over the texts (one pass, component by component)."""
    from extract.engine import extract_batch  # noqa: F401  (the same imports as a run)
    from extract.nlp import load_pipeline

    nlp = load_pipeline(args.model)
    texts = []
    with open(args.input, encoding="utf-8") as fh:
        for line in fh:
            texts.append(json.loads(line)["text"])
    # CPU time of this one thread: other processes on the machine do not inflate it
    t = time.process_time()
    docs = [nlp.make_doc(tx) for tx in texts]
    times = {"make_doc (tokenizer)": time.process_time() - t}
    for name, proc in nlp.pipeline:
        t = time.process_time()
        if hasattr(proc, "pipe"):
            docs = list(proc.pipe(docs, batch_size=args.batch_size))
        else:
            docs = [proc(d) for d in docs]
        times[name] = time.process_time() - t
    return {"articles": len(texts), "seconds": times}


# ---------------------------------------------------------------- the parent


def run_child(kind: str, input_path: Path, args, workers: int = 1,
              out: Path | None = None) -> dict:
    """Run one measurement in a child process; poll the RSS of its process tree meanwhile."""
    import psutil

    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", kind, "--input",
           str(input_path), "--model", args.model, "--batch-size", str(args.batch_size),
           "--workers", str(workers)]
    if out is not None:
        cmd += ["--out", str(out)]
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"), env.get("PYTHONPATH")]))
    load_before = os.getloadavg()[0]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    ps = psutil.Process(proc.pid)
    tree_peak = 0
    while proc.poll() is None:
        try:
            rss = ps.memory_info().rss + sum(c.memory_info().rss
                                             for c in ps.children(recursive=True))
            tree_peak = max(tree_peak, rss)
        except psutil.Error:  # a process ended between listing and reading
            pass
        time.sleep(0.1)
    stdout, stderr = proc.communicate()
    if proc.returncode != 0:
        raise SystemExit(f"bench: {kind} failed ({proc.returncode}):\n{stderr[-3000:]}")
    report = json.loads(stdout.strip().splitlines()[-1])
    report["wall_s"] = time.perf_counter() - started
    report["tree_peak_rss_mb"] = tree_peak / 2**20
    report["loadavg_before"] = round(load_before, 2)
    report["loadavg_after"] = round(os.getloadavg()[0], 2)
    return report


def rates(report: dict, size: dict) -> dict:
    run_s = report["run_s"]
    out = {"words_per_s": size["words"] / run_s, "articles_per_s": size["articles"] / run_s}
    cpu = report["cpu_s"] + report["children_cpu_s"] - report.get("load_cpu_s", 0)
    out["words_per_cpu_s"] = size["words"] / cpu if cpu > 0 else None
    out["cores"] = cpu / run_s  # CPUs actually used: below the workers' number, others competed
    steady = report.get("steady")
    if steady and steady["seconds"] > 0:
        per_article = size["words"] / size["articles"]
        out["steady_articles_per_s"] = steady["articles"] / steady["seconds"]
        out["steady_words_per_s"] = out["steady_articles_per_s"] * per_article
    return out


def plan(sizes: list[int], ratio_size: int | None, everything: bool) -> dict[int, list[str]]:
    """The configurations to run at each size: all at the ratio size, ``1w`` everywhere else."""
    if ratio_size is None:
        ratio_size = min(sizes, key=lambda n: (abs(n - 1000), n))
    return {n: list(CONFIGS) if everything or n == ratio_size else ["1w"] for n in sizes}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", default="1000,10000",
                    help="Comma-separated numbers of articles (default 1000,10000).")
    ap.add_argument("--input", default=str(ROOT / "data" / "raw" / "sample.jsonl"),
                    help="Articles to repeat (any format 'extract run' reads).")
    ap.add_argument("--quick", action="store_true", help="Same as --articles 200,1000.")
    ap.add_argument("--all", action="store_true", help="Every configuration at every size.")
    ap.add_argument("--ratio-size", type=int, default=None,
                    help="The size where bare, 1w and 2w all run (default: the one nearest 1000).")
    ap.add_argument("--model", default="en_core_web_sm")
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--json", default=str(ROOT / "benchmarks" / "bench.json"),
                    help="Where to write the results (default benchmarks/bench.json).")
    ap.add_argument("--workers", type=int, default=1, help=argparse.SUPPRESS)
    ap.add_argument("--out", default=None, help=argparse.SUPPRESS)
    ap.add_argument("--child", choices=["bare", "full", "components"], help=argparse.SUPPRESS)
    ap.add_argument("--print", dest="show", metavar="JSON", default=None,
                    help="Print the report of an earlier bench.json and exit.")
    args = ap.parse_args(argv)

    if args.show:
        results = json.loads(Path(args.show).read_text(encoding="utf-8"))
        for entry in results["sizes"].values():
            for rep in entry["runs"].values():
                rep.update(rates(rep, entry["input"]))
        results["targets"] = check_targets(results)
        print_report(results)
        return 0

    if args.child:
        report = {"bare": child_bare, "full": child_full, "components": child_components}[
            args.child](args)
        report.update(_usage())
        print(json.dumps(report, default=str))
        return 0

    sizes = [200, 1000] if args.quick else [int(x) for x in args.articles.split(",") if x]
    todo = plan(sizes, args.ratio_size, args.all)
    results: dict = {"input": args.input, "model": args.model, "batch_size": args.batch_size,
                     "cpus": os.cpu_count(), "python": sys.version.split()[0], "sizes": {}}
    work = Path(tempfile.mkdtemp(prefix="extract-bench-"))
    t_all = time.perf_counter()
    try:
        for n in sizes:
            data = work / f"in-{n}.jsonl"
            size = build_input(Path(args.input), n, data)
            entry = {"input": size, "runs": {}}
            for cfg in todo[n]:
                print(f"bench: {n} articles, {cfg} ...", file=sys.stderr, flush=True)
                if cfg == "bare":
                    rep = run_child("bare", data, args)
                else:
                    out = work / f"out-{n}-{cfg}"
                    rep = run_child("full", data, args, workers=int(cfg[0]), out=out)
                    shutil.rmtree(out, ignore_errors=True)
                rep.update(rates(rep, size))
                bad = {k: v for k, v in rep.get("statuses", {}).items() if k != "ok"}
                if bad:  # errors are fast: the figures would flatter the run
                    print(f"bench: WARNING {n} articles, {cfg}: not all ok: {bad}",
                          file=sys.stderr)
                entry["runs"][cfg] = rep
            results["sizes"][n] = entry
        # where the time goes, on a few hundred articles
        small = work / "components.jsonl"
        build_input(Path(args.input), min(300, max(sizes)), small)
        try:
            results["components"] = run_child("components", small, args)
        except SystemExit as exc:  # keep the measurements made so far
            results["components"] = {"error": str(exc)}
    finally:
        shutil.rmtree(work, ignore_errors=True)
    results["total_s"] = time.perf_counter() - t_all
    results["targets"] = check_targets(results)
    Path(args.json).write_text(json.dumps(results, indent=2, default=str), encoding="utf-8")
    print_report(results)
    print(f"\nwritten: {args.json}")
    return 0


def check_targets(results: dict) -> dict:
    out = {}
    for n, entry in results["sizes"].items():
        runs = entry["runs"]
        if "bare" in runs and "1w" in runs:
            # Both are one busy thread, so on an idle machine the wall-clock ratio equals the
            # CPU-time ratio; the CPU-time one is judged, as it does not depend on what else ran.
            r = runs["1w"]["words_per_cpu_s"] / runs["bare"]["words_per_cpu_s"]
            rw = runs["1w"]["words_per_s"] / runs["bare"]["words_per_s"]
            out[f"full_over_bare@{n}"] = {"value": round(r, 3), "wall_clock": round(rw, 3),
                                          "target": TARGETS["full_over_bare"],
                                          "met": r >= TARGETS["full_over_bare"]}
        if "1w" in runs and "2w" in runs:
            r = runs["2w"]["words_per_s"] / runs["1w"]["words_per_s"]
            steady = None
            if "steady_words_per_s" in runs["2w"] and "steady_words_per_s" in runs["1w"]:
                steady = round(runs["2w"]["steady_words_per_s"]
                               / runs["1w"]["steady_words_per_s"], 3)
            out[f"two_over_one@{n}"] = {"value": round(r, 3), "steady": steady,
                                        "cores_used_2w": round(runs["2w"]["cores"], 2),
                                        "target": TARGETS["two_over_one"],
                                        "met": r >= TARGETS["two_over_one"]}
    with_1w = [n for n in results["sizes"] if "1w" in results["sizes"][n]["runs"]]
    if len(with_1w) >= 2:  # keys are strings once read back from JSON
        lo, hi = min(with_1w, key=int), max(with_1w, key=int)
        a = results["sizes"][lo]["runs"]["1w"]["peak_rss_mb"]
        b = results["sizes"][hi]["runs"]["1w"]["peak_rss_mb"]
        growth = b / a - 1
        out[f"rss_growth_1w@{lo}->{hi}"] = {"value": round(growth, 4), "peak_mb": [round(a, 1),
                                                                                     round(b, 1)],
                                           "target": TARGETS["rss_growth"],
                                           "met": growth <= TARGETS["rss_growth"]}
    return out


def print_report(results: dict) -> None:
    head = (f"{'articles':>8} {'config':>6} {'words/s':>9} {'art/s':>7} {'steady w/s':>10} "
            f"{'cores':>5} {'words/cpu-s':>11} {'run s':>7} {'peak RSS MB':>11} {'workers MB':>10} "
            f"{'tree MB':>8} {'load':>9} {'ok':>6}")
    print(head)
    print("-" * len(head))
    for n, entry in results["sizes"].items():
        for cfg, r in entry["runs"].items():
            steady = r.get("steady_words_per_s")
            kids = r["children_peak_rss_mb"] if cfg == "2w" else None
            print(f"{n:>8} {cfg:>6} {r['words_per_s']:>9.0f} {r['articles_per_s']:>7.2f} "
                  f"{'-' if steady is None else round(steady):>10} {r['cores']:>5.2f} "
                  f"{r['words_per_cpu_s'] or 0:>11.0f} {r['run_s']:>7.1f} "
                  f"{r['peak_rss_mb']:>11.0f} {'' if kids is None else round(kids):>10} "
                  f"{r['tree_peak_rss_mb']:>8.0f} "
                  f"{r['loadavg_before']:>4}/{r['loadavg_after']:<4} "
                  f"{r.get('statuses', {}).get('ok', '-'):>6}")
    comp = results.get("components")
    if comp and "error" in comp:
        print(f"\ncomponent times: failed: {comp['error'][-500:]}")
    elif comp:
        total = sum(comp["seconds"].values())
        print(f"\ncomponent CPU times on {comp['articles']} articles ({total:.1f} s):")
        for name, s in sorted(comp["seconds"].items(), key=lambda kv: -kv[1]):
            print(f"  {name:<22} {s:7.2f} s  {100 * s / total:5.1f} %")
    print("\ntargets:")
    for name, t in results["targets"].items():
        extra = {k: v for k, v in t.items() if k not in ("value", "target", "met")}
        print(f"  {name:<28} {t['value']:>8} (target {t['target']}) "
              f"{'MET' if t['met'] else 'NOT MET'}  {extra}")
    print(f"\ntotal {results['total_s']:.0f} s; load = 1-min load average before/after each run "
          f"on {results['cpus']} CPUs (other processes skew wall-clock figures)")


if __name__ == "__main__":
    sys.exit(main())
