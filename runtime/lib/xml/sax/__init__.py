"""Simple API for XML (SAX) -- Ember keeps only the helpers in saxutils."""


class SAXException(Exception):
    def __init__(self, msg, exception=None):
        self._msg = msg
        self._exception = exception
        Exception.__init__(self, msg)

    def getMessage(self):
        return self._msg

    def getException(self):
        return self._exception

    def __str__(self):
        return self._msg


class SAXParseException(SAXException):
    pass


class SAXNotRecognizedException(SAXException):
    pass


class SAXNotSupportedException(SAXException):
    pass
