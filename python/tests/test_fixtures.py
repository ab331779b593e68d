"""The pytest11 fixtures, used as any project would use them."""

from __future__ import annotations

seen_databases = []


def test_insert_and_find(secantus_db):
    assert secantus_db.name.startswith("test_")
    secantus_db.items.insert_many([{"_id": i, "square": i * i} for i in range(5)])
    found = list(secantus_db.items.find({"square": {"$gt": 3}}).sort("_id", 1))
    assert [d["_id"] for d in found] == [2, 3, 4]
    seen_databases.append(secantus_db.name)


def test_second_test_gets_a_separate_database(secantus_db, secantus_client):
    assert len(seen_databases) == 1, "runs after test_insert_and_find"
    (first,) = seen_databases
    assert secantus_db.name != first
    assert secantus_db.items.count_documents({}) == 0
    # The first test's database was dropped when that test ended.
    assert first not in secantus_client.list_database_names()
    seen_databases.append(secantus_db.name)


def test_session_fixtures_are_shared(secantus_server, secantus_client):
    assert secantus_server.running
    assert secantus_client.address == (secantus_server.host, secantus_server.port)
    assert secantus_client.admin.command("ping")["ok"] == 1
    hello = secantus_client.admin.command("hello")
    assert hello["setName"] == "secantus"
