"""Adapters over the private internals of libraries (one small module each).

Each module is the only place that touches a library's undocumented names; tests/test_adapters.py
checks every assumption they make so a new library version fails loudly there, and pyproject.toml
bounds each of these libraries to the versions those tests have seen.
"""
