//! Times the engine natively, phase by phase, on the examples: reading the
//! profile, the check, and writing the report as JSON text (what crosses
//! into JavaScript in the page), median of RUNS runs each. Not a test: it
//! prints figures (scripts/bench.sh shows them).
//!
//!   cargo run --release --example engine-phases [-- RUNS [example.json …]]
use std::error::Error;
use std::time::{Duration, Instant};

fn median_ms(samples: &mut [Duration]) -> f64 {
    samples.sort();
    samples
        .get(samples.len() / 2)
        .map_or(f64::NAN, |d| d.as_secs_f64() * 1e3)
}

fn main() -> Result<(), Box<dyn Error>> {
    let mut args = std::env::args().skip(1);
    let runs: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(200);
    let mut names: Vec<String> = args.collect();
    if names.is_empty() {
        names = [
            "nantong-hospital.json",
            "jilin-pharmacy.json",
            "nantong-centre-audit.json",
            "jilin-pharmacy-audit.json",
        ]
        .map(String::from)
        .to_vec();
    }
    let as_of = dingdian::api::parse_as_of("2026-11-22").map_err(|e| e.message)?;
    for name in names {
        let text = std::fs::read_to_string(format!("examples/{name}"))?;
        let (mut read, mut check, mut write) = (Vec::new(), Vec::new(), Vec::new());
        let mut bytes = 0;
        for _ in 0..runs.max(1) {
            let t0 = Instant::now();
            let profile = dingdian::facts::parse_profile(&text).map_err(|e| e.message)?;
            let t1 = Instant::now();
            let report = dingdian::engine::check(&profile, as_of);
            let t2 = Instant::now();
            let json = dingdian::json::to_string(&report)?;
            let t3 = Instant::now();
            bytes = json.len();
            read.push(t1 - t0);
            check.push(t2 - t1);
            write.push(t3 - t2);
        }
        println!(
            "{name}: read {:.3} ms, check {:.3} ms, write {:.3} ms ({bytes} bytes of JSON), median of {runs}",
            median_ms(&mut read),
            median_ms(&mut check),
            median_ms(&mut write)
        );
    }
    Ok(())
}
