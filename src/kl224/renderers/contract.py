"""The renderer contract test: run it against any renderer, built-in or third-party.

``check_renderer(MyRenderer())`` renders the sample report, the blank outline and hostile
documents, and raises AssertionError naming what broke.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Callable, Iterator

from kl224.document.nodes import (
    Annex,
    BulletItem,
    Closing,
    DocInfo,
    Document,
    Header,
    Heading,
    Para,
    Table,
    Title,
)
from kl224.renderers.base import Renderer

__all__ = ["HOSTILE_STRINGS", "check_renderer", "hostile_documents"]

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
    attributes, that output is non-empty bytes and identical on a second render, and — when
    ``text_of`` turns output back into text — that every narrative string of the sample and
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

    if text_of is not None:
        flat = " ".join(text_of(_render(renderer, sample)).split())
        for text in narrative_strings(report):
            assert " ".join(text.split()) in flat, f"missing narrative: {text[:60]!r}"
        flat = " ".join(text_of(_render(renderer, blank)).split())
        for node in outline.NODES:
            assert " ".join(node.title.split()) in flat, f"missing heading {node.key}"
