"""The ``kl224`` command.

Exit codes: 0 success, 1 the report has errors (``check``), 2 the input or the command line is
unusable, 3 an internal error (a bug in kl224: please report it). Messages are in Vietnamese
unless ``--lang en`` is given; no command prints a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal, NoReturn, TextIO

import kl224

__all__ = ["main"]

Lang = Literal["vi", "en"]

EXIT_OK, EXIT_ERRORS, EXIT_UNUSABLE, EXIT_INTERNAL = 0, 1, 2, 3


class UsageError(Exception):
    """The command line or its input cannot be used (exit 2)."""


def _t(lang: Lang, vi: str, en: str) -> str:
    return en if lang == "en" else vi


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_UNUSABLE, f"{self.prog}: {message}\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="kl224",
        description=(
            "Báo cáo kết quả thực hiện Kết luận số 224-KL/TU: kiểm tra và xuất DOCX, PDF, văn bản. "
            "(Reports on Conclusion 224-KL/TU: check them and write DOCX, PDF and text.)"
        ),
    )
    parser.add_argument("--version", action="version", version=f"kl224 {kl224.__version__}")
    parser.add_argument(
        "--lang", choices=("vi", "en"), default="vi", help="ngôn ngữ thông báo / message language"
    )
    # --lang is accepted before or after the command name.
    common = _Parser(add_help=False)
    common.add_argument("--lang", choices=("vi", "en"), default=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

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
    convert.add_argument(
        "--from",
        dest="source",
        default="auto",
        choices=("auto", "tcvn3", "abc", "tcvn3-caps", "vni", "viqr"),
    )
    return parser


# ------------------------------------------------------------------------------------------
# Helpers.


def _load(source: str, lang: Lang) -> kl224.Report:
    from kl224.serialization import load

    return load(source, lang=lang)


def _write_output(data: bytes, output: str, force: bool, lang: Lang) -> None:
    if output == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    from kl224._io import atomic_write, output_refusal

    refusal = output_refusal(output, force=force, lang=lang)
    if refusal is not None:
        raise UsageError(refusal)
    atomic_write(output, data)


def _renderer_for(fmt: str | None, output: str | None) -> Any:
    from kl224.renderers import get_renderer, get_renderer_for_path

    if fmt:
        return get_renderer(fmt)()
    if output and output != "-":
        return get_renderer_for_path(output)()
    return get_renderer("text")()


# ------------------------------------------------------------------------------------------
# Commands.


def _cmd_demo(args: argparse.Namespace, lang: Lang) -> int:
    from kl224.document import build_document
    from kl224.renderers import get_renderer, render
    from kl224.serialization import dumps

    out = Path(args.output_dir)
    out.mkdir(parents=True, exist_ok=True)
    report = kl224.sample_report()
    document = build_document(report)
    from kl224._io import atomic_write

    written = [out / "sample.json"]
    atomic_write(written[0], dumps(report).encode("utf-8"))
    for name in ("text", "docx", "pdf"):
        renderer = get_renderer(name)()
        path = out / f"sample{renderer.suffixes[0]}"
        render(document, renderer, path)
        written.append(path)
    for path in written:
        print(f"{path}  ({path.stat().st_size:,} bytes)".replace(",", "."))
    return EXIT_OK


def _cmd_render(args: argparse.Namespace, lang: Lang) -> int:
    from kl224.renderers import render

    if args.output is not None:
        if len(args.inputs) > 1:
            raise UsageError(
                _t(
                    lang,
                    "-o chỉ dùng với một tệp đầu vào; với nhiều tệp, tên đầu ra lấy theo tên "
                    "đầu vào (có thể chọn thư mục bằng -d)",
                    "-o takes one input; with several, output names follow the inputs "
                    "(choose their folder with -d)",
                )
            )
        renderer = _renderer_for(args.fmt, args.output)
        report = _load(args.inputs[0], lang)
        _write_output(render(report, renderer), args.output, args.force, lang)
        if args.output != "-":
            print(args.output, file=sys.stderr)
        return EXIT_OK
    from kl224.batch import render_many

    fmt = _renderer_for(args.fmt, None).name
    if args.output_dir is not None and not Path(args.output_dir).is_dir():
        raise UsageError(
            _t(lang, f"không có thư mục {args.output_dir}", f"no such folder: {args.output_dir}")
        )
    results = render_many(
        args.inputs,
        fmt,
        directory=args.output_dir,
        force=args.force,
        jobs=args.jobs,
        lang=lang,
        show_progress=True if args.progress else None,
    )
    failed = [r for r in results if r.error]
    for result in results:
        if not result.error:
            print(result.output, file=sys.stderr)
    for result in failed:
        print(f"{result.source}: {result.error}", file=sys.stderr)
    return EXIT_UNUSABLE if failed else EXIT_OK


def _cmd_check(args: argparse.Namespace, lang: Lang) -> int:
    from kl224.validation.output import run_check

    code: int = run_check(args.input, final=args.final, fmt=args.fmt, lang=lang, out=sys.stdout)
    return code


def _cmd_template(args: argparse.Namespace, lang: Lang) -> int:
    from kl224.document import outline_document
    from kl224.renderers import render

    renderer = _renderer_for(args.fmt, args.output)
    data = render(outline_document(), renderer)
    output = args.output
    if output is None:
        output = "-" if renderer.name == "text" else f"de-cuong-kl224{renderer.suffixes[0]}"
    _write_output(data, output, args.force, lang)
    if output != "-":
        print(output, file=sys.stderr)
    return EXIT_OK


def _cmd_aggregate(args: argparse.Namespace, lang: Lang) -> int:
    from kl224.rollup import run_aggregate

    code: int = run_aggregate(
        args.inputs,
        args.output,
        meta=args.meta,
        keep_going=args.keep_going,
        force=args.force,
        lang=lang,
        progress=args.progress,
        err=sys.stderr,
    )
    return code


def _cmd_schema(args: argparse.Namespace, lang: Lang) -> int:
    from kl224.serialization import json_schema

    print(json.dumps(json_schema(), ensure_ascii=False, indent=2))
    return EXIT_OK


def _cmd_renderers(args: argparse.Namespace, lang: Lang) -> int:
    from kl224.renderers import available

    for info in available().values():
        origin = "built-in" if info.builtin else f"plugin {info.distribution}".strip()
        suffixes = " ".join(info.suffixes) or "?"
        print(f"{info.name:<10} {suffixes:<10} {info.media_type or '?':<40} {origin}")
    return EXIT_OK


def _cmd_convert(args: argparse.Namespace, lang: Lang) -> int:
    from kl224.text.legacy import convert_file_for_cli

    outcome = convert_file_for_cli(args.file, args.source)
    if outcome.message:
        print(outcome.message, file=sys.stderr)
    if outcome.exit_code == EXIT_OK:
        sys.stdout.flush()
        sys.stdout.buffer.write(outcome.text.encode("utf-8"))
        sys.stdout.buffer.flush()
    return outcome.exit_code


_COMMANDS = {
    "demo": _cmd_demo,
    "render": _cmd_render,
    "check": _cmd_check,
    "template": _cmd_template,
    "aggregate": _cmd_aggregate,
    "schema": _cmd_schema,
    "renderers": _cmd_renderers,
    "convert-text": _cmd_convert,
}


def _report_error(exc: BaseException, lang: Lang, stream: TextIO) -> int:
    from kl224.renderers import RenderError, UnknownRendererError
    from kl224.serialization import LoadError

    if isinstance(exc, LoadError):
        print(exc.format(lang), file=stream)
        return EXIT_UNUSABLE
    if isinstance(exc, UnknownRendererError):
        print(f"kl224: {exc.message_in(lang)}", file=stream)
        return EXIT_UNUSABLE
    if isinstance(exc, UsageError):
        print(f"kl224: {exc}", file=stream)
        return EXIT_UNUSABLE
    if isinstance(exc, RenderError):
        print(f"kl224: {exc}", file=stream)
        return EXIT_UNUSABLE
    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"kl224: {exc.strerror or exc}{where}", file=stream)
        return EXIT_UNUSABLE
    print(
        _t(
            lang,
            f"kl224: lỗi nội bộ ({type(exc).__name__}: {exc}); xin báo lỗi này cho nhóm phát triển",
            f"kl224: internal error ({type(exc).__name__}: {exc}); please report this bug",
        ),
        file=stream,
    )
    return EXIT_INTERNAL


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    parser = _parser()
    args = parser.parse_args(argv)
    lang: Lang = args.lang
    if args.command is None:
        parser.print_help()
        return EXIT_OK
    try:
        return _COMMANDS[args.command](args, lang)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:
        return _report_error(exc, lang, sys.stderr)


if __name__ == "__main__":
    raise SystemExit(main())
