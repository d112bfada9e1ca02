"""Write files through temporary files and renames, so a failed run never leaves half a file.

`atomic_write` replaces one file; `publish` replaces a set of files (every output format of a
build) together, so a run that fails in its last exporter leaves the earlier graph whole.
`interrupts_deferred` holds Ctrl-C back for a few steps that must not be cut in half.
"""
from __future__ import annotations

import os
import shutil
import signal
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any


@contextmanager
def atomic_write(path: str | Path, mode: str = "w", encoding: str | None = "utf-8"
                 ) -> Iterator[IO]:
    """Open a temporary file beside `path`; on success it replaces `path`, on error it vanishes.

    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "out.txt"
    >>> with atomic_write(target) as f:
    ...     _ = f.write("done")
    >>> target.read_text()
    'done'
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; outputs are ordinary files
    try:
        kwargs = {} if "b" in mode else {"encoding": encoding, "newline": "\n"}
        with os.fdopen(fd, mode, **kwargs) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def publish(folder: str | Path, write: Callable[[Path], object],
            replaces: Iterable[str] = ()) -> list[Path]:
    """Write several files as one change: all of them land in `folder`, or none does.

    `replaces`: names of files that belong to what is being replaced and that this write may
    not produce (a build's evidence store): removed from `folder` with the same renames, so an
    earlier build's file never sits beside the new one.

    `write(staging)` writes its files into a hidden temporary folder inside `folder` and may
    return a list of them in the order to report. Only when it returns are the files renamed
    into `folder`, under a lock on the folder and with Ctrl-C held back for those few renames
    (two builds into one folder never mix their files); if it raises, or Ctrl-C stops it, the
    staging folder is removed and `folder` holds exactly what it held before. Returns the paths
    written, in `folder`.

    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp())
    >>> def writes(d):
    ...     (d / "a.txt").write_text("A")
    >>> [p.name for p in publish(out, writes)]
    ['a.txt']
    >>> def fails(d):
    ...     (d / "a.txt").write_text("B")
    ...     raise ValueError("exporter bug")
    >>> publish(out, fails)
    Traceback (most recent call last):
    ValueError: exporter bug
    >>> sorted(p.name for p in out.iterdir()), (out / "a.txt").read_text()
    (['a.txt'], 'A')
    """
    folder = Path(folder)
    created = [p for p in (folder, *folder.parents) if not p.exists()]  # to undo on failure
    folder.mkdir(parents=True, exist_ok=True)
    remove_stale_staging(folder)
    staging = Path(tempfile.mkdtemp(prefix=f"{STAGING_PREFIX}{os.getpid()}-", dir=folder))
    try:
        result = write(staging)
        listed = [Path(p).name for p in result] if isinstance(result, (list, tuple)) else []
        names = list(dict.fromkeys(listed + sorted(
            p.name for p in staging.iterdir() if p.is_file() and not p.name.startswith("."))))
        with folder_lock(folder), interrupts_deferred():
            for name in names:
                os.replace(staging / name, folder / name)
            for name in set(replaces) - set(names):
                (folder / name).unlink(missing_ok=True)
        created = []
        return [folder / name for name in names]
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        for made in created:  # a failed run leaves no empty output folder behind either
            try:
                made.rmdir()
            except OSError:
                break


STAGING_PREFIX = ".graphbuild-staging-"   # + the writing process's id + a random part


def remove_stale_staging(folder: Path) -> list[Path]:
    """Remove staging folders left in `folder` by a process that no longer runs (killed while
    it wrote); returns them. A live process's staging folder is left alone.

    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp())
    >>> (out / ".graphbuild-staging-999999999-abc").mkdir()
    >>> [p.name for p in remove_stale_staging(out)], list(out.iterdir())
    (['.graphbuild-staging-999999999-abc'], [])
    """
    removed = []
    for path in sorted(folder.glob(STAGING_PREFIX + "*")):
        pid = path.name[len(STAGING_PREFIX):].split("-", 1)[0]
        if path.is_dir() and not (pid.isdigit() and _alive(int(pid))):
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return pid < 2 ** 22  # another user's process, or an impossible id
    return True


class FolderBusy(OSError):
    """Another build holds the output folder (the message says which)."""


_HELD: set[str] = set()  # output folders this process holds the lock on (see `build_lock`)


@contextmanager
def build_lock(folder: str | Path) -> Iterator[None]:
    """Hold the output folder for a whole build, from reading its store to the last rename:
    a second build (or `--update`) into the same folder meanwhile raises FolderBusy at once,
    instead of one of the two results being lost. The folder is created if missing, and
    removed again if the build leaves it empty.
    """
    folder = Path(folder)
    created = [p for p in (folder, *folder.parents) if not p.exists()]
    folder.mkdir(parents=True, exist_ok=True)
    key = str(folder.resolve())
    try:
        with folder_lock(folder, wait=False):
            _HELD.add(key)
            try:
                yield
            finally:
                _HELD.discard(key)
    finally:
        for made in created:
            try:
                made.rmdir()
            except OSError:
                break


@contextmanager
def folder_lock(folder: Path, wait: bool = True) -> Iterator[None]:
    """An exclusive lock on the folder itself (no lock file left behind), so the renames of two
    builds writing the same output folder at once never interleave into a mixed graph. A no-op
    where this process already holds it (`build_lock`); FolderBusy if `wait` is False and
    another process holds it."""
    try:
        import fcntl
    except ImportError:  # not on POSIX: no lock
        yield
        return
    if str(Path(folder).resolve()) in _HELD:
        yield
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            raise FolderBusy(f"another graphbuild is writing to {folder}; wait for it to "
                             "finish, or write to another folder") from None
        except OSError:  # a file system without locks: write as before, unlocked
            pass
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock


# Signals that end a build: Ctrl-C, `kill` and a closed terminal. The CLI turns each into an
# exception (`pipeline.safety.Terminated` for the last two), which the renames hold back.
STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP")
                     if hasattr(signal, name))


@contextmanager
def interrupts_deferred() -> Iterator[None]:
    """Hold Ctrl-C (and SIGTERM, SIGHUP) back until the block ends, then deliver it as the
    handler in place before would have (KeyboardInterrupt for Ctrl-C).

    A Python-level handler, not a signal mask: the kernel may deliver SIGINT to any thread
    (numpy's BLAS threads, a pool's helper threads), and Python then raises it in the main
    thread at once, whatever that thread's mask. Outside the main thread, where no handler can
    be set, the block runs unprotected.
    """
    caught: list[int] = []
    previous: dict[int, Any] = {}
    try:
        for signum in STOP_SIGNALS:
            previous[signum] = signal.signal(signum, lambda got, frame: caught.append(got))
    except ValueError:  # not the main thread
        pass
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        if caught:
            first, handler = caught[0], previous.get(caught[0])
            if callable(handler):
                handler(first, None)  # the default SIGINT handler raises KeyboardInterrupt
            elif handler == signal.SIG_DFL:
                os.kill(os.getpid(), first)  # what the signal would have done meanwhile
