"""Python interfaces to XML parsers (Ember keeps only the expat error types)."""
