"""The roll-up benchmark: a province's day, timed as a whole process.

``python -m benchmarks.rollup`` writes 40 and 400 fictional commune reports
(:func:`kl224.sample.units.sample_units`) as JSON files, then for each count runs, in a fresh
interpreter, what ``kl224 aggregate`` does for every output format: load every file, roll them
up, and write the provincial report (body, comparison, compendium and findings annexes) as JSON,
text, DOCX and PDF. Beside it, in the same run, the baseline: a fresh interpreter that loads
the same files and writes ONE unit's report in the same formats. It prints, per case, the
whole process's wall time (interpreter start and imports included), each stage's time, the
peak resident memory, and the growth from the smaller count to the larger (1.0 per unit
would be exactly linear). ``--units 5 10`` chooses the counts; ``--json FILE`` saves the
results. No assertion is about speed: docs/benchmarks.md records the figures.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final

__all__ = ["main", "run_case", "write_units"]

FORMATS: Final = ("json", "txt", "docx", "pdf")
ROOT: Final = Path(__file__).resolve().parents[1]


def write_units(count: int, folder: Path) -> list[Path]:
    """Write ``count`` fictional commune reports as JSON files into ``folder``."""
    import kl224
    from kl224.sample.units import sample_units

    paths = []
    for index, report in enumerate(sample_units(count)):
        path = folder / f"unit-{index:03d}.json"
        kl224.dump(report, path)
        paths.append(path)
    return paths


def _worker(folder: Path, out: Path, baseline: bool) -> dict[str, Any]:
    """Load every JSON file of ``folder``; roll them up (or, for the baseline, take the first)
    and write it in every format into ``out``. Returns each stage's seconds and the peak RSS."""
    from benchmarks.memory import peak_rss

    stages: dict[str, float] = {}
    start = time.perf_counter()
    import kl224
    from kl224.document import build_document
    from kl224.rollup import aggregate, build_aggregate_document

    stages["import"] = time.perf_counter() - start
    mark = time.perf_counter()
    reports = [kl224.load(path) for path in sorted(folder.glob("*.json"))]
    stages["load"] = time.perf_counter() - mark
    mark = time.perf_counter()
    if baseline:
        report = reports[0]
        document = build_document(report)
    else:
        result = aggregate(reports)
        report = result.report
        document = build_aggregate_document(result)
    stages["aggregate"] = time.perf_counter() - mark
    sizes: dict[str, int] = {}
    for fmt in FORMATS:
        mark = time.perf_counter()
        path = out / f"tong-hop.{fmt}"
        if fmt == "json":
            kl224.dump(report, path)
        else:
            kl224.render(document, None, path)
        stages[fmt] = time.perf_counter() - mark
        sizes[fmt] = path.stat().st_size
    return {"stages": stages, "sizes": sizes, "max_rss": peak_rss(), "units": len(reports)}


def run_case(folder: Path, *, baseline: bool) -> dict[str, Any]:
    """Run the worker in a fresh interpreter; add the whole process's wall time."""
    with tempfile.TemporaryDirectory(prefix="kl224-rollup-out-") as out:
        argv = [sys.executable, "-m", "benchmarks.rollup", "--worker", str(folder), out]
        if baseline:
            argv.append("--baseline")
        start = time.perf_counter()
        done = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, check=False)
        wall = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"the roll-up worker failed ({done.returncode}): {done.stderr.strip()}")
    data: dict[str, Any] = json.loads(done.stdout)
    data["wall"] = wall
    return data


def _row(label: str, data: dict[str, Any]) -> str:
    stages = data["stages"]
    parts = "  ".join(f"{k} {v:6.2f}" for k, v in stages.items())
    mib = data["max_rss"] / 2**20
    pages = data["sizes"]["pdf"] / 1024
    return f"{label:<22} {data['wall']:7.2f} s  {mib:7.1f} MiB  pdf {pages:7.0f} KiB  {parts}"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the roll-up benchmark (or, with ``--worker``, one case) and print the table."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.rollup")
    parser.add_argument("--units", type=int, nargs=2, default=(40, 400), metavar=("N", "M"))
    parser.add_argument("--json", type=Path, metavar="FILE", help="also save the results here")
    parser.add_argument("--worker", nargs=2, metavar=("INPUTS", "OUTPUTS"), help=argparse.SUPPRESS)
    parser.add_argument("--baseline", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        data = _worker(Path(args.worker[0]), Path(args.worker[1]), args.baseline)
        print(json.dumps(data))
        return 0
    small, large = args.units
    results: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="kl224-rollup-in-") as root:
        for count in (small, large):
            folder = Path(root) / str(count)
            folder.mkdir()
            write_units(count, folder)
            results[f"one unit (of {count})"] = run_case(folder, baseline=True)
            results[f"roll-up of {count}"] = run_case(folder, baseline=False)
    print(f"{'case':<22} {'wall':>9}  {'peak RSS':>11}  stages (s)")
    for label, data in results.items():
        print(_row(label, data))
    a, b = results[f"roll-up of {small}"], results[f"roll-up of {large}"]
    units = large / small
    work = (b["wall"] - b["stages"]["import"]) / (a["wall"] - a["stages"]["import"])
    print(
        f"growth {small} → {large} units (×{units:g}): whole process ×{b['wall'] / a['wall']:.2f}, "
        f"without start-up ×{work:.2f}, per unit ×{work / units:.2f} (1.00 = linear); "
        f"peak RSS ×{b['max_rss'] / a['max_rss']:.2f}"
    )
    if args.json is not None:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
