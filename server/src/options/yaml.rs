//! mongod's YAML configuration file (`--config`/`-f`), read as the
//! command-line flags it stands for: each option mongod documents under
//! `net`, `storage`, `replication`, `systemLog`, `processManagement`,
//! `setParameter` and `security` that this server takes becomes its flag,
//! put before the real command line (which therefore overrides the file, as
//! mongod's does). An option mongod does not know, or one this server
//! cannot honour, is refused by name as mongod refuses it.

use serde_yaml_ng::Value;

/// How a YAML option becomes flags.
#[derive(Clone, Copy)]
enum Kind {
    /// `--flag value`.
    Value(&'static str),
    /// `--flag` when true.
    Switch(&'static str),
    /// `--flag` when false (`unixDomainSocket.enabled: false`).
    SwitchIfFalse(&'static str),
    /// `-v` repeated `verbosity` times.
    Verbosity,
    /// `systemLog.destination`: `file` (needs `path`) or `syslog`.
    Destination,
    /// `security.authorization`: `enabled` means `--auth`.
    Authorization,
}

const OPTIONS: &[(&str, Kind)] = &[
    ("net.port", Kind::Value("--port")),
    ("net.bindIp", Kind::Value("--bind_ip")),
    ("net.bindIpAll", Kind::Switch("--bind_ip_all")),
    ("net.ipv6", Kind::Switch("--ipv6")),
    ("net.maxIncomingConnections", Kind::Value("--maxConns")),
    (
        "net.unixDomainSocket.enabled",
        Kind::SwitchIfFalse("--nounixsocket"),
    ),
    (
        "net.unixDomainSocket.pathPrefix",
        Kind::Value("--unixSocketPrefix"),
    ),
    (
        "net.unixDomainSocket.filePermissions",
        Kind::Value("--filePermissions"),
    ),
    ("storage.dbPath", Kind::Value("--dbpath")),
    ("storage.engine", Kind::Value("--storageEngine")),
    (
        "storage.journal.commitIntervalMs",
        Kind::Value("--journalCommitInterval"),
    ),
    (
        "storage.wiredTiger.engineConfig.cacheSizeGB",
        Kind::Value("--wiredTigerCacheSizeGB"),
    ),
    (
        "storage.inMemory.engineConfig.inMemorySizeGB",
        Kind::Value("--inMemorySizeGB"),
    ),
    ("replication.replSetName", Kind::Value("--replSet")),
    ("replication.oplogSizeMB", Kind::Value("--oplogSize")),
    ("systemLog.destination", Kind::Destination),
    ("systemLog.path", Kind::Value("--logpath")),
    ("systemLog.logAppend", Kind::Switch("--logappend")),
    ("systemLog.logRotate", Kind::Value("--logRotate")),
    ("systemLog.quiet", Kind::Switch("--quiet")),
    ("systemLog.verbosity", Kind::Verbosity),
    (
        "systemLog.timeStampFormat",
        Kind::Value("--timeStampFormat"),
    ),
    ("processManagement.fork", Kind::Switch("--fork")),
    (
        "processManagement.pidFilePath",
        Kind::Value("--pidfilepath"),
    ),
    ("security.authorization", Kind::Authorization),
];

/// The flags a configuration file's text stands for, or mongod's message
/// for a file it cannot read.
pub fn to_flags(text: &str) -> Result<Vec<String>, String> {
    let root: Value = serde_yaml_ng::from_str(text)
        .map_err(|e| format!("Error parsing YAML config file: {e}"))?;
    let mut leaves = Vec::new();
    match root {
        Value::Mapping(_) => flatten("", &root, &mut leaves)?,
        // An empty file is an empty configuration.
        Value::Null => {}
        _ => return Err("Error parsing YAML config file: not a mapping".into()),
    }
    let mut flags = Vec::new();
    let mut destination_file = false;
    let mut has_path = false;
    for (key, value) in leaves {
        if let Some(name) = key.strip_prefix("setParameter.") {
            flags.push("--setParameter".into());
            flags.push(format!("{name}={}", scalar(&key, &value)?));
            continue;
        }
        let Some((_, kind)) = OPTIONS.iter().find(|(k, _)| *k == key) else {
            return Err(format!("Unrecognized option: {key}"));
        };
        match *kind {
            Kind::Value(flag) => {
                has_path |= key == "systemLog.path";
                flags.push(flag.into());
                flags.push(scalar(&key, &value)?);
            }
            Kind::Switch(flag) => {
                if boolean(&key, &value)? {
                    flags.push(flag.into());
                }
            }
            Kind::SwitchIfFalse(flag) => {
                if !boolean(&key, &value)? {
                    flags.push(flag.into());
                }
            }
            Kind::Verbosity => {
                let n: u8 = scalar(&key, &value)?
                    .parse()
                    .map_err(|_| format!("Bad value for parameter {key:?}: not an integer"))?;
                flags.extend((0..n.min(5)).map(|_| "-v".to_string()));
            }
            Kind::Destination => match scalar(&key, &value)?.as_str() {
                "file" => destination_file = true,
                "syslog" => {
                    return Err("systemLog.destination: syslog is not supported; use file".into())
                }
                other => return Err(format!("Bad value for systemLog.destination: {other}")),
            },
            Kind::Authorization => match scalar(&key, &value)?.as_str() {
                "enabled" => flags.push("--auth".into()),
                "disabled" => {}
                other => return Err(format!("Bad value for security.authorization: {other}")),
            },
        }
    }
    if destination_file && !has_path {
        return Err("systemLog.path is required if systemLog.destination is to a file".into());
    }
    if has_path && !destination_file {
        return Err("systemLog.path requires systemLog.destination to be set to file".into());
    }
    Ok(flags)
}

/// The file's options as dotted names and their values (`setParameter`'s
/// entries stay whole: their values may be anything).
fn flatten(prefix: &str, v: &Value, out: &mut Vec<(String, Value)>) -> Result<(), String> {
    let Value::Mapping(m) = v else {
        out.push((prefix.to_string(), v.clone()));
        return Ok(());
    };
    for (k, v) in m {
        let Some(k) = k.as_str() else {
            return Err(format!(
                "Error parsing YAML config file: a key of {prefix} is not a string"
            ));
        };
        let key = if prefix.is_empty() {
            k.to_string()
        } else {
            format!("{prefix}.{k}")
        };
        if prefix == "setParameter" {
            out.push((key, v.clone()));
        } else {
            flatten(&key, v, out)?;
        }
    }
    Ok(())
}

fn scalar(key: &str, v: &Value) -> Result<String, String> {
    match v {
        Value::String(s) => Ok(s.clone()),
        Value::Number(n) => Ok(n.to_string()),
        Value::Bool(b) => Ok(b.to_string()),
        _ => Err(format!(
            "Bad value for parameter {key:?}: expected a single value"
        )),
    }
}

fn boolean(key: &str, v: &Value) -> Result<bool, String> {
    match v {
        Value::Bool(b) => Ok(*b),
        _ => Err(format!(
            "Bad value for parameter {key:?}: expected true or false"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mongods_documented_example() {
        let flags = to_flags(
            "systemLog:\n  destination: file\n  path: \"/var/log/mongodb/mongod.log\"\n  logAppend: true\n\
             storage:\n  dbPath: /srv/db\nprocessManagement:\n  fork: true\n\
             net:\n  bindIp: 127.0.0.1,10.8.0.10\n  port: 27018\n\
             setParameter:\n  enableTestCommands: 1\n",
        )
        .unwrap();
        assert_eq!(
            flags.join(" "),
            "--logpath /var/log/mongodb/mongod.log --logappend --dbpath /srv/db --fork \
             --bind_ip 127.0.0.1,10.8.0.10 --port 27018 --setParameter enableTestCommands=1"
        );
    }

    #[test]
    fn unknown_and_malformed() {
        assert_eq!(
            to_flags("net:\n  nosuch: 1\n").unwrap_err(),
            "Unrecognized option: net.nosuch"
        );
        assert!(to_flags("net: [\n")
            .unwrap_err()
            .starts_with("Error parsing YAML config file"));
        assert!(to_flags("systemLog:\n  path: /x\n").is_err());
        assert_eq!(to_flags("").unwrap(), Vec::<String>::new());
    }
}
