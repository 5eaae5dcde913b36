"""The Word renderer: page, fonts, styles, header, body, tables, closing, embedded data, hostile
text, determinism — read back from the package XML and with python-docx — and a LibreOffice run."""

from __future__ import annotations

import datetime as dt
import io
import re
import subprocess
import zipfile
from collections.abc import Iterator
from pathlib import Path

import attrs
import docx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from kl224.document import (
    Annex,
    BulletItem,
    Closing,
    DocInfo,
    Document,
    Header,
    Heading,
    Para,
    Table,
    Title,
    punctuate_recipients,
)
from kl224.renderers.base import Renderer, RenderError
from kl224.renderers.docx import DocxRenderer, read_embedded
from libreoffice import convert, needs_libreoffice, pdf_pages, squash

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
TWIPS_PER_MM = 1440 / 25.4
TEXT_WIDTH = 11906 - 1701 - 850


def q(tag: str) -> str:
    return f"{{{W}}}{tag}"


# ------------------------------------------------------------------------------------ fixtures

RECIPIENTS = ("Ban Thường vụ Tỉnh ủy (b/c)", "Ban Tuyên giáo Tỉnh ủy (b/c),",
              "Các đồng chí Huyện ủy viên", "Lưu Văn phòng Huyện ủy")
TABLE = Table(
    header=("TT", "Chỉ tiêu", "Kế hoạch", "Kết quả"),
    rows=tuple((str(i), f"Chỉ tiêu thứ {i}", "100%", f"9{i},5%") for i in range(1, 6)),
    widths=(1, 6, 2, 2),
    align=("center", "left", "right", "justify"),
    caption="Bảng 1. Kết quả các chỉ tiêu",
)


def rich_document(**changes: object) -> Document:
    body = (
        Heading(level=1, label="A-", title="Bối cảnh thực hiện Kết luận"),
        Para(text="Huyện có 13 xã, thị trấn với 156 thôn, bản; dân số 56.789 người."),
        Heading(level=1, label="B-", title="Kết quả thực hiện"),
        Heading(level=2, label="I-", title="Công tác lãnh đạo, chỉ đạo"),
        Heading(level=3, label="1.", title="Công tác quán triệt, học tập, tuyên truyền"),
        Para(text="Ban Thường vụ Huyện ủy ban hành Kế hoạch số 45-KH/HU."),
        BulletItem(marker="-", text="Tổ chức 15 hội nghị với 1.250 lượt người tham dự;"),
        BulletItem(marker="+", text="Cấp huyện: 2 hội nghị, 320 lượt người;"),
        Para(text="Đoạn căn giữa in đậm", align="center", indent=False, bold=True),
        Para(text="Đoạn nghiêng căn phải", align="right", italic=True),
        TABLE,
        Heading(level=1, label="C-", title="Đề xuất, kiến nghị"),
        Para(text="Dòng một\nDòng hai\tsau tab"),
    )
    document = Document(
        info=DocInfo(title="Báo cáo Kết luận 224", author="Huyện ủy Tam Đường",
                     subject="Kết quả thực hiện", date=dt.date(2024, 10, 30)),
        header=Header(superior_body="Đảng bộ tỉnh Lai Châu", issuing_body="Huyện ủy Tam Đường",
                      code_line="Số 215-BC/HU",
                      place_date="Tam Đường, ngày 30 tháng 10 năm 2024"),
        title=Title(doc_type="Báo cáo",
                    subject=("kết quả triển khai thực hiện Kết luận số 224-KL/TU,",
                             "ngày 18/10/2021 của Tỉnh ủy"),
                    note="(Số liệu đến ngày 30/9/2024)"),
        body=body,
        closing=Closing(authority="T/M Ban Thường vụ", position="Bí thư",
                        name="Nguyễn Văn A", recipients=RECIPIENTS),
        annexes=(Annex(label="Phụ lục 1", title="Số liệu chi tiết",
                       note="(Kèm theo Báo cáo số 215-BC/HU)",
                       body=(Para(text="Nội dung phụ lục."), TABLE)),),
        draft=True,
        source_json='{"meta": {"number": 215}, "text": "<b> & ]]> \\" \'"}\n',
    )
    return attrs.evolve(document, **changes)


def render(document: Document, renderer: DocxRenderer | None = None) -> bytes:
    stream = io.BytesIO()
    (renderer or DocxRenderer()).write(document, stream)
    return stream.getvalue()


class Package:
    """A rendered DOCX opened for inspection: raw parts, parsed XML, effective style values."""

    def __init__(self, data: bytes) -> None:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            self.infos = archive.infolist()
            self.parts = {info.filename: archive.read(info) for info in self.infos}
        self.document = etree.fromstring(self.parts["word/document.xml"])
        self.styles = etree.fromstring(self.parts["word/styles.xml"])
        self.by_id = {s.get(q("styleId")): s for s in self.styles.iterfind("w:style", NS)}
        self.body = self.document.find("w:body", NS)

    def xml(self, name: str) -> etree._Element:
        return etree.fromstring(self.parts[name])

    def style_chain(self, style_id: str) -> Iterator[etree._Element]:
        seen = set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            style = self.by_id[style_id]
            yield style
            based = style.find("w:basedOn", NS)
            style_id = based.get(q("val")) if based is not None else ""

    def _lookup(self, props: list[etree._Element | None], path: str) -> etree._Element | None:
        for prop in props:
            if prop is not None and (found := prop.find(path, NS)) is not None:
                return found
        return None

    def _run_props(self, p: etree._Element, run: etree._Element | None) -> list:
        props = [run.find("w:rPr", NS) if run is not None else None]
        style_id = p.xpath("string(w:pPr/w:pStyle/@w:val)", namespaces=NS) or "Normal"
        props += [s.find("w:rPr", NS) for s in self.style_chain(style_id)]
        props.append(self.styles.find("w:docDefaults/w:rPrDefault/w:rPr", NS))
        return props

    def para_props(self, p: etree._Element) -> list:
        style_id = p.xpath("string(w:pPr/w:pStyle/@w:val)", namespaces=NS) or "Normal"
        props = [p.find("w:pPr", NS)]
        props += [s.find("w:pPr", NS) for s in self.style_chain(style_id)]
        props.append(self.styles.find("w:docDefaults/w:pPrDefault/w:pPr", NS))
        return props

    def flag(self, p: etree._Element, tag: str) -> bool:
        """Effective on/off run property (b, i, caps) of the first run of ``p``."""
        run = p.find("w:r", NS)
        found = self._lookup(self._run_props(p, run), f"w:{tag}")
        return found is not None and found.get(q("val"), "1") not in ("0", "false")

    def size(self, p: etree._Element) -> float:
        found = self._lookup(self._run_props(p, p.find("w:r", NS)), "w:sz")
        assert found is not None
        return int(found.get(q("val"))) / 2

    def underline(self, p: etree._Element) -> str | None:
        found = self._lookup(self._run_props(p, p.find("w:r", NS)), "w:u")
        return None if found is None else found.get(q("val"))

    def para_attr(self, p: etree._Element, path: str, attr: str) -> str | None:
        for prop in self.para_props(p):
            if prop is not None and (found := prop.find(path, NS)) is not None:
                value = found.get(q(attr))
                if value is not None:
                    return str(value)
        return None

    def para_flag(self, p: etree._Element, tag: str) -> bool:
        return self._lookup(self.para_props(p), f"w:{tag}") is not None


def para_text(p: etree._Element) -> str:
    out = []
    for el in p.iter(q("t"), q("br"), q("tab")):
        out.append({q("br"): "\n", q("tab"): "\t"}.get(el.tag, el.text or ""))
    return "".join(out)


def style_of(p: etree._Element) -> str:
    return str(p.xpath("string(w:pPr/w:pStyle/@w:val)", namespaces=NS))


def top_paragraphs(pkg: Package) -> list[etree._Element]:
    return pkg.body.findall("w:p", NS)


def find_para(pkg: Package, text: str) -> etree._Element:
    for p in pkg.document.iter(q("p")):
        if para_text(p) == text:
            return p
    raise AssertionError(f"no paragraph {text!r}")


@pytest.fixture(scope="module")
def rich_bytes() -> bytes:
    return render(rich_document())


@pytest.fixture(scope="module")
def pkg(rich_bytes: bytes) -> Package:
    return Package(rich_bytes)


# --------------------------------------------------------------------------------- the contract


def test_renderer_contract() -> None:
    renderer = DocxRenderer()
    assert isinstance(renderer, Renderer)
    assert DocxRenderer.name == "docx"
    assert DocxRenderer.suffixes == (".docx",)
    assert DocxRenderer.media_type.endswith("wordprocessingml.document")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        renderer.body_size = 15  # type: ignore[misc]


@pytest.mark.parametrize(
    "options",
    [{"body_size": 16}, {"recipients_separator": "."}, {"line_spacing": 3.0},
     {"line_spacing": 5.0, "line_spacing_rule": "multiple"}, {"line_spacing_rule": "double"}],
)
def test_bad_options_are_refused(options: dict[str, object]) -> None:
    with pytest.raises(ValueError, match=r"line_spacing|must be in"):
        DocxRenderer(**options)  # type: ignore[arg-type]


# -------------------------------------------------------------------------------- page and fonts


def test_page_size_and_margins(rich_bytes: bytes) -> None:
    section = docx.Document(io.BytesIO(rich_bytes)).sections[0]
    assert round(section.page_width.mm) == 210
    assert round(section.page_height.mm) == 297
    assert (round(section.top_margin.mm), round(section.bottom_margin.mm)) == (20, 20)
    assert (round(section.left_margin.mm), round(section.right_margin.mm)) == (30, 15)
    assert round(section.header_distance.mm) == 10
    assert section.different_first_page_header_footer


SLOTS = ("ascii", "hAnsi", "eastAsia", "cs")


def effective_fonts(pkg: Package, style_id: str) -> list[str | None]:
    """The font of each slot for paragraphs of ``style_id``: the nearest style in its chain
    that names the slot, else the document defaults."""
    chain = [s.find("w:rPr/w:rFonts", NS) for s in pkg.style_chain(style_id)]
    chain.append(pkg.styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:rFonts", NS))
    out = []
    for slot in SLOTS:
        named = [f for f in chain if f is not None and (f.get(q(slot)) is not None
                                                          or f.get(q(slot + "Theme")) is not None)]
        out.append(named[0].get(q(slot)) if named else None)
    return out


def used_styles(pkg: Package) -> set[str]:
    return {style_of(p) or "Normal" for p in pkg.document.iter(q("p"))}


def test_fonts_every_style_and_defaults(pkg: Package) -> None:
    defaults = pkg.styles.find("w:docDefaults/w:rPrDefault/w:rPr", NS)
    fonts = defaults.find("w:rFonts", NS)
    assert [fonts.get(q(s)) for s in SLOTS] == ["Times New Roman"] * 4
    assert defaults.find("w:lang", NS).get(q("val")) == "vi-VN"
    assert defaults.find("w:color", NS).get(q("val")) == "000000"
    used = used_styles(pkg)
    assert used <= set(pkg.by_id), "a paragraph names a style that is not defined"
    assert {"Heading1", "Heading2", "Heading3", "KLBody", "KLHeader"} <= used
    for style_id in used:
        assert effective_fonts(pkg, style_id) == ["Times New Roman"] * 4, style_id
    # No style of the file (used or not) names a theme font.
    for fonts in pkg.styles.iter(q("rFonts")):
        assert not any(k.endswith(("Theme", "theme")) for k in fonts.attrib)


def test_no_theme_fonts_or_office_default_fonts(rich_bytes: bytes, pkg: Package) -> None:
    for name, data in pkg.parts.items():
        assert b"Calibri" not in data and b"Cambria" not in data, name
        if name.endswith(".xml"):
            assert not re.search(rb"w:\w+Theme=", data), name
    # A theme part is there (validators want one), naming Times New Roman for everything.
    theme = pkg.xml("word/theme/theme1.xml")
    a = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
    faces = {el.get("typeface") for el in theme.iter(f"{a}latin")}
    assert faces == {"Times New Roman"}
    fonts = pkg.xml("word/fontTable.xml")
    assert [f.get(q("name")) for f in fonts] == ["Times New Roman"]
    # python-docx's own leftovers are gone: its preview picture, its statistics, its
    # bibliography store and the Word 2010 copy of the styles.
    for leftover in ("docProps/thumbnail.jpeg", "docProps/app.xml", "word/stylesWithEffects.xml"):
        assert leftover not in pkg.parts
    assert b"python-docx" not in pkg.parts["docProps/core.xml"]


def test_language_and_black_text(pkg: Package) -> None:
    def nearest(style_id: str, tag: str) -> str | None:
        for style in pkg.style_chain(style_id):
            found = style.find(f"w:rPr/w:{tag}", NS)
            if found is not None:
                return str(found.get(q("val")))
        found = pkg.styles.find(f"w:docDefaults/w:rPrDefault/w:rPr/w:{tag}", NS)
        return None if found is None else str(found.get(q("val")))

    for style_id in used_styles(pkg):
        assert nearest(style_id, "lang") == "vi-VN", style_id
        assert nearest(style_id, "color") == "000000", style_id
    for style_id in ("Heading1", "Heading2", "Heading3"):
        color = pkg.by_id[style_id].find("w:rPr/w:color", NS)
        assert color.get(q("val")) == "000000" and color.get(q("themeColor")) is None


def test_named_styles_are_listed_by_name(rich_bytes: bytes, pkg: Package) -> None:
    names = {s.name for s in docx.Document(io.BytesIO(rich_bytes)).styles}
    for wanted in ("KL Body", "Heading 1", "Heading 2", "Heading 3", "KL Bullet",
                   "KL Header", "KL Title", "KL Subject", "KL Signature", "KL Recipients",
                   "KL Recipients Label", "KL Table Text", "KL Annex Title"):
        assert wanted in names
    # Body paragraphs carry their formatting in the style, not in the runs.
    for p in top_paragraphs(pkg):
        if style_of(p) in ("KLBody", "KLBullet", "Heading1", "Heading2", "Heading3"):
            text = para_text(p)
            if text not in ("Đoạn căn giữa in đậm", "Đoạn nghiêng căn phải"):
                assert p.find("w:r/w:rPr", NS) is None, text


# --------------------------------------------------------------------------- header and title


def test_first_page_header_table(pkg: Package) -> None:
    table = pkg.body.find("w:tbl", NS)
    assert pkg.body.index(table) == 0
    widths = [int(c.get(q("w"))) for c in table.iterfind("w:tblGrid/w:gridCol", NS)]
    assert abs(widths[0] / TWIPS_PER_MM - 70) < 0.5
    assert abs(widths[1] / TWIPS_PER_MM - 95) < 0.5
    assert table.find("w:tblPr/w:tblLayout", NS).get(q("type")) == "fixed"
    for edge in table.find("w:tblPr/w:tblBorders", NS):
        assert edge.get(q("val")) == "nil"
    left, right = table.findall("w:tr/w:tc", NS)
    left_ps = left.findall("w:p", NS)
    assert [para_text(p) for p in left_ps] == [
        "ĐẢNG BỘ TỈNH LAI CHÂU", "HUYỆN ỦY TAM ĐƯỜNG", "*", "Số 215-BC/HU"]
    assert [pkg.flag(p, "b") for p in left_ps] == [False, True, False, False]
    assert all(pkg.size(p) == 14 for p in left_ps)
    assert all(pkg.para_attr(p, "w:jc", "val") == "center" for p in left_ps)
    title, rule, date = right.findall("w:p", NS)
    assert para_text(title) == "ĐẢNG CỘNG SẢN VIỆT NAM"
    assert pkg.flag(title, "b") and pkg.size(title) == 15
    assert para_text(rule) == ""
    assert pkg.para_attr(rule, "w:pBdr/w:bottom", "val") == "single"
    ind_left = int(pkg.para_attr(rule, "w:ind", "left") or 0)
    ind_right = int(pkg.para_attr(rule, "w:ind", "right") or 0)
    rule_mm = (widths[1] - 216 - ind_left - ind_right) / TWIPS_PER_MM
    assert ind_left == ind_right
    assert 68 < rule_mm < 78, "the rule should be about as long as the party title (≈ 73 mm)"
    assert para_text(date) == "Tam Đường, ngày 30 tháng 10 năm 2024"
    assert pkg.flag(date, "i") and not pkg.flag(date, "b") and pkg.size(date) == 14


def test_title_block(pkg: Package) -> None:
    paras = top_paragraphs(pkg)[:5]
    assert [para_text(p) for p in paras] == [
        "BÁO CÁO", "kết quả triển khai thực hiện Kết luận số 224-KL/TU,",
        "ngày 18/10/2021 của Tỉnh ủy", "(Số liệu đến ngày 30/9/2024)", "-----"]
    doc_type, subject1, subject2, note, separator = paras
    assert pkg.size(doc_type) == 16 and pkg.flag(doc_type, "b")
    for p in (subject1, subject2):
        assert pkg.size(p) == 14 and pkg.flag(p, "b")
    assert pkg.flag(note, "i") and not pkg.flag(note, "b")
    assert not pkg.flag(separator, "b")
    assert all(pkg.para_attr(p, "w:jc", "val") == "center" for p in paras)


# ------------------------------------------------------------------------------------ the body


def test_body_text_formatting(pkg: Package) -> None:
    body = find_para(pkg, "Huyện có 13 xã, thị trấn với 156 thôn, bản; dân số 56.789 người.")
    assert style_of(body) == "KLBody"
    assert pkg.size(body) == 14 and not pkg.flag(body, "b")
    assert pkg.para_attr(body, "w:jc", "val") == "both"
    assert pkg.para_attr(body, "w:ind", "firstLine") == "567"
    assert pkg.para_attr(body, "w:spacing", "before") == "120"
    assert pkg.para_attr(body, "w:spacing", "after") == "120"
    assert pkg.para_attr(body, "w:spacing", "line") == "360"
    assert pkg.para_attr(body, "w:spacing", "lineRule") == "exact"
    centred = find_para(pkg, "Đoạn căn giữa in đậm")
    assert pkg.para_attr(centred, "w:jc", "val") == "center" and pkg.flag(centred, "b")
    assert pkg.para_attr(centred, "w:ind", "firstLine") == "0"
    right = find_para(pkg, "Đoạn nghiêng căn phải")
    assert pkg.para_attr(right, "w:jc", "val") == "right" and pkg.flag(right, "i")


def test_options_change_size_and_line_spacing() -> None:
    pkg = Package(render(rich_document(), DocxRenderer(body_size=15, line_spacing=1.5,
                                                       line_spacing_rule="multiple")))
    body = find_para(pkg, "Nội dung phụ lục.")
    assert pkg.size(body) == 15
    assert pkg.para_attr(body, "w:spacing", "line") == "360"
    assert pkg.para_attr(body, "w:spacing", "lineRule") == "auto"
    heading = find_para(pkg, "A- BỐI CẢNH THỰC HIỆN KẾT LUẬN")
    assert pkg.size(heading) == 15


@pytest.mark.parametrize(
    ("text", "level"),
    [("A- BỐI CẢNH THỰC HIỆN KẾT LUẬN", 1), ("B- KẾT QUẢ THỰC HIỆN", 1),
     ("I- CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", 2),
     ("1. Công tác quán triệt, học tập, tuyên truyền", 3)],
)
def test_headings(pkg: Package, text: str, level: int) -> None:
    p = find_para(pkg, text)
    assert style_of(p) == f"Heading{level}"
    assert pkg.flag(p, "b") and pkg.size(p) == 14
    assert pkg.flag(p, "caps") == (level < 3)
    assert pkg.para_flag(p, "keepNext")
    assert pkg.para_attr(p, "w:outlineLvl", "val") == str(level - 1)


def test_bullets_are_literal_text_not_numbering(pkg: Package) -> None:
    dash = find_para(pkg, "- Tổ chức 15 hội nghị với 1.250 lượt người tham dự;")
    plus = find_para(pkg, "+ Cấp huyện: 2 hội nghị, 320 lượt người;")
    for p in (dash, plus):
        assert style_of(p) == "KLBullet"
        assert pkg.size(p) == 14 and not pkg.flag(p, "b")
    assert not list(pkg.document.iter(q("numPr")))
    for style_id in used_styles(pkg):
        for style in pkg.style_chain(style_id):
            assert style.find("w:pPr/w:numPr", NS) is None, style_id


def test_newline_and_tab_become_break_and_tab(pkg: Package) -> None:
    p = find_para(pkg, "Dòng một\nDòng hai\tsau tab")
    assert len(p.findall(".//w:br", NS)) == 1 and len(p.findall(".//w:tab", NS)) == 1
    settings_xml = pkg.xml("word/settings.xml")
    assert settings_xml.find("w:compat/w:doNotExpandShiftReturn", NS) is not None
    # Word 2013+ mode: Word does not open the file in "Compatibility Mode".
    modes = settings_xml.xpath("w:compat/w:compatSetting[@w:name='compatibilityMode']/@w:val",
                               namespaces=NS)
    assert modes == ["15"]


def test_tables(pkg: Package) -> None:
    tables = pkg.body.findall("w:tbl", NS)
    data_tables = [t for t in tables if t.find("w:tr/w:trPr/w:tblHeader", NS) is not None]
    assert len(data_tables) == 2  # the body's and the annex's
    table = data_tables[0]
    rows = table.findall("w:tr", NS)
    assert len(rows) == 1 + len(TABLE.rows)
    assert rows[0].find("w:trPr/w:tblHeader", NS) is not None
    assert all(r.find("w:trPr/w:tblHeader", NS) is None for r in rows[1:])
    assert all(r.find("w:trPr/w:cantSplit", NS) is not None for r in rows)
    widths = [int(c.get(q("w"))) for c in table.iterfind("w:tblGrid/w:gridCol", NS)]
    assert sum(widths) == TEXT_WIDTH
    assert abs(widths[1] / widths[0] - 6) < 0.01 and abs(widths[2] / widths[0] - 2) < 0.01
    assert table.find("w:tblPr/w:tblLayout", NS).get(q("type")) == "fixed"
    for edge in table.find("w:tblPr/w:tblBorders", NS):
        assert edge.get(q("val")) == "single"
    head_ps = [tc.find("w:p", NS) for tc in rows[0].findall("w:tc", NS)]
    assert [para_text(p) for p in head_ps] == list(TABLE.header)
    assert all(pkg.flag(p, "b") and pkg.para_attr(p, "w:jc", "val") == "center"
               for p in head_ps)
    first = [tc.find("w:p", NS) for tc in rows[1].findall("w:tc", NS)]
    assert [para_text(p) for p in first] == list(TABLE.rows[0])
    assert [pkg.para_attr(p, "w:jc", "val") for p in first] == ["center", "left", "right",
                                                                 "both"]
    assert all(pkg.size(p) == 13 and not pkg.flag(p, "b") for p in first)
    caption = find_para(pkg, TABLE.caption)
    assert pkg.flag(caption, "b") and pkg.para_flag(caption, "keepNext")
    # Word merges adjacent tables: something must always follow a table.
    following = table.getnext()
    assert following is not None and following.tag == q("p")


# -------------------------------------------------------------------------- headers and pages


def _header_parts(pkg: Package) -> dict[str, etree._Element]:
    rels = pkg.xml("word/_rels/document.xml.rels")
    targets = {r.get("Id"): r.get("Target") for r in rels}
    sect = pkg.body.find("w:sectPr", NS)
    return {
        ref.get(q("type")): pkg.xml("word/" + targets[ref.get(f"{{{NS_R}}}id")])
        for ref in sect.iterfind("w:headerReference", NS)
    }


NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def test_page_numbers_from_page_two(pkg: Package) -> None:
    sect = pkg.body.find("w:sectPr", NS)
    assert sect.find("w:titlePg", NS) is not None
    assert sect.find("w:pgMar", NS).get(q("header")) == "567"
    headers = _header_parts(pkg)
    default = headers["default"]
    instr = "".join(default.xpath(".//w:instrText/text()", namespaces=NS))
    assert instr.strip() == "PAGE"
    kinds = default.xpath(".//w:fldChar/@w:fldCharType", namespaces=NS)
    assert kinds == ["begin", "separate", "end"]
    p = default.find("w:p", NS)
    assert pkg.para_attr(p, "w:jc", "val") == "center" and pkg.size(p) == 14
    first = headers["first"]
    assert not first.xpath(".//w:instrText", namespaces=NS)
    assert not first.xpath(".//w:fldSimple", namespaces=NS)


def test_draft_mark_only_on_drafts_and_only_when_asked() -> None:
    def first_header_text(document: Document, renderer: DocxRenderer) -> str:
        headers = _header_parts(Package(render(document, renderer)))
        return "".join(para_text(p) for p in headers["first"].iter(q("p")))

    assert first_header_text(rich_document(), DocxRenderer()) == "DỰ THẢO"
    assert first_header_text(rich_document(), DocxRenderer(draft_mark=False)) == ""
    assert first_header_text(rich_document(draft=False), DocxRenderer()) == ""
    pkg = Package(render(rich_document()))
    mark = next(p for p in _header_parts(pkg)["first"].iter(q("p")) if para_text(p))
    assert pkg.flag(mark, "b") and pkg._lookup(pkg._run_props(mark, None), "w:bdr") is not None


# ---------------------------------------------------------------------------- closing, annexes


def test_closing_block(pkg: Package) -> None:
    table = next(t for t in pkg.body.findall("w:tbl", NS)
                 if "Nơi nhận:" in "".join(t.itertext()))
    row = table.find("w:tr", NS)
    assert row.find("w:trPr/w:cantSplit", NS) is not None
    for edge in table.find("w:tblPr/w:tblBorders", NS):
        assert edge.get(q("val")) == "nil"
    left, right = row.findall("w:tc", NS)
    label, *entries = left.findall("w:p", NS)
    assert para_text(label) == "Nơi nhận:"
    assert pkg.underline(label) == "single" and pkg.size(label) == 14
    assert [para_text(p) for p in entries] == [
        "- Ban Thường vụ Tỉnh ủy (b/c),", "- Ban Tuyên giáo Tỉnh ủy (b/c),",
        "- Các đồng chí Huyện ủy viên,", "- Lưu Văn phòng Huyện ủy."]
    assert all(pkg.size(p) == 12 for p in entries)
    assert all(pkg.para_attr(p, "w:ind", "hanging") == "140" for p in entries)
    authority, position, name = right.findall("w:p", NS)
    assert [para_text(p) for p in (authority, position, name)] == [
        "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Văn A"]
    assert [pkg.flag(p, "b") for p in (authority, position, name)] == [True, False, True]
    assert all(pkg.para_attr(p, "w:jc", "val") == "center" for p in (authority, position, name))
    gap_mm = int(pkg.para_attr(name, "w:spacing", "before") or 0) / TWIPS_PER_MM
    assert 25 <= gap_mm <= 30, "room for the signature and the seal"
    assert all(pkg.para_flag(p, "keepNext") for p in left.findall("w:p", NS))


def test_recipients_separator_option() -> None:
    pkg = Package(render(rich_document(), DocxRenderer(recipients_separator=";")))
    texts = [para_text(p) for p in pkg.document.iter(q("p"))]
    expected = punctuate_recipients(RECIPIENTS, ";")
    assert expected[0] == "- Ban Thường vụ Tỉnh ủy (b/c);"
    for line in expected:
        assert line in texts


def test_annex_on_a_new_page(pkg: Package) -> None:
    label = find_para(pkg, "Phụ lục 1")
    assert pkg.para_flag(label, "pageBreakBefore") and pkg.flag(label, "b")
    following = [para_text(p) for p in label.itersiblings(q("p"))][:2]
    assert following == ["Số liệu chi tiết", "(Kèm theo Báo cáo số 215-BC/HU)"]
    assert pkg.flag(find_para(pkg, "(Kèm theo Báo cáo số 215-BC/HU)"), "i")
    # The annex comes after the closing block.
    order = [para_text(p) for p in pkg.document.iter(q("p"))]
    assert order.index("Nguyễn Văn A") < order.index("Phụ lục 1") < order.index(
        "Nội dung phụ lục.")


def expected_texts(document: Document) -> list[str]:
    """Every text of a hand-built document as the DOCX prints it (upper case where due)."""
    texts: list[str] = []
    if document.header is not None:
        h = document.header
        texts += [h.superior_body.upper(), h.issuing_body.upper(), h.code_line,
                  h.party_title.upper(), h.place_date]
    texts += [document.title.doc_type.upper(), *document.title.subject, document.title.note]

    def nodes(items: tuple[object, ...]) -> None:
        for node in items:
            if isinstance(node, Heading):
                texts.append(node.text.upper() if node.level < 3 else node.text)
            elif isinstance(node, Para):
                texts.append(node.text)
            elif isinstance(node, BulletItem):
                texts.append(node.full_text)
            elif isinstance(node, Table):
                texts.extend([node.caption, *node.header, *(c for r in node.rows for c in r)])

    nodes(document.body)
    if document.closing is not None:
        c = document.closing
        texts += [c.authority.upper(), c.position.upper(), c.name, c.recipients_label]
        texts += punctuate_recipients(c.recipients)
    for annex in document.annexes:
        texts += [annex.label, annex.title, annex.note]
        nodes(annex.body)
    return [t for t in texts if t]


def printed_texts(pkg: Package) -> list[str]:
    """Every paragraph's text, its lines joined by one space: names in the header and the
    closing block are broken into lines on purpose (see test_long_names_break_evenly)."""
    return [" ".join(para_text(p).split()) for p in pkg.document.iter(q("p"))]


def test_every_text_is_present(pkg: Package) -> None:
    printed = printed_texts(pkg)
    for text in expected_texts(rich_document()):
        assert " ".join(text.split()) in printed, text


# ---------------------------------------------------------------------- properties, embedding

SAFE_TEXT = st.text(alphabet=st.characters(
    blacklist_categories=("Cs",),
    blacklist_characters="\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f\x10\x11"
                         "\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f\x7f"
                         "\ufffe\uffff"))



def test_core_properties(rich_bytes: bytes) -> None:
    props = docx.Document(io.BytesIO(rich_bytes)).core_properties
    assert props.title == "Báo cáo Kết luận 224"
    assert props.author == "Huyện ủy Tam Đường"
    assert props.subject == "Kết quả thực hiện"
    assert props.language == "vi-VN"
    assert props.last_modified_by == "kl224"
    assert props.revision == 1
    moment = dt.datetime(2024, 10, 30, tzinfo=dt.UTC)
    assert props.created == moment and props.modified == moment


def test_core_properties_without_a_date_use_a_fixed_epoch() -> None:
    document = rich_document(info=DocInfo(title="T"))
    props = docx.Document(io.BytesIO(render(document))).core_properties
    assert props.created == dt.datetime(1980, 1, 1, tzinfo=dt.UTC)


def test_embedded_json_round_trip(rich_bytes: bytes, pkg: Package) -> None:
    assert read_embedded(rich_bytes) == rich_document().source_json
    item = pkg.xml("customXml/item1.xml")
    assert item.tag == "{urn:kl224:report:1}report"
    rels = pkg.xml("word/_rels/document.xml.rels")
    assert any(r.get("Target") == "../customXml/item1.xml"
               and r.get("Type").endswith("/customXml") for r in rels)
    props = pkg.xml("customXml/itemProps1.xml")
    assert props.xpath("string(//@*[local-name()='uri'])") == "urn:kl224:report:1"
    content_types = pkg.parts["[Content_Types].xml"]
    assert b"/customXml/itemProps1.xml" in content_types


@settings(max_examples=40, deadline=None)
@given(SAFE_TEXT.filter(bool))
def test_embedded_text_survives_exactly(payload: str) -> None:
    document = Document(info=DocInfo(title="x"), title=Title(doc_type="x"), source_json=payload)
    assert read_embedded(render(document)) == payload


@settings(max_examples=40, deadline=None)
@given(SAFE_TEXT, SAFE_TEXT)
def test_any_writable_text_comes_back_as_written(text: str, cell: str) -> None:
    document = Document(
        info=DocInfo(title="x"), title=Title(doc_type="x"),
        body=(Para(text=text), Table(header=("h",), rows=((cell,),), widths=(1,),
                                     align=("left",))),
    )
    printed = [para_text(p) for p in Package(render(document)).document.iter(q("p"))]
    # A carriage return is a line break, like a newline (load folds CR into LF anyway).
    assert text.replace("\r", "\n") in printed and cell.replace("\r", "\n") in printed


def test_no_embedded_data() -> None:
    plain = docx.Document()
    plain.add_paragraph("Một văn bản gõ tay.")
    stream = io.BytesIO()
    plain.save(stream)
    assert read_embedded(stream.getvalue()) is None
    assert read_embedded(render(rich_document(source_json=""))) is None
    assert "customXml/item1.xml" not in Package(render(rich_document(source_json=""))).parts


def test_read_embedded_refuses_what_is_not_a_docx() -> None:
    with pytest.raises(ValueError, match="not a DOCX"):
        read_embedded(b"%PDF-1.7 this is not a zip")
    with pytest.raises(ValueError, match="not a DOCX"):
        read_embedded(b"")
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(ValueError, match="not a Word document"):
        read_embedded(stream.getvalue())


def test_output_is_deterministic(rich_bytes: bytes) -> None:
    assert render(rich_document()) == rich_bytes
    assert render(rich_document(), DocxRenderer()) == rich_bytes
    with zipfile.ZipFile(io.BytesIO(rich_bytes)) as archive:
        infos = archive.infolist()
    assert {i.date_time for i in infos} == {(1980, 1, 1, 0, 0, 0)}
    assert infos[0].filename == "[Content_Types].xml"
    assert b"rsid" not in b"".join(Package(rich_bytes).parts.values())


def test_unseekable_stream_gets_the_same_bytes(rich_bytes: bytes) -> None:
    class Pipe(io.RawIOBase):
        def __init__(self) -> None:
            self.chunks: list[bytes] = []

        def writable(self) -> bool:
            return True

        def write(self, data: bytes) -> int:  # type: ignore[override]
            self.chunks.append(bytes(data))
            return len(data)

    pipe = Pipe()
    DocxRenderer().write(rich_document(), pipe)  # type: ignore[arg-type]
    assert b"".join(pipe.chunks) == rich_bytes


# ------------------------------------------------------------------------------- hostile text

HOSTILE = "<b>bold?</b> & \"quotes\" 'single' ]]> <!-- x --> &amp; <w:p/>"


def test_markup_characters_are_text_not_xml() -> None:
    document = rich_document(
        header=Header(superior_body=HOSTILE, issuing_body=HOSTILE, code_line=HOSTILE,
                      place_date=HOSTILE, party_title=HOSTILE),
        title=Title(doc_type=HOSTILE, subject=(HOSTILE,), note=HOSTILE, separator=HOSTILE),
        body=(Heading(level=3, label="1.", title=HOSTILE), Para(text=HOSTILE),
              BulletItem(marker="-", text=HOSTILE),
              Table(header=(HOSTILE,), rows=((HOSTILE,),), widths=(1,), align=("left",),
                    caption=HOSTILE)),
        closing=Closing(authority=HOSTILE, position=HOSTILE, name=HOSTILE,
                        recipients=(HOSTILE,), recipients_label=HOSTILE),
        info=DocInfo(title=HOSTILE, author=HOSTILE, subject=HOSTILE),
        source_json=HOSTILE,
    )
    data = render(document)
    pkg = Package(data)
    printed = printed_texts(pkg)
    for text in expected_texts(document):
        assert text in printed
    # No markup got through as XML: every element is WordprocessingML, and the bold elements
    # are only the ones the styles need (none in the runs of this document).
    assert all(el.tag.startswith(f"{{{W}}}") for el in pkg.document.iter(etree.Element))
    assert not list(pkg.document.iter(q("b")))
    assert b"&lt;b&gt;bold?&lt;/b&gt;" in pkg.parts["word/document.xml"]
    assert read_embedded(data) == HOSTILE
    assert docx.Document(io.BytesIO(data)).core_properties.title == HOSTILE


def test_long_word_empty_text_and_a_long_table() -> None:
    word = "A" * 10_000
    rows = tuple((str(i), f"dòng {i}") for i in range(2000))
    document = rich_document(
        title=Title(doc_type=""),
        body=(Para(text=word), Para(text=""), BulletItem(marker="+", text=""),
              Heading(level=1, label="", title=""),
              Table(header=("TT", "Nội dung"), rows=rows, widths=(1, 5),
                    align=("center", "left"))),
        closing=Closing(),
        annexes=(Annex(label="", title=""),),
    )
    pkg = Package(render(document))
    assert word in [para_text(p) for p in pkg.document.iter(q("p"))]
    table = next(t for t in pkg.body.findall("w:tbl", NS)
                 if t.find("w:tr/w:trPr/w:tblHeader", NS) is not None)
    assert len(table.findall("w:tr", NS)) == 2001
    assert all(tc.find("w:p", NS) is not None for tc in pkg.document.iter(q("tc")))
    # python-docx reads the whole file back.
    assert len(docx.Document(io.BytesIO(render(document))).tables) >= 2


def test_unwritable_character_names_the_field() -> None:
    body = (Para(text="ok"), Para(text="bad \x01 char"))
    with pytest.raises(RenderError, match=r"body\[1\]\.text.*U\+0001"):
        render(rich_document(body=body))
    with pytest.raises(RenderError, match="source_json"):
        render(rich_document(source_json="x\x00"))


def test_non_positive_table_width_is_refused() -> None:
    table = Table(header=("a", "b"), rows=(), widths=(1, 0), align=("left", "left"))
    with pytest.raises(RenderError, match="width"):
        render(rich_document(body=(table,)))


# ---------------------------------------------------------------- the lead's builder and sample


def test_sample_report_renders() -> None:
    from kl224.document import build_document
    from kl224.sample import sample_report

    document = build_document(sample_report())
    data = render(document)
    assert render(document) == data
    printed = printed_texts(Package(data))
    for text in expected_texts(document):
        assert " ".join(text.split()) in printed, text
    if document.source_json:
        assert read_embedded(data) == document.source_json


def test_blank_outline_renders() -> None:
    from kl224.document import outline_document

    document = outline_document()
    data = render(document)
    printed = printed_texts(Package(data))
    for text in expected_texts(document):
        assert " ".join(text.split()) in printed, text
    assert read_embedded(data) is None


# -------------------------------------------------------------------------------- LibreOffice


_squash = squash


def _soffice(source: Path, fmt: str, outdir: Path) -> Path:
    """Convert ``source`` headless (kl224's Liberation Serif visible); return the result."""
    return convert([source], fmt, outdir)[0]


@needs_libreoffice
def test_libreoffice_prints_every_text(tmp_path: Path, rich_bytes: bytes) -> None:
    source = tmp_path / "report.docx"
    source.write_bytes(rich_bytes)
    pdf = _soffice(source, "pdf", tmp_path / "pdf")
    # The header's columns are read one by one, so each line must come out whole.
    pages = pdf_pages(pdf, title_word="BÁO")
    flat = _squash(" ".join(pages))
    for text in expected_texts(rich_document()):
        assert _squash(text) in flat, text
    assert "DỰ THẢO" in pages[0]
    assert _squash(pages[1]).startswith("2 "), "page 2 starts with its number"
    assert not re.match(r"\s*1\s", pages[0]), "page 1 carries no number"
    annex_page = next(p for p in pages if "Phụ lục 1" in p)
    assert _squash(annex_page).split(" ", 1)[1].startswith("Phụ lục 1")


def _printed_text(pdf: Path, title_word: str | None = None) -> str:
    """The converted PDF's text in one line: page numbers dropped, and a word that Writer
    wrapped after its hyphen ("61-" / "KH/TU") joined again."""
    pages = pdf_pages(pdf, title_word=title_word)
    body = " ".join(re.sub(r"\A\s*\d+\s*\n", "", page) for page in pages)
    return re.sub(r"-\s+", "-", _squash(body))


@needs_libreoffice
def test_libreoffice_prints_the_sample_and_the_blank_outline(tmp_path: Path) -> None:
    import kl224
    from kl224.document import outline_document
    from kl224.model.narrative import narrative_strings

    report = kl224.sample_report()
    (tmp_path / "sample.docx").write_bytes(kl224.render(report, "docx"))
    printed = _printed_text(_soffice(tmp_path / "sample.docx", "pdf", tmp_path / "pdf"), "BÁO")
    strings = narrative_strings(report)
    assert len(strings) > 100
    for text in strings:
        assert re.sub(r"-\s+", "-", _squash(text)) in printed, text
    assert "T/M BAN THƯỜNG VỤ" in printed and "Phụ lục 1" in printed

    outline = tmp_path / "outline.docx"
    with outline.open("wb") as stream:
        DocxRenderer().write(outline_document(), stream)
    printed = _printed_text(_soffice(outline, "pdf", tmp_path / "pdf"))
    # The figures table's narrow cells wrap in print; its label and title must show.
    blank = outline_document()
    texts = [t for t in expected_texts(attrs.evolve(blank, annexes=())) if t.strip()]
    texts += [annex.label for annex in blank.annexes] + [a.title for a in blank.annexes]
    assert len(texts) > 50
    for text in texts:
        assert re.sub(r"-\s+", "-", _squash(text)) in printed, text


@needs_libreoffice
def test_embedded_data_survives_a_save_in_libreoffice(tmp_path: Path, rich_bytes: bytes) -> None:
    source = tmp_path / "report.docx"
    source.write_bytes(rich_bytes)
    saved = _soffice(source, "docx", tmp_path / "saved")
    assert saved.read_bytes() != rich_bytes
    assert read_embedded(saved.read_bytes()) == rich_document().source_json


# ------------------------------------------------------------------------- landscape annexes

LANDSCAPE_TEXT_WIDTH = 16838 - 1701 - 850
WIDE = Table(
    header=("TT", "Nội dung", *(f"Đơn vị {i}" for i in range(1, 9)), "Tổng cộng"),
    rows=tuple((str(r), f"Chỉ tiêu {r}", *(f"{r}{i}.{i}05" for i in range(1, 9)),
                f"{r}9.999") for r in range(1, 31)),
    widths=(0.5, 2, *(1,) * 8, 1.2),
    align=("center", "left", *("right",) * 9),
)
WIDE_ANNEX = Annex(label="Phụ lục 2", title="Bảng so sánh", note="(Bảng rộng)", body=(WIDE,),
                   landscape=True)


def landscape_document() -> Document:
    """The rich document with a landscape annex between two portrait ones."""
    base = rich_document()
    last = Annex(label="Phụ lục 3", title="Ghi chú", body=(Para(text="Phụ lục đứng."),))
    return attrs.evolve(base, annexes=(*base.annexes, WIDE_ANNEX, last))


def _sections(pkg: Package) -> list[etree._Element]:
    """Every section's properties in order: those closed by a paragraph, then the body's."""
    return [*pkg.body.xpath("w:p/w:pPr/w:sectPr", namespaces=NS), pkg.body.find("w:sectPr", NS)]


def _page(sect: etree._Element) -> tuple[dict[str, str | None], dict[str, str | None]]:
    size = sect.find("w:pgSz", NS)
    margins = sect.find("w:pgMar", NS)
    return ({k: size.get(q(k)) for k in ("w", "h", "orient")},
            {k: margins.get(q(k)) for k in ("top", "bottom", "left", "right", "header")})


PORTRAIT_SIZE = {"w": "11906", "h": "16838", "orient": None}
LANDSCAPE_SIZE = {"w": "16838", "h": "11906", "orient": "landscape"}
MARGINS = {"top": "1134", "bottom": "1134", "left": "1701", "right": "850", "header": "567"}


def test_landscape_annex_is_a_section_of_its_own() -> None:
    pkg = Package(render(landscape_document()))
    first, wide, last = _sections(pkg)
    assert _page(first) == (PORTRAIT_SIZE, MARGINS)
    assert _page(wide) == (LANDSCAPE_SIZE, MARGINS)  # the margins as the page is read
    assert _page(last) == (PORTRAIT_SIZE, MARGINS)
    # Page 1 alone goes without a number: later sections have no distinct first page and
    # show the first section's default header (the PAGE field); numbering runs on.
    assert first.find("w:titlePg", NS) is not None
    assert [r.get(q("type")) for r in first.iterfind("w:headerReference", NS)] == [
        "default", "first"]
    for sect in (wide, last):
        assert sect.find("w:titlePg", NS) is None
        assert sect.find("w:headerReference", NS) is None
    for sect in (first, wide, last):  # numbering never restarts
        numbering = sect.find("w:pgNumType", NS)
        assert numbering is None or numbering.get(q("start")) is None
    # The sections end with the paragraphs before "Phụ lục 2" and "Phụ lục 3", whose page
    # break the section break already makes.
    for label, sect in (("Phụ lục 2", first), ("Phụ lục 3", wide)):
        p = find_para(pkg, label)
        assert p.getprevious() is sect.getparent().getparent()
        assert p.find("w:pPr/w:pageBreakBefore", NS).get(q("val")) == "0"
    assert find_para(pkg, "Phụ lục 1").find("w:pPr/w:pageBreakBefore", NS) is None
    # Tables are as wide as their section's text.
    widths = {}
    for tbl in pkg.body.findall("w:tbl", NS):
        if tbl.find("w:tr/w:trPr/w:tblHeader", NS) is not None:
            cols = [int(c.get(q("w"))) for c in tbl.iterfind("w:tblGrid/w:gridCol", NS)]
            widths[len(cols)] = sum(cols)
    assert widths == {len(TABLE.header): TEXT_WIDTH, len(WIDE.header): LANDSCAPE_TEXT_WIDTH}


def test_landscape_annex_after_the_closing_block() -> None:
    document = attrs.evolve(rich_document(), annexes=(WIDE_ANNEX,))
    pkg = Package(render(document))
    first, wide = _sections(pkg)
    assert _page(first)[0] == PORTRAIT_SIZE and _page(wide)[0] == LANDSCAPE_SIZE
    # The closing block is a table: a one-point empty paragraph after it closes the section.
    holder = first.getparent().getparent()
    assert holder.getprevious().tag == q("tbl") and para_text(holder) == ""
    assert pkg.para_attr(holder, "w:spacing", "line") == "20"
    assert holder.getnext() is find_para(pkg, "Phụ lục 2")


def test_portrait_documents_have_one_section(pkg: Package) -> None:
    assert pkg.body.xpath("w:p/w:pPr/w:sectPr", namespaces=NS) == []
    assert _page(pkg.body.find("w:sectPr", NS)) == (PORTRAIT_SIZE, MARGINS)


@needs_libreoffice
def test_libreoffice_lays_out_the_landscape_annex(tmp_path: Path) -> None:
    import pypdf

    source = tmp_path / "wide.docx"
    source.write_bytes(render(landscape_document()))
    pdf = _soffice(source, "pdf", tmp_path / "pdf")
    pages = pypdf.PdfReader(pdf).pages
    texts = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                           capture_output=True, text=True, timeout=60).stdout.split("\f")
    wide = [i for i, t in enumerate(texts) if "BẢNG SO SÁNH" in t.upper() or "Chỉ tiêu 30" in t]
    assert wide and wide[-1] > wide[0]
    for index, page in enumerate(pages):
        box = (round(float(page.mediabox.width)), round(float(page.mediabox.height)))
        assert box == ((842, 595) if wide[0] <= index <= wide[-1] else (595, 842)), index
    for index in range(1, len(pages)):
        assert _squash(texts[index]).split(" ", 1)[0] == str(index + 1), "numbered at the top"
    assert "Phụ lục 3" in texts[wide[-1] + 1]
    words = " ".join(texts[wide[0]:wide[-1] + 1]).split()
    for row in WIDE.rows:  # every amount whole on one line: the table fits the page
        for cell in row[2:]:
            assert cell in words


# ------------------------------------------------------------------- header words never break


LONG_BODY = "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh"


def test_long_names_break_evenly() -> None:
    from kl224.renderers import page
    from kl224.renderers.docx.measure import text_width_pt
    from kl224.text.lines import balanced_lines

    header = Header(superior_body="Đảng bộ tỉnh Lai Châu", issuing_body=LONG_BODY,
                    code_line="Số 215-BC/HU", place_date="Tam Đường, ngày 30 tháng 10 năm 2024")
    pkg = Package(render(rich_document(header=header)))
    cell = pkg.body.find("w:tbl/w:tr/w:tc", NS)
    issuer = cell.findall("w:p", NS)[1]
    lines = para_text(issuer).split("\n")
    room = (70 * TWIPS_PER_MM - 2 * 108) / 20

    def measure(line: str) -> float:
        return text_width_pt(line, 14, bold=True)

    assert lines == balanced_lines(page.upper(LONG_BODY), room - 1, measure)
    assert len(lines) > 1 and all(len(line.split()) > 1 for line in lines)
    assert all(measure(line) <= room for line in lines)
    assert len(issuer.findall(".//w:br", NS)) == len(lines) - 1
    # A name that fits stays one line, with no break.
    assert para_text(cell.findall("w:p", NS)[0]) == "ĐẢNG BỘ TỈNH LAI CHÂU"


def test_column_widths_keep_the_ratio_when_every_header_fits() -> None:
    from kl224.renderers.docx.builder import column_widths

    widths = column_widths(TEXT_WIDTH, (1, 6, 2, 2), ("TT", "Chỉ tiêu", "Kế hoạch", "Kết quả"),
                           13)
    assert sum(widths) == TEXT_WIDTH
    assert abs(widths[1] / widths[0] - 6) < 0.01


@pytest.mark.parametrize("share", [0.05, 0.2, 0.6])
def test_a_narrow_tt_column_is_widened_to_hold_its_header(share: float) -> None:
    from kl224.renderers.docx.builder import column_widths
    from kl224.renderers.docx.measure import text_width_pt

    header = ("TT", "Chỉ tiêu", "Đơn vị tính", "Mục tiêu", "Kết quả", "Đánh giá", "Ghi chú")
    widths = column_widths(TEXT_WIDTH, (share, 4.2, 1.3, 1.2, 1.2, 1.2, 1.8), header, 13)
    assert sum(widths) == TEXT_WIDTH
    # "TT" in 13 pt bold, and the cell's padding on both sides, fit in the first column.
    assert widths[0] >= text_width_pt("TT", 13, bold=True) * 20 + 2 * 108
    # Every other header word fits too; the widest columns gave the room.
    for width, text in zip(widths, header, strict=True):
        longest = max(text_width_pt(word, 13, bold=True) for word in text.split())
        assert width >= longest * 20 + 2 * 108, text


def test_too_many_columns_still_give_tt_its_width() -> None:
    from kl224.renderers.docx.builder import column_widths
    from kl224.renderers.docx.measure import text_width_pt

    header = ("TT", "Nội dung", *(f"Huyện{i:03d}dài" for i in range(60)))
    widths = column_widths(TEXT_WIDTH, (0.3, 2, *(1,) * 60), header, 13)
    assert sum(widths) == TEXT_WIDTH and all(w > 0 for w in widths)
    assert widths[0] >= text_width_pt("TT", 13, bold=True) * 20 + 2 * 108
