//! The threads commands run on. A command walks its input recursively
//! (filters, expressions, update paths), as deep as the wire allows
//! (`maxBSONDepth`, 200 levels), and an unoptimized build spends several
//! kilobytes of stack per level: more than the 2 MiB of a default thread.
//! So commands run on a blocking pool of this server's own, whose threads
//! get a stack that holds the deepest input the wire admits with a wide
//! margin (only the pages a command touches are ever committed). The pool
//! grows like tokio's blocking pool: a command that waits (an awaitData
//! getMore, a blocked fail point) never starves the others.

use tokio::task::JoinHandle;

/// Stack of a command thread.
pub const STACK_BYTES: usize = 64 << 20;
/// At most this many command threads at once (tokio's default).
const MAX_THREADS: usize = 512;

pub struct CommandThreads {
    runtime: Option<tokio::runtime::Runtime>,
}

impl CommandThreads {
    pub fn new() -> std::io::Result<CommandThreads> {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .max_blocking_threads(MAX_THREADS)
            .thread_name("secantus-command")
            .thread_stack_size(STACK_BYTES)
            // An idle command thread exits after a second, so the stack
            // pages a burst of connections touched go back to the system
            // soon after the burst (tokio keeps them ten seconds).
            .thread_keep_alive(std::time::Duration::from_secs(1))
            .on_thread_park(crate::memory::on_idle)
            .build()?;
        Ok(CommandThreads {
            runtime: Some(runtime),
        })
    }

    /// Runs `f` on a command thread; the handle can be awaited from any
    /// runtime.
    pub fn spawn<R: Send + 'static>(
        &self,
        f: impl FnOnce() -> R + Send + 'static,
    ) -> JoinHandle<R> {
        self.runtime
            .as_ref()
            .expect("the pool lives until drop")
            .spawn_blocking(f)
    }
}

impl Drop for CommandThreads {
    fn drop(&mut self) {
        // Dropping a runtime may happen inside another runtime's task (a
        // server stopped from async code): let its threads finish on their
        // own instead of blocking here.
        if let Some(rt) = self.runtime.take() {
            rt.shutdown_background();
        }
    }
}
