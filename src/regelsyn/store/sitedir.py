"""The folder a site is built into (``site --out DIR``), written so that a reader never sees
half a site, and rebuilt incrementally.

Why not build beside it and swap the folders: an incremental rebuild after one changed record
must touch only the pages that depend on it, and a swap rewrites (or links anew) every file of a
10,000-page site; and on POSIX a folder cannot replace a non-empty folder in one step (only
Linux's ``renameat2(RENAME_EXCHANGE)`` can), so a swap leaves a moment with no site at all, or
needs DIR to be a symbolic link, which some web servers will not follow.

A first build (DIR absent or empty) is made in a hidden folder beside DIR and renamed into
place when it is complete, so DIR appears whole (a folder can take the place of an absent or
empty one in one step). After that, each file is written whole to a hidden temporary file
beside it and renamed over the old one (a rename is atomic: a reader gets the old page or the
new one, never a part), and the build writes in an order that keeps every link whole at every
moment: the stylesheet and script first, then the pages of records, then the pages that link
to them (lists, report, agenda), the front page last; pages of records that are gone are
deleted only after nothing links to them any more. The manifest ``.regelsyn-site.json``,
written last, records each file's content digest and the key of what it was built from; a
build that is interrupted leaves whole pages and the old manifest, and the next build finishes
the job. While a build writes in place, ``.regelsyn-site.unfinished`` is there: a build that
finds it trusts none of the old pages (the one cut short may have written pages newer than the
manifest says) and makes every page again.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import zlib
from pathlib import Path
from typing import Any

from regelsyn.errors import Refused
from regelsyn.i18n import t

MANIFEST = ".regelsyn-site.json"
# there while a build writes into the site in place: found at the start of a build, it says the
# last one was cut short after writing pages its manifest does not know, so none is trusted
UNFINISHED = ".regelsyn-site.unfinished"
FORMAT = 2  # 1 kept ``files`` as {path: [digest, key]}; it is still read
DIGEST = 32  # hex digits of a file's SHA-256 kept in the manifest
PAGE_FOLDERS = ("rules", "cases", "reviews")  # the site's own: only its pages are in them


class SiteDir:
    """``DIR`` and its manifest. A folder that holds files but no manifest is not a regelsyn
    site and is refused, so that nobody's folder is overwritten by mistake."""

    def __init__(self, root: Path, fingerprint: str) -> None:
        self.root = root.absolute()
        self.fingerprint = fingerprint
        self.old: dict[str, Any] = {}
        self.files: dict[str, list[str]] = {}  # rel → [digest, key]
        self.written = 0
        self.kept = 0
        self.unreadable = False  # the manifest is there but cannot be read
        if self.root.exists() and not self.root.is_dir():
            raise Refused(t("err.site_not_folder", path=str(root)))
        manifest = self.root / MANIFEST
        if manifest.is_file():
            with contextlib.suppress(OSError, ValueError, RecursionError):
                self.old = _manifest(manifest.read_bytes())
            # a manifest that cannot be read (damaged, or of a later regelsyn): the folder is
            # still regelsyn's site, built again in place (see finish: what goes, what stays)
            self.unreadable = not self.old
            self.old = self.old or {"format": None, "fingerprint": None, "files": {}}
        elif self.root.is_dir() and any(self.root.iterdir()):
            raise Refused(t("err.site_not_empty", path=str(root)), hint=t("hint.site_out"))
        self.target: Path | None = None
        if not self.old:  # a first build: made beside DIR, then renamed into place whole
            self.target = self.root
            self.root.parent.mkdir(parents=True, exist_ok=True)
            _clear_leftovers(self.root)
            self.root = self.root.with_name(f".{self.root.name}.building-{os.getpid()}")
            shutil.rmtree(self.root, ignore_errors=True)
        self.root.mkdir(parents=True, exist_ok=True)
        self.marked = False  # this build has said it is writing in place (UNFINISHED)
        self.trusted = not (self.root / UNFINISHED).exists()
        self.same = self.old.get("fingerprint") == fingerprint and self.trusted
        self.present = self._present() if self.same else set()
        # what the last build wrote, where this one can keep it (same settings and templates)
        self.reusable: dict[str, list[str]] = self.old.get("files", {}) if self.same else {}

    def _present(self) -> set[str]:
        """The files on disk now (one listing per folder, not one look-up per file)."""
        found = set()
        for folder in {rel.rpartition("/")[0] for rel in self.old.get("files", {})}:
            with contextlib.suppress(OSError):
                prefix = f"{folder}/" if folder else ""
                found |= {prefix + entry.name for entry in os.scandir(self.root / folder)}
        return found

    def _pages_on_disk(self) -> list[str]:
        """The pages of records in the site's own folders (and what a build cut short left
        half-written there), whichever build wrote them."""
        found = []
        for folder in PAGE_FOLDERS:
            with contextlib.suppress(OSError):
                found += [f"{folder}/{name}" for name in os.listdir(self.root / folder)
                          if name.endswith((".html", ".tmp"))]  # fmt: skip
        return found

    def kept_state(self, name: str) -> Any:
        """What the last build kept under ``name`` (None when it cannot be trusted)."""
        return self.old.get("state", {}).get(name) if self.same else None

    def fresh(self, rel: str, key: str) -> bool:
        """The file was built from the same inputs and is still there: it is kept as it is."""
        return not self.stale([(rel, key)])

    def stale(self, wanted: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """Of these files (path, key), those to make again; the others were built from the
        same inputs and are still there, and are kept as they are."""
        old, present = self.reusable, self.present
        kept = {
            rel: found
            for rel, key in wanted
            if (found := old.get(rel)) is not None and found[1] == key and rel in present
        }
        self.files.update(kept)
        self.kept += len(kept)
        return [(rel, key) for rel, key in wanted if rel not in kept] if kept else wanted

    def read_kept(self, rel: str) -> bytes | None:
        """A file as the last build wrote it (None if it is gone or was changed since)."""
        old = self.reusable.get(rel)
        try:
            data = (self.root / rel).read_bytes()
        except OSError:
            return None
        if old is None or hashlib.sha256(data).hexdigest()[:DIGEST] != old[0]:
            return None
        return data

    def keep(self, rel: str) -> bool:
        """Keep the file as the last build wrote it, whatever it was built from (the caller
        knows nothing it rests on changed); False if it is not there to keep."""
        old = self.reusable.get(rel)
        return old is not None and self.fresh(rel, old[1])

    def put(self, rel: str, data: bytes, key: str = "") -> None:
        """Write one file whole (unless it already holds exactly ``data``)."""
        self.record(rel, key, *self.write(rel, data))

    def write(self, rel: str, data: bytes) -> tuple[str, bool]:
        """Write one file whole unless it already holds ``data``: its digest, and whether it
        was written. Keeps no account (a worker process may call it; see :meth:`record`)."""
        digest = hashlib.sha256(data).hexdigest()[:DIGEST]
        old = self.old.get("files", {}).get(rel) if self.trusted else None
        if old is not None and old[0] == digest and rel in self.present:
            return digest, False
        target = self.root / rel
        temp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        try:
            if self.target is None and not self.marked:
                (self.root / UNFINISHED).touch()
                self.marked = True
            target.parent.mkdir(parents=True, exist_ok=True)
            if self.target is not None:  # nobody reads the folder being built
                target.write_bytes(data)
                return digest, True
            temp.write_bytes(data)
            os.replace(temp, target)
        except OSError as exc:
            temp.unlink(missing_ok=True)
            raise Refused(t("err.site_write", path=str(target), reason=exc.strerror)) from None
        return digest, True

    def record(self, rel: str, key: str, digest: str, written: bool) -> None:
        """Account for a file :meth:`write` wrote (or found as it should be)."""
        self.files[rel] = [digest, key]
        if written:
            self.written += 1
        else:
            self.kept += 1

    def finish(self, state: dict[str, Any]) -> int:
        """Delete the files of the last build that this one did not make, then write the
        manifest; how many files were deleted."""
        removed = 0
        gone = [rel for rel in self.old.get("files", {}) if rel not in self.files]
        if self.unreadable or not self.trusted:  # the old manifest does not know every page
            gone += [rel for rel in self._pages_on_disk() if rel not in self.files]
        for rel in dict.fromkeys(gone):
            with contextlib.suppress(FileNotFoundError):
                (self.root / rel).unlink()
                removed += 1
        data = {"format": FORMAT, "fingerprint": self.fingerprint, "files": self.files,
                "state": state}  # fmt: skip
        if not (self.written or removed) and data == self.old and (self.root / MANIFEST).is_file():
            return removed  # nothing changed: the manifest stays as it is
        # the files in columns: a list per file costs the JSON module several times more
        files = {"paths": list(self.files), "keys": [v[1] for v in self.files.values()],
                 "digests": "".join(v[0] for v in self.files.values())}  # fmt: skip
        kept = json.dumps(state, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        head = {"format": FORMAT, "fingerprint": self.fingerprint, "files": files,
                "state": zlib.crc32(kept)}  # fmt: skip
        text = json.dumps(head, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        from regelsyn.store.files import atomic_write

        atomic_write(self.root / MANIFEST, text + b"\n" + kept + b"\n")
        with contextlib.suppress(FileNotFoundError):
            (self.root / UNFINISHED).unlink()
        if self.target is not None:
            with contextlib.suppress(FileNotFoundError):
                self.target.rmdir()  # an empty folder the person made for the site
            os.rename(self.root, self.target)
        return removed

    def abandon(self) -> None:
        """A first build that failed leaves nothing behind."""
        if self.target is not None:
            shutil.rmtree(self.root, ignore_errors=True)


def _manifest(raw: bytes) -> dict[str, Any]:
    """A manifest as read: ``{"fingerprint", "files": {path: [digest, key]}, "state"}``; {} if
    it is not one. Format 2 is a line of JSON with the files in columns and a checksum of the
    second line, which holds what the build kept (``state``): a state changed by anything but
    regelsyn (a hand, a merge) is not used, and the next build works it out again. Of format 1
    (one JSON document) only the files are used."""
    head, _, kept = raw.partition(b"\n")
    data = json.loads(head)
    if not isinstance(data, dict):
        return {}
    if data.get("format") == 1:
        files = data.get("files")
        if not isinstance(files, dict) or not all(
            isinstance(v, list) and len(v) == 2 and all(isinstance(x, str) for x in v)
            for v in files.values()
        ):
            return {}
        return {"format": 1, "fingerprint": data.get("fingerprint"), "files": files, "state": {}}
    files = data.get("files")
    if data.get("format") != FORMAT or not isinstance(files, dict):
        return {}
    paths, keys, digests = files.get("paths"), files.get("keys"), files.get("digests")
    if not (isinstance(paths, list) and isinstance(keys, list) and isinstance(digests, str)):
        return {}
    if not len(paths) == len(keys) == len(digests) // DIGEST or len(digests) % DIGEST:
        return {}
    if not all(isinstance(x, str) for x in (*paths, *keys)):
        return {}
    cut = [digests[i : i + DIGEST] for i in range(0, len(digests), DIGEST)]
    state = json.loads(kept) if data.get("state") == zlib.crc32(kept.rstrip(b"\n")) else {}
    return {"format": FORMAT, "fingerprint": data.get("fingerprint"),
            "files": {p: [d, k] for p, d, k in zip(paths, cut, keys, strict=True)},
            "state": state if isinstance(state, dict) else {}}  # fmt: skip


def _clear_leftovers(root: Path) -> None:
    """Remove what first builds into ``root`` left when they were killed: their hidden folders
    untouched for an hour (a build still running writes to its folder all the time)."""
    import time

    for folder in root.parent.glob(f".{root.name}.building-*"):
        with contextlib.suppress(OSError):
            if time.time() - folder.stat().st_mtime > LEFTOVER_SECONDS:
                shutil.rmtree(folder, ignore_errors=True)


LEFTOVER_SECONDS = 3600
