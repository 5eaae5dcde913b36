"""The Word file as other clients see it: python-docx, pandoc and mammoth find the outline's
headings; an office's reference document; the python-docx hand-off; the CLI option."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import attrs
import docx
import mammoth
import pytest
from docx.enum.section import WD_ORIENT
from docx.shared import Mm, Pt

import kl224
from kl224.cli import main
from kl224.document import Heading, Para, build_document
from kl224.renderers import page
from kl224.renderers.docx import DocxRenderer, ReferenceDocumentError, read_embedded, save


@pytest.fixture(scope="module")
def report() -> kl224.Report:
    return kl224.sample_report()


@pytest.fixture(scope="module")
def document(report: kl224.Report) -> kl224.Document:
    return build_document(report)


@pytest.fixture(scope="module")
def sample_docx(document: kl224.Document) -> bytes:
    stream = io.BytesIO()
    DocxRenderer().write(document, stream)
    return stream.getvalue()


def expected_headings(document: kl224.Document) -> list[tuple[int, str]]:
    return [(node.level, page.heading_text(node.level, node.text))
            for node in document.body if isinstance(node, Heading)]


def _style_size(style: docx.styles.style.BaseStyle) -> float:
    """The size a paragraph style gives its text, following its base styles."""
    while style is not None:
        if style.font.size is not None:
            return float(style.font.size.pt)
        style = style.base_style
    raise AssertionError("no size in the style chain")


# ------------------------------------------------------------------- headings other tools see


def test_python_docx_reads_the_outline_as_heading_styles(
    sample_docx: bytes, document: kl224.Document
) -> None:
    paragraphs = docx.Document(io.BytesIO(sample_docx)).paragraphs
    found = [(int(p.style.name.split()[-1]), p.text) for p in paragraphs
             if p.style is not None and p.style.name.startswith("Heading")]
    assert found == expected_headings(document)
    assert {level for level, _ in found} == {1, 2, 3}
    assert len(found) > 20


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc is not installed")
def test_pandoc_finds_every_heading_at_its_level(
    tmp_path: Path, sample_docx: bytes, document: kl224.Document
) -> None:
    source = tmp_path / "sample.docx"
    source.write_bytes(sample_docx)
    ast = json.loads(subprocess.run(["pandoc", "-f", "docx", "-t", "json", str(source)],
                                    check=True, capture_output=True, timeout=120).stdout)

    def plain(inlines: list[dict[str, object]]) -> str:
        out = []
        for inline in inlines:
            kind, content = inline["t"], inline.get("c")
            if kind == "Str":
                out.append(str(content))
            elif kind in ("Space", "SoftBreak", "LineBreak"):
                out.append(" ")
            elif isinstance(content, list):
                out.append(plain(content[-1] if kind in ("Span", "Link") else content))
        return "".join(out)

    headers = [(block["c"][0], plain(block["c"][2])) for block in ast["blocks"]
               if block["t"] == "Header"]
    assert headers == expected_headings(document)
    markdown = subprocess.run(
        ["pandoc", "-f", "docx", "-t", "markdown", "--wrap=none", str(source)],
        check=True, capture_output=True, text=True, timeout=120).stdout
    marks = [line.split(" ", 1)[0] for line in markdown.splitlines() if line.startswith("#")]
    assert marks == ["#" * level for level, _ in expected_headings(document)]


def test_mammoth_gives_h1_to_h3_and_no_warning(
    sample_docx: bytes, document: kl224.Document
) -> None:
    result = mammoth.convert_to_html(io.BytesIO(sample_docx))
    assert [m.message for m in result.messages] == []
    html = result.value
    for level, text in expected_headings(document):
        escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        assert f"<h{level}>{escaped}</h{level}>" in html, text
    assert html.count("<h1>") + html.count("<h2>") + html.count("<h3>") == len(
        expected_headings(document))


def test_core_properties_of_the_sample(sample_docx: bytes, report: kl224.Report) -> None:
    props = docx.Document(io.BytesIO(sample_docx)).core_properties
    assert props.author == report.meta.issuing_body
    assert props.language == "vi-VN"
    assert report.meta.subject in props.title and props.subject == report.meta.subject
    assert "224-KL/TU" in props.keywords and report.meta.issuing_body in props.keywords


def test_a_long_title_is_cut_to_what_word_keeps() -> None:
    base = build_document(kl224.sample_report())
    long = attrs.evolve(base, info=attrs.evolve(base.info, title="Báo cáo " * 60))
    props = docx.Document(io.BytesIO(kl224.render(long, "docx"))).core_properties
    assert len(props.title) == 255 and props.title.endswith("…")


# ------------------------------------------------------------------------ reference documents


def _reference(tmp_path: Path, name: str, *, normal_pt: float | None = None,
               a4_margins_mm: tuple[float, float, float, float] | None = None,
               body_style_pt: float | None = None) -> Path:
    """A reference document made with python-docx, as an office might make its template."""
    ref = docx.Document()
    ref.add_paragraph("Nội dung mẫu của văn phòng — không được chép sang báo cáo.")
    ref.sections[0].header.paragraphs[0].text = "Tiêu đề trang của mẫu"
    if normal_pt is not None:
        ref.styles["Normal"].font.size = Pt(normal_pt)
    if body_style_pt is not None:
        style = ref.styles.add_style("KL Body", docx.enum.style.WD_STYLE_TYPE.PARAGRAPH)
        style.font.size = Pt(body_style_pt)
        style.font.name = "Arial"
    if a4_margins_mm is not None:
        section = ref.sections[0]
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.orientation = WD_ORIENT.PORTRAIT
        top, bottom, left, right = a4_margins_mm
        section.top_margin, section.bottom_margin = Mm(top), Mm(bottom)
        section.left_margin, section.right_margin = Mm(left), Mm(right)
    path = tmp_path / name
    ref.save(str(path))
    return path


def _body_paragraphs(data: bytes) -> list[docx.text.paragraph.Paragraph]:
    """Body text and bullets (tables, headings and the header are not body text)."""
    return [p for p in docx.Document(io.BytesIO(data)).paragraphs
            if p.style is not None and p.style.name in ("KL Body", "KL Bullet") and p.text]


def _assert_party_layout(data: bytes) -> None:
    word = docx.Document(io.BytesIO(data))
    section = word.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert (round(section.top_margin.mm), round(section.bottom_margin.mm)) == (20, 20)
    assert (round(section.left_margin.mm), round(section.right_margin.mm)) == (30, 15)
    header = word.tables[0]
    assert round(header.columns[0].width.mm) == 70
    assert header.cell(0, 0).paragraphs[1].text == page.upper(kl224.sample_report()
                                                                 .meta.issuing_body)


def test_a_reference_whose_normal_is_13_pt_gives_13_pt_body_text(
    tmp_path: Path, document: kl224.Document, report: kl224.Report
) -> None:
    reference = _reference(tmp_path, "office.docx", normal_pt=13)
    data = kl224.render(document, DocxRenderer(reference_doc=reference))
    body = _body_paragraphs(data)
    assert len(body) > 50
    for paragraph in body:
        assert _style_size(paragraph.style) == 13
    # The reference is a US Letter page from python-docx: the Party page stays.
    _assert_party_layout(data)
    word = docx.Document(io.BytesIO(data))
    # Nothing of the reference's text or page header came along; the data is the report's.
    assert all("văn phòng" not in p.text for p in word.paragraphs)
    texts = [p.text for s in word.sections for p in s.header.paragraphs]
    assert "Tiêu đề trang của mẫu" not in texts
    assert kl224.load(_write(tmp_path / "out.docx", data)) == report
    # The styles kl224 needs and the reference lacked were added.
    names = {s.name for s in word.styles}
    assert {"KL Body", "KL Header", "KL Signature Name", "Heading 1"} <= names


def test_a_reference_defining_a_kl224_style_keeps_it(
    tmp_path: Path, document: kl224.Document
) -> None:
    reference = _reference(tmp_path, "office.docx", body_style_pt=12)
    data = kl224.render(document, DocxRenderer(reference_doc=reference))
    style = docx.Document(io.BytesIO(data)).styles["KL Body"]
    assert style.font.size == Pt(12) and style.font.name == "Arial"
    assert all(_style_size(p.style) == 12 for p in _body_paragraphs(data))


def test_an_a4_reference_gives_its_margins(tmp_path: Path, document: kl224.Document) -> None:
    reference = _reference(tmp_path, "office.docx", a4_margins_mm=(25, 20, 35, 20))
    word = docx.Document(io.BytesIO(kl224.render(document,
                                                 DocxRenderer(reference_doc=reference))))
    section = word.sections[0]
    assert [round(m.mm) for m in (section.top_margin, section.bottom_margin,
                                  section.left_margin, section.right_margin)] == [25, 20, 35, 20]
    # Tables are laid across the reference's text width.
    width = sum(column.width.mm for column in word.tables[0].columns)
    assert round(width) == 210 - 35 - 20


def test_a_kl224_file_as_reference_carries_no_stale_data(
    tmp_path: Path, report: kl224.Report
) -> None:
    other = attrs.evolve(report, meta=attrs.evolve(report.meta, number=99))
    reference = _write(tmp_path / "old.docx", kl224.render(other, "docx"))
    data = kl224.render(report, DocxRenderer(reference_doc=reference))
    assert read_embedded(data) == kl224.dumps(report)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        items = [n for n in archive.namelist() if n.startswith("customXml/item")
                 and not n.startswith("customXml/itemProps")]
    assert len(items) == 1


def test_a_reference_renders_the_same_bytes_twice(tmp_path: Path,
                                                  document: kl224.Document) -> None:
    renderer = DocxRenderer(reference_doc=_reference(tmp_path, "office.docx", normal_pt=13))
    assert kl224.render(document, renderer) == kl224.render(document, renderer)


@pytest.mark.parametrize(
    ("content", "reason"),
    [(None, "missing"), (b"%PDF-1.7 not a word file", "not-zip"), ("folder", "folder")],
)
def test_a_bad_reference_is_refused_when_the_renderer_is_made(
    tmp_path: Path, content: bytes | str | None, reason: str
) -> None:
    path = tmp_path / "office.docx"
    if content == "folder":
        path.mkdir()
    elif isinstance(content, bytes):
        path.write_bytes(content)
    with pytest.raises(ReferenceDocumentError) as info:
        DocxRenderer(reference_doc=path)
    assert info.value.reason == reason
    assert str(path) in str(info.value) and "tài liệu mẫu" in str(info.value)
    assert "reference document" in info.value.message_in("en")


def test_a_zip_that_is_not_word_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "office.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "xin chào")
    with pytest.raises(ReferenceDocumentError) as info:
        DocxRenderer(reference_doc=path)
    assert info.value.reason == "not-word"


# ---------------------------------------------------------------------------------- the CLI


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_cli_render_with_a_reference(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                     report: kl224.Report) -> None:
    source = _write(tmp_path / "r.json", kl224.dumps(report).encode())
    reference = _reference(tmp_path, "office.docx", normal_pt=13)
    out = tmp_path / "r.docx"
    assert main(["render", str(source), "-o", str(out), "--reference-doc", str(reference)]) == 0
    assert all(_style_size(p.style) == 13 for p in _body_paragraphs(out.read_bytes()))
    assert kl224.load(out) == report
    blank = tmp_path / "blank.docx"
    assert main(["template", "-o", str(blank), "--reference-doc", str(reference)]) == 0
    assert any(p.style.name == "Heading 1" for p in docx.Document(str(blank)).paragraphs)
    capsys.readouterr()


@pytest.mark.parametrize("command", ["render", "template", "aggregate"])
def test_cli_refuses_a_broken_reference_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str, report: kl224.Report
) -> None:
    source = _write(tmp_path / "r.json", kl224.dumps(report).encode())
    broken = _write(tmp_path / "office.docx", b"PK\x03\x04 broken zip")
    out = tmp_path / "out.docx"
    args = {"render": ["render", str(source), "-o", str(out)],
            "template": ["template", "-o", str(out)],
            "aggregate": ["aggregate", str(source), str(source), "-o", str(out)]}[command]
    assert main([*args, "--reference-doc", str(broken)]) == 2
    err = capsys.readouterr().err
    assert "office.docx" in err and "tài liệu mẫu" in err and "Traceback" not in err
    assert not out.exists()
    assert main(["--lang", "en", *args, "--reference-doc", str(broken)]) == 2
    assert "reference document" in capsys.readouterr().err
    assert not out.exists()


def test_cli_reference_is_for_docx_only(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                        report: kl224.Report) -> None:
    source = _write(tmp_path / "r.json", kl224.dumps(report).encode())
    reference = _reference(tmp_path, "office.docx")
    out = tmp_path / "r.pdf"
    assert main(["render", str(source), "-o", str(out), "--reference-doc", str(reference)]) == 2
    assert "DOCX" in capsys.readouterr().err and not out.exists()


def test_cli_renders_many_inputs_with_a_reference(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str],
                                                  report: kl224.Report) -> None:
    sources = [str(_write(tmp_path / f"{name}.json", kl224.dumps(report).encode()))
               for name in ("a", "b")]
    reference = _reference(tmp_path, "office.docx", normal_pt=13)
    assert main(["render", *sources, "-f", "docx", "-j", "2",
                 "--reference-doc", str(reference)]) == 0
    for name in ("a", "b"):
        data = (tmp_path / f"{name}.docx").read_bytes()
        assert all(_style_size(p.style) == 13 for p in _body_paragraphs(data))
    capsys.readouterr()


# ------------------------------------------------------------------------------- the hand-off


def _png() -> bytes:
    from PIL import Image

    stream = io.BytesIO()
    Image.new("RGB", (120, 60), (200, 20, 20)).save(stream, "PNG")
    return stream.getvalue()


def test_hand_off_adds_a_logo_and_an_annex_and_still_loads(
    tmp_path: Path, report: kl224.Report, document: kl224.Document
) -> None:
    word = DocxRenderer().build(document)
    header = word.sections[0].first_page_header
    header.paragraphs[0].add_run().add_picture(io.BytesIO(_png()), width=Mm(20))
    word.add_paragraph("Phụ lục 2", style="KL Annex Label")
    word.add_paragraph("DANH SÁCH CÁC ĐƠN VỊ", style="KL Annex Title")
    word.add_paragraph("Một phụ lục do phần mềm của huyện thêm vào.", style="KL Body")
    out = tmp_path / "edited.docx"
    word.save(str(out))
    assert kl224.load(out) == report
    again = docx.Document(str(out))
    assert again.paragraphs[-1].text == "Một phụ lục do phần mềm của huyện thêm vào."
    with zipfile.ZipFile(out) as archive:
        assert any(name.startswith("word/media/") for name in archive.namelist())
    # kl224's own save gives reproducible bytes for the edited document too.
    first, second = io.BytesIO(), io.BytesIO()
    save(word, first)
    save(word, second)
    assert first.getvalue() == second.getvalue()


def test_hand_off_is_what_write_saves(document: kl224.Document, sample_docx: bytes) -> None:
    stream = io.BytesIO()
    save(DocxRenderer().build(document), stream)
    assert stream.getvalue() == sample_docx


def test_hand_off_refuses_unwritable_text(document: kl224.Document) -> None:
    bad = attrs.evolve(document, body=(Para(text="a\x02b"),))
    with pytest.raises(kl224.renderers.RenderError, match=r"body\[0\]\.text"):
        DocxRenderer().build(bad)
