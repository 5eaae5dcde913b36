"""Structuring failures turned into problems located by RFC 6901 JSON Pointers."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import NoReturn

import attrs
from cattrs.errors import (
    AttributeValidationNote,
    BaseValidationError,
    ForbiddenExtraKeysError,
    IterableValidationNote,
)

from kl224.messages import Lang
from kl224.pointers import from_steps
from kl224.serialization.constants import MAX_PROBLEMS, Token
from kl224.serialization.hooks import Group, Invalid, unknown_key
from kl224.serialization.messages import LoadError, Problem


def _pointer(tokens: Sequence[Token]) -> str:
    return from_steps(tokens)


def note_step(exc: BaseException) -> Token | None:
    for note in reversed(getattr(exc, "__notes__", [])):
        if isinstance(note, AttributeValidationNote):
            return note.name
        if isinstance(note, IterableValidationNote):
            return note.index
    return None


Found = tuple[tuple[Token, ...], str, dict[str, str]]


def collect(exc: BaseException, path: tuple[Token, ...], out: list[Found]) -> None:
    """Flatten the tree of failures under ``exc`` into (tokens, code, params)."""
    if isinstance(exc, Invalid):
        out.append((path + exc.tokens, exc.code, exc.params))
    elif isinstance(exc, Group):
        for tokens, sub in exc.errors:
            collect(sub, path + tokens, out)
    elif isinstance(exc, ForbiddenExtraKeysError):
        allowed = [a.name for a in attrs.fields(exc.cl)] if attrs.has(exc.cl) else []
        for count, key in enumerate(sorted(exc.extra_fields, key=str)):
            if count == MAX_PROBLEMS:
                out.append((path, "too-many-problems", {}))
                break
            unknown = unknown_key(key, allowed)
            out.append(((*path, key), unknown.code, unknown.params))
    elif isinstance(exc, BaseValidationError):
        for sub in exc.exceptions:
            step = note_step(sub)
            if step is None:
                collect(sub, path, out)
            elif isinstance(sub, KeyError) and sub.args == (step,):
                out.append(((*path, step), "missing-key", {"key": str(step)}))
            else:
                collect(sub, (*path, step), out)
    else:
        out.append((path, "invalid-value", {"detail": str(exc) or type(exc).__name__}))


def _position(data: object, tokens: tuple[Token, ...]) -> tuple[tuple[int, int], ...]:
    """Where ``tokens`` lead in the input: indexes of keys and items; absent keys sort last."""
    key: list[tuple[int, int]] = []
    node: object = data
    for token in tokens:
        if isinstance(node, Mapping) and token in node:
            key.append((0, list(node).index(token)))
            node = node[token]
        elif isinstance(node, list | tuple) and isinstance(token, int) and token < len(node):
            key.append((0, token))
            node = node[token]
        else:
            key.append((1, 0))
            node = None
    return tuple(key)


def duplicate_keys(data: object, path: tuple[Token, ...], out: list[Found]) -> None:
    if isinstance(data, Mapping):
        out.extend(
            ((*path, k), "duplicate-key", {"key": k}) for k in getattr(data, "duplicates", ())
        )
        for key, value in data.items():
            duplicate_keys(value, (*path, key), out)
    elif isinstance(data, list):
        for index, value in enumerate(data):
            duplicate_keys(value, (*path, index), out)


def raise_problems(
    found: Sequence[Found], data: object, lang: Lang, source: str | None = None
) -> NoReturn:
    listed = [f for f in found if f[1] != "too-many-problems"]
    more = len(listed) < len(found) or len(listed) > MAX_PROBLEMS
    if len(listed) > 10 * MAX_PROBLEMS:
        # Sorting needs each problem's position, slow in huge objects: keep the first found.
        listed = listed[: 10 * MAX_PROBLEMS]
    ordered = sorted(listed, key=lambda f: _position(data, f[0]))[:MAX_PROBLEMS]
    problems = [Problem(_pointer(tokens), code, params) for tokens, code, params in ordered]
    if more:
        problems.append(Problem("", "too-many-problems", {"limit": str(MAX_PROBLEMS)}))
    raise LoadError(problems, lang=lang, source=source)
