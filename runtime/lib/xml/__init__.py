"""Core XML support for Python (Ember)."""

__all__ = ["dom", "parsers", "sax", "etree"]
