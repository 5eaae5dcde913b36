"""Reading a Word report back, beside rendering it, in one run.

``python -m benchmarks.readback`` times, round robin (:mod:`benchmarks.timing`), for the
sample report and a report ``--factor`` times larger (:func:`~benchmarks.bigreport.big_report`):

- ``render docx``: ``kl224.render(report, "docx")`` — the baseline;
- ``read docx``: :func:`kl224.readback.read_docx` of that file, which carries kl224's data
  (the document is read and compared with the data);
- ``read docx, no data``: the same file without its embedded data (read from the page only);
- ``load json``: ``kl224.loads`` of the report's JSON, for scale.

It prints the median seconds per call and each read's ratio to the render; the target is a
ratio of at most 2. No assertion is about speed: docs/benchmarks.md records the figures.
``--repeat N`` sets the samples, ``--json FILE`` saves the results.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Final

from benchmarks.bigreport import big_report
from benchmarks.timing import Case, run_round_robin

__all__ = ["TARGET", "main", "measure", "without_data"]

TARGET: Final = 2.0
"""The budget: reading back takes at most twice as long as rendering."""


def without_data(data: bytes) -> bytes:
    """The DOCX ``data`` without kl224's embedded part, as a file typed by hand would be."""
    from kl224.renderers.docx import without_embedded

    return without_embedded(data)


def measure(repeat: int, factor: int, min_time: float = 0.02) -> dict[str, dict[str, float]]:
    """Median seconds per call of every case, by case then size (``sample``, ``N×``)."""
    import kl224
    from kl224.readback import read_docx

    sizes = {"sample": kl224.sample_report(), f"{factor}×": big_report(factor)}
    cases = []
    for label, report in sizes.items():
        data = kl224.render(report, "docx")
        bare = without_data(data)
        if read_docx(data).edited or read_docx(bare).embedded:
            raise RuntimeError("the benchmark's files do not read back as rendered")
        text = kl224.dumps(report)
        cases += [
            Case(("render docx", label), lambda r=report: kl224.render(r, "docx")),
            Case(("read docx", label), lambda d=data: read_docx(d)),
            Case(("read docx, no data", label), lambda d=bare: read_docx(d)),
            Case(("load json", label), lambda t=text: kl224.loads(t)),
        ]
    timings = run_round_robin(cases, repeat, min_time)
    results: dict[str, dict[str, float]] = {}
    for (name, size), timing in timings.items():
        results.setdefault(name, {})[size] = timing.median
    return results


def _table(results: dict[str, dict[str, float]]) -> str:
    sizes = list(next(iter(results.values())))
    lines = [f"{'case':<22}" + "".join(f"{s:>18}" for s in sizes)]
    for name, values in results.items():
        cells = []
        for size in sizes:
            cell = f"{values[size] * 1000:.1f} ms"
            if name.startswith("read"):
                cell += f" ({values[size] / results['render docx'][size]:.2f}×)"
            cells.append(f"{cell:>18}")
        lines.append(f"{name:<22}" + "".join(cells))
    lines.append(f"target: each read at most {TARGET:g}× the render of the same report")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print its table; return the exit code."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.readback")
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--factor", type=int, default=10)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    results = measure(args.repeat, args.factor)
    sys.stdout.write(_table(results) + "\n")
    if args.json is not None:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
