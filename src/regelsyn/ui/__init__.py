"""Everything a terminal shows: the one console, questions and prompts, tables and panels, the
meeting screen, and the JSON/CSV writers of listings. Nothing here reads or writes the registry."""
