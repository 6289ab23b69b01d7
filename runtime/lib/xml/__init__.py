"""Core XML support for Python (Ember)."""

# Of the standard xml package, Ember provides etree.ElementTree and sax.saxutils.
__all__ = ["etree", "sax"]
