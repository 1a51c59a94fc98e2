//! Load test of `propscan serve` (a benchmark, not a test; loopback only, bounded):
//! 50 concurrent uploads of a sample package, ten rounds (or the number given); every request must be answered
//! with its own report; latency and the server's resident memory after each round.
//!
//!     cargo bench --bench serve_load
//!
//! The server runs in this process (same code as `propscan serve`), so VmRSS is its memory.

use propscan::extract::Limits;
use propscan::profile::Profile;
use propscan::serve::{AppState, ServeLimits, router};
use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

fn rss_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines().find(|l| l.starts_with("VmRSS:")).and_then(|l| {
                l.split_whitespace()
                    .nth(1)
                    .and_then(|v| v.parse::<f64>().ok())
            })
        })
        .unwrap_or(0.0)
        / 1024.0
}

fn main() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let cache = std::env::temp_dir().join("propscan-load-cache");
        let dir = cache.join("index");
        let index = match propscan::index::ProjectIndex::open(&dir) {
            Ok(i) => i,
            Err(_) => {
                let _ = std::fs::remove_dir_all(&dir);
                let corpus = propscan::index::read_jsonl(propscan::index::CORPUS, "corpus").unwrap();
                propscan::index::ProjectIndex::create(&dir, &corpus).unwrap()
            }
        };
        let uploads = std::env::temp_dir().join(format!("propscan-load-{}", std::process::id()));
        std::fs::create_dir_all(&uploads).unwrap();
        let state = AppState::new(
            Profile::default_profile(),
            Some(Arc::new(index)),
            Limits::default(),
            ServeLimits {
                upload_dir: uploads.clone(),
                // Throughput, not the limit: 500 uploads from one address would be refused.
                anonymous_checks_per_minute: 0,
                ..ServeLimits::default()
            },
        );
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(
                    listener,
                    router(state).into_make_service_with_connect_info::<std::net::SocketAddr>(),
                )
                .await
                .unwrap() });

        let sample = root.join("corpora/samples/03-title-budget-period-mistakes");
        let files: Vec<(String, Vec<u8>)> = std::fs::read_dir(&sample)
            .unwrap()
            .map(|e| {
                let e = e.unwrap();
                (e.file_name().to_string_lossy().into_owned(), std::fs::read(e.path()).unwrap())
            })
            .collect();
        let bytes: usize = files.iter().map(|f| f.1.len()).sum();
        println!(
            "upload: {} files, {:.0} KB; server RSS before: {:.0} MB",
            files.len(),
            bytes as f64 / 1024.0,
            rss_mb()
        );
        let rounds: usize = std::env::args().skip(1).find_map(|a| a.parse().ok()).unwrap_or(10);
        for round in 1..=rounds {
            let t = Instant::now();
            let mut tasks = Vec::new();
            for _ in 0..50 {
                let base = base.clone();
                let files = files.clone();
                tasks.push(tokio::spawn(async move {
                    let mut form = reqwest::multipart::Form::new();
                    for (n, b) in files {
                        form = form.part("files", reqwest::multipart::Part::bytes(b).file_name(n));
                    }
                    let t = Instant::now();
                    let resp = reqwest::Client::new()
                        .post(format!("{base}/api/check"))
                        .multipart(form)
                        .send()
                        .await;
                    let ok = match resp {
                        Ok(r) if r.status() == 200 => r
                            .json::<serde_json::Value>()
                            .await
                            .map(|v| v["packages"][0]["findings"].as_array().is_some_and(|f| !f.is_empty()))
                            .unwrap_or(false),
                        _ => false,
                    };
                    (ok, t.elapsed().as_secs_f64())
                }));
            }
            let mut lat = Vec::new();
            let mut ok = 0;
            for t in tasks {
                let (good, s) = t.await.unwrap();
                ok += usize::from(good);
                lat.push(s);
            }
            lat.sort_by(f64::total_cmp);
            let left = std::fs::read_dir(&uploads).unwrap().count();
            println!(
                "round {round}: 50 concurrent uploads, {ok}/50 answered with a report in {:.2} s; latency p50 {:.2} s, max {:.2} s; RSS {:.0} MB; upload dirs left {left}",
                t.elapsed().as_secs_f64(),
                lat[lat.len() / 2],
                lat[lat.len() - 1],
                rss_mb()
            );
        }
        let _ = std::fs::remove_dir_all(&uploads);
    });
}
