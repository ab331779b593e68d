//! The oplog side of a transaction: the entries its writes record
//! (`log_*`, called by the document writes and by DDL), written at commit
//! time at the commit's cluster time, with the pre- and post-images of
//! collections that keep them.

use super::Txn;
use crate::error::Result;
use crate::index::keyenc::ordered_i64;
use crate::storage::catalog::CollMeta;
use crate::storage::oplog::{self, PendingOp, TxnOrigin};
use crate::storage::wt_err;
use bson::raw::RawDocumentBuf;
use bson::Document;

impl Txn<'_> {
    /// Commits; with `sync`, the journal is synced before returning (j: true).
    pub fn commit(self, sync: bool) -> Result<()> {
        self.commit_as(sync, None)
    }

    /// Commits, writing the oplog entries of the writes first: one per
    /// write, or for a multi-document transaction (`origin`) one
    /// `applyOps`. The data and its entries commit at the entries'
    /// timestamp, so a rollback leaves no entry and readers at an earlier
    /// cluster time do not see the writes.
    pub fn commit_as(mut self, sync: bool, origin: Option<&TxnOrigin>) -> Result<()> {
        let sync = sync && !self.sessions.is_in_memory();
        if self.pending.is_empty() {
            self.active = false;
            self.s().commit_transaction("").map_err(wt_err)?;
            if let Some(ddl) = self.ddl.take() {
                ddl.commit();
            }
            return if sync {
                self.sessions.wait_durable(self.s())
            } else {
                Ok(())
            };
        }
        // One entry per write, or one `applyOps` for a transaction.
        let count = if origin.is_some() {
            1
        } else {
            self.pending.len()
        };
        let retry = self.retry.as_ref().filter(|_| origin.is_none());
        let images = oplog::entry::image_slots(&self.pending, origin);
        let reservation = self.oplog.reserve(count as u32);
        let wall = bson::DateTime::now();
        let mut bytes = 0u64;
        let mut ts = reservation.first;
        {
            let mut c = self
                .s()
                .open_cursor(self.oplog.table(), "")
                .map_err(wt_err)?;
            for i in 0..count {
                ts = reservation.first + i as u64;
                let entry = match origin {
                    Some(o) => oplog::entry::transaction(&self.pending, o, ts, wall)?,
                    None => {
                        let op = &self.pending[i];
                        let retry = retry.zip(op.stmt_id).map(|((r, _), stmt)| (r, stmt));
                        oplog::entry::single(op, retry, ts, wall)?
                    }
                };
                let raw = entry.as_bytes();
                bytes += raw.len() as u64;
                c.insert(&ordered_i64(ts as i64), raw).map_err(wt_err)?;
            }
        }
        if !images.is_empty() {
            let mut c = self
                .s()
                .open_cursor(oplog::entry::IMAGES, "")
                .map_err(wt_err)?;
            for (entry, index, d) in images {
                let key = oplog::entry::image_key(reservation.first + entry as u64, index);
                c.insert(&key, &d.to_vec()?).map_err(wt_err)?;
            }
        }
        let cfg = format!("commit_timestamp={}", oplog::wt_ts(ts));
        self.active = false;
        let r = self.s().commit_transaction(&cfg).map_err(wt_err);
        drop(reservation);
        r?;
        if let Some(ddl) = self.ddl.take() {
            ddl.commit();
        }
        self.oplog.add_bytes(bytes);
        // Acknowledged only once the journal holds it; concurrent writers
        // share the flush (group commit).
        if sync {
            self.sessions.wait_durable(self.s())?;
        }
        Ok(())
    }

    /// Records a command (DDL) in the oplog when this transaction commits.
    pub fn log_command(
        &mut self,
        db: &str,
        ui: Option<[u8; 16]>,
        o: Document,
        o2: Option<Document>,
    ) -> Result<()> {
        if db != oplog::OPLOG_DB {
            self.pending.push(PendingOp {
                op: "c",
                ns: format!("{db}.$cmd"),
                ui,
                o: RawDocumentBuf::try_from(&o)?,
                o2: o2.as_ref().map(RawDocumentBuf::try_from).transpose()?,
                images: None,
                stmt_id: None,
            });
        }
        Ok(())
    }

    /// Records a no-op entry (`op: "n"`) carrying `o`, as mongod writes
    /// when a replica set is initiated.
    pub fn log_noop(&mut self, o: Document) -> Result<()> {
        self.pending.push(PendingOp {
            op: "n",
            ns: String::new(),
            ui: None,
            o: RawDocumentBuf::try_from(&o)?,
            o2: None,
            images: None,
            stmt_id: None,
        });
        Ok(())
    }

    /// Records a document write in the oplog when this transaction commits
    /// (writes to `local` are not logged, as in mongod): `o` the entry's
    /// object, `o2` its `{_id}` for updates and deletes.
    pub(super) fn log_write(
        &mut self,
        meta: &CollMeta,
        op: &'static str,
        o: RawDocumentBuf,
        o2: Option<RawDocumentBuf>,
        images: Option<(&Document, Option<&Document>)>,
    ) {
        if meta.db == oplog::OPLOG_DB {
            return;
        }
        let stmt_id = self.retry.as_mut().map(|(_, next)| {
            *next += 1;
            *next - 1
        });
        let images = images
            .filter(|_| meta.records_images())
            .map(|(pre, post)| (pre.clone(), post.cloned()));
        self.pending.push(PendingOp {
            op,
            ns: meta.ns(),
            ui: Some(meta.uuid),
            o,
            o2,
            images,
            stmt_id,
        });
    }

    /// How many statements of a retryable write this transaction wrote
    /// (each document written counts once).
    pub fn statements_written(&self) -> usize {
        self.pending.iter().filter(|p| p.stmt_id.is_some()).count()
    }

    /// Reads a key of an internal table (the image store).
    pub fn get_raw(&mut self, table: &str, key: &[u8]) -> Result<Option<Vec<u8>>> {
        let mut c = self.s().open_cursor(table, "").map_err(wt_err)?;
        c.search(key).map_err(wt_err)
    }
}
