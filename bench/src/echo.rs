//! The floor: a loopback echo of a 200-byte message and a 200-byte answer
//! (about a point operation's request and reply) between this process and
//! an echo server in a process of its own — this program started again
//! with `SECANTUS_BENCH_ECHO=1`, serving on a tokio runtime as the server
//! does. No server can answer a point operation faster than this round
//! trip, nor with less CPU than the echo server spends on it: its reads,
//! writes, wake-ups and the kernel's loopback delivery are what any
//! server pays per request (`server_cpu_us`, read from `/proc` as the
//! server's).

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

const MESSAGE: usize = 200;

/// The environment variable that makes this program the echo server.
const CHILD_ENV: &str = "SECANTUS_BENCH_ECHO";

pub struct Floor {
    pub conc: usize,
    pub round_trips_per_s: f64,
    pub p50_us: f64,
    pub p99_us: f64,
    /// The echo server's CPU time (user + system) per round trip.
    pub server_cpu_us: Option<f64>,
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

/// When this process was started as the echo server: serves until killed
/// (printing its port first) and never returns.
pub fn serve_if_child() {
    if std::env::var_os(CHILD_ENV).is_none() {
        return;
    }
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("echo server runtime");
    rt.block_on(async {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("echo server bind");
        println!("{}", listener.local_addr().expect("echo address").port());
        echo_server(listener).await;
    });
    std::process::exit(0);
}

/// The echo server process; killed when dropped.
struct EchoProcess(Child);

impl Drop for EchoProcess {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn spawn_echo() -> Result<(EchoProcess, u16), String> {
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let mut child = Command::new(exe)
        .env(CHILD_ENV, "1")
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start the echo server: {e}"))?;
    let out = child.stdout.take().ok_or("echo server without stdout")?;
    let proc = EchoProcess(child);
    let mut line = String::new();
    BufReader::new(out)
        .read_line(&mut line)
        .map_err(|e| e.to_string())?;
    let port = line
        .trim()
        .parse()
        .map_err(|_| format!("echo server printed {line:?}, not a port"))?;
    Ok((proc, port))
}

/// Measures `conc` clients echoing for `secs`.
pub async fn measure(conc: usize, secs: Duration) -> Result<Floor, String> {
    let (server, port) = spawn_echo()?;
    let stat = format!("/proc/{}/stat", server.0.id());
    let mut streams = Vec::new();
    for _ in 0..conc {
        let s = TcpStream::connect(("127.0.0.1", port))
            .await
            .map_err(|e| e.to_string())?;
        s.set_nodelay(true).map_err(|e| e.to_string())?;
        streams.push(s);
    }
    let cpu_before = secantus_bench::target::cpu_micros(&stat);
    let end = Instant::now() + secs;
    let mut tasks = tokio::task::JoinSet::new();
    for mut s in streams {
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
    let cpu_after = secantus_bench::target::cpu_micros(&stat);
    drop(server);
    let n = lat.len() as f64;
    Ok(Floor {
        conc,
        round_trips_per_s: n / secs.as_secs_f64(),
        p50_us: crate::stats::percentile(&mut lat, 50.0),
        p99_us: crate::stats::percentile(&mut lat, 99.0),
        server_cpu_us: cpu_before
            .zip(cpu_after)
            .filter(|_| n > 0.0)
            .map(|(a, b)| (b - a) / n),
    })
}
