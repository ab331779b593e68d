//! `getCmdLineOpts.parsed`: the options as mongod reports them, in its
//! configuration file's tree (`net.port`, `storage.dbPath`, …) whether they
//! came from the command line or the file.

use super::args::Args;
use bson::{doc, Bson, Document};

pub fn document(args: &Args, parameters: &[(String, String)]) -> Document {
    let mut d = Document::new();
    if let Some(c) = &args.config {
        d.insert("config", path(c));
    }
    d.insert("net", net(args));
    let mut pm = Document::new();
    if args.fork {
        pm.insert("fork", true);
    }
    if let Some(p) = &args.pid_file_path {
        pm.insert("pidFilePath", path(p));
    }
    if !pm.is_empty() {
        d.insert("processManagement", pm);
    }
    let mut repl = Document::new();
    if let Some(name) = args.repl_set.as_ref().or(args.replica_set.as_ref()) {
        repl.insert("replSet", name.clone());
    }
    if let Some(mb) = args.oplog_size {
        repl.insert("oplogSizeMB", mb as i64);
    }
    if !repl.is_empty() {
        d.insert("replication", repl);
    }
    if args.noauth {
        d.insert("security", doc! { "authorization": "disabled" });
    }
    if !parameters.is_empty() {
        let mut p = Document::new();
        for (k, v) in parameters {
            p.insert(k.clone(), v.clone());
        }
        d.insert("setParameter", p);
    }
    d.insert("storage", storage(args));
    let log = system_log(args);
    if !log.is_empty() {
        d.insert("systemLog", log);
    }
    d
}

fn path(p: &std::path::Path) -> Bson {
    Bson::String(p.to_string_lossy().into_owned())
}

fn net(args: &Args) -> Document {
    let mut net = Document::new();
    if args.bind_ip_all {
        net.insert("bindIpAll", true);
    } else if let Some(h) = &args.host {
        net.insert("bindIp", h.clone());
    }
    if args.ipv6 {
        net.insert("ipv6", true);
    }
    if let Some(n) = args.max_conns {
        net.insert("maxIncomingConnections", n as i32);
    }
    net.insert("port", i32::from(args.port.unwrap_or(27017)));
    let mut uds = Document::new();
    if args.nounixsocket {
        uds.insert("enabled", false);
    }
    if let Some(p) = &args.unix_socket_prefix {
        uds.insert("pathPrefix", path(p));
    }
    if let Some(p) = &args.file_permissions {
        uds.insert("filePermissions", p.clone());
    }
    if !uds.is_empty() {
        net.insert("unixDomainSocket", uds);
    }
    net
}

fn storage(args: &Args) -> Document {
    let mut s = Document::new();
    if let Some(p) = &args.storage_path {
        s.insert("dbPath", path(p));
    }
    let in_memory = args.in_memory || args.storage_engine.as_deref() == Some("inMemory");
    s.insert("engine", if in_memory { "inMemory" } else { "wiredTiger" });
    if let Some(gb) = args.wired_tiger_cache_size_gb {
        s.insert("wiredTiger", doc! { "engineConfig": { "cacheSizeGB": gb } });
    }
    if let Some(gb) = args.in_memory_size_gb {
        s.insert(
            "inMemory",
            doc! { "engineConfig": { "inMemorySizeGB": gb } },
        );
    }
    s
}

fn system_log(args: &Args) -> Document {
    let mut l = Document::new();
    if let Some(p) = &args.logpath {
        l.insert("destination", "file");
        l.insert("path", path(p));
    }
    if args.logappend {
        l.insert("logAppend", true);
    }
    if let Some(r) = &args.log_rotate {
        l.insert("logRotate", r.clone());
    }
    if args.quiet {
        l.insert("quiet", true);
    }
    if args.verbose > 0 {
        l.insert("verbosity", i32::from(args.verbose));
    }
    if let Some(f) = &args.time_stamp_format {
        l.insert("timeStampFormat", f.clone());
    }
    l
}
