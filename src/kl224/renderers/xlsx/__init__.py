"""The figures workbook (XLSX, on openpyxl): the report's figures out, and figures typed in.

**Out.** :class:`XlsxRenderer` is a renderer like the others (``kl224 render … -f xlsx``,
``kl224.render(report, "xlsx")``), but a workbook lays out *data*, not pages. The renderer
contract hands every renderer a :class:`~kl224.document.Document`; besides its layout a document
carries the data it was laid out from — ``report`` (or, for a document built by hand,
``source_json``, the report's JSON, which the DOCX and PDF embed), and for a roll-up
``units``, each unit's name and report (:func:`kl224.rollup.build_aggregate_document` fills
them in). The workbook is built from those, never from the printed text, so its numbers are
real numbers:

- ``Số liệu`` — one row per number: item (``B.II.2``), label, unit, the value as a number shown
  the Vietnamese way (``1.286``, ``98,5``), and in a hidden column the number's JSON Pointer;
- ``So sánh đơn vị`` (a roll-up only) — units as rows, figures as columns, and a ``Tổng cộng``
  row of real ``SUM`` formulas whose values are cached in the file, so readers without a
  spreadsheet engine see them too;
- ``Chỉ tiêu`` — the targets of B.II.1, with an ``IF`` formula saying whether each is reached;
- ``Mức độ hoàn thành`` — completeness by part and the findings of :func:`kl224.validate`;
- ``Thông tin chung`` — the report's metadata (issuer, number, date, period, totals, signer);
- ``kl224`` (very hidden) — the report's JSON, as DOCX and PDF embed it.

Header rows are frozen and rows are as tall as their wrapped text; every sheet prints on A4
landscape, fitted to the page's width, with its header row repeated — except the comparison,
whose dozens of figures would print too small on one width: it prints at full size across
pages, the header rows and the units' column repeated on each. The same report gives the same
bytes. A document without a report
(the blank outline: ``kl224 template -f xlsx``) gives the **blank workbook**: every label and
unit, empty value cells that refuse negative numbers (data validation), and an empty meta sheet.

**In.** :func:`read_report` (what ``kl224.load("x.xlsx")`` calls) returns the report a
workbook kl224 wrote carries, with the figures, targets and meta read from its cells (so edits
and emptied cells are seen), or for the blank workbook a report holding what was typed into
it; :func:`merge_figures` sets a workbook's figures and targets into an existing report. A
text cell is read like every other Vietnamese input (``1.286`` is 1286); an unreadable cell is
a :class:`kl224.LoadError` naming its cell (``Số liệu!D17``) and pointer. An empty cell is not
reported (merging, it keeps the report's value). Documents cited by an item are not numbers:
they stay in the report (and in the JSON the workbook carries).
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import BinaryIO, ClassVar

import attrs

from kl224.document.nodes import Document
from kl224.messages import Lang
from kl224.model.report import Report
from kl224.renderers.xlsx._archive import finish
from kl224.renderers.xlsx._read import (
    WorkbookFigures,
    apply_figures,
    embedded_report,
    read_workbook,
)
from kl224.renderers.xlsx._sheets import build_workbook

__all__ = ["WorkbookFigures", "XlsxRenderer", "merge_figures", "read_figures", "read_report"]


@attrs.frozen(kw_only=True)
class XlsxRenderer:
    """The figures workbook (see the module's description).

    ``hide_pointers`` hides the column (the row, on the comparison sheet) holding each
    number's JSON Pointer; it is kept narrow and visible with False.
    """

    name: ClassVar[str] = "xlsx"
    suffixes: ClassVar[tuple[str, ...]] = (".xlsx",)
    media_type: ClassVar[str] = (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    # A data renderer: it writes the figures, not the prose (kl224.renderers.contract).
    data_only: ClassVar[bool] = True

    hide_pointers: bool = True

    def write(self, document: Document, stream: BinaryIO) -> None:
        """Write the workbook of the report ``document`` was laid out from (the blank
        workbook for a document without one) to ``stream``."""
        report = document.report
        if report is None and document.source_json:
            from kl224.serialization import loads

            report = loads(document.source_json)
        units = tuple((unit.name, unit.report) for unit in document.units)
        stream.write(self.workbook_bytes(report, units, source_json=document.source_json))

    def workbook_bytes(
        self,
        report: Report | None,
        units: tuple[tuple[str, Report], ...] = (),
        *,
        source_json: str = "",
    ) -> bytes:
        """The workbook of ``report`` (None: the blank workbook) as bytes, with a comparison
        sheet of ``units`` (name, report) when given. ``source_json`` is the report's JSON
        if already made (``kl224.dumps(report)``)."""
        workbook, cached, stamp = build_workbook(
            report, units, hide_pointers=self.hide_pointers, source_json=source_json
        )
        buffer = io.BytesIO()
        workbook.save(buffer)
        parts = {
            f"xl/worksheets/sheet{index}.xml": cached[sheet.title]
            for index, sheet in enumerate(workbook.worksheets, start=1)
            if cached.get(sheet.title)
        }
        return finish(buffer.getvalue(), parts, stamp)


Source = str | os.PathLike[str] | bytes


def _data(source: Source, name: str) -> tuple[bytes, str]:
    if isinstance(source, bytes):
        return source, name
    path = Path(source)
    return path.read_bytes(), name or str(path)


def read_figures(source: Source, *, lang: Lang = "vi", name: str = "") -> WorkbookFigures:
    """What a workbook (a path or its bytes) holds, by pointer: the figures, the targets and
    the meta values typed into it. ``name`` is the file named in messages (default: the
    path). Raises :class:`kl224.LoadError` naming every bad cell; OSError passes through."""
    data, name = _data(source, name)
    return read_workbook(data, lang=lang, source=name)


def read_report(source: Source, *, lang: Lang = "vi", name: str = "") -> Report:
    """The report of a workbook: for one kl224 wrote, the report it carries with the figures,
    targets and meta read from the cells (so what was typed or cleared there wins); for the
    blank workbook of ``kl224 template -f xlsx``, a report holding only the figures, targets
    and meta typed into it. ``name`` is the file named in messages (default: the path).
    Raises :class:`kl224.LoadError` naming every bad cell; OSError passes through."""
    data, name = _data(source, name)
    content = read_workbook(data, lang=lang, source=name)
    base = embedded_report(content, lang=lang, source=name)
    return apply_figures(base, content, meta=True, replace=base is not None, lang=lang,
                         source=name)


def merge_figures(
    report: Report, source: Source, *, meta: bool = False, lang: Lang = "vi"
) -> Report:
    """``report`` with the figures and targets typed into a workbook set in; with ``meta``
    its meta values too. A cell left empty keeps the report's value; a targets sheet with
    any row filled replaces the report's targets. The report is not changed (a new one is
    returned). Raises :class:`kl224.LoadError` naming every bad cell, including a figure typed
    for an item the report answers "not applicable"."""
    data, name = _data(source, "")
    content = read_workbook(data, lang=lang, source=name)
    return apply_figures(report, content, meta=meta, lang=lang, source=name)
