"""``kl224 schema`` and ``kl224 renderers``: what kl224 reads and writes."""

from __future__ import annotations

import argparse
import json

from kl224.cli.errors import EXIT_OK
from kl224.cli.output import show
from kl224.messages import Lang

__all__ = ["run_renderers", "run_schema"]


def run_schema(args: argparse.Namespace, lang: Lang) -> int:
    """Print the JSON Schema of the report."""
    from kl224.serialization import json_schema

    show(json.dumps(json_schema(), ensure_ascii=False, indent=2))
    return EXIT_OK


def run_renderers(args: argparse.Namespace, lang: Lang) -> int:
    """List every renderer: name, suffixes, media type, origin."""
    from kl224.renderers import available

    for info in available().values():
        origin = "built-in" if info.builtin else f"plugin {info.distribution}".strip()
        suffixes = " ".join(info.suffixes) or "?"
        show(f"{info.name:<10} {suffixes:<10} {info.media_type or '?':<40} {origin}")
    return EXIT_OK
