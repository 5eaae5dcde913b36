"""The one message catalogue (kl224.messages) and the rule that only kl224.cli talks to the
terminal."""

from __future__ import annotations

import ast
import datetime as dt
import re
import string
from decimal import Decimal
from pathlib import Path

import pytest

from kl224.messages import CATALOGUE, Text, message

SRC = Path(__file__).resolve().parents[1] / "src" / "kl224"
_TERMINAL = {"print", "input"}
_STREAMS = {"stdout", "stderr", "stdin"}


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


# The JSON reader's own explanation is English: only the English message shows it.
_ENGLISH_ONLY = {"load.bad-json": {"detail"}}


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_both_languages_take_the_same_params(key: str) -> None:
    text = CATALOGUE[key]
    vi, en = _placeholders(text.vi), _placeholders(text.en) - _ENGLISH_ONLY.get(key, set())
    # A Vietnamese template names the Vietnamese label, the English one its English twin.
    assert {n.removesuffix("_en").removesuffix("_vi") for n in vi} == {
        n.removesuffix("_en").removesuffix("_vi") for n in en
    }, key


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_english_templates_carry_no_vietnamese(key: str) -> None:
    # Vietnamese letters outside the ASCII/Latin-1 range in an English message mean a leak;
    # quoted params ({label} etc.) are filled at run time and are not in the template, and a
    # Vietnamese word quoted “like this” or in a Vietnamese example is named, not leaked.
    en = re.sub("“[^”]*”", "", CATALOGUE[key].en)
    assert not re.search("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", en.lower()), (
        key,
        en,
    )


def test_params_are_written_in_each_language_style() -> None:
    text = Text("{n} người, ngày {d}", "{n} people, on {d}")
    assert text.format("vi", n=1250, d=dt.date(2021, 10, 18)) == "1.250 người, ngày 18/10/2021"
    assert text.format("en", n=1250, d=dt.date(2021, 10, 18)) == "1,250 people, on 2021-10-18"
    assert Text("{x}", "{x}").format("vi", x=Decimal("2.5")) == "2,5"
    # A missing param stays visible rather than failing.
    assert Text("{a} {b}", "{a} {b}").format("en", a="x") == "x {b}"


def test_message_uses_the_catalogue() -> None:
    assert message("output.no-folder", "en", folder="/x") == "no such folder: /x"
    assert message("output.no-folder", "vi", folder="/x") == "không có thư mục /x"
    with pytest.raises(KeyError):
        message("no.such.key", "vi")


def _python_files() -> list[Path]:
    return sorted(SRC.rglob("*.py"))


def test_lang_is_defined_once() -> None:
    definitions = []
    for path in _python_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            targets: list[ast.expr] = []
            if isinstance(node, ast.Assign):
                targets = list(node.targets)
            elif isinstance(node, ast.AnnAssign):
                targets = [node.target]
            if any(isinstance(t, ast.Name) and t.id == "Lang" for t in targets):
                definitions.append(path.relative_to(SRC).as_posix())
    assert definitions == ["messages/core.py"]


def _is_main_guard(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.If)
        and isinstance(node.test, ast.Compare)
        and isinstance(node.test.left, ast.Name)
        and node.test.left.id == "__name__"
    )


def _terminal_io(tree: ast.Module) -> list[int]:
    lines: list[int] = []
    # A module's `if __name__ == "__main__":` block is its own command line, not library code.
    body = [node for node in tree.body if not _is_main_guard(node)]
    for top in body:
        for node in ast.walk(top):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in _TERMINAL
            ) or (
                isinstance(node, ast.Attribute)
                and node.attr in _STREAMS
                and isinstance(node.value, ast.Name)
                and node.value.id == "sys"
            ):
                lines.append(node.lineno)
    return lines


def test_only_the_command_line_package_uses_the_terminal() -> None:
    offenders = {}
    for path in _python_files():
        relative = path.relative_to(SRC).as_posix()
        if relative.startswith("cli/"):
            continue
        found = _terminal_io(ast.parse(path.read_text(encoding="utf-8")))
        if found:
            offenders[relative] = found
    assert offenders == {}


def test_the_scan_finds_terminal_io() -> None:
    # The scan itself must be able to fail.
    tree = ast.parse("import sys\nprint('x')\nsys.stderr.write('y')\nsys.stdout.flush()\n")
    assert _terminal_io(tree) == [2, 3, 4]
