"""``kl224 render``: one report to a file or standard output, or many reports in parallel."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kl224.cli.errors import EXIT_ERRORS, EXIT_OK, EXIT_UNUSABLE, UsageError
from kl224.cli.output import refuse_output, say, write_output
from kl224.messages import Lang, message

__all__ = ["renderer_for", "run"]


def renderer_for(
    fmt: str | None, output: str | None, reference_doc: str | None = None, lang: Lang = "vi"
) -> Any:
    """The renderer named ``fmt``, else the one for ``output``'s suffix, else text.

    ``reference_doc`` (``--reference-doc``) gives the DOCX renderer an office's own Word file;
    it is read here, before anything is loaded or written, and a file that is not a readable
    DOCX, or a format other than DOCX, stops the command (exit 2).
    """
    from kl224.renderers import get_renderer, get_renderer_for_path

    if fmt:
        cls = get_renderer(fmt)
    elif output and output != "-":
        cls = get_renderer_for_path(output)
    else:
        cls = get_renderer("text")
    if reference_doc is None:
        return cls()
    from kl224.renderers.docx import DocxRenderer, ReferenceDocumentError

    if not issubclass(cls, DocxRenderer):
        raise UsageError(message("renderers.reference-doc-only-docx", lang, name=cls.name))
    try:
        return cls(reference_doc=reference_doc)
    except ReferenceDocumentError as error:
        raise UsageError(error.message_in(lang)) from error


_SHOWN_ERRORS = 5


def has_errors(report: Any, source: str, args: argparse.Namespace, lang: Lang) -> bool:
    """Validate ``report`` (under the final policy with ``--final``) and, when it has errors,
    say so on standard error with the first few: a warning, or the refusal with ``--strict``."""
    from kl224.validation import validate

    result = validate(report, policy="final" if args.final else "draft", lang=lang)
    if result.ok:
        return False
    key = "cli.render.refused" if args.strict else "cli.render.has-errors"
    say(message(key, lang, source=source, count=len(result.errors)))
    for finding in result.errors[:_SHOWN_ERRORS]:
        say(f"  {finding.pointer or '/'}: {finding.message}")
    if len(result.errors) > _SHOWN_ERRORS:
        say("  …")
    return True


def _with_errors(args: argparse.Namespace, lang: Lang) -> list[str]:
    """The inputs that load but have errors (each one said on standard error)."""
    from kl224.serialization import LoadError, load

    found = []
    for source in args.inputs:
        try:
            report = load(source, lang=lang)
        except LoadError:
            continue  # the render reports it
        if has_errors(report, source, args, lang):
            found.append(source)
    return found


def run(args: argparse.Namespace, lang: Lang) -> int:
    """Render ``args.inputs``. A report with errors is written with a warning on standard error,
    or not at all with ``--strict`` (exit 1)."""
    from kl224.renderers import render
    from kl224.serialization import load_with_warnings

    if args.output is not None:
        if len(args.inputs) > 1:
            raise UsageError(message("cli.one-input-for-o", lang))
        inputs = [*args.inputs, *([args.reference_doc] if args.reference_doc else [])]
        refuse_output(args.output, args.force, lang, inputs)
        renderer = renderer_for(args.fmt, args.output, args.reference_doc, lang)
        loaded = load_with_warnings(args.inputs[0], lang=lang)
        if loaded.edited:
            say(message("readback.summary", lang, file=args.inputs[0],
                        count=len(loaded.differences)))
        if has_errors(loaded.report, args.inputs[0], args, lang) and args.strict:
            return EXIT_ERRORS
        write_output(render(loaded.report, renderer), args.output, args.force, lang, inputs)
        if args.output != "-":
            say(args.output)
        return EXIT_OK
    from kl224.batch import render_many
    from kl224.cli.progress import Progress

    fmt = renderer_for(args.fmt, None, args.reference_doc, lang)
    if args.reference_doc is None:
        fmt = fmt.name
    if args.output_dir is not None and not Path(args.output_dir).is_dir():
        raise UsageError(message("cli.no-folder", lang, folder=args.output_dir))
    with_errors = _with_errors(args, lang)
    refused = set(with_errors) if args.strict else set()
    inputs = [source for source in args.inputs if source not in refused]
    bar = Progress(len(inputs), enabled=True if args.progress else None)
    results = render_many(
        inputs,
        fmt,
        directory=args.output_dir,
        force=args.force,
        jobs=args.jobs,
        lang=lang,
        on_result=lambda result: bar.advance(result.source),
        keep=[args.reference_doc] if args.reference_doc else [],
    )
    failed = [r for r in results if r.error]
    for result in results:
        if not result.error:
            say(result.output)
    for result in failed:
        say(message("cli.render-failed", lang, source=result.source, reason=result.error))
    if failed:
        return EXIT_UNUSABLE
    return EXIT_ERRORS if refused else EXIT_OK
