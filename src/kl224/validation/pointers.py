"""JSON Pointers into a report: building them, reading through them, and ordering findings
by the outline."""

from __future__ import annotations

import functools
from typing import Any, Final

from kl224.model.figures import figure_fields, resolve
from kl224.model.report import Report
from kl224.model.values import FigureInfo
from kl224.outline import NODES, OutlineNode
from kl224.pointers import join

__all__ = ["child", "figure_info_at", "lookup", "node_of", "order_key"]


def child(pointer: str, *steps: str | int) -> str:
    """``pointer`` extended by ``steps``, each escaped as RFC 6901 asks (see
    :func:`kl224.pointers.join`)."""
    return join(pointer, *steps)


def lookup(obj: object, pointer: str) -> Any:
    """The value at ``pointer``, or None when a step on the way is missing (not reported)."""
    try:
        return resolve(obj, pointer)
    except KeyError:
        return None


_FIGURES: Final = {f.pointer: f.info for f in figure_fields(Report)}


def figure_info_at(pointer: str) -> FigureInfo:
    """The metadata of the figure at ``pointer`` or enclosing it (``…/radio/communes/whole``
    is the ratio ``…/radio/communes``); KeyError when no figure encloses it."""
    here = pointer
    while here:
        if here in _FIGURES:
            return _FIGURES[here]
        here = here.rpartition("/")[0]
    raise KeyError(f"{pointer!r} is not a figure of the report")


def _inside(pointer: str, path: str) -> bool:
    return pointer == path or pointer.startswith(path + "/")


@functools.lru_cache(maxsize=1024)
def node_of(pointer: str) -> OutlineNode | None:
    """The deepest outline node whose model path holds ``pointer``, or None (metadata, the
    whole report)."""
    best: OutlineNode | None = None
    for n in NODES:
        if n.path and _inside(pointer, n.path) and (best is None or len(n.path) > len(best.path)):
            best = n
    return best


_NODE_INDEX: Final = {n.key: i for i, n in enumerate(NODES)}


def order_key(pointer: str) -> int:
    """Where ``pointer`` falls in reading order: the whole report (0), then the metadata (the
    document's header, 1), then the outline's nodes in order."""
    if pointer == "":
        return 0
    if _inside(pointer, "/meta"):
        return 1
    n = node_of(pointer)
    return 2 + _NODE_INDEX[n.key] if n is not None else 2 + len(NODES)
