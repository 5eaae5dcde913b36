"""The renderer contract.

A renderer is a class with three class attributes — ``name``, ``suffixes``, ``media_type`` —
and one method, :meth:`Renderer.write`, that draws a :class:`~kl224.document.Document` as bytes
onto a binary stream. Options are typed attributes of a frozen attrs class; everything that
belongs to one call lives inside the call, so an instance is reusable and thread-safe.
"""

from __future__ import annotations

from typing import Any, BinaryIO, ClassVar, Protocol, runtime_checkable

from kl224.document.nodes import Document
from kl224.messages import CATALOGUE, lang_of, message

__all__ = ["RenderError", "Renderer"]


class RenderError(Exception):
    """A renderer could not draw a document (the message says why and what to do).

    Give it a key of the message catalogue and its params —
    ``RenderError("renderers.failed", name="pdf", error="…")`` — and :meth:`message_in` gives
    the message in either language, and ``str(error)`` is the English one; any other text is
    shown as it is.
    """

    def __init__(self, text: str, /, **params: str) -> None:
        super().__init__(text)
        self.params = params

    def message_in(self, lang: str) -> str:
        """The message in ``lang`` (``"vi"`` or ``"en"``)."""
        text = str(self.args[0]) if self.args else ""
        if text in CATALOGUE:
            return message(text, lang_of(lang), **self.params)
        return text

    def __str__(self) -> str:
        text = str(self.args[0]) if self.args else ""
        return message(text, "en", **self.params) if text in CATALOGUE else text

    def __reduce__(self) -> str | tuple[Any, ...]:
        if type(self) is not RenderError:
            # A subclass with its own constructor pickles its own way.
            return super().__reduce__()
        return (_rebuild_render_error, (self.args[0] if self.args else "", self.params))


def _rebuild_render_error(text: str, params: dict[str, str]) -> RenderError:
    return RenderError(text, **params)


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
