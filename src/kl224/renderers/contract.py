"""The renderer contract test: run it against any renderer, built-in or third-party.

``check_renderer(MyRenderer())`` renders the sample report, the blank outline and hostile
documents, and raises AssertionError naming what broke: an output that does not change when one
paragraph, bullet, heading or table cell changes (the renderer drops it), and — for a renderer
whose output is markup (HTML, XML, Markdown …) — user text that comes out as live markup.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Callable, Iterator
from typing import Final

import attrs

from kl224.document.nodes import (
    Annex,
    BulletItem,
    Closing,
    DocInfo,
    Document,
    Header,
    Heading,
    Node,
    Para,
    Table,
    Title,
)
from kl224.renderers.base import Renderer

__all__ = [
    "HOSTILE_STRINGS",
    "MARKUP_MEDIA_TYPES",
    "check_renderer",
    "content_document",
    "declares_markup",
    "hostile_documents",
]

HOSTILE_STRINGS: tuple[str, ...] = (
    "<b>đậm</b> & <i>nghiêng</i> \"trích\" 'dẫn'",
    '<font color=red size=40>x</font> <img src="/etc/passwd"/> <a href="http://x">y</a>',
    "]]> <![CDATA[ <?xml version='1.0'?> <w:p/> &amp; &#x41; %PDF-1.4 \\(x\\)",
    unicodedata.normalize("NFD", "Huyện ủy Tam Đường tuyên truyền bằng tiếng dân tộc"),
    "\u202eđảo ngược\u202c \u200fRTL\u200e \u200bzero\u200bwidth\ufeff",
    "Emoji 😀🇻🇳👨‍👩‍👧 and 漢字 and \U0001d400",
    "x" * 10_000,
    "   many    spaces\tand\ttabs\nand\nnew lines   ",
    "",
)
"""Text that has broken renderers elsewhere: markup, XML, decomposed and bidirectional text,
emoji, a 10,000-character word, white space runs, the empty string."""


def hostile_documents(rows: int = 2_000) -> Iterator[Document]:
    """Documents made of :data:`HOSTILE_STRINGS`, an empty document and a table of ``rows``."""
    for text in HOSTILE_STRINGS:
        yield Document(
            info=DocInfo(title=text, author=text, subject=text),
            header=Header(superior_body=text, issuing_body=text, code_line=text, place_date=text),
            title=Title(doc_type=text or "BÁO CÁO", subject=(text, text), note=text),
            body=(
                Heading(level=1, label="A-", title=text),
                Heading(level=2, label="I-", title=text),
                Heading(level=3, label="1.", title=text),
                Para(text=text),
                Para(text=text, align="center", bold=True, italic=True, indent=False),
                BulletItem(marker="-", text=text),
                BulletItem(marker="+", text=text),
                Table(
                    header=(text, "b"),
                    rows=((text, text), ("", text)),
                    widths=(1.0, 1.0),
                    align=("left", "right"),
                    caption=text,
                ),
            ),
            closing=Closing(authority=text, position=text, name=text, recipients=(text, text)),
            annexes=(Annex(label="Phụ lục 1", title=text, note=text, body=(Para(text=text),)),),
            draft=True,
        )
    yield Document(info=DocInfo(title=""), title=Title(doc_type="BÁO CÁO"))
    yield Document(
        info=DocInfo(title="big table"),
        title=Title(doc_type="BÁO CÁO"),
        body=(
            Table(
                header=("TT", "Nội dung", "Số liệu"),
                rows=tuple((str(i), f"Chỉ tiêu số {i} <&>", f"{i}.000") for i in range(rows)),
                widths=(0.5, 4.0, 1.0),
                align=("center", "left", "right"),
            ),
        ),
    )


MARKUP_MEDIA_TYPES: Final = (
    "text/html",
    "application/xhtml+xml",
    "application/xml",
    "text/xml",
    "text/markdown",
    "text/x-markdown",
    "image/svg+xml",
    "text/x-tex",
    "application/rtf",
)
"""Media types whose output is markup: user text must come out escaped."""

# A tag that is not HTML, so no renderer has a reason to write it itself.
_PROBE: Final = '<kl224-probe data-x="1">&amp;</kl224-probe>'
# The probe's tag written live: not escaped as an entity, nor with Markdown's backslash.
_LIVE_PROBE: Final = re.compile(r"(?<![\\])<kl224-probe")


def declares_markup(renderer: Renderer) -> bool:
    """Whether ``renderer`` writes markup: a ``markup = True`` class attribute, or a media type
    of :data:`MARKUP_MEDIA_TYPES` (or any ``+xml`` type)."""
    declared = getattr(type(renderer), "markup", None)
    if isinstance(declared, bool):
        return declared
    media = type(renderer).media_type.split(";")[0].strip().lower()
    return media in MARKUP_MEDIA_TYPES or media.endswith("+xml")


def content_document(text: Callable[[str], str] = lambda key: key) -> Document:
    """A small document whose every text is distinct: ``text(key)`` for each place (``"para
    1"``, ``"bullet 2"``, ``"cell 1 2"`` …; by default the key itself, in Vietnamese words)."""
    return Document(
        info=DocInfo(title=text("Tiêu đề tài liệu")),
        header=Header(
            superior_body=text("Đảng bộ tỉnh"),
            issuing_body=text("Huyện ủy"),
            code_line=text("Số 1-BC/HU"),
            place_date=text("Tam Đường, ngày 1 tháng 1 năm 2024"),
        ),
        title=Title(doc_type="BÁO CÁO", subject=(text("Trích yếu thứ nhất"),)),
        body=(
            Heading(level=1, label="A-", title=text("Đề mục thứ nhất")),
            Para(text=text("Đoạn văn thứ nhất")),
            Para(text=text("Đoạn văn thứ hai")),
            Heading(level=2, label="I-", title=text("Đề mục thứ hai")),
            BulletItem(marker="-", text=text("Gạch đầu dòng thứ nhất")),
            BulletItem(marker="+", text=text("Gạch đầu dòng thứ hai")),
            Heading(level=3, label="1.", title=text("Đề mục thứ ba")),
            Para(text=text("Đoạn văn thứ ba"), italic=True),
            Table(
                header=(text("Cột một"), text("Cột hai")),
                rows=((text("Ô một"), text("Ô hai")),),
                widths=(1.0, 1.0),
                align=("left", "right"),
                caption=text("Chú thích bảng"),
            ),
        ),
        closing=Closing(
            authority=text("T/M BAN THƯỜNG VỤ"),
            position=text("BÍ THƯ"),
            name=text("Người Ký Tên"),
            recipients=(text("Nơi nhận thứ nhất"),),
        ),
        annexes=(Annex(label="Phụ lục 1", title=text("Tên phụ lục"),
                       body=(Para(text=text("Đoạn văn của phụ lục")),)),),
    )


def _changed(node: Node, value: str) -> Node:
    if isinstance(node, Para | BulletItem):
        return attrs.evolve(node, text=value)
    if isinstance(node, Heading):
        return attrs.evolve(node, title=value)
    if isinstance(node, Table):
        return attrs.evolve(node, rows=((value, node.rows[0][1]),))
    return node


def _one_change_each(document: Document) -> Iterator[tuple[str, Document]]:
    """The document with one text changed, for each paragraph, bullet, heading, table cell,
    annex paragraph, the subject and the signer's name."""
    changed = "Nội dung đã được thay đổi"
    for index, node in enumerate(document.body):
        body = (*document.body[:index], _changed(node, changed), *document.body[index + 1:])
        what = type(node).__name__ + (f" “{node.text}”" if isinstance(node, Para) else "")
        yield f"body[{index}] ({what})", attrs.evolve(document, body=body)
    annex = document.annexes[0]
    yield "the annex's paragraph", attrs.evolve(
        document, annexes=(attrs.evolve(annex, body=(Para(text=changed),)),)
    )
    yield "the subject", attrs.evolve(
        document, title=attrs.evolve(document.title, subject=(changed,))
    )
    assert document.closing is not None
    yield "the signer's name", attrs.evolve(
        document, closing=attrs.evolve(document.closing, name=changed)
    )


def _check_nothing_dropped(
    renderer: Renderer, text_of: Callable[[bytes], str] | None
) -> None:
    document = content_document()
    base = _render(renderer, document)
    for what, variant in _one_change_each(document):
        assert _render(renderer, variant) != base, (
            f"the output does not change when {what} changes: the renderer drops it"
        )
    if text_of is not None:
        flat = " ".join(text_of(base).split())
        for node in document.body:
            if isinstance(node, Para | BulletItem):
                assert node.text in flat, f"missing paragraph: {node.text!r}"


def _check_markup_escaped(renderer: Renderer) -> None:
    output = _render(renderer, content_document(lambda key: f"{key} {_PROBE}"))
    text = output.decode("utf-8", errors="replace")
    live = _LIVE_PROBE.search(text)
    assert live is None, (
        f"user text comes out unescaped in {type(renderer).media_type} output: "
        f"{text[live.start():live.start() + 60]!r}"
    )


def _render(renderer: Renderer, document: Document) -> bytes:
    stream = io.BytesIO()
    renderer.write(document, stream)
    data = stream.getvalue()
    assert isinstance(data, bytes), "write() must write bytes"
    return data


def check_renderer(
    renderer: Renderer,
    *,
    text_of: Callable[[bytes], str] | None = None,
    rows: int = 2_000,
) -> None:
    """Check ``renderer`` against the contract; raise AssertionError naming what broke.

    Renders the sample report, the blank outline and :func:`hostile_documents`; checks class
    attributes, that output is non-empty bytes and identical on a second render, that changing
    any one paragraph, bullet, heading, table cell, annex paragraph, the subject or the signer of
    :func:`content_document` changes the output (nothing is dropped), for a renderer that
    :func:`declares_markup` that user text cannot inject a tag (a data renderer that writes the
    figures and not the prose says so with ``data_only = True`` and skips the first), and — when
    ``text_of`` turns
    output back into text — that every paragraph, every narrative string of the sample and
    every outline heading appears (white space aside).
    """
    from kl224 import narrative_strings, outline
    from kl224.document.build import build_document, outline_document
    from kl224.sample import sample_report

    cls = type(renderer)
    assert isinstance(getattr(cls, "name", None), str) and cls.name, "name must be a str"
    assert isinstance(cls.suffixes, tuple), "suffixes must be a tuple"
    assert all(isinstance(s, str) and s.startswith(".") for s in cls.suffixes), (
        "suffixes start with a dot"
    )
    assert isinstance(cls.media_type, str) and "/" in cls.media_type, "media_type is a MIME type"

    report = sample_report()
    sample = build_document(report)
    blank = outline_document()
    for document in (sample, blank, *hostile_documents(rows)):
        first = _render(renderer, document)
        assert first, "empty output"
        assert _render(renderer, document) == first, "two renders differ"

    if getattr(cls, "data_only", False) is not True:
        _check_nothing_dropped(renderer, text_of)
    if declares_markup(renderer):
        _check_markup_escaped(renderer)

    if text_of is not None:
        flat = " ".join(text_of(_render(renderer, sample)).split())
        for text in narrative_strings(report):
            assert " ".join(text.split()) in flat, f"missing narrative: {text[:60]!r}"
        flat = " ".join(text_of(_render(renderer, blank)).split())
        for node in outline.NODES:
            assert " ".join(node.title.split()) in flat, f"missing heading {node.key}"
