//! GridFS bucket operations: upload, download, downloadByName, delete,
//! rename, drop and find.

use bson::{Binary, Bson, Document};
use futures_util::{AsyncReadExt, AsyncWriteExt, TryStreamExt};
use mongodb::gridfs::GridFsBucket;
use mongodb::options::{GridFsDownloadByNameOptions, GridFsFindOptions, GridFsUploadOptions};

use super::{to_bson, Args, OpError, OpOutcome, OpResult};
use crate::unified::ctx::Ctx;

fn io(e: std::io::Error) -> OpError {
    match e.into_inner() {
        Some(inner) => match inner.downcast::<mongodb::error::Error>() {
            Ok(driver) => OpError::Driver(*driver),
            Err(other) => OpError::Runner(format!("GridFS I/O: {other}")),
        },
        None => OpError::Runner("GridFS I/O error".into()),
    }
}

fn bytes(b: Binary) -> OpOutcome {
    Ok(OpResult::Value(Bson::Binary(b)))
}

pub async fn run(name: &str, b: &GridFsBucket, args: &Document, _ctx: &Ctx) -> OpOutcome {
    let mut a = Args::new(args);
    match name {
        "upload" => {
            let filename = a.take_str("filename")?;
            let source = match a.take("source") {
                Some(Bson::Document(d)) => {
                    let hex = d
                        .get_str("$$hexBytes")
                        .map_err(|_| OpError::Runner("source without $$hexBytes".into()))?;
                    hex::decode(hex).map_err(|e| OpError::Runner(format!("source: {e}")))?
                }
                other => return Err(OpError::Runner(format!("bad upload source {other:?}"))),
            };
            let opts: GridFsUploadOptions = a.options()?;
            let mut stream = b.open_upload_stream(filename).with_options(opts).await?;
            stream.write_all(&source).await.map_err(io)?;
            stream.close().await.map_err(io)?;
            Ok(OpResult::Value(stream.id().clone()))
        }
        "download" => {
            let id = a
                .take("id")
                .ok_or_else(|| OpError::Runner("download without id".into()))?;
            let mut stream = b.open_download_stream(id).await?;
            let mut buf = Vec::new();
            stream.read_to_end(&mut buf).await.map_err(io)?;
            bytes(Binary {
                subtype: bson::spec::BinarySubtype::Generic,
                bytes: buf,
            })
        }
        "downloadByName" => {
            let filename = a.take_str("filename")?;
            let opts: GridFsDownloadByNameOptions = a.options()?;
            let mut stream = b
                .open_download_stream_by_name(filename)
                .with_options(opts)
                .await?;
            let mut buf = Vec::new();
            stream.read_to_end(&mut buf).await.map_err(io)?;
            bytes(Binary {
                subtype: bson::spec::BinarySubtype::Generic,
                bytes: buf,
            })
        }
        "delete" => {
            let id = a
                .take("id")
                .ok_or_else(|| OpError::Runner("delete without id".into()))?;
            b.delete(id).await?;
            Ok(OpResult::None)
        }
        "deleteByName" => {
            let filename = a.take_str("filename")?;
            b.delete_by_name(filename).await?;
            Ok(OpResult::None)
        }
        "rename" => {
            let id = a
                .take("id")
                .ok_or_else(|| OpError::Runner("rename without id".into()))?;
            let new_name = a.take_str("newFilename")?;
            b.rename(id, new_name).await?;
            Ok(OpResult::None)
        }
        "renameByName" => {
            let filename = a.take_str("filename")?;
            let new_name = a.take_str("newFilename")?;
            b.rename_by_name(filename, new_name).await?;
            Ok(OpResult::None)
        }
        "drop" => {
            b.drop().await?;
            Ok(OpResult::None)
        }
        "find" => {
            let filter = a.take_doc_or_empty("filter")?;
            let opts: GridFsFindOptions = a.options()?;
            let files: Vec<_> = b
                .find(filter)
                .with_options(opts)
                .await?
                .try_collect()
                .await?;
            let mut out = Vec::new();
            for f in &files {
                out.push(to_bson(f)?);
            }
            Ok(OpResult::Value(Bson::Array(out)))
        }
        _ => Err(OpError::Runner(format!(
            "operation {name} on a bucket is not implemented by the runner"
        ))),
    }
}
