//! `ctopath batch generate`: synthetic JSON Resumes for trying and benchmarking
//! `batch assess`. Careers climb a ladder of real titles at a realistic pace, in
//! companies of different stages, with highlights that state scope and outcomes the
//! way people write them. The same seed writes the same file.

use std::io::Write;

use serde_json::{Value, json};

use crate::engine_args::GenerateArgs;
use crate::error::CliResult;
use crate::io::write_atomically;

const SOFTWARE: &[&str] = &[
    "Junior Software Engineer",
    "Software Engineer",
    "Senior Software Engineer",
    "Staff Engineer",
    "Engineering Manager",
    "Senior Engineering Manager",
    "Director of Engineering",
    "VP of Engineering",
    "SVP of Engineering",
    "CTO",
];
const QUALITY: &[&str] = &[
    "QA Engineer",
    "SDET",
    "Senior SDET",
    "QA Lead",
    "QE Manager",
    "Senior QE Manager",
    "Director of Quality Engineering",
    "VP of Quality Engineering",
    "SVP of Engineering",
    "CTO",
];
const COMPANIES: &[(&str, &str)] = &[
    ("Acme Payments", "Series B fintech startup"),
    ("Globex", "Fortune 500 enterprise"),
    ("Initech", "scale-up in logistics"),
    ("Umbrella Health", "enterprise healthcare group"),
    ("Hooli", "fast-growing consumer scale-up"),
    ("Vandelay", "seed-stage startup"),
];
const HIGHLIGHTS: &[&str] = &[
    "Led a team of {n} engineers building the checkout API",
    "Reduced p99 latency from {a}ms to {b}ms",
    "Cut cloud spend by {p}% through rightsizing",
    "Hired {n} engineers and ran the interview loop",
    "Mentored {m} engineers, two of whom were promoted",
    "Migrated the monolith to event-driven services",
    "Grew the team from {m} to {n} engineers",
    "Managed a ${k}M annual budget",
    "Presented the roadmap to the board every quarter",
    "Increased conversion by {p}% with the product team",
    "Introduced an on-call rotation and blameless postmortems",
    "Wrote most of the billing service in Rust",
    "Automated the regression suite, cutting release time from {a} to {c} hours",
];

/// A small deterministic generator (SplitMix64); statistical quality is not needed.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

fn resume(d: &mut Dice, id: u64) -> Value {
    let ladder = if d.below(5) == 0 { QUALITY } else { SOFTWARE };
    let years = 1 + d.below(24) as i64;
    let end_year = 2026;
    let mut year = end_year - years;
    let mut level = d.below(2) as usize;
    let mut work = Vec::new();
    while year < end_year {
        let stay = 1 + d.below(5) as i64;
        let (name, description) = COMPANIES[d.below(COMPANIES.len() as u64) as usize];
        let n = 3 + d.below(40);
        let highlights: Vec<String> = (0..2 + d.below(3))
            .map(|_| {
                HIGHLIGHTS[d.below(HIGHLIGHTS.len() as u64) as usize]
                    .replace("{n}", &n.to_string())
                    .replace("{m}", &(1 + n / 3).to_string())
                    .replace("{p}", &(5 + d.below(40)).to_string())
                    .replace("{a}", &(200 + d.below(800)).to_string())
                    .replace("{b}", &(20 + d.below(150)).to_string())
                    .replace("{c}", &(1 + d.below(3)).to_string())
                    .replace("{k}", &(1 + d.below(9)).to_string())
            })
            .collect();
        let end = year + stay;
        let mut job = json!({
            "name": name,
            "position": ladder[level.min(ladder.len() - 1)],
            "description": description,
            "startDate": format!("{year}-{:02}", 1 + d.below(12)),
            "highlights": highlights,
        });
        if end < end_year {
            job["endDate"] = json!(format!("{end}-{:02}", 1 + d.below(12)));
        }
        work.push(job);
        year = end;
        level += 1 + usize::from(d.below(4) == 0);
    }
    work.reverse();
    json!({
        "basics": { "name": format!("Person {id}"), "label": work[0]["position"], "email": format!("person{id}@example.com") },
        "work": work,
        "skills": [{ "name": "Engineering", "keywords": ["Rust", "Kubernetes", "PostgreSQL"] }],
    })
}

pub fn generate(args: GenerateArgs) -> CliResult {
    let mut d = Dice(args.seed);
    let mut out = Vec::with_capacity(args.count as usize * 1200);
    for id in 0..args.count {
        serde_json::to_writer(&mut out, &resume(&mut d, id + 1))
            .expect("a Value always serialises");
        out.push(b'\n');
    }
    match &args.output {
        Some(path) => write_atomically(path, &out),
        None => {
            let mut stdout = std::io::stdout().lock();
            match stdout.write_all(&out) {
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
                other => Ok(other?),
            }
        }
    }
}
