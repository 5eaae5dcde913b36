"""Every command of ``kl224``, its options and their help texts (argparse).

To add an option: add it to the command's sub-parser in :func:`build_parser`; the command's
module in :mod:`kl224.cli.commands` reads it from ``args``.
"""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn

from kl224.cli.errors import EXIT_UNUSABLE

__all__ = ["ENCODINGS", "Parser", "build_parser"]

ENCODINGS = ("auto", "tcvn3", "abc", "tcvn3-caps", "vni", "viqr")


class Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors exit 2 (an unusable command line)."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_UNUSABLE, f"{self.prog}: {message}\n")


def build_parser(version: str) -> argparse.ArgumentParser:
    """The parser of the whole command line."""
    parser = Parser(
        prog="kl224",
        description=(
            "Báo cáo kết quả thực hiện Kết luận số 224-KL/TU: kiểm tra và xuất DOCX, PDF, văn bản. "
            "(Reports on Conclusion 224-KL/TU: check them and write DOCX, PDF and text.)"
        ),
    )
    parser.add_argument("--version", action="version", version=f"kl224 {version}")
    parser.add_argument(
        "--lang", choices=("vi", "en"), default="vi", help="ngôn ngữ thông báo / message language"
    )
    # --lang is accepted before or after the command name.
    common = Parser(add_help=False)
    common.add_argument("--lang", choices=("vi", "en"), default=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    demo = sub.add_parser(
        "demo", parents=[common], help="write the embedded sample as JSON, text, DOCX and PDF"
    )
    demo.add_argument(
        "-o", "--output-dir", default="kl224-demo", help="folder (default: kl224-demo)"
    )

    render = sub.add_parser(
        "render", parents=[common], help="render a report (JSON, or a DOCX/PDF made by kl224)"
    )
    render.add_argument("inputs", nargs="+", metavar="INPUT")
    render.add_argument("-f", "--format", dest="fmt", help="renderer name (text, docx, pdf …)")
    render.add_argument("-o", "--output", help="output file, or - for standard output")
    render.add_argument("-d", "--output-dir", help="folder for the outputs of several inputs")
    render.add_argument("--force", action="store_true", help="overwrite existing files")
    render.add_argument("-j", "--jobs", type=int, help="parallel processes (default: all cores)")
    render.add_argument(
        "--progress", action="store_true", help="always show the progress bar (several inputs)"
    )

    check = sub.add_parser(
        "check", parents=[common], help="validate a report (the sample when INPUT is omitted)"
    )
    check.add_argument("input", nargs="?", metavar="INPUT")
    check.add_argument("--final", action="store_true", help="apply the final-report policy")
    check.add_argument("--format", dest="fmt", choices=("text", "json"), default="text")

    template = sub.add_parser("template", parents=[common], help="the blank outline in any format")
    template.add_argument(
        "-f", "--format", dest="fmt", help="renderer name (default: by -o's suffix, else text)"
    )
    template.add_argument("-o", "--output", help="output file, or - for standard output")
    template.add_argument("--force", action="store_true", help="overwrite an existing file")

    roll = sub.add_parser(
        "aggregate",
        parents=[common],
        help="roll several reports (.json, or .docx/.pdf made by kl224) up into one",
    )
    roll.add_argument("inputs", nargs="+", metavar="INPUT")
    roll.add_argument(
        "-o", "--output", required=True, help="output file; its suffix picks the format"
    )
    roll.add_argument("--meta", help="JSON file with the aggregate's meta fields")
    roll.add_argument(
        "--keep-going", action="store_true", help="skip unreadable inputs and list them at the end"
    )
    roll.add_argument("--force", action="store_true", help="overwrite an existing output")
    roll.add_argument("--progress", action="store_true", help="always show the progress bar")

    sub.add_parser("schema", parents=[common], help="print the JSON Schema of the report")
    sub.add_parser("renderers", parents=[common], help="list the available renderers")

    convert = sub.add_parser(
        "convert-text", parents=[common], help="convert TCVN3/VNI/VIQR text to Unicode"
    )
    convert.add_argument("file", metavar="FILE", help="a file, or - for standard input")
    convert.add_argument("--from", dest="source", default="auto", choices=ENCODINGS)
    convert.add_argument("-o", "--output", help="output file (default: standard output)")
    convert.add_argument("--force", action="store_true", help="overwrite an existing output")
    return parser
