"""``kl224 convert-text``: read a file (or standard input) in a legacy encoding, write it as
UTF-8 on standard output (or to ``-o``, never onto the input) and say on standard error what
was converted."""

from __future__ import annotations

import argparse
import sys
from typing import NamedTuple

from kl224.cli.errors import EXIT_OK, EXIT_UNUSABLE
from kl224.cli.output import refuse_output, say, write_output
from kl224.messages import CATALOGUE, Lang, message

__all__ = ["Outcome", "convert_file", "run"]

_OS_ERRORS: tuple[tuple[type[OSError], str], ...] = (
    (FileNotFoundError, "cli.convert.not-found"),
    (IsADirectoryError, "cli.convert.is-a-directory"),
    (PermissionError, "cli.convert.permission-denied"),
)


class Outcome(NamedTuple):
    """What ``kl224 convert-text`` shows: UTF-8 ``text`` on stdout, ``message`` on stderr."""

    text: str
    exit_code: int
    message: str


def convert_file(path: str | None, source: str, lang: Lang = "vi") -> Outcome:
    """Read a file (stdin when ``path`` is ``None`` or ``"-"``) and convert it.

    Exit code 0 on success (the message says what was read, with any notes); 2 when the input
    is unusable: an unknown encoding name, an unreadable file, or text whose encoding
    auto-detection cannot tell (the message says to name it with --from).
    """
    from kl224.text.legacy import (
        ENCODING_NAMES,
        UndetectedEncodingError,
        bytes_view,
        convert,
        parse_encoding,
    )

    try:
        encoding = parse_encoding(source)
    except ValueError:
        return Outcome("", EXIT_UNUSABLE, message("cli.convert.unknown-encoding", lang,
                                                  source=source))
    name = message("cli.convert.stdin", lang) if path in (None, "-") else str(path)
    try:
        if path in (None, "-"):
            data = sys.stdin.buffer.read()
        else:
            with open(str(path), "rb") as stream:
                data = stream.read()
    except OSError as error:
        reason = next(
            (message(key, lang) for kind, key in _OS_ERRORS if isinstance(error, kind)),
            error.strerror or str(error),
        )
        return Outcome("", EXIT_UNUSABLE, message("cli.convert.unreadable", lang, name=name,
                                                  reason=reason))
    try:
        result = convert(bytes_view(data), encoding, lang=lang)
    except UndetectedEncodingError as error:
        why_key = f"cli.convert.{error.detection.reason}"
        why = message(why_key, lang) if why_key in CATALOGUE else error.detection.reason
        return Outcome("", EXIT_UNUSABLE, message("cli.convert.undetected", lang, name=name,
                                                  why=why))
    notes = " ".join(result.notes)
    if result.encoding in ("unicode", "ascii"):
        return Outcome(result.text, EXIT_OK, message("cli.convert.already-unicode", lang,
                                                     name=name, notes=notes))
    how = message("cli.convert.auto" if encoding == "auto" else "cli.convert.requested", lang)
    summary = message(
        "cli.convert.done",
        lang,
        name=name,
        encoding=ENCODING_NAMES[result.encoding],
        how=how,
        notes=f" {notes}" if notes else "",
    )
    return Outcome(result.text, EXIT_OK, summary)


def run(args: argparse.Namespace, lang: Lang) -> int:
    """Convert ``args.file`` from ``args.source`` to standard output or ``args.output``."""
    output = args.output or "-"
    refuse_output(output, args.force, lang, [] if args.file == "-" else [args.file])
    outcome = convert_file(args.file, args.source, lang)
    if outcome.message:
        say(outcome.message)
    if outcome.exit_code == EXIT_OK:
        write_output(outcome.text.encode("utf-8"), output, args.force, lang, [args.file])
        if output != "-":
            say(output)
    return outcome.exit_code
