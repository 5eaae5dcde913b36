"""Reporting levels and the commune sample: the model, the rules and every renderer serve a
commune committee as well as a district one, and a roll-up of communes is a provincial report."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest

import kl224
from kl224.cli import main
from kl224.model import Ratio, ReportMeta
from kl224.model.figures import iter_figures
from kl224.renderers import available
from kl224.sample.units import sample_units

DISTRICT_ONLY = (
    "/tasks/political_theory/classes",
    "/tasks/political_theory/trainees",
    "/tasks/propaganda/district_lecturer_topics",
    "/tasks/ideological_cadres/full_time_lecturers",
    "/tasks/ideological_cadres/part_time_lecturers",
    "/tasks/facilities/centre_investment",
)


@pytest.fixture(scope="module")
def commune() -> kl224.Report:
    return kl224.sample_report("commune")


def test_the_commune_sample_is_a_commune_report(commune: kl224.Report) -> None:
    meta = commune.meta
    assert (meta.level, meta.issuing_body, meta.superior_body) == (
        "commune", "Đảng ủy xã Bản Bo", "Đảng bộ tỉnh Lai Châu"
    )
    assert str(meta.symbol) == "BC/ĐU" and meta.code == "46-BC/ĐU"
    assert meta.signer is not None and meta.signer.authority == "ĐẢNG ỦY"
    # Its villages are its only denominator; it is one commune.
    assert meta.communes is None and meta.villages == 18
    assert meta.denominator("communes") == 1 and meta.denominator("villages") == 18
    over_communes = [f.value for f in iter_figures(commune) if f.info.over == "communes"]
    assert over_communes == [Ratio(part=1, whole=1)] * 2
    assert commune.tasks.propaganda.radio.communes == Ratio(part=1, whole=1)
    assert kl224.sample_report("commune") is commune  # built once
    with pytest.raises(ValueError, match="no sample named"):
        kl224.sample_report("ward")  # type: ignore[arg-type]


def test_the_commune_sample_validates_clean_under_the_final_policy(commune: kl224.Report) -> None:
    result = kl224.validate(commune, policy="final")
    assert result.findings == ()
    assert result.completeness.overall.share == 1


@pytest.mark.parametrize("name", sorted(available()))
def test_the_commune_sample_renders_in_every_format(
    commune: kl224.Report, name: str, tmp_path: Path
) -> None:
    info = available()[name]
    path = tmp_path / f"ban-bo{info.suffixes[0]}"
    kl224.render(commune, name, path)
    assert path.stat().st_size > 0
    if name == "text":
        text = path.read_text(encoding="utf-8")
        assert "ĐẢNG BỘ TỈNH LAI CHÂU" in text and "ĐẢNG ỦY XÃ BẢN BO" in text
        assert "Số 46-BC/ĐU" in text and "T/M ĐẢNG ỦY" in text and "Lò Văn Thanh" in text
    if name in ("docx", "pdf"):
        assert kl224.load(path) == commune


def test_a_commune_is_not_asked_for_district_only_figures(commune: kl224.Report) -> None:
    as_district = attrs.evolve(commune, meta=attrs.evolve(commune.meta, level="district"))
    missing = {f.pointer for f in kl224.validate(as_district, policy="final").findings
               if f.code == "KL224-C102"}
    assert missing >= set(DISTRICT_ONLY)
    # The commune leaves them blank, and its share of communes may be left out too.
    no_radio = attrs.evolve(
        commune,
        tasks=attrs.evolve(
            commune.tasks,
            propaganda=attrs.evolve(
                commune.tasks.propaganda,
                radio=attrs.evolve(commune.tasks.propaganda.radio, communes=None),
            ),
        ),
    )
    assert kl224.validate(no_radio, policy="final").findings == ()


def test_a_communes_ratio_over_communes_has_the_whole_one(commune: kl224.Report) -> None:
    def with_radio(report: kl224.Report, ratio: Ratio) -> kl224.Report:
        radio = attrs.evolve(report.tasks.propaganda.radio, communes=ratio)
        propaganda = attrs.evolve(report.tasks.propaganda, radio=radio)
        return attrs.evolve(report, tasks=attrs.evolve(report.tasks, propaganda=propaganda))

    none_of_one = kl224.validate(with_radio(commune, Ratio(part=0, whole=1)), policy="final")
    assert none_of_one.findings == ()
    two = kl224.validate(with_radio(commune, Ratio(part=2, whole=2)), policy="final")
    [finding] = [f for f in two.findings if f.code == "KL224-K204"]
    assert finding.pointer == "/tasks/propaganda/radio/communes/whole"
    assert finding.related == ("/meta/level",) and finding.params["total"] == 1
    # A district stating no number of communes is not held to any whole.
    district = attrs.evolve(commune, meta=attrs.evolve(commune.meta, level="district"))
    checked = kl224.validate(with_radio(district, Ratio(part=2, whole=2)), policy="draft")
    assert "KL224-K204" not in checked.codes


def test_the_level_in_json(commune: kl224.Report) -> None:
    data = json.loads(kl224.dumps(commune))
    assert data["meta"]["level"] == "commune"
    assert json.loads(kl224.dumps(kl224.sample_report()))["meta"]["level"] == "district"
    # JSON written before levels existed is a district's.
    del data["meta"]["level"]
    assert kl224.loads(json.dumps(data)).meta.level == "district"
    data["meta"]["level"] = "xã"
    with pytest.raises(kl224.LoadError) as caught:
        kl224.loads(json.dumps(data))
    assert caught.value.problems[0].pointer == "/meta/level"
    assert "commune" in str(caught.value)
    schema = kl224.json_schema()
    assert '"enum": ["province", "district", "commune"]' in json.dumps(schema)
    with pytest.raises(ValueError, match=r"ReportMeta\.level: expected one of"):
        ReportMeta(level="ward")  # type: ignore[arg-type]


def test_a_roll_up_of_communes_is_a_provincial_report() -> None:
    result = kl224.aggregate(sample_units(6))
    meta = result.report.meta
    assert (meta.level, meta.issuing_body, str(meta.symbol)) == (
        "province", "Tỉnh ủy Lai Châu", "BC/TU"
    )
    # Six communes, each one of itself, and the sum of their villages.
    assert meta.communes == 6
    assert meta.villages == sum(u.meta.villages or 0 for u in result.sources)
    assert result.report.tasks.propaganda.radio.communes == Ratio(part=6, whole=6)
    assert "KL224-K204" not in kl224.validate(result.report).codes


def test_demo_writes_the_commune_sample(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--sample", "commune", "-o", str(tmp_path)]) == 0
    names = sorted(p.name for p in tmp_path.iterdir() if p.name != ".kl224-demo.json")
    assert names == [f"sample-commune.{s}" for s in ("docx", "json", "pdf", "txt")]
    assert kl224.load(tmp_path / "sample-commune.json") == kl224.sample_report("commune")
    assert "sample-commune.pdf" in capsys.readouterr().err


def test_a_roll_ups_draft_synthesis_blocks_a_final_report() -> None:
    body = kl224.aggregate(sample_units(3)).report
    draft = kl224.validate(body, policy="draft")
    left = [f for f in draft.findings if f.code == "KL224-C114"]
    assert len(left) == 17  # one per outline item
    assert all(f.severity is kl224.Severity.INFO for f in left)
    assert left[0].pointer == "/context/narrative/0"
    final = kl224.validate(body, policy="final")
    assert any(f.code == "KL224-C114" and f.severity is kl224.Severity.ERROR
               for f in final.findings)
    # Once the office has written its own, the finding is gone.
    written = attrs.evolve(
        body, context=attrs.evolve(body.context, narrative=(kl224.Paragraph(text="Tỉnh …"),))
    )
    codes = [f.pointer for f in kl224.validate(written).findings if f.code == "KL224-C114"]
    assert "/context/narrative/0" not in codes and len(codes) == 16


@pytest.mark.parametrize(
    ("name", "level"),
    [
        ("Đảng uỷ xã Bản Bo", "commune"),
        ("Ban Thường vụ Đảng ủy xã Bản Bo", "commune"),
        ("Huyện uỷ Tam Đường", "district"),
        ("Ban Thường vụ Huyện ủy Tam Đường", "district"),
        ("BAN THƯỜNG VỤ HUYỆN UỶ TAM ĐƯỜNG", "district"),
        ("Ban Tuyên giáo Tỉnh uỷ", "province"),
    ],
)
def test_the_level_is_read_from_a_name_as_its_issuer_code_is(name: str, level: str) -> None:
    # The issuer code (KL224-M302) reads the old tone placement "uỷ" and a leading "Ban
    # Thường vụ" as the committee's; the level a name states (KL224-P406) must read them alike.
    from kl224.validation.rules.plausibility import implied_level

    assert implied_level(name) == level
    other = "province" if level != "province" else "district"
    report = kl224.Report(meta=kl224.ReportMeta(issuing_body=name, level=other))  # type: ignore[arg-type]
    assert "KL224-P406" in kl224.validate(report).codes


def test_a_level_the_issuers_name_contradicts_is_a_warning(commune: kl224.Report) -> None:
    from kl224.validation.rules.plausibility import implied_level

    assert implied_level("Đảng ủy xã Bản Bo") == "commune"
    assert implied_level("Đảng ủy  phường Đông Phong") == "commune"
    assert implied_level("Huyện ủy Tam Đường") == "district"
    assert implied_level("Tỉnh ủy Lai Châu") == implied_level("Ban Tuyên giáo Tỉnh ủy")
    assert implied_level("Thành ủy Lai Châu") is None and implied_level("") is None
    # A commune's JSON written before levels existed loads as a district's: the warning says so.
    data = json.loads(kl224.dumps(commune))
    del data["meta"]["level"]
    old = kl224.loads(json.dumps(data))
    [finding] = [f for f in kl224.validate(old).findings if f.code == "KL224-P406"]
    assert (finding.pointer, finding.related) == ("/meta/level", ("/meta/issuing_body",))
    assert '"commune"' in finding.message and "cấp huyện" in finding.message
    assert "KL224-P406" not in kl224.validate(commune).codes
    assert "KL224-P406" not in kl224.validate(kl224.aggregate(sample_units(2)).report).codes
