"""An outline item read from what the document shows under its heading.

The document prints an item as: its narrative (paragraphs, ``-`` bullets and their ``+``
sub-bullets), then the lists the item holds, each under an italic lead line ("Thuận lợi:",
"Các văn bản đã ban hành:" …) or as one recognisable bullet ("Các đơn vị tổ chức thực hiện
tốt: …", "Tuyên truyền bằng tiếng dân tộc thiểu số …"), the targets table of B.II.1, and
its figures under "Số liệu cụ thể:" as ``- label: value.`` lines. This module reads that
back into slots; figures become candidates, settled once the annex table is read too.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Any, Final

import attrs

from kl224 import outline
from kl224.document.build import figure_text
from kl224.model import (
    Bullet,
    Context,
    DocumentIssuance,
    DocumentRef,
    EthnicLanguageWork,
    ExtraFigure,
    NotApplicable,
    Objectives,
    Paragraph,
    PartyBuilding,
    Proposal,
    Proposals,
    Shortcomings,
    Strengths,
    Symbol,
    Target,
    Unit,
)
from kl224.model.figures import FigureField, figure_fields
from kl224.readback._common import (
    LONGEST_HEADING,
    Candidate,
    Collector,
    fold,
    marker,
    squash,
)
from kl224.readback._shown import Grid, Line
from kl224.readback._slots import Slot
from kl224.text.format import format_document_citation, format_number
from kl224.text.values import (
    ValueTextError,
    parse_citation_date,
    parse_decimal,
    parse_figure,
)

__all__ = [
    "FIGURES_LEAD",
    "block_key",
    "citation_key",
    "extra_key",
    "figure_key",
    "figure_map",
    "read_citation",
    "read_item",
    "read_value",
    "target_key",
    "unit_key",
]

FIGURES_LEAD: Final = "Số liệu cụ thể:"
_DOCUMENTS_LEAD: Final = "Các văn bản đã ban hành:"
_ETHNIC_LEAD: Final = "Tuyên truyền bằng tiếng dân tộc thiểu số"
_GOOD_UNITS: Final = "Các đơn vị tổ chức thực hiện tốt:"
_WEAK_UNITS: Final = "Các đơn vị tổ chức thực hiện chưa tốt:"
_NO_PROPOSALS: Final = "Không có đề xuất, kiến nghị."

_LEADS: Final[dict[type, dict[str, str]]] = {
    Context: {"Thuận lợi:": "advantages", "Khó khăn:": "difficulties", "Thách thức:": "challenges"},
    DocumentIssuance: {_DOCUMENTS_LEAD: "issued"},
    PartyBuilding: {_DOCUMENTS_LEAD: "concretising_documents"},
    Shortcomings: {
        "Hạn chế, khuyết điểm:": "shortcomings",
        "Nguyên nhân chủ quan:": "internal_causes",
        "Nguyên nhân khách quan:": "external_causes",
    },
}

_ETHNIC_RE: Final = re.compile(
    rf"^{_ETHNIC_LEAD}(?:\s*\(tiếng\s+(?P<langs>.*?)\))?\s*:\s*(?P<rest>.*)$", re.S | re.I
)
_ETHNIC_NONE_RE: Final = re.compile(r"^không có(?:\s*\((?P<reason>.*)\))?$", re.S | re.I)
_ETHNIC_MATERIALS_RE: Final = re.compile(r"^biên soạn\s+(?P<count>.+)$", re.S | re.I)
_FIGURE_LINE_RE: Final = re.compile(r"^(?P<label>(?:.*\S)?):\s+(?P<value>.*)$", re.S)
_EXTRA_VALUE_RE: Final = re.compile(r"^(?P<number>-?\d[\d.]*(?:,\d+)?)(?P<rest>.*)$", re.S)
_CODE: Final = (
    r"(?P<number>\d{1,6})-(?P<type>[A-ZĐ][A-Za-zĐđ]{0,5})/(?P<issuer>[A-ZĐ][A-ZĐ0-9]{0,11})"
)
_CITATION_RE: Final = re.compile(
    rf"^(?P<kind>.*?)\s+số\s+{_CODE}"
    r"(?:,\s*ngày\s+(?P<date>\d{1,2}/\d{1,2}/\d{4}))?(?P<rest>.*)$",
    re.S,
)
# Words that open a document's title when it is written unquoted after its issuer.
_TITLE_OPENERS: Final = re.compile(
    r"\s(?=(?:về|thực hiện|triển khai|ban hành|hướng dẫn|quy định|tiếp tục|đẩy mạnh|"
    r"nâng cao|tăng cường|sửa đổi|bổ sung|phê duyệt|tổ chức|lãnh đạo|chỉ đạo)\b)"
)


# --------------------------------------------------------------------------------------------
# Keys: the text the document prints for a value.


def block_key(block: Paragraph | Bullet) -> str:
    """A narrative block as printed."""
    if isinstance(block, Paragraph):
        return block.text
    return "\n".join([f"- {block.text}", *(f"+ {sub}" for sub in block.sub)])


def citation_key(ref: DocumentRef) -> str:
    """A cited document as printed."""
    text = format_document_citation(ref.kind, ref.code, ref.date, ref.issued_by)
    title = ref.title.strip()
    if not title:
        return text
    return f"{text} {title}" if title[0].islower() else f"{text} “{title}”"


def unit_key(unit: Unit) -> str:
    """A unit as printed."""
    return f"{unit.name} ({unit.note})" if unit.note else unit.name


def target_key(target: Target) -> str:
    """A target's row as printed (the verdict column is computed, so left out)."""
    def number(value: Decimal | None) -> str:
        return "–" if value is None else format_number(value)

    return " | ".join(
        (target.indicator, target.unit, number(target.target), number(target.result), target.note)
    )


def extra_key(extra: ExtraFigure) -> str:
    """An extra figure as printed."""
    return f"{extra.label}: {format_number(extra.value)} {extra.unit}".strip()


def _proposal_key(proposal: Proposal) -> str:
    return f"Đối với {proposal.addressee}: {proposal.text}" if proposal.addressee else proposal.text


def _text_key(text: str) -> str:
    return text


def _bool_key(value: bool) -> str:
    return _NO_PROPOSALS if value else ""


# --------------------------------------------------------------------------------------------
# Figures.


@functools.cache
def figure_map(cls: type) -> dict[str, FigureField]:
    """The figure fields of an item class that figure lines and the annex show, by folded
    label."""
    return {
        fold(f.info.label): f
        for f in figure_fields(cls)
        if f.info.kind not in ("documents", "targets")
    }


def read_value(
    text: str, field: FigureField, collector: Collector, pointer: str, item: str, row: int = 0
) -> tuple[bool, Any]:
    """Read a figure's text; record a problem and return ``(False, None)`` if unreadable."""
    place: dict[str, object] = {"item": item, "row": row} if row else {"item": item}
    try:
        value = parse_figure(text, field.info.kind, field.info.unit)
    except ValueTextError as error:
        collector.problem(
            pointer, "bad-figure", text=text, reason=f"value-{error.reason}",
            example=f"example-{field.info.kind}", **place,
        )
        return False, None
    if isinstance(value, NotApplicable) and not field.pointer.startswith("/ethnic_language/"):
        collector.problem(pointer, "not-applicable-here", text=text, **place)
        return False, None
    return True, value


def _extra_from_line(label: str, text: str) -> ExtraFigure | None:
    match = _EXTRA_VALUE_RE.match(squash(text))
    if match is None:
        return None
    rest = match["rest"]
    unit = "%" if rest.startswith("%") else rest.strip()
    try:
        value = parse_decimal(match["number"])
    except ValueTextError:
        return None
    if value is None:
        return None
    return ExtraFigure(label=label, value=value, unit=unit)


# --------------------------------------------------------------------------------------------
# Lists and special bullets.


def _units(text: str) -> tuple[Unit, ...]:
    body = text.removesuffix(".")
    out = []
    for part in body.split("; "):
        match = re.match(r"^(?P<name>.*?) \((?P<note>.*)\)$", part, re.S)
        if match is None:
            out.append(Unit(name=part))
        else:
            out.append(Unit(name=match["name"], note=match["note"]))
    return tuple(out)


def read_citation(text: str) -> DocumentRef | None:
    """A cited document as printed (``Công văn số 1323-CV/HU, ngày 25/9/2024 của … về việc …``),
    or None when ``text`` is not one."""
    match = _CITATION_RE.match(text)
    if match is None:
        return None
    try:
        date = parse_citation_date(match["date"]) if match["date"] else None
    except ValueTextError:
        return None
    rest = match["rest"]
    by, title = "", ""
    if rest.startswith(" của "):
        rest = rest[len(" của ") :]
        quoted = re.match(r"^(?P<by>.*?) “(?P<title>.*)”$", rest, re.S)
        if quoted is not None:
            by, title = quoted["by"], quoted["title"]
        else:
            opener = _TITLE_OPENERS.search(rest)
            by, title = (rest, "") if opener is None else (rest[: opener.start()],
                                                            rest[opener.end() :])
    elif rest.strip():
        title = rest.strip()
        quoted = re.match(r"^“(?P<title>.*)”$", title, re.S)
        if quoted is not None:
            title = quoted["title"]
    return DocumentRef(
        number=int(match["number"]),
        symbol=Symbol(doc_type=match["type"], issuer=match["issuer"]),
        date=date,
        kind=match["kind"],
        title=title,
        issued_by=by,
    )


def _narrative(entries: Sequence[tuple[str, str]]) -> tuple[Paragraph | Bullet, ...]:
    out: list[Paragraph | Bullet] = []
    for mark, text in entries:
        if mark == "-":
            out.append(Bullet(text=text))
        elif mark == "+":
            last = out[-1] if out and isinstance(out[-1], Bullet) else None
            if last is None:
                out.append(Bullet(text="", sub=(text,)))
            else:
                out[-1] = Bullet(text=last.text, sub=(*last.sub, text))
        else:
            out.append(Paragraph(text=text))
    return tuple(out)


def _targets(grid: Grid, collector: Collector, pointer: str) -> tuple[Target, ...] | None:
    rows = grid.rows
    if not rows:
        return None
    header = [fold(cell) for cell in rows[0]]
    wanted = {"chỉ tiêu": -1, "đơn vị tính": -1, "mục tiêu": -1, "kết quả": -1, "ghi chú": -1}
    for index, name in enumerate(header):
        if name in wanted:
            wanted[name] = index
    if wanted["chỉ tiêu"] < 0 or wanted["mục tiêu"] < 0 or wanted["kết quả"] < 0:
        return None

    def cell(row: tuple[str, ...], name: str) -> str:
        index = wanted[name]
        return row[index] if 0 <= index < len(row) else ""

    targets = []
    for number, row in enumerate(rows[1:], start=1):
        try:
            target = parse_decimal(cell(row, "mục tiêu"))
            result = parse_decimal(cell(row, "kết quả"))
        except ValueTextError as error:
            collector.problem(
                f"{pointer}/targets/{number - 1}", "bad-target-row", row=number,
                text=" | ".join(row), reason=f"value-{error.reason}",
            )
            continue
        targets.append(
            Target(
                indicator=cell(row, "chỉ tiêu"), unit=cell(row, "đơn vị tính"),
                target=target, result=result, note=cell(row, "ghi chú"),
            )
        )
    return tuple(targets)


# --------------------------------------------------------------------------------------------
# The item.


def _lead_of(line: Line, leads: dict[str, str]) -> str | None:
    if len(line.text) > LONGEST_HEADING or marker(line.text)[0]:
        return None
    folded = fold(line.text)
    for lead, name in leads.items():
        if folded == fold(lead):
            return name
    return None


def read_item(
    node: outline.OutlineNode,
    cls: type,
    blocks: Sequence[Line | Grid],
    collector: Collector,
    hint: Any,
    *,
    skip_guidance: bool = False,
) -> None:
    """Read item ``node`` (model class ``cls``) from the blocks under its heading; ``hint`` is
    the item as the embedded data has it (None without data), used only to place a boundary
    the page leaves open (where C's narrative bullets end and its proposals begin). With
    ``skip_guidance`` (the blank outline filled in) the outline's own guidance lines left in
    place are not content."""
    pointer = node.path
    leads = {**_LEADS.get(cls, {}), FIGURES_LEAD: "figures"}
    guidance = {fold(g.text) for g in node.guidance} if skip_guidance else set()
    segments: list[tuple[str, list[tuple[str, str, Line]]]] = [("narrative", [])]
    targets: tuple[Target, ...] | None = None
    for block in blocks:
        if isinstance(block, Grid):
            read = _targets(block, collector, pointer) if cls is Objectives else None
            if read is None:
                collector.problem(pointer, "unexpected-table", table=block.number, item=node.key)
            else:
                targets = read
            continue
        if not block.text.strip():
            continue
        lead = _lead_of(block, leads)
        if lead is not None:
            segments.append((lead, []))
            continue
        mark, text = marker(block.text)
        if guidance and (fold(text) in guidance or fold(block.text) in guidance):
            continue  # the blank outline's guidance, left in place by the clerk
        segments[-1][1].append((mark, text, block))

    narrative_entries = [(m, t) for m, t, _ in segments[0][1]]
    lists: dict[str, list[str]] = {}
    figure_lines: list[tuple[str, str, Line]] = []
    for name, entries in segments[1:]:
        if name == "figures":
            figure_lines.extend(entries)
        else:
            lists.setdefault(name, []).extend(t for _, t, _ in entries)

    narrative_entries = _special(node, cls, narrative_entries, lists, collector, hint)
    collector.slot(
        Slot(f"{pointer}/narrative", _narrative(narrative_entries), block_key, sequence=True)
    )
    for name in _LEADS.get(cls, {}).values():
        values = lists.get(name, [])
        if name in ("issued", "concretising_documents"):
            refs = []
            for index, text in enumerate(values):
                ref = read_citation(text)
                if ref is None:
                    collector.problem(
                        f"{pointer}/{name}/{index}", "bad-citation", text=text, item=node.key
                    )
                else:
                    refs.append(ref)
            collector.slot(Slot(f"{pointer}/{name}", tuple(refs), citation_key, sequence=True))
        else:
            collector.slot(Slot(f"{pointer}/{name}", tuple(values), _text_key, sequence=True))
    if cls is Objectives:
        collector.slot(Slot(f"{pointer}/targets", targets or (), target_key, sequence=True))
    _figure_lines(node, cls, figure_lines, collector)


def _special(
    node: outline.OutlineNode,
    cls: type,
    entries: list[tuple[str, str]],
    lists: dict[str, list[str]],
    collector: Collector,
    hint: Any,
) -> list[tuple[str, str]]:
    """Take the item's recognisable bullets out of its narrative and record their slots."""
    pointer = node.path
    if "ethnic_language" in attrs.fields_dict(cls):
        entries = _ethnic(node, entries, collector)
    if cls is Strengths:
        units: tuple[Unit, ...] = ()
        if entries and entries[-1][0] == "-" and entries[-1][1].startswith(_GOOD_UNITS):
            units = _units(entries[-1][1][len(_GOOD_UNITS) :].strip())
            entries = entries[:-1]
        collector.slot(Slot(f"{pointer}/good_units", units, unit_key, sequence=True))
    if cls is Shortcomings:
        weak: tuple[Unit, ...] = ()
        listed = lists.get("shortcomings", [])
        if listed and listed[-1].startswith(_WEAK_UNITS):
            weak = _units(listed.pop()[len(_WEAK_UNITS) :].strip())
        elif entries and entries[-1][0] == "-" and entries[-1][1].startswith(_WEAK_UNITS):
            weak = _units(entries[-1][1][len(_WEAK_UNITS) :].strip())
            entries = entries[:-1]
        collector.slot(Slot(f"{pointer}/weak_units", weak, unit_key, sequence=True))
    if cls is Proposals:
        entries = _proposals(pointer, entries, collector, hint)
    return entries


def _ethnic(
    node: outline.OutlineNode, entries: list[tuple[str, str]], collector: Collector
) -> list[tuple[str, str]]:
    pointer = f"{node.path}/ethnic_language"
    found = None
    for index in range(len(entries) - 1, -1, -1):
        mark, text = entries[index]
        if mark == "-" and _ETHNIC_RE.match(text):
            found = index
            break
    if found is None:
        return entries
    match = _ETHNIC_RE.match(entries[found][1])
    assert match is not None
    rest = match["rest"].strip().removesuffix(".")
    none = _ETHNIC_NONE_RE.match(rest)
    after = entries[found + 1 :]
    if none is not None and not match["langs"]:
        value: Any = NotApplicable(reason=(none["reason"] or "").strip())
        collector.slot(Slot(pointer, value, _ethnic_key))
        return entries[:found] + after
    languages = tuple(match["langs"].split(", ")) if match["langs"] else ()
    work = EthnicLanguageWork(languages=languages, narrative=_narrative(after))
    collector.slot(Slot(pointer, work, _ethnic_key))
    collector.slot(Slot(f"{pointer}/narrative", work.narrative, block_key, sequence=True))
    materials = _ETHNIC_MATERIALS_RE.match(rest)
    field = next(iter(figure_map(EthnicLanguageWork).values()))
    if materials is not None:
        ok, value = read_value(
            materials["count"], field, collector, f"{pointer}/materials", node.key
        )
        if ok:
            collector.figure(
                f"{pointer}/materials", Candidate(value, materials["count"], node.key)
            )
    elif rest:
        collector.problem(
            f"{pointer}/materials", "bad-figure", text=rest, reason="value-not-a-number",
            example="example-count", item=node.key,
        )
    return entries[:found]


def _ethnic_key(value: Any) -> str:
    """The ethnic-language bullet's kind, languages and reason (its count is a figure)."""
    if isinstance(value, NotApplicable):
        return f"không có ({value.reason})" if value.reason else "không có"
    if isinstance(value, EthnicLanguageWork):
        return f"tiếng {', '.join(value.languages)}"
    return ""


def _proposals(
    pointer: str, entries: list[tuple[str, str]], collector: Collector, hint: Any
) -> list[tuple[str, str]]:
    none = False
    if entries and entries[-1][0] == "" and fold(entries[-1][1]) == fold(_NO_PROPOSALS):
        none, entries = True, entries[:-1]
    start = len(entries)
    # "Không có đề xuất, kiến nghị." is printed only when there is no proposal.
    while not none and start > 0 and entries[start - 1][0] == "-":
        start -= 1
    # A bullet followed by "+" lines is narrative; only plain trailing bullets are proposals.
    while start < len(entries) and start + 1 < len(entries) and entries[start + 1][0] == "+":
        start += 1
    if isinstance(hint, Proposals) and not none:
        start = _best_split(entries, start, hint)
    proposals = []
    for _, text in entries[start:]:
        match = re.match(r"^Đối với (?P<to>.+?): (?P<text>.*)$", text, re.S)
        if match is None:
            proposals.append(Proposal(text=text))
        else:
            proposals.append(Proposal(text=match["text"], addressee=match["to"]))
    collector.slot(Slot(f"{pointer}/items", tuple(proposals), _proposal_key, sequence=True))
    if none or not proposals:
        collector.slot(Slot(f"{pointer}/none_to_make", none, _bool_key))
    return entries[:start]


def _best_split(entries: list[tuple[str, str]], start: int, hint: Proposals) -> int:
    """Where narrative ends and proposals begin, closest to the embedded data's split."""
    import difflib

    old_narrative = [block_key(b) for b in hint.narrative]
    old_items = [_proposal_key(p) for p in hint.items]
    keys = ["\n".join([f"- {t}"]) if m == "-" else (f"+ {t}" if m == "+" else t)
            for m, t in entries]

    def cost(split: int) -> float:
        a = difflib.SequenceMatcher(a=old_narrative, b=_joined(keys[:split]), autojunk=False)
        b = difflib.SequenceMatcher(a=old_items, b=[k[2:] for k in keys[split:]], autojunk=False)
        return -(a.ratio() * (len(old_narrative) + split) + b.ratio() * (len(old_items) +
                                                                          len(keys) - split))

    candidates = [s for s in range(start, len(entries) + 1)
                  if s == len(entries) or entries[s][0] == "-"]
    return min(candidates, key=lambda s: (cost(s), s))


def _joined(keys: list[str]) -> list[str]:
    """Sub-bullet keys joined to their bullet, as :func:`block_key` prints a bullet."""
    out: list[str] = []
    for key in keys:
        if key.startswith("+ ") and out and out[-1].startswith("- "):
            out[-1] = f"{out[-1]}\n{key}"
        else:
            out.append(key)
    return out


def _figure_lines(
    node: outline.OutlineNode,
    cls: type,
    lines: list[tuple[str, str, Line]],
    collector: Collector,
) -> None:
    fields = figure_map(cls)
    extras: list[ExtraFigure] = []
    for mark, text, _line in lines:
        body = text.removesuffix(".") if mark else text
        match = _FIGURE_LINE_RE.match(body)
        if match is None:
            collector.problem(
                node.path, "bad-figure", text=text, reason="value-not-a-number",
                example="example-count", item=node.key,
            )
            continue
        label, value_text = match["label"], match["value"]
        field = fields.get(fold(label))
        if field is None:
            extra = _extra_from_line(label, value_text)
            if extra is None:
                collector.problem(
                    f"{node.path}/extra_figures/{len(extras)}", "bad-figure", text=value_text,
                    reason="value-not-a-number", example="example-number", item=node.key,
                )
            else:
                extras.append(extra)
            continue
        pointer = node.path + field.pointer
        ok, value = read_value(value_text, field, collector, pointer, node.key)
        if ok:
            collector.figure(pointer, Candidate(value, value_text, node.key))
    collector.extras.setdefault(node.path, {})["lines"] = extras


def figure_key(value: Any, unit: str) -> str:
    """A figure as the body prints it (``–`` when not reported)."""
    if value is None:
        return "–"
    if isinstance(value, NotApplicable):
        return "Không áp dụng"
    return figure_text(value, unit)

