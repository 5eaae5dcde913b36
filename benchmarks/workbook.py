"""``python -m benchmarks.workbook``: the figures workbook against plain openpyxl, in one run.

Times, round robin (:mod:`benchmarks.timing`), writing the sample's workbook and reading it
back (``kl224.load`` of an ``.xlsx``, and merging it into the sample), against a plain openpyxl
script that writes the same rows (label, unit, value; no styles, formats, validation or
cached values) and reads them back; then a roll-up's workbook of 40 and 120 units (with the
comparison sheet) against plain openpyxl writing the same grid with its SUM row. Also prints
the tracemalloc peak of writing each workbook. See docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import io
import sys
import tracemalloc
from collections.abc import Callable, Sequence
from typing import Final

import attrs
import openpyxl
from openpyxl.utils import get_column_letter

import kl224
from benchmarks.timing import Case, run_round_robin
from kl224.document import Document
from kl224.model.report import Report
from kl224.renderers.xlsx import XlsxRenderer, merge_figures, read_report
from kl224.renderers.xlsx.layout import comparison_columns, figure_rows
from kl224.rollup import aggregate, build_aggregate_document

__all__ = ["main", "units"]

UNITS: Final = (40, 120)


def units(count: int) -> list[Report]:
    """``count`` commune-sized variants of the sample, each with its own name and figures."""
    sample = kl224.sample_report()
    out = []
    for index in range(count):
        propaganda = attrs.evolve(
            sample.tasks.propaganda,
            news_items=100 + index * 7,
            newspaper_copies=1000 + index * 13,
        )
        out.append(
            attrs.evolve(
                sample,
                meta=attrs.evolve(sample.meta, issuing_body=f"Đảng ủy xã Số {index + 1}"),
                tasks=attrs.evolve(sample.tasks, propaganda=propaganda),
            )
        )
    return out


def _write(document: Document) -> Callable[[], bytes]:
    renderer = XlsxRenderer()

    def run() -> bytes:
        buffer = io.BytesIO()
        renderer.write(document, buffer)
        return buffer.getvalue()

    return run


def _plain_write(rows: list[tuple[str, str, object]]) -> Callable[[], bytes]:
    def run() -> bytes:
        book = openpyxl.Workbook()
        sheet = book.active
        for row in rows:
            sheet.append(row)
        buffer = io.BytesIO()
        book.save(buffer)
        return buffer.getvalue()

    return run


def _plain_read(data: bytes) -> Callable[[], list[tuple[object, ...]]]:
    def run() -> list[tuple[object, ...]]:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        rows = list(book.active.iter_rows(values_only=True))
        book.close()
        return rows

    return run


def _plain_grid(reports: list[Report]) -> Callable[[], bytes]:
    columns = comparison_columns(tuple(reports))
    grid = [[column.value_in(r) for column in columns] for r in reports]

    def run() -> bytes:
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.append([c.label for c in columns])
        for values in grid:
            sheet.append(values)
        last = len(grid) + 1
        sheet.append([f"=SUM({get_column_letter(i)}2:{get_column_letter(i)}{last})"
                      for i in range(1, len(columns) + 1)])
        buffer = io.BytesIO()
        book.save(buffer)
        return buffer.getvalue()

    return run


def _peak(func: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        func()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _cases() -> tuple[list[Case], dict[str, int], dict[str, Callable[[], object]]]:
    sample = kl224.sample_report()
    document = kl224.build_document(sample)
    data = _write(document)()
    rows = [(r.label, r.unit, r.value) for r in figure_rows(sample)]
    plain = _plain_write(rows)()
    cases = [
        Case(("write xlsx", "sample"), _write(document)),
        Case(("load xlsx", "sample"), lambda: read_report(data)),
        Case(("merge xlsx", "sample"), lambda: merge_figures(sample, data)),
        Case(("plain openpyxl write", "sample"), _plain_write(rows)),
        Case(("plain openpyxl read", "sample"), _plain_read(plain)),
    ]
    sizes = {"sample": len(data)}
    writers: dict[str, Callable[[], object]] = {"write xlsx sample": _write(document)}
    for count in UNITS:
        reports = units(count)
        rolled = build_aggregate_document(aggregate(reports))
        label = f"{count} units"
        cases.append(Case(("write xlsx roll-up", label), _write(rolled)))
        cases.append(Case(("plain openpyxl grid", label), _plain_grid(reports)))
        sizes[label] = len(_write(rolled)())
        writers[f"write xlsx roll-up {label}"] = _write(rolled)
    return cases, sizes, writers


def _time(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the workbook benchmark and print its table; return 0."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.workbook")
    parser.add_argument("--repeat", type=int, default=9, help="round-robin runs (default 9)")
    parser.add_argument("--quick", action="store_true", help="smoke run: 1 run per case")
    args = parser.parse_args(argv)
    cases, sizes, writers = _cases()
    repeat = 1 if args.quick else max(1, args.repeat)
    timings = run_round_robin(cases, repeat, 0.0 if args.quick else 0.02)
    print(f"kl224 {kl224.__version__} figures workbook — openpyxl {openpyxl.__version__}; "
          f"medians over {repeat} round-robin runs")
    for (name, size), timing in timings.items():
        spread = f" ±{timing.spread * 50:.0f}%" if timing.spread else ""
        print(f"  {name:<22} {size:<10} {_time(timing.median):>10}{spread}")
    for label, size in sizes.items():
        print(f"  size of the workbook   {label:<10} {size / 1024:>7.1f} KiB")
    for name, func in writers.items():
        print(f"  peak alloc {name:<32} {_peak(func) / 2**20:>6.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
