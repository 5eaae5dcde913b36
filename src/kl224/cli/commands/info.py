"""``kl224 schema`` and ``kl224 renderers``: what kl224 reads and writes."""

from __future__ import annotations

import argparse
import contextlib
import json
import warnings

from kl224.cli.errors import EXIT_OK
from kl224.cli.output import show
from kl224.messages import Lang, message

__all__ = ["run_renderers", "run_schema"]


def run_schema(args: argparse.Namespace, lang: Lang) -> int:
    """Print the JSON Schema of the report."""
    from kl224.serialization import json_schema

    show(json.dumps(json_schema(), ensure_ascii=False, indent=2))
    return EXIT_OK


def run_renderers(args: argparse.Namespace, lang: Lang) -> int:
    """List every renderer — name, suffixes, media type, origin — after loading each plugin,
    so its suffixes and media type are known and a broken one is flagged; then the plugin entry
    points ignored because their name is taken."""
    from kl224.renderers import UnknownRendererError, available, clashes, get_renderer

    # Listed below, so not repeated as warnings.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for name, info in available().items():
            if not info.builtin:
                # A plugin that fails: available() now carries the reason.
                with contextlib.suppress(UnknownRendererError):
                    get_renderer(name)
        infos = available()
        ignored = clashes()
    rows = []
    for info in infos.values():
        if info.builtin:
            origin = message("cli.renderers.builtin", lang)
        else:
            origin = message("cli.renderers.plugin", lang, distribution=info.distribution or "?")
        if info.error:
            origin += " — " + message("cli.renderers.broken", lang, reason=info.error)
        rows.append((info.name, " ".join(info.suffixes) or "—", info.media_type or "—", origin))
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row[:3], widths, strict=True)]
        show("  ".join([*cells, row[3]]))
    if ignored:
        show("")
        show(message("cli.renderers.ignored", lang))
        for clash in ignored:
            show(f"  {clash.message_in(lang)}")
    return EXIT_OK
