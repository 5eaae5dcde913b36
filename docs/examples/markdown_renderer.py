"""A complete Markdown renderer for kl224: the worked example of docs/renderers.md."""
from __future__ import annotations

import re
from typing import BinaryIO, ClassVar, assert_never

import attrs

from kl224.document import BulletItem, Document, Heading, Node, Para, Table
from kl224.document import punctuate_recipients as punctuate

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+\-.!|~])")


def md(text: str) -> str:
    """Escape Markdown's special characters so user text prints literally."""
    return _SPECIAL.sub(r"\\\1", text).replace("\n", "  \n")


@attrs.frozen(kw_only=True)
class MarkdownRenderer:
    """CommonMark with GitHub tables. Option: ``heading_offset`` shifts heading levels."""

    name: ClassVar[str] = "markdown"
    suffixes: ClassVar[tuple[str, ...]] = (".md",)
    media_type: ClassVar[str] = "text/markdown; charset=utf-8"
    heading_offset: int = 1

    def write(self, document: Document, stream: BinaryIO) -> None:
        title = document.title
        out = [f"# {md(title.doc_type)}", *(f"**{md(s)}**" for s in title.subject)]
        if document.header is not None:
            h = document.header
            out.insert(0, f"{md(h.issuing_body)} · {md(h.code_line)} · *{md(h.place_date)}*\n")
        out += self._nodes(document.body)
        if document.closing is not None:
            c = document.closing
            out += [f"**{md(c.authority)}**", md(c.position), f"**{md(c.name)}**"]
            out += [md(c.recipients_label), *(md(r) for r in punctuate(c.recipients))]
        for annex in document.annexes:
            out += [f"## {md(annex.label)}: {md(annex.title)}", *self._nodes(annex.body)]
        stream.write(("\n\n".join(out) + "\n").encode("utf-8"))

    def _nodes(self, nodes: tuple[Node, ...]) -> list[str]:
        out: list[str] = []
        for node in nodes:
            if isinstance(node, Heading):
                out.append("#" * min(node.level + self.heading_offset, 6) + " " + md(node.text))
            elif isinstance(node, Para):
                out.append(f"*{md(node.text)}*" if node.italic else md(node.text))
            elif isinstance(node, BulletItem):
                out.append(("- " if node.marker == "-" else "    - ") + md(node.text))
            elif isinstance(node, Table):
                lines = ["| " + " | ".join(map(md, r)) + " |" for r in (node.header, *node.rows)]
                lines.insert(1, "|" + " --- |" * len(node.header))
                out.append("\n".join(lines))
            else:
                assert_never(node)
        return out
