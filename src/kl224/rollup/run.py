"""``run_aggregate``: the ``kl224 aggregate`` command's work, callable and testable alone.

Exit codes: 0 the aggregate was written; 1 it was written but some inputs were skipped
(``keep_going``); 2 nothing was written (an unreadable input without ``keep_going``, no input
left, an unusable metadata file, an existing output without ``force``, an unknown output
format, or a render failure).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Final, TextIO

from kl224._io import output_refusal
from kl224._progress import Progress
from kl224.model.report import Report, ReportMeta
from kl224.rollup.core import AggregateResult, aggregate
from kl224.rollup.findings import aggregate_message
from kl224.rollup.meta import default_meta
from kl224.validation.findings import Lang

__all__ = ["EXIT_OK", "EXIT_SKIPPED", "EXIT_UNUSABLE", "load_meta", "run_aggregate", "write_result"]

EXIT_OK: Final = 0
EXIT_SKIPPED: Final = 1
EXIT_UNUSABLE: Final = 2
_PROGRESS_FROM: Final = 5


class _Stop(Exception):
    """The command cannot go on; the message says why."""


def _t(lang: Lang, vi: str, en: str) -> str:
    return en if lang == "en" else vi


def load_meta(path: str, reports: Sequence[Report], *, lang: Lang = "vi") -> ReportMeta:
    """The roll-up's metadata from a JSON file: an object with any fields of ``meta`` in a
    report's JSON (``issuing_body``, ``number``, ``date``, ``signer``, ``recipients`` …).
    Fields it leaves out keep the defaults derived from ``reports``
    (:func:`~kl224.rollup.default_meta`).

    Raises :class:`kl224.LoadError` naming the file and each bad field.
    """
    from kl224.serialization import LoadError, Problem, from_dict, to_dict

    def fail(code: str, **params: str) -> LoadError:
        problem = Problem("", code, {"file": path, **params})
        return LoadError([problem], lang=lang, source=path)

    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise fail("unreadable-file", reason="not-found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise fail("unreadable-file", reason=str(exc)) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        problem = fail("bad-json", detail=exc.msg, line=str(exc.lineno), column=str(exc.colno))
        raise problem from None
    if not isinstance(data, Mapping):
        raise LoadError([Problem("", "wrong-type", {"expected": "object"})], lang=lang, source=path)
    fields: dict[str, Any] = dict(to_dict(Report(meta=default_meta(reports)))["meta"])
    fields.update(data)
    try:
        return from_dict({"meta": fields}, lang=lang).meta
    except LoadError as exc:
        # Point into the file the user wrote, not into a whole report.
        problems = [
            Problem(p.pointer.removeprefix("/meta"), p.code, p.params) for p in exc.problems
        ]
        raise LoadError(problems, lang=lang, source=path) from None


def _load_inputs(
    inputs: Sequence[str], keep_going: bool, lang: Lang, err: TextIO, bar: Progress
) -> tuple[list[Report], list[str], list[str]]:
    from kl224.serialization import LoadError, load

    reports: list[Report] = []
    loaded: list[str] = []
    skipped: list[str] = []
    for source in inputs:
        try:
            reports.append(load(source, lang=lang))
            loaded.append(source)
        except LoadError as exc:
            if bar.enabled:
                err.write("\n")
            head = _t(lang, f"Không đọc được {source}:", f"Cannot read {source}:")
            err.write(f"{head}\n{_indent(exc.format(lang))}\n")
            if not keep_going:
                raise _Stop(
                    _t(
                        lang,
                        "Dừng tổng hợp; sửa tệp trên hoặc dùng --keep-going để bỏ qua tệp lỗi.",
                        "Aggregation stopped; fix the file or use --keep-going to skip it.",
                    )
                ) from None
            skipped.append(source)
        bar.advance(source)
    return reports, loaded, skipped


def _indent(text: str) -> str:
    return "\n".join(f"  {line}" for line in text.splitlines())


def _check_output(output: str, force: bool, lang: Lang) -> None:
    refusal = output_refusal(output, force=force, lang=lang)
    if refusal is not None:
        raise _Stop(f"{refusal}.")
    path = Path(output)
    if path.suffix.lower() != ".json":
        from kl224.renderers import UnknownRendererError, available, get_renderer_for_path

        try:
            get_renderer_for_path(path)
        except UnknownRendererError:
            # The registry's message suggests -f, which this command does not have: the
            # output's suffix alone chooses its format.
            known = ", ".join([".json", *(s for info in available().values()
                                          for s in info.suffixes)])
            raise _Stop(
                _t(
                    lang,
                    f"Không biết ghi {output} theo định dạng nào; hãy đặt tên tệp kết quả có "
                    f"một trong các đuôi {known}.",
                    f"No format writes {output}; give the output one of the suffixes {known}.",
                )
            ) from None


def write_result(result: AggregateResult, output: str) -> None:
    """Write the roll-up to ``output`` atomically: ``.json`` is the aggregate report's JSON,
    any other suffix the aggregate document (with the comparison annex) by that renderer."""
    from kl224._io import atomic_write

    if Path(output).suffix.lower() == ".json":
        from kl224.serialization import dumps

        atomic_write(output, dumps(result.report).encode("utf-8"))
        return
    from kl224.renderers import render
    from kl224.rollup.annex import build_aggregate_document

    render(build_aggregate_document(result), None, output)


def run_aggregate(
    inputs: Sequence[str],
    output: str,
    *,
    meta: str | None = None,
    keep_going: bool = False,
    force: bool = False,
    lang: Lang = "vi",
    progress: bool = False,
    err: TextIO,
) -> int:
    """Load ``inputs`` (.json, or .docx/.pdf made by kl224), roll them up and write the result
    to ``output`` (its suffix chooses the format). Messages go to ``err``; returns the exit
    code (see the module's description).

    ``meta`` is a JSON file of the aggregate's metadata (see :func:`load_meta`); without it
    the default of :func:`~kl224.rollup.default_meta` is used. An unreadable input stops
    the run unless ``keep_going``, which skips it and lists every skipped file at the end. A
    progress bar is drawn on ``err`` when ``progress`` is True, or when there are five inputs
    or more and ``err`` is a terminal. An existing ``output`` is kept unless ``force``.
    """
    from kl224.renderers import RenderError
    from kl224.serialization import LoadError

    try:
        if not inputs:
            raise _Stop(_t(lang, "Chưa có tệp đầu vào nào.", "No input files given."))
        _check_output(output, force, lang)
        show = progress or (len(inputs) >= _PROGRESS_FROM and err.isatty())
        bar = Progress(len(inputs), stream=err, enabled=show)
        reports, loaded, skipped = _load_inputs(inputs, keep_going, lang, err, bar)
        if not reports:
            raise _Stop(_t(lang, "Không còn tệp nào đọc được.", "No input could be read."))
        aggregate_meta = load_meta(meta, reports, lang=lang) if meta is not None else None
        result = aggregate(reports, meta=aggregate_meta, lang=lang)
        write_result(result, output)
    except _Stop as exc:
        err.write(f"kl224 aggregate: {exc}\n")
        return EXIT_UNUSABLE
    except LoadError as exc:
        head = _t(lang, f"Không dùng được tệp {meta}:", f"Cannot use {meta}:")
        err.write(f"kl224 aggregate: {head}\n{_indent(exc.format(lang))}\n")
        return EXIT_UNUSABLE
    except (RenderError, OSError) as exc:
        err.write(f"kl224 aggregate: {exc}\n")
        return EXIT_UNUSABLE
    _summary(result, loaded, skipped, output, lang, err)
    return EXIT_SKIPPED if skipped else EXIT_OK


def _summary(
    result: AggregateResult,
    loaded: Sequence[str],
    skipped: Sequence[str],
    output: str,
    lang: Lang,
    err: TextIO,
) -> None:
    for finding in result.findings:
        where = f"{finding.pointer}: " if finding.pointer else ""
        err.write(f"{finding.code} {where}{aggregate_message(finding, lang)}\n")
    err.write(
        _t(
            lang,
            f"Đã tổng hợp {len(loaded)} báo cáo vào {output}.\n",
            f"Rolled {len(loaded)} reports up into {output}.\n",
        )
    )
    if skipped:
        err.write(
            _t(
                lang,
                f"Đã bỏ qua {len(skipped)} tệp không đọc được:\n",
                f"Skipped {len(skipped)} unreadable files:\n",
            )
        )
        for source in skipped:
            err.write(f"  {source}\n")
