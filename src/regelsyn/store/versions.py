"""Past versions of rule files, by git blob id: the version a review decided on.

What a past version held is kept in the index cache keyed by its blob id (a blob never
changes), so a warm ``check`` asks git nothing; the versions the cache does not know are read
in one ``git cat-file --batch``. A version git does not have (a registry copied without its
history) is noted as unknown, ``?``.
"""

from __future__ import annotations

from pathlib import Path

from regelsyn.model.facts import material_print
from regelsyn.store import git
from regelsyn.store.index import Index
from regelsyn.store.records import plain

UNKNOWN = "?"


def material_at(root: Path, index: Index, blobs: list[str]) -> dict[str, str]:
    """The :func:`~regelsyn.model.facts.material_print` of each version (``?``: unknown)."""
    known = index.blob_facts(blobs)
    missing = sorted({blob for blob in blobs if blob not in known})
    if missing:
        found = git.read_blobs(root, missing)
        new = dict(zip(missing, _prints([found.get(b) for b in missing]), strict=True))
        index.store_blob_facts(new)
        known |= new
    return known


def _prints(versions: list[bytes | None]) -> list[str]:
    """The fingerprints of these versions (read with the C parser: about 0.4 ms each, once
    per version; shared out over worker processes it was no faster)."""
    found = []
    for data in versions:
        fields = plain(data)
        found.append(material_print(fields) if fields is not None else UNKNOWN)
    return found
