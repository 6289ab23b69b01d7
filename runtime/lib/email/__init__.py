"""Ember's email package.

Only `email.utils` is provided so far: RFC 2822 date formatting and parsing
and address-header helpers, which web and mail code use on their own.
"""
