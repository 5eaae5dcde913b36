"""Output for ``kl224 check``: a text report grouped by outline item, and a stable JSON form.

The JSON form (documented in docs/validation.md)::

    {"ok": bool, "policy": "draft" | "final", "lang": "vi" | "en",
     "counts": {"error": n, "warning": n, "info": n},
     "findings": [{"code", "severity", "pointer", "related", "params", "message"}],
     "completeness": {"overall": {...}, "parts": [{...}]}}
"""

from __future__ import annotations

import datetime as dt
import textwrap
from decimal import Decimal
from typing import Any, Final

from kl224.messages import message
from kl224.text.format import format_percent
from kl224.validation.findings import (
    Finding,
    Lang,
    ParamValue,
    PartCompleteness,
    Severity,
    ValidationResult,
)
from kl224.validation.pointers import node_of

__all__ = ["format_text", "to_json_data"]

_HEADING_WIDTH: Final = 90


def _word(key: str, lang: Lang) -> str:
    return message(f"check.{key}", lang)


def _group(pointer: str, lang: Lang) -> str:
    if pointer == "":
        return _word("whole", lang)
    if pointer == "/meta" or pointer.startswith("/meta/"):
        return _word("meta", lang)
    n = node_of(pointer)
    if n is None:
        return _word("whole", lang)
    # Headings stay Vietnamese in both languages: they are the outline's own words.
    heading = f"{n.report_label} {n.title}"
    if n.level == 3:
        # "1." alone is ambiguous between B.I, B.II and B.III.
        heading = f"[{n.key}] {heading}"
    return textwrap.shorten(heading, _HEADING_WIDTH, placeholder=" …")


def _share(value: Decimal | None, lang: Lang) -> str:
    if value is None:
        return "—"
    if lang == "vi":
        return format_percent(value * 100)
    return f"{value * 100:.1f}%".replace(".0%", "%")


def _table_row(part: PartCompleteness, label: str, lang: Lang) -> tuple[str, str, str, str]:
    return (
        label,
        f"{part.items_filled}/{part.items}",
        f"{part.figures_reported}/{part.figures}",
        _share(part.share, lang),
    )


def _table(result: ValidationResult, lang: Lang) -> list[str]:
    rows = [tuple(_word(key, lang) for key in ("part", "items", "figures", "share"))]
    for part in result.completeness.parts:
        title = textwrap.shorten(part.title, 40, placeholder=" …")
        rows.append(_table_row(part, f"{part.key} {title}", lang))
    rows.append(_table_row(result.completeness.overall, _word("total", lang), lang))
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = []
    for index, row in enumerate(rows):
        numbers = zip(row[1:], widths[1:], strict=True)
        cells = [row[0].ljust(widths[0]), *(c.rjust(w) for c, w in numbers)]
        lines.append(" | ".join(cells).rstrip())
        if index == 0:
            lines.append("-+-".join("-" * w for w in widths))
    return lines


def _finding_lines(finding: Finding, lang: Lang) -> list[str]:
    label = _word(finding.severity.name, lang)
    where = finding.pointer or "/"
    lines = [f"  [{label}] {finding.code} {where}: {finding.message_in(lang)}"]
    if finding.related:
        lines.append(f"      {_word('related', lang)}: {', '.join(finding.related)}")
    return lines


def _count(n: int, severity: Severity, lang: Lang) -> str:
    word = _word(severity.value, lang)
    if lang == "en" and n == 1 and word.endswith("s"):
        word = word[:-1]
    return f"{n} {word}"


def format_text(result: ValidationResult, lang: Lang = "vi") -> str:
    """The text report: a summary line, the findings under the heading of the item they
    concern (in outline order), then the reporting-rate table. Messages are rendered in
    ``lang`` whatever language validation used."""
    counts = ", ".join(_count(n, s, lang) for s, n in result.counts.items())
    verdict = _word("ok", lang) if result.ok else _word("not_ok", lang)
    lines = [f"{_word('title', lang)} ({_word(result.policy, lang)}): {counts} — {verdict}", ""]
    if not result.findings:
        lines += [_word("none", lang), ""]
    heading = None
    for finding in result.findings:
        group = _group(finding.pointer, lang)
        if group != heading:
            if heading is not None:
                lines.append("")
            lines.append(group)
            heading = group
        lines.extend(_finding_lines(finding, lang))
    if heading is not None:
        lines.append("")
    lines += [_word("table", lang), *_table(result, lang)]
    return "\n".join(lines) + "\n"


def _json_param(value: ParamValue) -> str | int:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _json_share(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def _json_part(part: PartCompleteness) -> dict[str, Any]:
    return {
        "key": part.key,
        "title": part.title,
        "items": part.items,
        "items_filled": part.items_filled,
        "figures": part.figures,
        "figures_reported": part.figures_reported,
        "items_share": _json_share(part.items_share),
        "figures_share": _json_share(part.figures_share),
        "share": _json_share(part.share),
    }


def to_json_data(result: ValidationResult, lang: Lang = "vi") -> dict[str, Any]:
    """The JSON form of a result (see the module docstring and docs/validation.md), messages
    in ``lang``.

    Params keep ints as numbers; decimals are strings (exact) and dates ISO strings.
    """
    return {
        "ok": result.ok,
        "policy": result.policy,
        "lang": lang,
        "counts": {s.value: n for s, n in result.counts.items()},
        "findings": [
            {
                "code": f.code,
                "severity": f.severity.value,
                "pointer": f.pointer,
                "related": list(f.related),
                "params": {k: _json_param(v) for k, v in f.params.items()},
                "message": f.message_in(lang),
            }
            for f in result.findings
        ],
        "completeness": {
            "overall": _json_part(result.completeness.overall),
            "parts": [_json_part(p) for p in result.completeness.parts],
        },
    }
