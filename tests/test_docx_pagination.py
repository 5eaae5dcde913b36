"""DOCX pagination as LibreOffice lays the file out, read back page by page with pdftotext.

The signature block always shares its page with the end of the body; a heading never ends a
page; a table caption stays with its table; the "TT" header of a table never wraps. Checked on
the sample, and on a series of reports whose proposals grow one item at a time, so that the
end of the body crosses a page boundary somewhere in the series (one LibreOffice run for all).
"""

from __future__ import annotations

import io
from pathlib import Path

import attrs
import pytest

import kl224
from kl224.document import BulletItem, Heading, Para, Table, build_document
from kl224.document.nodes import punctuate_recipients
from kl224.model.proposals import Proposal
from kl224.renderers import page
from kl224.renderers.docx import DocxRenderer
from libreoffice import convert, needs_libreoffice, pdf_pages, squash, words
from table_ending import table_ending_body, table_rows_above_signature

pytestmark = needs_libreoffice

AUTHORITY = "T/M BAN THƯỜNG VỤ"
LONG_BODY = "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh"
GROWTH = 20
TABLE_GROWTH = 26
_FILLER = ("hỗ trợ kinh phí đào tạo bồi dưỡng cán bộ tuyên giáo cơ sở vùng cao biên giới và "
           "các thôn bản đặc biệt khó khăn")
_WORDS = _FILLER.split(" ")


def grown(report: kl224.Report, extra: int) -> kl224.Document:
    """The report with ``extra`` more proposals (of one to four lines), laid out from a dozen
    nodes before its last part to the end, so the series runs over two or three pages."""
    items = tuple(
        Proposal(text=f"Đề xuất bổ sung thứ {i + 1}: "
                      + " ".join(_WORDS[j % len(_WORDS)] for j in range(8 + 9 * (i % 4))) + ".",
                 addressee="Ban Thường vụ Tỉnh ủy")
        for i in range(extra)
    )
    proposals = attrs.evolve(report.proposals, items=report.proposals.items + items)
    document = build_document(attrs.evolve(report, proposals=proposals), annex=False)
    last_part = max(i for i, node in enumerate(document.body)
                    if isinstance(node, Heading) and node.level == 1)
    return attrs.evolve(document, body=document.body[last_part - 12:])


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[kl224.Document, Path]]:
    """The sample and the growing series, converted to PDF in one LibreOffice run."""
    folder = tmp_path_factory.mktemp("pagination")
    report = kl224.sample_report()
    documents = {"sample": build_document(report)}
    meta = attrs.evolve(report.meta, issuing_body=LONG_BODY)
    documents["long"] = build_document(attrs.evolve(report, meta=meta), annex=False)
    for extra in range(GROWTH):
        documents[f"grown{extra:02d}"] = grown(report, extra)
    for rows in range(1, TABLE_GROWTH + 1):
        documents[f"table{rows:02d}"] = table_ending_body(rows)
    sources = []
    for name, document in documents.items():
        stream = io.BytesIO()
        DocxRenderer().write(document, stream)
        path = folder / f"{name}.docx"
        path.write_bytes(stream.getvalue())
        sources.append(path)
    pdfs = convert(sources, "pdf", folder / "pdf")
    return {name: (documents[name], pdf) for name, pdf in zip(documents, pdfs, strict=True)}


def _last_body_text(document: kl224.Document) -> str:
    node = document.body[-1]
    assert isinstance(node, Para | BulletItem)
    return node.full_text if isinstance(node, BulletItem) else node.text


def _page_index(pages: list[str], text: str) -> int:
    found = [i for i, p in enumerate(pages) if text in squash(p)]
    assert found, f"{text!r} is on no page"
    return found[0]


def test_a_long_name_keeps_its_balanced_lines(
    converted: dict[str, tuple[kl224.Document, Path]],
) -> None:
    from kl224.renderers.docx.measure import text_width_pt
    from kl224.text.lines import balanced_lines

    _, pdf = converted["long"]
    found = words(pdf, 1)
    title_top = min(y0 for text, _x0, y0, _x1, _y1 in found if text == "BÁO")
    left_edge = 100 * 72 / 25.4  # the 30 mm margin and the 70 mm column
    rows: dict[int, list[tuple[float, str]]] = {}
    for text, x0, y0, _x1, _y1 in found:
        if x0 < left_edge and y0 < title_top:
            rows.setdefault(round(y0), []).append((x0, text))
    printed = [" ".join(t for _, t in sorted(row)) for _, row in sorted(rows.items())]
    room = (70 * 72 / 25.4 - 2 * 5.4) - 1
    expected = balanced_lines(page.upper(LONG_BODY), room,
                              lambda line: text_width_pt(line, 14, bold=True))
    assert len(expected) > 1
    # LibreOffice prints the name in exactly the lines kl224 chose: none wraps again.
    start = printed.index(expected[0])
    assert printed[start:start + len(expected)] == expected


def test_the_series_crosses_a_page_boundary(
    converted: dict[str, tuple[kl224.Document, Path]],
) -> None:
    counts = {len(pdf_pages(pdf)) for name, (_, pdf) in converted.items()
              if name.startswith("grown")}
    assert len(counts) > 1, "the growing series should need more pages at some length"


def test_the_signature_shares_its_page_with_the_end_of_the_body(
    converted: dict[str, tuple[kl224.Document, Path]],
) -> None:
    assert len(converted) == GROWTH + TABLE_GROWTH + 2
    for name, (document, pdf) in converted.items():
        if name.startswith("table"):
            continue
        pages = pdf_pages(pdf)
        signed = _page_index(pages, AUTHORITY)
        # The last words of the body's last paragraph (its last line or two) are there too.
        tail = " ".join(squash(_last_body_text(document)).split()[-3:])
        text = squash(pages[signed])
        assert tail in text, f"{name}: page {signed + 1} holds the signature without the body"
        assert text.index(tail) < text.index(AUTHORITY), name


def test_no_page_ends_with_a_heading_or_a_caption(
    converted: dict[str, tuple[kl224.Document, Path]],
) -> None:
    for name, (document, pdf) in converted.items():
        nodes = [*document.body, *(n for annex in document.annexes for n in annex.body)]
        ends = [page.heading_text(n.level, n.text) for n in nodes if isinstance(n, Heading)]
        ends += [n.caption for n in nodes if isinstance(n, Table) and n.caption]
        assert ends
        for number, text in enumerate(pdf_pages(pdf)[:-1], start=1):
            last = squash(text)
            for end in ends:
                tail = " ".join(squash(end).split()[-3:])
                assert not last.endswith(tail), f"{name}: page {number} ends with {end!r}"


def test_short_table_headers_never_wrap(
    converted: dict[str, tuple[kl224.Document, Path]],
) -> None:
    document, pdf = converted["sample"]
    tables = [n for n in (*document.body, *(n for a in document.annexes for n in a.body))
              if isinstance(n, Table)]
    assert sum(t.header[0] == "TT" for t in tables) >= 2
    pages = len(pdf_pages(pdf))
    found = [w[0] for number in range(1, pages + 1) for w in words(pdf, number)]
    assert found.count("TT") >= sum(t.header[0] == "TT" for t in tables)
    assert "T" not in found, "a TT header broke inside its cell"


def test_a_table_ending_the_body_keeps_its_last_rows_with_the_signature(
    converted: dict[str, tuple[kl224.Document, Path]],
) -> None:
    """Tables of 1 to 26 rows ending the body, as LibreOffice lays them out: the signature's
    page holds the table's last two rows (all of it when it has three rows or fewer), under the
    repeated header row; the series crosses a page break."""
    page_counts = set()
    for rows in range(1, TABLE_GROWTH + 1):
        _, pdf = converted[f"table{rows:02d}"]
        pages = pdf_pages(pdf)
        page_counts.add(len(pages))
        kept, headed = table_rows_above_signature(pages, rows)
        wanted = list(range(1, rows + 1)) if rows <= 3 else [rows - 1, rows]
        assert kept[-len(wanted):] == wanted, (rows, kept)
        assert headed, f"{rows} rows: the signature's page shows rows without the header"
    assert len(page_counts) > 1


def test_recipients_start_at_the_body_margin(
    converted: dict[str, tuple[kl224.Document, Path]],
) -> None:
    """"Nơi nhận:" and its entries stand at the page's left margin, where the body's headings
    start, and run the column's whole width (as in the PDF), not a cell margin in on each
    side."""
    _, pdf = converted["sample"]
    pages = pdf_pages(pdf)
    signed = _page_index(pages, AUTHORITY)
    found = words(pdf, signed + 1)
    label = next(x0 for text, x0, _y0, _x1, _y1 in found if text == "Nơi")
    margin = page.MARGINS.left_mm * 72 / 25.4
    assert abs(label - margin) < 0.5
    # Each entry has the column's whole width, as in the PDF: the sample's fit on one line.
    document, _ = converted["sample"]
    assert document.closing is not None
    lines = [squash(line) for line in pages[signed].splitlines()]
    for entry in punctuate_recipients(document.closing.recipients, ","):
        assert any(line.startswith(squash(entry)) for line in lines), entry
