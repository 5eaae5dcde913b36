"""Properties of validate over many reports: it never raises nor changes the report, filling
an item never adds a completeness finding, and emptying one is always an error in it."""

from __future__ import annotations

import copy
import datetime as dt
from decimal import Decimal
from typing import Any

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

import kl224
from kl224 import outline
from kl224.model.figures import figure_fields, resolve
from kl224.validation import CODES, INTERNAL_ERROR, Severity, validate
from profiles import examples
from test_validation import complete_report, replace_at

ITEM_KEYS = [n.key for n in outline.items()]
COMPLETENESS = {code for code, spec in CODES.items() if spec.area == "completeness"}

counts = st.none() | st.integers(0, 10**7)
dates = st.dates(dt.date(2019, 1, 1), dt.date(2026, 12, 31))


@st.composite
def ratios(draw: st.DrawFn) -> kl224.Ratio:
    whole = draw(st.integers(0, 300))
    return kl224.Ratio(part=draw(st.integers(0, whole)), whole=whole)


@st.composite
def document_refs(draw: st.DrawFn) -> kl224.DocumentRef:
    return kl224.DocumentRef(
        number=draw(st.integers(1, 9999)),
        symbol=kl224.Symbol.parse(draw(st.sampled_from(["KH/HU", "QĐ/HU", "CV/TU"]))),
        date=draw(st.none() | dates),
    )


decimals = st.decimals(0, 1000, places=2, allow_nan=False, allow_infinity=False)
targets = st.builds(
    kl224.Target,
    indicator=st.sampled_from(["", "Tỷ lệ xã", "Số lớp"]),
    unit=st.sampled_from(["%", "xã", "", " % "]),
    target=st.none() | decimals,
    result=st.none() | decimals,
)
extras = st.builds(
    kl224.ExtraFigure,
    label=st.just("Tỷ lệ"),
    value=decimals,
    unit=st.sampled_from(["%", "người"]),
)

VALUES: dict[str, st.SearchStrategy[Any]] = {
    "count": counts,
    "ratio": st.none() | ratios(),
    "headcount": st.none()
    | st.builds(kl224.Headcount, total=st.integers(0, 500), ethnic_minority=counts),
    "money": st.none() | st.builds(kl224.Money, dong=st.integers(0, 10**12)),
    "percent": st.none() | st.builds(kl224.Percent, value=st.decimals(0, 100, places=1)),
    "targets": st.lists(targets, max_size=3).map(tuple),
    "documents": st.lists(document_refs(), max_size=3).map(tuple),
}


@st.composite
def items(draw: st.DrawFn, key: str) -> Any:
    """One item of the complete report: kept, emptied, or with its figures redrawn."""
    n = outline.node(key)
    item = resolve(complete_report(), n.path)
    choice = draw(st.sampled_from(["keep", "empty", "redraw"]))
    if choice == "keep":
        return item
    if choice == "empty":
        return type(item)()
    for part in n.optional_paths:
        relative = part[len(n.path):]
        answer = draw(
            st.sampled_from(
                [None, kl224.NOT_APPLICABLE, kl224.EthnicLanguageWork(materials=3)]
            )
        )
        item = replace_at(item, relative, answer)
    for field in figure_fields(type(item)):
        if any(field.pointer.startswith(p[len(n.path):] + "/") for p in n.optional_paths):
            continue
        item = replace_at(item, field.pointer, draw(VALUES[field.info.kind]))
    narrative = draw(st.sampled_from([(), item.narrative]))
    extra = draw(st.lists(extras, max_size=2).map(tuple))
    return attrs.evolve(item, narrative=narrative, extra_figures=extra)


@st.composite
def metas(draw: st.DrawFn) -> kl224.ReportMeta:
    meta = complete_report().meta
    start = draw(st.none() | dates)
    period = None
    if start is not None:
        length = dt.timedelta(days=draw(st.integers(0, 2000)))
        period = kl224.Period(start=start, end=start + length)
    signer = draw(st.sampled_from([None, kl224.Signer(name=""), meta.signer]))
    return attrs.evolve(
        meta,
        issuing_body=draw(st.sampled_from(["", "Huyện ủy X", "Thành ủy Y", "Sở Z"])),
        symbol=kl224.Symbol.parse(draw(st.sampled_from(["BC/HU", "BC/TU", "KH/ĐU"]))),
        number=draw(st.none() | st.integers(0, 999)),
        date=draw(st.none() | dates),
        period=period,
        communes=draw(st.none() | st.integers(0, 300)),
        villages=draw(st.none() | st.integers(0, 300)),
        signer=signer,
        recipients=draw(st.sampled_from([(), ("",), meta.recipients])),
        status=draw(st.sampled_from(["draft", "final"])),
        request=draw(st.none() | document_refs()),
    )


@st.composite
def reports(draw: st.DrawFn) -> kl224.Report:
    report = attrs.evolve(complete_report(), meta=draw(metas()))
    for key in ITEM_KEYS:
        report = replace_at(report, outline.node(key).path, draw(items(key)))
    proposals_flag = draw(st.booleans())
    return replace_at(report, "/proposals/none_to_make", proposals_flag)


FAST = settings(max_examples=examples(80))


@FAST
@given(reports(), st.sampled_from(["draft", "final"]), st.sampled_from(["vi", "en"]))
def test_validate_never_raises_nor_mutates(report: kl224.Report, policy: str, lang: str) -> None:
    before = copy.deepcopy(report)
    before_hash = hash(report)
    result = validate(report, policy=policy, lang=lang)  # type: ignore[arg-type]
    assert report == before and hash(report) == before_hash
    assert INTERNAL_ERROR not in result.codes, [f.message for f in result.findings]
    assert result.ok == (not result.errors)
    assert sum(result.counts.values()) == len(result.findings)
    for finding in result.findings:
        assert finding.message and "{" not in finding.message
        assert finding.message_in("en" if lang == "vi" else "vi")
    overall = result.completeness.overall
    assert 0 <= overall.items_filled <= overall.items
    assert 0 <= overall.figures_reported <= overall.figures


def _completeness(result: Any) -> set[tuple[str, str]]:
    return {(f.code, f.pointer) for f in result.findings if f.code in COMPLETENESS}


@FAST
@given(reports(), st.sampled_from(ITEM_KEYS), st.sampled_from(["draft", "final"]))
def test_filling_an_empty_item_never_adds_a_completeness_finding(
    report: kl224.Report, key: str, policy: str
) -> None:
    path = outline.node(key).path
    item = resolve(report, path)
    empty = replace_at(report, path, type(item)())
    filled = replace_at(report, path, resolve(complete_report(), path))
    before = _completeness(validate(empty, policy=policy))  # type: ignore[arg-type]
    after = _completeness(validate(filled, policy=policy))  # type: ignore[arg-type]
    assert after <= before
    assert (("KL224-C101", path) in before) and (("KL224-C101", path) not in after)


@FAST
@given(reports(), st.sampled_from(ITEM_KEYS))
def test_emptying_an_item_is_an_error_inside_it_under_the_final_policy(
    report: kl224.Report, key: str
) -> None:
    path = outline.node(key).path
    empty = replace_at(report, path, type(resolve(report, path))())
    result = validate(empty, policy="final")
    assert any(
        f.severity is Severity.ERROR and (f.pointer == path or f.pointer.startswith(path + "/"))
        for f in result.findings
    )
    assert not result.ok


def test_decimal_params_survive_any_size() -> None:
    # The largest decimal the model accepts; a message must still be written.
    report = replace_at(
        complete_report("draft"),
        "/tasks/objectives/targets/0/result",
        Decimal("999999999999999"),
    )
    (finding,) = validate(report).findings
    assert finding.code == "KL224-P402" and finding.message
