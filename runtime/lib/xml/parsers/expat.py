"""Ember: no expat library is available; this module keeps the error type
so code catching xml.parsers.expat.ExpatError works with xml.dom.minidom."""


class ExpatError(Exception):
    pass


error = ExpatError
