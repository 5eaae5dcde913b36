"""What the command line writes: messages on standard error, results on standard output, and
files (never a half-written one: :func:`kl224.atomic_write` underneath)."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from kl224.cli.errors import UsageError
from kl224.messages import Lang

__all__ = ["refuse_output", "say", "show", "write_bytes", "write_output"]


def say(text: str) -> None:
    """One message line (or several) on standard error."""
    print(text, file=sys.stderr)


def show(text: str) -> None:
    """A result on standard output (a report, a schema, a list)."""
    print(text)


def write_bytes(data: bytes) -> None:
    """Bytes on standard output (a rendered document with ``-o -``)."""
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()


def refuse_output(
    output: str, force: bool, lang: Lang, inputs: Sequence[str] = ()
) -> None:
    """Raise :class:`UsageError` when ``output`` must not be written: it is one of ``inputs``
    or a folder (even with ``force``), it exists (without ``force``), or its folder is missing.
    ``-`` (standard output) is always fine."""
    if output == "-":
        return
    from kl224.files import output_refusal

    refusal = output_refusal(output, force=force, lang=lang, inputs=inputs)
    if refusal is not None:
        raise UsageError(refusal)


def write_output(
    data: bytes, output: str, force: bool, lang: Lang, inputs: Sequence[str] = ()
) -> None:
    """Write ``data`` to ``output`` (``-`` is standard output) atomically, after
    :func:`refuse_output`."""
    if output == "-":
        write_bytes(data)
        return
    from kl224.files import atomic_write

    refuse_output(output, force, lang, inputs)
    atomic_write(Path(output), data)
