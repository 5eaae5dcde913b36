"""Rendering many reports at once (kl224.batch): output names, refusals, their language."""

from __future__ import annotations

from pathlib import Path

import pytest

import kl224
from kl224.batch import output_path, render_many


@pytest.fixture
def sources(tmp_path: Path) -> list[str]:
    out = []
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
        path = tmp_path / folder / "report.json"
        kl224.dump(kl224.sample_report(), path)
        out.append(str(path))
    return out


def test_output_names_are_derived_from_the_inputs(tmp_path: Path) -> None:
    assert output_path("a/b.json", ".docx") == Path("a/b.docx")
    assert output_path("a/b.docx", ".docx") == Path("a/b.out.docx")
    assert output_path("a/b.json", ".pdf", str(tmp_path)) == tmp_path / "b.pdf"


@pytest.mark.parametrize(
    ("lang", "exists", "duplicate"),
    [
        ("vi", "đã tồn tại; dùng --force để ghi đè", "cùng một tên tệp kết quả"),
        ("en", "exists; use --force to overwrite", "two inputs give this output name"),
    ],
)
def test_refusals_are_in_the_language_asked_for(
    tmp_path: Path, sources: list[str], lang: str, exists: str, duplicate: str
) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    # Both inputs are called report.json: in one folder they would share report.txt.
    first, second = render_many(sources, "text", directory=str(out_dir), jobs=1, lang=lang)
    assert first.error == ""
    assert duplicate in second.error
    assert "HUYỆN ỦY TAM ĐƯỜNG" in (out_dir / "report.txt").read_text(encoding="utf-8")
    (again,) = render_many(sources[:1], "text", directory=str(out_dir), jobs=1, lang=lang)
    assert exists in again.error
