"""The named paragraph styles of a kl224 Word file, and how they meet an office's own template.

Every paragraph kl224 writes names a style a clerk finds in Word's style list:

==========================  ============================================================
style                       what it is for
==========================  ============================================================
Normal                      the body look: font, size, colour, language, spacing, justified
Heading 1, 2, 3             parts (``A-``), sections (``I-``), items (``1.``): bold, 1–2 upper case
KL Body                     body paragraphs: Normal with the 1 cm first-line indent
KL Bullet                   ``-`` and ``+`` lines (literal markers, never Word numbering)
KL Header …                 the first-page header: KL Header, KL Header Issuer, KL Party Title,
                            KL Header Rule (the line under the party title), KL Place Date
KL Title, KL Subject …      the title block: KL Title, KL Subject, KL Title Note, KL Separator
KL Table …                  KL Table Caption, KL Table Header, KL Table Text
KL Signature …              KL Signature Authority, KL Signature, KL Signature Name
KL Recipients …             KL Recipients Label (``Nơi nhận:``), KL Recipients (the entries)
KL Annex …                  KL Annex Label, KL Annex Title, KL Annex Note, KL Annex Spacer
KL Page Number, KL Draft Mark, KL Section End (the tiny paragraph that ends a section)
==========================  ============================================================

The measures come from :mod:`kl224.renderers.page`. Body text, bullets and headings take their
size and spacing from Normal, so an office template that sets Normal sets them all; the lines of
the header, title, tables and closing block keep the sizes the format guide fixes.

:func:`apply_styles` either restyles (kl224's own template: Normal and Word's Heading 1–3 get the
Party look, theme fonts are replaced by Times New Roman) or only adds what is missing (an
office's reference document: every style it defines is used as it is).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Final, Literal

import attrs
from docx.document import Document as WordDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.shared import Pt, RGBColor, Twips
from docx.styles.style import ParagraphStyle

from kl224.renderers import page
from kl224.renderers.docx import _oxml

__all__ = [
    "HEADING_STYLES",
    "MAMMOTH_STYLE_MAP_TYPE",
    "StyleSpec",
    "apply_styles",
    "embed_mammoth_style_map",
    "mammoth_style_map",
    "party_styles",
    "twips",
]

Alignment = Literal["left", "center", "right", "justify"]

HEADING_STYLES: Final = {1: "Heading 1", 2: "Heading 2", 3: "Heading 3"}
"""Word's built-in heading styles, by outline level (what pandoc and mammoth read as h1–h3)."""

MAMMOTH_STYLE_MAP_TYPE: Final = "http://schemas.zwobble.org/mammoth/style-map"
"""The relationship type under which mammoth finds a style map embedded in a DOCX."""

_ALIGN: Final = {
    "left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}
_BLACK: Final = RGBColor(0, 0, 0)


def twips(mm: float) -> Twips:
    """``mm`` millimetres as a python-docx length rounded to whole twips (what Word stores)."""
    return Twips(round(mm * 1440 / 25.4))


@attrs.frozen(kw_only=True)
class StyleSpec:
    """One paragraph style: what it is based on and what it sets (None: inherited).

    Sizes and spacing are in points, ``first_line_mm`` in millimetres; ``hanging_pt`` indents
    every line but the first. ``line`` is exact points with ``line_rule`` "exact", a number of
    lines with "multiple". ``size_inherited`` says the size must come from the base style, so
    restyling a built-in style removes its own size.
    """

    name: str
    based_on: str | None = "Normal"
    size: float | None = None
    bold: bool | None = None
    italic: bool | None = None
    caps: bool | None = None
    underline: bool | None = None
    align: Alignment | None = None
    first_line_mm: float | None = None
    hanging_pt: float | None = None
    before: float | None = None
    after: float | None = None
    line: float | None = None
    line_rule: Literal["exact", "multiple"] = "exact"
    keep_next: bool | None = None
    keep_lines: bool | None = None
    page_break_before: bool | None = None
    next_style: str | None = None
    outline_level: int | None = None
    bottom_border: bool = False
    run_border: bool = False


def party_styles(
    *, body_size: float, line: float, line_rule: Literal["exact", "multiple"]
) -> tuple[StyleSpec, ...]:
    """The styles of a Party report, Normal first, each based on one listed before it."""
    sizes, spacing = page.SIZES, page.SPACING
    para_before, para_after = spacing.paragraph_before, spacing.paragraph_after
    header = {"align": "center", "first_line_mm": 0, "before": 0, "after": 0,
              "line": 1.0, "line_rule": "multiple"}
    headings = [
        StyleSpec(name=HEADING_STYLES[level], bold=True, italic=False, caps=level < 3,
                  underline=False, first_line_mm=0, before=para_before, after=para_after,
                  keep_next=True, keep_lines=True, next_style="KL Body",
                  outline_level=level - 1)
        for level in (1, 2, 3)
    ]
    specs: list[StyleSpec] = [
        StyleSpec(name="Normal", based_on=None, size=body_size, align="justify",
                  before=para_before, after=para_after, line=line, line_rule=line_rule),
        StyleSpec(name="KL Body", first_line_mm=spacing.first_line_indent_mm,
                  next_style="KL Body"),
        *headings,
        StyleSpec(name="KL Bullet", based_on="KL Body", next_style="KL Bullet"),
        StyleSpec(name="KL Header", size=sizes.header, **header),  # type: ignore[arg-type]
        StyleSpec(name="KL Header Issuer", based_on="KL Header", bold=True, caps=True),
        StyleSpec(name="KL Party Title", based_on="KL Header", size=sizes.party_title,
                  bold=True, caps=True),
        StyleSpec(name="KL Header Rule", based_on="KL Header", size=1, line=2,
                  line_rule="exact", bottom_border=True, next_style="KL Place Date"),
        StyleSpec(name="KL Place Date", based_on="KL Header", italic=True,
                  before=spacing.place_date_before),
        StyleSpec(name="KL Title", based_on="KL Header", size=sizes.doc_type, bold=True,
                  caps=True, before=spacing.title_before, keep_next=True,
                  next_style="KL Subject"),
        StyleSpec(name="KL Subject", based_on="KL Header", size=sizes.subject, bold=True,
                  keep_next=True),
        StyleSpec(name="KL Title Note", based_on="KL Header", italic=True, keep_next=True),
        StyleSpec(name="KL Separator", based_on="KL Header", after=spacing.separator_after,
                  keep_next=True, next_style="KL Body"),
        StyleSpec(name="KL Table Caption", based_on="KL Body", bold=True, align="center",
                  first_line_mm=0, keep_next=True),
        StyleSpec(name="KL Table Text", size=sizes.table, align="left", first_line_mm=0,
                  before=spacing.table_cell_before, after=spacing.table_cell_after, line=1.0,
                  line_rule="multiple"),
        StyleSpec(name="KL Table Header", based_on="KL Table Text", bold=True, align="center"),
        StyleSpec(name="KL Signature", based_on="KL Header", size=sizes.signature,
                  keep_next=True),
        StyleSpec(name="KL Signature Authority", based_on="KL Signature", bold=True,
                  before=para_before),
        StyleSpec(name="KL Signature Name", based_on="KL Signature", bold=True,
                  before=page.mm_to_pt(spacing.signature_space_mm)),
        StyleSpec(name="KL Recipients Label", based_on="KL Header",
                  size=sizes.recipients_label, underline=True, align="left",
                  before=spacing.recipients_before, keep_next=True),
        # The hanging indent lines a wrapped entry up after its "- ".
        StyleSpec(name="KL Recipients", based_on="KL Header", size=sizes.recipients,
                  align="left", hanging_pt=spacing.recipients_hanging, keep_next=True),
        StyleSpec(name="KL Annex Label", based_on="KL Header", size=sizes.annex, bold=True,
                  page_break_before=True, keep_next=True, next_style="KL Annex Title"),
        StyleSpec(name="KL Annex Title", based_on="KL Header", size=sizes.annex, bold=True,
                  before=para_before, keep_next=True),
        StyleSpec(name="KL Annex Note", based_on="KL Header", size=sizes.annex, italic=True,
                  keep_next=True),
        StyleSpec(name="KL Annex Spacer", based_on="KL Header", after=spacing.separator_after,
                  keep_next=True, next_style="KL Body"),
        StyleSpec(name="KL Page Number", based_on="KL Header", size=sizes.page_number),
        StyleSpec(name="KL Draft Mark", based_on="KL Header", size=sizes.draft_mark,
                  bold=True, align="right", run_border=True),
        StyleSpec(name="KL Section End", based_on="KL Header", size=1, line=1,
                  line_rule="exact"),
    ]
    return tuple(specs)


def _style(document: WordDocument, name: str) -> ParagraphStyle | None:
    styles = document.styles
    if name not in styles:
        return None
    style = styles[name]
    return style if isinstance(style, ParagraphStyle) else None


def _apply(style: ParagraphStyle, spec: StyleSpec, document: WordDocument, *,
           restyle: bool) -> None:
    if spec.based_on is not None:
        style.base_style = _style(document, spec.based_on)
    if spec.next_style is not None:
        style.next_paragraph_style = _style(document, spec.next_style)
    style.quick_style = True
    font = style.font
    if spec.size is not None:
        font.size = Pt(spec.size)
    elif restyle and spec.based_on is not None:
        font.size = None
    for attribute in ("bold", "italic", "underline"):
        value = getattr(spec, attribute)
        if value is not None:
            setattr(font, attribute, value)
    if spec.caps is not None:
        font.all_caps = spec.caps
    font.color.rgb = _BLACK
    fmt = style.paragraph_format
    if spec.align is not None:
        fmt.alignment = _ALIGN[spec.align]
    if spec.hanging_pt is not None:
        fmt.left_indent = Pt(spec.hanging_pt)
        fmt.first_line_indent = Pt(-spec.hanging_pt)
    elif spec.first_line_mm is not None:
        fmt.first_line_indent = twips(spec.first_line_mm)
    if spec.before is not None:
        fmt.space_before = Pt(spec.before)
    if spec.after is not None:
        fmt.space_after = Pt(spec.after)
    if spec.line is not None:
        if spec.line_rule == "exact":
            fmt.line_spacing = Pt(spec.line)
            fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        else:
            fmt.line_spacing = spec.line
    for attribute in ("keep_next", "keep_lines", "page_break_before"):
        value = getattr(spec, attribute)
        if value is not None:
            target = {"keep_next": "keep_with_next", "keep_lines": "keep_together"}.get(
                attribute, attribute)
            setattr(fmt, target, value)
    ppr = style.element.get_or_add_pPr()
    if restyle or spec.outline_level is not None:
        _oxml.set_outline_level(ppr, spec.outline_level)
    if spec.bottom_border:
        _oxml.paragraph_bottom_border(ppr)
    if spec.run_border:
        _oxml.run_border(style.element.get_or_add_rPr())


def apply_styles(
    document: WordDocument,
    specs: Sequence[StyleSpec],
    *,
    restyle: bool,
    language: str,
) -> None:
    """Give ``document`` the styles ``specs``.

    With ``restyle`` (kl224's own template) existing styles are set to the spec, the document
    defaults name Times New Roman in every slot, and no theme font is left anywhere. Without it
    (an office's reference document) a style the document already defines is left as the
    office made it, and only missing styles are added — based on the office's Normal.
    """
    family = page.FONT_FAMILY
    styles = document.styles
    created: set[str] = set()
    for spec in specs:
        if spec.name not in styles:
            styles.add_style(spec.name, WD_STYLE_TYPE.PARAGRAPH)
            created.add(spec.name)
    for spec in specs:
        style = _style(document, spec.name)
        if style is None:
            continue
        if restyle or spec.name in created:
            _apply(style, spec, document, restyle=restyle)
    if restyle:
        _oxml.purge_theme_fonts(styles.element, family)
        _oxml.set_document_defaults(styles.element, family, language)
        for name in ("Normal", *HEADING_STYLES.values()):
            style = _style(document, name)
            if style is not None:
                rpr = style.element.get_or_add_rPr()
                _oxml.set_fonts(rpr, family)
                _oxml.set_language(rpr, language)


def mammoth_style_map(names: Iterable[str]) -> str:
    """A mammoth style map turning kl224's own styles into plain HTML paragraphs.

    mammoth knows Word's Heading styles and warns about any other style it meets; with this
    map embedded, ``mammoth.convert_to_html`` on a kl224 file gives h1–h3 and no warning.
    """
    lines = [f"p[style-name='{name}'] => p:fresh" for name in names if name.startswith("KL ")]
    return "\n".join(lines) + "\n"


def embed_mammoth_style_map(document: WordDocument, style_map: str) -> None:
    """Store ``style_map`` where mammoth looks for one (``mammoth/style-map``)."""
    main = document.part
    for rid, rel in list(main.rels.items()):
        if rel.reltype == MAMMOTH_STYLE_MAP_TYPE:
            main.drop_rel(rid)
    part = Part(PackURI("/mammoth/style-map"), "text/prs.mammoth.style-map",
                style_map.encode(), main.package)
    main.relate_to(part, MAMMOTH_STYLE_MAP_TYPE)
