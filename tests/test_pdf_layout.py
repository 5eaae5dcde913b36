"""The PDF's page layout read back as a reader sees it: the header's two columns, balanced
names, pagination (signature, headings, captions), bookmarks, short table headers, and the
embedded data after another tool rewrote the file."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path
from typing import Any

import attrs
import pytest

import kl224
from kl224.document import (
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
from kl224.renderers.page import heading_text, upper
from kl224.renderers.pdf import PdfRenderer, read_embedded
from table_ending import table_ending_body, table_rows_above_signature

POPPLER = all(shutil.which(tool) for tool in ("pdftotext", "pdfinfo"))
pytestmark = pytest.mark.skipif(not POPPLER, reason="poppler-utils are not installed")

LONG_SUPERIOR = "Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh"
LONG_ISSUER = "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh"


def render(document: Document) -> bytes:
    stream = io.BytesIO()
    PdfRenderer().write(document, stream)
    return stream.getvalue()


def pages_text(data: bytes, tmp_path: Path) -> list[str]:
    source = tmp_path / "page.pdf"
    source.write_bytes(data)
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", str(source), "-"],
                          capture_output=True, check=True)
    return done.stdout.decode("utf-8").split("\f")[:-1]


def squash(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def sample_document() -> Document:
    return kl224.build_document(kl224.sample_report())


@pytest.fixture(scope="module")
def sample_pdf(sample_document: Document) -> bytes:
    return render(sample_document)


# -- the header: two independent columns --------------------------------------------------------


def _header_document(superior: str, issuer: str) -> Document:
    return Document(
        info=DocInfo(title="Báo cáo"),
        header=Header(superior_body=superior, issuing_body=issuer, code_line="Số 12-BC/ĐU",
                      place_date="Lai Châu, ngày 30 tháng 10 năm 2024"),
        title=Title(doc_type="Báo cáo", subject=("kết quả thực hiện",)),
        body=(Para(text="Nội dung."),),
    )


def _right_column(data: bytes) -> dict[str, float]:
    """Where the right column's parts sit on page 1 (tops in points from the page's top)."""
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[0]
        words = page.extract_words()
        rules = [line for line in page.lines if line["width"] > 100] + [
            rect for rect in page.rects if rect["width"] > 100 and rect["height"] < 2]
        title = next(word for word in words if word["text"] == "NAM")
        date = next(word for word in words if word["text"] == "Lai")
        left_bottom = max(word["bottom"] for word in words if word["x1"] < 250
                          and word["top"] < date["bottom"] + 60)
        return {"title_bottom": title["bottom"], "rule": min(r["top"] for r in rules),
                "date_top": date["top"], "left_bottom": left_bottom}


def test_rule_and_date_stay_under_the_party_title_whatever_the_left_column_holds() -> None:
    short = _right_column(render(_header_document("Đảng bộ tỉnh Lai Châu", "Huyện ủy Tam Đường")))
    long = _right_column(render(_header_document(LONG_SUPERIOR, LONG_ISSUER)))
    # The long names take more lines on the left...
    assert long["left_bottom"] > short["left_bottom"] + 20
    # ...and nothing on the right moves: the rule right under the title, the date under it.
    for key in ("title_bottom", "rule", "date_top"):
        assert long[key] == pytest.approx(short[key], abs=0.01), key
    assert 0 < long["rule"] - long["title_bottom"] < 6
    assert 0 < long["date_top"] - long["rule"] < 20


def test_long_names_break_evenly_in_the_pdf(tmp_path: Path) -> None:
    data = render(_header_document(LONG_SUPERIOR, LONG_ISSUER))
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        words = [w for w in pdf.pages[0].extract_words() if w["x1"] < 85 + 70 * 72 / 25.4]
    lines: dict[float, list[str]] = {}
    for word in words:
        lines.setdefault(round(word["top"]), []).append(word["text"])
    header_lines = [" ".join(ws) for top, ws in sorted(lines.items()) if top < 200]
    expected_words = (upper(LONG_SUPERIOR) + " " + upper(LONG_ISSUER)).split()
    name_lines = [line for line in header_lines if line.split()[0] in expected_words]
    assert " ".join(name_lines).split() == expected_words
    assert len(name_lines) >= 4
    # No word alone on a line, and no line much longer than another of the same name.
    assert all(len(line.split()) >= 2 for line in name_lines), name_lines


def test_long_names_break_evenly_in_the_text_renderer() -> None:
    text = kl224.render(_header_document(LONG_SUPERIOR, LONG_ISSUER), "text").decode("utf-8")
    left = [line[:30].strip() for line in text.splitlines()[:6]]
    names = [line for line in left if line and line not in ("*",) and not line.startswith("Số")]
    assert " ".join(names).split() == (upper(LONG_SUPERIOR) + " " + upper(LONG_ISSUER)).split()
    assert all(len(line.split()) >= 2 for line in names), names


# -- pagination --------------------------------------------------------------------------------


def _signature_page(pages: list[str], authority: str) -> int:
    found = [number for number, page in enumerate(pages) if authority in squash(page)]
    assert len(found) == 1, found
    return found[0]


def _last_body_words(document: Document) -> str:
    last = document.body[-1]
    text = last.full_text if isinstance(last, BulletItem) else getattr(last, "text", "")
    return " ".join(text.split()[-3:])


def _check_pages(document: Document, pages: list[str]) -> None:
    """The signature block shares its page with the end of the body; no page ends with a
    heading; a caption's page holds its table's header."""
    assert document.closing is not None
    number = _signature_page(pages, squash(document.closing.authority))
    signature_page = squash(pages[number])
    end = _last_body_words(document)
    assert end in signature_page.split(squash(document.closing.authority))[0], (
        f"page {number + 1} holds the signature block without the end of the body ({end!r})")
    headings = [squash(heading_text(node.level, node.text)) for node in document.body
                if isinstance(node, Heading)]
    for index, page in enumerate(pages):
        lines = [squash(line) for line in page.splitlines() if line.strip()]
        if index == number or not lines:
            continue
        assert not any(heading.startswith(lines[-1]) for heading in headings), (
            f"page {index + 1} ends with the heading {lines[-1]!r}")
    for node in document.body:
        if isinstance(node, Table) and node.caption:
            page = next(squash(p) for p in pages if squash(node.caption) in squash(p))
            after = page.split(squash(node.caption), 1)[1]
            assert squash(node.header[0]) in after, f"caption {node.caption!r} without its table"


def test_sample_signature_shares_its_page_with_the_body(sample_document: Document,
                                                       sample_pdf: bytes, tmp_path: Path) -> None:
    _check_pages(sample_document, pages_text(sample_pdf, tmp_path))


def test_growing_body_never_leaves_the_signature_alone(sample_document: Document,
                                                       tmp_path: Path) -> None:
    """The sample's body cut after 1, 2, 3, ... of its first items (paragraphs, bullets,
    headings and tables), each with the closing block: the end of the body always shares the
    signature's page, and no page ends with a heading."""
    body = sample_document.body
    ends = [k for k in range(2, 60) if not isinstance(body[k - 1], Heading | Table)][:22]
    assert len(ends) == 22
    single_pages = 0
    for k in ends:
        document = attrs.evolve(sample_document, body=body[:k], annexes=())
        pages = pages_text(render(document), tmp_path)
        single_pages += len(pages) == 1
        _check_pages(document, pages)
    assert single_pages < len(ends) // 2  # the series runs over several page breaks


def _proposal_series(count: int) -> Document:
    paragraph = ("Đề nghị Ban Thường vụ Tỉnh ủy quan tâm chỉ đạo các cơ quan liên quan hỗ trợ "
                 "kinh phí, tài liệu và tập huấn cho đội ngũ báo cáo viên cơ sở. ")
    body: list[Any] = [Heading(level=1, label="C-", title="Đề xuất, kiến nghị")]
    for index in range(count):
        body.append(BulletItem(marker="-", text=f"Kiến nghị {index + 1}: "
                               + paragraph * (1 + index % 4)))
    return Document(
        info=DocInfo(title="Báo cáo"), title=Title(doc_type="Báo cáo"),
        body=(Para(text="Mở đầu. " * 300), *body),
        closing=Closing(authority="T/M BAN THƯỜNG VỤ", position="BÍ THƯ", name="Nguyễn Văn A",
                        recipients=tuple(f"Nơi nhận số {i}" for i in range(8))),
    )


def test_proposals_added_one_by_one(tmp_path: Path) -> None:
    for count in range(1, 25):
        document = _proposal_series(count)
        _check_pages(document, pages_text(render(document), tmp_path))


def test_a_table_ending_the_body_keeps_its_last_rows_with_the_signature(tmp_path: Path) -> None:
    """Tables of 1 to 26 rows ending the body: the signature's page always holds the table's
    last two rows (the whole table when it has three rows or fewer) under the table's header;
    the series crosses a page break."""
    signature_pages = set()
    for rows in range(1, 27):
        pages = pages_text(render(table_ending_body(rows)), tmp_path)
        signature_pages.add(len(pages))
        kept, headed = table_rows_above_signature(pages, rows)
        wanted = list(range(1, rows + 1)) if rows <= 3 else [rows - 1, rows]
        assert kept[-len(wanted):] == wanted and set(wanted) <= set(kept), (rows, kept)
        assert headed, f"{rows} rows: the signature's page shows rows without the header"
        assert kept == sorted(kept) and len(set(kept)) == len(kept)
        # Every row printed once in the whole document.
        everywhere = squash(" ".join(pages))
        assert all(everywhere.count(f"CT{k:02d} ") == 1 for k in range(1, rows + 1))
    assert len(signature_pages) > 1


def test_a_short_table_ending_the_body_moves_whole_with_its_caption(tmp_path: Path) -> None:
    """A table of two or three rows pushed down to the foot of a page by a growing paragraph
    above it goes with the signature whole: caption, header and every row."""
    signature_pages = set()
    for rows in (2, 3):
        for lead in range(504, 564, 12):
            document = table_ending_body(rows)
            document = attrs.evolve(document, body=(Para(text="Mở đầu. " * lead),
                                                    *document.body[1:]))
            pages = pages_text(render(document), tmp_path)
            signature_pages.add(len(pages))
            kept, headed = table_rows_above_signature(pages, rows)
            assert kept == list(range(1, rows + 1)) and headed, (rows, lead, kept)
            above = squash(pages[-1]).split("T/M BAN THƯỜNG VỤ")[0]
            assert "Bảng kết quả" in above, (rows, lead)
    assert len(signature_pages) > 1


def test_the_kept_rows_join_the_table_above_them_seamlessly() -> None:
    """When the kept rows share a page with the rows before them, they continue the same
    table: no second header, one rule between the rows, the same column rules."""
    import pdfplumber

    with pdfplumber.open(io.BytesIO(render(table_ending_body(12)))) as pdf:
        page = pdf.pages[1]
        words = [w["text"] for w in page.extract_words()]
        assert words.count("TT") == 1 and "CT12" in words and "BÍ" in words
        lines = page.lines + [r for r in page.rects if min(r["width"], r["height"]) < 2]
        row_11 = next(w for w in page.extract_words() if w["text"] == "CT11")
        row_10 = next(w for w in page.extract_words() if w["text"] == "CT10")
        # Between rows 10 and 11 (where the kept rows begin) the same rule as between others.
        between = [line for line in lines if row_10["bottom"] < line["top"] < row_11["top"]
                   and line["width"] > 300]
        assert len({round(line["top"], 1) for line in between}) == 1


def test_a_heading_never_ends_a_page(tmp_path: Path) -> None:
    filler = Para(text="Nội dung báo cáo được trình bày đầy đủ. " * 12)
    for lines in range(30, 42):
        body = [Para(text="Dòng mở đầu. " * (lines * 6)), Heading(level=1, label="B-",
                title="Kết quả thực hiện"), Heading(level=2, label="I-", title="Lãnh đạo"),
                filler]
        document = Document(info=DocInfo(title="x"), title=Title(doc_type="Báo cáo"),
                            body=tuple(body), closing=Closing(authority="T/M BAN THƯỜNG VỤ"))
        _check_pages(document, pages_text(render(document), tmp_path))


# -- bookmarks, title bar, short headers -------------------------------------------------------


def _outline(reader: Any, items: list[Any], depth: int = 0) -> list[tuple[int, str, int]]:
    out: list[tuple[int, str, int]] = []
    for item in items:
        if isinstance(item, list):
            out.extend(_outline(reader, item, depth + 1))
        else:
            out.append((depth, item.title, reader.get_destination_page_number(item)))
    return out


def test_bookmarks_for_every_heading_and_annex(sample_document: Document, sample_pdf: bytes,
                                               tmp_path: Path) -> None:
    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(sample_pdf))
    entries = _outline(reader, reader.outline)
    expected = [(node.level - 1, squash(heading_text(node.level, node.text)))
                for node in sample_document.body if isinstance(node, Heading)]
    expected += [(0, squash(f"{annex.label} {annex.title}")) for annex in sample_document.annexes]
    assert [(depth, title) for depth, title, _ in entries] == expected
    pages = pages_text(sample_pdf, tmp_path)
    for _, title, page in entries:
        # The bookmark opens the page the heading is printed on.
        assert title.split(" ", 1)[1][:40] in squash(pages[page]), title
    root = reader.trailer["/Root"]
    assert root["/PageMode"] == "/UseOutlines"
    assert root["/ViewerPreferences"]["/DisplayDocTitle"] == True  # noqa: E712 (a PDF boolean)
    assert reader.metadata is not None and reader.metadata.title == sample_document.info.title


def test_bookmark_levels_never_skip_one() -> None:
    import pypdf

    document = Document(info=DocInfo(title="x"), title=Title(doc_type="Báo cáo"), body=(
        Heading(level=1, label="A-", title="Phần"), Heading(level=3, label="1.", title="Mục"),
        Para(text="x"), Heading(level=2, label="I-", title="Chương")))
    reader = pypdf.PdfReader(io.BytesIO(render(document)))
    assert [(d, t) for d, t, _ in _outline(reader, reader.outline)] == [
        (0, "A- PHẦN"), (1, "1. Mục"), (1, "I- CHƯƠNG")]


def test_short_header_never_wraps_in_a_narrow_column() -> None:
    import pdfplumber

    table = Table(header=("TT", "Nội dung chỉ tiêu", "Kết quả"),
                  rows=tuple((str(i), f"Chỉ tiêu {i}", str(i)) for i in range(1, 4)),
                  widths=(0.2, 10, 2), align=("center", "left", "right"))
    document = Document(info=DocInfo(title="x"), title=Title(doc_type="Báo cáo"),
                        body=(table,))
    with pdfplumber.open(io.BytesIO(render(document))) as pdf:
        words = [w["text"] for w in pdf.pages[0].extract_words()]
    assert "TT" in words and "T" not in words


# -- embedded data after another tool rewrote the file -----------------------------------------


def test_data_survives_a_pypdf_rewrite(sample_pdf: bytes, tmp_path: Path) -> None:
    import pypdf

    writer = pypdf.PdfWriter(clone_from=io.BytesIO(sample_pdf))
    writer.compress_identical_objects()
    stream = io.BytesIO()
    writer.write(stream)
    rewritten = stream.getvalue()
    assert rewritten != sample_pdf
    path = tmp_path / "rewritten.pdf"
    path.write_bytes(rewritten)
    assert kl224.load(path) == kl224.sample_report()


@pytest.mark.skipif(not shutil.which("qpdf"), reason="qpdf is not installed")
def test_data_survives_qpdf_object_streams(sample_pdf: bytes, tmp_path: Path) -> None:
    source, packed = tmp_path / "in.pdf", tmp_path / "packed.pdf"
    source.write_bytes(sample_pdf)
    subprocess.run(["qpdf", "--object-streams=generate", "--recompress-flate",
                    "--compression-level=9", str(source), str(packed)], check=True)
    data = packed.read_bytes()
    # The file's name tree now lies inside a compressed object stream: only a PDF parser
    # finds the data.
    assert b"/Filespec" not in data and b"/ObjStm" in data
    assert read_embedded(data) == kl224.dumps(kl224.sample_report())
    assert kl224.load(packed) == kl224.sample_report()


# -- the package's shape -----------------------------------------------------------------------


def test_pdf_package_has_no_import_circle_and_no_private_imports() -> None:
    import ast

    import kl224.renderers.pdf as package

    folder = Path(package.__file__).parent
    graph: dict[str, set[str]] = {}
    for path in sorted(folder.glob("*.py")):
        module = f"kl224.renderers.pdf.{path.stem}" if path.stem != "__init__" else package.__name__
        graph[module] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("kl224"):
                private = [alias.name for alias in node.names if alias.name.startswith("_")]
                assert not private, f"{module} imports {private} from {node.module}"
                if (node.module or "").startswith(package.__name__ + "."):
                    graph[module].add(node.module or "")
    assert len(graph) >= 8

    def visit(module: str, path: tuple[str, ...]) -> None:
        assert module not in path, f"import circle: {' -> '.join((*path, module))}"
        for target in graph.get(module, ()):
            visit(target, (*path, module))

    for module in graph:
        if module != package.__name__:
            visit(module, ())
