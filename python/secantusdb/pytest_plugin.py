"""pytest fixtures for SecantusDB, loaded through the ``pytest11`` entry point.

- ``secantus_server`` (session): one in-memory :class:`SecantusServer`.
- ``secantus_client`` (session): a ``pymongo.MongoClient`` for it.
- ``secantus_db`` (function): a fresh database ``test_<uuid hex>``, dropped
  after the test.

``--secantusdb-binary PATH`` overrides ``$SECANTUSDB_BINARY``. Nothing here
imports pymongo until a client fixture is used, and no server starts until a
fixture asks for one.
"""

from __future__ import annotations

import uuid
from typing import Any, Iterator

import pytest

from ._server import SecantusServer


def pytest_addoption(parser: Any) -> None:
    group = parser.getgroup("secantusdb")
    group.addoption(
        "--secantusdb-binary",
        action="store",
        dest="secantusdb_binary",
        default=None,
        metavar="PATH",
        help="the secantusdb-rs binary the SecantusDB fixtures start "
        "(overrides $SECANTUSDB_BINARY)",
    )


@pytest.fixture(scope="session")
def secantus_server(request: Any) -> Iterator[SecantusServer]:
    """One in-memory SecantusDB server (a replica set) for the test session."""
    binary = request.config.getoption("secantusdb_binary")
    server = SecantusServer(in_memory=True, binary=binary)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def secantus_client(request: Any) -> Any:
    """A pymongo client connected to ``secantus_server`` (needs pymongo)."""
    try:
        import pymongo  # noqa: F401

        have_pymongo = True
    except ImportError:
        have_pymongo = False
    if not have_pymongo:  # failed outside the except: no chained traceback
        pytest.fail(
            "the secantus_client and secantus_db fixtures need pymongo: "
            "pip install 'secantusdb[pymongo]' (or pip install pymongo)",
            pytrace=False,
        )
    # Asked for only now, so that no server starts when pymongo is missing.
    server: SecantusServer = request.getfixturevalue("secantus_server")
    # Closed by the server's stop() at the end of the session.
    return server.client()


@pytest.fixture
def secantus_db(secantus_client: Any) -> Iterator[Any]:
    """A new, uniquely named database for one test; dropped afterwards."""
    name = f"test_{uuid.uuid4().hex}"
    try:
        yield secantus_client[name]
    finally:
        secantus_client.drop_database(name)
