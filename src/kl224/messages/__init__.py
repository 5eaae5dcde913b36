"""Every message kl224 shows a user, in Vietnamese and in English: ONE catalogue.

How to add a message:

1. Pick the module of its domain — :mod:`~kl224.messages.cli` (the command line),
   :mod:`~kl224.messages.load` (loading a report), :mod:`~kl224.messages.checks` (validation
   codes), :mod:`~kl224.messages.rollup` (roll-up codes), :mod:`~kl224.messages.renderers`
   (the registry, writing files), :mod:`~kl224.messages.legacy` (legacy encodings) — or
   add a module for a new domain and list it in ``_DOMAINS`` below.
2. Add ``"domain.key": Text("câu tiếng Việt {name}", "English sentence {name}")`` to its
   ``TEXTS``. Each template is in its own language only; params are filled with
   :meth:`str.format` syntax, numbers and dates in each language's style
   (:func:`format_param`); a param that stands for a word (a type, a reason) is translated
   first with ``message("word.…", lang)``.
3. Show it with ``message("domain.key", lang, name=value)``.

Keys are unique across the catalogue (a test checks it); validation and roll-up codes
(``KL224-C101``) are keys as they are.
"""

from __future__ import annotations

import errno
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from kl224.messages import checks, cli, legacy, load, readback, renderers, rollup
from kl224.messages.core import LANGS, Lang, ParamValue, Text, format_param, lang_of

__all__ = [
    "CATALOGUE",
    "LANGS",
    "CodeText",
    "KeyedMessage",
    "Lang",
    "ParamValue",
    "Text",
    "describe_error",
    "format_param",
    "lang_of",
    "message",
]

_DOMAINS: Final = (checks, rollup, load, readback, renderers, legacy, cli)


def _merge() -> Mapping[str, Text]:
    merged: dict[str, Text] = {}
    for domain in _DOMAINS:
        for key, text in domain.TEXTS.items():
            if key in merged:
                raise RuntimeError(f"message key {key!r} is defined twice")
            merged[key] = text
    return MappingProxyType(merged)


CATALOGUE: Final[Mapping[str, Text]] = _merge()
"""Every message by key."""


class CodeText:
    """The message of a finding code (``KL224-C101``, ``KL224-A504``) from the catalogue.

    A mixin for the classes that describe codes (validation's, the roll-up's): they hold
    ``code``; its message in both languages lives in the catalogue under that code.
    """

    __slots__ = ()
    code: str

    @property
    def text(self) -> Text:
        """The code's message in both languages."""
        return CATALOGUE[self.code]

    @property
    def vi(self) -> str:
        """The Vietnamese template."""
        return self.text.vi

    @property
    def en(self) -> str:
        """The English template."""
        return self.text.en


class KeyedMessage(Exception):
    """A base for errors and warnings worded by a catalogue key and its params.

    ``KeyedMessage`` goes first among the bases (``class E(KeyedMessage, LookupError)``):
    ``E("renderers.unknown", name="x")`` keeps ``key`` and ``params``; ``str(error)`` is the
    English message and :meth:`message_in` gives either language.
    """

    def __init__(self, key: str, **params: str) -> None:
        super().__init__(key, params)
        self.key = key
        self.params = params

    def __str__(self) -> str:
        return self.message_in("en")

    def message_in(self, lang: str) -> str:
        """The message in ``lang`` (``"vi"`` or ``"en"``)."""
        return message(self.key, lang_of(lang), **self.params)


def message(key: str, lang: Lang = "vi", /, **params: ParamValue) -> str:
    """The message ``key`` in ``lang`` filled from ``params`` (KeyError for an unknown key)."""
    return CATALOGUE[key].format(lang, params)


def describe_error(exc: BaseException, lang: Lang = "vi") -> str:
    """A message in ``lang`` for any error: its own (``message_in``, or ``format`` for a
    :class:`kl224.LoadError`), the operating system's in plain words with the path, or an
    internal error to report."""
    if hasattr(exc, "message_in"):
        return str(exc.message_in(lang))
    if hasattr(exc, "problems") and hasattr(exc, "format"):
        return str(exc.format(lang))
    if isinstance(exc, OSError):
        name = errno.errorcode.get(exc.errno or 0, "")
        text = CATALOGUE.get(f"os.{name}")
        reason = text.format(lang) if text else message("os.other", lang, name=name or str(exc))
        where = exc.filename if exc.filename is not None else ""
        return message("os.error", lang, reason=reason, path=str(where)) if where else reason
    return message("internal-error", lang, error=f"{type(exc).__name__}: {exc}")
