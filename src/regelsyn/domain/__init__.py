"""Pure functions over records: no files, no terminal, no clock (today comes in)."""
