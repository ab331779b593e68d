//! A sort with a limit keeps only the documents that can still make the
//! cut (mongod's top-k sort): a bounded heap of the best `k` by sort key,
//! ties broken by arrival order so the result is the stable sort's first
//! `k`. Inputs come decoded, or as stored bytes when the sort is on one
//! plain path: the key is then read from the bytes, and only a document
//! that enters the heap is kept (decoded at the end).

use crate::error::Result;
use crate::query::sort::SortSpec;
use crate::value::raw_path::{lookup_all, RawLookup, RawPath};
use bson::{Bson, Document};
use std::cmp::Ordering;
use std::collections::BinaryHeap;

/// A document the heap holds.
enum Kept {
    Decoded(Document),
    Stored(Vec<u8>),
}

struct Entry<'s> {
    sort: &'s SortSpec,
    key: Vec<Bson>,
    seq: u64,
    rid: i64,
    doc: Kept,
}

impl Ord for Entry<'_> {
    fn cmp(&self, other: &Self) -> Ordering {
        self.sort
            .compare_keys(&self.key, &other.key)
            .then(self.seq.cmp(&other.seq))
    }
}

impl PartialOrd for Entry<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for Entry<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Entry<'_> {}

pub struct TopK<'s> {
    sort: &'s SortSpec,
    k: usize,
    /// A max-heap: its top is the worst document kept.
    heap: BinaryHeap<Entry<'s>>,
    seq: u64,
    /// The sort's one path, when it can be read from stored bytes.
    raw: Option<[RawPath; 1]>,
    found: Vec<RawLookup>,
}

impl<'s> TopK<'s> {
    pub fn new(sort: &'s SortSpec, k: usize) -> TopK<'s> {
        let raw = match sort.fields.as_slice() {
            [(path, _)] => RawPath::parse(&path.join(".")).map(|p| [p]),
            _ => None,
        };
        TopK {
            sort,
            k,
            heap: BinaryHeap::new(),
            seq: 0,
            raw,
            found: Vec::new(),
        }
    }

    /// Whether [`TopK::add_stored`] can read keys from stored bytes.
    pub fn reads_stored(&self) -> bool {
        self.raw.is_some()
    }

    /// Adds a decoded document.
    pub fn add(&mut self, rid: i64, mut doc: Document) -> Result<()> {
        self.sort.check(std::iter::once(&doc))?;
        let key = self.sort.key_of(&mut doc);
        self.offer(key, rid, || Ok(Kept::Decoded(doc)))
    }

    /// Adds a document given as its stored bytes.
    pub fn add_stored(&mut self, rid: i64, bytes: &[u8]) -> Result<()> {
        let Some(paths) = &self.raw else {
            return self.add(rid, crate::value::decode(bytes)?);
        };
        lookup_all(bytes, paths, &mut self.found);
        let value = match self.found.pop() {
            Some(RawLookup::Missing) => Bson::Null,
            // An array expands into its elements: the decoded path.
            Some(RawLookup::Found(v)) if !matches!(v, Bson::Array(_)) => v,
            _ => return self.add(rid, crate::value::decode(bytes)?),
        };
        let key = vec![self.sort.collated(value)];
        self.offer(key, rid, || Ok(Kept::Stored(bytes.to_vec())))
    }

    fn offer(
        &mut self,
        key: Vec<Bson>,
        rid: i64,
        doc: impl FnOnce() -> Result<Kept>,
    ) -> Result<()> {
        if self.k == 0 {
            return Ok(());
        }
        self.seq += 1;
        if self.heap.len() == self.k {
            let worst = self.heap.peek().expect("a full heap");
            // Later arrivals lose ties: only a smaller key gets in.
            if self.sort.compare_keys(&key, &worst.key) != Ordering::Less {
                return Ok(());
            }
            self.heap.pop();
        }
        self.heap.push(Entry {
            sort: self.sort,
            key,
            seq: self.seq,
            rid,
            doc: doc()?,
        });
        Ok(())
    }

    /// The documents kept, in the sort's order.
    pub fn into_sorted(self) -> Result<Vec<(i64, Document)>> {
        self.heap
            .into_sorted_vec()
            .into_iter()
            .map(|e| {
                let d = match e.doc {
                    Kept::Decoded(d) => d,
                    Kept::Stored(b) => crate::value::decode(b.as_slice())?,
                };
                Ok((e.rid, d))
            })
            .collect()
    }
}
