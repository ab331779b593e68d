"""The pytest11 entry point, seen from a separate pytest run (pytester)."""

from __future__ import annotations

import sys

from secantusdb import find_binary

INNER_TESTS = '''
def test_insert(secantus_db):
    assert secantus_db.name.startswith("test_")
    secantus_db.things.insert_one({"_id": 1, "n": 42})
    assert secantus_db.things.find_one({"_id": 1})["n"] == 42

def test_own_database(secantus_db):
    assert "things" not in secantus_db.list_collection_names()

def test_plugin_came_from_the_entry_point(pytestconfig):
    plugin = pytestconfig.pluginmanager.get_plugin("secantusdb")
    assert plugin is not None
    assert plugin.__name__ == "secantusdb.pytest_plugin"
    names = [d.project_name for _, d in pytestconfig.pluginmanager.list_plugin_distinfo()]
    assert "secantusdb" in names
'''


def test_entry_point_fixtures_in_a_fresh_pytest(pytester):
    # No conftest and no -p: the fixtures can only come from the installed
    # package's pytest11 entry point.
    pytester.makepyfile(test_inner=INNER_TESTS)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=3)


def test_binary_option_overrides_the_env_var(pytester, monkeypatch, tmp_path):
    real = find_binary()
    monkeypatch.setenv("SECANTUSDB_BINARY", str(tmp_path / "no-such-binary"))
    pytester.makepyfile(
        test_inner="""
def test_ping(secantus_server, secantus_client):
    assert secantus_client.admin.command("ping")["ok"] == 1
"""
    )
    result = pytester.runpytest_subprocess(
        "-p", "no:cacheprovider", f"--secantusdb-binary={real}"
    )
    result.assert_outcomes(passed=1)
    # Without the option the bogus env var is used and reported.
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*SECANTUSDB_BINARY*does not exist*"])


def test_missing_pymongo_fails_only_the_tests_that_need_it(pytester, monkeypatch):
    # Runs in this process with pymongo made unimportable.
    monkeypatch.setitem(sys.modules, "pymongo", None)
    pytester.makepyfile(
        test_inner="""
def test_no_fixture():
    pass

def test_needs_pymongo(secantus_db):
    pass
"""
    )
    result = pytester.runpytest_inprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1, errors=1)
    result.stdout.fnmatch_lines(["*fixtures need pymongo*pip install*"])
