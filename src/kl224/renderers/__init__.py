"""Renderers: the contract, the registry of built-ins and plugins, and :func:`render`.

Built-in renderers are ``text``, ``docx`` and ``pdf`` (pages), ``xlsx`` (the figures workbook)
and ``json`` (the report's JSON); third parties register a class under the entry-point group
``kl224.renderers``. See docs/renderers.md.
"""

from kl224.renderers.base import Renderer, RenderError
from kl224.renderers.registry import (
    ENTRY_POINT_GROUP,
    PluginClash,
    PluginWarning,
    RendererInfo,
    UnknownRendererError,
    available,
    broken,
    clashes,
    get_renderer,
    get_renderer_for_path,
)
from kl224.renderers.rendering import render

__all__ = [
    "ENTRY_POINT_GROUP",
    "PluginClash",
    "PluginWarning",
    "RenderError",
    "Renderer",
    "RendererInfo",
    "UnknownRendererError",
    "available",
    "broken",
    "clashes",
    "get_renderer",
    "get_renderer_for_path",
    "render",
]
