//! The command table: every command the server knows, sorted by name, with
//! its aliases and policy flags, and `listCommands`, which reports it.

use crate::commands as c;
use crate::commands::Ctx;
use crate::error::Result;
use bson::{doc, Document};

pub type Handler = fn(&mut Ctx<'_>, &Document) -> Result<Document>;

pub struct CommandSpec {
    pub name: &'static str,
    pub aliases: &'static [&'static str],
    pub handler: Handler,
    /// Only runs against the `admin` database.
    pub admin_only: bool,
    /// Only exists with `--enable-test-commands`.
    pub test_only: bool,
    /// Writes data (reported by listCommands as not allowed on secondaries).
    pub is_write: bool,
    /// May run inside a multi-document transaction.
    pub in_txn: bool,
    /// Ends a transaction (`commitTransaction`, `abortTransaction`): it runs
    /// only inside one and does not check the transaction out.
    pub ends_txn: bool,
    /// Part of Stable API version 1 (allowed with `apiStrict: true`).
    pub api_v1: bool,
    /// Serves `readConcern: {level: "snapshot"}` outside a transaction (the
    /// reads that run at one point in time).
    pub snapshot_reads: bool,
    /// Takes a `pipeline` whose stages the envelope checks: a final `$out`
    /// or `$merge` makes it a write (its write concern applies), and some
    /// stages are outside API version 1.
    pub pipeline: bool,
    /// Its own `maxTimeMS` is not a time limit (getMore: how long an
    /// awaitData cursor waits; the limit comes from the cursor).
    pub cursor_time_limit: bool,
    pub help: &'static str,
}

const fn cmd(name: &'static str, handler: Handler, help: &'static str) -> CommandSpec {
    CommandSpec {
        name,
        aliases: &[],
        handler,
        admin_only: false,
        test_only: false,
        is_write: false,
        in_txn: false,
        ends_txn: false,
        api_v1: false,
        snapshot_reads: false,
        pipeline: false,
        cursor_time_limit: false,
        help,
    }
}

/// One wrapper per policy flag: `admin(cmd(...))` sets `admin_only`.
macro_rules! flag_setters {
    ($($setter:ident => $field:ident),* $(,)?) => {
        $(
            const fn $setter(mut s: CommandSpec) -> CommandSpec {
                s.$field = true;
                s
            }
        )*
    };
}

flag_setters! {
    admin => admin_only,
    test_only => test_only,
    write => is_write,
    in_txn => in_txn,
    ends_txn => ends_txn,
    api_v1 => api_v1,
    snapshot_reads => snapshot_reads,
    pipeline => pipeline,
    cursor_time_limit => cursor_time_limit,
}

const fn aliases(mut s: CommandSpec, a: &'static [&'static str]) -> CommandSpec {
    s.aliases = a;
    s
}

/// Sorted by name.
pub static COMMANDS: &[CommandSpec] = &[
    in_txn(api_v1(ends_txn(admin(cmd(
        "abortTransaction",
        c::transaction::abort,
        "aborts a multi-document transaction",
    ))))),
    in_txn(api_v1(snapshot_reads(pipeline(cmd(
        "aggregate",
        c::aggregate::run,
        "runs an aggregation pipeline",
    ))))),
    api_v1(cmd(
        "authenticate",
        c::auth::authenticate,
        "authenticates with MONGODB-X509 (no users exist here: always fails)",
    )),
    aliases(
        cmd(
            "buildInfo",
            c::build_info::run,
            "server version and build details",
        ),
        &["buildinfo"],
    ),
    in_txn(api_v1(admin(write(cmd(
        "bulkWrite",
        c::bulk_write::run,
        "inserts, updates and deletes across namespaces",
    ))))),
    api_v1(write(cmd(
        "collMod",
        c::coll_mod::run,
        "changes a collection's options (validation, index visibility, capped limits)",
    ))),
    cmd(
        "collStats",
        c::coll_stats::run,
        "statistics about a collection",
    ),
    in_txn(api_v1(ends_txn(admin(cmd(
        "commitTransaction",
        c::transaction::commit,
        "commits a multi-document transaction",
    ))))),
    admin(test_only(cmd(
        "configureFailPoint",
        c::configure_fail_point::run,
        "configures a fail point (test only)",
    ))),
    cmd(
        "connectionStatus",
        c::connection_status::run,
        "authentication state of this connection",
    ),
    api_v1(cmd(
        "count",
        c::count::run,
        "counts documents matching a query",
    )),
    in_txn(api_v1(write(cmd(
        "create",
        c::create::run,
        "creates a collection",
    )))),
    in_txn(api_v1(write(cmd(
        "createIndexes",
        c::create_indexes::run,
        "creates indexes on a collection",
    )))),
    write(cmd(
        "createSearchIndexes",
        c::search_index::run,
        "creates Atlas Search indexes (needs Atlas)",
    )),
    admin(cmd(
        "currentOp",
        c::admin_misc::current_op,
        "operations in progress",
    )),
    cmd("dbStats", c::db_stats::run, "statistics about a database"),
    in_txn(api_v1(write(cmd(
        "delete",
        c::delete::run,
        "deletes documents",
    )))),
    in_txn(snapshot_reads(cmd(
        "distinct",
        c::distinct::run,
        "distinct values of a field",
    ))),
    api_v1(write(cmd("drop", c::drop::run, "drops a collection"))),
    api_v1(write(cmd(
        "dropDatabase",
        c::drop_database::run,
        "drops a database",
    ))),
    api_v1(write(cmd(
        "dropIndexes",
        c::drop_indexes::run,
        "drops indexes of a collection",
    ))),
    write(cmd(
        "dropSearchIndex",
        c::search_index::run,
        "drops an Atlas Search index (needs Atlas)",
    )),
    api_v1(cmd(
        "endSessions",
        c::sessions::end_sessions,
        "ends logical sessions",
    )),
    api_v1(snapshot_reads(cmd(
        "explain",
        c::explain::run,
        "explains how a command would run",
    ))),
    in_txn(api_v1(snapshot_reads(cmd(
        "find",
        c::on_view::find_command,
        "queries a collection",
    )))),
    in_txn(api_v1(write(cmd(
        "findAndModify",
        c::find_and_modify::run,
        "atomically modifies and returns one document",
    )))),
    admin(cmd(
        "fsync",
        c::admin_misc::fsync,
        "flushes data to disk (a checkpoint)",
    )),
    admin(cmd(
        "getCmdLineOpts",
        c::get_cmd_line_opts::run,
        "the server's command line",
    )),
    admin(cmd(
        "getDefaultRWConcern",
        c::default_rw_concern::get,
        "the cluster-wide default read and write concerns",
    )),
    admin(cmd("getLog", c::get_log::run, "recent log lines")),
    in_txn(api_v1(snapshot_reads(cursor_time_limit(cmd(
        "getMore",
        c::get_more::run,
        "returns the next batch of a cursor",
    ))))),
    admin(cmd(
        "getParameter",
        c::get_parameter::run,
        "reads server parameters",
    )),
    api_v1(aliases(
        cmd(
            "hello",
            c::hello::run,
            "describes this server's role (the handshake)",
        ),
        &["isMaster", "ismaster"],
    )),
    cmd(
        "hostInfo",
        c::host_info::run,
        "information about the host system",
    ),
    in_txn(api_v1(write(cmd(
        "insert",
        c::insert::run,
        "inserts documents",
    )))),
    cmd(
        "killAllSessions",
        c::sessions::kill_all_sessions,
        "kills all logical sessions",
    ),
    in_txn(api_v1(cmd(
        "killCursors",
        c::kill_cursors::run,
        "kills cursors",
    ))),
    admin(cmd("killOp", c::admin_misc::kill_op, "kills an operation")),
    cmd(
        "killSessions",
        c::sessions::kill_sessions,
        "kills the given logical sessions",
    ),
    api_v1(cmd(
        "listCollections",
        c::list_collections::run,
        "lists the collections of a database",
    )),
    cmd(
        "listCommands",
        list_commands,
        "lists the commands this server knows",
    ),
    admin(cmd(
        "listDatabases",
        c::list_databases::run,
        "lists databases",
    )),
    api_v1(cmd(
        "listIndexes",
        c::list_indexes::run,
        "lists the indexes of a collection",
    )),
    admin(cmd(
        "logRotate",
        c::log_rotate::run,
        "renames the log file aside and starts a new one (with --logpath)",
    )),
    api_v1(cmd("ping", c::ping::run, "checks that the server answers")),
    cmd(
        "profile",
        c::admin_misc::profile,
        "database profiler settings",
    ),
    write(cmd(
        "reIndex",
        c::re_index::run,
        "rebuilds a collection's indexes (standalone servers only)",
    )),
    api_v1(cmd(
        "refreshSessions",
        c::sessions::refresh_sessions,
        "keeps logical sessions alive",
    )),
    admin(write(cmd(
        "renameCollection",
        c::rename_collection::run,
        "renames a collection",
    ))),
    admin(cmd(
        "replSetGetConfig",
        c::repl_set_get_config::run,
        "the replica set's configuration",
    )),
    admin(cmd(
        "replSetGetStatus",
        c::repl_set_get_status::run,
        "status of the (one-member) replica set",
    )),
    admin(cmd(
        "replSetInitiate",
        c::repl_set_initiate::run,
        "initiates the replica set of a member started with --replSet",
    )),
    admin(cmd(
        "replSetReconfig",
        c::repl_set_reconfig::run,
        "replaces the replica set's configuration",
    )),
    api_v1(cmd(
        "saslContinue",
        c::auth::sasl_continue,
        "continues a SASL conversation",
    )),
    api_v1(cmd(
        "saslStart",
        c::auth::sasl_start,
        "starts a SASL conversation (no users exist here: always fails)",
    )),
    cmd("serverStatus", c::server_status::run, "server statistics"),
    admin(cmd(
        "setDefaultRWConcern",
        c::default_rw_concern::set,
        "sets the cluster-wide default read and write concerns",
    )),
    admin(cmd(
        "setParameter",
        c::set_parameter::run,
        "sets server parameters",
    )),
    admin(cmd(
        "shutdown",
        c::shutdown::run,
        "stops the server (as SIGTERM does)",
    )),
    cmd(
        "startSession",
        c::sessions::start_session,
        "starts a logical session",
    ),
    api_v1(test_only(cmd(
        "testVersion1",
        c::test_version::version1,
        "a test command in API Version 1",
    ))),
    test_only(cmd(
        "testVersion2",
        c::test_version::version2,
        "a test command outside API Version 1",
    )),
    in_txn(api_v1(write(cmd(
        "update",
        c::update::run,
        "updates documents",
    )))),
    write(cmd(
        "updateSearchIndex",
        c::search_index::run,
        "updates an Atlas Search index (needs Atlas)",
    )),
    cmd(
        "validate",
        c::validate::run,
        "checks a collection and its indexes",
    ),
    cmd(
        "whatsmyuri",
        c::whatsmyuri::run,
        "the client's address as the server sees it",
    ),
];

/// `listCommands`: every command of the table (test-only ones when test
/// commands are enabled) and its aliases, sorted by name, as mongod lists them.
fn list_commands(ctx: &mut Ctx<'_>, _cmd: &Document) -> Result<Document> {
    let mut commands = Document::new();
    let mut all: Vec<(&str, &CommandSpec)> = Vec::new();
    for spec in COMMANDS {
        if spec.test_only && !ctx.state.config.enable_test_commands {
            continue;
        }
        all.push((spec.name, spec));
        for a in spec.aliases {
            all.push((a, spec));
        }
    }
    all.sort_by_key(|(n, _)| *n);
    for (name, spec) in all {
        commands.insert(
            name,
            doc! {
                "help": spec.help,
                "requiresAuth": false,
                "secondaryOk": !spec.is_write,
                "adminOnly": spec.admin_only,
                "apiVersions": [],
                "deprecatedApiVersions": [],
            },
        );
    }
    Ok(doc! { "commands": commands })
}

/// Looks a command up by name or alias.
pub fn lookup(name: &str) -> Option<&'static CommandSpec> {
    COMMANDS
        .binary_search_by(|c| c.name.cmp(name))
        .ok()
        .map(|i| &COMMANDS[i])
        .or_else(|| COMMANDS.iter().find(|c| c.aliases.contains(&name)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_and_unique() {
        for w in COMMANDS.windows(2) {
            assert!(
                w[0].name < w[1].name,
                "{} must sort before {}",
                w[0].name,
                w[1].name
            );
        }
        assert!(lookup("isMaster").is_some());
        assert!(lookup("buildinfo").is_some());
        assert!(lookup("nope").is_none());
    }
}
