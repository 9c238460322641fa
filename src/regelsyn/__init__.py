"""regelsyn: defend-or-remove reviews of a public workplace's own rules."""

__version__ = "0.1.0"
