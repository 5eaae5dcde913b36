"""Registers kl224's strategies with Hypothesis (entry point group ``hypothesis``).

Hypothesis calls :func:`_register_strategies` when it is imported, in every project where kl224
is installed, so this module imports only the model and defers the strategies: each registered
resolver imports :mod:`kl224.testing.strategies` when ``st.from_type`` first asks for it.
"""

from __future__ import annotations

from typing import Any


def _resolver(name: str) -> Any:
    def resolve(_: type) -> Any:
        from kl224.testing import strategies

        return getattr(strategies, name)()

    return resolve


def _register_strategies() -> None:
    """Make ``st.from_type`` draw kl224 reports, their parts and their values."""
    from hypothesis import strategies as st

    import kl224

    table = {
        kl224.Report: "reports",
        kl224.ReportMeta: "report_metas",
        kl224.Context: "contexts",
        kl224.LeadershipWork: "leadership_works",
        kl224.TaskResults: "task_results",
        kl224.Assessment: "assessments",
        kl224.Proposals: "proposals",
        kl224.Ratio: "ratios",
        kl224.Percent: "percents",
        kl224.Headcount: "headcounts",
        kl224.Money: "money",
        kl224.Symbol: "symbols",
        kl224.DocumentRef: "document_refs",
        kl224.Target: "targets",
        kl224.Unit: "units",
        kl224.ExtraFigure: "extra_figures",
        kl224.Paragraph: "paragraphs",
        kl224.Bullet: "bullets",
        kl224.NotApplicable: "not_applicables",
        kl224.Period: "periods",
        kl224.Signer: "signers",
    }
    for cls, name in table.items():
        st.register_type_strategy(cls, _resolver(name))
