//! The `$changeStream` stage's options, checked as mongod's IDL checks
//! them, and where a stream starts: after a resume token (`resumeAfter`,
//! `startAfter`), at a cluster time (`startAtOperationTime`), or now.

use super::token::Token;
use crate::error::{Error, ErrorCode, Result};
use crate::storage::oplog::clock::pack;
use crate::storage::Engine;
use bson::Bson;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FullDocument {
    #[default]
    Default,
    UpdateLookup,
    WhenAvailable,
    Required,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum BeforeChange {
    #[default]
    Off,
    WhenAvailable,
    Required,
}

#[derive(Debug, Clone, Default)]
pub struct Options {
    pub full_document: FullDocument,
    pub full_document_before_change: BeforeChange,
    pub resume_after: Option<Token>,
    pub start_after: Option<Token>,
    pub start_at_operation_time: Option<bson::Timestamp>,
    pub all_changes_for_cluster: bool,
    pub show_expanded_events: bool,
    pub show_system_events: bool,
}

const STAGE: &str = "$changeStream";

fn wrong_type(field: &str, v: &Bson, expected: &str) -> Error {
    crate::value::field_type_error(STAGE, field, v, expected)
}

fn flag(field: &str, v: &Bson) -> Result<bool> {
    match v {
        Bson::Boolean(b) => Ok(*b),
        other => Err(wrong_type(field, other, "bool")),
    }
}

fn enum_value<'a>(field: &str, v: &'a Bson) -> Result<&'a str> {
    match v {
        Bson::String(s) => Ok(s),
        other => Err(wrong_type(field, other, "string")),
    }
}

fn bad_enum(field: &str, value: &str) -> Error {
    Error::bad_value(format!(
        "Enumeration value '{value}' for field '{STAGE}.{field}' is not a valid value."
    ))
}

impl Options {
    pub fn parse(spec: &Bson) -> Result<Options> {
        let Bson::Document(d) = spec else {
            return Err(Error::new(
                ErrorCode::Location(50808),
                "$changeStream stage expects a document as argument",
            ));
        };
        let mut o = Options::default();
        for (k, v) in d {
            match k.as_str() {
                "fullDocument" => {
                    o.full_document = match enum_value(k, v)? {
                        "default" => FullDocument::Default,
                        "updateLookup" => FullDocument::UpdateLookup,
                        "whenAvailable" => FullDocument::WhenAvailable,
                        "required" => FullDocument::Required,
                        other => return Err(bad_enum(k, other)),
                    }
                }
                "fullDocumentBeforeChange" => {
                    o.full_document_before_change = match enum_value(k, v)? {
                        "off" => BeforeChange::Off,
                        "whenAvailable" => BeforeChange::WhenAvailable,
                        "required" => BeforeChange::Required,
                        other => return Err(bad_enum(k, other)),
                    }
                }
                "resumeAfter" => o.resume_after = Some(Token::parse(v)?),
                "startAfter" => o.start_after = Some(Token::parse(v)?),
                "startAtOperationTime" => match v {
                    Bson::Timestamp(t) => o.start_at_operation_time = Some(*t),
                    other => return Err(wrong_type(k, other, "timestamp")),
                },
                "allChangesForCluster" => o.all_changes_for_cluster = flag(k, v)?,
                "showExpandedEvents" => o.show_expanded_events = flag(k, v)?,
                "showSystemEvents" => o.show_system_events = flag(k, v)?,
                // Accepted as mongod accepts them; nothing here to change.
                "showMigrationEvents"
                | "allowToRunOnConfigDB"
                | "allowToRunOnSystemNS"
                | "showRawUpdateDescription" => {
                    flag(k, v)?;
                }
                other => return Err(Error::unknown_field(STAGE, other)),
            }
        }
        let starts = usize::from(o.resume_after.is_some())
            + usize::from(o.start_after.is_some())
            + usize::from(o.start_at_operation_time.is_some());
        if starts > 1 {
            return Err(Error::new(
                ErrorCode::Location(40674),
                "Only one type of resume option is allowed, but multiple were found.",
            ));
        }
        if o.resume_after.as_ref().is_some_and(|t| t.from_invalidate) {
            return Err(Error::new(
                ErrorCode::InvalidResumeToken,
                "Attempting to resume a change stream using 'resumeAfter' is not allowed from an invalidate notification.",
            ));
        }
        Ok(o)
    }

    /// Whether the stream continues from an earlier point.
    pub fn resumes(&self) -> bool {
        self.resume_after.is_some()
            || self.start_after.is_some()
            || self.start_at_operation_time.is_some()
    }

    /// Whether update events carry the document as it is now.
    pub fn looks_up(&self) -> bool {
        self.full_document != FullDocument::Default
    }

    /// Where the stream starts — the (cluster time, rank) already seen —
    /// and the token to find in the oplog when resuming after an event.
    pub fn start(&self, engine: &Engine) -> Result<((u64, u64), Option<Token>)> {
        if let Some(t) = self.resume_after.as_ref().or(self.start_after.as_ref()) {
            let verify = (!t.high_water_mark).then(|| t.clone());
            return Ok((t.position(), verify));
        }
        if let Some(t) = self.start_at_operation_time {
            // Events at that time are included.
            return Ok(((pack(t).saturating_sub(1), u64::MAX), None));
        }
        Ok(((engine.oplog().clock.now_packed(), u64::MAX), None))
    }
}
