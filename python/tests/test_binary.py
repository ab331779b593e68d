"""find_binary(): $SECANTUSDB_BINARY, PATH, then a source checkout."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import secantusdb
from secantusdb import BinaryNotFoundError, SecantusServer, find_binary
from secantusdb import _binary


def _executable(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("#!/bin/sh\nexit 0\n")
    path.chmod(0o755)
    return path


def test_env_var_is_used(monkeypatch, fake_binary):
    fake = fake_binary("exit 0")
    monkeypatch.setenv("SECANTUSDB_BINARY", fake)
    assert find_binary() == os.path.realpath(fake)


def test_missing_env_binary_is_a_clear_error(monkeypatch, tmp_path):
    missing = tmp_path / "no" / "such" / "secantusdb-rs"
    monkeypatch.setenv("SECANTUSDB_BINARY", str(missing))
    with pytest.raises(BinaryNotFoundError) as info:
        find_binary()
    message = str(info.value)
    assert "$SECANTUSDB_BINARY" in message
    assert str(missing) in message
    assert "does not exist" in message
    assert "cargo build" in message
    # SecantusServer reports the same error, before starting anything.
    with pytest.raises(BinaryNotFoundError, match="does not exist"):
        SecantusServer().start()


def test_env_binary_that_is_not_executable(monkeypatch, tmp_path):
    plain = tmp_path / "secantusdb-rs"
    plain.write_text("not a program")
    monkeypatch.setenv("SECANTUSDB_BINARY", str(plain))
    with pytest.raises(BinaryNotFoundError, match="not an executable file"):
        find_binary()
    monkeypatch.setenv("SECANTUSDB_BINARY", str(tmp_path))
    with pytest.raises(BinaryNotFoundError, match="is a directory"):
        find_binary()


def test_argument_overrides_env(monkeypatch, fake_binary, tmp_path):
    monkeypatch.setenv("SECANTUSDB_BINARY", str(tmp_path / "bogus"))
    fake = fake_binary("exit 0")
    assert find_binary(fake) == os.path.realpath(fake)
    with pytest.raises(BinaryNotFoundError, match="the binary argument"):
        find_binary(tmp_path / "also-bogus")


def _isolate(monkeypatch, tmp_path: Path) -> Path:
    """No env var, an empty PATH, and the package 'installed' under tmp_path."""
    monkeypatch.delenv("SECANTUSDB_BINARY", raising=False)
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    site = tmp_path / "site-packages" / "secantusdb"
    site.mkdir(parents=True)
    monkeypatch.setattr(_binary, "__file__", str(site / "_binary.py"))
    return empty


def test_path_lookup(monkeypatch, tmp_path):
    bindir = _isolate(monkeypatch, tmp_path)
    on_path = _executable(bindir / "secantusdb-rs")
    monkeypatch.chdir(tmp_path)
    assert find_binary() == str(on_path.resolve())


def test_checkout_lookup_from_cwd_prefers_the_newer_build(monkeypatch, tmp_path):
    _isolate(monkeypatch, tmp_path)
    checkout = tmp_path / "checkout"
    debug = _executable(checkout / "target" / "debug" / "secantusdb-rs")
    release = _executable(checkout / "target" / "release" / "secantusdb-rs")
    deep = checkout / "server" / "src"
    deep.mkdir(parents=True)
    monkeypatch.chdir(deep)
    os.utime(release, (1_000_000, 1_000_000))  # a stale release build
    assert find_binary() == str(debug.resolve())
    os.utime(debug, (500_000, 500_000))
    assert find_binary() == str(release.resolve())


def test_checkout_lookup_from_package_location(monkeypatch, tmp_path):
    _isolate(monkeypatch, tmp_path)
    # A virtualenv inside the checkout: the package lives below target/.
    checkout = tmp_path / "checkout"
    built = _executable(checkout / "target" / "debug" / "secantusdb-rs")
    package = checkout / "target" / "venv" / "lib" / "site-packages" / "secantusdb"
    package.mkdir(parents=True)
    monkeypatch.setattr(_binary, "__file__", str(package / "_binary.py"))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    assert find_binary() == str(built.resolve())


def test_nothing_found_explains_what_to_do(monkeypatch, tmp_path):
    _isolate(monkeypatch, tmp_path)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(BinaryNotFoundError) as info:
        find_binary()
    message = str(info.value)
    for hint in ("SECANTUSDB_BINARY", "make", "cargo build", "PATH"):
        assert hint in message


def test_public_names():
    assert secantusdb.SecantusServer is SecantusServer
    assert secantusdb.find_binary is find_binary
