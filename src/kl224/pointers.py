"""RFC 6901 JSON Pointers: the one place that escapes, joins and splits them.

A pointer names a place in a report's JSON form (``/tasks/propaganda/radio/communes/part``):
findings, load problems and :func:`kl224.get_at` / :func:`kl224.replace_at` all use them. Steps
are object keys (the model's field names) and list indexes; ``~`` is written ``~0`` and ``/``
``~1``.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["escape", "from_steps", "join", "split", "unescape"]


def escape(step: str | int) -> str:
    """One step as written in a pointer (``a/b`` → ``a~1b``)."""
    return str(step).replace("~", "~0").replace("/", "~1")


def unescape(step: str) -> str:
    """One written step as the key it stands for (``a~1b`` → ``a/b``)."""
    return step.replace("~1", "/").replace("~0", "~")


def join(pointer: str, *steps: str | int) -> str:
    """``pointer`` extended by ``steps``, each escaped: ``join("/meta", "date")``."""
    return pointer + "".join("/" + escape(s) for s in steps)


def from_steps(steps: Iterable[str | int]) -> str:
    """The pointer made of ``steps`` from the root (``""`` for none)."""
    return join("", *steps)


def split(pointer: str) -> tuple[str, ...]:
    """The unescaped steps of ``pointer``; ValueError when it is neither ``""`` nor starts
    with ``/``."""
    if pointer == "":
        return ()
    if not pointer.startswith("/"):
        raise ValueError(f"a JSON Pointer starts with '/', not {pointer[:1]!r}: {pointer!r}")
    return tuple(unescape(s) for s in pointer[1:].split("/"))
