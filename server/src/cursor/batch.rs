//! A batch of a cursor reply as it goes on the wire: the elements of the
//! BSON array `firstBatch`/`nextBatch`. Stored documents are copied in
//! as the bytes the record store holds (a scan without a filter never
//! builds a `Document`); computed ones are encoded once, here. The reply
//! document carries an empty array in the batch's place, and the encoder
//! (`wire::encode_reply`) writes these bytes there.

use bson::Document;

/// A batch past this size takes a buffer kept from an earlier large
/// reply (`memory::spare_buffer`), and gives its own back when dropped
/// (after its reply is written): a scan's batches are up to 16 MB, and a
/// fresh buffer of that size is fresh memory the kernel must fault in and
/// zero page by page (a third of a full scan's server CPU before buffers
/// were kept).
const LARGE: usize = 1 << 20;

#[derive(Default, Debug)]
pub struct Batch {
    /// Array elements: type byte 3, the index as a C string, the document.
    buf: Vec<u8>,
    len: usize,
    /// The documents' own bytes (what mongod's batch budget counts).
    doc_bytes: usize,
}

impl Batch {
    pub fn new() -> Batch {
        Batch::default()
    }

    /// Documents in the batch.
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The size of the documents, as mongod counts a batch against its
    /// 16 MB budget.
    pub fn doc_bytes(&self) -> usize {
        self.doc_bytes
    }

    /// Makes room for `more` bytes; a batch growing past [`LARGE`] moves
    /// into a spare buffer when there is one.
    fn reserve(&mut self, more: usize) {
        let need = self.buf.len() + more;
        if need <= self.buf.capacity() {
            return;
        }
        if need > LARGE {
            if let Some(mut spare) = crate::memory::spare_buffer(self.buf.capacity()) {
                spare.clear();
                spare.extend_from_slice(&self.buf);
                self.buf = spare;
            }
        }
        self.buf.reserve(more);
    }

    fn key(&mut self) {
        self.reserve(24);
        self.buf.push(0x03);
        let mut n = itoa::Buffer::new();
        self.buf.extend_from_slice(n.format(self.len).as_bytes());
        self.buf.push(0);
    }

    /// Appends a stored document's bytes (already valid BSON).
    pub fn push_raw(&mut self, doc: &[u8]) {
        self.reserve(doc.len() + 24);
        self.key();
        self.buf.extend_from_slice(doc);
        self.len += 1;
        self.doc_bytes += doc.len();
    }

    /// Appends a computed document, encoding it.
    pub fn push(&mut self, doc: &Document) -> crate::error::Result<()> {
        let mark = self.buf.len();
        self.key();
        let start = self.buf.len();
        if let Err(e) = doc.to_writer(&mut self.buf) {
            self.buf.truncate(mark);
            return Err(crate::error::Error::internal(format!(
                "cannot encode a result document: {e}"
            )));
        }
        self.len += 1;
        self.doc_bytes += self.buf.len() - start;
        Ok(())
    }

    /// Appends a stored document unless the batch holds one already and
    /// this one would take it past `budget` bytes (a batch always takes
    /// its first document). False when it did not fit.
    pub fn push_raw_within(&mut self, doc: &[u8], budget: usize) -> bool {
        if !self.is_empty() && self.doc_bytes + doc.len() > budget {
            return false;
        }
        self.push_raw(doc);
        true
    }

    /// [`Batch::push_raw_within`] for a computed document.
    pub fn push_within(&mut self, doc: &Document, budget: usize) -> crate::error::Result<bool> {
        let (mark, bytes) = (self.buf.len(), self.doc_bytes);
        self.push(doc)?;
        if self.len > 1 && self.doc_bytes > budget {
            self.buf.truncate(mark);
            self.doc_bytes = bytes;
            self.len -= 1;
            return Ok(false);
        }
        Ok(true)
    }

    /// The array's elements (without the array's length and terminator).
    pub fn elements(&self) -> &[u8] {
        &self.buf
    }

    /// The documents, decoded (for the few callers that read a reply's
    /// batch inside the server: a view's `count` and `distinct`, a
    /// retryable write's stored reply).
    pub fn to_documents(&self) -> Vec<Document> {
        let mut out = Vec::with_capacity(self.len);
        let mut at = 0;
        let b = &self.buf;
        while at < b.len() {
            // Type byte, then the key up to its NUL, then the document.
            let key_end = match b[at + 1..].iter().position(|&c| c == 0) {
                Some(p) => at + 1 + p,
                None => break,
            };
            let start = key_end + 1;
            let Some(size) = b
                .get(start..start + 4)
                .map(|s| i32::from_le_bytes(s.try_into().expect("4 bytes")) as usize)
            else {
                break;
            };
            if let Ok(d) = crate::value::decode(&b[start..start + size]) {
                out.push(d);
            }
            at = start + size;
        }
        out
    }
}

impl Drop for Batch {
    fn drop(&mut self) {
        if self.buf.capacity() >= LARGE {
            crate::memory::keep_buffer(std::mem::take(&mut self.buf));
        }
    }
}
