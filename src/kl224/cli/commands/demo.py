"""``kl224 demo``: an embedded sample written as JSON, text, DOCX and PDF.

``--sample district`` (the default) writes ``sample.*``, the report of a district committee of
2024; ``--sample commune`` writes ``sample-commune.*``, that of a commune committee of 2025.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kl224.cli.errors import EXIT_OK
from kl224.cli.output import say
from kl224.messages import Lang, message

__all__ = ["run"]


def run(args: argparse.Namespace, lang: Lang) -> int:
    """Write the sample into ``args.output_dir``."""
    import kl224
    from kl224._io import atomic_write
    from kl224.document import build_document
    from kl224.renderers import get_renderer, render
    from kl224.serialization import dumps

    out = Path(args.output_dir)
    out.mkdir(parents=True, exist_ok=True)
    sample = getattr(args, "sample", "district")
    report = kl224.sample_report(sample)
    document = build_document(report)
    stem = "sample" if sample == "district" else f"sample-{sample}"
    written = [out / f"{stem}.json"]
    atomic_write(written[0], dumps(report).encode("utf-8"))
    for name in ("text", "docx", "pdf"):
        renderer = get_renderer(name)()
        path = out / f"{stem}{renderer.suffixes[0]}"
        render(document, renderer, path)
        written.append(path)
    for path in written:
        say(message("cli.written", lang, path=str(path), size=path.stat().st_size))
    return EXIT_OK
