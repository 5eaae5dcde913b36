"""Rolling several units' reports up into one: :func:`aggregate`.

::

    from kl224.rollup import aggregate, build_aggregate_document
    result = aggregate([r1, r2, r3], meta=ReportMeta(issuing_body="Tỉnh ủy Lai Châu", ...))
    result.report                      # the aggregate Report (render it, dump it, validate it)
    result.findings                    # what could not be combined, which units left gaps
    kl224.render(build_aggregate_document(result), "pdf", "tong-hop.pdf")

Counts and money are summed, ratios part by part and whole by whole (never an average of
percentages), narrative is gathered under each unit's name; docs/aggregation.md has the rules.
"""

from kl224.rollup.annex import (
    ANNEX_LABEL,
    ANNEX_TITLE,
    build_aggregate_document,
    comparison_annex,
    comparison_table,
)
from kl224.rollup.core import AggregateResult, aggregate, unit_names
from kl224.rollup.files import load_meta, write_result
from kl224.rollup.findings import AGGREGATE_CODES, AggregateCode, aggregate_message
from kl224.rollup.meta import committee_of, default_meta

__all__ = [
    "AGGREGATE_CODES",
    "ANNEX_LABEL",
    "ANNEX_TITLE",
    "AggregateCode",
    "AggregateResult",
    "aggregate",
    "aggregate_message",
    "build_aggregate_document",
    "committee_of",
    "comparison_annex",
    "comparison_table",
    "default_meta",
    "load_meta",
    "unit_names",
    "write_result",
]
