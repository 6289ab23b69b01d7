"""The concurrent package (Ember): holds concurrent.futures."""
