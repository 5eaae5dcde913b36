"""The registry: built-in renderers and plugins from the ``kl224.renderers`` entry-point group.

Nothing is imported until it is asked for: :func:`available` lists built-ins from a static table
and plugins from their entry points' metadata; :func:`get_renderer` imports one renderer. A
plugin that fails to import is reported (a :class:`PluginWarning` and :func:`broken`) and skipped;
the others keep working.
"""

from __future__ import annotations

import difflib
import importlib
import os
import threading
import warnings
from collections.abc import Mapping
from importlib import metadata
from pathlib import PurePath
from typing import Any, Final

import attrs

from kl224.messages import KeyedMessage
from kl224.renderers.base import Renderer

__all__ = [
    "ENTRY_POINT_GROUP",
    "PluginClash",
    "PluginWarning",
    "RendererInfo",
    "UnknownRendererError",
    "available",
    "broken",
    "clashes",
    "get_renderer",
    "get_renderer_for_path",
]

ENTRY_POINT_GROUP: Final = "kl224.renderers"


class PluginWarning(KeyedMessage, UserWarning):
    """A third-party renderer could not be loaded, or claims a name already taken, and was
    skipped.

    ``key`` and ``params`` name its message in :mod:`kl224.messages.renderers`; ``str()`` is
    English and :meth:`message_in` gives either language.
    """


class UnknownRendererError(KeyedMessage, LookupError):
    """No renderer has that name or handles that file suffix (or it cannot be loaded).

    ``key`` and ``params`` name its message in :mod:`kl224.messages.renderers`; ``str(error)``
    is the English message and :meth:`message_in` gives either language.
    """

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild_unknown, (self.key, self.params))


def _rebuild_unknown(key: str, params: dict[str, str]) -> UnknownRendererError:
    return UnknownRendererError(key, **params)


@attrs.frozen(kw_only=True)
class RendererInfo:
    """What the registry knows of a renderer without importing it.

    ``target`` is ``module:attribute``; ``suffixes`` and ``media_type`` are known for built-ins
    and, for plugins, only once loaded (empty before). ``requires`` names the distribution a
    built-in needs and ``install_hint`` how to install it. ``error`` says why a plugin could not
    be loaded in this process (empty when it loaded or was not tried).
    """

    name: str
    target: str
    builtin: bool
    suffixes: tuple[str, ...] = ()
    media_type: str = ""
    requires: str = ""
    install_hint: str = ""
    distribution: str = ""
    error: str = ""


@attrs.frozen(kw_only=True)
class PluginClash:
    """A plugin entry point whose name is already taken — by a built-in or by another plugin
    found first (in order of distribution name). It is ignored: a plugin never replaces a
    built-in, nor another plugin, silently."""

    name: str
    target: str
    distribution: str
    taken_by: str
    """``""`` when a built-in has the name, else the distribution of the plugin kept."""

    def message_in(self, lang: str) -> str:
        """Why the entry point is ignored, in ``lang``."""
        return _clash_warning(self).message_in(lang)


def _clash_warning(clash: PluginClash) -> PluginWarning:
    source = clash.target + (f", {clash.distribution}" if clash.distribution else "")
    if not clash.taken_by:
        return PluginWarning("renderers.clash-builtin", name=clash.name, source=source)
    return PluginWarning(
        "renderers.clash-plugin", name=clash.name, source=source, kept=clash.taken_by
    )


_BUILTINS: Final[Mapping[str, RendererInfo]] = {
    "text": RendererInfo(
        name="text",
        target="kl224.renderers.text:TextRenderer",
        builtin=True,
        suffixes=(".txt",),
        media_type="text/plain; charset=utf-8",
    ),
    "docx": RendererInfo(
        name="docx",
        target="kl224.renderers.docx:DocxRenderer",
        builtin=True,
        suffixes=(".docx",),
        media_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        requires="python-docx",
        install_hint='pip install --force-reinstall "kl224" (python-docx is a dependency)',
    ),
    "pdf": RendererInfo(
        name="pdf",
        target="kl224.renderers.pdf:PdfRenderer",
        builtin=True,
        suffixes=(".pdf",),
        media_type="application/pdf",
        requires="reportlab",
        install_hint='pip install --force-reinstall "kl224" (reportlab is a dependency)',
    ),
    "xlsx": RendererInfo(
        name="xlsx",
        target="kl224.renderers.xlsx:XlsxRenderer",
        builtin=True,
        suffixes=(".xlsx",),
        media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        requires="openpyxl",
        install_hint='pip install --force-reinstall "kl224" (openpyxl is a dependency)',
    ),
    "json": RendererInfo(
        name="json",
        target="kl224.renderers.report_json:JsonRenderer",
        builtin=True,
        suffixes=(".json",),
        media_type="application/json",
    ),
}

_lock = threading.Lock()
_loaded: dict[str, type[Renderer]] = {}
_broken: dict[str, str] = {}
_warned: set[PluginClash] = set()


def _distribution(ep: metadata.EntryPoint) -> str:
    return ep.dist.name if ep.dist is not None else ""


def _entry_points() -> list[metadata.EntryPoint]:
    try:
        found = metadata.entry_points(group=ENTRY_POINT_GROUP)
    except Exception as exc:  # metadata of some installed distribution is unreadable
        warnings.warn(
            PluginWarning("renderers.unreadable-plugins", reason=str(exc)), stacklevel=3
        )
        return []
    # Sorted fully, so which of two plugins with one name is kept never depends on sys.path.
    return sorted(found, key=lambda e: (e.name, _distribution(e), e.value))


def _scan() -> tuple[dict[str, RendererInfo], list[PluginClash]]:
    infos: dict[str, RendererInfo] = {}
    found: list[PluginClash] = []
    for ep in _entry_points():
        dist = _distribution(ep)
        if ep.name in _BUILTINS or ep.name in infos:
            kept = "" if ep.name in _BUILTINS else infos[ep.name].distribution or "?"
            found.append(PluginClash(name=ep.name, target=ep.value, distribution=dist,
                                     taken_by=kept))
            continue
        infos[ep.name] = RendererInfo(
            name=ep.name, target=ep.value, builtin=False, distribution=dist
        )
    return infos, found


def _plugin_infos() -> dict[str, RendererInfo]:
    infos, found = _scan()
    with _lock:
        new = [clash for clash in found if clash not in _warned]
        _warned.update(new)
    for clash in new:
        # Once per process: a clash is a fact of the installation, not of each lookup.
        warnings.warn(_clash_warning(clash), stacklevel=3)
    return infos


def clashes() -> tuple[PluginClash, ...]:
    """Plugin entry points ignored because their name is taken (see :class:`PluginClash`)."""
    return tuple(_scan()[1])


def available() -> dict[str, RendererInfo]:
    """Every renderer by name — built-ins first, then plugins — without importing any plugin.

    Plugins already loaded in this process report their suffixes and media type.
    """
    infos = dict(_BUILTINS)
    for name, info in _plugin_infos().items():
        cls = _loaded.get(name)
        if cls is not None:
            info = attrs.evolve(info, suffixes=tuple(cls.suffixes), media_type=cls.media_type)
        elif name in _broken:
            info = attrs.evolve(info, error=_broken[name])
        infos[name] = info
    return infos


def broken() -> dict[str, str]:
    """Plugins that failed to load in this process, with the reason."""
    return dict(_broken)


def _import(info: RendererInfo) -> type[Renderer]:
    module_name, _, attribute = info.target.partition(":")
    try:
        module = importlib.import_module(module_name)
        obj: Any = module
        for part in attribute.split("."):
            obj = getattr(obj, part)
    except ModuleNotFoundError as exc:
        if info.builtin and info.requires:
            raise UnknownRendererError(
                "renderers.missing-dependency",
                name=info.name,
                requires=info.requires,
                module=exc.name or "",
                hint=info.install_hint,
            ) from exc
        raise
    _check_renderer_class(obj, info.name)
    cls: type[Renderer] = obj
    return cls


def _check_renderer_class(obj: Any, name: str) -> None:
    problems = []
    if not isinstance(obj, type):
        problems.append("it is not a class")
    else:
        if not isinstance(getattr(obj, "name", None), str):
            problems.append("no 'name' class attribute")
        suffixes = getattr(obj, "suffixes", None)
        if not isinstance(suffixes, tuple) or not all(isinstance(s, str) for s in suffixes):
            problems.append("'suffixes' is not a tuple of strings")
        if not isinstance(getattr(obj, "media_type", None), str):
            problems.append("no 'media_type' class attribute")
        if not callable(getattr(obj, "write", None)):
            problems.append("no 'write' method")
    if problems:
        raise TypeError(f"{name!r} does not follow the renderer contract: {'; '.join(problems)}")


def _load(info: RendererInfo) -> type[Renderer]:
    with _lock:
        cls = _loaded.get(info.name)
        if cls is not None:
            return cls
        if info.builtin:
            cls = _import(info)
        else:
            try:
                cls = _import(info)
            except Exception as exc:
                reason = f"{type(exc).__name__}: {exc}"
                _broken[info.name] = reason
                source = info.target + (", " + info.distribution if info.distribution else "")
                raise UnknownRendererError(
                    "renderers.broken-plugin", name=info.name, source=source, reason=reason
                ) from exc
        _loaded[info.name] = cls
        return cls


def get_renderer(name: str) -> type[Renderer]:
    """The renderer class called ``name`` (``"docx"``); instantiate it with its options.

    Raises :class:`UnknownRendererError` with "did you mean" for an unknown name, and with the
    package to install when a built-in's dependency is missing.
    """
    # An exact built-in name wins over any plugin, so it needs no scan of every installed
    # distribution's entry points (which cost more than rendering the text of a report).
    if name in _BUILTINS:
        return _load(_BUILTINS[name])
    infos = available()
    info = infos.get(name) or infos.get(name.lower().lstrip("."))
    if info is None:
        close = difflib.get_close_matches(name.lower(), list(infos), n=3, cutoff=0.5)
        known = ", ".join(infos)
        if close:
            raise UnknownRendererError(
                "renderers.unknown-name:suggestion",
                name=name,
                suggestion=" / ".join(f"“{c}”" for c in close),
                known=known,
            )
        raise UnknownRendererError("renderers.unknown-name", name=name, known=known)
    return _load(info)


def get_renderer_for_path(path: str | os.PathLike[str]) -> type[Renderer]:
    """The renderer for a file name, chosen by its suffix (``report.pdf`` → pdf).

    Built-ins are tried first, then plugins (imported here; a broken one is skipped with a
    :class:`PluginWarning`).
    """
    suffix = PurePath(os.fspath(path)).suffix.lower()
    if not suffix:
        raise UnknownRendererError("renderers.no-suffix", path=os.fspath(path))
    for info in _BUILTINS.values():
        if suffix in info.suffixes:
            return _load(info)
    for info in _plugin_infos().values():
        try:
            cls = _load(info)
        except UnknownRendererError as exc:
            warnings.warn(
                PluginWarning("renderers.skipped-plugin", reason=exc.message_in("en"),
                              reason_vi=exc.message_in("vi")),
                stacklevel=2,
            )
            continue
        if suffix in (s.lower() for s in cls.suffixes):
            return cls
    known = sorted({s for i in available().values() for s in i.suffixes})
    raise UnknownRendererError("renderers.unknown-suffix", suffix=suffix, known=", ".join(known))
