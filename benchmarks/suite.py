"""The benchmark suite: every case, timed in one run, and the peak memory of rendering.

:func:`run_suite` builds the inputs (the sample and :func:`~benchmarks.bigreport.big_report`),
the kl224 cases, the baselines and the whole-process cases, times them round robin
(:mod:`benchmarks.timing`), measures memory in fresh processes (:mod:`benchmarks.memory`) and
returns :class:`Results`, which :mod:`benchmarks.table` prints and checks against the targets.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import os
import platform
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

import attrs

import kl224
from benchmarks import baselines, memory
from benchmarks.bigreport import big_report
from benchmarks.timing import Case, Timing, run_round_robin
from kl224.document import Document
from kl224.model import Report
from kl224.renderers import get_renderer

__all__ = [
    "ROWS",
    "Results",
    "Row",
    "Settings",
    "bytecode_environment",
    "kl224_check_command",
    "run_suite",
]

SAMPLE: Final = "sample"


@dataclass(frozen=True)
class Settings:
    """How long to measure: ``repeat`` samples per case, each of at least ``min_time``
    seconds (fast cases are called several times per sample), and the big report's factor."""

    repeat: int = 15
    min_time: float = 0.02
    factor: int = 10
    memory: bool = True

    @property
    def big(self) -> str:
        """The column label of the big report (``10×``)."""
        return f"{self.factor}×"


@dataclass(frozen=True)
class Row:
    """One row of the table: a measured quantity for each report size.

    ``unit`` is ``s`` (median seconds per call) or ``B`` (bytes); ``spread`` is the
    interquartile range relative to the median, per size (timings only).
    """

    group: str
    name: str
    what: str
    unit: str
    values: dict[str, float] = field(default_factory=dict)
    spread: dict[str, float] = field(default_factory=dict)
    runs: int = 0


@dataclass(frozen=True)
class Results:
    """Everything one run measured."""

    settings: Settings
    environment: dict[str, str]
    rows: list[Row]
    skipped: list[str]

    def value(self, name: str, size: str = SAMPLE) -> float | None:
        """The value of row ``name`` for ``size``, or None when it was not measured."""
        for row in self.rows:
            if row.name == name:
                return row.values.get(size)
        return None


# (group, name, what): the rows in table order. The names are what targets refer to.
ROWS: Final = (
    ("kl224", "load", "kl224.loads of the report's JSON"),
    ("kl224", "load unchecked", "kl224.loads with attrs validators off: the cost of the checks"),
    ("kl224", "validate", "kl224.validate(report)"),
    ("kl224", "build_document", "kl224.build_document(report)"),
    ("kl224", "write text", "TextRenderer().write of a pre-built Document"),
    ("kl224", "write docx", "DocxRenderer().write of a pre-built Document"),
    ("kl224", "write pdf", "PdfRenderer().write of a pre-built Document"),
    ("kl224", "render text", 'kl224.render(report, "text"): build + write'),
    ("kl224", "render docx", 'kl224.render(report, "docx"): build + write'),
    ("kl224", "render pdf", 'kl224.render(report, "pdf"): build + write'),
    ("baseline", "python-docx", "plain python-docx: one paragraph per text, no formatting"),
    ("baseline", "reportlab", "plain reportlab: one paragraph per text, Liberation Serif 14 pt"),
    ("baseline", "hand-made docx", "zipfile + one document.xml: the floor"),
    ("baseline", "pandoc md→docx", "pandoc, equivalent Markdown to DOCX (one process)"),
    ("process", "python -c pass", "interpreter start-up, same environment"),
    ("process", "kl224 check", "kl224 check on the embedded sample, whole process"),
    ("memory", "peak alloc", "tracemalloc peak while rendering text, DOCX and PDF"),
    ("memory", "peak RSS", "peak resident set: fresh process rendering text, DOCX and PDF"),
    ("memory", "peak RSS python", "peak resident set of python -c (for scale)"),
)
_WHAT: Final = {name: (group, what) for group, name, what in ROWS}


def kl224_check_command() -> list[str]:
    """How to run ``kl224 check`` with this interpreter: the console script installed beside
    it, else ``python -m kl224.cli`` (never a shim that would add its own start-up)."""
    script = Path(sys.executable).with_name("kl224")
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script), "check"]
    return [sys.executable, "-m", "kl224.cli", "check"]


def bytecode_environment(cache: Path) -> dict[str, str]:
    """This environment, with Python allowed to cache bytecode in ``cache``.

    An installed package has its ``.pyc`` files; without them (``PYTHONDONTWRITEBYTECODE``
    set, as on some CI machines) every start compiles kl224 from source again, which is not
    what a user's ``kl224 check`` costs. Both start-up cases run in this same environment.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(cache)
    return env


def _run_quiet(command: list[str], env: dict[str, str]) -> Callable[[], object]:
    def run() -> object:
        return subprocess.run(
            command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env
        )

    return run


def _check_cold_start(command: list[str], env: dict[str, str]) -> None:
    out = subprocess.run(command, capture_output=True, text=True, check=False, env=env)
    if out.returncode != 0 or not out.stdout.strip():
        raise RuntimeError(
            f"{' '.join(command)} exited {out.returncode}; the sample must check clean: "
            f"{out.stderr.strip() or out.stdout.strip()}"
        )


def _write(renderer: object, document: Document) -> Callable[[], object]:
    write = renderer.write  # type: ignore[attr-defined]

    def run() -> object:
        buffer = io.BytesIO()
        write(document, buffer)
        return buffer

    return run


def _load_unchecked(text: str) -> Report:
    # The model's construction checks are attrs validators; switched off, what remains is
    # the JSON parse, cattrs and the converters — the load as it was before the checks.
    with attrs.validators.disabled():
        return kl224.loads(text)


def _size_cases(label: str, report: Report, font: str) -> list[Case]:
    text = kl224.dumps(report)
    document = kl224.build_document(report)
    texts = baselines.document_texts(document)
    cases = [
        Case(("load", label), lambda: kl224.loads(text)),
        Case(("load unchecked", label), functools.partial(_load_unchecked, text)),
        Case(("validate", label), lambda: kl224.validate(report)),
        Case(("build_document", label), lambda: kl224.build_document(report)),
    ]
    for fmt in memory.FORMATS:
        renderer = get_renderer(fmt)()
        cases.append(Case((f"write {fmt}", label), _write(renderer, document)))
    for fmt in memory.FORMATS:
        cases.append(Case((f"render {fmt}", label), functools.partial(kl224.render, report, fmt)))
    cases += [
        Case(("python-docx", label), lambda: baselines.plain_python_docx(texts, io.BytesIO())),
        Case(("reportlab", label), lambda: baselines.plain_reportlab(texts, io.BytesIO(), font)),
        Case(("hand-made docx", label), lambda: baselines.handmade_docx(texts, io.BytesIO())),
    ]
    return cases


def _environment(settings: Settings, check: list[str], pandoc: str) -> dict[str, str]:
    import docx
    import reportlab

    return {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "machine": f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs",
        "kl224": kl224.__version__,
        "python-docx": getattr(docx, "__version__", "?"),
        "reportlab": reportlab.Version,
        "pandoc": pandoc,
        "check command": " ".join(Path(c).name if i == 0 else c for i, c in enumerate(check)),
        "repeat": str(settings.repeat),
    }


def run_suite(settings: Settings, progress: Callable[[int, int], None] | None = None) -> Results:
    """Measure every row of :data:`ROWS` once, all in this run; return the results."""
    font = baselines.register_baseline_font()
    sizes = {SAMPLE: kl224.sample_report(), settings.big: big_report(settings.factor)}
    cases: list[Case] = []
    for label, report in sizes.items():
        cases += _size_cases(label, report, font)

    skipped: list[str] = []
    with tempfile.TemporaryDirectory(prefix="kl224-bench-") as folder:
        pandoc = baselines.PandocDocx.find(Path(folder))
        if pandoc is None:
            skipped.append("pandoc md→docx: pandoc is not installed")
        else:
            for label, report in sizes.items():
                markdown = baselines.document_markdown(kl224.build_document(report))
                data = markdown.encode("utf-8")
                convert = functools.partial(pandoc.convert, data)
                cases.append(Case(("pandoc md→docx", label), convert, False))
        check = kl224_check_command()
        env = bytecode_environment(Path(folder) / "pycache")
        # This first run also fills the bytecode cache.
        _check_cold_start(check, env)
        bare = [sys.executable, "-c", "pass"]
        cases += [
            Case(("python -c pass", SAMPLE), _run_quiet(bare, env), False),
            Case(("kl224 check", SAMPLE), _run_quiet(check, env), False),
        ]
        timings = run_round_robin(cases, settings.repeat, settings.min_time, progress)
        environment = _environment(settings, check, pandoc.version() if pandoc else "absent")

    rows = _timing_rows(timings)
    if settings.memory:
        rows += _memory_rows(settings)
    else:
        skipped.append("memory: not measured (--no-memory)")
    return Results(settings, environment, rows, skipped)


def _row(name: str, unit: str, runs: int = 0) -> Row:
    group, what = _WHAT[name]
    return Row(group, name, what, unit, runs=runs)


def _timing_rows(timings: dict[tuple[str, str], Timing]) -> list[Row]:
    rows: dict[str, Row] = {}
    for (name, size), timing in timings.items():
        row = rows.setdefault(name, _row(name, "s", len(timing.samples)))
        row.values[size] = timing.median
        row.spread[size] = timing.spread
    order = [name for _, name, _ in ROWS]
    return sorted(rows.values(), key=lambda r: order.index(r.name))


def _memory_rows(settings: Settings) -> list[Row]:
    peak, rss = _row("peak alloc", "B"), _row("peak RSS", "B")
    for label, factor in ((SAMPLE, 1), (settings.big, settings.factor)):
        measured = memory.measure_memory(factor)
        peak.values[label] = float(measured["peak"])
        rss.values[label] = float(measured["max_rss"])
    bare = _row("peak RSS python", "B")
    bare.values[SAMPLE] = float(memory.python_rss())
    return [peak, rss, bare]
