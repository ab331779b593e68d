//! What the server listens on: TCP addresses (`--bind_ip`, one port) and,
//! as mongod does by default, a Unix domain socket at
//! `<prefix>/mongodb-<port>.sock` (drivers connect to it with
//! `mongodb://%2Ftmp%2Fmongodb-27017.sock`). Either way a connection is a
//! pair of byte streams; the rest of `net` does not know which it has.

use std::net::SocketAddr;
use std::path::PathBuf;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::{TcpListener, UnixListener};

pub type Reader = Box<dyn AsyncRead + Unpin + Send>;

/// A connection's read buffer. A request usually arrives whole in one
/// segment; reading it through a buffer takes one `recv` where reading the
/// length, the rest of the header and the body took three. A larger body
/// is read past the buffer, straight into its own allocation.
const READ_BUFFER: usize = 8 << 10;

fn buffered(r: impl AsyncRead + Unpin + Send + 'static) -> Reader {
    Box::new(tokio::io::BufReader::with_capacity(READ_BUFFER, r))
}
pub type Writer = Box<dyn AsyncWrite + Unpin + Send>;

pub enum Listener {
    Tcp(TcpListener),
    /// The socket file is removed when the listener is dropped.
    Unix(UnixListener, PathBuf),
}

impl Listener {
    /// The next connection: its two halves and the peer's address (a Unix
    /// socket's peer reads as 127.0.0.1:0; mongod names it "anonymous unix
    /// socket").
    pub async fn accept(&self) -> std::io::Result<(Reader, Writer, SocketAddr)> {
        match self {
            Listener::Tcp(l) => {
                let (s, peer) = l.accept().await?;
                let _ = s.set_nodelay(true);
                let (r, w) = s.into_split();
                Ok((buffered(r), Box::new(w), peer))
            }
            Listener::Unix(l, _) => {
                let (s, _) = l.accept().await?;
                let (r, w) = s.into_split();
                Ok((
                    buffered(r),
                    Box::new(w),
                    SocketAddr::from(([127, 0, 0, 1], 0)),
                ))
            }
        }
    }

    /// What the log calls the address (`Listening on`).
    pub fn describe(&self) -> String {
        match self {
            Listener::Tcp(l) => l
                .local_addr()
                .map(|a| a.ip().to_string())
                .unwrap_or_default(),
            Listener::Unix(_, p) => p.display().to_string(),
        }
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        if let Listener::Unix(_, path) = self {
            let _ = std::fs::remove_file(path);
        }
    }
}

/// Binds the Unix domain socket for `port` under `prefix` with `mode`
/// permissions. A file left there by a server that is gone is removed
/// first, as mongod does (the TCP port, bound before, shows that no live
/// server owns it).
pub fn bind_unix(prefix: &std::path::Path, port: u16, mode: u32) -> std::io::Result<Listener> {
    use std::os::unix::fs::PermissionsExt;
    let path = prefix.join(format!("mongodb-{port}.sock"));
    match std::fs::remove_file(&path) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(e),
    }
    let l = UnixListener::bind(&path)?;
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode))?;
    Ok(Listener::Unix(l, path))
}
