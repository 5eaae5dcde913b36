"""``kl224 merge``: the figures typed into a workbook, set into a report, written anew."""

from __future__ import annotations

import argparse
from pathlib import Path

from kl224.cli.commands.render import renderer_for
from kl224.cli.errors import EXIT_OK, UsageError
from kl224.cli.output import say, write_output
from kl224.messages import Lang, message

__all__ = ["run"]


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and a.samefile(b))
    except OSError:
        return False


def run(args: argparse.Namespace, lang: Lang) -> int:
    """Load ``args.report``, merge the figures of ``args.workbook`` into it
    (:func:`kl224.merge_figures`) and write the result to ``args.output``: JSON for ``.json``
    or ``-``, else the format its suffix names. Never over either input, and over another
    existing file only with ``--force``."""
    from kl224.renderers import render
    from kl224.renderers.xlsx import merge_figures
    from kl224.serialization import dumps, load

    if args.output != "-":
        for source in (args.report, args.workbook):
            if _same_file(Path(args.output), Path(source)):
                raise UsageError(message("cli.merge.output-is-input", lang, path=args.output))
    report = load(args.report, lang=lang)
    merged = merge_figures(report, args.workbook, meta=args.meta, lang=lang)
    if args.output == "-" or Path(args.output).suffix.lower() == ".json":
        data = dumps(merged).encode("utf-8")
    else:
        data = render(merged, renderer_for(None, args.output))
    write_output(data, args.output, args.force, lang)
    if args.output != "-":
        say(message("cli.merge.written", lang, path=args.output, workbook=args.workbook))
    return EXIT_OK
