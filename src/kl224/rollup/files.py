"""The roll-up's files: its metadata read from a JSON file (:func:`load_meta`) and the result
written in the format its name's suffix chooses (:func:`write_result`). The ``kl224 aggregate``
command (:mod:`kl224.cli.commands.aggregate`) is built on these.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kl224.messages import Lang
from kl224.model.report import Report, ReportMeta
from kl224.rollup.core import AggregateResult
from kl224.rollup.meta import default_meta

if TYPE_CHECKING:
    from kl224.renderers.base import Renderer

__all__ = ["load_meta", "write_result"]


def load_meta(path: str, reports: Sequence[Report], *, lang: Lang = "vi") -> ReportMeta:
    """The roll-up's metadata from a JSON file: an object with any fields of ``meta`` in a
    report's JSON (``issuing_body``, ``number``, ``date``, ``signer``, ``recipients`` …).
    Fields it leaves out keep the defaults derived from ``reports``
    (:func:`~kl224.rollup.default_meta`).

    Raises :class:`kl224.LoadError` naming the file and each bad field.
    """
    from kl224.serialization import LoadError, Problem, from_dict, to_dict

    def fail(code: str, **params: str) -> LoadError:
        problem = Problem("", code, {"file": path, **params})
        return LoadError([problem], lang=lang, source=path)

    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise fail("unreadable-file", reason="not-found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise fail("unreadable-file", reason=str(exc)) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        problem = fail("bad-json", detail=exc.msg, line=str(exc.lineno), column=str(exc.colno))
        raise problem from None
    if not isinstance(data, Mapping):
        raise LoadError([Problem("", "wrong-type", {"expected": "object"})], lang=lang, source=path)
    fields: dict[str, Any] = dict(to_dict(Report(meta=default_meta(reports)))["meta"])
    fields.update(data)
    try:
        return from_dict({"meta": fields}, lang=lang).meta
    except LoadError as exc:
        # Point into the file the user wrote, not into a whole report.
        problems = [
            Problem(p.pointer.removeprefix("/meta"), p.code, p.params) for p in exc.problems
        ]
        raise LoadError(problems, lang=lang, source=path) from None


def write_result(result: AggregateResult, output: str, renderer: Renderer | None = None) -> None:
    """Write the roll-up to ``output`` atomically: ``.json`` is the aggregate report's JSON
    (what the ``json`` renderer writes, without laying out the comparison annexes first), any
    other suffix the aggregate document (with the comparison annex) by that renderer, or by
    ``renderer`` (a configured instance) when given."""
    from kl224.files import atomic_write

    if Path(output).suffix.lower() == ".json":
        from kl224.serialization import dumps

        atomic_write(output, dumps(result.report).encode("utf-8"))
        return
    from kl224.renderers import render
    from kl224.rollup.annex import build_aggregate_document

    render(build_aggregate_document(result), renderer, output)
