"""Reading a Word report from what it shows, and what changed since kl224 rendered it.

A DOCX is read from its visible content — header, title block, the outline's headings and the
narrative, lists and figures under them, the signature, the recipients and the annex's figures
table — with python-docx, whatever its styles: a file kl224 rendered, the same file edited in
Word or LibreOffice, the blank outline (``kl224 template -f docx``) filled in, or a report a
clerk typed following the outline's headings.

When the file also carries the data kl224 embedded when it rendered it, the two are compared:

- the document still shows exactly that data → the embedded report is returned unchanged
  (it carries what a page cannot: the reporting period, the district's totals …);
- the document was edited → the report is what the document shows, the embedded data filling
  only what the document cannot show, and every difference is listed
  (:class:`Difference`: pointer, value in the data, value in the document).

How the differences reach a Python caller:

- :func:`kl224.load_with_warnings` returns a :class:`Loaded` (``.report``,
  ``.differences``, ``.edited``, ``.messages(lang)``);
- :func:`kl224.load` returns the report and, when the file was edited, issues one
  :class:`DocumentEditedWarning` (a :class:`UserWarning`) carrying the differences — turn it
  into an error with ``warnings.simplefilter("error", kl224.DocumentEditedWarning)``.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable

import attrs

from kl224.messages import Lang, lang_of, message
from kl224.model import Report
from kl224.readback._slots import Difference

__all__ = ["Difference", "DocumentEditedWarning", "Loaded", "read_docx", "warn_if_edited"]


class DocumentEditedWarning(UserWarning):
    """A Word file was edited after kl224 rendered it; ``differences`` lists every change and
    ``source`` names the file. The report loaded is what the document shows."""

    def __init__(self, text: str, differences: tuple[Difference, ...], source: str) -> None:
        super().__init__(text)
        self.differences = differences
        self.source = source


@attrs.frozen
class Loaded:
    """A report loaded together with what the loader noticed.

    ``report`` is the report; ``differences`` every place where a Word file shows something
    other than the data kl224 embedded in it (empty for JSON, for an unedited file and for a
    file without kl224 data); ``embedded`` whether the file carried kl224 data; ``source`` the
    file's path (``""`` for a mapping).
    """

    report: Report
    differences: tuple[Difference, ...] = ()
    embedded: bool = False
    source: str = ""

    @property
    def edited(self) -> bool:
        """Whether the file was edited after kl224 rendered it."""
        return bool(self.differences)

    def messages(self, lang: Lang = "vi") -> tuple[str, ...]:
        """Each difference as ``pointer: sentence`` in ``lang``."""
        return tuple(f"{d.pointer}: {d.message(lang)}" for d in self.differences)


def warn_if_edited(loaded: Loaded, lang: Lang = "vi") -> None:
    """Issue one :class:`DocumentEditedWarning` when ``loaded`` lists differences."""
    if loaded.differences:
        text = message(
            "readback.summary", lang_of(lang), file=loaded.source,
            count=len(loaded.differences),
        )
        warnings.warn(
            DocumentEditedWarning(text, loaded.differences, loaded.source), stacklevel=3
        )


def read_docx(
    data: bytes,
    *,
    lang: Lang = "vi",
    source: str = "",
    embedded: Callable[[bytes], str | None] | None = None,
) -> Loaded:
    """Read the DOCX ``data`` from what it shows and compare it with its embedded data.

    ``embedded`` reads the embedded JSON (default: the DOCX renderer's ``read_embedded``).
    Raises :class:`~kl224.serialization.LoadError` listing every problem — an unreadable
    figure with its JSON Pointer, the text found and the item or annex row, a heading that
    matches no outline item, a file that is not a kl224-shaped report — in ``lang``.
    """
    from kl224.readback._parse import make_missing, read_document
    from kl224.readback._shown import NotAWordFile, read_shown
    from kl224.readback._slots import apply_slots
    from kl224.serialization import LoadError, loads
    from kl224.serialization.messages import Problem

    def fail(code: str, **params: str) -> LoadError:
        return LoadError([Problem("", code, {"file": source, **params})], lang=lang,
                         source=source or None)

    if embedded is None:
        from kl224.renderers.docx import read_embedded as embedded_reader

        embedded = embedded_reader
    try:
        shown = read_shown(data)
    except NotAWordFile as error:
        raise fail("not-a-word-file", detail=str(error)) from None
    try:
        text = embedded(data)
    except ValueError as error:
        raise fail("bad-embedded-data", detail=str(error)) from None
    hint = None
    if text is not None:
        try:
            hint = loads(text, lang=lang)
        except LoadError as error:
            raise LoadError(error.problems, lang=lang, source=source or None) from None
    if hint is not None:
        from kl224.document import build_document
        from kl224.readback._same import shows_exactly

        if shows_exactly(shown, build_document(hint)):
            return Loaded(report=hint, embedded=True, source=source)
    collector = read_document(shown, hint)
    if collector.problems:
        problems = [
            Problem(p.pointer, p.code, {"file": source, **p.params}) if p.code == "not-a-report"
            else p
            for p in collector.problems
        ]
        raise LoadError(problems, lang=lang, source=source or None)
    try:
        report, differences = apply_slots(hint, collector.slots, make_missing)
    except (TypeError, ValueError) as error:
        raise fail("not-a-word-file", detail=str(error)) from None
    if hint is not None and not differences:
        report = hint
    return Loaded(report=report, differences=differences, embedded=hint is not None,
                  source=source)
