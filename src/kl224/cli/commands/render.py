"""``kl224 render``: one report to a file or standard output, or many reports in parallel."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kl224.cli.errors import EXIT_OK, EXIT_UNUSABLE, UsageError
from kl224.cli.output import refuse_output, say, write_output
from kl224.messages import Lang, message

__all__ = ["renderer_for", "run"]


def renderer_for(fmt: str | None, output: str | None) -> Any:
    """The renderer named ``fmt``, else the one for ``output``'s suffix, else text."""
    from kl224.renderers import get_renderer, get_renderer_for_path

    if fmt:
        return get_renderer(fmt)()
    if output and output != "-":
        return get_renderer_for_path(output)()
    return get_renderer("text")()


def run(args: argparse.Namespace, lang: Lang) -> int:
    """Render ``args.inputs``."""
    from kl224.renderers import render
    from kl224.serialization import load

    if args.output is not None:
        if len(args.inputs) > 1:
            raise UsageError(message("cli.one-input-for-o", lang))
        refuse_output(args.output, args.force, lang, args.inputs)
        renderer = renderer_for(args.fmt, args.output)
        report = load(args.inputs[0], lang=lang)
        write_output(render(report, renderer), args.output, args.force, lang, args.inputs)
        if args.output != "-":
            say(args.output)
        return EXIT_OK
    from kl224.batch import render_many
    from kl224.cli.progress import Progress

    fmt = renderer_for(args.fmt, None).name
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
    )
    failed = [r for r in results if r.error]
    for result in results:
        if not result.error:
            say(result.output)
    for result in failed:
        say(message("cli.render-failed", lang, source=result.source, reason=result.error))
    return EXIT_UNUSABLE if failed else EXIT_OK
