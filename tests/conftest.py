"""Test set-up: the Hypothesis profiles of :mod:`profiles` (``ci`` by default, derandomized;
``deep`` for sweeps — see its docstring for the command).

Tests that read outputs back with LibreOffice, poppler-utils, pandoc or qpdf skip where the tool
is missing, so the suite runs on any machine. Under CI (the ``CI`` environment variable set, as
``.ci/run`` is run) a missing tool stops the run instead: there a skip would hide a test.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

import profiles

profiles.load()

TOOLS = ("soffice", "pdftotext", "pdftoppm", "pdffonts", "pandoc", "qpdf")
"""The programs some tests run (``.ci/run`` installs them)."""

SPEC = Path(__file__).resolve().parents[2] / "shared" / "spec"
"""The outline and format notes the outline test reads, beside the checkout."""


def pytest_sessionstart(session: pytest.Session) -> None:
    if not os.environ.get("CI"):
        return
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if not SPEC.is_dir():
        missing.append(str(SPEC))
    if missing:
        needed = ", ".join(missing)
        pytest.exit(f"CI needs {needed}: install what is missing (see .ci/run)", returncode=3)
