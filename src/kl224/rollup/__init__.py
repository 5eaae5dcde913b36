"""Rolling several units' reports up into one: :func:`aggregate`.

::

    from kl224.rollup import aggregate, build_aggregate_document
    result = aggregate([r1, r2, r3], meta=ReportMeta(issuing_body="Tỉnh ủy Lai Châu", ...))
    result.report                      # the aggregate Report (render it, dump it, validate it)
    result.findings                    # what could not be combined, which units left gaps
    kl224.render(build_aggregate_document(result), "pdf", "tong-hop.pdf")

Counts and money are summed, ratios part by part and whole by whole (never an average of
percentages); the report's body stays as short as one unit's, with a draft synthesis under
each item, and the units' own texts are kept, item by item, in an annex. The units come in
Vietnamese alphabetical order unless the caller gives another. docs/aggregation.md has the
rules.
"""

from kl224.model.narrative import SYNTHESIS_MARK
from kl224.rollup.annex import (
    ANNEX_LABEL,
    ANNEX_TITLE,
    FIGURES_PER_TABLE,
    build_aggregate_document,
    comparison_annex,
    comparison_tables,
)
from kl224.rollup.collation import sort_key, sorted_vi
from kl224.rollup.compare import ComparisonKind, FigureComparison, compare
from kl224.rollup.compendium import (
    FindingGroup,
    compendium_annex,
    findings_annex,
    grouped_findings,
    place_of,
)
from kl224.rollup.core import AggregateResult, Order, aggregate, unit_names
from kl224.rollup.files import load_meta, write_result
from kl224.rollup.findings import AGGREGATE_CODES, AggregateCode, aggregate_message
from kl224.rollup.meta import committee_of, default_meta

__all__ = [
    "AGGREGATE_CODES",
    "ANNEX_LABEL",
    "ANNEX_TITLE",
    "FIGURES_PER_TABLE",
    "SYNTHESIS_MARK",
    "AggregateCode",
    "AggregateResult",
    "ComparisonKind",
    "FigureComparison",
    "FindingGroup",
    "Order",
    "aggregate",
    "aggregate_message",
    "build_aggregate_document",
    "committee_of",
    "compare",
    "comparison_annex",
    "comparison_tables",
    "compendium_annex",
    "default_meta",
    "findings_annex",
    "grouped_findings",
    "load_meta",
    "place_of",
    "sort_key",
    "sorted_vi",
    "unit_names",
    "write_result",
]
