"""From a report (or nothing) to a :class:`Document`: the layout every renderer shares.

The outline gives the headings and their order; each item's narrative comes first, then the
lists the item holds (advantages, documents, units, causes, proposals), then its figures written
in Vietnamese style (``1.250 lượt người``, ``12/13 xã (đạt 92,3%)``). Annex "Phụ lục 1" lists
every figure of the report in one table.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import Final

from kl224 import outline
from kl224.document.nodes import (
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
from kl224.document.opening import cite, opening_sentence
from kl224.model import (
    Bullet,
    Context,
    DocumentRef,
    ExtraFigure,
    Headcount,
    Item,
    Money,
    Narrative,
    NotApplicable,
    Objectives,
    Paragraph,
    Percent,
    Proposals,
    Ratio,
    Report,
    ReportMeta,
    Shortcomings,
    Strengths,
    Target,
    Unit,
)
from kl224.model.figures import FigureValue, figure_fields, iter_figures, resolve
from kl224.model.leadership import EthnicLanguageWork
from kl224.text.format import (
    format_count,
    format_document_citation,
    format_money,
    format_number,
    format_percent,
    format_place_date,
    format_ratio,
    upper_vi,
)

__all__ = ["build_document", "figure_cell", "figure_text", "item_nodes", "outline_document"]

_NOT_REPORTED: Final = "–"
_FIGURES_LEAD: Final = "Số liệu cụ thể:"


# --------------------------------------------------------------------------------------------
# Figures in words.


def figure_text(value: object, unit: str) -> str:
    """A figure's value as the body writes it: ``1.250 lượt người``, ``12/13 xã (đạt 92,3%)``,
    ``45 người (trong đó 20 người dân tộc thiểu số)``, ``1.250.000.000 đồng``, ``98,5%``."""
    if isinstance(value, bool):
        return "có" if value else "không"
    if isinstance(value, int):
        return format_count(value, unit)
    if isinstance(value, Ratio):
        return format_ratio(value.part, value.whole, unit)
    if isinstance(value, Headcount):
        text = format_count(value.total, unit)
        if value.ethnic_minority is not None:
            minority = format_count(value.ethnic_minority, unit)
            text += f" (trong đó {minority} dân tộc thiểu số)"
        return text
    if isinstance(value, Money):
        return format_money(value.dong)
    if isinstance(value, Percent):
        return format_percent(value.value)
    if isinstance(value, Decimal):
        return format_count(value, unit)
    raise TypeError(f"no written form for a figure of type {type(value).__name__}")


def figure_cell(value: object, *, money_in_millions: bool = False) -> str:
    """A figure's value for a table whose unit has its own column: ``1.250``,
    ``12/13 (92,3%)``, ``42 (DTTS: 17)``, ``98,5%``; ``–`` when not reported. Money is in
    đồng, or in millions of đồng (``2.850``, ``568,4``) with ``money_in_millions``."""
    if value is None:
        return _NOT_REPORTED
    if isinstance(value, Ratio):
        text = f"{format_number(value.part)}/{format_number(value.whole)}"
        share = value.percent
        return text if share is None else f"{text} ({format_percent(share)})"
    if isinstance(value, Headcount):
        text = format_number(value.total)
        if value.ethnic_minority is not None:
            text += f" (DTTS: {format_number(value.ethnic_minority)})"
        return text
    if isinstance(value, Money):
        if money_in_millions:
            # Exact: dividing by a power of ten only moves the decimal point.
            return format_number(Decimal(value.dong).scaleb(-6))
        return format_number(value.dong)
    if isinstance(value, Percent):
        return format_percent(value.value)
    if isinstance(value, bool):
        raise TypeError("a yes/no value is not a figure")
    if isinstance(value, int | Decimal):
        return format_number(value)
    raise TypeError(f"no table form for a figure of type {type(value).__name__}")


def _figure_bullets(figures: Iterable[FigureValue]) -> list[Node]:
    out: list[Node] = []
    for figure in figures:
        if figure.info.kind in ("targets", "documents") or not figure.reported:
            continue
        text = figure_text(figure.value, figure.info.unit)
        out.append(BulletItem(marker="-", text=f"{figure.info.label}: {text}."))
    return out


def _with_unit(value: Decimal, unit: str) -> str:
    """A number and its unit; a percent sign attaches without a space (``86,4%``)."""
    if unit.strip() == "%":
        return f"{format_number(value)}%"
    return format_count(value, unit)


def _extra_bullets(extra: tuple[ExtraFigure, ...]) -> list[Node]:
    return [
        BulletItem(marker="-", text=f"{e.label}: {_with_unit(e.value, e.unit)}.") for e in extra
    ]


# --------------------------------------------------------------------------------------------
# Narrative and lists.


def _narrative(blocks: Narrative) -> Iterator[Node]:
    for block in blocks:
        if isinstance(block, Paragraph):
            # A blank paragraph is no content (validation counts none): printed, it would be a
            # stray empty line in the document, which a reader does not read back.
            if block.text.strip():
                yield Para(text=block.text)
        elif isinstance(block, Bullet):
            yield BulletItem(marker="-", text=block.text)
            for sub in block.sub:
                yield BulletItem(marker="+", text=sub)


def _listed(lead: str, entries: Iterable[str]) -> list[Node]:
    """An italic lead line ("Thuận lợi:") and one ``-`` bullet per entry; nothing if empty."""
    kept = [e for e in entries if e.strip()]
    if not kept:
        return []
    return [Para(text=lead, italic=True), *(BulletItem(marker="-", text=e) for e in kept)]


def _units(units: tuple[Unit, ...]) -> str:
    return "; ".join(f"{u.name} ({u.note})" if u.note else u.name for u in units)


def _ethnic_language(part: EthnicLanguageWork | NotApplicable | None) -> list[Node]:
    lead = "Tuyên truyền bằng tiếng dân tộc thiểu số"
    if part is None:
        return []
    if isinstance(part, NotApplicable):
        reason = f" ({part.reason})" if part.reason else ""
        return [BulletItem(marker="-", text=f"{lead}: không có{reason}.")]
    languages = ", ".join(part.languages)
    head = f"{lead} (tiếng {languages})" if languages else lead
    facts = []
    if part.materials is not None:
        facts.append(f"biên soạn {format_count(part.materials, 'tài liệu')}")
    text = f"{head}: {', '.join(facts)}." if facts else f"{head}:"
    return [BulletItem(marker="-", text=text), *_narrative(part.narrative)]


def _targets_table(targets: tuple[Target, ...]) -> Table:
    rows = []
    for index, t in enumerate(targets, start=1):
        achieved = t.achieved
        verdict = "" if achieved is None else ("Đạt" if achieved else "Chưa đạt")
        rows.append(
            (
                str(index),
                t.indicator,
                t.unit,
                _NOT_REPORTED if t.target is None else format_number(t.target),
                _NOT_REPORTED if t.result is None else format_number(t.result),
                verdict,
                t.note,
            )
        )
    return Table(
        header=("TT", "Chỉ tiêu", "Đơn vị tính", "Mục tiêu", "Kết quả", "Đánh giá", "Ghi chú"),
        rows=tuple(rows),
        widths=(0.6, 4.2, 1.3, 1.2, 1.2, 1.2, 1.8),
        align=("center", "left", "center", "right", "right", "center", "left"),
    )


# --------------------------------------------------------------------------------------------
# Items.


def item_nodes(item: Item, pointer: str, *, figures: bool = True) -> list[Node]:
    """The nodes an outline item is laid out as under its heading: its narrative, its lists
    (advantages, documents, targets, units, causes, proposals) and, unless ``figures`` is
    False, its figures. ``pointer`` is the item's place in the report (``/tasks/culture``)."""
    return _item_body(item, pointer, figures=figures)


def _item_body(item: Item, pointer: str, *, figures: bool = True) -> list[Node]:
    nodes: list[Node] = list(_narrative(item.narrative))
    if isinstance(item, Context):
        nodes += _listed("Thuận lợi:", item.advantages)
        nodes += _listed("Khó khăn:", item.difficulties)
        nodes += _listed("Thách thức:", item.challenges)
    ethnic = getattr(item, "ethnic_language", None)
    if ethnic is not None:
        nodes += _ethnic_language(ethnic)
    for name in ("issued", "concretising_documents"):
        refs: tuple[DocumentRef, ...] = getattr(item, name, ())
        if refs:
            nodes.append(Para(text="Các văn bản đã ban hành:", italic=True))
            nodes += [BulletItem(marker="-", text=cite(r)) for r in refs]
    if isinstance(item, Objectives) and item.targets:
        nodes.append(_targets_table(item.targets))
    if isinstance(item, Strengths) and item.good_units:
        units = _units(item.good_units)
        nodes.append(BulletItem(marker="-", text=f"Các đơn vị tổ chức thực hiện tốt: {units}."))
    if isinstance(item, Shortcomings):
        nodes += _listed("Hạn chế, khuyết điểm:", item.shortcomings)
        if item.weak_units:
            nodes.append(
                BulletItem(
                    marker="-",
                    text=f"Các đơn vị tổ chức thực hiện chưa tốt: {_units(item.weak_units)}.",
                )
            )
        nodes += _listed("Nguyên nhân chủ quan:", item.internal_causes)
        nodes += _listed("Nguyên nhân khách quan:", item.external_causes)
    if isinstance(item, Proposals):
        for proposal in item.items:
            text = proposal.text
            if proposal.addressee:
                text = f"Đối với {proposal.addressee}: {text}"
            nodes.append(BulletItem(marker="-", text=text))
        if item.none_to_make and not item.items:
            nodes.append(Para(text="Không có đề xuất, kiến nghị."))
    if not figures:
        return nodes
    bullets = _figure_bullets(iter_figures(item, pointer))
    bullets += _extra_bullets(item.extra_figures)
    if bullets:
        nodes.append(Para(text=_FIGURES_LEAD, italic=True))
        nodes += bullets
    return nodes


# --------------------------------------------------------------------------------------------
# The report.


def _subject_lines(subject: str) -> tuple[str, ...]:
    """Break the subject before its date, as clerks do: "… 224-KL/TU," / "ngày … của Tỉnh ủy"."""
    head, sep, tail = subject.partition(", ngày ")
    if sep and head and tail:
        return (f"{head},", f"ngày {tail}")
    return (subject,) if subject else ()


def _header(report: Report) -> Header:
    meta = report.meta
    return Header(
        superior_body=upper_vi(meta.superior_body),
        issuing_body=upper_vi(meta.issuing_body),
        code_line=f"Số {meta.code}",
        place_date=format_place_date(meta.place, meta.date),
    )


def _closing(report: Report) -> Closing:
    meta = report.meta
    signer = meta.signer
    if signer is None:
        return Closing(recipients=meta.recipients)
    return Closing(
        authority=upper_vi(f"{signer.mark} {signer.authority}".strip()),
        position=upper_vi(signer.position),
        name=signer.name,
        recipients=meta.recipients,
    )


def _annex(report: Report) -> Annex:
    rows: list[tuple[str, ...]] = []
    for node in outline.items():
        item = resolve(report, node.path)
        for figure in iter_figures(item, node.path):
            if figure.info.kind in ("targets", "documents"):
                continue
            rows.append(
                (
                    str(len(rows) + 1),
                    node.key,
                    figure.info.label,
                    figure.info.unit,
                    figure_cell(figure.value),
                )
            )
        for extra in item.extra_figures:
            rows.append(
                (str(len(rows) + 1), node.key, extra.label, extra.unit, format_number(extra.value))
            )
    meta = report.meta
    code = meta.code if meta.number is not None else ""
    cited = format_document_citation("Báo cáo", code, meta.date, meta.issuing_body)
    return Annex(
        label=_FIGURES_ANNEX,
        title=f"SỐ LIỆU KẾT QUẢ THỰC HIỆN {upper_vi(_conclusion_name(report))}",
        note=f"(Kèm theo {cited})",
        body=(_figures_table(rows),),
    )


_FIGURES_ANNEX: Final = "Phụ lục 1"


def _figures_table(rows: list[tuple[str, ...]]) -> Table:
    """The annex's table of figures: number, outline item, label, unit and value."""
    return Table(
        header=("TT", "Mục", "Nội dung", "Đơn vị tính", "Số liệu"),
        rows=tuple(rows),
        widths=(0.6, 1.2, 4.3, 1.4, 2.2),
        align=("center", "center", "left", "center", "right"),
    )


def _blank_figures_annex() -> Annex:
    """The blank outline's annex: every figure the outline asks for, with its label and unit
    and an empty cell for the clerk to fill in (``kl224.load`` reads it back)."""
    rows: list[tuple[str, ...]] = []
    for node in outline.items():
        cls: type = type(resolve(_EMPTY_REPORT, node.path))
        for field in figure_fields(cls):
            if field.info.kind in ("targets", "documents"):
                continue
            rows.append((str(len(rows) + 1), node.key, field.info.label, field.info.unit, ""))
    return Annex(
        label=_FIGURES_ANNEX,
        title=f"SỐ LIỆU KẾT QUẢ THỰC HIỆN {upper_vi(_conclusion_name(_EMPTY_REPORT))}",
        note="(Ghi số liệu vào cột “Số liệu”: 1.286; tỷ lệ 87/99; người 42 (DTTS: 17); "
        "kinh phí 2.850.000.000 đồng; để trống nếu không có số liệu)",
        body=(_figures_table(rows),),
    )


def _conclusion_name(report: Report) -> str:
    ref = report.meta.conclusion
    return f"{ref.kind or 'Kết luận'} số {ref.code}"


def build_document(report: Report, *, annex: bool = True) -> Document:
    """Lay out ``report`` as a :class:`Document`: header, title, the outline's sections with the
    report's narrative and figures (opened by :func:`~kl224.document.opening.opening_sentence`
    when it gives one), the signature and recipients, and annex "Phụ lục 1" (a
    table of every figure) unless ``annex`` is False."""
    from kl224.serialization import dumps

    body: list[Node] = []
    opening = opening_sentence(report.meta)
    if opening is not None:
        body.append(Para(text=opening))
    for node in outline.NODES:
        title = node.title if node.level == 3 else upper_vi(node.title)
        body.append(Heading(level=node.level, label=node.report_label, title=title))
        if node.key in _ITEM_KEYS:
            body += _item_body(resolve(report, node.path), node.path)
    meta = report.meta
    subject = meta.subject
    info = DocInfo(
        title=f"Báo cáo {subject}".strip(),
        author=meta.issuing_body,
        subject=subject,
        date=meta.date,
        keywords=tuple(
            word for word in ("báo cáo", _conclusion_name(report), meta.issuing_body) if word
        ),
    )
    return Document(
        info=info,
        header=_header(report),
        title=Title(doc_type="BÁO CÁO", subject=_subject_lines(subject)),
        body=tuple(body),
        closing=_closing(report),
        annexes=(_annex(report),) if annex else (),
        draft=meta.status == "draft",
        source_json=dumps(report),
        report=report,
    )


_ITEM_KEYS: Final = frozenset(n.key for n in outline.items())
_EMPTY_REPORT: Final = Report(meta=ReportMeta())


# --------------------------------------------------------------------------------------------
# The blank outline.


def outline_document(*, figures_table: bool = True) -> Document:
    """The blank outline as a :class:`Document`: its title block, headings and guidance exactly
    as ``outline-kl224.txt`` prints them, and no data. Renderable by every renderer.

    With ``figures_table`` (the default) annex "Phụ lục 1" lists every figure the outline asks
    for — item, label, unit — with an empty "Số liệu" cell for the clerk to fill in; the
    filled-in file loads with :func:`kl224.load`."""
    first, *subject, note, separator = outline.OUTLINE_TITLE
    body: list[Node] = []
    for node in outline.NODES:
        body.append(Heading(level=node.level, label=node.label, title=node.title))
        for line in node.guidance:
            if line.marker:
                body.append(BulletItem(marker="-" if line.marker == "-" else "+", text=line.text))
            else:
                body.append(Para(text=line.text, italic=True))
    return Document(
        info=DocInfo(title="Đề cương báo cáo kết quả thực hiện Kết luận số 224-KL/TU",
                     keywords=("đề cương", "báo cáo", "Kết luận số 224-KL/TU")),
        title=Title(doc_type=first, subject=tuple(subject), note=note, separator=separator),
        body=tuple(body),
        annexes=(_blank_figures_annex(),) if figures_table else (),
    )
