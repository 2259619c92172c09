"""Which files a run reads: the paths given, folders walked recursively.

Symlinks are followed (files and folders); a folder reached twice (a loop, or
two links to one folder) and a file reached twice (links, hard links) are read
once, with a warning. What cannot be read is kept as a path, so that reading it
gives a failed row with the reason: a broken link, an unreadable folder, a
named pipe. Hidden files and folders are skipped, and so are the run's own
output and work folders when they lie inside an input folder.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path

SUFFIXES = {
    ".txt": "text",
    ".jsonl": "jsonl",
    ".jsonl.gz": "jsonl",
    ".csv": "csv",
    ".html": "html",
    ".htm": "html",
}


def file_kind(path: Path) -> str | None:
    """The input format of `path` by its name, or None when unsupported."""
    name = path.name.lower()
    for suffix in sorted(SUFFIXES, key=len, reverse=True):
        if name.endswith(suffix):
            return SUFFIXES[suffix]
    return None


class InputError(ValueError):
    """A path given on the command line does not exist or is the output folder."""


def source_name(path: Path) -> str:
    """The path as text for tables and messages: a byte that is not UTF-8 in a file
    name shows as `\\xNN` (the file itself is still read by its real name).
    """
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def _key(st: os.stat_result) -> tuple[int, int]:
    return st.st_dev, st.st_ino


def _stat_key(path: Path) -> tuple[int, int] | None:
    try:
        return _key(path.stat())
    except OSError:
        return None


def _inside(path: Path, folder: Path) -> bool:
    try:
        p, f = path.resolve(), folder.resolve()
    except (OSError, RuntimeError):
        return False
    return p == f or f in p.parents


def discover(
    paths: Iterable[Path],
    exclude: Iterable[Path] = (),
    warnings: list[str] | None = None,
) -> list[Path]:
    """Files named by `paths` (folders walked recursively), sorted, hidden files
    skipped, each file once.

    `exclude` are folders never read (the run's output and work folders);
    an input path inside one of them raises InputError, and so does a path
    that does not exist. What was skipped and why is appended to `warnings`.
    """
    warnings = warnings if warnings is not None else []
    exclude = [Path(e) for e in exclude]
    skip = {k for k in (_stat_key(e) for e in exclude) if k is not None}
    found: list[Path] = []
    for p in paths:
        p = Path(p)
        if not p.exists() and not p.is_symlink():
            raise InputError(f"input path not found: {source_name(p)}")
        for folder in exclude:
            if _inside(p, folder):
                raise InputError(
                    f"input path {source_name(p)} is inside the output folder "
                    f"{source_name(folder)}: a run would read its own tables; "
                    "choose another --out"
                )
        if p.is_dir():
            found += _walk(p, skip, warnings)
        else:
            found.append(p)
    return _once(sorted(set(found), key=lambda f: f.as_posix()), warnings)


def _walk(root: Path, skip: set, warnings: list[str]) -> list[Path]:
    """Every non-hidden entry under `root` that is not a folder, following symlinks;
    unreadable folders are returned as paths (reading one reports it).

    Real folders are walked before folders reached through a link, so a folder
    reached both ways is read under its real path.
    """
    out: list[Path] = []
    seen: dict[tuple[int, int], Path] = {}
    stack, linked = [root], []
    while stack or linked:
        folder = stack.pop() if stack else linked.pop(0)
        try:
            st = folder.stat()
        except OSError:
            out.append(folder)  # a link that broke since it was listed
            continue
        if _key(st) in skip:
            warnings.append(
                f"{source_name(folder)} is the output or work folder of this run: "
                "not read"
            )
            continue
        first = seen.get(_key(st))
        if first is not None:
            warnings.append(
                f"{source_name(folder)} is the folder {source_name(first)} again "
                "(a symlink loop or a second link): read once"
            )
            continue
        seen[_key(st)] = folder
        try:
            with os.scandir(folder) as it:
                entries = sorted(e.name for e in it if not e.name.startswith("."))
        except OSError:
            out.append(folder)
            continue
        for name in reversed(entries):
            path = folder / name
            try:
                is_dir = path.is_dir()
            except OSError:
                is_dir = False
            if not is_dir:
                out.append(path)
            elif path.is_symlink():
                linked.append(path)
            else:
                stack.append(path)
    return out


def _once(files: list[Path], warnings: list[str]) -> list[Path]:
    """`files` with every second path to one file dropped (warned): a real path is
    kept over a symlink, else the first in sort order.
    """
    seen: dict[tuple[int, int], Path] = {}
    out = []
    for f in sorted(files, key=lambda f: (f.is_symlink(), f.as_posix())):
        try:
            st = f.stat()
        except OSError:
            out.append(f)
            continue
        if stat.S_ISREG(st.st_mode):
            first = seen.setdefault(_key(st), f)
            if first is not f:
                warnings.append(
                    f"{source_name(f)} is the same file as {source_name(first)}: "
                    "read once"
                )
                continue
        out.append(f)
    return sorted(out, key=lambda f: f.as_posix())


def unreadable_reason(path: Path) -> str:
    """Why `path` cannot be read as an input file, or "" when it is a regular file."""
    try:
        st = path.stat()
    except FileNotFoundError:
        if path.is_symlink():
            return f"broken symlink: its target {os.readlink(path)} does not exist"
        return "file not found (removed while the run started)"
    except OSError as exc:
        return f"unreadable: {exc.strerror or exc}"
    if stat.S_ISDIR(st.st_mode):
        try:
            os.scandir(path).close()
        except OSError as exc:
            return f"unreadable folder: {exc.strerror or exc}"
        return "a folder, not a file"
    if not stat.S_ISREG(st.st_mode):
        return "not a regular file (a pipe, socket or device), not read"
    return ""
