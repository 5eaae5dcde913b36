"""``kl224 demo``: an embedded sample written as JSON, text, DOCX and PDF.

``--sample district`` (the default) writes ``sample.*``, the report of a district committee of
2024; ``--sample commune`` writes ``sample-commune.*``, that of a commune committee of 2025.

The folder keeps a small manifest (``.kl224-demo.json``) of the SHA-256 of every file the
command wrote. Run again, it refreshes only files that still hold what it wrote: a file the
user changed (or one it did not write) is kept, with a message saying so.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Final

from kl224.cli.errors import EXIT_OK, UsageError
from kl224.cli.output import say
from kl224.messages import Lang, message

if TYPE_CHECKING:
    from kl224.sample import SampleName

__all__ = ["MANIFEST", "run"]

MANIFEST: Final = ".kl224-demo.json"


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _read_manifest(folder: Path) -> dict[str, str]:
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        files = data["files"]
    except (OSError, ValueError, KeyError, TypeError):
        return {}
    if not isinstance(files, dict):
        return {}
    return {str(k): str(v) for k, v in files.items()}


def _outputs(sample: SampleName) -> Iterator[tuple[str, bytes]]:
    import kl224
    from kl224.document import build_document
    from kl224.renderers import get_renderer, render
    from kl224.serialization import dumps

    report = kl224.sample_report(sample)
    stem = "sample" if sample == "district" else f"sample-{sample}"
    yield f"{stem}.json", dumps(report).encode("utf-8")
    document = build_document(report)
    for name in ("text", "docx", "pdf"):
        renderer = get_renderer(name)()
        yield f"{stem}{renderer.suffixes[0]}", render(document, renderer)


def _unchanged(path: Path, recorded: str | None) -> bool:
    """Whether ``path`` is missing or still holds exactly what the demo wrote there."""
    if not path.exists() and not path.is_symlink():
        return True
    if recorded is None or not path.is_file():
        return False
    return _digest(path.read_bytes()) == recorded


def run(args: argparse.Namespace, lang: Lang) -> int:
    """Write the sample into ``args.output_dir``, keeping files the user changed."""
    from kl224.files import atomic_write

    out = Path(args.output_dir)
    if out.exists() and not out.is_dir():
        raise UsageError(message("cli.demo.not-a-folder", lang, path=str(out)))
    out.mkdir(parents=True, exist_ok=True)
    manifest = _read_manifest(out)
    kept: list[Path] = []
    for name, data in _outputs(getattr(args, "sample", "district")):
        path = out / name
        if not _unchanged(path, manifest.get(name)):
            kept.append(path)
            continue
        atomic_write(path, data)
        manifest[name] = _digest(data)
        say(message("cli.written", lang, path=str(path), size=len(data)))
    body = json.dumps({"files": manifest}, indent=2, sort_keys=True) + "\n"
    atomic_write(out / MANIFEST, body.encode("utf-8"))
    for path in kept:
        say(message("cli.demo.kept", lang, path=str(path)))
    return EXIT_OK
