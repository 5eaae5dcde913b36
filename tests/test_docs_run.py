"""Every Python block of README.md and docs/*.md runs.

The blocks of one file run in order in one namespace, as a reader would type them, in a folder
holding the files they name (report.json, the units' reports of docs/aggregation.md …).

A block that cannot run alone — it names the reader's own package or function — says so with
``python fragment`` as its fence's info string, or a ``<!-- fragment -->`` line just before
the fence; it is still compiled, so a syntax error in it fails too.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import kl224

ROOT = Path(__file__).resolve().parents[1]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
_FENCE = re.compile(r"^```python(?P<info>[^\n]*)\n(?P<code>.*?)^```[ \t]*$", re.M | re.S)
_MARKER = "<!-- fragment -->"


def python_blocks(text: str) -> Iterator[tuple[int, str, bool]]:
    """Each Python block of a Markdown text: its first line number, its code, and whether it
    is marked as a fragment."""
    for match in _FENCE.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        before = text[: match.start()].rstrip("\n").rsplit("\n", 1)[-1].strip()
        fragment = "fragment" in match.group("info").split() or before == _MARKER
        yield line + 1, match.group("code"), fragment


def test_blocks_and_markers_are_found() -> None:
    text = (
        "a\n```python\nx = 1\n```\n<!-- fragment -->\n```python\nf(\n```\n"
        "```python fragment\ny\n```\n```json\n{}\n```\n"
    )
    assert list(python_blocks(text)) == [(3, "x = 1\n", False), (7, "f(\n", True),
                                         (10, "y\n", True)]


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with the files the documentation's examples read."""
    folder = tmp_path_factory.mktemp("docs")
    report = kl224.sample_report()
    kl224.dump(report, folder / "report.json")
    kl224.dump(report, folder / "ban-bo.json")
    kl224.render(report, "docx", folder / "na-tam.docx")
    kl224.render(report, "pdf", folder / "dong-phong.pdf")
    kl224.render(report, "xlsx", folder / "ban-bo.xlsx")
    return folder


@contextlib.contextmanager
def _inside(folder: Path) -> Iterator[None]:
    before = Path.cwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(before)


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_every_python_block_runs(path: Path, workspace: Path) -> None:
    text = path.read_text(encoding="utf-8")
    namespace: dict[str, object] = {"__name__": f"docs_{path.stem}"}
    with _inside(workspace), contextlib.redirect_stdout(io.StringIO()):
        for line, code, fragment in python_blocks(text):
            where = f"{path.relative_to(ROOT)}:{line}"
            # Compiled as if at its place in the file, so a traceback names the doc's line.
            compiled = compile("\n" * (line - 1) + code, str(path), "exec")
            if fragment:
                continue
            try:
                exec(compiled, namespace)
            except Exception as exc:
                pytest.fail(f"{where}: the block fails: {type(exc).__name__}: {exc}")
