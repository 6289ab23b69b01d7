"""xml.sax (Ember): the package holds `saxutils` only; no SAX parser is provided."""
