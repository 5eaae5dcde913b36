"""The one mechanism every user-facing message goes through: a :class:`Text` holds the
Vietnamese and the English template of one message, and :meth:`Text.format` fills it in one
language from named params, writing numbers and dates in that language's style.

Written by hand: no localisation library formats Vietnamese numbers (``1.250``) and dates
(``18/10/2021``) the way Party documents do, and gettext catalogues would add a build step for
two languages.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Final, Literal

import attrs

from kl224.text.format import format_number

__all__ = ["LANGS", "Lang", "ParamValue", "Text", "format_param", "lang_of"]

Lang = Literal["vi", "en"]
"""The language of messages: Vietnamese (the default everywhere) or English."""

LANGS: Final[tuple[Lang, ...]] = ("vi", "en")

ParamValue = str | int | Decimal | dt.date
"""A value a message template can show."""


def lang_of(value: str) -> Lang:
    """``"en"`` for ``"en"``, else ``"vi"`` (Vietnamese is the default language)."""
    return "en" if value == "en" else "vi"


def format_param(value: ParamValue, lang: Lang) -> str:
    """Write one param as a message shows it: ``1.250`` and ``18/10/2021`` in Vietnamese,
    ``1,250`` and ``2021-10-18`` in English."""
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y") if lang == "vi" else value.isoformat()
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | Decimal):
        try:
            if lang == "vi":
                return format_number(value)
            if isinstance(value, int):
                return f"{value:,}"
            return format(value.normalize(), "f") if value.is_finite() else str(value)
        except (ValueError, ArithmeticError):
            # An absurdly long number still gets a message, written plainly.
            return str(value)
    return str(value)


class _Params(dict[str, str]):
    def __missing__(self, key: str) -> str:
        # A caller's own params may lack a placeholder: show it rather than fail.
        return "{" + key + "}"


@attrs.frozen
class Text:
    """One message in both languages: ``str.format`` templates with named placeholders.

    Each template is written in its own language only; a param that stands for a word (a
    type, a reason) is translated by the caller before it is passed in.
    """

    vi: str
    en: str

    def template(self, lang: Lang) -> str:
        """The template in ``lang``."""
        return self.en if lang == "en" else self.vi

    def format(self, lang: Lang, params: Mapping[str, ParamValue] | None = None, /,
               **more: ParamValue) -> str:
        """The message in ``lang`` filled from ``params`` and keyword params; a placeholder
        with no param stays visible as ``{name}``."""
        values = _Params()
        for key, value in {**(params or {}), **more}.items():
            values[key] = format_param(value, lang)
        return self.template(lang).format_map(values)
