//! Fit: which of the paths to CTO suits this career, and CTO against VP Engineering.
//!
//! Path fit reads a fixed set of career features, each between 0 and 1 with the reason
//! it has that value; the framework says how much each feature counts for each path
//! (`indicators`), so the judgement stays in data. Features: `founder`, `fractional`,
//! `multiple_roles`, `small_company`, `startup_years`, `enterprise_years`,
//! `long_tenure`, `early_joiner`, `hypergrowth`, `management`, `business`,
//! `cross_functional`, `ic_depth` and `keywords` (the path's own keywords).

use std::collections::HashMap;

use ctopath_evidence::Fact;
use ctopath_framework::TitleKind;
use ctopath_profile::OrgStage;

use crate::career::{Career, Pos};
use crate::model::{CompetencyResult, PathFit, RoleFit};
use crate::{Engine, round2};

/// Texts with a path keyword at which the keyword feature is full.
const KEYWORD_SATURATION: f64 = 3.0;
/// Share of all texts with a path keyword at which the keyword feature is full.
const KEYWORD_SHARE: f64 = 0.4;
/// What is left of a path's score when the career shows none of the features the path
/// requires (`requires_any`).
const UNMET_REQUIREMENT: f64 = 0.5;
/// Nudge for the path the person said they prefer.
const PREFERENCE: f64 = 0.05;
/// An engineering team this small when the person joined means they joined early.
pub const EARLY_SIZE: u32 = 20;
/// A company of at most this many people, engineers or not, is a small one: twenty
/// engineers, the other measure, rarely come with more than fifty people in all.
const SMALL_COMPANY_PEOPLE: u32 = 50;

type Features = HashMap<&'static str, (f64, String)>;

pub fn paths(engine: &Engine<'_>, career: &Career<'_>, level: u32) -> Vec<PathFit> {
    let features = features(engine, career, level);
    let preferred = career
        .profile
        .goal
        .as_ref()
        .and_then(|g| g.preferred_path.as_deref());
    let mut out: Vec<PathFit> = engine
        .framework
        .paths
        .iter()
        .enumerate()
        .map(|(i, path)| {
            let kw: Vec<usize> = {
                let mut t: Vec<usize> = career
                    .hits(engine.path_lists[i])
                    .iter()
                    .map(|h| h.text)
                    .collect();
                t.dedup();
                t
            };
            // Concentration, not mere mention: the share of the record that is about it.
            let needed = KEYWORD_SATURATION.max(KEYWORD_SHARE * career.texts.len() as f64);
            let kw_value = (kw.len() as f64 / needed).min(1.0);
            let mut positive = 0.0;
            let mut raw = 0.0;
            let mut why = Vec::new();
            for (feature, &weight) in &path.indicators {
                let (value, reason) = if feature == "keywords" {
                    let mut phrases: Vec<String> = Vec::new();
                    for h in career.hits(engine.path_lists[i]) {
                        let p = h.phrase.to_lowercase();
                        if phrases.len() < 3 && !phrases.contains(&p) {
                            phrases.push(p);
                        }
                    }
                    (
                        kw_value,
                        format!("your record mentions {}", phrases.join(", ")),
                    )
                } else {
                    features
                        .get(feature.as_str())
                        .cloned()
                        .unwrap_or((0.0, String::new()))
                };
                if weight > 0.0 {
                    positive += weight;
                }
                raw += weight * value;
                if value > 0.0 && weight.abs() * value >= 0.05 && !reason.is_empty() {
                    let sign = if weight > 0.0 { "for" } else { "against" };
                    why.push(format!("{sign}: {reason}"));
                }
            }
            let mut score = if positive > 0.0 {
                (raw / positive).clamp(0.0, 1.0)
            } else {
                0.0
            };
            let shows = |feature: &String| match feature.as_str() {
                "keywords" => kw_value > 0.0,
                f => features.get(f).is_some_and(|(v, _)| *v > 0.0),
            };
            if !path.requires_any.is_empty() && !path.requires_any.iter().any(shows) {
                score *= UNMET_REQUIREMENT;
                let wanted: Vec<String> = path
                    .requires_any
                    .iter()
                    .map(|f| match f.as_str() {
                        "keywords" => format!(
                            "words such as {}",
                            path.keywords[..path.keywords.len().min(4)].join(", ")
                        ),
                        "founder" => "a founding role".to_string(),
                        other => other.replace('_', " "),
                    })
                    .collect();
                why.push(format!(
                    "against: the path rests on {}, and the record shows none",
                    wanted.join(" or ")
                ));
            }
            for missing in path.requires_all.iter().filter(|f| !shows(f)) {
                score *= UNMET_REQUIREMENT;
                why.push(format!(
                    "against: the path needs {}, and the record shows none",
                    missing.replace('_', " ")
                ));
            }
            if preferred == Some(path.id.as_str()) {
                score = (score + PREFERENCE).min(1.0);
                why.push("for: you named it as your preferred path".into());
            }
            if why.is_empty() {
                why.push("nothing in the record points to this path".into());
            }
            PathFit {
                id: path.id.clone(),
                name: path.name.clone(),
                score: round2(score),
                why,
                pros: path.pros.clone(),
                cons: path.cons.clone(),
            }
        })
        .collect();
    out.sort_by(|a, b| b.score.total_cmp(&a.score));
    out
}

fn features(engine: &Engine<'_>, career: &Career<'_>, level: u32) -> Features {
    let mut f = Features::new();
    let total_years = career
        .positions
        .iter()
        .map(|p| p.years)
        .sum::<f64>()
        .max(0.1);
    if let Some(p) = career
        .positions
        .iter()
        .find(|p| p.kind == Some(TitleKind::Founder))
    {
        f.insert("founder", (1.0, format!("founding role: {}", p.label())));
    } else if let Some((p, text, _)) = career.any_fact(|x| matches!(x, Fact::Founder)) {
        f.insert("founder", (1.0, format!("{} (\"{text}\")", p.label())));
    }
    let current: Vec<_> = career
        .current
        .iter()
        .map(|&i| &career.positions[i])
        .collect();
    if let Some(p) = current.iter().find(|p| {
        p.kind == Some(TitleKind::Fractional) || p.has_fact(|x| matches!(x, Fact::Fractional))
    }) {
        f.insert(
            "fractional",
            (1.0, format!("fractional role now: {}", p.label())),
        );
    } else if let Some(p) = career
        .positions
        .iter()
        .find(|p| p.kind == Some(TitleKind::Fractional))
    {
        f.insert(
            "fractional",
            (0.5, format!("fractional role before: {}", p.label())),
        );
    }
    // A former executive now advising or consulting on their own sells what a fractional
    // CTO sells, whatever the card says ("Independent Technology Consultant").
    if !f.contains_key("fractional")
        && let Some(list) = engine.vocab("advisory")
        && let Some(now) = career.main_current()
        && career.hits_in(list, now.index).next().is_some()
        && let Some(before) = career.positions.iter().find(|p| {
            p.index != now.index
                && !p.side
                && matches!(p.kind, Some(TitleKind::Executive | TitleKind::Founder))
                && p.level() >= now.level()
        })
    {
        f.insert(
            "fractional",
            (
                0.8,
                format!(
                    "advisory work now ({}) after an executive role ({})",
                    now.label(),
                    before.label()
                ),
            ),
        );
    }
    // Executive titles at two companies at once are one person's week split between
    // them: fractional work, whatever each card says.
    let mut executive_now: Vec<&&Pos<'_>> = Vec::new();
    for p in current.iter().filter(|p| {
        !p.side
            && matches!(
                p.kind,
                Some(TitleKind::Executive | TitleKind::Founder | TitleKind::Fractional)
            )
    }) {
        let org = p.position.organisation.as_deref();
        if !executive_now
            .iter()
            .any(|q| org.is_some() && q.position.organisation.as_deref() == org)
        {
            executive_now.push(p);
        }
    }
    if !f.contains_key("fractional") && executive_now.len() >= 2 {
        let roles: Vec<String> = executive_now.iter().map(|p| p.label()).collect();
        f.insert(
            "fractional",
            (
                0.8,
                format!(
                    "executive roles at {} companies at once: {}",
                    roles.len(),
                    roles.join(" and ")
                ),
            ),
        );
    }
    if current.len() >= 2 {
        f.insert(
            "multiple_roles",
            (1.0, format!("{} roles held at once", current.len())),
        );
    } else if let Some(list) = engine.vocab("several_clients")
        && let Some(p) = current
            .iter()
            .find(|p| p.kind == Some(TitleKind::Fractional))
        && let Some(hit) = career
            .hits_in(list, p.index)
            .find(|h| !career.texts[h.text].is_title)
    {
        f.insert(
            "multiple_roles",
            (
                1.0,
                format!(
                    "{} serves several organisations at once (\"{}\")",
                    p.label(),
                    hit.phrase
                ),
            ),
        );
    }
    if let Some(p) = career.main_current() {
        // A stated head count outweighs a stage word: a "Series B" company of 55
        // engineers is not small, whatever its funding round says.
        let small = match (p.org_engineers(), p.company_people()) {
            (Some(engineers), _) => engineers <= 20,
            (None, Some((people, _))) => people <= SMALL_COMPANY_PEOPLE,
            (None, None) => p.org_stage() == Some("startup"),
        };
        if small {
            f.insert(
                "small_company",
                (1.0, format!("a small or early company now: {}", p.label())),
            );
        }
    }
    let startup =
        career.org_stage_years(OrgStage::Startup) + career.org_stage_years(OrgStage::Scaleup);
    let enterprise = career.org_stage_years(OrgStage::Enterprise);
    if startup > 0.0 {
        f.insert(
            "startup_years",
            (
                (startup / total_years).min(1.0),
                format!("{startup:.1} years at startups and scale-ups"),
            ),
        );
    }
    if enterprise > 0.0 {
        f.insert(
            "enterprise_years",
            (
                (enterprise / total_years).min(1.0),
                format!("{enterprise:.1} years at enterprises"),
            ),
        );
    }
    let tenures: Vec<f64> = career
        .positions
        .iter()
        .filter(|p| p.start.is_some() && !p.on_break)
        .map(|p| p.years)
        .collect();
    if !tenures.is_empty() {
        let avg = tenures.iter().sum::<f64>() / tenures.len() as f64;
        let v = if avg >= 3.0 {
            1.0
        } else if avg >= 2.0 {
            0.5
        } else {
            0.0
        };
        f.insert(
            "long_tenure",
            (v, format!("{avg:.1} years per role on average")),
        );
    }
    // A founder did not join the company early: they made it, which the founder
    // feature already counts.
    let early = career.positions.iter().find(|p| {
        let founded =
            p.kind == Some(TitleKind::Founder) || p.has_fact(|x| matches!(x, Fact::Founder));
        !founded && p.started_small(EARLY_SIZE)
    });
    if let Some(p) = early {
        f.insert(
            "early_joiner",
            (
                1.0,
                format!(
                    "joined {} while it was small",
                    p.position.organisation.as_deref().unwrap_or("a company")
                ),
            ),
        );
    }
    if let Some(p) = career.positions.iter().find(|p| {
        p.evidence
            .scope
            .hypergrowth
            .as_ref()
            .is_some_and(|h| h.value)
    }) {
        f.insert(
            "hypergrowth",
            (1.0, format!("hypergrowth as {}", p.label())),
        );
    }
    let lead = engine.leadership_from.unwrap_or(4);
    if level >= lead {
        let v = if level > lead { 1.0 } else { 0.5 };
        f.insert(
            "management",
            (v, format!("leads at {}", engine.level_id(level))),
        );
    }
    if let Some(l) = engine.vocab("business") {
        let n = career.hits(l).len();
        if n > 0 {
            f.insert(
                "business",
                (
                    (n as f64 / 2.0).min(1.0),
                    format!("names business measures ({} mentions)", n),
                ),
            );
        }
    }
    if career.positions.iter().any(|p| {
        p.evidence
            .scope
            .cross_functional
            .as_ref()
            .is_some_and(|c| c.value)
    }) {
        f.insert("cross_functional", (1.0, "works across functions".into()));
    }
    if let Some(p) = career.main_current()
        && p.kind == Some(TitleKind::Individual)
        && level >= 3
    {
        f.insert(
            "ic_depth",
            (1.0, format!("senior individual role: {}", p.label())),
        );
    }
    f
}

/// CTO (strategy and vision) against VP Engineering (execution and delivery): each
/// role's fit combines how far up the ladder the person is with how strong they are in
/// the competencies the role leans on, relative to their level and to the other role.
pub fn roles(engine: &Engine<'_>, career: &Career<'_>, comps: &[CompetencyResult]) -> RoleFit {
    let role = |id: &str| engine.framework.roles.iter().find(|r| r.id == id);
    let score = |id: &str| -> (f64, Vec<String>) {
        let Some(r) = role(id) else {
            return (
                0.0,
                vec![format!("the framework does not describe the {id} role")],
            );
        };
        let mine: Vec<&CompetencyResult> = comps
            .iter()
            .filter(|c| r.fit_competencies.contains(&c.id))
            .collect();
        if mine.is_empty() {
            return (0.0, vec!["no competencies to compare".into()]);
        }
        let rel = mine
            .iter()
            .map(|c| f64::from(c.current) - f64::from(c.expected.max(1)))
            .sum::<f64>()
            / mine.len() as f64;
        let mut why = vec![format!("{}: {}", r.name, r.focus)];
        let mut sorted = mine.clone();
        sorted.sort_by_key(|c| std::cmp::Reverse(i64::from(c.current) - i64::from(c.expected)));
        if let Some(best) = sorted.first() {
            why.push(format!(
                "strongest here: {} ({})",
                best.name,
                level_text(engine, best.current)
            ));
        }
        if let Some(worst) = sorted.last().filter(|w| w.current < w.expected) {
            why.push(format!(
                "weakest here: {} ({} against {} expected)",
                worst.name,
                level_text(engine, worst.current),
                engine.level_id(worst.expected)
            ));
        }
        (rel, why)
    };
    let (cto_rel, why_cto) = score("cto");
    let (vp_rel, why_vp) = score("vp_engineering");
    let level = career.main_current().map_or(0, |p| p.level());
    let ladder = f64::from(level) / f64::from(engine.max_level());
    // Half how far up the ladder the person is, half how their strengths lean: the
    // role whose competencies stand out against their level fits better.
    let fit = |own: f64, other: f64| {
        round2((0.5 * ladder + 0.5 * (0.5 + (own - other) / 2.0 + own / 8.0)).clamp(0.0, 1.0))
    };
    let (cto, vp) = (fit(cto_rel, vp_rel), fit(vp_rel, cto_rel));
    RoleFit {
        cto,
        vp_engineering: vp,
        leaning: if cto > vp { "cto" } else { "vp_engineering" }.to_string(),
        why_cto,
        why_vp_engineering: why_vp,
    }
}

fn level_text(engine: &Engine<'_>, n: u32) -> String {
    if n == 0 {
        "no sign yet".into()
    } else {
        engine.level_id(n).to_string()
    }
}
