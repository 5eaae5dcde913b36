"""A whole document read from what it shows: header, title, outline headings and their items,
the signature and recipients, and the annex's figures table.

The order is the Party document's: an optional two-column header table, the title block
(``BÁO CÁO`` or the blank outline's ``ĐỀ CƯƠNG BÁO CÁO``, the subject, ``-----``), the
body under the outline's headings, the closing table ("Nơi nhận:" and the signature) and
annexes from a line ``Phụ lục 1``. Headings are recognised by label and title, whatever
their style, case, spacing or numbering punctuation (``1.``, ``1-``, ``I.``, ``I-``).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Sequence
from typing import Any, Final

import attrs

from kl224 import outline
from kl224.document.build import figure_cell
from kl224.document.opening import OPENING_WORDS, closing_words, who_reports
from kl224.model import (
    DEFAULT_CONCLUSION,
    DEFAULT_SUBJECT,
    DocumentRef,
    EthnicLanguageWork,
    ExtraFigure,
    NotApplicable,
    Report,
    ReportMeta,
    Signer,
    Symbol,
)
from kl224.model.figures import resolve
from kl224.readback._common import (
    LONGEST_HEADING,
    Candidate,
    Collector,
    fold,
    marker,
    squash,
)
from kl224.readback._items import (
    citation_key,
    extra_key,
    figure_key,
    figure_map,
    read_citation,
    read_item,
    read_value,
)
from kl224.readback._shown import Grid, Line, Shown
from kl224.readback._slots import MISSING, Slot, get_at
from kl224.text.format import upper_vi
from kl224.text.values import (
    ValueTextError,
    is_not_reported,
    parse_citation_date,
    parse_decimal,
    parse_document_citation,
    parse_place_date,
)

__all__ = ["make_missing", "read_document"]

_HEADING_RE: Final = re.compile(
    r"^(?P<label>[A-Ca-c]|[IVXivx]{1,4}|\d{1,2})\s*[.\-–—)]\s*(?P<title>\S.*)$", re.S
)
_BY_TITLE: Final = {fold(n.title): n for n in outline.NODES}
_BY_KEY: Final = {n.key.upper(): n for n in outline.NODES}
_ITEM_NODES: Final = outline.items()
_ITEMS: Final = frozenset(n.key for n in _ITEM_NODES)
_EMPTY: Final = Report(meta=ReportMeta())
_CODE_RE: Final = re.compile(
    r"^Số\s*(?P<number>\d{1,6})?\s*-\s*(?P<type>[A-ZĐ][A-Za-zĐđ]{0,5})\s*/\s*"
    r"(?P<issuer>[A-ZĐ][A-ZĐ0-9]{0,11})$"
)
_ANNEX_RE: Final = re.compile(r"^phụ lục\s*\d+$", re.I)
_SEPARATOR_RE: Final = re.compile(r"^-{3,}$")
_MARKS: Final = ("T/M", "K/T", "T/L")
_UNKNOWN: Final = outline.OutlineNode(
    key="?", label="", title="", level=3, path="", needs_figures=False, optional_paths=(),
    guidance=(),
)


def make_missing(pointer: str) -> Any:
    """The object to create where a slot's path crosses a part the report leaves out."""
    if pointer.endswith("/ethnic_language"):
        return EthnicLanguageWork()
    raise KeyError(pointer)


def _upper_key(value: Any) -> str:
    return upper_vi(squash(value)) if isinstance(value, str) else ""


def _text_key(value: Any) -> str:
    return squash(value) if isinstance(value, str) else ""


def _plain_key(value: Any) -> str:
    return "" if value is None or value is MISSING else str(value)


def _date_key(value: Any) -> str:
    return value.isoformat() if value is not None and value is not MISSING else ""


def _signer_key(value: Any) -> str:
    if not isinstance(value, Signer):
        return ""
    authority = upper_vi(f"{value.mark} {value.authority}".strip())
    return " / ".join(s for s in (authority, upper_vi(value.position), value.name) if s)


def _recipient_key(value: str) -> str:
    return value.rstrip().rstrip(",;.").rstrip()


def _conclusion_key(value: Any) -> str:
    if not isinstance(value, DocumentRef):
        return ""
    return upper_vi(f"{value.kind or 'Kết luận'} số {value.code}")


def _request_key(value: Any) -> str:
    if not isinstance(value, DocumentRef):
        return ""
    return f"{value.kind} số {value.code}"


# --------------------------------------------------------------------------------------------
# Headings.


def _label(text: str) -> str:
    return text.strip().rstrip(".-–—)").upper()


def heading_of(line: Line) -> outline.OutlineNode | None:
    """The outline node ``line`` heads, :data:`_UNKNOWN` for a heading that matches none, or
    None for body text."""
    if len(line.text) > LONGEST_HEADING:
        return None
    text = squash(line.text)
    if not text:
        return None
    match = _HEADING_RE.match(text)
    styled = line.heading is not None or line.bold
    if match is not None:
        node = _BY_TITLE.get(fold(match["title"]))
        if node is not None and _label(node.label) == _label(match["label"]):
            return node
        if styled and not marker(text)[0]:
            return _UNKNOWN
        return None
    node = _BY_TITLE.get(fold(text))
    if node is not None and styled:
        return node
    if line.heading is not None and line.heading <= 3 and not marker(text)[0]:
        return _UNKNOWN
    return None


# --------------------------------------------------------------------------------------------
# Front matter.


def _lines(cell: Sequence[Line]) -> list[Line]:
    return [line for line in cell if line.text.strip()]


def _is_header(grid: Grid) -> bool:
    texts = [fold(t) for row in grid.rows for t in row]
    return any("đảng cộng sản" in t for t in texts) or any(
        _CODE_RE.match(squash(line.text)) for row in grid.cells for c in row for line in c
    )


def _header(grid: Grid, shown: Shown, collector: Collector) -> dict[str, Any]:
    cells = [cell for row in grid.cells for cell in row]
    everything = list(cells[0]) if cells else []
    left = _lines(everything)
    right = [line for cell in cells[1:] for line in _lines(cell)]
    found: dict[str, Any] = {}
    star = next((i for i, line in enumerate(left) if line.text.strip() == "*"), None)
    code_index = next(
        (i for i, line in enumerate(left) if squash(line.text).startswith("Số")), None
    )
    end_line = left[star] if star is not None else left[code_index] if code_index is not None \
        else None
    names = everything[: everything.index(end_line)] if end_line is not None else everything
    # The issuing body is the bold line (kept even when empty); a typed header may set no
    # bold at all, and then its last line is the issuing body.
    bold = [line for line in names if line.bold]
    if bold and len(bold) < len(names):
        issuing = bold
    else:
        filled = _lines(names)
        issuing = filled[-1:]
    superior = [line for line in names if not any(line is chosen for chosen in issuing)]
    found["issuing_body"] = " ".join(squash(line.text) for line in issuing)
    found["superior_body"] = " ".join(squash(line.text) for line in superior)
    if code_index is not None:
        text = squash(left[code_index].text)
        match = _CODE_RE.match(text)
        if match is None:
            collector.problem("/meta/number", "bad-code-line", text=text)
        else:
            number = match["number"]
            found["number"] = int(number) if number else None
            found["symbol"] = Symbol(doc_type=match["type"], issuer=match["issuer"])
    for line in right:
        text = squash(line.text)
        if "ngày" in text.casefold() and "tháng" in text.casefold():
            try:
                found["place"], found["date"] = parse_place_date(text)
            except ValueTextError:
                collector.problem("/meta/date", "bad-date-line", text=text)
    return found


def _closing(grid: Grid) -> dict[str, Any] | None:
    cells = [cell for row in grid.cells for cell in row]
    label_cell = next(
        (c for c in cells if _lines(c) and fold(_lines(c)[0].text).startswith("nơi nhận")), None
    )
    if label_cell is None:
        return None
    recipients = []
    for line in _lines(label_cell)[1:]:
        mark, text = marker(line.text)
        recipients.append(_recipient_key(text if mark else squash(line.text)))
    others = [c for c in cells if c is not label_cell]
    lines = [line.text for c in others for line in c]
    filled = [squash(t) for t in lines if t.strip()]
    signer: Signer | None = None
    if filled:
        if len(lines) == 3:
            authority, position, name = (squash(t) for t in lines)
        else:
            authority = filled[0]
            name = filled[-1] if len(filled) > 1 else ""
            position = " ".join(filled[1:-1])
        head, _, rest = authority.partition(" ")
        if head in _MARKS:
            signer = Signer(mark=head, authority=rest, position=position, name=name)  # type: ignore[arg-type]
        elif authority in _MARKS:
            signer = Signer(mark=authority, authority="", position=position, name=name)  # type: ignore[arg-type]
        else:
            signer = Signer(authority=authority, position=position, name=name)
    return {"recipients": tuple(recipients), "signer": signer}


# --------------------------------------------------------------------------------------------
# The annex's figures table.


def _figures_table(grid: Grid, collector: Collector) -> bool:
    rows = grid.rows
    if not rows:
        return False
    header = [fold(cell) for cell in rows[0]]
    columns: dict[str, int] = {
        name: header.index(name)
        for name in ("mục", "nội dung", "đơn vị tính", "số liệu")
        if name in header
    }
    if len(columns) < 4:
        return False
    extras: dict[str, list[ExtraFigure]] = {}
    for number, row in enumerate(rows[1:], start=1):
        def cell(name: str, row: tuple[str, ...] = row) -> str:
            index = columns[name]
            return row[index] if index < len(row) else ""

        key = squash(cell("mục")).replace(" ", "").upper()
        node = _BY_KEY.get(key)
        if node is None or node.key not in _ITEMS:
            collector.problem("", "unknown-figure-row", row=number, text=cell("mục"))
            continue
        cls: type = type(resolve(_EMPTY, node.path))
        field = figure_map(cls).get(fold(cell("nội dung")))
        value_text = cell("số liệu")
        if field is None:
            if is_not_reported(value_text):
                continue
            try:
                value = parse_decimal(value_text)
            except ValueTextError as error:
                collector.problem(
                    f"{node.path}/extra_figures", "bad-figure", text=value_text,
                    reason=f"value-{error.reason}", example="example-number", row=number,
                )
                continue
            assert value is not None
            extras.setdefault(node.path, []).append(
                ExtraFigure(label=cell("nội dung"), value=value, unit=cell("đơn vị tính"))
            )
            continue
        pointer = node.path + field.pointer
        ok, value = read_value(value_text, field, collector, pointer, node.key, number)
        if ok:
            collector.figure(pointer, Candidate(value, value_text, node.key, number))
    for node in outline.items():
        collector.extras.setdefault(node.path, {})["annex"] = extras.get(node.path, [])
    return True


def _annex(blocks: Sequence[Line | Grid], collector: Collector) -> dict[str, Any]:
    found: dict[str, Any] = {}
    lines = [b for b in blocks if isinstance(b, Line) and b.text.strip()]
    if len(lines) >= 2:
        title = squash(lines[1].text)
        match = re.search(r"THỰC HIỆN (?P<kind>.+?) SỐ (?P<code>\d{1,6}-\S+)$", title)
        if match is not None:
            found["conclusion"] = (match["kind"], match["code"])
    for line in lines[2:3]:
        note = squash(line.text)
        if note.startswith("(") and note.endswith(")"):
            inner = note[1:-1].removeprefix("Kèm theo ").strip()
            with contextlib.suppress(ValueTextError):
                found["cited_issuer"] = parse_document_citation(inner)[3]
    for block in blocks:
        if isinstance(block, Grid) and _figures_table(block, collector):
            found["figures"] = True
    return found


# --------------------------------------------------------------------------------------------
# The whole document.


def _split(blocks: Sequence[Line | Grid]) -> tuple[int, int, int]:
    """Indexes where the body starts, where the closing table is (or the body's end) and
    where the annexes start."""
    start = 0
    for index, block in enumerate(blocks):
        if isinstance(block, Line) and len(block.text) < 40 and _SEPARATOR_RE.match(
            squash(block.text)
        ):
            start = index + 1
            break
        if isinstance(block, Line) and heading_of(block) not in (None, _UNKNOWN):
            start = index
            break
    annex = len(blocks)
    for index in range(start, len(blocks)):
        block = blocks[index]
        if isinstance(block, Line) and len(block.text) < 40 and _ANNEX_RE.match(
            squash(block.text)
        ):
            annex = index
            break
    closing = annex
    for index in range(start, annex):
        block = blocks[index]
        if isinstance(block, Grid) and _closing(block) is not None:
            closing = index
            break
    return start, closing, annex


def _title(blocks: Sequence[Line | Grid], end: int) -> dict[str, Any]:
    lines = [b for b in blocks[:end] if isinstance(b, Line) and b.text.strip()]
    found: dict[str, Any] = {}
    for index, line in enumerate(lines):
        kind = fold(line.text)
        if kind not in ("báo cáo", "đề cương báo cáo"):
            continue
        found["outline"] = kind == "đề cương báo cáo"
        subject, note = [], ""
        for other in lines[index + 1 :]:
            text = squash(other.text)
            if _SEPARATOR_RE.match(text):
                break
            if text.startswith("(") and text.endswith(")"):
                note = text[1:-1]
                continue
            subject.append(text)
        text = " ".join(subject)
        found["subject"] = DEFAULT_SUBJECT if fold(text) == fold(DEFAULT_SUBJECT) else text
        if note:
            found["note"] = note
        break
    return found


def _request(note: str) -> DocumentRef | None:
    inner = note.removeprefix("Kèm theo ").strip()
    match = re.match(
        r"^(?P<kind>.*?) số (?P<number>\d{1,6})-(?P<type>[A-ZĐ][A-Za-zĐđ]{0,5})/"
        r"(?P<issuer>[A-ZĐ][A-ZĐ0-9]{0,11})(?P<rest>.*)$", inner, re.S,
    )
    if match is None:
        return None
    try:
        kind, _code, date, by = parse_document_citation(inner)
    except ValueTextError:
        return None
    return DocumentRef(
        number=int(match["number"]), symbol=Symbol(doc_type=match["type"], issuer=match["issuer"]),
        date=date, kind=kind, issued_by=by,
    )


def _meta_slots(
    shown: Shown,
    header: dict[str, Any] | None,
    title: dict[str, Any],
    closing: dict[str, Any] | None,
    annex: dict[str, Any],
    collector: Collector,
) -> None:
    add = collector.slot
    if header is not None:
        shown_body = header.get("issuing_body", "")
        for candidate in (annex.get("cited_issuer", ""), shown.author):
            if candidate and upper_vi(squash(candidate)) == upper_vi(shown_body):
                shown_body = squash(candidate)
                break
        add(Slot("/meta/issuing_body", shown_body, _upper_key))
        add(Slot("/meta/superior_body", header.get("superior_body", ""), _upper_key))
        if "symbol" in header:
            add(Slot("/meta/number", header["number"], _plain_key))
            add(Slot("/meta/symbol", header["symbol"], _plain_key))
        if "place" in header:
            add(Slot("/meta/place", header["place"], _text_key))
            add(Slot("/meta/date", header["date"], _date_key))
        add(Slot("/meta/status", "draft" if shown.draft_mark else "final", _plain_key))
    if "subject" in title:
        add(Slot("/meta/subject", title["subject"], _text_key))
    if title.get("outline") and "note" in title:
        request = _request(title["note"])
        if request is not None:
            add(Slot("/meta/request", request, _request_key))
    if closing is not None:
        add(Slot("/meta/signer", closing["signer"], _signer_key))
        add(Slot("/meta/recipients", closing["recipients"], _recipient_key, sequence=True))
    if "conclusion" in annex:
        conclusion = _conclusion(annex["conclusion"], title, shown.keywords)
        if conclusion is not None:
            add(Slot("/meta/conclusion", conclusion, _conclusion_key))


def _request_shown_key(value: Any) -> str:
    return squash(citation_key(value)) if isinstance(value, DocumentRef) else ""


def _authority_as_written(signer: Signer, end: str, collector: Collector) -> None:
    """The closing prints the signer's authority in capitals, the opening sentence's ``end``
    (``, <authority> <issuing body> báo cáo …``) as written: keep the sentence's case when the
    capitals would not give it back (``Đảng ủy Khối``, not ``Đảng ủy khối``)."""
    said = who_reports("", signer.authority)
    written = end[2 : 2 + len(said)]
    if said and written != said and upper_vi(written) == upper_vi(said):
        for index, slot in enumerate(collector.slots):
            if slot.pointer == "/meta/signer":
                changed = attrs.evolve(signer, authority=written)
                collector.slots[index] = attrs.evolve(slot, value=changed)


def _opening_slot(text: str, collector: Collector) -> None:
    """The paragraph before part A. The customary sentence gives back the request it cites
    (``meta.request``), when it reads exactly as kl224 words it for the reporting body and the
    signer shown on the page; any other wording is the report's own opening (``meta.opening``).

    The sentence is split where the reporting body's words begin, never at a comma: a title,
    an issuer or an authority may hold commas of its own."""
    squashed = squash(text)
    shown = {s.pointer: s.value for s in collector.slots}
    signer = shown.get("/meta/signer")
    tail = closing_words(who_reports(
        shown.get("/meta/issuing_body", ""),
        signer.authority if isinstance(signer, Signer) else None,
    ))
    head, end = squashed[: len(OPENING_WORDS)], squashed[len(squashed) - len(tail) :]
    if (
        "/meta/request" not in shown
        and len(squashed) > len(OPENING_WORDS) + len(tail)
        and head == OPENING_WORDS
        and upper_vi(end) == upper_vi(tail)
    ):
        cited = squashed[len(OPENING_WORDS) : len(squashed) - len(tail)]
        ref = read_citation(cited)
        if ref is not None and _request_shown_key(ref) == cited:
            collector.slot(Slot("/meta/request", ref, _request_shown_key))
            if isinstance(signer, Signer):
                _authority_as_written(signer, end, collector)
            return
    collector.slot(Slot("/meta/opening", squashed, _text_key))


def _conclusion(
    shown: tuple[str, str], title: dict[str, Any], keywords: str
) -> DocumentRef | None:
    """The conclusion the annex title names, in its own case when the file's keywords carry
    it, completed from the subject when it cites it."""
    kind_upper, code = shown
    if _conclusion_key(DEFAULT_CONCLUSION) == f"{kind_upper} SỐ {code}":
        return DEFAULT_CONCLUSION
    kind = kind_upper[:1] + kind_upper[1:].lower()
    for word in keywords.split("; "):
        head, sep, tail = word.rpartition(" số ")
        if sep and upper_vi(word) == f"{kind_upper} SỐ {code}":
            kind, code = head, tail
            break
    try:
        ref = DocumentRef.parse(code)
    except ValueError:
        return None
    subject = title.get("subject", "")
    at = subject.find(f" số {code}")
    if at < 0:
        return attrs.evolve(ref, kind=kind)
    words = subject[:at].split(" ")
    written = " ".join(words[-len(kind_upper.split(" ")) :])
    if upper_vi(written) == kind_upper:
        kind = written
    tail = subject[at + len(f" số {code}") :]
    match = re.match(r"^(?:, ngày (?P<date>\d{1,2}/\d{1,2}/\d{4}))?(?: của (?P<by>.+))?$", tail)
    if match is None:
        return attrs.evolve(ref, kind=kind)
    try:
        date = parse_citation_date(match["date"]) if match["date"] else None
    except ValueTextError:
        date = None
    return attrs.evolve(ref, kind=kind, date=date, issued_by=match["by"] or "")


def _settle_figures(collector: Collector, hint: Report | None) -> None:
    for pointer, candidates in collector.figures.items():
        item_path = next(n.path for n in _ITEM_NODES if pointer.startswith(n.path + "/"))
        cls: type = type(resolve(_EMPTY, item_path))
        field = next(f for f in figure_map(cls).values() if item_path + f.pointer == pointer)
        unit = field.info.unit

        def key(value: Any, unit: str = unit) -> str:
            return figure_key(value, unit)

        distinct: dict[str, Candidate] = {}
        for candidate in candidates:
            distinct.setdefault(figure_cell_key(candidate.value), candidate)
        if hint is not None and len(distinct) > 1:
            old = get_at(hint, pointer)
            old_key = figure_cell_key(None if old is MISSING else old)
            edited = {k: c for k, c in distinct.items() if k != old_key}
            if len(edited) == 1:
                distinct = edited
        if len(distinct) > 1:
            reported = {k: c for k, c in distinct.items() if c.value is not None}
            if len(reported) == 1 or (hint is None and len(reported) == 0):
                distinct = reported or distinct
        if len(distinct) > 1:
            first, second = list(distinct.values())[:2]
            if first.row:
                first, second = second, first
            collector.problem(
                pointer, "conflicting-figure", first=first.text, second=second.text,
                item=first.item, row=second.row or "",
            )
            continue
        value = next(iter(distinct.values())).value
        if isinstance(value, NotApplicable):
            collector.slot(Slot(pointer.rsplit("/", 1)[0], value, _na_key))
            continue
        collector.slot(Slot(pointer, value, key))


def _na_key(value: Any) -> str:
    if isinstance(value, NotApplicable):
        return f"Không áp dụng ({value.reason})" if value.reason else "Không áp dụng"
    return "" if value is None else "…"


def figure_cell_key(value: Any) -> str:
    """A figure as the annex prints it, to compare values the way the page shows them."""
    if isinstance(value, NotApplicable):
        return _na_key(value)
    return figure_cell(value)


def _settle_extras(collector: Collector, hint: Report | None) -> None:
    for path, sources in collector.extras.items():
        lines = sources.get("lines")
        annex = sources.get("annex")
        chosen = annex if annex is not None else lines
        if lines is not None and annex is not None:
            line_keys = [extra_key(e) for e in lines]
            annex_keys = [extra_key(e) for e in annex]
            if line_keys != annex_keys and hint is not None:
                old = get_at(hint, f"{path}/extra_figures")
                old_keys = [extra_key(e) for e in old] if isinstance(old, tuple) else []
                chosen = lines if annex_keys == old_keys else annex
        if chosen is not None:
            collector.slot(
                Slot(f"{path}/extra_figures", tuple(chosen), extra_key, sequence=True)
            )


def read_document(shown: Shown, hint: Report | None) -> Collector:
    """Read ``shown`` into slots and problems; ``hint`` is the embedded report, if any."""
    collector = Collector()
    blocks = shown.blocks
    start, closing_at, annex_at = _split(blocks)
    header_grid = next(
        (b for b in blocks[:start] if isinstance(b, Grid) and _is_header(b)), None
    )
    header = _header(header_grid, shown, collector) if header_grid is not None else None
    title = _title(blocks, start)
    closing = None
    if closing_at < annex_at and isinstance(blocks[closing_at], Grid):
        closing = _closing(blocks[closing_at])  # type: ignore[arg-type]
    annex = _annex(blocks[annex_at:], collector)

    current: outline.OutlineNode | None = None
    seen: set[str] = set()
    content: dict[str, list[Line | Grid]] = {}
    opening: str | None = None
    for block in blocks[start:closing_at]:
        if isinstance(block, Line):
            node = heading_of(block)
            if node is _UNKNOWN:
                collector.problem(
                    current.path if current is not None else "", "unknown-heading",
                    text=squash(block.text), paragraph=block.number,
                )
                continue
            if node is not None:
                if node.key in seen:
                    collector.problem(
                        node.path, "repeated-heading", item=node.key, text=squash(block.text),
                        paragraph=block.number,
                    )
                seen.add(node.key)
                current = node
                content.setdefault(node.key, [])
                continue
            if not block.text.strip():
                continue
        if current is None and not seen and opening is None and isinstance(block, Line):
            # The opening sentence (kl224.document.opening) stands before part A.
            opening = block.text
            continue
        if current is None or current.key not in _ITEMS:
            if isinstance(block, Line):
                collector.problem(
                    current.path if current is not None else "", "text-outside-item",
                    text=squash(block.text)[:80], paragraph=block.number,
                )
            else:
                collector.problem(
                    "", "unexpected-table", table=block.number,
                    item=current.key if current is not None else "–",
                )
            continue
        content[current.key].append(block)
    if not seen:
        # Without one heading of the outline, every paragraph would be "outside an item":
        # one message saying what the file is not says it better.
        collector.problems[:] = [_not_a_report()]
        return collector
    _meta_slots(shown, header, title, closing, annex, collector)
    if opening is not None:
        _opening_slot(opening, collector)
    for node in outline.items():
        if node.key in content:
            cls: type = type(resolve(_EMPTY, node.path))
            hint_item = resolve(hint, node.path) if hint is not None else None
            read_item(node, cls, content[node.key], collector, hint_item,
                      skip_guidance=bool(title.get("outline")))
    _settle_figures(collector, hint)
    _settle_extras(collector, hint)
    return collector


def _not_a_report() -> Any:
    from kl224.serialization.messages import Problem

    return Problem("", "not-a-report", {})
