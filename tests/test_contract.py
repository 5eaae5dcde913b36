"""Every registered renderer against the renderer contract (kl224.renderers.contract)."""

from __future__ import annotations

import io

import pytest

from kl224.renderers import available, get_renderer
from kl224.renderers.contract import check_renderer


def docx_text(data: bytes) -> str:
    import docx

    document = docx.Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def test_text_renderer_follows_the_contract() -> None:
    check_renderer(get_renderer("text")(), text_of=lambda data: data.decode("utf-8"))


def test_docx_renderer_follows_the_contract() -> None:
    check_renderer(get_renderer("docx")(), text_of=docx_text)


@pytest.mark.parametrize("name", sorted(set(available()) - {"text", "docx", "pdf"}))
def test_installed_plugins_follow_the_contract(name: str) -> None:
    check_renderer(get_renderer(name)())
