"""``render()``: a report or document, a renderer, and where the bytes go."""

from __future__ import annotations

import io
import os
from typing import BinaryIO

from kl224.document.nodes import Document
from kl224.files import atomic_write
from kl224.model import Report
from kl224.renderers.base import Renderer, RenderError
from kl224.renderers.registry import UnknownRendererError, get_renderer, get_renderer_for_path

__all__ = ["render"]

Target = str | os.PathLike[str] | BinaryIO


def _renderer(fmt: str | Renderer | None, target: Target | None) -> Renderer:
    if isinstance(fmt, str):
        return get_renderer(fmt)()
    if fmt is not None:
        return fmt
    if isinstance(target, str | os.PathLike):
        return get_renderer_for_path(target)()
    raise UnknownRendererError("renderers.no-format")


def render(
    source: Report | Document,
    fmt: str | Renderer | None = None,
    target: Target | None = None,
) -> bytes:
    """Render a report (or an already built :class:`Document`) and return the bytes.

    ``fmt`` is a renderer name (``"docx"``), a configured renderer instance
    (``DocxRenderer(body_size=15)``), or None to choose by ``target``'s suffix. ``target`` may be
    a path — written atomically: a failed render leaves no partial file and keeps an existing
    one — or a binary stream; the bytes are returned in every case.

    Raises :class:`TypeError` when ``source`` is neither a report nor a document (a path or a
    dict must go through :func:`kl224.load` first), :class:`UnknownRendererError` for an unknown
    format and :class:`RenderError` when the renderer fails (the cause is chained).
    """
    if not isinstance(source, Report | Document):
        hint = (
            "; load it first: kl224.render(kl224.load(source), ...)"
            if isinstance(source, str | os.PathLike | dict | bytes)
            else ""
        )
        raise TypeError(
            f"render() takes a kl224.Report or a kl224.Document, not {type(source).__name__}"
            f"{hint}"
        )
    renderer = _renderer(fmt, target)
    buffer = io.BytesIO()
    try:
        if isinstance(source, Report):
            from kl224.document.build import build_document

            document = build_document(source)
        else:
            document = source
        renderer.write(document, buffer)
    except RenderError:
        raise
    except Exception as exc:
        raise RenderError(
            "renderers.failed", name=renderer.name, error=f"{type(exc).__name__}: {exc}"
        ) from exc
    data = buffer.getvalue()
    if isinstance(target, str | os.PathLike):
        atomic_write(target, data)
    elif target is not None:
        target.write(data)
    return data
