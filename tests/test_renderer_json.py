"""The report's JSON as an output format: from Python, from any input of ``kl224 render``
(an edited Word file above all), for the blank outline, and its refusals."""

from __future__ import annotations

import io
import json
from pathlib import Path

import attrs
import docx
import pytest

import kl224
from kl224.cli import main
from kl224.document import build_document, outline_document
from kl224.renderers import RenderError, available, get_renderer
from kl224.renderers.report_json import JsonRenderer
from kl224.serialization.blank import blank_dict


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_it_is_a_built_in_renderer_for_json_files() -> None:
    info = available()["json"]
    assert info.builtin and info.suffixes == (".json",) and info.media_type == "application/json"
    assert get_renderer("json") is JsonRenderer
    assert kl224.renderers.get_renderer_for_path("bao-cao.JSON") is JsonRenderer


@pytest.mark.parametrize("sample", ["district", "commune"])
def test_a_report_renders_as_what_dumps_writes(sample: str) -> None:
    report = kl224.sample_report(sample)  # type: ignore[arg-type]
    data = kl224.render(report, "json")
    assert data == kl224.dumps(report).encode("utf-8")
    assert kl224.loads(data.decode("utf-8")) == report


def test_a_document_without_its_json_writes_its_report() -> None:
    report = kl224.sample_report()
    document = attrs.evolve(build_document(report), source_json="")
    assert document.report is not None
    assert kl224.render(document, "json") == kl224.dumps(report).encode("utf-8")


def test_the_blank_outline_gives_the_blank_report() -> None:
    data = kl224.render(outline_document(), "json")
    assert json.loads(data) == blank_dict()
    assert data.endswith(b"}\n")
    blank = kl224.loads(data.decode("utf-8"))
    assert kl224.validate(blank).completeness.overall.items_filled == 0


def test_json_that_utf8_cannot_hold_is_a_render_error() -> None:
    document = attrs.evolve(outline_document(), source_json='{"a": "\ud800"}')
    with pytest.raises(RenderError, match="U\\+D800"):
        kl224.render(document, "json")


def _reworded(data: bytes) -> bytes:
    word = docx.Document(io.BytesIO(data))
    paragraph = next(p for p in word.paragraphs if p.text.startswith("Ở tỉnh, Ban Chấp hành"))
    paragraph.runs[0].text = "Ở tỉnh, nội dung do văn thư viết lại trong Word."
    for run_ in paragraph.runs[1:]:
        run_.text = ""
    out = io.BytesIO()
    word.save(out)
    return out.getvalue()


def test_a_word_file_edited_in_word_renders_to_json_with_its_edit(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    edited = tmp_path / "bao-cao.docx"
    edited.write_bytes(_reworded(kl224.render(kl224.sample_report(), "docx")))
    out = tmp_path / "bao-cao.json"
    code, _, err = run(capsys, "render", str(edited), "-o", str(out))
    assert code == 0, err
    # The edit is said, and kept: the JSON holds what the page shows.
    assert "kl224 dùng nội dung văn bản" in err
    report = kl224.load(out)
    assert report.context.narrative[2].text == "Ở tỉnh, nội dung do văn thư viết lại trong Word."
    assert attrs.evolve(report, context=kl224.sample_report().context) == kl224.sample_report()


def test_many_files_render_to_json_in_a_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    sources = []
    for sample in ("district", "commune"):
        report = kl224.sample_report(sample)  # type: ignore[arg-type]
        for fmt in ("docx", "pdf"):
            path = tmp_path / f"{sample}.{fmt}"
            path.write_bytes(kl224.render(report, fmt))
            sources.append((path, report))
    folder = tmp_path / "json"
    folder.mkdir()
    for suffix in (".docx", ".pdf"):
        # One suffix at a time: district.docx and district.pdf would both be district.json.
        code, _, err = run(capsys, "render", "-f", "json", "-d", str(folder), "--force",
                           *(str(path) for path, _ in sources if path.suffix == suffix))
        assert code == 0, err
        for path, report in sources:
            if path.suffix == suffix:
                assert kl224.load(folder / f"{path.stem}.json") == report


def test_template_json_is_the_json_renderers_blank_report(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    by_format = tmp_path / "a.json"
    by_suffix = tmp_path / "b.json"
    assert run(capsys, "template", "-f", "json", "-o", str(by_format))[0] == 0
    assert run(capsys, "template", "-o", str(by_suffix))[0] == 0
    assert by_format.read_bytes() == by_suffix.read_bytes() == kl224.render(
        outline_document(), "json")


def test_rendering_a_json_file_onto_itself_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "report.json"
    kl224.dump(kl224.sample_report(), path)
    before = path.read_bytes()
    code, _, err = run(capsys, "--lang", "en", "render", str(path), "-o", str(path), "--force")
    assert code == 2 and "one of the inputs" in err
    assert path.read_bytes() == before
