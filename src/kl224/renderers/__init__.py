"""Renderers: the contract, the registry of built-ins and plugins, and lookup."""
