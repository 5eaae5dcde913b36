"""The sample report: complete, consistent, and its prose agrees with its figures."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterator
from decimal import Decimal

import attrs
import pytest

import kl224.model as model
from kl224.model import (
    Bullet,
    DocumentRef,
    EthnicLanguageWork,
    FigureInfo,
    Headcount,
    Item,
    Money,
    Paragraph,
    Ratio,
    Report,
    figure_info,
)
from kl224.sample import sample_report

# --------------------------------------------------------------------------------------------
# Walking the report.


@pytest.fixture(scope="module")
def report() -> Report:
    return sample_report()


def _instances(value: object, pointer: str = "") -> Iterator[tuple[str, object]]:
    """Every attrs instance inside ``value`` (itself included), with its JSON-style pointer."""
    if isinstance(value, tuple):
        for index, entry in enumerate(value):
            yield from _instances(entry, f"{pointer}/{index}")
    elif attrs.has(cls := type(value)):
        yield pointer, value
        for attribute in attrs.fields(cls):
            yield from _instances(getattr(value, attribute.name), f"{pointer}/{attribute.name}")


def _figures(value: object, pointer: str = "") -> Iterator[tuple[str, FigureInfo, object]]:
    """Every figure field inside ``value``: pointer, metadata and value."""
    for where, instance in _instances(value, pointer):
        cls = type(instance)
        assert attrs.has(cls)
        for attribute in attrs.fields(cls):
            info = figure_info(attribute)
            if info is not None:
                yield f"{where}/{attribute.name}", info, getattr(instance, attribute.name)


def _strings(value: object, pointer: str = "") -> Iterator[tuple[str, str]]:
    """Every string inside ``value`` with its pointer."""
    if isinstance(value, str):
        yield pointer, value
    elif isinstance(value, tuple):
        for index, entry in enumerate(value):
            yield from _strings(entry, f"{pointer}/{index}")
    elif attrs.has(cls := type(value)):
        for attribute in attrs.fields(cls):
            yield from _strings(getattr(value, attribute.name), f"{pointer}/{attribute.name}")


def _blocks_text(blocks: tuple[Paragraph | Bullet, ...]) -> str:
    parts: list[str] = []
    for block in blocks:
        parts.append(block.text)
        if isinstance(block, Bullet):
            parts.extend(block.sub)
    return "\n".join(parts)


def _item_text(item: object) -> str:
    """The narrative of an item, with the narrative of the classes nested in it."""
    texts = [
        _blocks_text(instance.narrative)
        for _, instance in _instances(item)
        if isinstance(instance, Item | EthnicLanguageWork)
    ]
    return "\n".join(texts)


def _items(report: Report) -> list[tuple[str, Item]]:
    return [(p, i) for p, i in _instances(report) if isinstance(i, Item)]


def _model_classes() -> list[type]:
    return [c for c in vars(model).values() if isinstance(c, type) and attrs.has(c)]


def _refs(report: Report) -> list[DocumentRef]:
    return [i for _, i in _instances(report) if isinstance(i, DocumentRef)]


# --------------------------------------------------------------------------------------------
# The sample as a whole.


def test_builds_once_and_is_shared() -> None:
    first = sample_report()
    assert isinstance(first, Report)
    assert sample_report() is first


def test_meta(report: Report) -> None:
    meta = report.meta
    assert meta.issuing_body == "Huyện ủy Tam Đường"
    assert meta.superior_body == "Đảng bộ tỉnh Lai Châu"
    assert meta.code == "215-BC/HU"
    assert meta.status == "final"
    assert meta.communes == 13
    assert meta.villages is not None and 50 <= meta.villages <= 150
    assert meta.subject == model.DEFAULT_SUBJECT
    assert meta.signer is not None
    assert (meta.signer.mark, meta.signer.authority, meta.signer.position) == (
        "T/M",
        "BAN THƯỜNG VỤ",
        "BÍ THƯ",
    )
    assert len(meta.signer.name.split()) >= 3
    assert meta.request is not None
    assert (meta.request.code, meta.request.kind, meta.request.issued_by) == (
        "1323-CV/HU",
        "Công văn",
        "Ban Thường vụ Huyện ủy",
    )


def test_recipients_carry_no_trailing_punctuation(report: Report) -> None:
    recipients = report.meta.recipients
    assert len(recipients) >= 5
    assert recipients[-1].startswith("Lưu ")
    for entry in recipients:
        assert entry == entry.strip()
        assert entry[-1] not in ".,;:", entry


def test_dates_fit_the_period(report: Report) -> None:
    meta = report.meta
    assert meta.period is not None and meta.date is not None and meta.request is not None
    assert meta.period.start == model.DEFAULT_CONCLUSION.date
    assert meta.period.start < meta.date <= meta.period.end
    assert meta.request.date is not None
    assert meta.period.start < meta.request.date < meta.date


def test_district_documents_are_dated_inside_the_period_in_number_order(report: Report) -> None:
    meta = report.meta
    assert meta.period is not None and meta.date is not None
    kinds = {"Kế hoạch": "KH", "Hướng dẫn": "HD", "Công văn": "CV", "Quy định": "QĐ"}
    district = [r for r in _refs(report) if r.symbol.issuer == "HU"]
    assert len(district) >= 8
    by_type: dict[str, list[tuple[dt.date, int]]] = {}
    for ref in district:
        assert ref.date is not None, ref.code
        assert meta.period.start <= ref.date <= meta.date, ref.code
        assert kinds[ref.kind] == ref.symbol.doc_type, ref.code
        assert ref.issued_by == "Ban Thường vụ Huyện ủy", ref.code
        assert ref.title and ref.title[0].islower(), ref.code
        by_type.setdefault(ref.symbol.doc_type, []).append((ref.date, ref.number))
    for doc_type, dated in by_type.items():
        numbers = [number for _, number in sorted(dated)]
        assert numbers == sorted(numbers), f"{doc_type} numbers do not follow their dates"
        assert len(set(numbers)) == len(numbers), doc_type


# --------------------------------------------------------------------------------------------
# Completeness.


def test_every_figure_field_is_filled(report: Report) -> None:
    seen = 0
    for pointer, info, value in _figures(report):
        seen += 1
        assert value is not None, pointer
        if info.kind in ("documents", "targets"):
            assert len(value) >= 3, pointer  # type: ignore[arg-type]
        if isinstance(value, Headcount):
            assert value.ethnic_minority is not None, pointer
    assert seen >= 60


def test_every_class_with_figures_is_reached(report: Report) -> None:
    with_figures = {c for c in _model_classes() if any(figure_info(a) for a in attrs.fields(c))}
    reached = {type(instance) for _, instance in _instances(report)}
    assert with_figures, "the model has figure fields"
    assert with_figures <= reached, with_figures - reached


def test_every_item_has_narrative(report: Report) -> None:
    items = _items(report)
    item_classes = {c for c in _model_classes() if issubclass(c, Item) and c is not Item}
    assert {type(i) for _, i in items} == item_classes
    assert len(items) == len(item_classes)
    for pointer, item in items:
        assert item.narrative, pointer
    for pointer, instance in _instances(report):
        if isinstance(instance, EthnicLanguageWork):
            assert instance.narrative, pointer
            assert {"Mông", "Dao", "Thái"} <= set(instance.languages), pointer


def test_context_lists_and_paragraphs(report: Report) -> None:
    context = report.context
    paragraphs = [b for b in context.narrative if isinstance(b, Paragraph)]
    assert len(paragraphs) >= 3
    assert len(context.advantages) >= 3
    assert len(context.difficulties) >= 3
    assert len(context.challenges) >= 2


def test_assessment_and_proposals(report: Report) -> None:
    strengths = report.assessment.strengths
    shortcomings = report.assessment.shortcomings
    good = {u.name for u in strengths.good_units}
    weak = {u.name for u in shortcomings.weak_units}
    assert good and weak and not good & weak
    for unit in (*strengths.good_units, *shortcomings.weak_units):
        assert re.fullmatch(r"Đảng bộ (xã|thị trấn) \w+( \w+)*", unit.name), unit.name
        # The builder writes "name (note)": a note starts lower-case and has no end mark.
        assert unit.note and not unit.note[0].isupper() and unit.note[-1] not in ".;", unit.note
    assert shortcomings.shortcomings
    assert shortcomings.internal_causes and shortcomings.external_causes
    proposals = report.proposals
    assert not proposals.none_to_make
    assert 3 <= len(proposals.items) <= 5
    addressees = {"Ban Thường vụ Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy", "Ủy ban nhân dân tỉnh"}
    for proposal in proposals.items:
        assert proposal.addressee in addressees
        assert proposal.text[0].isupper() and proposal.text.endswith(".")


# --------------------------------------------------------------------------------------------
# Consistency of the figures.


def test_ratio_wholes_are_the_district_totals(report: Report) -> None:
    totals = {"communes": report.meta.communes, "villages": report.meta.villages}
    ratios = 0
    for pointer, info, value in _figures(report):
        if info.kind == "ratio":
            ratios += 1
            assert info.over is not None, pointer
            assert isinstance(value, Ratio), pointer
            assert value.whole == totals[info.over], pointer
            assert 0 < value.part <= value.whole, pointer
    assert ratios == 4


def test_parts_never_exceed_wholes(report: Report) -> None:
    tasks = report.tasks
    leadership = report.leadership
    propaganda = tasks.propaganda
    for people in (propaganda.lecturers, propaganda.communicators):
        assert people is not None and people.ethnic_minority is not None
        assert 0 < people.ethnic_minority <= people.total

    culture = tasks.culture
    assert culture.villages_with_troupes is not None and culture.stable_troupes is not None
    assert culture.stable_troupes <= culture.villages_with_troupes.part

    theory = tasks.political_theory
    assert theory.trainees is not None and theory.classes is not None
    assert theory.elementary_theory_trainees is not None
    assert theory.new_member_trainees is not None
    assert theory.elementary_theory_trainees + theory.new_member_trainees <= theory.trainees
    assert theory.classes < theory.elementary_theory_trainees
    assert theory.sent_to_central is not None and theory.sent_to_province is not None
    assert theory.sent_to_central < theory.sent_to_province
    facilities = tasks.facilities
    assert facilities.supported_trainees is not None
    assert facilities.supported_trainees <= theory.trainees

    assert facilities.mobile_loudspeakers_bought is not None
    assert propaganda.radio.mobile_loudspeakers is not None
    assert facilities.mobile_loudspeakers_bought <= propaganda.radio.mobile_loudspeakers

    dissemination = leadership.dissemination
    ethnic = dissemination.ethnic_language
    assert isinstance(ethnic, EthnicLanguageWork) and ethnic.materials is not None
    assert dissemination.materials_compiled is not None
    assert ethnic.materials <= dissemination.materials_compiled

    cadres = tasks.ideological_cadres
    assert cadres.full_time_lecturers is not None and cadres.part_time_lecturers is not None
    assert cadres.full_time_lecturers < cadres.part_time_lecturers


@pytest.mark.parametrize(
    ("events", "people"),
    [
        ("leadership/dissemination/conferences", "leadership/dissemination/attendances"),
        (
            "tasks/ideological_foundation/training_conferences",
            "tasks/ideological_foundation/training_attendances",
        ),
        ("tasks/party_history/education_sessions", "tasks/party_history/education_participants"),
        ("tasks/political_theory/classes", "tasks/political_theory/trainees"),
    ],
)
def test_attendances_far_exceed_events(report: Report, events: str, people: str) -> None:
    figures = {pointer: value for pointer, _, value in _figures(report)}
    count, attended = figures[f"/{events}"], figures[f"/{people}"]
    assert isinstance(count, int) and isinstance(attended, int)
    assert count > 0 and attended >= 20 * count


def test_money_is_realistic(report: Report) -> None:
    amounts = [(p, v) for p, _, v in _figures(report) if isinstance(v, Money)]
    assert len(amounts) == 3
    for pointer, money in amounts:
        assert 10_000_000 <= money.dong <= 50_000_000_000, pointer
        assert money.dong % 100_000 == 0, pointer


def test_no_number_repeats_across_unrelated_figures(report: Report) -> None:
    seen: dict[int, str] = {}

    def note(value: int, pointer: str) -> None:
        assert value not in seen, f"{value} at {pointer} repeats {seen.get(value)}"
        seen[value] = pointer

    for pointer, _, value in _figures(report):
        if isinstance(value, bool):
            continue
        if isinstance(value, int):
            note(value, pointer)
        elif isinstance(value, Ratio):
            note(value.part, pointer)
        elif isinstance(value, Headcount):
            note(value.total, pointer)
            if value.ethnic_minority is not None:
                note(value.ethnic_minority, f"{pointer}#ethnic_minority")
        elif isinstance(value, Money):
            note(value.dong, pointer)
    assert len(seen) >= 60


def test_targets(report: Report) -> None:
    targets = report.tasks.objectives.targets
    assert 6 <= len(targets) <= 10
    verdicts = [t.achieved for t in targets]
    assert None not in verdicts
    assert 1 <= verdicts.count(False) <= 2
    for target in targets:
        assert isinstance(target.target, Decimal) and isinstance(target.result, Decimal)
        assert target.indicator and target.unit and target.note
        if target.unit == "%":
            assert target.target <= 100 and target.result <= 100, target.indicator


def test_targets_agree_with_the_ratios_they_restate(report: Report) -> None:
    by_indicator = {t.indicator: t for t in report.tasks.objectives.targets}
    restated = 0
    for pointer, info, value in _figures(report):
        if not isinstance(value, Ratio):
            continue
        indicator = "Tỷ lệ " + info.label[0].lower() + info.label[1:]
        assert indicator in by_indicator, f"no target restates {pointer}"
        result = by_indicator[indicator].result
        share = value.percent
        assert result is not None and share is not None
        assert abs(result - share) <= Decimal("0.05"), pointer
        restated += 1
    assert restated == 4
    lecturers = report.tasks.propaganda.lecturers
    assert lecturers is not None
    assert by_indicator["Số báo cáo viên của Đảng bộ huyện"].result == lecturers.total


# --------------------------------------------------------------------------------------------
# The prose.


def _grouped(value: int) -> str:
    return f"{value:,}".replace(",", r"\.")


def _written(value: int, unit: str) -> re.Pattern[str]:
    """A count as the prose writes it, with its unit: ``8.612 lượt người``, ``09 tài liệu``."""
    number = f"0?{value}" if value < 10 else _grouped(value)
    return re.compile(rf"(?<![\d.,/]){number} {re.escape(unit)}(?!\w)")


def _patterns(info: FigureInfo, value: object) -> list[re.Pattern[str]]:
    if isinstance(value, bool):
        return []
    if isinstance(value, int):
        return [_written(value, info.unit)]
    if isinstance(value, Ratio):
        return [re.compile(rf"(?<![\d.]){value.part}/{value.whole} {re.escape(info.unit)}")]
    if isinstance(value, Headcount):
        patterns = [_written(value.total, info.unit)]
        if value.ethnic_minority is not None:
            patterns.append(_written(value.ethnic_minority, info.unit))
        return patterns
    if isinstance(value, Money):
        return [re.compile(rf"(?<![\d.]){_grouped(value.dong)} đồng")]
    return []


def test_prose_states_every_figure_of_its_item(report: Report) -> None:
    checked = 0
    for pointer, item in _items(report):
        text = _item_text(item)
        for where, info, value in _figures(item, pointer):
            for pattern in _patterns(info, value):
                assert pattern.search(text), f"{where}: {pattern.pattern!r} not in the narrative"
                checked += 1
    assert checked >= 60


def test_strings_are_nfc_and_cleanly_joined(report: Report) -> None:
    for pointer, text in _strings(report):
        assert unicodedata.is_normalized("NFC", text), pointer
        assert text == text.strip(), pointer
        assert "  " not in text, pointer
        # Literal pieces joined without a space ("thôn,bản") or with one too many.
        assert not re.search(r"[,;:](?=[^\s\d/])", text), f"{pointer}: {text!r}"
        assert not re.search(r"\s[,;:.]", text), f"{pointer}: {text!r}"


def test_narrative_blocks_end_like_sentences(report: Report) -> None:
    for pointer, instance in _instances(report):
        if not isinstance(instance, Paragraph | Bullet):
            continue
        assert instance.text[0].isupper(), pointer
        assert instance.text[-1] in ".:", pointer
        if isinstance(instance, Bullet):
            for sub in instance.sub:
                assert sub[0].isupper() and sub.endswith("."), f"{pointer}: {sub!r}"
    lists = report.context, report.assessment.shortcomings
    for part in lists:
        for pointer, text in _strings(part):
            if "narrative" in pointer or "weak_units" in pointer:
                continue
            assert text[0].isupper() and text.endswith("."), f"{pointer}: {text!r}"


def test_length_fits_eight_to_fourteen_pages(report: Report) -> None:
    # About 2,300 characters fill an A4 page of 14 pt body text with the Party margins.
    prose = sum(len(text) for _, text in _strings(report))
    assert 8 * 2_300 <= prose <= 14 * 2_300, prose


# --------------------------------------------------------------------------------------------
# With the modules other parts of kl224 provide.


def test_json_round_trip(report: Report) -> None:
    import kl224.serialization as serialization
    assert serialization.loads(serialization.dumps(report)) == report


def test_validates_without_errors_or_warnings(report: Report) -> None:
    import kl224.validation as validation
    result = validation.validate(report, policy="final")
    assert result.ok
    serious = [
        f
        for f in result.findings
        if f.severity in (validation.Severity.ERROR, validation.Severity.WARNING)
    ]
    assert serious == []
