//! Errors. Every failure a command can report is an [`Error`]: a mongod
//! [`ErrorCode`], a message, optional error labels and extra reply fields.
//! `dispatch` turns it into `{ok: 0, errmsg, code, codeName, ...}` in exactly
//! one place ([`Error::to_reply`]); handlers never build error replies by hand.

// Generated from scripts/error_codes.yml: its lookup tables are one match
// arm per code.
#[allow(clippy::too_many_lines)]
mod codes;

pub use codes::ErrorCode;

use bson::{doc, Document};
use std::fmt;

/// A command failure as mongod would report it.
#[derive(Debug, Clone)]
pub struct Error {
    pub code: ErrorCode,
    pub message: String,
    pub labels: Vec<String>,
    /// Extra top-level reply fields (for example `keyPattern`/`keyValue` of a
    /// duplicate-key error).
    pub extra: Box<Document>,
}

/// The result type used throughout the request path.
pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        // A numbered code that has a name is reported under that name.
        let code = match code {
            ErrorCode::Location(n) => ErrorCode::from_code(n),
            c => c,
        };
        Error {
            code,
            message: message.into(),
            labels: Vec::new(),
            extra: Box::default(),
        }
    }

    pub fn bad_value(message: impl Into<String>) -> Self {
        Self::new(ErrorCode::BadValue, message)
    }

    pub fn type_mismatch(message: impl Into<String>) -> Self {
        Self::new(ErrorCode::TypeMismatch, message)
    }

    pub fn failed_to_parse(message: impl Into<String>) -> Self {
        Self::new(ErrorCode::FailedToParse, message)
    }

    pub fn not_implemented(message: impl Into<String>) -> Self {
        Self::new(ErrorCode::NotImplemented, message)
    }

    pub fn internal(message: impl Into<String>) -> Self {
        Self::new(ErrorCode::InternalError, message)
    }

    /// What an operation running when the server shuts down fails with.
    pub fn interrupted_at_shutdown() -> Self {
        Self::new(ErrorCode::InterruptedAtShutdown, "interrupted at shutdown")
    }

    /// An IDL-style unknown field error, as mongod's generated command parsers
    /// report it.
    pub fn unknown_field(command: &str, field: &str) -> Self {
        Self::new(
            ErrorCode::IDLUnknownField,
            format!("BSON field '{command}.{field}' is an unknown field."),
        )
    }

    /// mongod's error for search commands and `$listSearchIndexes` when no
    /// search process is configured.
    pub fn search_not_enabled() -> Self {
        Self::new(
            ErrorCode::SearchNotEnabled,
            "Using Atlas Search Database Commands and the $listSearchIndexes aggregation stage requires additional configuration. Please connect to Atlas or an AtlasCLI local deployment to enable. For more information on how to connect, see https://dochub.mongodb.org/core/atlas-cli-deploy-local-reqs",
        )
    }

    /// An IDL-style missing required field error (40414).
    pub fn missing_field(command: &str, field: &str) -> Self {
        Self::new(
            ErrorCode::IDLFailedToParse,
            format!("BSON field '{command}.{field}' is missing but a required field"),
        )
    }

    pub fn with_label(mut self, label: &str) -> Self {
        if !self.labels.iter().any(|l| l == label) {
            self.labels.push(label.to_string());
        }
        self
    }

    pub fn with_extra(mut self, extra: Document) -> Self {
        self.extra.extend(extra);
        self
    }

    /// The error as the body of a failed command reply.
    pub fn to_reply(&self) -> Document {
        let mut d = doc! {
            "ok": 0.0,
            "errmsg": self.message.clone(),
            "code": self.code.code(),
            "codeName": self.code.name().into_owned(),
        };
        for (k, v) in self.extra.iter() {
            d.insert(k.clone(), v.clone());
        }
        if !self.labels.is_empty() {
            d.insert("errorLabels", self.labels.clone());
        }
        d
    }

    /// The error as an element of a write command's `writeErrors` array.
    pub fn to_write_error(&self, index: usize) -> Document {
        let mut d = doc! {
            "index": index as i32,
            "code": self.code.code(),
            "codeName": self.code.name().into_owned(),
            "errmsg": self.message.clone(),
        };
        for (k, v) in self.extra.iter() {
            d.insert(k.clone(), v.clone());
        }
        d
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} ({}): {}",
            self.code.name(),
            self.code.code(),
            self.message
        )
    }
}

impl std::error::Error for Error {}

impl From<bson::error::Error> for Error {
    fn from(e: bson::error::Error) -> Self {
        Error::new(ErrorCode::InvalidBSON, e.to_string())
    }
}
