//! The built-in `cto-path` framework carries every fact of the specification
//! (shared/spec/framework-facts.md, F01–F36) as data. Each test names its facts.

use ctopath_framework::{
    Framework, PathKind, QuestionKind, YearRange, builtin, validate::validate,
};

fn fw() -> &'static Framework {
    builtin::framework()
}

fn range(min: u32, max: Option<u32>) -> YearRange {
    YearRange { min, max }
}

fn stage(id: &str) -> &'static ctopath_framework::Stage {
    fw().stages
        .iter()
        .find(|s| s.id == id)
        .unwrap_or_else(|| panic!("stage {id}"))
}

fn playbook(id: &str) -> &'static ctopath_framework::Playbook {
    fw().playbooks
        .iter()
        .find(|p| p.id == id)
        .unwrap_or_else(|| panic!("playbook {id}"))
}

fn ids<T>(items: &[T], id: impl Fn(&T) -> &str) -> Vec<String> {
    items.iter().map(|x| id(x).to_string()).collect()
}

fn all_text(items: &[String]) -> String {
    items.join(" ").to_lowercase()
}

#[test]
fn builtin_is_valid_and_traces_every_fact() {
    assert!(validate(fw()).is_empty(), "{:#?}", validate(fw()));
    let text = builtin::CTO_PATH_YAML;
    for n in 1..=36 {
        let tag = format!("f{n:02}");
        assert!(
            text.contains(&tag),
            "fact {tag} is not tagged in any `sources`"
        );
    }
}

#[test]
fn f01_two_routes_with_real_titles_for_every_level() {
    assert_eq!(
        ids(&fw().routes, |r| &r.id),
        ["software_engineering", "quality_engineering"]
    );
    for route in &fw().routes {
        assert_eq!(route.levels.len(), 10, "{}", route.id);
        assert!(!route.builds.is_empty());
        let top = route.levels.iter().find(|t| t.level == "L10").unwrap();
        assert!(top.title.contains("Chief Technology Officer") || top.title.contains("CTO"));
    }
    let qe: String = fw().routes[1]
        .levels
        .iter()
        .map(|t| t.title.as_str())
        .collect::<Vec<_>>()
        .join(" | ");
    for title in [
        "QA Engineer",
        "SDET",
        "Test Architect",
        "QE Manager",
        "Director of Quality Engineering",
        "VP",
    ] {
        assert!(qe.contains(title), "QE route lacks {title}: {qe}");
    }
}

#[test]
fn f02_f03_ten_levels_in_three_tours() {
    let levels = &fw().levels;
    assert_eq!(levels.len(), 10);
    for l in levels {
        let expected = match l.number {
            1..=3 => "rotational",
            4..=7 => "transformational",
            _ => "foundational",
        };
        assert_eq!(l.tour, expected, "{}", l.id);
        assert_eq!(l.id, format!("L{}", l.number));
    }
    let tour = |id: &str| fw().tours.iter().find(|t| t.id == id).unwrap();
    assert_eq!(tour("rotational").horizon_years, range(1, Some(3)));
    assert_eq!(tour("transformational").horizon_years, range(2, Some(5)));
    assert_eq!(
        tour("foundational").horizon_years.max,
        None,
        "foundational tours are open-ended"
    );
    assert!(tour("transformational").explicit_mission);
    let charter = all_text(&tour("transformational").charter);
    for part in [
        "mission",
        "success",
        "horizon",
        "person",
        "company",
        "check-in",
        "next tour",
    ] {
        assert!(charter.contains(part), "charter lacks {part}: {charter}");
    }
}

#[test]
fn f04_f08_to_f13_competencies() {
    let comps = &fw().competencies;
    assert!(comps.len() >= 12, "{} competencies", comps.len());
    for c in comps {
        for n in 4..=10 {
            assert!(
                c.indicators.contains_key(&format!("L{n}")),
                "{} lacks an indicator at L{n}",
                c.id
            );
        }
        assert!(!c.keywords.is_empty(), "{} has no keywords", c.id);
    }
    let areas = ids(&fw().skill_areas, |a| &a.id);
    assert_eq!(
        areas,
        [
            "technical_depth",
            "product_thinking",
            "leadership_management",
            "communication",
            "business_understanding",
            "systems_thinking"
        ]
    );
    let leadership = fw()
        .skill_areas
        .iter()
        .find(|a| a.id == "leadership_management")
        .unwrap();
    assert!(
        leadership.practice.len() >= 4,
        "F09: ways to practise before the title"
    );
    for area in &areas {
        assert!(
            comps.iter().any(|c| c.skill_area.as_deref() == Some(area)),
            "no competency in area {area}"
        );
    }
    let mut lacking: Vec<&str> = comps
        .iter()
        .filter(|c| c.commonly_lacking)
        .map(|c| c.id.as_str())
        .collect();
    lacking.sort();
    assert_eq!(
        lacking,
        [
            "culture_building",
            "financial_literacy",
            "strategic_thinking",
            "technology_breadth"
        ]
    );
    let has = |id: &str| comps.iter().any(|c| c.id == id);
    for id in [
        "system_design",
        "infrastructure_cloud",
        "security_compliance",
        "engineering_process",
        "ai_literacy",
        "hiring",
        "performance_management",
        "org_design",
        "culture_building",
        "executive_communication",
        "conflict_resolution",
        "roadmap_partnership",
    ] {
        assert!(has(id), "missing competency {id}");
    }
    let security = comps
        .iter()
        .find(|c| c.id == "security_compliance")
        .unwrap();
    let text = format!(
        "{} {}",
        security.description,
        security
            .indicators
            .values()
            .cloned()
            .collect::<Vec<_>>()
            .join(" ")
    );
    for framework in ["SOC 2", "HIPAA", "GDPR"] {
        assert!(text.contains(framework), "security lacks {framework}");
    }
    assert_eq!(
        ids(&fw().competency_groups, |g| &g.id),
        ["engineer", "leader", "business"]
    );
    for g in &fw().competency_groups {
        assert!(
            comps.iter().any(|c| c.group == g.id),
            "group {} is empty",
            g.id
        );
    }
}

#[test]
fn f05_f06_stages() {
    let expect = [
        ("individual_contributor", range(0, Some(5))),
        ("tech_lead", range(4, Some(8))),
        ("manager_director", range(7, Some(12))),
        ("vp_engineering", range(10, Some(15))),
        ("cto", range(12, None)),
    ];
    assert_eq!(
        ids(&fw().stages, |s| &s.id),
        expect.map(|(id, _)| id.to_string())
    );
    for (id, years) in expect {
        assert_eq!(stage(id).years, years, "{id}");
        assert!(
            !stage(id).optimize_for.is_empty()
                && !stage(id).milestone.is_empty()
                && !stage(id).mistake.is_empty()
        );
    }
    assert_eq!(
        (
            stage("tech_lead").coding_share.min,
            stage("tech_lead").coding_share.max
        ),
        (50, 70)
    );
    assert_eq!(
        (
            stage("manager_director").coding_share.min,
            stage("manager_director").coding_share.max
        ),
        (0, 20)
    );
    assert!(stage("individual_contributor").coding_share.min >= 50);
    let ic = format!(
        "{} {}",
        all_text(&stage("individual_contributor").optimize_for),
        stage("individual_contributor").mistake
    );
    for w in ["on-call", "migration", "five", "seven"] {
        assert!(ic.to_lowercase().contains(w), "IC stage lacks {w}");
    }
    let em = all_text(&stage("manager_director").optimize_for);
    assert!(
        em.contains("10") && em.contains("30"),
        "scaling event 10 to 30: {em}"
    );
    assert!(stage("manager_director").milestone.contains("two weeks"));
    assert!(all_text(&stage("vp_engineering").optimize_for).contains("quarter"));
    let cto = stage("cto");
    let sizes: Vec<u32> = cto.hands_on_by_size.iter().map(|h| h.engineers).collect();
    assert_eq!(sizes, [20, 200]);
    assert!(
        all_text(&cto.notes).contains("97"),
        "CTO Craft loneliness figure"
    );
    let first_90 = playbook("first_90_days");
    assert_eq!(
        first_90
            .steps
            .iter()
            .filter_map(|s| s.days)
            .take(2)
            .collect::<Vec<_>>(),
        [30, 30]
    );
}

#[test]
fn f07_the_shift_at_l7_l8() {
    let t = fw()
        .transitions
        .iter()
        .find(|t| t.from_level == "L7" && t.to_level == "L8")
        .expect("L7→L8 transition");
    assert_eq!(t.decision_confidence_pct, Some(70));
    assert!(t.shifts.len() >= 3);
}

#[test]
fn f14_f15_six_paths() {
    let paths = &fw().paths;
    assert_eq!(
        ids(paths, |p| &p.id),
        [
            "founding_engineer",
            "early_employee",
            "corporate_ladder",
            "cofounder",
            "fractional_cto",
            "domain_expert"
        ]
    );
    assert_eq!(paths.iter().filter(|p| p.kind == PathKind::Main).count(), 3);
    for p in paths {
        assert!(
            !p.pros.is_empty() && !p.cons.is_empty() && !p.fits_when.is_empty(),
            "{}",
            p.id
        );
    }
    let cofounder = paths.iter().find(|p| p.id == "cofounder").unwrap();
    assert!(format!("{} {}", cofounder.summary, all_text(&cofounder.cons)).contains("100"));
}

#[test]
fn f16_to_f22_stall_patterns() {
    let want = [
        "too_deep_in_implementation",
        "perfection_over_business_value",
        "avoiding_people_decisions",
        "chasing_titles",
        "ignoring_business",
        "dead_end_environment",
        "ic_too_long",
    ];
    let have = ids(&fw().stall_patterns, |p| &p.id);
    for id in want {
        assert!(have.iter().any(|h| h == id), "missing pattern {id}");
    }
    assert!(have.iter().any(|h| h == "founder_scaling_ceiling"));
    let ic = fw()
        .stall_patterns
        .iter()
        .find(|p| p.id == "ic_too_long")
        .unwrap();
    assert_eq!(ic.parameters.get("enough_years"), Some(&5.0));
    assert_eq!(ic.parameters.get("hard_years"), Some(&7.0));
    for p in &fw().stall_patterns {
        assert!(!p.signs.is_empty() && !p.advice.is_empty(), "{}", p.id);
    }
}

#[test]
fn f23_to_f26_signals_and_timeline() {
    assert_eq!(fw().signals.len(), 5);
    let t = fw().timeline.as_ref().unwrap();
    assert_eq!(
        (t.typical, t.startup, t.enterprise),
        (range(8, Some(15)), range(5, Some(8)), range(12, Some(18)))
    );
    assert_eq!(t.accelerators.len(), 3);
    assert_eq!(t.decelerators.len(), 3);
    assert!(t.accelerators.iter().all(|f| f.multiplier < 1.0));
    assert!(t.decelerators.iter().all(|f| f.multiplier > 1.0));
    let phases: Vec<YearRange> = t.phases.iter().map(|p| p.years).collect();
    assert_eq!(
        phases,
        [range(0, Some(3)), range(3, Some(7)), range(7, Some(12))]
    );
    let modes: f64 = t.stage_durations.iter().map(|d| d.mode).sum();
    assert!(
        (8.0..=15.0).contains(&modes),
        "stage durations add up to {modes} years"
    );
    let b = fw().typical_background.as_ref().unwrap();
    assert_eq!(
        (b.years_experience, b.leadership_years),
        (range(12, Some(20)), range(4, Some(8)))
    );
    assert_eq!((b.scaled_team.from, b.scaled_team.to), (5, 80));
}

#[test]
fn f27_to_f30_action_plan_and_career_design() {
    let plan = &fw().action_plan;
    assert_eq!(
        ids(plan, |h| &h.id),
        ["next_3_months", "next_6_to_12_months", "next_2_to_3_years"]
    );
    for h in plan {
        assert_eq!(h.steps.len(), 4, "{}", h.id);
    }
    let d = fw().career_design.as_ref().unwrap();
    assert_eq!(d.ask_horizon_months, range(12, Some(18)));
    assert_eq!(d.environment.len(), 4);
    assert!(
        d.portfolio_examples
            .iter()
            .any(|e| e.contains("45") && e.contains('7'))
    );
}

#[test]
fn f31_question_bank() {
    let qs = &fw().questions;
    assert_eq!(
        qs.iter().filter(|q| q.kind == QuestionKind::Core).count(),
        3
    );
    assert!(
        qs.iter()
            .filter(|q| q.kind == QuestionKind::Typical)
            .count()
            >= 5
    );
    let typical = qs
        .iter()
        .filter(|q| q.kind == QuestionKind::Typical)
        .map(|q| q.text.to_lowercase())
        .collect::<Vec<_>>()
        .join(" ");
    for w in ["10x", "risk", "ceo", "hiring", "dysfunctional"] {
        assert!(typical.contains(w), "typical questions lack {w}");
    }
    for c in &fw().competencies {
        assert!(
            qs.iter()
                .any(|q| q.kind == QuestionKind::Competency && q.competencies.contains(&c.id)),
            "no question for {}",
            c.id
        );
    }
}

#[test]
fn f32_to_f34_playbooks() {
    assert_eq!(playbook("first_100_days").steps.len(), 4);
    let mandate = playbook("year_one_mandate");
    assert_eq!(
        mandate.steps.len(),
        4,
        "audit, relationships, improvements, inherited roadmap"
    );
    let shares = |id: &str| {
        playbook(id)
            .steps
            .iter()
            .map(|s| s.share_pct.unwrap())
            .collect::<Vec<_>>()
    };
    assert_eq!(shares("allocation_70_20_10"), [70, 20, 10]);
    assert_eq!(shares("calendar_40_30_30"), [40, 30, 30]);
    let kpis = format!("{:?}", playbook("sustainability_kpis")).to_lowercase();
    for k in ["mttr", "uptime", "incidents per release"] {
        assert!(kpis.contains(k), "KPIs lack {k}");
    }
    playbook("dual_track");
}

#[test]
fn f35_f36_roles() {
    let role = |id: &str| {
        fw().roles
            .iter()
            .find(|r| r.id == id)
            .unwrap_or_else(|| panic!("role {id}"))
    };
    assert_eq!(role("cto").owns.len(), 5);
    assert!(role("cto").duties.len() >= 10);
    let sizes = &role("cto").by_company_size;
    assert_eq!(sizes.len(), 3);
    assert!(
        sizes
            .iter()
            .any(|s| s.engineers == Some(range(50, Some(200))))
    );
    for id in ["vp_engineering", "cio", "cpo"] {
        assert!(
            role("cto").contrasts.iter().any(|c| c.with == id),
            "CTO not contrasted with {id}"
        );
        role(id);
    }
    assert!(
        !role("cto").fit_competencies.is_empty()
            && !role("vp_engineering").fit_competencies.is_empty()
    );
}

#[test]
fn mission_library_covers_every_stage_and_plan_step() {
    let missions = &fw().missions;
    assert!(missions.len() >= 20, "{} missions", missions.len());
    for m in missions {
        assert!(
            (3..=5).contains(&m.success_criteria.len()),
            "{} has {} criteria",
            m.id,
            m.success_criteria.len()
        );
        assert!(
            m.success_criteria
                .iter()
                .all(|c| !c.measure.trim().is_empty())
        );
        assert!(!m.person_gains.is_empty() && !m.company_gains.is_empty());
    }
    for s in &fw().stages {
        assert!(
            missions.iter().any(|m| m.stages.contains(&s.id)),
            "no mission for stage {}",
            s.id
        );
    }
    for fact in ["f06", "f27", "f28", "f29"] {
        let n = missions
            .iter()
            .filter(|m| m.sources.iter().any(|s| s == fact))
            .count();
        assert!(n >= 3, "only {n} missions trace to {fact}");
    }
}

#[test]
fn title_lexicon_covers_common_titles() {
    let lex = fw().title_lexicon.as_ref().expect("title lexicon");
    let phrases: Vec<&str> = lex
        .entries
        .iter()
        .flat_map(|e| e.phrases.iter().map(String::as_str))
        .collect();
    for p in [
        "staff engineer",
        "principal",
        "head of engineering",
        "director of engineering",
        "cto",
        "sdet",
        "qa engineer",
        "fractional cto",
        "softwareentwickler",
        "teamleiter",
        "développeur",
        "directeur technique",
        "desarrollador",
    ] {
        assert!(phrases.contains(&p), "lexicon lacks {p:?}");
    }
    assert!(phrases.iter().all(|p| *p == p.to_lowercase()));
}

#[test]
fn the_embedded_json_is_the_validated_yaml() {
    let from_yaml = ctopath_framework::builtin::framework_from_yaml().expect("the YAML is valid");
    assert_eq!(&from_yaml, fw());
}
