"""Every command of ``kl224``, its options and their help texts (argparse), in the user's
language.

To add an option: add it to the command's sub-parser in :func:`build_parser` with
``help=_h("help.<command>.<option>")`` and put that text in :mod:`kl224.messages.cli`; the
command's module in :mod:`kl224.cli.commands` reads it from ``args``.

argparse writes its own words (``usage:``, ``the following arguments are required``, ``invalid
choice`` …) through :func:`gettext.gettext`, looked up as the module global ``argparse._`` at
the moment each message is made — that is argparse's translation hook. :func:`argparse_in`
points it at the catalogue (``argparse.*`` keys) while the command line is parsed, then puts
it back; the English templates are argparse's own messages with plain quotes.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import Final, NoReturn

from kl224.cli.errors import EXIT_UNUSABLE
from kl224.messages import CATALOGUE, Lang, lang_of, message

__all__ = ["ENCODINGS", "Parser", "argparse_in", "build_parser", "lang_from_argv"]

ENCODINGS: Final = ("auto", "tcvn3", "abc", "tcvn3-caps", "vni", "viqr")

# argparse's message ids (Python 3.11–3.13) and their keys in the catalogue.
_ARGPARSE: Final[dict[str, str]] = {
    "usage: ": "argparse.usage",
    "positional arguments": "argparse.positionals",
    "options": "argparse.options",
    "show this help message and exit": "argparse.help",
    "argument %(argument_name)s: %(message)s": "argparse.argument",
    "unrecognized arguments: %s": "argparse.unrecognized",
    "the following arguments are required: %s": "argparse.required",
    "expected one argument": "argparse.expected-one",
    "expected at most one argument": "argparse.expected-at-most-one",
    "expected at least one argument": "argparse.expected-at-least-one",
    "expected %s argument": "argparse.expected-n",
    "expected %s arguments": "argparse.expected-n",
    "invalid choice: %(value)r (choose from %(choices)s)": "argparse.invalid-choice",
    "invalid %(type)s value: %(value)r": "argparse.invalid-value",
    "ambiguous option: %(option)s could match %(matches)s": "argparse.ambiguous",
    "not allowed with argument %s": "argparse.not-allowed-with",
    "ignored explicit argument %r": "argparse.ignored-argument",
    "one of the arguments %s is required": "argparse.one-required",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "argparse.unknown-parser",
    "%(prog)s: error: %(message)s\n": "argparse.error",
}


def _translator(lang: Lang) -> tuple[object, object]:
    def gettext(msgid: str) -> str:
        key = _ARGPARSE.get(msgid)
        return CATALOGUE[key].template(lang) if key is not None else msgid

    def ngettext(singular: str, plural: str, n: int) -> str:
        return gettext(singular if n == 1 else plural)

    return gettext, ngettext


@contextlib.contextmanager
def argparse_in(lang: Lang) -> Iterator[None]:
    """argparse's own messages in ``lang`` for the duration of the block."""
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = _translator(lang)  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


def lang_from_argv(argv: Sequence[str]) -> Lang:
    """The language asked for by ``--lang`` anywhere on the command line (before ``--``),
    read before parsing so that parsing itself speaks it; Vietnamese by default."""
    for index, token in enumerate(argv):
        if token == "--":
            break
        name, equals, value = token.partition("=")
        # argparse accepts any unambiguous prefix of a long option: --la en.
        if len(name) < 3 or not "--lang".startswith(name):
            continue
        if not equals:
            value = argv[index + 1] if index + 1 < len(argv) else ""
        return lang_of(value)
    return "vi"


def _count(lang: Lang) -> Callable[[str], int]:
    def count(text: str) -> int:
        if not text.strip().isdigit() or int(text) < 1:
            raise argparse.ArgumentTypeError(message("cli.not-a-count", lang, value=text))
        return int(text)

    return count


class Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors exit 2 (an unusable command line) with a hint
    to ``--help``, in the language of :func:`argparse_in`."""

    lang: Lang = "vi"

    def error(self, message_text: str) -> NoReturn:
        self.print_usage(sys.stderr)
        hint = message("cli.see-help", self.lang, prog=self.prog)
        self.exit(EXIT_UNUSABLE, f"{self.prog}: {message_text}\n{hint}\n")


def build_parser(version: str, lang: Lang = "vi") -> argparse.ArgumentParser:
    """The parser of the whole command line, its help texts in ``lang``.

    Call it, and use the parser, inside :func:`argparse_in` for argparse's own words.
    """

    def _h(key: str) -> str:
        # argparse %-formats help strings: a literal % must be doubled.
        return message(key, lang).replace("%", "%%")

    class _LangParser(Parser):
        pass

    _LangParser.lang = lang
    parser = _LangParser(prog="kl224", description=_h("help.description"))
    parser.add_argument(
        "--version", action="version", version=f"kl224 {version}", help=_h("help.version")
    )
    parser.add_argument("--lang", choices=("vi", "en"), default="vi", help=_h("help.lang"))
    # --lang is accepted before or after the command name.
    common = _LangParser(add_help=False)
    common.add_argument(
        "--lang", choices=("vi", "en"), default=argparse.SUPPRESS, help=_h("help.lang")
    )
    sub = parser.add_subparsers(
        dest="command", metavar=_h("help.command-metavar"), parser_class=_LangParser,
        title=_h("help.commands"),
    )

    def reference_doc(command: argparse.ArgumentParser) -> None:
        command.add_argument("--reference-doc", metavar="DOCX", help=_h("help.reference-doc"))

    def command(name: str) -> argparse.ArgumentParser:
        text = _h(f"help.{name}")
        created: argparse.ArgumentParser = sub.add_parser(
            name, parents=[common], help=text, description=text
        )
        return created

    demo = command("demo")
    demo.add_argument("-o", "--output-dir", default="kl224-demo", metavar=_h("help.folder-metavar"),
                      help=_h("help.demo.output-dir"))
    demo.add_argument("--sample", choices=("district", "commune"), default="district",
                      help=_h("help.demo.sample"))

    render = command("render")
    render.add_argument("inputs", nargs="+", metavar=_h("help.input-metavar"),
                        help=_h("help.render.inputs"))
    render.add_argument("-f", "--format", dest="fmt", metavar=_h("help.format-metavar"),
                        help=_h("help.render.format"))
    render.add_argument("-o", "--output", metavar=_h("help.output-metavar"),
                        help=_h("help.render.output"))
    render.add_argument("-d", "--output-dir", metavar=_h("help.folder-metavar"),
                        help=_h("help.render.output-dir"))
    render.add_argument("--force", action="store_true", help=_h("help.force"))
    render.add_argument("-j", "--jobs", type=_count(lang), metavar="N",
                        help=_h("help.render.jobs"))
    render.add_argument("--progress", action="store_true", help=_h("help.progress"))
    render.add_argument("--strict", action="store_true", help=_h("help.render.strict"))
    render.add_argument("--final", action="store_true", help=_h("help.render.final"))
    reference_doc(render)

    check = command("check")
    check.add_argument("input", nargs="?", metavar=_h("help.input-metavar"),
                       help=_h("help.check.input"))
    check.add_argument("--final", action="store_true", help=_h("help.check.final"))
    check.add_argument("--format", dest="fmt", choices=("text", "json"), default="text",
                       help=_h("help.check.format"))

    template = command("template")
    template.add_argument("-f", "--format", dest="fmt", metavar=_h("help.format-metavar"),
                          help=_h("help.template.format"))
    template.add_argument("-o", "--output", metavar=_h("help.output-metavar"),
                          help=_h("help.render.output"))
    template.add_argument("--force", action="store_true", help=_h("help.force"))
    reference_doc(template)

    roll = command("aggregate")
    roll.add_argument("inputs", nargs="+", metavar=_h("help.input-metavar"),
                      help=_h("help.aggregate.inputs"))
    roll.add_argument("-o", "--output", required=True, metavar=_h("help.output-metavar"),
                      help=_h("help.aggregate.output"))
    roll.add_argument("--meta", metavar=_h("help.json-metavar"), help=_h("help.aggregate.meta"))
    roll.add_argument("--keep-going", action="store_true", help=_h("help.aggregate.keep-going"))
    roll.add_argument("--force", action="store_true", help=_h("help.force"))
    roll.add_argument("--progress", action="store_true", help=_h("help.progress"))
    roll.add_argument("--order", choices=("alphabetical", "input"), default="alphabetical",
                      help=_h("help.aggregate.order"))
    reference_doc(roll)

    merge = command("merge")
    merge.add_argument("report", metavar=_h("help.merge.report-metavar"),
                       help=_h("help.merge.report"))
    merge.add_argument("workbook", metavar=_h("help.merge.workbook-metavar"),
                       help=_h("help.merge.workbook"))
    merge.add_argument("-o", "--output", required=True, metavar=_h("help.output-metavar"),
                       help=_h("help.merge.output"))
    merge.add_argument("--meta", action="store_true", help=_h("help.merge.meta"))
    merge.add_argument("--force", action="store_true", help=_h("help.force"))

    command("schema")
    command("renderers")

    convert = command("convert-text")
    convert.add_argument("file", metavar=_h("help.file-metavar"), help=_h("help.convert.file"))
    convert.add_argument("--from", dest="source", default="auto", choices=ENCODINGS,
                         help=_h("help.convert.from"))
    convert.add_argument("-o", "--output", metavar=_h("help.output-metavar"),
                         help=_h("help.convert.output"))
    convert.add_argument("--force", action="store_true", help=_h("help.force"))
    return parser
