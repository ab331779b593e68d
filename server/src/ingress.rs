//! mongod's ingress connection establishment rate limiter (off by default;
//! `setParameter` turns it on and tunes it, as drivers' backpressure tests
//! do): a token bucket filled at `ingressConnectionEstablishmentRatePerSec`
//! and holding at most that many times
//! `ingressConnectionEstablishmentBurstCapacitySecs` tokens. Each new
//! connection takes a token before its first message is read; without one
//! it waits its turn, unless `ingressConnectionEstablishmentMaxQueueDepth`
//! connections already wait, in which case it is closed at once. The
//! listener (`net`) asks [`IngressLimiter::admit`] for every connection.

use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub struct IngressLimiter {
    pub enabled: AtomicBool,
    /// Tokens added per second.
    pub rate_per_sec: AtomicU64,
    /// The bucket's size in seconds of the rate (an f64's bits).
    pub burst_capacity_secs: AtomicU64,
    /// How many connections may wait for a token.
    pub max_queue_depth: AtomicU64,
    bucket: Mutex<Bucket>,
    waiting: AtomicUsize,
}

struct Bucket {
    tokens: f64,
    refilled: Instant,
}

impl Default for IngressLimiter {
    fn default() -> Self {
        IngressLimiter {
            enabled: AtomicBool::new(false),
            // mongod's defaults: no limit until the parameters say so.
            rate_per_sec: AtomicU64::new(i32::MAX as u64),
            burst_capacity_secs: AtomicU64::new(f64::MAX.to_bits()),
            max_queue_depth: AtomicU64::new(0),
            bucket: Mutex::new(Bucket {
                tokens: f64::MAX,
                refilled: Instant::now(),
            }),
            waiting: AtomicUsize::new(0),
        }
    }
}

/// A waiting connection that gave up its place when dropped.
struct Waiting<'a>(&'a AtomicUsize);

impl Drop for Waiting<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

impl IngressLimiter {
    pub fn burst_capacity_secs(&self) -> f64 {
        f64::from_bits(self.burst_capacity_secs.load(Ordering::Relaxed))
    }

    /// Takes a token if one is there; otherwise how long until one is.
    fn try_take(&self) -> Result<(), Duration> {
        let rate = self.rate_per_sec.load(Ordering::Relaxed).max(1) as f64;
        let capacity = (rate * self.burst_capacity_secs()).max(1.0);
        let mut b = self
            .bucket
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let now = Instant::now();
        let earned = now.duration_since(b.refilled).as_secs_f64() * rate;
        b.tokens = (b.tokens + earned).min(capacity);
        b.refilled = now;
        if b.tokens >= 1.0 {
            b.tokens -= 1.0;
            Ok(())
        } else {
            Err(Duration::from_secs_f64((1.0 - b.tokens) / rate))
        }
    }

    /// Whether a new connection may go on (after waiting for a token when
    /// it must); false: close it.
    pub async fn admit(&self) -> bool {
        if !self.enabled.load(Ordering::Relaxed) {
            return true;
        }
        let mut place: Option<Waiting<'_>> = None;
        loop {
            let wait = match self.try_take() {
                Ok(()) => return true,
                Err(wait) => wait,
            };
            if place.is_none() {
                let depth = self.max_queue_depth.load(Ordering::Relaxed) as usize;
                if self.waiting.fetch_add(1, Ordering::SeqCst) >= depth {
                    self.waiting.fetch_sub(1, Ordering::SeqCst);
                    return false;
                }
                place = Some(Waiting(&self.waiting));
            }
            tokio::time::sleep(wait).await;
        }
    }

    /// Starts the bucket full again (when the limiter is turned on or
    /// retuned).
    pub fn reset(&self) {
        let mut b = self
            .bucket
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        b.tokens = f64::MAX;
        b.refilled = Instant::now();
    }
}

#[cfg(test)]
mod tests {
    use super::IngressLimiter;
    use std::sync::atomic::Ordering;

    #[tokio::test]
    async fn a_full_bucket_then_the_rate_and_a_bounded_queue() {
        let l = IngressLimiter::default();
        assert!(l.admit().await, "off: everyone is admitted");
        l.enabled.store(true, Ordering::Relaxed);
        l.rate_per_sec.store(20, Ordering::Relaxed);
        l.burst_capacity_secs
            .store(1.0f64.to_bits(), Ordering::Relaxed);
        l.max_queue_depth.store(0, Ordering::Relaxed);
        l.reset();
        for _ in 0..20 {
            assert!(l.admit().await);
        }
        // The bucket is empty and nobody may wait.
        assert!(!l.admit().await);
        // With room to wait, the next one waits about 1/20 s for a token.
        l.max_queue_depth.store(1, Ordering::Relaxed);
        let started = std::time::Instant::now();
        assert!(l.admit().await);
        assert!(started.elapsed() >= std::time::Duration::from_millis(20));
    }
}
