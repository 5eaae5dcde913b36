"""The plain-text renderer: the blank outline, wrapping, columns, tables, hostile text."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

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
    outline_document,
)
from kl224.renderers.text import TextRenderer, display_width, wrap

# A verbatim copy of ../shared/spec/outline-kl224.txt, so a clean clone tests against it too.
OUTLINE_TXT = Path(__file__).parent / "data" / "outline-kl224.txt"
GOLDEN = Path(__file__).parent / "golden" / "sample.txt"


def squash(text: str) -> str:
    return " ".join(text.split())


def assert_lines_in_order(haystack: str, lines: list[str]) -> None:
    flat = squash(haystack)
    position = 0
    for line in lines:
        found = flat.find(squash(line), position)
        assert found >= 0, f"missing or out of order: {line!r}"
        position = found + len(squash(line))


def test_template_holds_every_outline_line_in_order() -> None:
    lines = [ln for ln in OUTLINE_TXT.read_text(encoding="utf-8").splitlines() if ln.strip()]
    text = TextRenderer().render_text(outline_document())
    assert_lines_in_order(text, lines)


@pytest.mark.parametrize("width", [40, 60, 80, 120])
def test_lines_never_exceed_the_width(width: int) -> None:
    text = TextRenderer(width=width).render_text(_rich_document())
    for line in text.splitlines():
        assert display_width(line) <= width, line


def test_width_is_checked() -> None:
    with pytest.raises(ValueError, match="width must be a whole number from 40"):
        TextRenderer(width=10)


def _rich_document() -> Document:
    return Document(
        info=DocInfo(title="Báo cáo"),
        header=Header(
            superior_body="ĐẢNG BỘ TỈNH LAI CHÂU",
            issuing_body="HUYỆN ỦY TAM ĐƯỜNG",
            code_line="Số 215-BC/HU",
            place_date="Tam Đường, ngày 30 tháng 10 năm 2024",
        ),
        title=Title(doc_type="BÁO CÁO", subject=("kết quả thực hiện", "ngày 18/10/2021")),
        body=(
            Heading(level=1, label="A-", title="BỐI CẢNH"),
            Para(text="Đoạn văn " * 40),
            BulletItem(marker="-", text="Gạch đầu dòng " * 12),
            BulletItem(marker="+", text="Dấu cộng " * 12),
            Para(text="x" * 300),
            Table(
                header=("TT", "Chỉ tiêu", "Kết quả"),
                rows=(("1", "Tỷ lệ thôn, bản có cụm loa hoạt động ổn định " * 3, "98,5%"),),
                widths=(0.5, 4.0, 1.0),
                align=("center", "left", "right"),
            ),
        ),
        closing=Closing(
            authority="T/M BAN THƯỜNG VỤ",
            position="BÍ THƯ",
            name="Nguyễn Văn A",
            recipients=("Ban Thường vụ Tỉnh ủy (b/c)", "Lưu Văn phòng Huyện ủy"),
        ),
        draft=True,
    )


def test_header_and_closing_in_two_columns() -> None:
    text = TextRenderer().render_text(_rich_document())
    lines = text.splitlines()
    assert lines[0].strip() == "[DỰ THẢO]"
    row = next(line for line in lines if "ĐẢNG BỘ TỈNH LAI CHÂU" in line)
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in row
    row = next(line for line in lines if "HUYỆN ỦY TAM ĐƯỜNG" in line)
    assert "─" in row
    assert any("*" in line and "Tam Đường, ngày 30" in line for line in lines)
    signature = next(line for line in lines if "T/M BAN THƯỜNG VỤ" in line)
    assert signature.startswith("Nơi nhận:")
    assert "- Ban Thường vụ Tỉnh ủy (b/c)," in text
    assert "- Lưu Văn phòng Huyện ủy." in text


def test_table_is_aligned() -> None:
    text = TextRenderer().render_text(_rich_document())
    table = [line for line in text.splitlines() if line and line[0] in "┌│├└"]
    assert len({display_width(line) for line in table}) == 1
    plain = TextRenderer(table_style="plain").render_text(_rich_document())
    assert "┌" not in plain
    assert "+--" in plain


def test_same_bytes_every_run() -> None:
    doc = _rich_document()
    first = bytes(TextRenderer().render_text(doc), "utf-8")
    assert all(bytes(TextRenderer().render_text(doc), "utf-8") == first for _ in range(3))


def test_wrap_keeps_words_and_cuts_only_long_ones() -> None:
    assert wrap("một hai ba bốn năm", 9) == ["một hai", "ba bốn", "năm"]
    assert wrap("x" * 25, 10) == ["x" * 10, "x" * 10, "x" * 5]
    assert wrap("a\nb", 10, "> ", "  ") == ["> a", "  b"]
    assert wrap("", 10) == [""]


def test_display_width() -> None:
    assert display_width("Việt Nam") == 8
    assert display_width("e\u0301") == 1
    assert display_width("漢字") == 4
    assert display_width("a\u200bb") == 2


hostile = st.text(
    alphabet=st.sampled_from(list("<>&\"'/ \t\nabcđĐệữ漢😀\u200b\u202e\u0301=")), max_size=300
)


@given(hostile, st.integers(min_value=40, max_value=200))
def test_hostile_text_never_breaks_the_layout(text: str, width: int) -> None:
    doc = Document(
        info=DocInfo(title=text),
        title=Title(doc_type="BÁO CÁO", subject=(text,)),
        body=(
            Heading(level=3, label="1.", title=text),
            Para(text=text),
            BulletItem(marker="+", text=text),
            Table(header=(text, "b"), rows=((text, text),), widths=(1, 1), align=("left", "left")),
        ),
        closing=Closing(authority=text, name=text, recipients=(text,)),
    )
    out = TextRenderer(width=width).render_text(doc)
    for line in out.splitlines():
        assert display_width(line) <= width
    for word in text.split():
        if display_width(word) < width // 3:
            assert word in out


def test_golden_update_instructions_exist() -> None:
    readme = (Path(__file__).parent / "golden" / "README.md").read_text(encoding="utf-8")
    assert "KL224_UPDATE_GOLDEN" in readme


def test_sample_matches_the_golden_file() -> None:
    import kl224.sample as sample
    from kl224.renderers import render

    text = render(sample.sample_report(), "text").decode("utf-8")
    if os.environ.get("KL224_UPDATE_GOLDEN") == "1":
        GOLDEN.write_text(text, encoding="utf-8")
    assert text == GOLDEN.read_text(encoding="utf-8")


def test_every_narrative_string_of_the_sample_is_printed() -> None:
    import kl224.sample as sample
    from kl224 import narrative_strings
    from kl224.renderers import render

    report = sample.sample_report()
    text = squash(render(report, "text").decode("utf-8"))
    strings = narrative_strings(report)
    assert len(strings) > 50
    for s in strings:
        assert squash(s) in text, s


def test_a_draft_keeps_the_blanks_for_number_and_date() -> None:
    import attrs

    import kl224
    from kl224.renderers import render

    sample = kl224.sample_report()
    draft = attrs.evolve(sample, meta=attrs.evolve(sample.meta, number=None, date=None))
    text = render(draft, "text").decode("utf-8")
    assert "Số      -BC/HU" in text or "Số     -BC/HU" in text
    assert "ngày     tháng     năm" in text


def _reference_width(char: str) -> int:
    # Terminal columns from the Unicode tables, the rule the module states.
    import unicodedata

    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def test_display_width_of_every_basic_plane_character() -> None:
    chars = [chr(c) for c in range(0x10000) if not 0xD800 <= c <= 0xDFFF]
    assert [display_width(c) for c in chars] == [_reference_width(c) for c in chars]
    assert display_width("".join(chars)) == sum(map(_reference_width, chars))


def _reference_wrap(text: str, width: int, first: str, rest: str) -> list[str]:
    """Greedy wrapping one word at a time: a word joins the line (after a space, unless the
    line holds no word of any width yet) while it fits, a word wider than a line is cut."""

    def columns(s: str) -> int:
        return sum(map(_reference_width, s))

    lines: list[str] = []
    prefix = first
    for chunk in text.split("\n"):
        line, used = prefix, columns(prefix)
        start = used
        for word in chunk.split():
            w = columns(word)
            if (used > start and w + 1 <= width - used) or (used == start and w <= width - used):
                line, used = (line + " " + word, used + w + 1) if used > start else (
                    line + word, used + w)
                continue
            if used > start:
                lines.append(line)
                line, used = rest, columns(rest)
                start = used
            available = max(width - used, 1)
            pieces = [""]
            for char in word:
                if columns(pieces[-1] + char) > available and pieces[-1]:
                    pieces.append("")
                pieces[-1] += char
            for piece in pieces[:-1]:
                lines.append(line + piece)
                line, used = rest, columns(rest)
                start = used
            line += pieces[-1]
            used += columns(pieces[-1])
        lines.append(line.rstrip() if line.strip() else "")
        prefix = rest
    return lines


_WRAP_PIECES = st.sampled_from(
    [*"ab xyzđờ  \n\t", "\u0301", "漢字", "😀", "người", "\u200b", "  ", "Trường"]
)


@example("\u0301 ab cd", 10, "", "")  # a first word of no width: no space after it
@example("abc \u200b d efg", 4, "- ", "  ")
@example("người\nTrường", 2, "漢", "")  # words cut, newlines, a wide prefix
@given(
    st.lists(_WRAP_PIECES, max_size=80).map("".join),
    st.integers(1, 40),
    st.sampled_from(["", "    ", "- ", "\u0301", "漢"]),
    st.sampled_from(["", "    ", "  ", "\u0301"]),
)
def test_wrap_is_the_greedy_word_by_word_wrap(text: str, width: int, first: str, rest: str) -> None:
    assert wrap(text, width, first, rest) == _reference_wrap(text, width, first, rest)


@pytest.mark.parametrize("signer", [True, False])
def test_recipients_label_is_printed_before_any_recipient_in_every_format(
        signer: bool, tmp_path: Path) -> None:
    """With no recipient given yet (a draft, a roll-up made without --meta), every format
    prints "Nơi nhận:" as the place to fill in — the Word file always did."""
    import io
    import subprocess

    import attrs
    import docx

    import kl224

    report = kl224.sample_report()
    meta = attrs.evolve(report.meta, recipients=(),
                        signer=report.meta.signer if signer else None)
    report = attrs.evolve(report, meta=meta)
    text = kl224.render(report, "text").decode("utf-8")
    assert "Nơi nhận:" in text
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(kl224.render(report, "pdf"))
    shown = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                           text=True, check=True).stdout
    assert "Nơi nhận:" in shown
    word = docx.Document(io.BytesIO(kl224.render(report, "docx")))
    cells = [cell.text for table in word.tables for row in table.rows for cell in row.cells]
    assert any(cell.startswith("Nơi nhận:") for cell in cells)
    # And the page reads back (without the embedded data): no recipients, the signer as given.
    from kl224.renderers.docx import without_embedded

    shown_only = tmp_path / "report.docx"
    shown_only.write_bytes(without_embedded(kl224.render(report, "docx")))
    back = kl224.load(shown_only)
    assert back.meta.recipients == () and back.meta.signer == report.meta.signer
