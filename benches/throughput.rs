//! Criterion benchmarks of the hot paths: extraction of real and generated fixtures, the title
//! rules, the content-fit ranking (G003 and G006 on one application's text), the similarity
//! score and seal finding on a scanned page. `cargo bench --bench throughput`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use propscan::extract::{self, Limits};
use propscan::index::score;
use propscan::profile::Profile;
use std::hint::black_box;
use std::path::Path;

fn fixture(rel: &str) -> Vec<u8> {
    std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(rel),
    )
    .unwrap()
}

fn extraction(c: &mut Criterion) {
    let limits = Limits::default();
    let mut g = c.benchmark_group("extract");
    for rel in [
        "gen/application.pdf",
        "gen/info_table.pdf",
        "real/XiaoBiaoSong.pdf",
        "real/issue2128r.pdf",
        "gen/info_table.docx",
        "real/extractous_issue-52-chinese.docx",
    ] {
        let bytes = fixture(rel);
        g.throughput(Throughput::Bytes(bytes.len() as u64));
        g.bench_function(rel, |b| {
            b.iter(|| extract::extract(rel, black_box(&bytes), &limits).unwrap())
        });
    }
    g.finish();
}

fn titles(c: &mut Criterion) {
    let profile = Profile::default_profile();
    let list: Vec<String> = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/titles_csl.txt"),
    )
    .unwrap()
    .lines()
    .take(1000)
    .map(|t| format!("{t}研发"))
    .collect();
    let mut g = c.benchmark_group("title");
    g.throughput(Throughput::Elements(list.len() as u64));
    g.bench_function("check_title x1000", |b| {
        b.iter(|| {
            for t in &list {
                black_box(propscan::rules::title::check_title(t, None, &profile));
            }
        })
    });
    g.finish();
}

fn similarity(c: &mut Criterion) {
    let corpus = propscan::index::read_jsonl(propscan::index::CORPUS, "corpus").unwrap();
    let a = score::sentences(&corpus[0].abstract_text);
    let b = score::sentences(&corpus[1].abstract_text);
    c.bench_function("score::sentences (one abstract)", |bn| {
        bn.iter(|| score::sentences(black_box(&corpus[0].abstract_text)))
    });
    c.bench_function("score::compare (two abstracts)", |bn| {
        bn.iter(|| score::compare(black_box(&a), black_box(&b)))
    });
}

/// The content-fit cost per package: the field model and the guide directions ranked (G003) and the scope model's
/// judgement (G006) on six real abstracts of the shipped corpus joined (3.7 KB of text).
fn content_fit(c: &mut Criterion) {
    let profile = Profile::default_profile();
    let corpus = propscan::index::read_jsonl(propscan::index::CORPUS, "corpus").unwrap();
    let text: String = corpus
        .iter()
        .take(6)
        .map(|p| p.abstract_text.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    let mut g = c.benchmark_group("content fit (one package)");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("field model (G003)", |b| {
        b.iter(|| propscan::rules::guide::g003_content_fit::read_fields(black_box(&text)))
    });
    g.bench_function("rank_guides (G003's closest directions)", |b| {
        b.iter(|| propscan::rules::guide::rank_guides(&profile, black_box(&text)))
    });
    g.bench_function("scope judge (G006)", |b| {
        b.iter(|| propscan::rules::guide::g006_outside_scope::judge(black_box(&text)))
    });
    g.finish();
}

/// Seal finding on one scanned page: an A4 page at 200 dpi with twelve lines of text and a
/// 40 mm seal stamped over them, then photocopied in black and white (every mark one grey), as
/// `extract::seal`'s own test draws it.
fn seals(c: &mut Criterion) {
    use propscan::extract::seal::{draw_seal, find_seals, photocopied, text_page};
    let dpi = 200.0;
    let mut g = text_page(dpi);
    let mm = |v: f32| v / 25.4 * dpi;
    draw_seal(&mut g, mm(60.0), mm(80.0), mm(40.0), false);
    photocopied(&mut g);
    assert_eq!(find_seals(&g, dpi, (0.0, 0.0)).len(), 1);
    c.bench_function("find_seals (A4 photocopy, 200 dpi)", |b| {
        b.iter(|| find_seals(black_box(&g), dpi, (0.0, 0.0)))
    });
}

criterion_group!(benches, extraction, titles, content_fit, similarity, seals);
criterion_main!(benches);
