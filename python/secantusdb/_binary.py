"""Finding the ``secantusdb-rs`` binary that cargo built."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Iterator, Optional, Union

BINARY_NAME = "secantusdb-rs"
ENV_VAR = "SECANTUSDB_BINARY"
# Builds a source checkout may hold. When both exist the newer one is used: a
# stale release build beside a fresh debug build (or the reverse) is common
# while developing, and the stale one may not take today's flags.
_CHECKOUT_CANDIDATES = (
    Path("target") / "release" / BINARY_NAME,
    Path("target") / "debug" / BINARY_NAME,
)


class BinaryNotFoundError(FileNotFoundError):
    """No usable ``secantusdb-rs`` binary was found."""


def _is_executable_file(path: Path) -> bool:
    return path.is_file() and os.access(path, os.X_OK)


def _check_explicit(path: Union[str, "os.PathLike[str]"], source: str) -> str:
    candidate = Path(os.path.expanduser(os.fspath(path)))
    if not candidate.exists():
        raise BinaryNotFoundError(
            f"{source} points to {str(candidate)!r}, which does not exist. "
            f"Set it to the path of a built {BINARY_NAME} binary "
            f"(run `make` or `cargo build` in the SecantusDB checkout; the "
            f"binary is then target/debug/{BINARY_NAME})."
        )
    if not _is_executable_file(candidate):
        what = "a directory" if candidate.is_dir() else "not an executable file"
        raise BinaryNotFoundError(
            f"{source} points to {str(candidate)!r}, which is {what}. "
            f"Set it to the path of the {BINARY_NAME} binary itself."
        )
    return str(candidate.resolve())


def _ancestors(start: Path) -> Iterator[Path]:
    start = start.resolve()
    yield start
    yield from start.parents


def _checkout_binary() -> Optional[Path]:
    """The binary of the nearest checkout above the package or the CWD.

    Walks up from this package's directory, then from the current directory;
    in the first directory that has ``target/release/secantusdb-rs`` or
    ``target/debug/secantusdb-rs``, returns the newer of the two.
    """
    seen = set()
    for start in (Path(__file__).parent, Path.cwd()):
        for directory in _ancestors(start):
            if directory in seen:
                continue
            seen.add(directory)
            found = [
                directory / relative
                for relative in _CHECKOUT_CANDIDATES
                if _is_executable_file(directory / relative)
            ]
            if found:
                # max() keeps the first (release) on equal times.
                return max(found, key=lambda p: p.stat().st_mtime)
    return None


def find_binary(binary: Optional[Union[str, "os.PathLike[str]"]] = None) -> str:
    """Return the absolute path of the ``secantusdb-rs`` binary to run.

    In order: the ``binary`` argument (e.g. pytest's ``--secantusdb-binary``),
    the ``SECANTUSDB_BINARY`` environment variable (either must name an
    existing executable, or this raises), ``secantusdb-rs`` on ``PATH``, then
    ``target/release/secantusdb-rs`` or ``target/debug/secantusdb-rs`` (the
    newer of the two) in the nearest directory above this package or above
    the current directory (a source checkout, or a virtualenv inside one).

    Raises :class:`BinaryNotFoundError` with instructions when nothing fits.
    """
    if binary is not None and os.fspath(binary) != "":
        return _check_explicit(binary, "the binary argument")
    env_value = os.environ.get(ENV_VAR)
    if env_value:
        return _check_explicit(env_value, f"${ENV_VAR}")
    on_path = shutil.which(BINARY_NAME)
    if on_path:
        return str(Path(on_path).resolve())
    built = _checkout_binary()
    if built is not None:
        return str(built.resolve())
    raise BinaryNotFoundError(
        f"Cannot find the {BINARY_NAME} binary: ${ENV_VAR} is not set, "
        f"{BINARY_NAME} is not on PATH, and there is no "
        f"target/release/{BINARY_NAME} or target/debug/{BINARY_NAME} in a "
        f"directory above {Path(__file__).parent} or {Path.cwd()}. Build it "
        f"with `make` (or `cargo build -p secantusdb --bin {BINARY_NAME}`) in "
        f"the SecantusDB checkout, or set {ENV_VAR} to the binary's path."
    )
