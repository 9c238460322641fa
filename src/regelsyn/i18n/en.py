"""English."""

MESSAGES: dict[str, str] = {}
