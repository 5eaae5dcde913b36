"""Checking the arguments of the strategies, the way Hypothesis does: InvalidArgument, eagerly."""

from __future__ import annotations

from typing import Any

from hypothesis.errors import InvalidArgument
from hypothesis.strategies import SearchStrategy

__all__ = ["check_bool", "check_choice", "check_int", "check_sizes", "check_strategy"]


def check_strategy(value: object, name: str) -> None:
    """Refuse ``value`` unless it is a Hypothesis strategy."""
    if not isinstance(value, SearchStrategy):
        raise InvalidArgument(
            f"{name}={value!r} must be a Hypothesis strategy (for example "
            f"kl224.testing.strategies.hostile_text()), not {type(value).__name__}"
        )


def check_int(value: object, name: str, *, minimum: int = 0, optional: bool = False) -> None:
    """Refuse ``value`` unless it is a whole number of at least ``minimum`` (or None)."""
    if value is None and optional:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidArgument(f"{name}={value!r} must be a whole number")
    if value < minimum:
        raise InvalidArgument(f"{name}={value!r} must be at least {minimum}")


def check_sizes(min_size: object, max_size: object, *, what: str = "size") -> None:
    """Refuse sizes that are not whole numbers >= 0, or a minimum above the maximum."""
    check_int(min_size, f"min_{what}")
    check_int(max_size, f"max_{what}", optional=True)
    if max_size is not None and min_size > max_size:  # type: ignore[operator]
        raise InvalidArgument(
            f"min_{what}={min_size!r} is larger than max_{what}={max_size!r}"
        )


def check_bool(value: object, name: str) -> None:
    """Refuse ``value`` unless it is True or False."""
    if not isinstance(value, bool):
        raise InvalidArgument(f"{name}={value!r} must be True or False")


def check_choice(value: object, name: str, choices: tuple[Any, ...]) -> None:
    """Refuse ``value`` unless it is one of ``choices``."""
    if value not in choices:
        allowed = ", ".join(repr(c) for c in choices)
        raise InvalidArgument(f"{name}={value!r} must be one of {allowed}")
