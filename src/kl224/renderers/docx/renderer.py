"""The Word renderer: options, the python-docx hand-off, and writing reproducible bytes."""

from __future__ import annotations

import functools
import io
import os
import zipfile
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any, BinaryIO, ClassVar, Literal, assert_never

import attrs
import docx
from docx.document import Document as WordDocument

from kl224.document.nodes import BulletItem, Document, Heading, Node, Para, Table
from kl224.messages import lang_of, message
from kl224.renderers.base import RenderError
from kl224.renderers.docx.builder import Builder, PageSetup
from kl224.renderers.docx.embedded import write_embedded
from kl224.renderers.docx.package import new_document, save, set_properties
from kl224.renderers.docx.styles import (
    apply_styles,
    embed_mammoth_style_map,
    mammoth_style_map,
    party_styles,
)
from kl224.text.clean import find_unsafe

__all__ = ["DocxRenderer", "ReferenceDocumentError"]


class ReferenceDocumentError(RenderError, ValueError):
    """The reference document cannot be used (missing, unreadable, or not a Word file).

    ``path`` is the file as given and ``reason`` one of ``missing``, ``folder``,
    ``unreadable``, ``not-zip``, ``not-word`` (``detail`` says more for the last two).
    ``str(error)`` is the message in Vietnamese; :meth:`message_in` gives it in English too.
    """

    def __init__(self, path: str, reason: str, detail: str = "") -> None:
        self.path = path
        self.reason = reason
        self.detail = detail
        super().__init__(self.message_in("vi"))

    def message_in(self, lang: str) -> str:
        """The message in ``lang`` (``"vi"`` or ``"en"``)."""
        language = lang_of(lang)
        why = message(f"renderers.reference-doc:{self.reason}", language, detail=self.detail)
        return message("renderers.reference-doc", language, path=self.path, reason=why)


def _read_reference(path: Path) -> bytes:
    """The bytes of the reference document at ``path``, checked to open as a Word file."""
    shown = os.fspath(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError as error:
        raise ReferenceDocumentError(shown, "missing") from error
    except IsADirectoryError as error:
        raise ReferenceDocumentError(shown, "folder") from error
    except OSError as error:
        raise ReferenceDocumentError(shown, "unreadable", error.strerror or str(error)) from error
    try:
        docx.Document(io.BytesIO(data))
    except zipfile.BadZipFile as error:
        raise ReferenceDocumentError(shown, "not-zip") from error
    except Exception as error:  # python-docx raises many kinds on a damaged package
        raise ReferenceDocumentError(shown, "not-word", type(error).__name__) from error
    return data


@functools.lru_cache(maxsize=8)
def _template(body_size: float, line: float, line_rule: Literal["exact", "multiple"],
              language: str, reference: bytes | None) -> tuple[bytes, Mapping[str, str]]:
    """The starting document for these options, styled and saved once per process, and the
    id of each of its styles kl224 uses, by name.

    Restyling python-docx's template (or adding to an office's) takes far longer than filling
    it, and python-docx finds a style by name only by searching the whole style list; both are
    the same for every report rendered with the same options, so each render opens a copy of
    these bytes.
    """
    word = new_document(reference, language=language)
    specs = party_styles(body_size=body_size, line=line, line_rule=line_rule)
    apply_styles(word, specs, restyle=reference is None, language=language)
    embed_mammoth_style_map(word, mammoth_style_map(spec.name for spec in specs))
    ids = MappingProxyType({spec.name: word.styles[spec.name].style_id for spec in specs})
    stream = io.BytesIO()
    word.save(stream)
    return stream.getvalue(), ids


def _in(*allowed: object) -> Callable[[Any, Any, Any], Any]:
    validator: Callable[[Any, Any, Any], Any] = attrs.validators.in_(allowed)
    return validator


def _optional_path(value: str | os.PathLike[str] | None) -> Path | None:
    return None if value is None else Path(value)


@attrs.frozen(kw_only=True)
class DocxRenderer:
    """Writes a Document as a Word file (.docx) in the Party document format, on python-docx.

    Options:

    - ``body_size`` — body text in points, 14 (default) or 15.
    - ``line_spacing`` and ``line_spacing_rule`` — with rule ``"exact"`` (default) the line pitch
      is exactly ``line_spacing`` points (default 18 pt, allowed 10–40); with ``"multiple"`` it is
      ``line_spacing`` lines (allowed 1.0–3.0, e.g. 1.5).
    - ``recipients_separator`` — "," (default) or ";" at the end of each recipient but the last.
    - ``draft_mark`` — print a boxed "DỰ THẢO" at the top of page 1 of a draft (default on).
    - ``reference_doc`` — an office's own Word file whose styles and page set-up to use (like
      pandoc's ``--reference-doc``); see docs/word.md for the rule. It is read and checked when
      the renderer is made: :class:`ReferenceDocumentError` if it is not a readable DOCX.

    :meth:`build` hands over the python-docx ``Document`` before it is saved, for callers that
    add to it (a logo, an annex); :meth:`write` builds and saves reproducible bytes. The
    instance holds options only; every call builds its own document, so one renderer is safe
    to share between threads.
    """

    name: ClassVar[str] = "docx"
    suffixes: ClassVar[tuple[str, ...]] = (".docx",)
    media_type: ClassVar[str] = (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )

    body_size: Literal[14, 15] = attrs.field(default=14, validator=_in(14, 15))
    line_spacing: float = attrs.field(default=18.0)
    line_spacing_rule: Literal["exact", "multiple"] = attrs.field(
        default="exact", validator=_in("exact", "multiple")
    )
    recipients_separator: Literal[",", ";"] = attrs.field(default=",", validator=_in(",", ";"))
    draft_mark: bool = True
    reference_doc: Path | None = attrs.field(default=None, converter=_optional_path)
    _reference: bytes | None = attrs.field(init=False, eq=False, repr=False, default=None)

    @line_spacing.validator
    def _check_line_spacing(self, _attribute: object, value: float) -> None:
        low, high = (10.0, 40.0) if self.line_spacing_rule == "exact" else (1.0, 3.0)
        if not low <= value <= high:
            unit = "points" if self.line_spacing_rule == "exact" else "lines"
            raise ValueError(
                f"line_spacing {value} is out of range for rule {self.line_spacing_rule!r}: "
                f"use {low:g}–{high:g} {unit}"
            )

    def __attrs_post_init__(self) -> None:
        if self.reference_doc is not None:
            object.__setattr__(self, "_reference", _read_reference(self.reference_doc))

    def build(self, document: Document) -> WordDocument:
        """Lay ``document`` out and return the python-docx ``Document``, not yet saved.

        Change it with python-docx as you like (a logo in ``sections[0].first_page_header``,
        another annex) and save it with its ``save`` method, or with
        :func:`kl224.renderers.docx.save` for reproducible bytes. The report's JSON is already
        embedded, so the saved file loads back with :func:`kl224.load`. Raises
        :class:`~kl224.renderers.base.RenderError` naming the field if a text holds a
        character a Word file cannot carry, or if a table's column widths are not positive.
        """
        language = document.info.language or "vi-VN"
        try:
            template, style_ids = _template(
                self.body_size, self.line_spacing, self.line_spacing_rule, language,
                self._reference,
            )
            word = docx.Document(io.BytesIO(template))
            setup = PageSetup.party()
            if self._reference is not None:
                theirs = PageSetup.of(word.sections[0])
                if theirs is not None and theirs.is_a4:
                    setup = theirs
            Builder(word, setup, style_ids, recipients_separator=self.recipients_separator,
                    draft_mark=self.draft_mark).build(document)
            set_properties(word, document.info, "; ".join(document.info.keywords))
            write_embedded(word, document.source_json)
        except ValueError as error:
            raise RenderError(_explain(document, error)) from error
        return word

    def write(self, document: Document, stream: BinaryIO) -> None:
        """Write ``document`` to ``stream`` as DOCX bytes (identical bytes for equal documents).

        Raises :class:`~kl224.renderers.base.RenderError` as :meth:`build` does.
        """
        save(self.build(document), stream)


# ------------------------------------------------------------------------ naming a bad text


def _node_texts(nodes: tuple[Node, ...], where: str) -> Iterator[tuple[str, str]]:
    for index, node in enumerate(nodes):
        place = f"{where}[{index}]"
        match node:
            case Heading():
                yield f"{place}.label", node.label
                yield f"{place}.title", node.title
            case Para() | BulletItem():
                yield f"{place}.text", node.text
            case Table():
                yield f"{place}.caption", node.caption
                for col, text in enumerate(node.header):
                    yield f"{place}.header[{col}]", text
                for row_index, row in enumerate(node.rows):
                    for col, text in enumerate(row):
                        yield f"{place}.rows[{row_index}][{col}]", text
            case _:
                assert_never(node)


def _document_texts(document: Document) -> Iterator[tuple[str, str]]:
    """Every text of ``document`` with its place, for error messages."""
    info = document.info
    yield from (("info.title", info.title), ("info.author", info.author),
                ("info.subject", info.subject), ("info.language", info.language))
    for index, word in enumerate(info.keywords):
        yield f"info.keywords[{index}]", word
    if document.header is not None:
        for key in ("superior_body", "issuing_body", "code_line", "place_date", "party_title"):
            yield f"header.{key}", getattr(document.header, key)
    title = document.title
    yield "title.doc_type", title.doc_type
    for index, line in enumerate(title.subject):
        yield f"title.subject[{index}]", line
    yield "title.note", title.note
    yield "title.separator", title.separator
    yield from _node_texts(document.body, "body")
    if document.closing is not None:
        closing = document.closing
        for key in ("authority", "position", "name", "recipients_label"):
            yield f"closing.{key}", getattr(closing, key)
        for index, entry in enumerate(closing.recipients):
            yield f"closing.recipients[{index}]", entry
    for index, annex in enumerate(document.annexes):
        yield f"annexes[{index}].label", annex.label
        yield f"annexes[{index}].title", annex.title
        yield f"annexes[{index}].note", annex.note
        yield from _node_texts(annex.body, f"annexes[{index}].body")
    yield "source_json", document.source_json


def _explain(document: Document, error: ValueError) -> str:
    for place, text in _document_texts(document):
        found = find_unsafe(text)
        if found is not None:
            index, char = found
            return (
                f"cannot write the DOCX: {place} holds the character U+{ord(char):04X} at "
                f"position {index}, which Word files cannot carry; remove it "
                "(kl224.text.normalize() strips such characters)"
            )
    return f"cannot write the DOCX: {error}"
