"""One run per folder: a lock on the output folder and on the work folder.

On a local (or NFS) path the lock is an advisory `flock` on `FOLDER/.newsner.lock`:
the kernel drops it when its process ends, however it ends, so a lock left by a
killed run never blocks the next one; the file holds the holder's pid, host,
start time and command so that the error can name it. Where `flock` is
unavailable (an fsspec URL such as s3://, or a filesystem without locks) the
lock is that file alone: it is taken over automatically only when its holder
ran on this host and is gone (its pid is dead, or belongs to a process that
started later, or the machine rebooted since); otherwise the error says to
delete the file once that run is known to be gone. That fallback cannot
exclude two runs starting within the same moment (there is no atomic create
on object stores); it does stop every run that starts while another holds it.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import logging
import os
import secrets
import socket
import sys
import time
from pathlib import Path

from pipeline import io

log = logging.getLogger(__name__)

LOCK_NAME = ".newsner.lock"


class LockedError(RuntimeError):
    """Another run holds the folder."""


def local_path(location: str | Path) -> Path | None:
    """The local path of a folder given as a path or file:// URL; None for other
    URLs.
    """
    text = str(location)
    if text.startswith("file://"):
        return Path(text[len("file://") :])
    return None if "://" in text else Path(text)


def _boot_id() -> str:
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text().strip()
    except OSError:
        return ""


def _process_start(pid: int) -> str:
    """The start time of process `pid` in clock ticks since boot ("" when unknown)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return ""
    return stat.rsplit(")", 1)[-1].split()[19]


def holder_info() -> dict:
    """Who this process is, as written into a lock."""
    return {
        "pid": os.getpid(),
        "host": socket.gethostname(),
        "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "command": " ".join(sys.argv)[:300],
        "boot_id": _boot_id(),
        "process_start": _process_start(os.getpid()),
        "token": secrets.token_hex(8),
    }


def is_stale(info: dict) -> bool:
    """True when the holder ran on this host and is certainly gone."""
    if info.get("host") != socket.gethostname():
        return False
    if info.get("boot_id") and info["boot_id"] != _boot_id():
        return True
    pid = info.get("pid")
    if not isinstance(pid, int):
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        pass  # alive, another user's
    started = info.get("process_start")
    return bool(started) and started != _process_start(pid)


def _describe(folder: str, what: str, info: dict | None, lock_file: str) -> str:
    if info:
        who = (
            f"pid {info.get('pid')} on {info.get('host')}, started "
            f"{info.get('started')} ({info.get('command', '')!r})"
        )
    else:
        who = "a process that has not written its details yet"
    return (
        f"the {what} {folder} is in use by another newsner run: {who}. Wait for "
        f"it to finish, or stop it. If that run is gone (a crashed machine), "
        f"delete {lock_file} and start again."
    )


class FolderLock:
    """The lock of one folder (a path or fsspec URL); a context manager."""

    def __init__(self, location: str | Path, what: str):
        self.location = str(location).rstrip("/")
        self.what = what
        self.lock_file = f"{self.location}/{LOCK_NAME}"
        self._fd: int | None = None
        self._token: str | None = None

    def __enter__(self) -> FolderLock:
        self.acquire()
        return self

    def __exit__(self, *exc) -> None:
        self.release()

    def acquire(self) -> None:
        """Take the lock or raise LockedError naming its holder."""
        path = local_path(self.location)
        if path is not None:
            path.mkdir(parents=True, exist_ok=True)
            if self._flock(path / LOCK_NAME):
                return
        self._file_lock()

    def _flock(self, lock_file: Path) -> bool:
        """Take the flock; False when this filesystem has none (use the file lock)."""
        fd = os.open(lock_file, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            info = _parse(os.pread(fd, 65536, 0))
            os.close(fd)
            raise LockedError(
                _describe(self.location, self.what, info, str(lock_file))
            ) from None
        except OSError as exc:
            os.close(fd)
            if exc.errno in (errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS):
                return False
            raise
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(holder_info(), indent=1).encode(), 0)
        os.fsync(fd)
        self._fd = fd
        return True

    def _file_lock(self) -> None:
        info = _read(self.lock_file)
        if info is not None:
            if not is_stale(info):
                raise LockedError(
                    _describe(self.location, self.what, info, self.lock_file)
                )
            log.warning(
                "taking over the lock of %s: its run (pid %s on this host) is gone",
                self.location,
                info.get("pid"),
            )
        me = holder_info()
        io.write_bytes_atomic(self.lock_file, json.dumps(me, indent=1).encode())
        back = _read(self.lock_file)
        if not back or back.get("token") != me["token"]:
            raise LockedError(_describe(self.location, self.what, back, self.lock_file))
        self._token = me["token"]

    def release(self) -> None:
        """Give the lock up (the lock file stays for flock; the file lock is
        removed).
        """
        if self._fd is not None:
            os.ftruncate(self._fd, 0)
            os.close(self._fd)
            self._fd = None
        if self._token is not None:
            info = _read(self.lock_file)
            if info and info.get("token") == self._token:
                with contextlib.suppress(OSError):
                    io.remove_tree(self.lock_file)
            self._token = None


def _parse(data: bytes) -> dict | None:
    try:
        info = json.loads(data.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return None
    return info if isinstance(info, dict) else None


def _read(location: str) -> dict | None:
    try:
        return _parse(io.read_bytes(location))
    except (OSError, FileNotFoundError):
        return None
