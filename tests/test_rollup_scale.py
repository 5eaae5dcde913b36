"""A province at scale: roll-ups of 5, 40 and 120 generated commune reports, read back as a
reader sees them — the PDF with pdfplumber, the DOCX as LibreOffice lays it out (converted to
PDF in one soffice call, then pdfplumber).

For each count and format: the body (the report without its annexes) runs at most twice the
pages of one unit's body; in the comparison annex every word of every unit's name and of every
value comes back whole (never cut across lines or cells); every character of every page lies
on the page; no text is smaller than 9 pt. The units' narratives (the compendium annex) are
ordinary paragraphs whose content tests/test_aggregate.py checks; they are left out of these
documents to keep the run short. Reports and rendered files are made once per session.
"""

from __future__ import annotations

import functools
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import attrs
import pdfplumber
import pytest

import kl224
import libreoffice
from kl224.document import Document, Table, build_document
from kl224.rollup import AggregateResult, aggregate, comparison_annex
from kl224.sample.units import sample_units

COUNTS = (5, 40, 120)
SMALLEST_PT = 9.0


@functools.cache
def _result(count: int) -> AggregateResult:
    return aggregate(sample_units(count))


def _body(report: kl224.Report) -> Document:
    return build_document(report, annex=False)


def _comparison(count: int) -> Document:
    result = _result(count)
    document = build_document(result.report, annex=False)
    return attrs.evolve(document, body=(), closing=None, annexes=(comparison_annex(result),))


@dataclass(frozen=True)
class Printed:
    """What a reader gets from a PDF: its pages' words, the smallest text, and the characters
    outside their page."""

    pages: int
    words: Counter[str]
    smallest: float
    outside: tuple[str, ...]


def _read(path: Path) -> Printed:
    words: Counter[str] = Counter()
    smallest = float("inf")
    outside: list[str] = []
    with pdfplumber.open(path) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            for char in page.chars:
                if char["text"].strip():
                    smallest = min(smallest, char["size"])
                inside = (
                    char["x0"] >= 0
                    and char["x1"] <= page.width
                    and char["top"] >= 0
                    and char["bottom"] <= page.height
                )
                if not inside:
                    outside.append(f"page {number}: {char['text']!r}")
            for word in page.extract_words():
                words[unicodedata.normalize("NFC", word["text"])] += 1
            pages = number
    return Printed(pages=pages, words=words, smallest=smallest, outside=tuple(outside))


def _documents() -> dict[str, Document]:
    out = {"unit": _body(sample_units(1)[0])}
    for count in COUNTS:
        out[f"body-{count}"] = _body(_result(count).report)
        out[f"comparison-{count}"] = _comparison(count)
    return out


@pytest.fixture(scope="session")
def printed(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Printed]:
    """Every document, read back from the PDF renderer and from the DOCX through LibreOffice."""
    folder = tmp_path_factory.mktemp("scale")
    out: dict[tuple[str, str], Printed] = {}
    docx: list[Path] = []
    for name, document in _documents().items():
        kl224.render(document, "pdf", folder / f"{name}.pdf")
        out["pdf", name] = _read(folder / f"{name}.pdf")
        path = folder / f"{name}.docx"
        kl224.render(document, "docx", path)
        docx.append(path)
    if libreoffice.available:
        # One soffice run for every file, with the fonts kl224 bundles (the same layout on any
        # machine, whatever fonts it has installed).
        for path, pdf in zip(docx, libreoffice.convert(docx, "pdf", folder / "libreoffice"),
                             strict=True):
            out["docx", path.stem] = _read(pdf)
    return out


FORMATS = ("pdf", pytest.param("docx", marks=libreoffice.needs_libreoffice))


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("count", COUNTS)
def test_the_body_stays_about_one_units_length(
    printed: dict[tuple[str, str], Printed], fmt: str, count: int
) -> None:
    unit = printed[fmt, "unit"].pages
    body = printed[fmt, f"body-{count}"].pages
    assert body <= 2 * unit, f"{count} units: the body runs {body} pages, one unit's {unit}"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("count", COUNTS)
def test_every_name_and_value_of_the_comparison_reads_whole(
    printed: dict[tuple[str, str], Printed], fmt: str, count: int
) -> None:
    words = printed[fmt, f"comparison-{count}"].words
    annex = comparison_annex(_result(count))
    expected: Counter[str] = Counter()
    for table in annex.body:
        if isinstance(table, Table):
            for row in table.rows:
                for cell in row:
                    expected.update(cell.split())
    broken = {w: (n, words[w]) for w, n in expected.items() if words[w] < n}
    assert not broken, f"words cut or lost (expected, printed): {broken}"
    # Every unit is there, in Vietnamese alphabetical order, as its own row.
    names = _result(count).names
    assert len(names) == count and list(names) == kl224.rollup.sorted_vi(names)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("count", COUNTS)
def test_every_character_is_on_its_page_and_no_text_under_9_pt(
    printed: dict[tuple[str, str], Printed], fmt: str, count: int
) -> None:
    for name in (f"body-{count}", f"comparison-{count}"):
        read = printed[fmt, name]
        assert not read.outside, f"{name}: characters off the page: {read.outside[:5]}"
        assert read.smallest >= SMALLEST_PT, f"{name}: text of {read.smallest} pt"
