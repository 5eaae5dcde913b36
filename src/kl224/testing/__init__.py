"""Hypothesis strategies for kl224 reports, for kl224's own tests and for downstream projects.

Install the extra (``pip install "kl224[testing]"``) and use::

    from kl224.testing import strategies as kst

    @given(kst.complete_reports(text=kst.hostile_text()))
    def test_my_exporter(report): ...

Importing :mod:`kl224.testing` alone imports nothing else; :mod:`kl224.testing.strategies`
needs Hypothesis. With kl224 installed, ``st.from_type(kl224.Report)`` and the value types
resolve to these strategies through Hypothesis's ``hypothesis`` entry point. docs/testing.md
has a complete example.
"""

__all__: list[str] = []
