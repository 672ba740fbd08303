//! The rule every tailored document keeps: nothing invented. Highlights are the
//! person's own, verbatim; every line traces to fields that exist; every number in
//! a composed sentence is one the person (or the posting) wrote.

mod common;

use std::collections::HashSet;

use common::*;
use ctopath_profile::{Position, Profile};
use ctopath_tailor::{Posting, Tailor};
use proptest::prelude::*;
use serde_json::Value;

fn postings() -> Vec<Posting> {
    vec![
        posting(&repo("examples/jobs/cto-scaleup.txt")),
        posting(&repo("examples/jobs/vp-engineering.json")),
    ]
}

fn input_highlights(p: &Profile) -> HashSet<String> {
    p.positions
        .iter()
        .flat_map(|x| x.highlights().iter().cloned())
        .collect()
}

fn numbers(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for c in text.chars() {
        if c.is_ascii_digit() {
            current.push(c);
        } else if !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// Every digit run the person or the posting wrote, anywhere, and the short form
/// of the large amounts among them (a stated budget of 60000000 reads "60M").
fn written_numbers(profile: &Profile, posting: &Posting) -> HashSet<String> {
    let mut text = serde_json::to_string(profile).unwrap();
    text.push_str(&serde_json::to_string(posting).unwrap());
    let mut out: HashSet<String> = numbers(&text).into_iter().collect();
    let short: Vec<String> = out
        .iter()
        .filter_map(|n| n.parse::<f64>().ok())
        .filter(|n| *n >= 1e4)
        .flat_map(|n| numbers(&ctopath_tailor::facts::money(n)))
        .collect();
    out.extend(short);
    out
}

#[test]
fn tailored_documents_only_say_what_the_person_wrote() {
    for path in example_profiles() {
        let profile = profile(&path);
        let own = input_highlights(&profile);
        for posting in postings() {
            let tailor = Tailor::new(&profile, framework(), TODAY);
            let t = tailor.fit(&posting).unwrap();
            let written = written_numbers(&profile, &posting);
            // Highlights: verbatim, each from the position it was written in.
            for (i, work) in t.cv["work"].as_array().into_iter().flatten().enumerate() {
                for h in work["highlights"].as_array().into_iter().flatten() {
                    let h = h.as_str().unwrap();
                    assert!(
                        own.contains(h),
                        "{}: invented highlight {h:?}",
                        path.display()
                    );
                    assert!(
                        profile.positions[i].highlights().iter().any(|x| x == h),
                        "moved between jobs: {h:?}"
                    );
                }
            }
            assert!(
                t.cv.pointer("/meta/ctopath").is_none(),
                "private notes leaked into the CV"
            );
            // Every traced line names sources, and every number in it was written by the person.
            for line in &t.trace {
                assert!(
                    !line.sources.is_empty(),
                    "{}: untraced line {:?}",
                    path.display(),
                    line.text
                );
                // The summary's first number is the years of experience, counted from the
                // cited start date; every other number must have been written.
                let skip = usize::from(line.path == "basics.summary");
                for n in numbers(&line.text).into_iter().skip(skip) {
                    assert!(
                        written.contains(&n),
                        "{}: number {n} in {:?}",
                        path.display(),
                        line.text
                    );
                }
            }
            // The letter: sentences with facts cite them; numbers come from the inputs,
            // except the years of experience, which are counted from the cited dates.
            let letter = tailor.cover_letter(&t);
            let years = t
                .trace
                .first()
                .map(|l| numbers(&l.text))
                .unwrap_or_default();
            for p in &letter.paragraphs {
                for s in &p.sentences {
                    for n in numbers(&s.text) {
                        assert!(
                            written.contains(&n) || years.contains(&n),
                            "{}: letter number {n} in {:?}",
                            path.display(),
                            s.text
                        );
                        assert!(
                            !s.sources.is_empty(),
                            "a sentence with a number cites nothing: {:?}",
                            s.text
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn interview_stories_quote_the_portfolio() {
    for path in example_profiles() {
        let profile = profile(&path);
        let doc = ctopath_profile::to_json_resume(&profile);
        let tailor = Tailor::new(&profile, framework(), TODAY);
        let t = tailor.fit(&postings()[0]).unwrap();
        let prep = tailor.interview(Some(&t));
        assert!(
            prep.questions
                .iter()
                .any(|q| q.origin == ctopath_tailor::interview::Origin::Posting)
        );
        assert_eq!(prep.with_story + prep.without_story, prep.questions.len());
        for q in &prep.questions {
            match &q.story {
                Some(s) => {
                    assert_eq!(s.action.text.as_deref(), Some(s.text.as_str()));
                    if s.source.starts_with("work[") {
                        assert_eq!(
                            resolve(&doc, &s.source).and_then(Value::as_str),
                            Some(s.text.as_str())
                        );
                    }
                }
                None => assert!(
                    q.suggestion.is_some() || q.competencies.is_empty(),
                    "{}: {}",
                    path.display(),
                    q.id
                ),
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Whatever the highlights say, the tailored CV keeps a subset of them, verbatim,
    /// in their own positions, and drops nothing without saying why.
    #[test]
    fn any_highlights_stay_verbatim(jobs in prop::collection::vec(
        prop::collection::vec("[A-Za-z0-9 ,.%$/+#-]{1,60}", 0..7), 1..4)) {
        let profile = Profile {
            positions: jobs.iter().enumerate().map(|(i, hs)| Position {
                id: format!("p{i}"),
                title: Some("Engineering Manager".into()),
                organisation: Some(format!("Org {i}")),
                highlights: Some(hs.clone()),
                ..Position::default()
            }).collect(),
            ..Profile::default()
        };
        let t = Tailor::new(&profile, framework(), TODAY).fit(&postings()[0]).unwrap();
        for (i, work) in t.cv["work"].as_array().unwrap().iter().enumerate() {
            let kept: Vec<&str> = work["highlights"].as_array().map(|a| a.iter().filter_map(Value::as_str).collect()).unwrap_or_default();
            for h in &kept {
                prop_assert!(jobs[i].iter().any(|x| x == h));
            }
            let non_blank = jobs[i].iter().filter(|h| !h.trim().is_empty()).count();
            let dropped = t.dropped.iter().filter(|d| d.source.starts_with(&format!("positions[{i}]"))).count();
            prop_assert_eq!(kept.len() + dropped, non_blank);
        }
    }
}
