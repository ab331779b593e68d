//! Percentiles and the medians over repeated measurements.

use crate::run::Sample;

/// The `p`th percentile (nearest rank) of `v`; 0 when empty.
pub fn percentile(v: &mut [f64], p: f64) -> f64 {
    if v.is_empty() {
        return 0.0;
    }
    v.sort_by(f64::total_cmp);
    let rank = ((p / 100.0) * v.len() as f64).ceil() as usize;
    v[rank.clamp(1, v.len()) - 1]
}

/// The median of the values present; None when there are none.
pub fn median(values: impl IntoIterator<Item = Option<f64>>) -> Option<f64> {
    let mut v: Vec<f64> = values.into_iter().flatten().collect();
    (!v.is_empty()).then(|| percentile(&mut v, 50.0))
}

/// One server's result for a cell: the median of each figure over the
/// repetitions.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Summary {
    /// Documents per second for the workloads counted in documents,
    /// operations per second for the others.
    pub throughput: f64,
    pub ops_per_s: f64,
    pub p50_us: f64,
    pub p99_us: f64,
    /// Server CPU time per operation (µs), when its process is known.
    pub server_cpu_us_per_op: Option<f64>,
    pub client_cpu_us_per_op: Option<f64>,
    pub rss_mb: Option<f64>,
    pub reps: usize,
}

pub fn summarize(samples: &mut [Sample], counts_docs: bool) -> Summary {
    let per_op = |total: Option<f64>, ops: u64| total.filter(|_| ops > 0).map(|t| t / ops as f64);
    Summary {
        throughput: median(
            samples
                .iter()
                .map(|s| Some(if counts_docs { s.docs } else { s.ops } as f64 / s.secs)),
        )
        .unwrap_or(0.0),
        ops_per_s: median(samples.iter().map(|s| Some(s.ops as f64 / s.secs))).unwrap_or(0.0),
        p50_us: median(
            samples
                .iter_mut()
                .map(|s| Some(percentile(&mut s.latencies_us, 50.0))),
        )
        .unwrap_or(0.0),
        p99_us: median(
            samples
                .iter_mut()
                .map(|s| Some(percentile(&mut s.latencies_us, 99.0))),
        )
        .unwrap_or(0.0),
        server_cpu_us_per_op: median(samples.iter().map(|s| per_op(s.server_cpu_us, s.ops))),
        client_cpu_us_per_op: median(samples.iter().map(|s| per_op(s.client_cpu_us, s.ops))),
        rss_mb: median(samples.iter().map(|s| s.rss_mb)),
        reps: samples.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_by_nearest_rank() {
        let mut v: Vec<f64> = (1..=100).map(f64::from).collect();
        assert_eq!(percentile(&mut v, 50.0), 50.0);
        assert_eq!(percentile(&mut v, 99.0), 99.0);
        assert_eq!(percentile(&mut [3.0, 1.0, 2.0], 50.0), 2.0);
        assert_eq!(percentile(&mut [], 50.0), 0.0);
        assert_eq!(median([None, Some(4.0), Some(1.0), Some(9.0)]), Some(4.0));
        assert_eq!(median([None]), None);
    }
}
