"""Problems found while loading; their messages are in the one catalogue,
:mod:`kl224.messages.load` (``load.<code>``), with the words params stand for (``word.<name>``)."""

from __future__ import annotations

import types
from collections.abc import Iterable, Mapping
from typing import Any, Final

import attrs

from kl224.messages import CATALOGUE, Lang
from kl224.text.clean import find_unsafe

# Params that stand for a word (a type, a reason): shown as ``word.<value>`` of the catalogue.
_TRANSLATED_PARAMS: Final = ("expected", "actual", "reason", "example")
# Problems found in a Word file's text, worded by where they were seen: an item or an annex row.
_PLACED: Final = ("bad-figure", "not-applicable-here", "conflicting-figure")


def _display(text: str) -> str:
    """``text`` with characters no terminal or file can carry shown as ``\\uXXXX``."""
    if find_unsafe(text) is None:
        return text
    return "".join(f"\\u{ord(c):04x}" if find_unsafe(c) is not None else c for c in text)


def _template_key(code: str, params: Mapping[str, str]) -> str:
    if code == "unknown-key" and "suggestion" in params:
        return "unknown-key:suggestion"
    if code == "wrong-type" and params.get("actual") == "a-null":
        return "wrong-type:null"
    if code == "wrong-type" and not params.get("value"):
        return "wrong-type:bare"
    if code in ("negative", "bad-symbol"):
        return f"{code}:{params.get('form', '')}"
    if code in _PLACED:
        return f"{code}:row" if params.get("row") else f"{code}:item"
    if code == "unsupported-format" and not params.get("suffix"):
        return "unsupported-format:no-suffix"
    if code == "bad-cell" and f"load.bad-cell:{params.get('reason', '')}" in CATALOGUE:
        return f"bad-cell:{params['reason']}"
    return code


def _freeze(params: Mapping[str, str]) -> Mapping[str, str]:
    return types.MappingProxyType({str(k): str(v) for k, v in params.items()})


@attrs.frozen
class Problem:
    """One problem found while loading: where (an RFC 6901 JSON Pointer into the input, ``""``
    for the whole input), what (a stable ``code``), and the values the message needs
    (``params``).

    Codes: ``wrong-type``, ``unknown-key``, ``missing-key``, ``duplicate-key``, ``negative``,
    ``not-finite``, ``too-precise``, ``out-of-range``, ``part-exceeds-whole``, ``end-before-start``,
    ``bad-date``, ``bad-symbol``, ``not-allowed``, ``unsafe-character``, ``bidi-character``,
    ``invisible-character``, ``bad-schema-version``
    (in the document); ``too-many-problems`` (after :data:`MAX_PROBLEMS`); ``bad-json``,
    ``bad-encoding``, ``too-large``, ``unreadable-file``, ``unsupported-format``,
    ``no-embedded-data``, ``bad-embedded-data``, ``reader-unavailable``, ``not-a-workbook``,
    ``no-figures-sheet`` (about the input as a whole, pointer ``""``); ``bad-cell``,
    ``unknown-row``, ``duplicate-row``, ``cell-not-applicable``, ``missing-cell`` (a
    workbook's cell, named by the param ``cell``, ``Số liệu!D17``, which every problem read
    from a workbook carries); ``no-such-place`` (a pointer given to :func:`kl224.get_at` or
    :func:`kl224.replace_at` that names no place); ``invalid-value`` only if a model rule this
    module does not know refuses a value.
    """

    pointer: str
    code: str
    params: Mapping[str, str] = attrs.field(factory=dict, converter=_freeze, hash=False)

    def __reduce__(self) -> tuple[Any, ...]:
        return (Problem, (self.pointer, self.code, dict(self.params)))

    def message(self, lang: Lang = "vi") -> str:
        """The message in Vietnamese (``"vi"``, the default) or English (``"en"``)."""
        key = "load." + _template_key(self.code, self.params)
        text = CATALOGUE.get(key) or CATALOGUE["load.invalid-value"]
        values: dict[str, str] = {"detail": self.code}
        for name, value in self.params.items():
            word = CATALOGUE.get(f"word.{value}") if name in _TRANSLATED_PARAMS else None
            if word is None and name == "actual":
                # A type with no word of its own (a Python object from a database, say).
                word = CATALOGUE["word.a-value"]
            shown = word.format(lang) if word is not None else value
            values[name] = _display(shown)
        return text.format(lang, values)


class LoadError(ValueError):
    """The input is not a report: every problem found, in document order.

    ``str()`` lists the problems one per line as ``pointer: message`` in the language the error
    was created with (a problem about the whole input has no pointer, just its message; one
    read from a workbook starts with its cell: ``Số liệu!D17 (/tasks/…): message``);
    :meth:`format` gives either language.
    """

    def __init__(
        self, problems: Iterable[Problem], *, lang: Lang = "vi", source: str | None = None
    ) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        self.lang: Lang = lang
        self.source = source
        super().__init__(self.format(lang))

    def format(self, lang: Lang = "vi") -> str:
        """Every problem, one per line, as ``pointer: message`` in ``lang``."""
        lines = []
        for problem in self.problems:
            text = problem.message(lang)
            where = _display(problem.pointer)
            cell = problem.params.get("cell")
            if cell:
                # A workbook's cell first: it is where the user looks.
                where = f"{_display(cell)} ({where})" if where else _display(cell)
            lines.append(f"{where}: {text}" if where else text)
        return "\n".join(lines)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild_load_error, (self.problems, self.lang, self.source))


def _rebuild_load_error(problems: tuple[Problem, ...], lang: Lang, source: str | None) -> LoadError:
    return LoadError(problems, lang=lang, source=source)
