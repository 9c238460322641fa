"""The only code that touches the registry on disk."""
