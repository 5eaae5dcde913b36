"""``kl224 aggregate``: roll several reports up into one, with messages on standard error.

Exit codes: 0 the aggregate was written; 1 it was written but some inputs were skipped
(``keep_going``); 2 nothing was written (an unreadable input without ``keep_going``, no input
left, an unusable metadata file, an existing output without ``force``, an unknown output
format, or a render failure).
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Final, TextIO

from kl224.cli.errors import EXIT_ERRORS, EXIT_OK, EXIT_UNUSABLE
from kl224.cli.progress import Progress
from kl224.files import output_refusal
from kl224.messages import Lang, describe_error, message
from kl224.model.report import Report
from kl224.rollup.compendium import grouped_findings, place_of
from kl224.rollup.core import AggregateResult, Order, aggregate
from kl224.rollup.files import load_meta, write_result
from kl224.rollup.findings import aggregate_message

__all__ = ["run", "run_aggregate"]

EXIT_SKIPPED: Final = EXIT_ERRORS
_PROGRESS_FROM: Final = 5


class _Stop(Exception):
    """The command cannot go on; the message says why."""


def _load_inputs(
    inputs: Sequence[str], keep_going: bool, lang: Lang, err: TextIO, bar: Progress
) -> tuple[list[Report], list[str], list[str]]:
    from kl224.serialization import LoadError, load_with_warnings

    reports: list[Report] = []
    loaded: list[str] = []
    skipped: list[str] = []
    edited: list[str] = []
    for source in inputs:
        try:
            result = load_with_warnings(source, lang=lang)
            reports.append(result.report)
            loaded.append(source)
            if result.edited:
                # The document's values are used; the province is told whose file changed.
                edited.append(message(
                    "cli.aggregate.edited", lang, unit=result.report.meta.issuing_body,
                    source=source, count=len(result.differences),
                ))
        except LoadError as exc:
            if bar.enabled:
                err.write("\n")
            head = message("cli.aggregate.cannot-read", lang, source=source)
            err.write(f"{head}\n{_indent(exc.format(lang))}\n")
            if not keep_going:
                raise _Stop(message("cli.aggregate.stopped", lang)) from None
            skipped.append(source)
        bar.advance(source)
    if edited:
        if bar.enabled:
            err.write("\n")
        err.write("".join(f"{line}\n" for line in edited))
    return reports, loaded, skipped


def _indent(text: str) -> str:
    return "\n".join(f"  {line}" for line in text.splitlines())


def _check_output(output: str, force: bool, lang: Lang, inputs: Sequence[str]) -> None:
    refusal = output_refusal(output, force=force, lang=lang, inputs=inputs)
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
                message("cli.aggregate.unknown-suffix", lang, output=output, known=known)
            ) from None


def run_aggregate(
    inputs: Sequence[str],
    output: str,
    *,
    meta: str | None = None,
    keep_going: bool = False,
    force: bool = False,
    lang: Lang = "vi",
    progress: bool = False,
    order: Order = "alphabetical",
    reference_doc: str | None = None,
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
    ``order`` puts the units in Vietnamese alphabetical order of their names (the default)
    or keeps the order of ``inputs``. The roll-up's findings are written grouped by severity
    and code, each with the item it concerns.
    ``reference_doc`` gives a DOCX output an office's own Word file (``--reference-doc``).
    """
    from kl224.renderers import RenderError
    from kl224.serialization import LoadError

    try:
        if not inputs:
            raise _Stop(message("cli.aggregate.no-input", lang))
        sources = [*inputs, *(p for p in (meta, reference_doc) if p)]
        _check_output(output, force, lang, sources)
        renderer = None
        if reference_doc is not None:
            from kl224.cli.commands.render import renderer_for
            from kl224.cli.errors import UsageError

            try:
                renderer = renderer_for(None, output, reference_doc, lang)
            except UsageError as exc:
                raise _Stop(str(exc)) from exc
        show = progress or (len(inputs) >= _PROGRESS_FROM and err.isatty())
        bar = Progress(len(inputs), stream=err, enabled=show)
        reports, loaded, skipped = _load_inputs(inputs, keep_going, lang, err, bar)
        if not reports:
            raise _Stop(message("cli.aggregate.none-readable", lang))
        aggregate_meta = load_meta(meta, reports, lang=lang) if meta is not None else None
        result = aggregate(reports, meta=aggregate_meta, order=order, lang=lang)
        write_result(result, output, renderer)
    except _Stop as exc:
        err.write(f"kl224 aggregate: {exc}\n")
        return EXIT_UNUSABLE
    except LoadError as exc:
        head = message("cli.aggregate.bad-meta", lang, meta=str(meta))
        err.write(f"kl224 aggregate: {head}\n{_indent(exc.format(lang))}\n")
        return EXIT_UNUSABLE
    except (RenderError, OSError) as exc:
        err.write(f"kl224 aggregate: {describe_error(exc, lang)}\n")
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
    for severity, groups in itertools.groupby(
        grouped_findings(result.findings), key=lambda g: g.severity
    ):
        mine = list(groups)
        total = sum(len(g.findings) for g in mine)
        name = message(f"cli.aggregate.{severity.value}", lang)
        err.write(message("cli.aggregate.severity", lang, severity=name, count=total) + "\n")
        for group in mine:
            err.write(
                "  "
                + message("cli.aggregate.code", lang, code=group.code, count=len(group.findings))
                + "\n"
            )
            for finding in group.findings:
                where = place_of(finding.pointer, lang)
                if finding.pointer:
                    where += f" ({finding.pointer})"
                err.write(f"    {where}: {aggregate_message(finding, lang)}\n")
    err.write(message("cli.aggregate.done", lang, count=len(loaded), output=output) + "\n")
    if skipped:
        err.write(message("cli.aggregate.skipped", lang, count=len(skipped)) + "\n")
        for source in skipped:
            err.write(f"  {source}\n")


def run(args: argparse.Namespace, lang: Lang) -> int:
    """Roll ``args.inputs`` up into ``args.output``."""
    return run_aggregate(
        args.inputs,
        args.output,
        meta=args.meta,
        keep_going=args.keep_going,
        force=args.force,
        lang=lang,
        progress=args.progress,
        order=getattr(args, "order", "alphabetical"),
        reference_doc=args.reference_doc,
        err=sys.stderr,
    )
