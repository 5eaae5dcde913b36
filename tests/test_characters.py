"""Every character drawn or reported: the refused characters (controls, bidi controls,
invisible characters), the bundled fonts' coverage and the KL224-G501 warning for what no
bundled font draws."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import kl224
from kl224.document import Document
from kl224.document.nodes import DocInfo, Header, Heading, Para, Table, Title
from kl224.text import UnsafeTextError, character_name, find_unsafe, normalize, unsafe_kind
from kl224.text.glyphs import find_undrawable, is_drawable
from test_validation import complete_report, replace_at

sys.path.insert(0, str(Path(__file__).resolve().parent))
import font_coverage

# -- refused characters ------------------------------------------------------------------------

BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068",
        "\u2069", "\u200e", "\u200f", "\u061c"]
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\u2061", "\u2064", "\ufeff", "\u180e"]


@pytest.mark.parametrize("char", BIDI + INVISIBLE)
def test_bidi_and_invisible_characters_are_refused_by_the_model(char: str) -> None:
    text = f"224{char}-KL/TU"
    assert find_unsafe(text) == (3, char)
    with pytest.raises(UnsafeTextError) as caught:
        kl224.Paragraph(text=text)
    kind = "bidi" if char in BIDI else "invisible"
    assert caught.value.kind == kind == unsafe_kind(char)
    assert caught.value.index == 3 and caught.value.field == "Paragraph.text"
    assert f"U+{ord(char):04X}" in str(caught.value)
    assert normalize(text) == "224-KL/TU"


def test_a_bidi_override_would_make_the_page_read_backwards() -> None:
    with pytest.raises(UnsafeTextError, match="reorders the text"):
        kl224.Paragraph(text="Số tiền: \u202e000.001\u202c đồng")
    assert character_name("\u202e") == "U+202E RIGHT-TO-LEFT OVERRIDE"
    assert character_name("\x00") == "U+0000 CONTROL"


@pytest.mark.parametrize(
    "text",
    ["👨\u200d👩\u200d👧", "🏳️\u200d🌈", "\U0001f9d1\u200d\U0001f4bb", "❤️\u200d🔥"],
)
def test_a_joiner_inside_an_emoji_sequence_is_kept(text: str) -> None:
    assert find_unsafe(text) is None
    assert kl224.Paragraph(text=text).text == text
    assert normalize(text) == text


@pytest.mark.parametrize("text", ["a\u200db", "👨\u200d", "\u200d👩", "x\u200d\u200d😀"])
def test_a_joiner_outside_an_emoji_sequence_is_refused(text: str) -> None:
    assert find_unsafe(text) is not None
    assert "\u200d" not in normalize(text).replace("\u200d😀", "")


def test_soft_hyphen_and_no_break_space_are_ordinary_text() -> None:
    text = "Tuyên\u00adtruyền 224\u00a0KL"
    assert find_unsafe(text) is None and normalize(text) == text


@given(st.text())
def test_normalize_leaves_nothing_refused(text: str) -> None:
    cleaned = normalize(text)
    assert find_unsafe(cleaned) is None
    assert normalize(cleaned) == cleaned


# -- the bundled fonts' coverage -------------------------------------------------------------


def test_the_coverage_file_matches_the_fonts() -> None:
    shipped = font_coverage.COVERAGE.read_text(encoding="ascii")
    assert shipped == font_coverage.coverage_text(), (
        "coverage.txt is out of date: run python tests/font_coverage.py"
    )


def test_every_bundled_font_is_under_a_shipped_licence() -> None:
    root = Path(__file__).resolve().parents[1]
    pyproject = (root / "pyproject.toml").read_text(encoding="utf-8")
    names = {path.name for path in font_coverage.font_files()}
    assert {n for n in names if n.startswith("Liberation")} and "OFL.txt" in pyproject
    dejavu = {n for n in names if n.startswith("DejaVu")}
    assert dejavu and "DejaVu-LICENSE.txt" in pyproject and "Bitstream-Vera" in pyproject
    licence = (font_coverage.FONTS / "DejaVu-LICENSE.txt").read_text(encoding="ascii")
    assert all(name in licence for name in dejavu)
    assert "Bitstream Vera Fonts Copyright" in licence and "Arev Fonts Copyright" in licence


@pytest.mark.parametrize("char", ["\u2011", "✓", "★", "⇒", "😀", "ệ", "Ư", "–", "€", "№"])
def test_what_the_fonts_draw(char: str) -> None:
    assert is_drawable(char)
    assert ord(char) in font_coverage.code_points()


@pytest.mark.parametrize("char", ["🇻", "漢", "ไ", "\U0001f9d1", "\ue000"])
def test_what_no_bundled_font_draws(char: str) -> None:
    assert not is_drawable(char)
    assert ord(char) not in font_coverage.code_points()


def test_white_space_is_never_undrawable() -> None:
    assert list(find_undrawable("a\tb\nc\u3000d\u2028e")) == []
    assert list(find_undrawable("Cờ 🇻🇳!")) == [(3, "🇻"), (4, "🇳")]
    with pytest.raises(ValueError, match="one character"):
        is_drawable("ab")


# -- KL224-G501 --------------------------------------------------------------------------------


def test_validate_names_each_undrawable_character_once_with_its_place() -> None:
    text = "Cờ 🇻🇳 🇻🇳 và 漢字 ✓ ★ ⇒ 224\u2011KL/TU 😀 " + "ไทย"
    report = replace_at(complete_report(), "/context/narrative", (kl224.Paragraph(text=text),))
    (finding,) = kl224.validate(report, policy="final").findings
    assert finding.code == "KL224-G501" and finding.pointer == "/context/narrative/0"
    assert finding.severity is kl224.Severity.WARNING
    assert finding.params["count"] == 7 and finding.params["position"] == 4
    message = finding.message
    assert "U+1F1FB" in message and "U+6F22" in message and "“漢”" in message
    assert "U+0E44" in message and "U+0E17" not in message  # five shown, seven counted
    for fine in "✓★⇒\u2011😀":
        assert f"“{fine}”" not in message
    assert "leaves a blank" in finding.message_in("en")


def test_kl224_check_reports_undrawable_characters(tmp_path: Path) -> None:
    report = replace_at(complete_report(), "/meta/place", "Tam Đường 🇻🇳")
    source = tmp_path / "report.json"
    kl224.dump(report, source)
    script = Path(sys.executable).with_name("kl224")
    done = subprocess.run([str(script), "check", str(source), "--format", "json"],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    findings = json.loads(done.stdout)["findings"]
    g501 = [f for f in findings if f["code"] == "KL224-G501"]
    assert [f["pointer"] for f in g501] == ["/meta/place"]
    assert "U+1F1FB" in g501[0]["message"]


# -- the PDF draws them ------------------------------------------------------------------------

SYMBOLS = "224\u2011KL/TU ✓ ⇒ ★ 😀"


def _pdf(*body: Any, header: Header | None = None) -> bytes:
    from kl224.renderers.pdf import PdfRenderer

    document = Document(info=DocInfo(title="Thử"), title=Title(doc_type="Báo cáo"),
                        header=header, body=body)
    stream = io.BytesIO()
    PdfRenderer().write(document, stream)
    return stream.getvalue()


def _fonts_of(data: bytes) -> set[str]:
    from pypdf import PdfReader

    names = set()
    for page in PdfReader(io.BytesIO(data)).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]).split("+", 1)[1])
    return names


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_the_pdf_prints_and_extracts_what_liberation_serif_lacks(tmp_path: Path) -> None:
    data = _pdf(
        Heading(level=1, label="A-", title=SYMBOLS),
        Para(text=f"Đoạn thường {SYMBOLS} hết."),
        Para(text=f"Đoạn nghiêng {SYMBOLS} hết.", italic=True),
        Para(text=f"Đậm nghiêng {SYMBOLS} hết.", bold=True, italic=True),
        Table(header=("TT", "Nội dung"), rows=(("1", "✓"), ("2", SYMBOLS)), widths=(1, 6),
              align=("center", "left")),
        header=Header(superior_body="ĐẢNG BỘ ★", issuing_body="HUYỆN ỦY ✓",
                      code_line="Số 1\u2011BC/HU", place_date="ngày ⇒"),
    )
    source = tmp_path / "symbols.pdf"
    source.write_bytes(data)
    text = subprocess.run(["pdftotext", "-raw", str(source), "-"], capture_output=True,
                          text=True, check=True).stdout
    for line in ("Đoạn thường", "Đoạn nghiêng", "Đậm nghiêng"):
        assert f"{line} {SYMBOLS} hết." in text, text
    assert SYMBOLS in text.split("Đoạn thường")[0]  # the heading, upper-cased around them
    assert "2 " + SYMBOLS in text and "1 ✓" in text  # table cells
    for piece in ("ĐẢNG BỘ ★", "HUYỆN ỦY ✓", "Số 1\u2011BC/HU", "ngày ⇒"):
        assert piece in text
    fonts = _fonts_of(data)
    assert {"DejaVuSerif", "DejaVuSans", "DejaVuSerif-Italic", "DejaVuSerif-BoldItalic",
            "DejaVuSerif-Bold"} <= fonts, fonts


@pytest.mark.parametrize(("bold", "italic", "serif", "sans"), [
    (False, False, "DejaVuSerif", "DejaVuSans"),
    (True, False, "DejaVuSerif-Bold", "DejaVuSans-Bold"),
    (False, True, "DejaVuSerif-Italic", "DejaVuSans-Oblique"),
    (True, True, "DejaVuSerif-BoldItalic", "DejaVuSans-BoldOblique"),
])
def test_fallback_characters_keep_the_style_of_their_run(bold: bool, italic: bool, serif: str,
                                                         sans: str) -> None:
    """What Liberation Serif lacks is drawn in a fallback face of the run's own style: U+2011
    and ⇒ in DejaVu Serif, ✓ and ★ (which DejaVu Serif lacks) in DejaVu Sans — slanted in
    italic text, bold in bold text."""
    import pdfplumber

    data = _pdf(Para(text="Số 224\u2011KL/TU ✓ đạt ★ ⇒ hết", bold=bold, italic=italic))
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        fonts = {char["text"]: char["fontname"].split("+", 1)[1]
                 for char in pdf.pages[0].chars if char["text"] in "\u2011✓★⇒đ"}
    face = "LiberationSerif" + ("-BoldItalic" if bold and italic else "-Bold" if bold
                                 else "-Italic" if italic else "")
    assert fonts == {"\u2011": serif, "⇒": serif, "✓": sans, "★": sans, "đ": face}


def test_a_pdf_without_such_characters_embeds_liberation_serif_alone() -> None:
    fonts = _fonts_of(_pdf(Para(text="Tuyên truyền Kết luận 224-KL/TU – “đạt” 100%…")))
    assert fonts == {"LiberationSerif", "LiberationSerif-Bold"}  # the title is bold


@pytest.mark.parametrize("bold", [False, True])
def test_lines_with_fallback_characters_stay_inside_the_frame(bold: bool) -> None:
    import pdfplumber

    from kl224.renderers.page import MARGINS, PT_PER_MM

    text = " ".join(["★✓⇒\u2011😀", "tuyên", "★★★★", "truyền", "⇒⇒"] * 60)
    data = _pdf(Para(text=text, bold=bold))
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[0]
        right = page.width - MARGINS.right_mm * PT_PER_MM
        stars = [c for c in page.chars if c["text"] == "★"]
        assert len(stars) > 100
        assert max(c["x1"] for c in page.chars) <= right + 0.5
        # Justified: full lines end at the right margin.
        line_ends = {}
        for char in page.chars:
            key = round(char["top"])
            line_ends[key] = max(line_ends.get(key, 0.0), char["x1"])
        full = [end for end in line_ends.values() if end > right - 20]
        assert len(full) >= 5 and all(abs(end - right) < 1.0 for end in full), full


def test_a_character_no_font_draws_is_rendered_without_failing() -> None:
    from pypdf import PdfReader

    data = _pdf(Para(text="Cờ 🇻🇳 và 漢字 cuối."))
    text = PdfReader(io.BytesIO(data)).pages[0].extract_text()
    assert "Cờ" in text and "cuối." in text


def test_coverage_is_read_from_a_zipped_kl224(tmp_path: Path) -> None:
    """A kl224 run from a zip (a zipapp, a frozen program) still knows what its fonts draw."""
    import zipfile

    source = Path(kl224.__file__).resolve().parent
    archive = tmp_path / "kl224.zip"
    with zipfile.ZipFile(archive, "w") as packed:
        for path in source.rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                packed.write(path, Path("kl224") / path.relative_to(source))
    code = ("import sys, kl224.text.glyphs as g; "
            "assert g.__file__.startswith(sys.argv[1]), g.__file__; "
            "print(g.is_drawable('\u2011'), g.is_drawable('\U000e0001'))")
    done = subprocess.run([sys.executable, "-c", code, str(archive)], capture_output=True,
                          text=True, check=False, env={"PYTHONPATH": str(archive)},
                          cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "False"]
