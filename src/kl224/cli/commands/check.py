"""``kl224 check``: validate a report and write the result as text or JSON."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Literal, TextIO

from kl224.cli.errors import EXIT_ERRORS, EXIT_OK, EXIT_UNUSABLE
from kl224.messages import Lang, message

if TYPE_CHECKING:
    from kl224.readback import Difference

__all__ = ["run", "run_check"]


def _load_failure(exc: Exception, fmt: str, lang: Lang, out: TextIO) -> None:
    text = exc.format(lang) if hasattr(exc, "format") else str(exc)
    if fmt == "json":
        problems = [
            {"pointer": p.pointer, "code": p.code, "message": p.message(lang)}
            for p in getattr(exc, "problems", ())
        ]
        data = {"ok": False, "error": {"message": text, "problems": problems}}
        out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        out.write(f"{message('cli.check.cannot-read', lang)}:\n{text}\n")


def run_check(
    source: str | None,
    *,
    final: bool,
    fmt: Literal["text", "json"],
    lang: Lang,
    out: TextIO,
) -> int:
    """Load the report at ``source`` (the sample report when None), validate it under the
    final policy when ``final`` else the draft one, and write the result to ``out``.

    Returns 0 when there is no error, 1 when there are errors, 2 when the input cannot be
    loaded (its :class:`~kl224.serialization.LoadError` is written instead).
    """
    from kl224.validation.engine import validate
    from kl224.validation.output import format_text, to_json_data

    if source is None:
        # The embedded sample needs no JSON loading: not importing kl224.serialization (and
        # cattrs) keeps the cold start of a bare `kl224 check` light.
        from kl224.sample import sample_report

        report = sample_report()
        differences: tuple[Difference, ...] = ()
    else:
        from kl224.serialization import LoadError, load_with_warnings

        try:
            loaded = load_with_warnings(source, lang=lang)
        except LoadError as exc:
            _load_failure(exc, fmt, lang, out)
            return EXIT_UNUSABLE
        report, differences = loaded.report, loaded.differences
    result = validate(report, policy="final" if final else "draft", lang=lang)
    if fmt == "json":
        data = to_json_data(result, lang)
        if differences:
            data["edited"] = [
                {"pointer": d.pointer, "data": d.data, "document": d.document,
                 "message": d.message(lang)}
                for d in differences
            ]
        out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        if differences:
            # What changed since rendering comes first: the findings below are about the
            # document as edited.
            out.write(message("cli.check.edited", lang, count=len(differences)) + "\n")
            for difference in differences:
                out.write(f"  {difference.pointer}: {difference.message(lang)}\n")
            out.write("\n")
        out.write(format_text(result, lang))
    return EXIT_OK if result.ok else EXIT_ERRORS


def run(args: argparse.Namespace, lang: Lang) -> int:
    """Check ``args.input`` (the sample when omitted)."""
    return run_check(args.input, final=args.final, fmt=args.fmt, lang=lang, out=sys.stdout)
