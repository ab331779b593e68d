"""pytest plugin used by the SecantusDB harness when it runs pymongo's suite.

pymongo's suite is written for a server at MongoClient's default address
(localhost:27017, where its CI runs one). A few tests build clients from
`client_context.default_client_options` without a host, so they reach the
server under test only when an earlier test in the same process has pointed
MongoClient.HOST/PORT at it (test_client.py's default-host test does, and
never restores them). Point the defaults at DB_IP/DB_PORT from the start, so
those tests test this server whatever runs before them, and never whatever
happens to listen on port 27017.
"""

import os

from pymongo import MongoClient


def pytest_configure(config):
    MongoClient.HOST = os.environ.get("DB_IP", "localhost")
    MongoClient.PORT = int(os.environ.get("DB_PORT", "27017"))


def pytest_collection_finish(session):
    """Apply a target URI's options (`make conformance TARGET=mongodb://…?…`,
    passed by the harness as SECANTUS_TARGET_OPTIONS) to every client the
    suite makes: pymongo's test context adds `default_client_options` to
    each client it builds, and there is no other way in for options such
    as TLS files. Credentials come through DB_USER/DB_PASSWORD, which the
    suite reads itself."""
    options = os.environ.get("SECANTUS_TARGET_OPTIONS")
    if not options:
        return
    from urllib.parse import parse_qsl

    try:
        from test import client_context
    except ImportError:
        # Motor's suite has no client_context: its clients take the host,
        # port and credentials (DB_IP, DB_PORT, DB_USER, DB_PASSWORD) only.
        return

    for name, value in parse_qsl(options, keep_blank_values=True):
        client_context.default_client_options[name] = value
