"""``kl224 render``: one report to a file or standard output, or many reports in parallel."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kl224.cli.errors import EXIT_OK, EXIT_UNUSABLE, UsageError
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


def run(args: argparse.Namespace, lang: Lang) -> int:
    """Render ``args.inputs``."""
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
    bar = Progress(len(args.inputs), enabled=True if args.progress else None)
    results = render_many(
        args.inputs,
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
    return EXIT_UNUSABLE if failed else EXIT_OK
