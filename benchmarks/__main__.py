"""``python -m benchmarks``: run every benchmark of kl224 and its baselines, print the table.

Run from the checkout's root after ``pip install -e ".[test]"``. ``--repeat N`` sets the number
of round-robin runs (medians are taken over them), ``--quick`` is a smoke run of a few seconds,
``--json FILE`` also saves the results. See docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from benchmarks.suite import Settings, run_suite
from benchmarks.table import dumps, format_table

__all__ = ["main"]

DEFAULT_REPEAT = 15
"""Round-robin runs by default: the whole benchmark then takes about two minutes."""


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\rround {done}/{total}", end="\n" if done == total else "", file=sys.stderr)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1 (got {value})")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmarks; return the exit code (0, or 2 for an unusable command line)."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description="Time kl224 (load, validate, build, text/DOCX/PDF) against plain "
        "python-docx, reportlab, a hand-made DOCX and pandoc, all in one run.",
    )
    parser.add_argument(
        "--repeat",
        type=_positive,
        help=f"round-robin runs per case (default {DEFAULT_REPEAT}; --quick: 2)",
    )
    parser.add_argument(
        "--quick", action="store_true", help="smoke run: 2 runs, one call per sample, seconds"
    )
    parser.add_argument(
        "--factor", type=_positive, default=10, help="size of the big report (default 10×)"
    )
    parser.add_argument("--json", type=Path, metavar="FILE", help="also save the results here")
    parser.add_argument(
        "--no-memory", action="store_true", help="skip the peak-memory subprocesses"
    )
    args = parser.parse_args(argv)
    if args.json is not None and not args.json.parent.is_dir():
        parser.error(f"--json: no such folder: {args.json.parent}")
    repeat = args.repeat or (2 if args.quick else DEFAULT_REPEAT)
    settings = Settings(
        repeat=repeat,
        min_time=0.0 if args.quick else 0.02,
        factor=args.factor,
        memory=not args.no_memory,
    )
    results = run_suite(settings, _progress)
    print(format_table(results), end="")
    if args.json is not None:
        args.json.write_text(dumps(results), encoding="utf-8")
        print(f"results saved to {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
