"""Paragraphs for the PDF layout, made and wrapped more cheaply than reportlab's own.

Two costs of ``reportlab.platypus.Paragraph`` dominate a report's layout besides line breaking
itself, and both are avoidable without changing a single byte of the output:

- **Parsing.** Every Paragraph runs its text through reportlab's markup parser. Text without
  ``&``, ``<``, ``>`` or a newline parses to exactly one fragment in the style's font, so the
  fragment is built directly from a template parsed once per style.
- **Wrapping again.** A table wraps each cell's paragraph when it measures its rows and again
  when it draws them, and a frame wraps a paragraph again before splitting it — each time at the
  same width, breaking the same lines. A paragraph here remembers the width it was last wrapped
  at and answers the same question again from memory.

reportlab is imported only inside this module's functions.
"""

from __future__ import annotations

import functools
from typing import Any, Final

from kl224.renderers.pdf.styles import markup
from kl224.text.clean import normalize

# Characters that make reportlab's parser do more than copy the text into one fragment.
_MARKUP_CHARS: Final = frozenset("&<>\n")


@functools.cache
def paragraph_class() -> type[Any]:
    """reportlab's Paragraph, remembering the result of its last wrap."""
    from reportlab.platypus import Paragraph

    class _Paragraph(Paragraph):  # type: ignore[misc]
        # Class defaults: paragraphs made by Paragraph.split (of this class) start blank.
        _wrapped_at: float | None = None
        _wrapped_size: tuple[float, float] = (0.0, 0.0)

        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
            # The lines depend on the width alone (not on the height offered), and everything
            # that uses them (draw, split) reads what the last wrap left: so the same width
            # gives the same answer and the same state. A split that gives up deletes the
            # lines (the paragraph moves on whole), and then they are broken again.
            if availWidth == self._wrapped_at and "blPara" in self.__dict__:
                return self._wrapped_size
            size: tuple[float, float] = super().wrap(availWidth, availHeight)
            self._wrapped_at, self._wrapped_size = availWidth, size
            return size

    return _Paragraph


class ParagraphMaker:
    """Makes the paragraphs of one render; keeps a fragment template per style."""

    def __init__(self) -> None:
        self._templates: dict[int, tuple[Any, Any]] = {}

    def __call__(self, text: str, style: Any, *, underline: bool = False) -> Any:
        """A paragraph printing ``text`` literally in ``style`` (underlined if asked)."""
        cls = paragraph_class()
        text = normalize(text)
        if underline:
            return cls("<u>" + markup(text) + "</u>", style)
        if not _MARKUP_CHARS.isdisjoint(text):
            return cls(markup(text), style)
        # What the parser would make: the text with its white space collapsed, in one fragment
        # (none when that leaves nothing), each with lists of its own. reportlab's cleaner
        # splits like str.split() unless there is a no-break space, which it keeps.
        if "\xa0" in text:
            from reportlab.platypus.paragraph import cleanBlockQuotedText

            clean = cleanBlockQuotedText(text)
        else:
            clean = " ".join(text.split())
        frags = [self._template(style).clone(text=clean, link=[], us_lines=[])] if clean else []
        return cls(clean, style, frags=frags)

    def _template(self, style: Any) -> Any:
        found = self._templates.get(id(style))
        if found is None or found[0] is not style:
            from reportlab.platypus import Paragraph

            found = (style, Paragraph("x", style).frags[0])
            self._templates[id(style)] = found
        return found[1]
