"""Peak memory of rendering every format, measured in a fresh process.

``python -m benchmarks.memory --factor N`` renders the report (the sample, or
:func:`~benchmarks.bigreport.big_report` of ``N``) to text, DOCX and PDF twice and prints one
JSON object: ``max_rss``, the process's peak resident set after the first rendering (interpreter
and imports included, tracemalloc off), and ``peak``, tracemalloc's peak of Python allocations
during the second (imports and fonts already loaded). :func:`measure_memory` runs the worker.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tracemalloc
from collections.abc import Sequence
from pathlib import Path
from typing import Final

__all__ = ["FORMATS", "measure_memory", "peak_rss", "python_rss", "render_all"]

FORMATS: Final = ("text", "docx", "pdf")
ROOT: Final = Path(__file__).resolve().parents[1]


def peak_rss() -> int:
    """This process's peak resident set size in bytes."""
    # Linux's VmHWM belongs to the process image; ru_maxrss survives exec and so reports the
    # parent's size for a child started by fork or vfork.
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss if sys.platform == "darwin" else rss * 1024


def render_all(factor: int) -> int:
    """Render the report of size ``factor`` to every format; return the total bytes."""
    import kl224
    from benchmarks.bigreport import big_report

    report = big_report(factor)
    return sum(len(kl224.render(report, fmt)) for fmt in FORMATS)


def _worker(factor: int) -> dict[str, int]:
    import kl224
    from kl224.renderers import get_renderer

    for fmt in FORMATS:
        get_renderer(fmt)  # imports the renderer modules (and python-docx, reportlab) first
    kl224.sample_report()
    size = render_all(factor)
    rss = peak_rss()
    tracemalloc.start()
    render_all(factor)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {"bytes": size, "max_rss": rss, "peak": peak}


def measure_memory(factor: int) -> dict[str, int]:
    """Run the worker in a fresh interpreter and return what it printed."""
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks.memory", "--factor", str(factor)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if out.returncode != 0:
        raise RuntimeError(f"the memory worker failed ({out.returncode}): {out.stderr.strip()}")
    data: dict[str, int] = json.loads(out.stdout)
    return data


def python_rss() -> int:
    """The peak resident set size of a bare ``python -c`` in the same environment."""
    code = "from benchmarks.memory import peak_rss; print(peak_rss())"
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return int(out.stdout)


def main(argv: Sequence[str] | None = None) -> int:
    """The worker's command line."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.memory")
    parser.add_argument("--factor", type=int, default=1)
    args = parser.parse_args(argv)
    print(json.dumps(_worker(args.factor)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
