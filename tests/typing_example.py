"""A report built the way district software builds one — from lists and dicts — that must pass
``mypy --strict`` (run by .ci/run) and run (tests/test_model_checks.py imports it).

Lists are accepted wherever the model stores tuples, a string wherever a unit, a proposal or
a paragraph is meant, and a mapping from a database through :func:`kl224.load`.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import kl224


def build_report() -> kl224.Report:
    """A small report from Python lists, as a form would give them."""
    recipients: list[str] = ["Ban Thường vụ Tỉnh ủy (b/c)", "Lưu Văn phòng Huyện ủy"]
    meta = kl224.ReportMeta(
        issuing_body="Huyện ủy Tam Đường",
        superior_body="Đảng bộ tỉnh Lai Châu",
        number=215,
        date=dt.date(2024, 10, 30),
        request=kl224.DocumentRef.parse("1323-CV/HU", kind="Công văn", date=dt.date(2024, 9, 25)),
        signer=kl224.Signer(name="Đinh Hữu Khang"),
        recipients=recipients,
        status="draft",
    )
    targets = [kl224.Target(indicator="Xã có truyền thanh", unit="xã", target=13, result=12)]
    return kl224.Report(
        meta=meta,
        context=kl224.Context(
            narrative="Bối cảnh thực hiện Kết luận.",
            advantages=["Có sự quan tâm của Tỉnh ủy"],
        ),
        leadership=kl224.LeadershipWork(
            dissemination=kl224.Dissemination(
                narrative=["Một đoạn.", kl224.Bullet(text="Một ý", sub=["một ý nhỏ"])],
                conferences=38,
            ),
        ),
        tasks=kl224.TaskResults(
            objectives=kl224.Objectives(targets=targets),
            propaganda=kl224.Propaganda(lecturers=kl224.Headcount(total=40, ethnic_minority=31)),
        ),
        assessment=kl224.Assessment(
            strengths=kl224.Strengths(good_units=["Xã Bản Bo", kl224.Unit(name="Xã Bình Lư")]),
        ),
        proposals=kl224.Proposals(items=["Đề nghị Tỉnh ủy hỗ trợ kinh phí."]),
    )


def from_database_row(row: dict[str, Any]) -> kl224.Report:
    """A report from a mapping whose values came from a database (dates, Decimals)."""
    return kl224.load(
        {
            "meta": {"issuing_body": row["body"], "date": row["day"]},
            "leadership": {"dissemination": {"conferences": row["conferences"]}},
        }
    )


def edit(report: kl224.Report) -> kl224.Report:
    """One field changed by the pointer a finding gives."""
    return kl224.replace_at(report, "/tasks/propaganda/news_items", 1286)


if __name__ == "__main__":
    edited = edit(build_report())
    row = {"body": "Huyện ủy Tam Đường", "day": dt.date(2024, 10, 25), "conferences": Decimal(18)}
    assert from_database_row(row).leadership.dissemination.conferences == 18
    assert kl224.get_at(edited, "/tasks/propaganda/news_items") == 1286
