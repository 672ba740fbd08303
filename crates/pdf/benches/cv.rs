//! Warm rendering: one engine kept across renders, as a server holds it.
//! Goal: a two-page CV in under 100 ms.
//!
//! - `same`: the same CV again (everything Typst memoised is reused).
//! - `edited`: a different highlight each time, as when a user edits and
//!   re-downloads, so the changed entry is laid out afresh.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use ctopath_pdf::{PdfEngine, Theme};

fn resume() -> serde_json::Value {
    serde_json::from_str(include_str!("../fixtures/two-page.resume.json")).unwrap()
}

fn warm_two_page_cv(c: &mut Criterion) {
    let resume = resume();
    let engine = PdfEngine::new();
    for theme in Theme::ALL {
        c.bench_function(&format!("cv_two_pages_warm_same_{theme}"), |b| {
            b.iter(|| engine.cv(black_box(&resume), theme).unwrap())
        });
        let mut edited = resume.clone();
        let mut edit = 0u64;
        c.bench_function(&format!("cv_two_pages_warm_edited_{theme}"), |b| {
            b.iter(|| {
                edit += 1;
                edited["work"][0]["highlights"][0] =
                    format!("Grew the organisation to {edit} engineers").into();
                engine.cv(black_box(&edited), theme).unwrap()
            })
        });
    }
}

fn cold_engine(c: &mut Criterion) {
    let mut group = c.benchmark_group("engine");
    group.sample_size(10);
    group.bench_function("new", |b| b.iter(PdfEngine::new));
    group.finish();
}

criterion_group!(benches, warm_two_page_cv, cold_engine);
criterion_main!(benches);
