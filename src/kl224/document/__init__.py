"""The format-neutral document tree and how a report becomes one."""

from kl224.document.build import (
    build_document,
    figure_cell,
    figure_text,
    item_nodes,
    outline_document,
)
from kl224.document.nodes import (
    Align,
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
    UnitReport,
    punctuate_recipients,
)

__all__ = [
    "Align",
    "Annex",
    "BulletItem",
    "Closing",
    "DocInfo",
    "Document",
    "Header",
    "Heading",
    "Node",
    "Para",
    "Table",
    "Title",
    "UnitReport",
    "build_document",
    "figure_cell",
    "figure_text",
    "item_nodes",
    "outline_document",
    "punctuate_recipients",
]
