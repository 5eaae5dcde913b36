"""The renderer contract.

A renderer is a class with three class attributes — ``name``, ``suffixes``, ``media_type`` —
and one method, :meth:`Renderer.write`, that draws a :class:`~kl224.document.Document` as bytes
onto a binary stream. Options are typed attributes of a frozen attrs class; everything that
belongs to one call lives inside the call, so an instance is reusable and thread-safe.
"""

from __future__ import annotations

from typing import BinaryIO, ClassVar, Protocol, runtime_checkable

from kl224.document.nodes import Document

__all__ = ["RenderError", "Renderer"]


class RenderError(Exception):
    """A renderer could not draw a document (the message says why and what to do)."""


@runtime_checkable
class Renderer(Protocol):
    """What every renderer provides."""

    name: ClassVar[str]
    """Short name used on the command line and with :func:`kl224.render` (``"docx"``)."""
    suffixes: ClassVar[tuple[str, ...]]
    """File name endings this renderer writes, with the dot (``(".docx",)``)."""
    media_type: ClassVar[str]
    """The MIME type of the output."""

    def write(self, document: Document, stream: BinaryIO) -> None:
        """Write ``document`` to ``stream`` as bytes. Must not keep state between calls."""
        ...
