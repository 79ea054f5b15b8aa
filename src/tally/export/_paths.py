"""Output paths: where an export may write, and nothing else.

The user's ``-o`` is taken as given except for ``..`` parts (a path that
climbs out of where it seems to point is refused rather than guessed at).
Names built inside an export (the per-table files of ``csv`` to a directory)
go through :func:`child_path`, which refuses separators, ``..`` and anything
that would resolve outside the directory, so data from an article can never
choose where a file lands.
"""

from __future__ import annotations

from pathlib import Path, PurePath

from tally.errors import InputError


def resolve_output(output: str | Path, *, directory: bool = False) -> Path:
    """The path to write to, its missing folders created; InputError for ``..`` parts,
    NUL bytes, a directory, or a folder that cannot be created."""
    text = str(output)
    if "\x00" in text:
        raise InputError("output path contains a NUL byte")
    if ".." in PurePath(text).parts:
        raise InputError(f"output path {text!r} contains '..': give the path without it")
    path = Path(text).expanduser()
    try:
        if directory:
            path.mkdir(parents=True, exist_ok=True)
            return path
        if path.is_dir():
            raise InputError(f"output path {text!r} is a directory")
        path.parent.mkdir(parents=True, exist_ok=True)  # as `mkdir -p`: a new folder is no error
    except OSError as err:
        raise InputError(f"cannot create the folder for {text!r}: {err.strerror or err}") from err
    return path


def child_path(directory: Path, name: str) -> Path:
    """``directory/name`` for a plain file name only (no separators, no dot-files, no ``..``)."""
    if not name or name != PurePath(name).name or name.startswith(".") or "\x00" in name or "\\" in name:
        raise InputError(f"refusing file name {name!r}")
    target = (directory / name).resolve()
    if target.parent != directory.resolve():
        raise InputError(f"refusing file name {name!r}: it points outside {str(directory)!r}")
    return target
