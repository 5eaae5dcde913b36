"""Rendering many reports at once, on every core, with output names derived from the inputs."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

import attrs

from kl224.files import file_keys
from kl224.messages import describe_error, lang_of, message

if TYPE_CHECKING:
    from kl224.renderers.base import Renderer

__all__ = ["BatchResult", "output_path", "render_many"]


@attrs.frozen
class BatchResult:
    """One input's outcome: the file written, or the reason it was not."""

    source: str
    output: str
    error: str = ""


def output_path(source: str, suffix: str, directory: str | None = None) -> Path:
    """The output name for ``source``: the same stem with ``suffix``, beside it or in
    ``directory``. A source that already has the suffix gets ``.out`` before it."""
    path = Path(source)
    target = path.with_suffix(suffix)
    if target == path:
        target = path.with_name(f"{path.stem}.out{suffix}")
    if directory is not None:
        target = Path(directory) / target.name
    return target


def _render_one(source: str, fmt: str | Renderer, output: str, lang: str) -> BatchResult:
    from kl224.files import atomic_write
    from kl224.renderers import render
    from kl224.serialization import load_with_warnings

    try:
        # An edited Word file renders what it shows; `kl224 check` lists what changed.
        report = load_with_warnings(source).report
        atomic_write(output, render(report, fmt))
    except Exception as exc:
        return BatchResult(source, output, describe_error(exc, lang_of(lang)))
    return BatchResult(source, output)


def _ignore(result: BatchResult) -> None:
    pass


def render_many(
    sources: Sequence[str],
    fmt: str | Renderer,
    *,
    directory: str | None = None,
    force: bool = False,
    jobs: int | None = None,
    lang: str = "vi",
    on_result: Callable[[BatchResult], None] | None = None,
    keep: Sequence[str] = (),
) -> list[BatchResult]:
    """Render every source to ``fmt`` (a renderer name, or a configured renderer instance,
    which must pickle to reach the worker processes), in parallel over ``jobs`` processes
    (default: every core). Existing outputs are not overwritten unless ``force``; such inputs,
    and inputs that cannot be loaded or rendered, come back with an ``error`` in ``lang``
    ("vi" or "en"). Results keep the input order; ``on_result`` (a progress display, for one)
    is called with each result once it is known. An output that would fall on one of the
    ``sources``, or on a file of ``keep`` (a reference document, say), is never written, even
    with ``force``."""
    from kl224.renderers import get_renderer

    suffix = (get_renderer(fmt) if isinstance(fmt, str) else fmt).suffixes[0]
    planned: list[tuple[str, Path]] = [(s, output_path(s, suffix, directory)) for s in sources]
    results: dict[int, BatchResult] = {}
    todo: list[int] = []
    seen: set[Path] = set()
    inputs = frozenset().union(*(file_keys(s) for s in (*sources, *keep)))
    for index, (source, target) in enumerate(planned):
        if not file_keys(target).isdisjoint(inputs):
            results[index] = BatchResult(
                source,
                str(target),
                message("output.batch-is-input", lang_of(lang), path=str(target)),
            )
        elif target in seen:
            results[index] = BatchResult(
                source, str(target), message("output.batch-duplicate", lang_of(lang))
            )
        elif target.exists() and not force:
            results[index] = BatchResult(
                source,
                str(target),
                message("output.batch-exists", lang_of(lang), path=str(target)),
            )
        else:
            todo.append(index)
        seen.add(target)
    report = on_result if on_result is not None else _ignore
    for result in results.values():
        report(result)
    workers = max(1, min(jobs or os.cpu_count() or 1, len(todo)))
    if workers == 1:
        for index in todo:
            source, target = planned[index]
            results[index] = _render_one(source, fmt, str(target), lang)
            report(results[index])
    else:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            futures = {
                index: pool.submit(
                    _render_one, planned[index][0], fmt, str(planned[index][1]), lang
                )
                for index in todo
            }
            for index, future in futures.items():
                results[index] = future.result()
                report(results[index])
    return [results[i] for i in range(len(planned))]
