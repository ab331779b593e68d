"""SecantusServer: modes, lifecycle and failure reporting."""

from __future__ import annotations

import gc
import os
import signal
import socket

import pytest

from conftest import reaped
from secantusdb import SecantusServer, ServerStartError


def test_context_manager():
    with SecantusServer() as server:
        assert server.running
        assert server.client().admin.command("ping")["ok"] == 1
        assert server.uri == f"mongodb://127.0.0.1:{server.port}/?directConnection=true"
        assert server.host == "127.0.0.1"
        assert server.port > 0
        assert os.path.basename(server.dbpath).startswith("secantusdb-")
        pid, dbpath = server.pid, server.dbpath
        # In memory: nothing is written to the data directory.
        server.client().t.c.insert_one({"a": 1})
        assert os.listdir(dbpath) == []
        assert repr(server) == f"<SecantusServer {server.uri} pid={pid}>"
    assert not server.running
    assert reaped(pid)
    assert not os.path.exists(dbpath)
    with pytest.raises(RuntimeError, match="not running"):
        server.port
    server.stop()  # idempotent


def test_explicit_start_stop_and_client_tracking():
    server = SecantusServer(in_memory=True)
    assert server.start() is server
    assert server.start() is server  # already running: no second process
    client = server.client(appname="secantus-test")
    client.test.things.insert_one({"x": 1})
    server.stop()
    server.stop()
    # stop() closed the client it made: using it now fails.
    with pytest.raises(Exception):
        client.test.things.find_one()


def test_on_disk_data_survives_a_restart(tmp_path):
    dbpath = tmp_path / "data"
    with SecantusServer(in_memory=False, dbpath=dbpath) as server:
        assert server.dbpath == str(dbpath)
        server.client().shop.orders.insert_many(
            [{"_id": 1, "item": "pen"}, {"_id": 2, "item": "ink"}]
        )
    # The directory was passed in, so stop() keeps it.
    assert (dbpath / "WiredTiger").exists()
    with SecantusServer(in_memory=False, dbpath=str(dbpath)) as server:
        orders = server.client().shop.orders
        assert sorted(d["item"] for d in orders.find()) == ["ink", "pen"]
    assert dbpath.exists()


def test_standalone_mode_and_extra_args():
    with SecantusServer(replica_set="standalone", args=["--maxConns", "7"]) as server:
        client = server.client()
        hello = client.admin.command("hello")
        assert hello["isWritablePrimary"] is True
        assert "setName" not in hello
        argv = client.admin.command("getCmdLineOpts")["argv"]
        assert "--standalone" in argv and "--maxConns" in argv


def test_replica_set_mode_and_a_transaction():
    with SecantusServer(replica_set=True) as server:
        client = server.client()
        hello = client.admin.command("hello")
        assert hello["setName"] == "secantus"
        accounts = client.bank.accounts
        accounts.insert_many([{"_id": "a", "balance": 100}, {"_id": "b", "balance": 0}])
        with client.start_session() as session:
            with session.start_transaction():
                accounts.update_one({"_id": "a"}, {"$inc": {"balance": -30}}, session=session)
                accounts.update_one({"_id": "b"}, {"$inc": {"balance": 30}}, session=session)
                # Not visible outside the transaction before the commit.
                assert accounts.find_one({"_id": "b"})["balance"] == 0
        assert {d["_id"]: d["balance"] for d in accounts.find()} == {"a": 70, "b": 30}
        with client.start_session() as session:
            session.start_transaction()
            accounts.delete_many({}, session=session)
            session.abort_transaction()
        assert accounts.count_documents({}) == 2


def test_bad_replica_set_value():
    with pytest.raises(ValueError, match="standalone"):
        SecantusServer(replica_set="rs0")


def test_flags_it_owns_are_refused():
    with pytest.raises(ValueError, match="--logpath"):
        SecantusServer(args=["--logpath", "/tmp/x.log"])


def test_server_that_exits_reports_code_and_log():
    server = SecantusServer(args=["--oplogSize", "not-a-number"])
    with pytest.raises(ServerStartError) as info:
        server.start()
    message = str(info.value)
    assert "exited with code 2" in message
    assert "not-a-number" in message  # the server's own complaint, from stderr
    assert "--oplogSize" in message  # the command line
    assert not server.running


def test_fixed_port_already_in_use_is_reported():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(ServerStartError, match="exited with code"):
            SecantusServer(port=port).start()


def test_fake_binary_failure_keeps_the_log_tail(monkeypatch, fake_binary):
    script = "i=0; while [ $i -lt 250 ]; do echo \"line $i\"; i=$((i+1)); done; echo oops >&2; exit 3"
    monkeypatch.setenv("SECANTUSDB_BINARY", fake_binary(script))
    with pytest.raises(ServerStartError) as info:
        SecantusServer().start()
    message = str(info.value)
    assert "exited with code 3" in message
    # stderr has a tail of its own: 250 later stdout lines do not evict it.
    assert "--- stderr (last 1 lines) ---\noops" in message
    assert "--- stdout (last 200 lines) ---\nline 50\n" in message
    assert message.endswith("line 249\n--- stderr (last 1 lines) ---\noops")


def test_startup_timeout_kills_the_process(monkeypatch, fake_binary, tmp_path):
    pidfile = tmp_path / "pid"
    monkeypatch.setenv("SECANTUSDB_BINARY", fake_binary(f"echo $$ > {pidfile}; exec sleep 30"))
    server = SecantusServer(startup_timeout=0.5)
    with pytest.raises(ServerStartError, match="not ready after 0.5 s"):
        server.start()
    assert reaped(int(pidfile.read_text()))


def test_sigkill_after_stop_timeout(monkeypatch, fake_binary):
    ready = '{"id":23016,"msg":"Waiting for connections","attr":{"port":1}}'
    odd = '{"id":23016,"attr":[1]}'  # malformed: must not kill the reader
    script = f"trap '' TERM\necho 'not json'\necho '{odd}'\necho '{ready}'\nexec sleep 30"
    monkeypatch.setenv("SECANTUSDB_BINARY", fake_binary(script))
    server = SecantusServer(stop_timeout=0.3).start()
    assert server.port == 1
    proc = server._state.proc
    server.stop()
    assert proc.returncode == -signal.SIGKILL


def test_forgotten_server_is_stopped_by_the_finalizer():
    server = SecantusServer().start()
    pid, dbpath = server.pid, server.dbpath
    del server
    gc.collect()
    assert reaped(pid)
    assert not os.path.exists(dbpath)
