//! Index build rate and search latency over 100,000 projects (a benchmark, not a test).
//!
//!     cargo bench --bench index            # 100,000 projects
//!     cargo bench --bench index -- 20000   # another size
//!
//! The projects are made by recombining real sentences of the shipped corpus's 500 CSL
//! abstracts (each synthetic abstract: 4–8 sentences drawn from different abstracts, with a
//! real title), so the vocabulary and sentence statistics are those of real text. Queries are
//! 200 of those abstracts with two sentences replaced (near duplicates) and 200 real abstracts
//! that are not in the corpus (CSL 500–999). Goals (issue 5): ≥ 2,000 projects/s to build,
//! p50 ≤ 5 ms a query.

use propscan::index::{self, Probe, Project, ProjectIndex, score};
use std::time::Instant;

struct Lcg(u64);
impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

fn main() {
    let n: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(100_000);
    let corpus = index::read_jsonl(index::CORPUS, "corpora/projects.jsonl").unwrap();
    let real: Vec<&Project> = corpus
        .iter()
        .filter(|p| !p.abstract_text.is_empty())
        .collect();
    let pool: Vec<String> = real
        .iter()
        .flat_map(|p| score::split_sentences(&p.abstract_text))
        .filter(|s| s.chars().count() >= 15)
        .map(str::to_string)
        .collect();
    let mut rng = Lcg(7);
    let projects: Vec<Project> = (0..n)
        .map(|i| {
            let k = 4 + rng.below(5);
            let text: Vec<&str> = (0..k)
                .map(|_| pool[rng.below(pool.len())].as_str())
                .collect();
            let base = real[i % real.len()];
            Project {
                id: format!("B{i:06}"),
                title: base.title.clone(),
                unit: format!("苏州{}科技有限公司", i % 5000),
                program: base.program.clone(),
                start: base.start.clone(),
                end: base.end.clone(),
                abstract_text: text.join("。") + "。",
                keywords: base.keywords.clone(),
                status: if i % 3 == 0 { "finished" } else { "ongoing" }.into(),
                ..Project::default()
            }
        })
        .collect();
    let chars: usize = projects
        .iter()
        .map(|p| p.abstract_text.chars().count())
        .sum();
    let dir = std::env::temp_dir().join(format!("propscan-bench-index-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let t = Instant::now();
    let idx = ProjectIndex::create(&dir, &projects).unwrap();
    let build = t.elapsed().as_secs_f64();
    let st = idx.stats();
    println!(
        "build: {n} projects ({:.1} M characters) in {build:.2} s = {:.0} projects/s; {:.1} MB on disk",
        chars as f64 / 1e6,
        n as f64 / build,
        st.bytes_on_disk as f64 / 1e6
    );

    let csl: Vec<serde_json::Value> = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("corpora/sources/csl_dev_joined.jsonl"),
    )
    .unwrap()
    .lines()
    .map(|l| serde_json::from_str(l).unwrap())
    .collect();
    let mut queries: Vec<String> = Vec::new();
    for i in 0..200 {
        let p = &projects[(i * 7919) % n];
        let mut s: Vec<String> = score::split_sentences(&p.abstract_text)
            .into_iter()
            .map(str::to_string)
            .collect();
        let len = s.len();
        s[0] = pool[rng.below(pool.len())].clone();
        s[len - 1] = pool[rng.below(pool.len())].clone();
        queries.push(s.join("。"));
    }
    for r in &csl[500..700] {
        queries.push(r["abstract"].as_str().unwrap().to_string());
    }
    // Warm up (first queries load segments into the page cache).
    for q in queries.iter().take(10) {
        idx.search(&Probe::text("", q), 5, 0.0);
    }
    let mut lat: Vec<f64> = queries
        .iter()
        .map(|q| {
            let t = Instant::now();
            let hits = idx.search(&Probe::text("", q), 5, 0.0);
            std::hint::black_box(hits);
            t.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    lat.sort_by(f64::total_cmp);
    println!(
        "search: {} queries, p50 {:.2} ms, p95 {:.2} ms, max {:.2} ms",
        lat.len(),
        lat[lat.len() / 2],
        lat[lat.len() * 95 / 100],
        lat[lat.len() - 1]
    );
    drop(idx);
    let _ = std::fs::remove_dir_all(&dir);
}
