//! `batch assess` and `batch generate` through the binary: one record per line in
//! input order, bad lines as error records, the short summary and CSV shapes, threads
//! and pipes.

mod common;

use common::{EXAMPLES, Env};
use serde_json::Value;

fn example(file: &str) -> String {
    format!("{EXAMPLES}/{file}")
}

/// Runs `batch assess` with `args` and returns its output, after checking it succeeded.
fn batch_assess(env: &Env, args: &[&str]) -> std::process::Output {
    let out = env.run(&[&["batch", "assess"], args].concat());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

#[test]
fn batch_assesses_every_line_and_reports_bad_lines_by_number() {
    let env = Env::new();
    let dir = env.dir.path();
    let good = std::fs::read_to_string(example("resumes/new-graduate.json")).unwrap();
    let good: Value = serde_json::from_str(&good).unwrap();
    let own = r#"{"ctopath": 1, "positions": [{"title": "CTO", "organisation": "X", "org_engineers": 200, "start": "2010"}]}"#;
    let input = format!(
        "{}\n{{\"basics\": {{\"name\": \"Broken\"}}, \"work\": [{{\"startDate\": \"2020-99\"}}]}}\nnot json at all\n\n{own}\n",
        serde_json::to_string(&good).unwrap()
    );
    let path = dir.join("in.jsonl");
    std::fs::write(&path, input).unwrap();
    let out_path = dir.join("out.jsonl");
    let out = batch_assess(
        &env,
        &[
            "--input",
            path.to_str().unwrap(),
            "--output",
            out_path.to_str().unwrap(),
            "--runs",
            "500",
        ],
    );
    let lines: Vec<Value> = std::fs::read_to_string(&out_path)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 4, "one record per non-blank input line");
    assert_eq!(lines[0]["line"], 1);
    assert_eq!(lines[0]["level"]["id"], "L1");
    assert_eq!(lines[1]["line"], 2);
    assert!(
        lines[1]["error"]["path"]
            .as_str()
            .unwrap()
            .contains("work[0].startDate"),
        "{}",
        lines[1]
    );
    assert_eq!(lines[2]["line"], 3);
    assert!(lines[2]["error"]["message"].is_string());
    // Every error record says how to fix it, a line that is not an object included.
    for bad in [&lines[1], &lines[2]] {
        assert!(
            bad["error"]["help"].as_str().is_some_and(|h| !h.is_empty()),
            "{bad}"
        );
    }
    assert!(
        lines[2]["error"]["help"]
            .as_str()
            .unwrap()
            .contains("one JSON object"),
        "{}",
        lines[2]
    );
    assert_eq!(lines[3]["line"], 5);
    assert_eq!(lines[3]["stage"], "cto");
    assert!(String::from_utf8_lossy(&out.stderr).contains("2 lines had errors"));
}

#[test]
fn batch_generate_and_assess_round_trip_in_parallel() {
    let env = Env::new();
    let dir = env.dir.path();
    let input = dir.join("gen.jsonl");
    let out = env.run(&[
        "batch",
        "generate",
        "--count",
        "300",
        "--seed",
        "9",
        "-o",
        input.to_str().unwrap(),
    ]);
    assert!(out.status.success());
    let again = env.run(&["batch", "generate", "--count", "300", "--seed", "9"]);
    assert_eq!(
        std::fs::read(&input).unwrap(),
        again.stdout,
        "the same seed writes the same file"
    );
    let out = env.run(&[
        "batch",
        "assess",
        "--input",
        input.to_str().unwrap(),
        "--threads",
        "2",
        "--runs",
        "200",
    ]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 300);
    for (i, l) in lines.iter().enumerate() {
        assert_eq!(l["line"], i + 1, "output keeps input order");
        assert!(l.get("error").is_none(), "{l}");
    }
}

#[test]
fn batch_output_does_not_depend_on_the_number_of_threads() {
    let env = Env::new();
    let input = env.dir.path().join("gen.jsonl");
    let gen_out = env.run(&["batch", "generate", "--count", "333", "--seed", "4"]);
    std::fs::write(&input, gen_out.stdout).unwrap();
    let run = |threads: &str| {
        let out = env.run(&[
            "batch",
            "assess",
            "--input",
            input.to_str().unwrap(),
            "--threads",
            threads,
            "--runs",
            "300",
        ]);
        assert!(out.status.success());
        out.stdout
    };
    let one = run("1");
    assert_eq!(one.iter().filter(|&&b| b == b'\n').count(), 333);
    assert!(
        one == run("4"),
        "four workers write what one writes, in order"
    );
}

/// `--output` may be a pipe (process substitution, a FIFO feeding a compressor): it is
/// written into, not replaced by a renamed file.
#[cfg(unix)]
#[test]
fn batch_writes_into_a_pipe_instead_of_replacing_it() {
    use std::os::unix::fs::FileTypeExt;
    let env = Env::new();
    let dir = env.dir.path();
    let input = dir.join("gen.jsonl");
    std::fs::write(
        &input,
        env.run(&["batch", "generate", "--count", "20"]).stdout,
    )
    .unwrap();
    let fifo = dir.join("out.fifo");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    // Read on another thread; were the FIFO replaced, this read would never end, so
    // the test waits for it with a time limit instead of hanging.
    let (sent, read) = std::sync::mpsc::channel();
    {
        let fifo = fifo.clone();
        std::thread::spawn(move || sent.send(std::fs::read_to_string(fifo).unwrap()));
    }
    batch_assess(
        &env,
        &[
            "--input",
            input.to_str().unwrap(),
            "--output",
            fifo.to_str().unwrap(),
            "--runs",
            "100",
        ],
    );
    let text = read
        .recv_timeout(std::time::Duration::from_secs(60))
        .expect("the pipe was written into");
    assert_eq!(text.lines().count(), 20);
    assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());
}

#[test]
fn batch_summaries_and_csv_are_short_rows_a_spreadsheet_can_take() {
    let env = Env::new();
    let dir = env.dir.path();
    let good = std::fs::read_to_string(example("resumes/new-graduate.json")).unwrap();
    let mut good: Value = serde_json::from_str(&good).unwrap();
    // A name a spreadsheet would run as a formula, with a comma and quotes in it.
    good["basics"]["name"] = Value::from("=Lee, \"Jr\"");
    let input = format!(
        "{}\n{{\"work\": [{{\"startDate\": \"2020-99\"}}]}}\n",
        serde_json::to_string(&good).unwrap()
    );
    let path = dir.join("in.jsonl");
    std::fs::write(&path, input).unwrap();
    let run = |shape: &str| {
        let out = batch_assess(
            &env,
            &[
                "--input",
                path.to_str().unwrap(),
                shape,
                "--runs",
                "500",
                "--as-of",
                "2026-11-21",
            ],
        );
        String::from_utf8(out.stdout).unwrap()
    };

    let summary = run("--summary");
    let lines: Vec<Value> = summary
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["line"], 1);
    assert_eq!(lines[0]["level"]["id"], "L1");
    assert_eq!(lines[0]["stage"], "individual_contributor");
    assert!(
        lines[0]["forecast"]["years_to_cto"]["p50"]
            .as_f64()
            .unwrap()
            > 5.0
    );
    assert!(lines[0]["biggest_gaps"].as_array().unwrap().len() <= 3);
    assert!(
        lines[0].get("competencies").is_none(),
        "a summary, not the assessment"
    );
    assert!(summary.lines().next().unwrap().len() < 1500);
    assert_eq!(lines[1]["line"], 2);
    assert!(
        lines[1]["error"]["path"]
            .as_str()
            .unwrap()
            .contains("work[0].startDate")
    );

    let csv = run("--csv");
    let rows: Vec<&str> = csv.lines().collect();
    assert_eq!(rows.len(), 3, "{csv}");
    let header: Vec<&str> = rows[0].split(',').collect();
    assert_eq!(header[0], "line");
    assert_eq!(header.last(), Some(&"error"));
    assert!(
        rows[1].starts_with("1,\"'=Lee, \"\"Jr\"\"\",software_engineering,L1,"),
        "{}",
        rows[1]
    );
    // The bad line keeps its row: its number first, its error quoted in the last column.
    assert!(rows[2].starts_with("2,,"), "{}", rows[2]);
    assert!(rows[2].contains("work[0].startDate"), "{}", rows[2]);
    assert!(rows[2].ends_with('"'), "{}", rows[2]);
}
