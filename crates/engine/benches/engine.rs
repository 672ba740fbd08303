//! Engine benchmarks: one assessment, one 10,000-run forecast, and one batch line
//! (load + assess) against parsing the same line alone into a `serde_json::Value`.
//!
//! Run with `cargo bench -p ctopath-engine`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use ctopath_engine::{Engine, Options};
use ctopath_framework::builtin;
use ctopath_profile::PartialDate;

fn example(file: &str) -> Vec<u8> {
    let path = format!("{}/../../examples/{file}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(path).expect("example file")
}

fn options(seed: u64) -> Options {
    Options {
        today: PartialDate::parse("2026-11-21").expect("date"),
        runs: 10_000,
        seed,
    }
}

fn benches(c: &mut Criterion) {
    let fw = builtin::framework();
    let engine = Engine::new(fw);
    let resume = example("resumes/maya-okafor.json");
    let profile = ctopath_profile::load("maya.json", &resume, fw)
        .expect("loads")
        .profile;

    // A new seed each time, so the forecast cache never answers.
    let mut seed = 0;
    c.bench_function("assess one profile, fresh 10k-run forecast", |b| {
        b.iter(|| {
            seed += 1;
            black_box(engine.assess(&profile, &options(seed)))
        })
    });
    c.bench_function("assess one profile, forecast cached", |b| {
        b.iter(|| black_box(engine.assess(&profile, &options(0))))
    });

    // One line of a batch: the work per input line against parsing it alone.
    let line: Vec<u8> =
        serde_json::to_vec(&serde_json::from_slice::<serde_json::Value>(&resume).unwrap()).unwrap();
    c.bench_function("batch line: parse into serde_json::Value only", |b| {
        b.iter(|| black_box(serde_json::from_slice::<serde_json::Value>(&line).unwrap()))
    });
    c.bench_function("batch line: load + assess + serialise", |b| {
        b.iter(|| {
            let p = ctopath_profile::load("line", &line, fw)
                .expect("loads")
                .profile;
            let a = engine.assess(&p, &options(0));
            black_box(serde_json::to_string(&a).unwrap())
        })
    });
    c.bench_function("batch line: load only", |b| {
        b.iter(|| black_box(ctopath_profile::load("line", &line, fw).expect("loads")))
    });
    let assessed = engine.assess(&profile, &options(0));
    c.bench_function("batch line: serialise only", |b| {
        b.iter(|| black_box(serde_json::to_string(&assessed).unwrap()))
    });
    c.bench_function("engine preparation (Engine::new)", |b| {
        b.iter(|| black_box(Engine::new(fw)))
    });
}

criterion_group!(engine, benches);
criterion_main!(engine);
