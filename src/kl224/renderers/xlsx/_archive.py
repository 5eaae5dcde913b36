"""The finishing touches openpyxl does not make, done on the saved package's XML.

- **Cached formula values.** openpyxl writes a formula with an empty value; a reader without a
  spreadsheet engine (openpyxl with ``data_only=True``, pandas, a script) would see nothing. The
  value kl224 computed is written into the cell's ``<v>`` (with ``t="str"`` for text), as Excel
  does when it saves. The workbook also asks to be recalculated on load, so a spreadsheet shows
  its own result.
- **Deterministic bytes.** Every zip entry gets the same timestamp and attributes, and the
  package's creation and modification times (``docProps/core.xml``) are the report's date, so
  the same report gives the same file.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Mapping
from typing import Final
from xml.sax.saxutils import escape

__all__ = ["finish"]

_ZIP_TIME: Final = (1980, 1, 1, 0, 0, 0)
_FORMULA_CELL: Final = re.compile(
    r'<c r="(?P<ref>[A-Z]+[0-9]+)"(?P<attrs>[^>]*)><f>(?P<f>[^<]*)</f>(?:<v\s*/>|<v></v>)?</c>'
)
_CORE_TIME: Final = re.compile(
    r"(<dcterms:(?P<tag>created|modified)[^>]*>)[^<]*(</dcterms:(?P=tag)>)"
)


def _value_xml(value: int | float | str) -> tuple[str, str]:
    if isinstance(value, str):
        return ' t="str"', f"<v>{escape(value)}</v>"
    if isinstance(value, float):
        return "", f"<v>{value!r}</v>"
    return "", f"<v>{value}</v>"


def _fill(xml: str, values: Mapping[str, int | float | str], part: str) -> str:
    missing = dict(values)

    def cell(match: re.Match[str]) -> str:
        ref = match["ref"]
        if ref not in missing:
            raise ValueError(f"{part}: no value computed for the formula in {ref}")
        kind, value = _value_xml(missing.pop(ref))
        attributes = re.sub(r'\s+t="[^"]*"', "", match["attrs"])
        return f'<c r="{ref}"{attributes}{kind}><f>{match["f"]}</f>{value}</c>'

    out = _FORMULA_CELL.sub(cell, xml)
    if missing:
        raise ValueError(f"{part}: formulas not found in {', '.join(sorted(missing))}")
    return out


def finish(
    data: bytes, cached: Mapping[str, Mapping[str, int | float | str]], stamp: dt.datetime
) -> bytes:
    """Return the package ``data`` with the formulas' values ``cached`` (by worksheet part
    name, ``xl/worksheets/sheet2.xml``, then cell) and fixed timestamps."""
    when = stamp.strftime("%Y-%m-%dT%H:%M:%SZ")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(
        out, "w", zipfile.ZIP_DEFLATED
    ) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename in cached:
                xml = _fill(content.decode("utf-8"), cached[info.filename], info.filename)
                content = xml.encode("utf-8")
            elif info.filename == "docProps/core.xml":
                xml = _CORE_TIME.sub(lambda m: f"{m[1]}{when}{m[3]}", content.decode("utf-8"))
                content = xml.encode("utf-8")
            entry = zipfile.ZipInfo(info.filename, date_time=_ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            target.writestr(entry, content, compresslevel=6)
    return out.getvalue()
