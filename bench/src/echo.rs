//! The floor: a loopback echo of a 200-byte message and a 200-byte answer
//! (about a point operation's request and reply), between this process
//! and a TCP echo server it runs itself. No server can answer a point
//! operation faster than this round trip.

use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

const MESSAGE: usize = 200;

pub struct Floor {
    pub conc: usize,
    pub round_trips_per_s: f64,
    pub p50_us: f64,
    pub p99_us: f64,
}

async fn echo_server(listener: TcpListener) {
    while let Ok((mut s, _)) = listener.accept().await {
        tokio::spawn(async move {
            let _ = s.set_nodelay(true);
            let mut buf = [0u8; MESSAGE];
            while s.read_exact(&mut buf).await.is_ok() {
                if s.write_all(&buf).await.is_err() {
                    break;
                }
            }
        });
    }
}

/// Measures `conc` clients echoing for `secs`.
pub async fn measure(conc: usize, secs: Duration) -> Result<Floor, String> {
    let listener = TcpListener::bind("127.0.0.1:0")
        .await
        .map_err(|e| e.to_string())?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    let server = tokio::spawn(echo_server(listener));
    let end = Instant::now() + secs;
    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..conc {
        let mut s = TcpStream::connect(addr).await.map_err(|e| e.to_string())?;
        s.set_nodelay(true).map_err(|e| e.to_string())?;
        tasks.spawn(async move {
            let mut lat = Vec::new();
            let out = [7u8; MESSAGE];
            let mut back = [0u8; MESSAGE];
            while Instant::now() < end {
                let began = Instant::now();
                if s.write_all(&out).await.is_err() || s.read_exact(&mut back).await.is_err() {
                    break;
                }
                lat.push(began.elapsed().as_secs_f64() * 1e6);
            }
            lat
        });
    }
    let mut lat = Vec::new();
    while let Some(r) = tasks.join_next().await {
        lat.extend(r.map_err(|e| e.to_string())?);
    }
    server.abort();
    let n = lat.len() as f64;
    Ok(Floor {
        conc,
        round_trips_per_s: n / secs.as_secs_f64(),
        p50_us: crate::stats::percentile(&mut lat, 50.0),
        p99_us: crate::stats::percentile(&mut lat, 99.0),
    })
}
