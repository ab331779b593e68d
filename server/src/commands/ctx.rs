//! The context a command handler runs in: the server state, the client
//! connection, the envelope's settings (`$db`, session, write concern,
//! `maxTimeMS`), and the session's transaction checked out for this command.
//! Handlers read and write through it (`Ctx::read`, `Ctx::write`), so each
//! runs in the session's transaction or in one of its own. `dispatch` builds
//! it from the envelope.

use crate::error::Result;
use crate::state::ServerState;
use bson::{Bson, Document};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

/// What the server knows about one client connection.
pub struct ConnInfo {
    pub id: u64,
    pub peer: SocketAddr,
    pub client_metadata: Mutex<Option<std::sync::Arc<Document>>>,
    /// The cluster time of the connection's last write (0: none yet), as
    /// mongod's "last op" of a client: a retryable write that fails with
    /// it unchanged is labelled `NoWritesPerformed`.
    pub last_op: std::sync::atomic::AtomicU64,
}

/// The application name in client metadata (`application.name`).
pub fn app_name_of(metadata: &Document) -> Option<String> {
    metadata
        .get_document("application")
        .ok()
        .and_then(|a| a.get_str("name").ok())
        .map(str::to_string)
}

/// The context a command handler runs in.
pub struct Ctx<'a> {
    pub state: &'a Arc<ServerState>,
    pub conn: &'a ConnInfo,
    /// The target database (`$db`).
    pub db: String,
    /// `lsid.id` when the command runs in a logical session.
    pub lsid: Option<Bson>,
    /// `writeConcern.j`: sync the journal before acknowledging.
    pub journal: bool,
    /// Set by write commands: the reply's operationTime.
    pub op_time: Option<bson::Timestamp>,
    /// A snapshot read's cluster time: reads see the data as of then.
    pub read_at: Option<bson::Timestamp>,
    /// The logical session's open multi-document transaction, checked out
    /// for this command.
    pub txn: Option<crate::storage::HeldTxn>,
    /// `(lsid.id, txnNumber)` of a command running in a transaction.
    pub txn_key: Option<(Bson, i64)>,
    /// When the command's `maxTimeMS` runs out.
    pub deadline: Option<std::time::Instant>,
    /// `bypassDocumentValidation`: the command's writes skip validators.
    pub bypass_validation: bool,
    /// A retryable write's session (its oplog entries carry it).
    pub retry: Option<crate::storage::oplog::RetryOrigin>,
    /// The statement of the command being written (its `stmtId`).
    pub stmt_id: i32,
    /// The command's name.
    pub command: &'static str,
    /// Set by the `onPrimaryTransactionalWrite` fail point: the connection
    /// closes instead of answering.
    pub close_connection: std::cell::Cell<bool>,
    /// The batch of the cursor reply the command built, kept as wire
    /// bytes beside the reply document (see `cursor::Batch`).
    pub batch: std::cell::Cell<Option<crate::cursor::Batch>>,
}

impl Ctx<'_> {
    /// Marks that this command wrote, advancing the cluster time.
    pub fn wrote(&mut self) {
        self.op_time = Some(self.state.clock().now());
    }

    /// The collection, created if it does not exist (as an insert or an
    /// upsert does): in the command's transaction when it runs in one.
    pub fn ensure_collection(
        &mut self,
        db: &str,
        coll: &str,
    ) -> Result<Arc<crate::storage::CollMeta>> {
        if !self.in_txn() {
            return self.state.engine.ensure_collection(db, coll);
        }
        let engine = &self.state.engine;
        self.write(|t| engine.ensure_in_txn(t, db, coll))
    }

    /// Whether the command runs inside a multi-document transaction.
    pub fn in_txn(&self) -> bool {
        self.txn_key.is_some()
    }

    /// Runs `f` in the session's transaction, or in a transaction of its own
    /// that commits (retrying on write conflicts, as mongod does for writes
    /// outside transactions).
    pub fn write<T>(
        &mut self,
        f: impl FnMut(&mut crate::storage::Txn<'_>) -> Result<T>,
    ) -> Result<T> {
        let state = self.state;
        match self.txn.take() {
            Some(held) => {
                let mut f = f;
                let mut t = state.engine.attach(held);
                t.deadline = self.deadline;
                t.bypass_validation = self.bypass_validation;
                let r = f(&mut t);
                self.state.failpoints.maybe_panic(self.command);
                self.txn = Some(t.detach());
                r
            }
            None => self.autocommit(f),
        }
    }

    /// Runs writes in a transaction of their own (retried on write
    /// conflicts), under the command's time limit and validation settings.
    pub fn autocommit<T>(
        &self,
        mut f: impl FnMut(&mut crate::storage::Txn<'_>) -> Result<T>,
    ) -> Result<T> {
        let (deadline, bypass) = (self.deadline, self.bypass_validation);
        self.state.engine.with_txn(self.journal, |t| {
            t.deadline = deadline;
            t.bypass_validation = bypass;
            t.retry = self.retry.clone().map(|r| (r, self.stmt_id));
            let r = f(t);
            self.state.failpoints.maybe_panic(self.command);
            if r.is_ok() && t.retry.is_some() {
                self.transactional_write_points(t.statements_written())?;
            }
            r
        })
    }

    /// mongod's `onPrimaryTransactionalWrite` fail point, met once per
    /// statement a retryable write wrote (so `skip` counts documents): it
    /// closes the connection (unless `closeConnection: false`) and with
    /// `failBeforeCommitExceptionCode` fails the write before it commits.
    fn transactional_write_points(&self, statements: usize) -> Result<()> {
        use crate::failpoint::TransactionalWriteFault as Fault;
        if !self.state.config.enable_test_commands {
            return Ok(());
        }
        for _ in 0..statements {
            match self.state.failpoints.transactional_write_fault() {
                Some(Fault::FailBeforeCommit {
                    code,
                    close_connection,
                }) => {
                    self.close_connection.set(close_connection);
                    return Err(crate::error::Error::new(
                        crate::error::ErrorCode::from_code(code),
                        "Failing write for test via 'onPrimaryTransactionalWrite' failpoint",
                    ));
                }
                Some(Fault::CloseAfterCommit) => self.close_connection.set(true),
                None => {}
            }
        }
        Ok(())
    }

    /// Runs a read in the session's transaction, or in a snapshot of its own.
    pub fn read<T>(
        &mut self,
        f: impl FnOnce(&mut crate::storage::Txn<'_>) -> Result<T>,
    ) -> Result<T> {
        let state = self.state;
        match self.txn.take() {
            Some(held) => {
                let mut t = state.engine.attach(held);
                t.deadline = self.deadline;
                let r = f(&mut t);
                self.txn = Some(t.detach());
                r
            }
            None => {
                let mut t = self.begin_read()?;
                f(&mut t)
            }
        }
    }

    /// A read-only transaction of its own: at the snapshot read's time when
    /// there is one, else on the latest data.
    pub fn begin_read(&self) -> Result<crate::storage::Txn<'_>> {
        let mut t = match self.read_at {
            Some(at) => self.state.engine.begin_at(at)?,
            None => self.state.engine.begin()?,
        };
        t.deadline = self.deadline;
        Ok(t)
    }
}
