"""The PDF renderer: layout read back through poppler and pypdf, safety, determinism, embedding."""

from __future__ import annotations

import copy
import datetime as dt
import io
import re
import shutil
import subprocess
import unicodedata
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kl224.document import (
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
from kl224.renderers.base import Renderer, RenderError
from kl224.renderers.pdf import ATTACHMENT_NAME, PdfRenderer, read_embedded
from kl224.renderers.pdf.canvas import PAGE_FLATE_LEVEL
from profiles import examples

POPPLER = all(shutil.which(tool) for tool in ("pdftotext", "pdffonts", "pdfinfo"))
needs_poppler = pytest.mark.skipif(not POPPLER, reason="poppler-utils are not installed")

MM = 72 / 25.4
STACKED = "ệ, ữ, ỗ, Ử, Huyện ủy, Đường, Thường vụ"
HOSTILE = ('<b>bold</b> &amp; <font color=red>red</font> <img src="/etc/passwd"/> '
           '<a href="http://x">link</a> one<br/>two &nbsp; &#60; ]]> <!-- c --> <para>')
SOURCE_JSON = '{"meta": {"issuer": "Huyện ủy Tam Đường"}, "note": "endstream ) ( \\\\ >>"}'


def render(document: Document, renderer: PdfRenderer | None = None) -> bytes:
    stream = io.BytesIO()
    (renderer or PdfRenderer()).write(document, stream)
    return stream.getvalue()


def squash(text: str) -> str:
    return " ".join(text.split())


def pdftotext(data: bytes, tmp_path: Path, *args: str) -> str:
    source = tmp_path / "in.pdf"
    source.write_bytes(data)
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", *args, str(source), "-"],
                          capture_output=True, check=True)
    return done.stdout.decode("utf-8")


def pages_text(data: bytes, tmp_path: Path) -> list[str]:
    """Text of every page (pdftotext separates pages with a form feed)."""
    return pdftotext(data, tmp_path).split("\f")[:-1]


def running_text(pages: list[str]) -> str:
    """The pages' text as one string without the page numbers (which pdftotext puts in the
    middle of a paragraph that runs across a page break)."""
    out = []
    for number, page in enumerate(pages, start=1):
        words = page.split()
        if number > 1:
            assert words[:1] == [str(number)], f"page {number} does not start with its number"
            words = words[1:]
        out.extend(words)
    return " ".join(out)


def page_count(data: bytes) -> int:
    import pypdf

    return len(pypdf.PdfReader(io.BytesIO(data)).pages)


def body_text(index: int) -> str:
    return (f"Đoạn {index}: Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 61-KH/TU, ngày "
            "05/3/2022 để triển khai thực hiện; tổ chức 12 hội nghị với 1.250 lượt người tham "
            "dự, đạt 98,5%. Việc tuyên truyền được thực hiện thường xuyên, liên tục trên hệ "
            "thống truyền thanh cơ sở và mạng xã hội.")


def rich_document(*, draft: bool = True, source_json: str = SOURCE_JSON,
                  rows: int = 45) -> Document:
    table = Table(
        header=("TT", "Chỉ tiêu", "Đơn vị", "Mục tiêu", "Kết quả"),
        rows=tuple((str(i), f"Chỉ tiêu số {i} về tuyên truyền", "xã", str(3 * i), str(2 * i))
                   for i in range(1, rows + 1)),
        widths=(1, 6, 2, 2, 2),
        align=("center", "left", "center", "right", "right"),
        caption="Bảng 1. Kết quả thực hiện chỉ tiêu",
    )
    body: list[Node] = [
        Heading(level=1, label="A-", title="Bối cảnh thực hiện Kết luận"),
        Para(text=body_text(1)),
        Heading(level=1, label="B-", title="Kết quả thực hiện"),
        Heading(level=2, label="I-", title="Công tác lãnh đạo, chỉ đạo"),
        Heading(level=3, label="1.", title="Công tác quán triệt, học tập, tuyên truyền"),
        Para(text=body_text(2)),
        BulletItem(marker="-", text=f"14/15 xã (đạt 93,3%) có truyền thanh; {STACKED}."),
        BulletItem(marker="+", text="Đội văn nghệ thôn, bản được duy trì."),
        table,
        *(Para(text=body_text(i)) for i in range(3, 9)),
    ]
    return Document(
        info=DocInfo(title="Báo cáo kết quả thực hiện Kết luận 224-KL/TU",
                     author="Huyện ủy Tam Đường", subject="Kết luận 224-KL/TU",
                     date=dt.date(2024, 10, 30)),
        header=Header(superior_body="Đảng bộ tỉnh Lai Châu", issuing_body="Huyện ủy Tam Đường",
                      code_line="Số 215-BC/HU",
                      place_date="Tam Đường, ngày 30 tháng 10 năm 2024"),
        title=Title(doc_type="Báo cáo",
                    subject=("kết quả triển khai thực hiện Kết luận số 224-KL/TU,",
                             "ngày 18/10/2021 của Tỉnh ủy"),
                    note="(Phục vụ hội nghị sơ kết)"),
        body=tuple(body),
        closing=Closing(authority="T/M Ban Thường vụ", position="Bí thư", name="Nguyễn Văn A",
                        recipients=("Ban Thường vụ Tỉnh ủy (b/c)", "Ban Tuyên giáo Tỉnh ủy (b/c)",
                                    "Các đồng chí Huyện ủy viên", "Lưu Văn phòng Huyện ủy.")),
        annexes=(Annex(label="Phụ lục 1", title="BIỂU SỐ LIỆU",
                       note="(Kèm theo Báo cáo số 215-BC/HU)",
                       body=(Para(text="Nội dung phụ lục thứ nhất."),)),),
        draft=draft,
        source_json=source_json,
    )


def small_document(*body: Node, closing: Closing | None = None, **kwargs: Any) -> Document:
    return Document(info=DocInfo(title="Thử"), title=Title(doc_type="Báo cáo"), body=body,
                    closing=closing, **kwargs)


@pytest.fixture(scope="module")
def rich_pdf() -> bytes:
    return render(rich_document())


# -- the contract ------------------------------------------------------------------------------


def test_renderer_contract() -> None:
    renderer = PdfRenderer()
    assert isinstance(renderer, Renderer)
    assert (PdfRenderer.name, PdfRenderer.suffixes, PdfRenderer.media_type) == (
        "pdf", (".pdf",), "application/pdf")
    assert (renderer.body_size, renderer.line_spacing_pt, renderer.recipients_separator,
            renderer.draft_mark) == (14, 18.0, ",", True)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        renderer.body_size = 15  # type: ignore[misc]


@pytest.mark.parametrize(
    ("options", "word"),
    [({"body_size": 12}, "body_size"), ({"line_spacing_pt": 5.0}, "line_spacing_pt"),
     ({"line_spacing_pt": float("nan")}, "line_spacing_pt"),
     ({"recipients_separator": ":"}, "recipients_separator")],
)
def test_bad_options_are_refused(options: dict[str, Any], word: str) -> None:
    with pytest.raises(ValueError, match=word):
        PdfRenderer(**options)


def test_write_refuses_what_is_not_a_document() -> None:
    with pytest.raises(TypeError, match="Document"):
        PdfRenderer().write("not a document", io.BytesIO())  # type: ignore[arg-type]


def test_bad_table_widths_name_the_table() -> None:
    table = Table(header=("a", "b"), rows=(), widths=(1, 0), align=("left", "left"),
                  caption="Bảng lỗi")
    stream = io.BytesIO()
    with pytest.raises(RenderError, match=r"body item 2 \(Bảng lỗi\).*positive"):
        PdfRenderer().write(small_document(Para(text="x"), table), stream)
    assert stream.getvalue() == b""


def test_importing_kl224_does_not_import_reportlab() -> None:
    code = ("import sys, kl224, kl224.renderers.pdf; "
            "assert 'reportlab' not in sys.modules, 'reportlab imported'")
    subprocess.run([__import__("sys").executable, "-c", code], check=True)


# -- determinism and metadata -------------------------------------------------------------------


def test_same_document_same_bytes(rich_pdf: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    assert render(rich_document()) == rich_pdf
    # reportlab would fold SOURCE_DATE_EPOCH into the file ID; ours depends on content only.
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert render(rich_document()) == rich_pdf


def _file_id(data: bytes) -> bytes:
    match = re.search(rb"/ID\s*\[\s*<([0-9a-fA-F]+)>", data)
    assert match is not None
    return match.group(1)


def test_file_id_follows_content(rich_pdf: bytes) -> None:
    other = render(rich_document(draft=False))
    assert _file_id(other) != _file_id(rich_pdf)
    assert _file_id(render(rich_document(draft=False))) == _file_id(other)
    # What no page shows names the file too: the embedded data, the date, the language.
    one, two = (render(attrs.evolve(rich_document(), source_json=text))
                for text in ('{"a": 1}', '{"a": 2}'))
    assert _file_id(one) != _file_id(two)
    later = attrs.evolve(rich_document(), info=attrs.evolve(rich_document().info,
                                                            date=dt.date(2024, 10, 31)))
    assert _file_id(render(later)) != _file_id(rich_pdf)


def test_metadata(rich_pdf: bytes) -> None:
    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(rich_pdf))
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Báo cáo kết quả thực hiện Kết luận 224-KL/TU"
    assert meta.author == "Huyện ủy Tam Đường"
    assert meta.subject == "Kết luận 224-KL/TU"
    assert meta.creator == "kl224"
    assert str(meta["/CreationDate"]) == str(meta["/ModDate"]) == "D:20241030000000+07'00'"
    root: Any = reader.trailer["/Root"]
    assert root["/Lang"] == "vi-VN"
    box = reader.pages[0].mediabox
    assert (round(float(box.width) / MM), round(float(box.height) / MM)) == (210, 297)


def test_undated_document_gets_a_fixed_epoch() -> None:
    import pypdf

    data = render(small_document(Para(text="x")))
    meta = pypdf.PdfReader(io.BytesIO(data)).metadata
    assert meta is not None
    assert str(meta["/CreationDate"]) == "D:20000101000000+00'00'"
    assert render(small_document(Para(text="x"))) == data


# -- the embedded JSON ------------------------------------------------------------------------


def test_attachment_round_trip(rich_pdf: bytes) -> None:
    assert read_embedded(rich_pdf) == SOURCE_JSON


def test_attachment_is_a_standard_embedded_file(rich_pdf: bytes) -> None:
    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(rich_pdf))
    assert reader.attachments == {ATTACHMENT_NAME: [SOURCE_JSON.encode("utf-8")]}
    root: Any = reader.trailer["/Root"]
    tree = root["/Names"]["/EmbeddedFiles"]["/Names"]
    spec = tree[1].get_object()
    assert spec["/Type"] == "/Filespec" and spec["/UF"] == ATTACHMENT_NAME
    stream = spec["/EF"]["/F"].get_object()
    assert stream["/Type"] == "/EmbeddedFile"
    assert stream["/Subtype"] == "/application/json"
    assert stream["/Params"]["/Size"] == len(SOURCE_JSON.encode("utf-8"))


def test_no_json_no_attachment() -> None:
    import pypdf

    data = render(rich_document(source_json=""))
    assert read_embedded(data) is None
    assert pypdf.PdfReader(io.BytesIO(data)).attachments == {}


def test_read_embedded_refuses_what_is_not_a_pdf() -> None:
    with pytest.raises(ValueError, match="not a PDF"):
        read_embedded(b"PK\x03\x04 a zip, not a PDF")
    with pytest.raises(ValueError, match="not a PDF"):
        read_embedded(b"")


def test_read_embedded_detects_damage() -> None:
    payload = '{"x": "' + "dữ liệu " * 50 + '"}'
    data = render(small_document(Para(text="x"), source_json=payload))
    # Compressed as the renderer compresses its streams, so the stream is found by its bytes.
    packed = zlib.compress(payload.encode("utf-8"), PAGE_FLATE_LEVEL)
    at = data.index(packed)
    flipped = bytearray(data)
    flipped[at + len(packed) // 2] ^= 0xFF
    with pytest.raises(ValueError, match="damaged"):
        read_embedded(bytes(flipped))


def test_marker_in_user_text_does_not_fool_read_embedded() -> None:
    marker_text = "/KL224 /ReportJSON /Type /EmbeddedFile /Length 5 >> stream"
    document = small_document(Para(text=marker_text))
    document = attrs.evolve(document, info=DocInfo(title=marker_text, author=marker_text))
    assert read_embedded(render(document)) is None
    with_json = attrs.evolve(document, source_json='{"a": 1}')
    assert read_embedded(render(with_json)) == '{"a": 1}'


@settings(max_examples=examples(25))
@given(st.text(min_size=1, max_size=300))
def test_any_json_text_round_trips(payload: str) -> None:
    assert read_embedded(render(small_document(source_json=payload))) == payload


def test_unencodable_json_is_refused() -> None:
    with pytest.raises(RenderError, match=r"source_json.*position 3"):
        render(small_document(source_json='{"a\udc80": 1}'))


# -- text, fonts and pages through poppler --------------------------------------------------


def _expected_lines(document: Document) -> Iterator[str]:
    assert document.header is not None and document.closing is not None
    header = document.header
    yield from (header.superior_body.upper(), header.issuing_body.upper(), header.code_line,
                header.party_title, header.place_date, "*")
    # The "-----" separator is checked by position: pdftotext joins a line that ends in a hyphen
    # with the next one and drops the hyphen.
    yield from (document.title.doc_type.upper(), *document.title.subject, document.title.note)
    for node in document.body:
        match node:
            case Heading():
                yield node.text if node.level == 3 else node.text.upper()
            case Para():
                yield node.text
            case BulletItem():
                yield node.full_text
            case Table():
                yield node.caption
                yield from node.header
                for row in node.rows:
                    yield from row
    closing = document.closing
    yield from (closing.authority.upper(), closing.position.upper(), closing.name, "Nơi nhận:")
    yield from ("- Ban Thường vụ Tỉnh ủy (b/c),", "- Lưu Văn phòng Huyện ủy.")
    for annex in document.annexes:
        yield from (annex.label, annex.title, annex.note)


@needs_poppler
def test_every_text_comes_back(rich_pdf: bytes, tmp_path: Path) -> None:
    text = squash(pdftotext(rich_pdf, tmp_path))
    assert unicodedata.is_normalized("NFC", text)
    for line in _expected_lines(rich_document()):
        assert squash(line) in text, line


@needs_poppler
def test_stacked_diacritics_extract(rich_pdf: bytes, tmp_path: Path) -> None:
    text = pdftotext(rich_pdf, tmp_path)
    for word in ("ệ", "ữ", "ỗ", "Ử", "Huyện ủy", "ĐẢNG CỘNG SẢN VIỆT NAM"):
        assert word in text


@needs_poppler
def test_decomposed_input_comes_out_composed(tmp_path: Path) -> None:
    nfd = unicodedata.normalize("NFD", f"Nghị quyết {STACKED}")
    assert nfd != unicodedata.normalize("NFC", nfd)
    document = small_document(Heading(level=3, label="1.", title=nfd), Para(text=nfd),
                              Table(header=(nfd,), rows=((nfd,),), widths=(1,), align=("left",)))
    text = pdftotext(render(document), tmp_path)
    assert text.count(unicodedata.normalize("NFC", f"Nghị quyết {STACKED}")) == 4
    assert unicodedata.is_normalized("NFC", text)


@needs_poppler
def test_fonts_are_embedded_subsets_with_unicode_maps(rich_pdf: bytes, tmp_path: Path) -> None:
    source = tmp_path / "fonts.pdf"
    source.write_bytes(rich_pdf)
    lines = subprocess.run(["pdffonts", str(source)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    names = set()
    for line in lines:
        fields = line.split()
        name, (emb, sub, uni) = fields[0], fields[-5:-2]
        assert (emb, sub, uni) == ("yes", "yes", "yes"), line
        assert re.fullmatch(r"[A-Z]{6}\+LiberationSerif(-\w+)?", name), line
        names.add(name.split("+")[1])
    assert names == {"LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic"}


def _runs(data: bytes, page: int) -> list[tuple[str, str, float]]:
    """(text, font, size) of every text run on a page, via pypdf."""
    import pypdf

    runs: list[tuple[str, str, float]] = []

    def visit(text: str, _cm: Any, tm: Any, font: Any, size: float) -> None:
        if text.strip() and font is not None:
            runs.append((text.strip(), str(font["/BaseFont"]).split("+")[-1],
                         round(size * tm[3], 1)))

    pypdf.PdfReader(io.BytesIO(data)).pages[page].extract_text(visitor_text=visit)
    return runs


def _face(runs: list[tuple[str, str, float]], needle: str) -> tuple[str, float]:
    for text, font, size in runs:
        if needle in text:
            return font, size
    raise AssertionError(f"{needle!r} not found in {runs!r}")


def test_faces_and_sizes_follow_the_format(rich_pdf: bytes) -> None:
    first = _runs(rich_pdf, 0)
    assert _face(first, "ĐẢNG BỘ TỈNH LAI CHÂU") == ("LiberationSerif", 14)
    assert _face(first, "HUYỆN ỦY TAM ĐƯỜNG") == ("LiberationSerif-Bold", 14)
    assert _face(first, "ĐẢNG CỘNG SẢN VIỆT NAM") == ("LiberationSerif-Bold", 15)
    assert _face(first, "ngày 30 tháng 10") == ("LiberationSerif-Italic", 14)
    assert _face(first, "BÁO CÁO") == ("LiberationSerif-Bold", 16)
    assert _face(first, "kết quả triển khai") == ("LiberationSerif-Bold", 14)
    assert _face(first, "Phục vụ") == ("LiberationSerif-Italic", 14)
    assert _face(first, "A- BỐI CẢNH") == ("LiberationSerif-Bold", 14)
    assert _face(first, "1. Công tác quán triệt") == ("LiberationSerif-Bold", 14)
    assert _face(first, "Đoạn 1") == ("LiberationSerif", 14)
    everything = [run for page in range(page_count(rich_pdf)) for run in _runs(rich_pdf, page)]
    assert _face(everything, "Chỉ tiêu số 1 ") == ("LiberationSerif", 13)
    assert _face(everything, "Mục tiêu") == ("LiberationSerif-Bold", 13)
    assert _face(everything, "T/M BAN THƯỜNG VỤ") == ("LiberationSerif-Bold", 14)
    assert _face(everything, "BÍ THƯ") == ("LiberationSerif", 14)
    assert _face(everything, "Nguyễn Văn A") == ("LiberationSerif-Bold", 14)
    assert _face(everything, "Ban Tuyên giáo") == ("LiberationSerif", 12)


def test_body_size_option() -> None:
    data = render(rich_document(), PdfRenderer(body_size=15, line_spacing_pt=21))
    assert _face(_runs(data, 0), "Đoạn 1") == ("LiberationSerif", 15)


@needs_poppler
def test_page_numbers_from_page_two(rich_pdf: bytes, tmp_path: Path) -> None:
    pages = pages_text(rich_pdf, tmp_path)
    assert len(pages) >= 3
    assert not re.match(r"\s*\d", pages[0])
    for number, page in enumerate(pages[1:], start=2):
        assert page.split()[0] == str(number)
    second = pdftotext(rich_pdf, tmp_path, "-f", "2", "-l", "2")
    assert second.lstrip().startswith("2")


def _words(data: bytes, tmp_path: Path, page: int) -> list[tuple[str, float, float, float, float]]:
    html = pdftotext(data, tmp_path, "-bbox", "-f", str(page), "-l", str(page))
    pattern = (r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
               r"([^<]*)</word>")
    return [(w, float(a), float(b), float(c), float(d))
            for a, b, c, d, w in re.findall(pattern, html)]


@needs_poppler
def test_space_before_a_heading_is_the_same_as_between_paragraphs(tmp_path: Path) -> None:
    # Word and LibreOffice put the larger of "space after" and "space before" between two
    # paragraphs (6 pt here), whatever their styles; so must the PDF, also before a heading
    # or a table caption (which reportlab sees after a conditional page break).
    table = Table(header=("A", "B"), rows=(("1", "2"),), widths=(1, 1),
                  align=("left", "right"), caption="Bảng một")
    data = render(small_document(
        Para(text="Alpha"), Para(text="Beta"), Heading(level=3, label="1.", title="Gamma"),
        Para(text="Delta"), table))
    tops = {w[0]: w[2] for w in _words(data, tmp_path, 1)}
    pitch = tops["Beta"] - tops["Alpha"]
    assert pitch == pytest.approx(18 + 6, abs=0.2)
    assert tops["Gamma"] - tops["Beta"] == pytest.approx(pitch, abs=0.5)
    assert tops["Delta"] - tops["Gamma"] == pytest.approx(pitch, abs=0.5)
    assert tops["Bảng"] - tops["Delta"] == pytest.approx(pitch, abs=0.5)


@needs_poppler
def test_margins_and_page_number_position(rich_pdf: bytes, tmp_path: Path) -> None:
    for page in range(1, page_count(rich_pdf) + 1):
        words = _words(rich_pdf, tmp_path, page)
        body = [w for w in words if w[2] > 20 * MM - 1]  # below the top margin
        assert min(w[1] for w in body) >= 30 * MM - 0.5
        assert max(w[3] for w in body) <= 195 * MM + 0.5
        assert max(w[4] for w in body) <= 277 * MM + 0.5
        if page == 1:  # headings start at the left margin, justified lines end at the right
            assert min(w[1] for w in body) == pytest.approx(30 * MM, abs=0.5)
            assert max(w[3] for w in body) == pytest.approx(195 * MM, abs=0.5)
    first = _words(rich_pdf, tmp_path, 1)
    separator = next(w for w in first if w[0] == "-----")
    assert separator[1] + separator[3] == pytest.approx(30 * MM + 195 * MM, abs=1)
    number = _words(rich_pdf, tmp_path, 2)[0]
    assert number[0] == "2"
    assert 8 * MM < number[2] < 12 * MM  # the digit's top, about 10 mm from the edge
    assert number[1] + number[3] == pytest.approx(30 * MM + 195 * MM, abs=1)  # centred


@needs_poppler
def test_draft_mark(tmp_path: Path) -> None:
    assert "DỰ THẢO" in pages_text(render(rich_document(draft=True)), tmp_path)[0]
    assert "DỰ THẢO" not in pdftotext(render(rich_document(draft=False)), tmp_path)
    quiet = render(rich_document(draft=True), PdfRenderer(draft_mark=False))
    assert "DỰ THẢO" not in pdftotext(quiet, tmp_path)


@needs_poppler
def test_table_repeats_its_header_on_every_page(tmp_path: Path) -> None:
    data = render(rich_document(rows=120))
    pages = pages_text(data, tmp_path)
    with_rows = [p for p in pages if "Chỉ tiêu số" in p]
    assert len(with_rows) >= 3
    assert all("Kết quả" in page and "Mục tiêu" in page for page in with_rows)
    text = squash("\n".join(pages))
    assert all(f"Chỉ tiêu số {i} về" in text for i in range(1, 121))


@needs_poppler
def test_annex_starts_a_new_page(rich_pdf: bytes, tmp_path: Path) -> None:
    last = pages_text(rich_pdf, tmp_path)[-1].split()
    assert last[0].isdigit() and " ".join(last[1:4]) == "Phụ lục 1"


@needs_poppler
def test_closing_block_never_splits(tmp_path: Path) -> None:
    closing = Closing(authority="T/M BAN THƯỜNG VỤ", position="BÍ THƯ", name="Nguyễn Văn A",
                      recipients=tuple(f"Nơi số {i}" for i in range(8)))
    moved = 0
    for count in range(6, 13):
        document = small_document(*(Para(text=body_text(i)) for i in range(count)),
                                  closing=closing)
        pages = pages_text(render(document), tmp_path)
        holding = [i for i, page in enumerate(pages)
                   if "T/M BAN THƯỜNG VỤ" in page or "Nguyễn Văn A" in page
                   or "Nơi số 7." in page or "Nơi nhận:" in page]
        assert len(set(holding)) == 1, (count, holding)
        moved += "Đoạn" not in pages[holding[0]]
    assert moved >= 1  # at least one case pushed the whole block to a fresh page


@needs_poppler
def test_recipient_separator_option(tmp_path: Path) -> None:
    data = render(rich_document(), PdfRenderer(recipients_separator=";"))
    text = pdftotext(data, tmp_path)
    assert "- Ban Thường vụ Tỉnh ủy (b/c);" in text
    assert "- Lưu Văn phòng Huyện ủy." in text and "Huyện ủy.." not in text


# -- hostile and huge input ------------------------------------------------------------------


@needs_poppler
def test_markup_in_user_text_prints_literally(tmp_path: Path) -> None:
    document = small_document(
        Para(text=HOSTILE),
        Heading(level=3, label="1.", title=HOSTILE),
        BulletItem(marker="-", text=HOSTILE),
        Table(header=(HOSTILE, "b"), rows=((HOSTILE, "y"),), widths=(1, 1),
              align=("left", "left"), caption=HOSTILE),
        closing=Closing(authority="T/M", name=HOSTILE, recipients=(HOSTILE,)),
    )
    text = squash(pdftotext(render(document), tmp_path))
    assert text.count(squash(HOSTILE)) >= 5
    assert text.count("<b>bold</b>") >= 7


@needs_poppler
def test_newlines_become_line_breaks(tmp_path: Path) -> None:
    document = attrs.evolve(small_document(Para(text="dòng một\ndòng hai\r\ndòng ba")),
                            title=Title(doc_type="Báo cáo", separator=""))
    lines = [line.strip() for line in pdftotext(render(document), tmp_path).splitlines()]
    assert [line for line in lines if line] == ["BÁO CÁO", "dòng một", "dòng hai", "dòng ba"]


@needs_poppler
def test_long_word_breaks_inside_the_frame(tmp_path: Path) -> None:
    word = "x" * 10_000
    document = small_document(Para(text=word), Table(
        header=("a", "b"), rows=(("1", "y" * 5000),), widths=(1, 3), align=("left", "left")))
    data = render(document)
    pages = page_count(data)
    assert pages >= 3
    for page in range(1, pages + 1):
        for _, x_min, _, x_max, y_max in _words(data, tmp_path, page):
            assert x_min >= 30 * MM - 0.5 and x_max <= 195 * MM + 0.5
            assert y_max <= 277 * MM + 0.5
    text = "".join(pdftotext(data, tmp_path).split())
    assert text.count("x") == 10_000 and text.count("y") == 5_000


@needs_poppler
def test_cell_longer_than_a_page(tmp_path: Path) -> None:
    words = [f"từ{i}" for i in range(20_000)]
    document = small_document(Table(header=("TT", "Nội dung"), rows=(("1", " ".join(words)),),
                                    widths=(1, 5), align=("center", "justify")))
    data = render(document)
    assert page_count(data) > 20
    found = pdftotext(data, tmp_path).split()
    assert [w for w in found if w.startswith("từ")] == words


def test_two_thousand_rows() -> None:
    rows = tuple((str(i), f"Dòng số {i}", f"{i:,}".replace(",", ".")) for i in range(2000))
    document = small_document(Table(header=("TT", "Nội dung", "Số"), rows=rows,
                                    widths=(1, 4, 2), align=("center", "left", "right")))
    assert page_count(render(document)) >= 40


def test_very_long_recipient_list_and_header_cell() -> None:
    closing = Closing(authority="T/M", name="A", recipients=tuple(f"Nơi {i}" for i in range(300)))
    huge_header = Table(header=(" ".join(["đầu"] * 5000), "b"), rows=(("x", "y"),),
                        widths=(1, 3), align=("left", "left"))
    assert page_count(render(small_document(huge_header, closing=closing))) > 3


hostile_text = st.text(
    st.characters(codec="utf-8"), max_size=200
) | st.sampled_from([HOSTILE, "&", "<", "]]>", "\n\n", "a\u0301", "\u00ad" * 5, "\ufeff"])


@settings(max_examples=examples(30))
@given(texts=st.lists(hostile_text, min_size=4, max_size=4))
def test_any_text_renders(texts: list[str]) -> None:
    document = small_document(
        Heading(level=1, label="A-", title=texts[0]),
        Para(text=texts[1]),
        BulletItem(marker="+", text=texts[2]),
        Table(header=(texts[3], "b"), rows=((texts[0], texts[1]),), widths=(1, 2),
              align=("left", "right"), caption=texts[2]),
        closing=Closing(authority=texts[0], name=texts[1], recipients=(texts[2], texts[3])),
    )
    data = render(document)
    assert data.startswith(b"%PDF-") and page_count(data) >= 1


def test_huge_header_and_closing_fall_back_to_a_stack() -> None:
    words = " ".join(f"từ{i}" for i in range(3000))
    document = attrs.evolve(
        rich_document(),
        header=Header(superior_body=words, issuing_body="HUYỆN ỦY", code_line="Số 1-BC/HU",
                      place_date="ngày 1 tháng 1 năm 2024"),
        closing=Closing(authority="T/M BAN THƯỜNG VỤ", position=words, name="Nguyễn Văn A",
                        recipients=tuple(f"Nơi số {i}" for i in range(400))),
    )
    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(render(document)))
    text = squash(" ".join(page.extract_text() for page in reader.pages))
    assert all(f"TỪ{i} " in text for i in (0, 1500, 2998)) and "Nơi số 399." in text


# -- the real report and the other renderers ---------------------------------------------------


def _sample_document() -> Document:
    from kl224.document.build import build_document
    from kl224.sample import sample_report

    return build_document(sample_report())


def test_contract() -> None:
    from kl224.renderers.contract import check_renderer

    if not POPPLER:
        check_renderer(PdfRenderer())
        return

    def text_of(data: bytes) -> str:
        done = subprocess.run(["pdftotext", "-enc", "UTF-8", "-", "-"], input=data,
                              capture_output=True, check=True)
        return running_text(done.stdout.decode("utf-8").split("\f")[:-1])

    check_renderer(PdfRenderer(), text_of=text_of)


def test_sample_report_embeds_its_json() -> None:
    document = _sample_document()
    data = render(document)
    assert read_embedded(data) == document.source_json
    import kl224
    from kl224.sample import sample_report

    assert kl224.loads(read_embedded(data)) == sample_report()


@needs_poppler
def test_sample_report_text(tmp_path: Path) -> None:
    document = _sample_document()
    text = running_text(pages_text(render(document), tmp_path))
    assert document.header is not None
    assert document.header.code_line in text
    for node in document.body:
        if isinstance(node, Para):
            assert squash(node.text) in text, node.text[:60]


@pytest.mark.skipif(not (POPPLER and shutil.which("soffice")), reason="needs LibreOffice")
def test_page_count_matches_libreoffice_docx(tmp_path: Path) -> None:
    from kl224.renderers.docx import DocxRenderer

    document = _sample_document()
    docx = tmp_path / "report.docx"
    with docx.open("wb") as stream:
        DocxRenderer().write(document, stream)
    # LibreOffice lays the DOCX out with kl224's Liberation Serif, as the PDF is set.
    from libreoffice import convert

    converted = convert([docx], "pdf", tmp_path / "pdf")[0].read_bytes()
    assert abs(page_count(render(document)) - page_count(converted)) <= 1


# -- landscape annexes -------------------------------------------------------------------------

WIDE = Table(
    header=("TT", "Nội dung", *(f"Đơn vị {i}" for i in range(1, 9)), "Tổng cộng"),
    rows=tuple((str(r), f"Chỉ tiêu {r}", *(f"{r}{i}.{i}05" for i in range(1, 9)),
                f"{r}9.999") for r in range(1, 31)),
    widths=(0.5, 2, *(1,) * 8, 1.2),
    align=("center", "left", *("right",) * 9),
)


def landscape_document() -> Document:
    """The rich document with a landscape annex between two portrait ones."""
    base = rich_document()
    wide = Annex(label="Phụ lục 2", title="BẢNG SO SÁNH", note="(Bảng rộng)", body=(WIDE,),
                 landscape=True)
    last = Annex(label="Phụ lục 3", title="GHI CHÚ", body=(Para(text="Phụ lục đứng."),))
    return attrs.evolve(base, annexes=(*base.annexes, wide, last))


@pytest.fixture(scope="module")
def landscape_pdf() -> bytes:
    return render(landscape_document())


def _page_sizes(data: bytes) -> list[tuple[float, float]]:
    """Width and height of every page's MediaBox (no page is turned by /Rotate instead)."""
    import pypdf

    pages = pypdf.PdfReader(io.BytesIO(data)).pages
    assert all(p.rotation == 0 for p in pages)
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in pages]


A4 = (210 * MM, 297 * MM)


@needs_poppler
def test_landscape_annex_pages(landscape_pdf: bytes, tmp_path: Path) -> None:
    sizes = _page_sizes(landscape_pdf)
    pages = pages_text(landscape_pdf, tmp_path)
    wide = [i for i, page in enumerate(pages) if "BẢNG SO SÁNH" in page or "Chỉ tiêu 30" in page]
    first, last = wide[0], wide[-1]
    assert "Phụ lục 2" in pages[first] and "Chỉ tiêu 30" in pages[last]
    assert last > first, "the wide table runs over more than one landscape page"
    for index, size in enumerate(sizes):
        expected = A4[::-1] if first <= index <= last else A4
        assert size == pytest.approx(expected, abs=0.01), f"page {index + 1}"
    # The next annex is back on a portrait page; the numbers run on through all of them.
    assert "Phụ lục 3" in pages[last + 1]
    assert running_text(pages)  # every page from 2 starts with its own number
    for page in range(first + 1, last + 2):
        words = _words(landscape_pdf, tmp_path, page)
        number = words[0]
        assert number[0] == str(page)
        assert 8 * MM < number[2] < 12 * MM
        assert number[1] + number[3] == pytest.approx(30 * MM + 282 * MM, abs=1)  # centred
        body = words[1:]
        assert min(w[1] for w in body) >= 30 * MM - 0.5
        assert max(w[3] for w in body) <= 282 * MM + 0.5
        assert max(w[4] for w in body) <= 190 * MM + 0.5
    # The table is laid out across the landscape text width: the total column ends at the
    # right margin, and every amount is printed whole on one line.
    words = _words(landscape_pdf, tmp_path, first + 1)
    total = next(w for w in words if w[0] == "19.999")
    assert total[3] == pytest.approx(282 * MM - 3, abs=1)
    text = "\n".join(pages[first:last + 1]).split()
    for row in WIDE.rows:
        for cell in row[2:]:
            assert cell in text


def test_landscape_output_is_deterministic(landscape_pdf: bytes) -> None:
    assert render(landscape_document()) == landscape_pdf
    assert read_embedded(landscape_pdf) == SOURCE_JSON


def test_portrait_documents_have_only_portrait_pages(rich_pdf: bytes) -> None:
    assert all(size == pytest.approx(A4, abs=0.01) for size in _page_sizes(rich_pdf))


# -- the faster paths draw exactly what reportlab's own paths draw -----------------------------


def test_shortcuts_change_no_byte(monkeypatch: pytest.MonkeyPatch) -> None:
    """Direct string drawing, remembered numbers, the canvas's text object, parser-free
    paragraphs, plain line breaking and remembered wraps give the bytes that reportlab's own
    paths give."""
    import kl224
    from kl224.renderers.pdf import paragraph as pdf_paragraph
    from kl224.renderers.pdf.canvas import canvas_class

    documents = [rich_document(), landscape_document(),
                 small_document(Para(text=HOSTILE), Para(text="a  b\u00a0c \t d"),
                                Para(text="   "), Para(text="x\ny & z")),
                 kl224.build_document(kl224.sample_report())]
    fast = [render(document) for document in documents]

    from reportlab.platypus import Paragraph

    monkeypatch.setattr(canvas_class(), "direct_strings", False)
    monkeypatch.setattr(pdf_paragraph.paragraph_class(), "plain_breaking", False)
    monkeypatch.setattr(pdf_paragraph, "_has_markup", lambda _text: True)
    monkeypatch.setattr(pdf_paragraph, "paragraph_class", lambda: Paragraph)
    assert [render(document) for document in documents] == fast


_WORD = st.text(alphabet="aăâbdđeêgiklmnoôơpqrtuưxyáàảãạếềểễệ✓★⇒\u2011\u00a0\u00ad,.;-–(0",
                min_size=1, max_size=16)


@given(words=st.lists(_WORD, min_size=1, max_size=80),
       width=st.sampled_from([60.0, 180.5, 300.0, 453.54]), size=st.sampled_from([11, 14, 15]),
       bold=st.booleans(), italic=st.booleans(), indent=st.booleans())
@settings(max_examples=examples(150))
def test_plain_line_breaking_gives_reportlabs_lines(words: list[str], width: float, size: int,
                                                    bold: bool, italic: bool,
                                                    indent: bool) -> None:
    """kl224's word-by-word line breaking gives reportlab's lines, spare widths included
    (soft hyphens and words wider than a line go reportlab's way)."""
    from reportlab.platypus import Paragraph

    from kl224.renderers.pdf.fonts import register_fonts
    from kl224.renderers.pdf.typeset import Typesetter

    register_fonts()
    ts = Typesetter(PdfRenderer())
    style = ts.style(size=size, bold=bold, italic=italic, align="justify", indent=indent)
    paragraph = ts.para(" ".join(words), style)
    if not paragraph.frags:
        return
    widths = [width - style.firstLineIndent, width]
    ours = paragraph.breakLines(widths)
    widest = getattr(paragraph, "_width_max", None)
    theirs = Paragraph.breakLines(paragraph, widths)
    assert ours.lines == theirs.lines
    assert (ours.ascent, ours.descent, ours.fontSize) == (theirs.ascent, theirs.descent,
                                                         theirs.fontSize)
    assert widest == paragraph._width_max


@given(texts=st.lists(st.text(alphabet="aăâbdđ ()\\xy\u00a0\u2011✓€ÿĀ\u0300\n", max_size=12),
                      min_size=1, max_size=12))
@settings(max_examples=examples(150))
def test_escaped_text_is_the_escaped_codes_of_split_string(texts: list[str]) -> None:
    """A face's one-translate text, whenever it gives one, is what escaping the codes of
    ``splitString`` gives; it gives one for a text whose characters all have a code in the
    first subset, and none for anything else (the empty text, a new character, a fallback
    font's character)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.pdfdoc import PDFDocument

    from kl224.renderers.pdf.canvas import escape_pdf
    from kl224.renderers.pdf.fonts import REGULAR, register_fonts

    register_fonts()
    font = pdfmetrics.getFont(REGULAR)
    doc = PDFDocument()
    for text in texts + texts:
        escaped = font.escaped_text(text, doc)
        runs = font.splitString(text, doc)
        if escaped is not None:
            assert [subset for subset, _ in runs] == [0]
            assert escaped == escape_pdf(runs[0][1])
        elif text and font.escaped_text(text, doc) is None:
            # Still none after splitString gave every character it can a code: some
            # character is drawn by a fallback font, has its code past the first subset, or
            # has no code of its own (what no font draws is written as the empty glyph, 0).
            state = font.state.get(doc)
            assigned = state.assignments if state is not None else {}
            assert any(subset != 0 for subset, _ in runs) or any(
                ord(character) not in assigned for character in text.replace("\u00a0", " "))


@given(words=st.lists(_WORD, min_size=1, max_size=40),
       width=st.sampled_from([60.0, 180.5, 453.54]),
       align=st.sampled_from(["left", "center", "right", "justify"]),
       indent=st.sampled_from([0.0, 28.34646, -14.0]), justify_last=st.booleans(),
       last_line_words=st.sampled_from([0, 3]))
@settings(max_examples=examples(150))
def test_plain_line_drawing_writes_reportlabs_operators(
        words: list[str], width: float, align: str, indent: float, justify_last: bool,
        last_line_words: int) -> None:
    """kl224's drawing of a paragraph's plain lines writes the operators reportlab's
    ``drawPara`` writes, for every alignment, first-line indent (hanging too) and last-line
    rule."""
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
    from reportlab.platypus import Paragraph

    from kl224.renderers.pdf.canvas import canvas_class
    from kl224.renderers.pdf.fonts import register_fonts
    from kl224.renderers.pdf.paragraph import paragraph_class
    from kl224.renderers.pdf.typeset import Typesetter

    register_fonts()
    ts = Typesetter(PdfRenderer())
    style = copy.copy(ts.style(size=14, align="justify"))
    style.alignment = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT,
                       "justify": TA_JUSTIFY}[align]
    style.firstLineIndent = indent
    style.justifyLastLine = last_line_words

    def drawn(plain: bool) -> tuple[list[str], list[Any]]:
        paragraph = ts.para(" ".join(words), style)
        paragraph._JustifyLast = justify_last
        paragraph.wrap(width, 10_000)
        canvas = canvas_class()(io.BytesIO())
        canvas.setFillColorRGB(0.2, 0.4, 0.6, alpha=0.5)
        paragraph.canv = canvas
        if plain:
            paragraph.drawPara()
        else:
            Paragraph.drawPara(paragraph)
        # The canvas is left as it was found: its graphics state and its state stack.
        state = [vars(value) if name == "_extgstate" else value
                 for name, value in ((name, getattr(canvas, name))
                                     for name in canvas.STATE_ATTRIBUTES)]
        return list(canvas._code), [*state, len(canvas.state_stack)]

    assert paragraph_class().plain_drawing
    assert drawn(plain=True) == drawn(plain=False)


def test_font_measures_and_codes_match_reportlab() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.pdfdoc import PDFDocument
    from reportlab.pdfbase.ttfonts import TTFont

    from kl224.renderers.pdf.fonts import REGULAR, register_fonts

    register_fonts()
    font = pdfmetrics.getFont(REGULAR)
    assert type(font) is not TTFont and isinstance(font, TTFont)
    # More than 256 distinct characters, so codes run into a second subset; texts repeat, so
    # the second time every character already has its code.
    # Characters Liberation Serif draws; those it lacks go to the fallback fonts (below).
    alphabet = "".join(chr(c) for c in range(0x20, 0x250)
                       if chr(c).isprintable() and c in font.face.charToGlyph)
    texts = [STACKED, alphabet, "\u00a0a\u00a0b", "", alphabet[::-1], STACKED, "x\u0301y",
             alphabet]
    ours, theirs = PDFDocument(), PDFDocument()
    for text in texts:
        assert font.splitString(text, ours) == TTFont.splitString(font, text, theirs), text
        for size in (13, 14, 15.5):
            assert font.stringWidth(text, size) == TTFont.stringWidth(font, text, size)
    assert any(subset > 0 for subset, _ in font.splitString(alphabet, ours))


def test_characters_liberation_lacks_are_measured_and_coded_in_a_fallback_font() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.pdfdoc import PDFDocument
    from reportlab.pdfbase.ttfonts import TTFont

    from kl224.renderers.pdf.fonts import FALLBACK_FILES, REGULAR, register_fonts

    register_fonts()
    font = pdfmetrics.getFont(REGULAR)
    assert "\u2011" not in [chr(c) for c in font.face.charToGlyph]
    doc = PDFDocument()
    runs = font.splitString("a\u2011b ✓", doc)
    names = [font.getSubsetInternalName(subset, doc) for subset, _ in runs]
    assert len(runs) == 4 and len(set(names)) == 3  # a / ‑ / b␠ / ✓ : three fonts
    assert names[0] == names[2] != names[1] != names[3]
    # Each character is as wide as the font that draws it makes it.
    serif = TTFont("probe-serif", str(_font_file(FALLBACK_FILES["kl224-DejaVuSerif"])))
    sans = TTFont("probe-sans", str(_font_file(FALLBACK_FILES["kl224-DejaVuSans"])))
    assert font.stringWidth("\u2011", 14) == serif.stringWidth("\u2011", 14)
    assert font.stringWidth("✓", 14) == sans.stringWidth("✓", 14)
    assert font.stringWidth("a\u2011✓", 14) == pytest.approx(
        TTFont.stringWidth(font, "a", 14) + serif.stringWidth("\u2011", 14)
        + sans.stringWidth("✓", 14))


def _font_file(name: str) -> Path:
    from importlib import resources

    return Path(str(resources.files("kl224.renderers").joinpath("assets", "fonts", name)))


def test_escaping_matches_reportlab() -> None:
    from reportlab.lib.rl_accel import escapePDF

    from kl224.renderers.pdf.canvas import escape_pdf

    every = bytes(range(256))
    assert escape_pdf(every) == escapePDF(every)
    assert escape_pdf(b"(a) \\ b\x00\xff") == escapePDF(b"(a) \\ b\x00\xff")


@settings(max_examples=examples(300))
@given(value=st.one_of(
    st.floats(allow_nan=False, allow_infinity=False, min_value=-1e12, max_value=1e12),
    st.integers(min_value=-10**9, max_value=10**9),
    st.sampled_from([0.0, -0.0, 1e-7, -1e-7, 1.5e-7, 4e-7, 0.5, -0.5, 1.0, 10.0, 100.0,
                     1000.0, 1e6, 1e7, 0.0999999, 9.9999995, 999999.95, 14.0, 18.0, 453.54]),
))
def test_number_formatting_matches_reportlab(value: float) -> None:
    from reportlab.lib.rl_accel import fp_str

    from kl224.renderers.pdf.canvas import format_number

    assert format_number(value) == fp_str(value)


def test_fonts_are_kl224_own_even_after_another_liberation_serif() -> None:
    """reportlab would make a second registration of a face an alias of the first one."""
    from importlib import resources

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from kl224.renderers.pdf.fonts import font_class, register_font

    data = (resources.files("kl224.renderers") / "assets" / "fonts"
            / "LiberationSerif-Regular.ttf").read_bytes()
    theirs = TTFont("test-other-LiberationSerif", io.BytesIO(data))
    pdfmetrics.registerFont(theirs)
    ours = font_class()("test-kl224-LiberationSerif", io.BytesIO(data))
    register_font(ours)
    assert pdfmetrics.getFont("test-kl224-LiberationSerif") is ours
    # reportlab may have made "theirs" an alias of a Liberation Serif registered earlier in the
    # process (the benchmark baseline does so); ours must stay ours either way.
    assert pdfmetrics.getFont("test-other-LiberationSerif").face.name == b"LiberationSerif"
    assert ours.face.name == theirs.face.name == b"LiberationSerif"


def test_streams_are_flate_without_ascii85_and_global_settings_stay(rich_pdf: bytes) -> None:
    import pypdf
    from reportlab import rl_config
    from reportlab.pdfgen.canvas import Canvas

    assert b"ASCII85Decode" not in rich_pdf
    reader = pypdf.PdfReader(io.BytesIO(rich_pdf))
    for page in reader.pages:
        contents = page.get_object()["/Contents"].get_object()
        assert contents["/Filter"] in ("/FlateDecode", ["/FlateDecode"])
        assert b"Tj" in contents.get_data()
    # Nothing global changed: a plain reportlab canvas in the same process keeps ASCII85.
    assert rl_config.useA85 == 1
    stream = io.BytesIO()
    plain = Canvas(stream, pageCompression=1, invariant=1)
    plain.drawString(100, 100, "plain")
    plain.save()
    assert b"ASCII85Decode" in stream.getvalue()


def test_concurrent_renders_give_the_same_bytes(rich_pdf: bytes) -> None:
    from concurrent.futures import ThreadPoolExecutor

    documents = [rich_document(), landscape_document()] * 3
    expected = [rich_pdf, render(landscape_document())] * 3
    with ThreadPoolExecutor(max_workers=6) as pool:
        assert list(pool.map(render, documents)) == expected


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_draft_keeps_the_blanks_for_number_and_date(tmp_path: Path) -> None:

    import kl224

    sample = kl224.sample_report()
    draft = attrs.evolve(sample, meta=attrs.evolve(sample.meta, number=None, date=None))
    path = tmp_path / "draft.pdf"
    kl224.render(draft, "pdf", path)
    text = subprocess.run(
        ["pdftotext", "-l", "1", "-layout", str(path), "-"],
        capture_output=True, text=True, check=True,
    ).stdout
    assert re.search(r"Số {3,}-BC/HU", text), text[:400]
    assert re.search(r"ngày {3,}tháng {2,}năm", text), text[:400]
