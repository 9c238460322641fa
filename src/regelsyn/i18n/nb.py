"""Norsk bokmål."""

MESSAGES: dict[str, str] = {}
