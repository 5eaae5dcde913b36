"""The report's JSON inside a workbook kl224 wrote: written and read back here, side by side.

It lives in a *very hidden* sheet (``kl224``; a user cannot unhide it from the spreadsheet's
menus), one cell of column A per 32 000 characters. A sheet survives what a spreadsheet does
when it saves — Excel, LibreOffice and openpyxl alike keep it — where a custom XML part
would be dropped by the last two. The JSON only supplies what a workbook does not show
(narrative, cited documents, recipients …): the figures, targets and meta a user sees are
read from their cells, so what was typed there wins.
"""

from __future__ import annotations

from typing import Any, Final

from openpyxl import Workbook

from kl224.renderers.xlsx.layout import DATA_SHEET

__all__ = ["read_embedded", "write_embedded"]

_CHUNK: Final = 32_000


def write_embedded(workbook: Workbook, text: str) -> None:
    """Add the very hidden sheet holding ``text`` (the report's JSON) to ``workbook``."""
    sheet = workbook.create_sheet(DATA_SHEET)
    sheet.sheet_state = "veryHidden"
    for row, start in enumerate(range(0, len(text), _CHUNK), start=1):
        sheet.cell(row=row, column=1).value = text[start : start + _CHUNK]
        # A chunk may begin with "=": it is text, never a formula.
        sheet.cell(row=row, column=1).data_type = "s"


def read_embedded(workbook: Any) -> str | None:
    """The JSON held by ``workbook`` (opened by openpyxl), or None when it holds none."""
    if DATA_SHEET not in workbook.sheetnames:
        return None
    parts = []
    for (value,) in workbook[DATA_SHEET].iter_rows(min_col=1, max_col=1, values_only=True):
        if isinstance(value, str):
            parts.append(value)
    return "".join(parts) or None
