"""A body that ends with a table, for the pagination tests of both the PDF and the DOCX: the
table grows row by row and its last rows must share the signature block's page."""

from __future__ import annotations

from kl224.document import Closing, DocInfo, Document, Heading, Para, Table, Title

AUTHORITY = "T/M BAN THƯỜNG VỤ"


def table_ending_body(rows: int) -> Document:
    """A body that ends with a table of ``rows`` rows (as a caller's Document may): a long
    paragraph, a heading, a caption and the table, then the closing block. Row ``k`` holds the
    mark ``CTkk``; every third row takes two lines."""
    cells = tuple((str(k), f"Chỉ tiêu CT{k:02d} về công tác tuyên truyền"
                   + (" và học tập các nghị quyết của Đảng" if k % 3 == 1 else ""), "%",
                   str(90 + k % 10)) for k in range(1, rows + 1))
    return Document(
        info=DocInfo(title="Báo cáo"), title=Title(doc_type="Báo cáo"),
        body=(Para(text="Mở đầu. " * 300), Heading(level=1, label="C-", title="Kết quả"),
              Table(header=("TT", "Chỉ tiêu", "Đơn vị", "Kết quả"), rows=cells,
                    widths=(0.6, 4, 1, 1.2), align=("center", "left", "center", "right"),
                    caption="Bảng kết quả")),
        closing=Closing(authority=AUTHORITY, position="BÍ THƯ", name="Nguyễn Văn A",
                        recipients=tuple(f"Nơi nhận số {i}" for i in range(8))),
    )


def table_rows_above_signature(pages: list[str], rows: int) -> tuple[list[int], bool]:
    """The rows (by number) printed above the signature on its page, and whether the table's
    header row is printed there too. ``pages`` are the pages' texts."""
    squashed = [" ".join(page.split()) for page in pages]
    signed = [number for number, page in enumerate(squashed) if AUTHORITY in page]
    assert len(signed) == 1, signed
    above = squashed[signed[0]].split(AUTHORITY)[0]
    return [k for k in range(1, rows + 1) if f"CT{k:02d}" in above], "Chỉ tiêu Đơn vị" in above
