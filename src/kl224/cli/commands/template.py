"""``kl224 template``: the blank outline in any format, or a blank report as JSON to fill in."""

from __future__ import annotations

import argparse

from kl224.cli.commands.render import renderer_for
from kl224.cli.errors import EXIT_OK
from kl224.cli.output import say, write_output
from kl224.messages import Lang

__all__ = ["run"]


def run(args: argparse.Namespace, lang: Lang) -> int:
    """Write the blank outline to ``args.output`` (standard output for text by default); with
    ``-f json`` (or an ``-o`` ending in ``.json``) a blank report holding every key of the model,
    to fill in and check with ``kl224 check`` (the JSON renderer's output for the outline)."""
    from kl224.document import outline_document
    from kl224.renderers import render

    renderer = renderer_for(args.fmt, args.output, args.reference_doc, lang)
    data = render(outline_document(), renderer)
    output = args.output
    if output is None:
        output = ("-" if renderer.name == "text"
                  else "bao-cao-kl224.json" if renderer.name == "json"
                  else f"de-cuong-kl224{renderer.suffixes[0]}")
    write_output(data, output, args.force, lang, [args.reference_doc] if args.reference_doc else [])
    if output != "-":
        say(output)
    return EXIT_OK
