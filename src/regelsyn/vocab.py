"""The fixed words of the record formats (YAML values), importable without pydantic."""

from __future__ import annotations

KINDS = ("rule", "documentation", "registration", "reporting", "approval", "measurement")
STATUSES = ("active", "defended", "amended", "removed", "suspended", "escalated")
EVENTS = ("created", "edited", "reviewed", "challenged", "escalated", "decided", "imported")
PREMISES = ("purpose", "effect", "legal_certainty")
SLUG_PATTERN = r"^[a-z0-9][a-z0-9-]{0,63}$"
