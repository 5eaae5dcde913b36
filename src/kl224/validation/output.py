"""Output for ``kl224 check``: a text report grouped by outline item, and a stable JSON form.

The JSON form (documented in docs/validation.md)::

    {"ok": bool, "policy": "draft" | "final", "lang": "vi" | "en",
     "counts": {"error": n, "warning": n, "info": n},
     "findings": [{"code", "severity", "pointer", "related", "params", "message"}],
     "completeness": {"overall": {...}, "parts": [{...}]}}
"""

from __future__ import annotations

import datetime as dt
import json
import textwrap
from decimal import Decimal
from typing import Any, Final, Literal, TextIO

from kl224.model.report import Report
from kl224.text.format import format_percent
from kl224.validation.engine import validate
from kl224.validation.findings import (
    Finding,
    Lang,
    ParamValue,
    PartCompleteness,
    Severity,
    ValidationResult,
)
from kl224.validation.pointers import node_of

__all__ = ["format_text", "run_check", "to_json_data"]

_WORDS: Final[dict[Lang, dict[str, str]]] = {
    "vi": {
        "title": "Kiểm tra báo cáo",
        "draft": "chế độ dự thảo",
        "final": "chế độ chính thức",
        "error": "lỗi",
        "warning": "cảnh báo",
        "info": "thông tin",
        "ERROR": "LỖI",
        "WARNING": "CẢNH BÁO",
        "INFO": "THÔNG TIN",
        "ok": "ĐẠT (không có lỗi)",
        "not_ok": "CHƯA ĐẠT (có lỗi)",
        "none": "Không có phát hiện nào.",
        "related": "liên quan",
        "whole": "Toàn bộ báo cáo",
        "meta": "Thông tin văn bản (số, ký hiệu, ngày tháng, người ký, nơi nhận)",
        "table": "Tỷ lệ hoàn thành",
        "part": "Phần",
        "items": "Mục có nội dung",
        "figures": "Số liệu bắt buộc đã có",
        "share": "Tỷ lệ",
        "total": "Tổng cộng",
        "load": "Không đọc được báo cáo",
    },
    "en": {
        "title": "Report check",
        "draft": "draft policy",
        "final": "final policy",
        "error": "errors",
        "warning": "warnings",
        "info": "info",
        "ERROR": "ERROR",
        "WARNING": "WARNING",
        "INFO": "INFO",
        "ok": "OK (no errors)",
        "not_ok": "NOT OK (errors found)",
        "none": "No findings.",
        "related": "related",
        "whole": "Whole report",
        "meta": "Document metadata (number, symbol, date, signer, recipients)",
        "table": "Reporting rate",
        "part": "Part",
        "items": "Items filled",
        "figures": "Required figures reported",
        "share": "Share",
        "total": "Total",
        "load": "The report cannot be read",
    },
}

_HEADING_WIDTH: Final = 90


def _group(pointer: str, lang: Lang) -> str:
    if pointer == "":
        return _WORDS[lang]["whole"]
    if pointer == "/meta" or pointer.startswith("/meta/"):
        return _WORDS[lang]["meta"]
    n = node_of(pointer)
    if n is None:
        return _WORDS[lang]["whole"]
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
    words = _WORDS[lang]
    rows = [(words["part"], words["items"], words["figures"], words["share"])]
    for part in result.completeness.parts:
        title = textwrap.shorten(part.title, 40, placeholder=" …")
        rows.append(_table_row(part, f"{part.key} {title}", lang))
    rows.append(_table_row(result.completeness.overall, words["total"], lang))
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
    words = _WORDS[lang]
    label = words[finding.severity.name]
    where = finding.pointer or "/"
    lines = [f"  [{label}] {finding.code} {where}: {finding.message_in(lang)}"]
    if finding.related:
        lines.append(f"      {words['related']}: {', '.join(finding.related)}")
    return lines


def _count(n: int, severity: Severity, lang: Lang) -> str:
    word = _WORDS[lang][severity.value]
    if lang == "en" and n == 1 and word.endswith("s"):
        word = word[:-1]
    return f"{n} {word}"


def format_text(result: ValidationResult, lang: Lang = "vi") -> str:
    """The text report: a summary line, the findings under the heading of the item they
    concern (in outline order), then the reporting-rate table. Messages are rendered in
    ``lang`` whatever language validation used."""
    words = _WORDS[lang]
    counts = ", ".join(_count(n, s, lang) for s, n in result.counts.items())
    verdict = words["ok"] if result.ok else words["not_ok"]
    lines = [f"{words['title']} ({words[result.policy]}): {counts} — {verdict}", ""]
    if not result.findings:
        lines += [words["none"], ""]
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
    lines += [words["table"], *_table(result, lang)]
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


def _load(source: str | None, lang: Lang) -> Report:
    # Imported here so `kl224 check` loads only what it uses.
    if source is None:
        from kl224.sample import sample_report

        return sample_report()
    from kl224.serialization import load

    return load(source, lang=lang)


def _load_failure(exc: Exception, fmt: str, lang: Lang, out: TextIO) -> None:
    message = exc.format(lang) if hasattr(exc, "format") else str(exc)
    if fmt == "json":
        problems = [
            {"pointer": p.pointer, "code": p.code, "message": p.message(lang)}
            for p in getattr(exc, "problems", ())
        ]
        data = {"ok": False, "error": {"message": message, "problems": problems}}
        out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        out.write(f"{_WORDS[lang]['load']}:\n{message}\n")


def run_check(
    source: str | None,
    *,
    final: bool,
    fmt: Literal["text", "json"],
    lang: Lang,
    out: TextIO,
) -> int:
    """Load the report at ``source`` (the sample report when None), validate it under the
    final policy when ``final`` else the draft one, and write the result to ``out``.

    Returns 0 when there is no error, 1 when there are errors, 2 when the input cannot be
    loaded (its :class:`~kl224.serialization.LoadError` is written instead).
    """
    if source is None:
        # The embedded sample needs no JSON loading: not importing kl224.serialization (and
        # cattrs) keeps the cold start of a bare `kl224 check` light.
        report = _load(None, lang)
    else:
        from kl224.serialization import LoadError

        try:
            report = _load(source, lang)
        except LoadError as exc:
            _load_failure(exc, fmt, lang, out)
            return 2
    result = validate(report, policy="final" if final else "draft", lang=lang)
    if fmt == "json":
        out.write(json.dumps(to_json_data(result, lang), ensure_ascii=False, indent=2) + "\n")
    else:
        out.write(format_text(result, lang))
    return 0 if result.ok else 1
