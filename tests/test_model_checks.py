"""Issue 15, items 1–6: model classes fail where they are written, editing by pointer, values
from databases, the final policy notices a draft, render wraps every failure. Each case of the
issue is called here as a user of the public API would call it."""

from __future__ import annotations

import datetime as dt
import json
import runpy
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest

import kl224
from kl224.renderers.base import RenderError

# --------------------------------------------------------------------------------------------
# 1. Fail where written: class, field, what was expected, what was given.


@pytest.mark.parametrize(
    ("build", "error", "words"),
    [
        (lambda: kl224.Propaganda(lecturers=40), TypeError,
         ["Propaganda.lecturers", "a Headcount or None", "the whole number 40",
          "Headcount(total="]),
        (lambda: kl224.Facilities(equipment_investment=1250000000), TypeError,
         ["Facilities.equipment_investment", "a Money or None", "1250000000", "Money(dong="]),
        (lambda: kl224.ReportMeta(signer="Nguyễn Văn A"), TypeError,
         ["ReportMeta.signer", "a Signer or None", "the text 'Nguyễn Văn A'", "Signer(name="]),
        (lambda: kl224.ReportMeta(date="2024-10-25"), TypeError,
         ["ReportMeta.date", "a date (datetime.date) or None", "the text '2024-10-25'"]),
        (lambda: kl224.Dissemination(conferences="38"), TypeError,
         ["Dissemination.conferences", "a whole number of at least 0 or None", "the text '38'"]),
        (lambda: kl224.Dissemination(conferences=3.5), TypeError,
         ["Dissemination.conferences", "whole number", "the decimal number 3.5"]),
        (lambda: kl224.Dissemination(conferences=True), TypeError,
         ["Dissemination.conferences", "the truth value True"]),
        (lambda: kl224.Dissemination(conferences=-1), ValueError,
         ["Dissemination.conferences", "must not be negative", "-1"]),
        (lambda: kl224.ReportMeta(status="finall"), ValueError,
         ["ReportMeta.status", "one of 'draft', 'final'", "the text 'finall'"]),
        (lambda: kl224.Signer(mark="T/X"), ValueError, ["Signer.mark", "'T/M'"]),
        (lambda: kl224.Report(meta=None), TypeError, ["Report.meta", "a ReportMeta", "None"]),
        (lambda: kl224.Report(meta=kl224.ReportMeta(), context="x"), TypeError,
         ["Report.context", "a Context", "the text 'x'"]),
        (lambda: kl224.Context(narrative=[kl224.Paragraph(text="a"), 5]), TypeError,
         ["Context.narrative[1]", "a Paragraph or a Bullet", "the whole number 5"]),
        (lambda: kl224.Context(advantages=["a", None]), TypeError,
         ["Context.advantages[1]", "a text", "None"]),
        (lambda: kl224.Strengths(good_units=[kl224.Unit(name="a"), 3]), TypeError,
         ["Strengths.good_units[1]", "a Unit", "the whole number 3"]),
        (lambda: kl224.Objectives(targets=["x"]), TypeError,
         ["Objectives.targets[0]", "a Target", "the text 'x'"]),
        (lambda: kl224.ReportMeta(recipients={"a", "b"}), TypeError,
         ["ReportMeta.recipients", "a list of texts", "a set"]),
        (lambda: kl224.Unit(name=5), TypeError, ["Unit.name", "a text (str)", "5"]),
        (lambda: kl224.Proposals(none_to_make=1), TypeError,
         ["Proposals.none_to_make", "True or False", "the whole number 1"]),
        (lambda: kl224.Percent(value="abc"), TypeError, ["Percent.value", "a number", "'abc'"]),
        (lambda: kl224.Percent(value=101), ValueError, ["Percent.value", "between 0 and 100"]),
        (lambda: kl224.Ratio(part=14, whole=13), ValueError, ["Ratio", "must not exceed whole"]),
        (lambda: kl224.Headcount(total="40"), TypeError, ["Headcount.total", "'40'"]),
        (lambda: kl224.Dissemination(ethnic_language="none"), TypeError,
         ["Dissemination.ethnic_language", "an EthnicLanguageWork, a NotApplicable or None"]),
        (lambda: kl224.Period(start=dt.datetime(2024, 1, 1, 9), end=dt.date(2024, 2, 1)),
         TypeError, ["Period.start", "the date and time 2024-01-01 09:00:00", "value.date()"]),
        (lambda: kl224.DocumentRef(number=1, symbol="KL/TU"), TypeError,
         ["DocumentRef.symbol", "a Symbol", "Symbol.parse"]),
        (lambda: kl224.Target(target=Decimal("NaN")), ValueError,
         ["Target.target", "finite"]),
    ],
)
def test_a_wrong_field_fails_where_it_is_written(
    build: Any, error: type[Exception], words: list[str]
) -> None:
    with pytest.raises(error) as caught:
        build()
    message = str(caught.value)
    for word in words:
        assert word in message, (word, message)


def test_unsafe_text_names_the_class_and_field() -> None:
    with pytest.raises(ValueError, match=r"U\+0007 .*'Proposal\.addressee'"):
        kl224.Proposal(text="ok", addressee="a\x07")


def test_obvious_conversions_lose_nothing() -> None:
    # A string for narrative is one paragraph, never a bullet per letter.
    assert kl224.Context(narrative="Bối cảnh").narrative == (kl224.Paragraph(text="Bối cảnh"),)
    # A string inside a narrative list is a paragraph, kept in its place.
    bullet = kl224.Bullet(text="Ý", sub=["ý nhỏ"])
    mixed = kl224.Context(narrative=["Đoạn một", bullet, "Đoạn hai"]).narrative
    assert mixed == (kl224.Paragraph(text="Đoạn một"), bullet, kl224.Paragraph(text="Đoạn hai"))
    assert bullet.sub == ("ý nhỏ",)
    # A string for a unit or a proposal is one with that text.
    assert kl224.Strengths(good_units=["Xã A"]).good_units == (kl224.Unit(name="Xã A"),)
    assert kl224.Shortcomings(weak_units="Xã B").weak_units == (kl224.Unit(name="Xã B"),)
    assert kl224.Proposals(items=["Đề nghị X"]).items == (kl224.Proposal(text="Đề nghị X"),)
    # Lists of texts become tuples; one string is a list of one.
    assert kl224.ReportMeta(recipients=["Lưu VP"]).recipients == ("Lưu VP",)
    assert kl224.Context(advantages="Một thuận lợi").advantages == ("Một thuận lợi",)
    # Each converted value renders: nothing written is dropped by a renderer.
    report = kl224.Report(
        meta=kl224.ReportMeta(issuing_body="Huyện ủy X"),
        context=kl224.Context(narrative=["Đoạn một", bullet, "Đoạn hai"]),
        proposals=kl224.Proposals(items=["Đề nghị X"]),
    )
    text = kl224.render(report, "text").decode("utf-8")
    for shown in ("Đoạn một", "Đoạn hai", "- Ý", "+ ý nhỏ", "Đề nghị X"):
        assert shown in text
    assert kl224.loads(kl224.dumps(report)) == report


def test_the_sample_builds_through_the_checks() -> None:
    report = kl224.sample_report()
    assert kl224.loads(kl224.dumps(report)) == report
    assert attrs.evolve(report) == report


def test_the_typed_example_runs() -> None:
    runpy.run_path(str(Path(__file__).with_name("typing_example.py")), run_name="__main__")


# --------------------------------------------------------------------------------------------
# 3. Editing by pointer.


def test_get_at_reads_model_values_and_json_only_keys() -> None:
    report = kl224.sample_report()
    assert kl224.get_at(report, "") is report
    assert kl224.get_at(report, "/tasks/propaganda/radio") is report.tasks.propaganda.radio
    assert kl224.get_at(report, "/meta/request/code") == "1323-CV/HU"
    assert kl224.get_at(report, "/context/narrative/0") == report.context.narrative[0]
    assert kl224.get_at(report, "/meta/recipients/1") == report.meta.recipients[1]


@pytest.mark.parametrize(
    ("pointer", "reason"),
    [
        ("/tasks/nope", "no-such-key"),
        ("/context/narrative/999", "past-the-end"),
        ("/context/narrative/x", "not-an-index"),
        ("/context/narrative/01", "not-an-index"),
        ("tasks", "not-a-pointer"),
    ],
)
def test_a_pointer_to_nowhere_is_named(pointer: str, reason: str) -> None:
    report = kl224.sample_report()
    for call in (lambda: kl224.get_at(report, pointer),
                 lambda: kl224.replace_at(report, pointer, 1)):
        with pytest.raises(kl224.PointerError) as caught:
            call()
        assert isinstance(caught.value, LookupError)
        (problem,) = caught.value.problems
        assert problem.params["reason"] == reason and caught.value.pointer == pointer
        assert str(caught.value).startswith(f"{pointer}: ")


def test_replace_at_edits_deep_fields_and_checks_like_load() -> None:
    report = kl224.sample_report()
    edited = kl224.replace_at(report, "/tasks/propaganda/news_items", 1287)
    assert edited.tasks.propaganda.news_items == 1287
    assert edited == attrs.evolve(
        report,
        tasks=attrs.evolve(
            report.tasks, propaganda=attrs.evolve(report.tasks.propaganda, news_items=1287)
        ),
    )
    assert report.tasks.propaganda.news_items != 1287  # the original is untouched
    ratio = kl224.replace_at(edited, "/tasks/propaganda/radio/communes", {"part": 1, "whole": 2})
    assert ratio.tasks.propaganda.radio.communes == kl224.Ratio(part=1, whole=2)
    model_value = kl224.replace_at(report, "/meta/signer", kl224.Signer(name="Lò Văn B"))
    assert model_value.meta.signer == kl224.Signer(name="Lò Văn B")
    assert kl224.replace_at(report, "/meta/date", dt.date(2024, 11, 1)).meta.date == dt.date(
        2024, 11, 1
    )
    assert kl224.replace_at(report, "/meta/request/code", "9-CV/HU").meta.request.number == 9
    appended = kl224.replace_at(report, "/context/narrative/-", "Đoạn cuối")
    assert appended.context.narrative[-1] == kl224.Paragraph(text="Đoạn cuối")
    # A default left out of the JSON form (the conclusion) can still be edited inside.
    moved = kl224.replace_at(report, "/meta/conclusion/date", "2021-10-19")
    assert moved.meta.conclusion.date == dt.date(2021, 10, 19)
    # Any model object, with pointers relative to it.
    item = kl224.replace_at(report.tasks.culture, "/stable_troupes", 3)
    assert isinstance(item, kl224.Culture) and item.stable_troupes == 3


@pytest.mark.parametrize(
    ("pointer", "value", "where", "code"),
    [
        ("/tasks/propaganda/news_items", "12", "/tasks/propaganda/news_items", "wrong-type"),
        ("/tasks/propaganda/news_items", -1, "/tasks/propaganda/news_items", "negative"),
        ("/tasks/propaganda/radio/communes", {"part": 5, "whole": 2},
         "/tasks/propaganda/radio/communes/part", "part-exceeds-whole"),
        ("/meta/date", "2024-13-01", "/meta/date", "bad-date"),
        ("/meta/status", "finall", "/meta/status", "not-allowed"),
        ("/proposals/items", [{"text": "ok"}, 5], "/proposals/items/1", "wrong-type"),
        ("/meta/place", "a\x00", "/meta/place", "unsafe-character"),
    ],
)
def test_replace_at_refuses_what_load_refuses_at_the_pointer(
    pointer: str, value: object, where: str, code: str
) -> None:
    with pytest.raises(kl224.LoadError) as caught:
        kl224.replace_at(kl224.sample_report(), pointer, value, lang="en")
    assert [(p.pointer, p.code) for p in caught.value.problems] == [(where, code)]
    assert str(caught.value).startswith(where + ": ")


def test_replace_inside_a_figure_not_reported_says_so() -> None:
    blank = kl224.Report(meta=kl224.ReportMeta(issuing_body="X"))
    with pytest.raises(kl224.PointerError) as caught:
        kl224.replace_at(blank, "/tasks/propaganda/radio/communes/part", 3, lang="en")
    assert "not reported" in str(caught.value)


# --------------------------------------------------------------------------------------------
# 4. Values from databases.


def test_load_accepts_database_values() -> None:
    data = json.loads(kl224.dumps(kl224.sample_report()))
    data["meta"]["date"] = dt.date(2024, 10, 30)
    data["meta"]["period"]["start"] = dt.datetime(2021, 10, 18)  # a DATE column as datetime
    data["meta"]["recipients"] = tuple(data["meta"]["recipients"])
    data["leadership"]["dissemination"]["conferences"] = Decimal("18")
    data["leadership"]["dissemination"]["attendances"] = 4100.0
    data["tasks"]["facilities"]["equipment_investment"] = Decimal("1250000000")
    data["tasks"]["objectives"]["targets"][0]["result"] = Decimal("92.3")
    report = kl224.load(data)
    assert report.meta.date == dt.date(2024, 10, 30)
    assert report.meta.period is not None and report.meta.period.start == dt.date(2021, 10, 18)
    assert report.leadership.dissemination.conferences == 18
    assert type(report.leadership.dissemination.conferences) is int
    assert report.leadership.dissemination.attendances == 4100
    assert report.tasks.facilities.equipment_investment == kl224.Money(dong=1250000000)
    assert report.tasks.objectives.targets[0].result == Decimal("92.3")
    assert kl224.loads(kl224.dumps(report)) == report


@pytest.mark.parametrize(
    ("pointer", "value", "vi", "en"),
    [
        ("/leadership/dissemination/conferences", Decimal("18.5"),
         "18.5", "18.5"),
        ("/meta/place", dt.date(2024, 10, 25), "không phải ngày tháng 2024-10-25",
         "not a date 2024-10-25"),
        ("/meta/date", dt.datetime(2024, 10, 25, 9, 30), "không phải ngày giờ",
         "not a date and time (with a time of day) 2024-10-25T09:30:00"),
        ("/meta/place", None, "null", "null"),
        ("/meta/number", object(), "một đối tượng Python kiểu object",
         "a Python object of type object"),
    ],
)
def test_database_values_refused_in_plain_words(
    pointer: str, value: object, vi: str, en: str
) -> None:
    data = json.loads(kl224.dumps(kl224.sample_report()))
    section, key = pointer.strip("/").rsplit("/", 1)
    node = data
    for step in section.split("/"):
        node = node[step]
    node[key] = value
    with pytest.raises(kl224.LoadError) as caught:
        kl224.load(data)
    (problem,) = caught.value.problems
    assert problem.pointer == pointer
    assert vi in problem.message("vi") and en in problem.message("en")
    assert "a-" not in problem.message("en")


def test_json_text_keeps_counts_integers() -> None:
    text = json.dumps({"meta": {"issuing_body": "X", "number": 12.0}})
    with pytest.raises(kl224.LoadError, match="/meta/number"):
        kl224.loads(text)


# --------------------------------------------------------------------------------------------
# 6. The final policy notices a draft; 2. render wraps every failure.


def test_final_policy_reports_a_report_still_marked_draft() -> None:
    draft = attrs.evolve(
        kl224.sample_report(), meta=attrs.evolve(kl224.sample_report().meta, status="draft")
    )
    result = kl224.validate(draft, policy="final", lang="en")
    (finding,) = [f for f in result.findings if f.code == "KL224-M313"]
    assert finding.pointer == "/meta/status" and finding.severity is kl224.Severity.ERROR
    assert "still marked draft" in finding.message and not result.ok
    assert "KL224-M313" not in kl224.validate(draft, policy="draft").codes
    assert kl224.validate(kl224.sample_report(), policy="final").ok


def test_render_wraps_a_failure_while_building_in_render_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import kl224.document.build as build

    def broken(report: kl224.Report, **_: object) -> None:
        raise KeyError("boom")

    monkeypatch.setattr(build, "build_document", broken)
    with pytest.raises(RenderError, match="boom") as caught:
        kl224.render(kl224.sample_report(), "text")
    assert isinstance(caught.value.__cause__, KeyError)


def test_figure_walker_is_public() -> None:
    from kl224.model import figures

    assert kl224.iter_figures is figures.iter_figures and kl224.FigureValue is figures.FigureValue
    assert {"iter_figures", "FigureValue", "get_at", "replace_at", "PointerError"} <= set(
        kl224.__all__
    )
    first = next(kl224.iter_figures(kl224.sample_report()))
    assert first.pointer == "/leadership/dissemination/conferences" and first.reported


def _model_classes() -> list[type]:
    import kl224.model

    found: list[type] = []
    for name in kl224.model.__all__:
        value = getattr(kl224.model, name)
        if isinstance(value, type) and attrs.has(value):
            found.append(value)
    return found


@pytest.mark.parametrize("cls", _model_classes(), ids=lambda c: c.__name__)
def test_field_types_are_what_typing_resolves(cls: type) -> None:
    import typing

    from kl224.model.checks import field_types

    assert field_types(cls) == typing.get_type_hints(cls)
    assert list(field_types(cls)) == list(typing.get_type_hints(cls))


def test_field_types_resolve_a_subclass_and_names_of_its_own_module() -> None:
    import typing

    from kl224.model.checks import field_types

    @attrs.frozen
    class Local(kl224.Ratio):
        when: dt.date | None = None
        count: int | None = None
        money: kl224.Money | None = None

    assert field_types(Local) == typing.get_type_hints(Local)
    assert field_types(Local)["when"] == dt.date | None
