"""``kl224``'s entry point: parse the command line, run the command, turn every error into a
message in the user's language and an exit code (see :mod:`kl224.cli.errors`)."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import warnings
from collections.abc import Callable, Mapping, Sequence
from typing import Final

from kl224.cli.errors import EXIT_INTERNAL, EXIT_OK, EXIT_UNUSABLE, UsageError
from kl224.cli.output import say
from kl224.cli.parser import argparse_in, build_parser, lang_from_argv
from kl224.messages import Lang, describe_error, lang_of, message

__all__ = ["COMMANDS", "main"]

COMMANDS: Final[Mapping[str, str]] = {
    "demo": "kl224.cli.commands.demo:run",
    "render": "kl224.cli.commands.render:run",
    "check": "kl224.cli.commands.check:run",
    "template": "kl224.cli.commands.template:run",
    "aggregate": "kl224.cli.commands.aggregate:run",
    "merge": "kl224.cli.commands.merge:run",
    "schema": "kl224.cli.commands.info:run_schema",
    "renderers": "kl224.cli.commands.info:run_renderers",
    "convert-text": "kl224.cli.commands.convert:run",
}
"""Each command's function, ``module:name``, imported only when that command runs."""


def _command(name: str) -> Callable[[argparse.Namespace, Lang], int]:
    module, _, function = COMMANDS[name].partition(":")
    run: Callable[[argparse.Namespace, Lang], int] = getattr(
        importlib.import_module(module), function
    )
    return run


def _error_message(exc: BaseException, lang: Lang) -> tuple[str, int]:
    from kl224.renderers import RenderError, UnknownRendererError
    from kl224.serialization import LoadError

    if isinstance(exc, LoadError):
        return exc.format(lang), EXIT_UNUSABLE
    text = describe_error(exc, lang)
    if isinstance(exc, UnknownRendererError | UsageError | RenderError | OSError):
        return f"kl224: {text}", EXIT_UNUSABLE
    return f"kl224: {text}", EXIT_INTERNAL


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    import kl224

    arguments = sys.argv[1:] if argv is None else list(argv)
    with argparse_in(lang_from_argv(arguments)):
        parser = build_parser(kl224.__version__, lang_from_argv(arguments))
        args = parser.parse_args(arguments)
        lang = lang_of(args.lang)
        if args.command is None:
            parser.print_help(sys.stderr)
            say(message("cli.no-command", lang))
            return EXIT_UNUSABLE
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            code = _command(args.command)(args, lang)
        except KeyboardInterrupt:
            code = 130
        except BrokenPipeError:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            code = EXIT_OK
        except Exception as exc:
            text, code = _error_message(exc, lang)
            say(text)
    _show_warnings(caught, lang)
    return code


def _show_warnings(caught: Sequence[warnings.WarningMessage], lang: Lang) -> None:
    """Each warning once, as one line in ``lang`` — never Python's file:line form. Warnings
    meant for developers (deprecations and the like) are left out."""
    seen: set[str] = set()
    for record in caught:
        if not issubclass(record.category, UserWarning):
            continue
        warning = record.message
        translate = getattr(warning, "message_in", None)
        text = str(translate(lang)) if callable(translate) else str(warning)
        if text not in seen:
            seen.add(text)
            say(message("cli.warning", lang, text=text))


if __name__ == "__main__":
    raise SystemExit(main())
