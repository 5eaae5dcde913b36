"""``python -m benchmarks.scaling``: time grows linearly with the text, in every format.

Two series over the sample report with one narrative paragraph replaced (``context``'s):
a **long word** (one unbroken word, ``Nghiêng`` repeated) and a **long paragraph** (words
separated by spaces), at 1×, 10× and 100× a base size (10,000 characters by default), rendered
to text, DOCX and PDF. The table gives the medians and the growth ratios t(10×)/t(1×) and
t(100×)/t(10×): about 10 means linear (the rest of the report is a fixed cost, so ratios below
10 are expected at the small sizes); 100 would mean quadratic.

``--threads`` adds the cost of the lock the PDF fonts take around writing their subsets
(:mod:`kl224.renderers.pdf.fonts`): the sample's PDF rendered with the lock and with
reportlab's unlocked method, round robin, and what per-render font objects (the other way to
make renders independent) would cost: parsing the four Liberation Serif faces for each render.

Nothing here is asserted; ``tests/test_benchmarks.py`` runs ``--quick`` for structure only.
"""

from __future__ import annotations

import argparse
import io
import sys
import time
from collections.abc import Callable, Sequence
from typing import Final

import attrs

import kl224
from benchmarks.timing import Case, run_round_robin
from kl224.model import Report

__all__ = ["long_text", "main", "report_with", "scaling_rows", "thread_costs"]

FORMATS: Final = ("text", "docx", "pdf")
FACTORS: Final = (1, 10, 100)
KINDS: Final = ("word", "paragraph")


def long_text(kind: str, size: int) -> str:
    """A text of ``size`` characters: one word, or words separated by single spaces."""
    if kind == "word":
        return ("Nghiêng" * (size // 7 + 1))[:size]
    return " ".join(["tuyên truyền", "Kết luận", "đạt"] * (size // 22 + 1))[:size].strip()


def report_with(text: str) -> Report:
    """The sample report whose context narrative is the single paragraph ``text``."""
    sample = kl224.sample_report()
    context = attrs.evolve(sample.context, narrative=(kl224.Paragraph(text=text),))
    return attrs.evolve(sample, context=context)


def _render(report: Report, fmt: str) -> Callable[[], object]:
    return lambda: kl224.render(report, fmt)


def scaling_rows(base: int, repeat: int, formats: Sequence[str] = FORMATS
                 ) -> dict[tuple[str, str], dict[int, float]]:
    """Median seconds per render: ``{(kind, format): {factor: seconds}}``."""
    cases = []
    for kind in KINDS:
        for factor in FACTORS:
            report = report_with(long_text(kind, base * factor))
            for fmt in formats:
                cases.append(Case((f"{kind} {fmt}", str(factor)), _render(report, fmt),
                                  calibrate=factor == 1))
    timings = run_round_robin(cases, repeat=repeat, min_time=0.05)
    rows: dict[tuple[str, str], dict[int, float]] = {}
    for (name, factor), timing in timings.items():
        kind, fmt = name.split(" ")
        rows.setdefault((kind, fmt), {})[int(factor)] = timing.median
    return rows


def thread_costs(repeat: int) -> dict[str, float]:
    """Seconds per sample PDF with the subset lock, without it, and the per-render cost of
    parsing the four Liberation Serif faces."""
    from importlib import resources

    from reportlab.pdfbase.ttfonts import TTFont

    from kl224.renderers.pdf import fonts

    sample = kl224.sample_report()
    cls = fonts.font_class()
    locked = cls.addObjects

    def with_lock() -> object:
        cls.addObjects = locked
        return kl224.render(sample, "pdf")

    def without_lock() -> object:
        cls.addObjects = TTFont.addObjects
        try:
            return kl224.render(sample, "pdf")
        finally:
            cls.addObjects = locked

    folder = resources.files("kl224.renderers").joinpath("assets", "fonts")
    files = [folder.joinpath(f"LiberationSerif-{face}.ttf").read_bytes()
             for face in ("Regular", "Bold", "Italic", "BoldItalic")]

    def parse_fonts() -> object:
        return [TTFont(f"x{n}", io.BytesIO(data)) for n, data in enumerate(files)]

    timings = run_round_robin(
        [Case(("pdf", "lock"), with_lock), Case(("pdf", "no lock"), without_lock),
         Case(("fonts", "parse"), parse_fonts)],
        repeat=repeat, min_time=0.05,
    )
    return {
        "with lock": timings["pdf", "lock"].median,
        "without lock": timings["pdf", "no lock"].median,
        "parse four faces": timings["fonts", "parse"].median,
    }


def _ratio(a: float | None, b: float | None) -> str:
    return "-" if a is None or b is None or b == 0 else f"{a / b:.1f}"


def format_scaling(base: int, rows: dict[tuple[str, str], dict[int, float]]) -> str:
    """The scaling table as text."""
    head = ["series", "format", *(f"{f}× ({base * f:,} ch)" for f in FACTORS),
            "10×/1×", "100×/10×"]
    lines = [head]
    for (kind, fmt), times in sorted(rows.items()):
        lines.append([kind, fmt, *(f"{times[f] * 1000:.0f} ms" for f in FACTORS),
                      _ratio(times[10], times[1]), _ratio(times[100], times[10])])
    widths = [max(len(line[i]) for line in lines) for i in range(len(head))]
    return "\n".join("  ".join(cell.rjust(w) if i > 1 else cell.ljust(w)
                               for i, (cell, w) in enumerate(zip(line, widths, strict=True)))
                     for line in lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the series (and the thread costs with ``--threads``); print the tables."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.scaling", description=__doc__)
    parser.add_argument("--base", type=int, default=10_000, help="characters at 1×")
    parser.add_argument("--repeat", type=int, default=3, help="round-robin runs")
    parser.add_argument("--quick", action="store_true", help="base 500, one run")
    parser.add_argument("--threads", action="store_true", help="also the lock's cost")
    args = parser.parse_args(argv)
    base, repeat = (500, 1) if args.quick else (args.base, args.repeat)
    start = time.perf_counter()
    print(format_scaling(base, scaling_rows(base, repeat)))
    if args.threads:
        costs = thread_costs(max(repeat, 15) if not args.quick else 2)
        overhead = costs["with lock"] / costs["without lock"] - 1
        print(f"\nsample PDF: {costs['with lock'] * 1000:.0f} ms with the subset lock, "
              f"{costs['without lock'] * 1000:.0f} ms without ({overhead:+.1%}); per-render "
              f"font objects would add {costs['parse four faces'] * 1000:.0f} ms to parse "
              f"the four faces ({costs['parse four faces'] / costs['without lock']:.0%})")
    print(f"\n({time.perf_counter() - start:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
