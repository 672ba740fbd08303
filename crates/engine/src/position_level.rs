//! The level one position shows: the title read through the lexicon, capped by the size
//! of the organisation, set against the scope the position evidently carries, and
//! bounded by the experience the person had by then.
//!
//! Title and scope are two witnesses. When they agree within a level, the title stands.
//! When the scope is two or more levels larger, the scope wins: an acting manager of
//! twelve works at a manager's level whatever the card says. When the title claims two
//! or more levels beyond the scope shown, the position is read one level above its
//! scope, unless the title is an executive's whose organisation size is known: the
//! title caps have already measured it against the organisation.

use ctopath_framework::{ScopeMeasure, TitleKind};

use crate::Engine;
use crate::career::Pos;
use crate::model::Evidence;

#[derive(Debug, Clone, Default)]
pub struct LevelReading {
    pub level: u32,
    pub title_level: Option<u32>,
    /// Title level after the organisation-size cap.
    pub capped_title: Option<u32>,
    pub scope_level: Option<u32>,
    /// The title and the scope were both read and agree within one level.
    pub agrees: bool,
    /// An executive or founder title at an organisation too big for any title cap:
    /// the head count stands behind the title.
    pub org_backs_title: bool,
    /// Lowered by the experience the person had at the time.
    pub experience_capped: bool,
    pub evidence: Vec<Evidence>,
}

/// `years_by_end` is the experience the person had when the position ended; `None`
/// when no position in the career is dated, so that nothing is known of it.
pub fn read_level(engine: &Engine<'_>, pos: &Pos<'_>, years_by_end: Option<f64>) -> LevelReading {
    let mut r = LevelReading::default();
    let label = pos.label();
    let title_field = title_source(pos);

    if pos.on_break {
        r.level = engine.min_level();
        r.evidence.push(Evidence::new(
            "career_break",
            format!(
                "{label}: time away from work, so it counts toward neither years of \
                 experience nor tenure; a break is not a stall"
            ),
            pos.evidence.path.clone(),
        ));
        return r;
    }
    if pos.outside_tech {
        r.level = engine.min_level();
        let why = if pos.evidence.other_function {
            "a title outside engineering"
        } else {
            "a title the lexicon does not know, and nothing in it about software, data or \
             systems"
        };
        r.evidence.push(Evidence::new(
            "outside_technology",
            format!(
                "{label}: outside technology ({why}), so the engineering ladder counts \
                 neither its years nor its scope; what it taught about people and business \
                 still counts as evidence for those competencies"
            ),
            pos.evidence.path.clone(),
        ));
        return r;
    }

    if pos.side {
        r.level = engine.min_level();
        r.evidence.push(Evidence::new(
            "side_project",
            format!(
                "{label}: a side project beside the main work, so the ladder reads neither \
                 its title nor its scope; what it shows still counts for the competencies \
                 and the paths"
            ),
            pos.evidence.path.clone(),
        ));
        return r;
    }

    let org = org_size(engine, pos);
    if let Some(m) = &pos.evidence.title_match
        && let Some(n) = engine.number_of(&m.level)
    {
        r.title_level = Some(n);
        let acting = if m.acting { " (acting)" } else { "" };
        let grade = m.grade.as_ref().map_or_else(String::new, |g| {
            format!("; \"{g}\" is a grade here, not a role")
        });
        r.evidence.push(Evidence::new(
            "title",
            format!(
                "\"{}\" reads as {} ({}){acting}{grade}",
                pos.position.title.as_deref().unwrap_or_default(),
                m.level,
                engine.level_title(n, m.route.as_deref()),
            ),
            title_field.clone(),
        ));
        let mut capped = n;
        if let Some(org) = &org
            && let Some(cap) = title_cap(engine, org)
            && cap < n
        {
            capped = cap;
            r.evidence.push(Evidence::new(
                "org_size",
                format!(
                    "{}{} is too small for the title to mean more than {}",
                    org.named,
                    org.estimate.as_deref().unwrap_or_default(),
                    engine.level_id(cap)
                ),
                org.source.clone(),
            ));
        } else if let Some(org) = &org
            && matches!(m.kind, TitleKind::Executive | TitleKind::Founder)
        {
            r.org_backs_title = true;
            r.evidence.push(Evidence::new(
                "org_size",
                format!("{} is large enough for the title", org.named),
                org.source.clone(),
            ));
        }
        r.capped_title = Some(capped);
    }

    // A team big enough for a manager's level, led without managing: the scope stops at
    // the tech lead's level, and it is a fact, not noise, so it lifts a lower title. The
    // same team managed ("I hire, run 1:1s and performance reviews") under a title at
    // the tech lead's level or below is a manager's work, and lifts it to a manager's.
    let mut leads_above_title = false;
    if let Some((mut n, mut note, sources, through_managers)) = scope_level(engine, pos) {
        // Managers reporting to a first-line manager make a manager of managers: one
        // level above the title, that scope is the job, not noise ("Engineering
        // Manager" of 25 through 2 team leads is a senior engineering manager). Higher
        // up, titles already mean managers of managers, and the title stands.
        if through_managers
            && pos.kind == Some(TitleKind::Manager)
            && r.capped_title.is_some_and(|t| t + 1 == n)
        {
            leads_above_title = true;
        }
        let lead_cap = crate::team::lead_cap(engine);
        if pos.manages
            && lead_cap.is_some_and(|cap| n > cap)
            && r.capped_title.is_some_and(|t| Some(t) <= lead_cap && t < n)
        {
            leads_above_title = true;
        }
        if let Some(cap) = crate::team::tech_lead_cap(engine, pos)
            && n > cap
        {
            note = format!(
                "{note}, but leads without managing (no word of managing people, no managers \
                 reporting), so at most {}",
                engine.level_id(cap)
            );
            n = cap;
            leads_above_title = r.capped_title.is_some_and(|t| t < cap);
        }
        r.scope_level = Some(n);
        r.evidence.push(Evidence::new(
            "scope",
            format!("{label}: {note} → {}", engine.level_id(n)),
            sources.join(", "),
        ));
    }

    // An executive's title has already been measured against the organisation it runs
    // (the caps above); scope can only add to it.
    let vetted =
        matches!(pos.kind, Some(TitleKind::Executive | TitleKind::Founder)) && org.is_some();
    let level = match (r.capped_title, r.scope_level) {
        (Some(t), Some(s)) if vetted => {
            // Scope sentences rarely say all an executive does; a smaller one does not
            // contradict a title the head count already backs.
            r.agrees = t.abs_diff(s) <= 1 || r.org_backs_title;
            t.max(s)
        }
        (Some(t), Some(s)) => {
            r.agrees = t.abs_diff(s) <= 1;
            let (level, why) = if leads_above_title {
                (s, None)
            } else if r.agrees {
                (
                    t,
                    (s != t).then_some("within a level of the title, so the title stands"),
                )
            } else if s > t {
                (s, None)
            } else if pos.kind == Some(TitleKind::Individual) {
                // An architect's or principal's title claims reach, not a team: a small
                // team led on the side does not make the title an overstatement.
                let why =
                    "an individual contributor's title claims reach, not a team, so it stands";
                (t, Some(why))
            } else {
                let why =
                    "the title claims more than the scope shows, so read one level above the scope";
                (s + 1, Some(why))
            };
            // Say why a scope that reads differently did not move the level.
            if let Some(why) = why
                && let Some(e) = r.evidence.iter_mut().rev().find(|e| e.kind == "scope")
            {
                e.text = format!("{}; {why}", e.text);
            }
            level
        }
        (Some(t), None) => trade_title(engine, pos, t, years_by_end, &mut r.evidence),
        (None, Some(s)) => s.max(untitled_level(engine, years_by_end.unwrap_or(0.0))),
        (None, None) => {
            let years = years_by_end.unwrap_or(0.0);
            let n = untitled_level(engine, years);
            let known = match years_by_end {
                Some(y) => format!("{y:.1} years of experience by then suggest"),
                None => "without dates, the level is the ladder's first:".to_string(),
            };
            // A framework without a lexicon reads no title at all; say so, or every
            // director of an imported ladder is told their title is unknown.
            let unread = match engine.framework.title_lexicon {
                Some(_) => "no title the lexicon knows",
                None => "the framework has no `title_lexicon`, so no title can be read,",
            };
            r.evidence.push(Evidence::new(
                "experience",
                format!(
                    "{label}: {unread} and no scope stated; {known} {}",
                    engine.level_id(n)
                ),
                title_field,
            ));
            n
        }
    };
    // Without a single date, years of experience are unknown, not zero: they bound
    // nothing, and the career level says so.
    let Some(years_by_end) = years_by_end else {
        r.level = level;
        return r;
    };
    let plausible = engine.max_level_for_years(years_by_end);
    r.level = if level > plausible {
        r.experience_capped = true;
        r.evidence.push(Evidence::new(
            "experience",
            format!(
                "{years_by_end:.1} years of experience by then is too little for {}; read as {}",
                engine.level_id(level),
                engine.level_id(plausible)
            ),
            pos.evidence.path.clone(),
        ));
        plausible
    } else {
        level
    };
    r
}

fn title_source(pos: &Pos<'_>) -> String {
    let field = if pos.evidence.path.starts_with("work[") {
        "position"
    } else {
        "title"
    };
    format!("{}.{field}", pos.evidence.path)
}

/// The cap on a title from the size of the organisation it runs.
fn title_cap(engine: &Engine<'_>, org: &OrgSize) -> Option<u32> {
    engine
        .rules()?
        .title_caps
        .iter()
        .filter(|c| org.people <= c.max_engineers)
        .filter_map(|c| engine.number_of(&c.level))
        .min()
}

/// How big the organisation around a title is.
struct OrgSize {
    people: u32,
    /// How the message names it: "an engineering organisation of 12".
    named: String,
    /// How many engineers a company head count was taken to hold, said where it caps
    /// the title: " (taken as about 23 engineers)".
    estimate: Option<String>,
    source: String,
}

/// The engineering organisation's size when the position states it, else the share
/// of the company's head count the framework takes to be engineers ("a four-person
/// startup" has two); for an executive or founder title with neither, the size the framework
/// assumes for the company's stage (`stage_engineers`).
fn org_size(engine: &Engine<'_>, pos: &Pos<'_>) -> Option<OrgSize> {
    if let Some(org) = &pos.evidence.scope.org_engineers {
        return Some(OrgSize {
            people: org.value,
            named: format!("an engineering organisation of {}", org.value),
            estimate: None,
            source: org.source.clone(),
        });
    }
    if let Some((people, source)) = pos.company_people() {
        let share = engine
            .rules()
            .and_then(|r| r.company_engineering_share)
            .unwrap_or(1.0);
        // Never fewer engineers than the position itself leads.
        let led = pos.team.as_ref().map_or(0, |t| t.value.min(people));
        let engineers = ((f64::from(people) * share).round() as u32).max(led).max(1);
        return Some(OrgSize {
            people: engineers,
            named: format!("a company of {people} people"),
            estimate: (engineers < people)
                .then(|| format!(" (taken as about {engineers} engineers)")),
            source: source.to_string(),
        });
    }
    // Only an executive or founder title is measured against an assumed size: the
    // assumption exists to keep "co-founder & CTO of a startup" from reading as L10.
    if !matches!(pos.kind, Some(TitleKind::Executive | TitleKind::Founder)) {
        return None;
    }
    // "Bootstrapped SaaS, solo": a company of one, whatever its stage.
    if let Some(source) = &pos.solo {
        return Some(OrgSize {
            people: 1,
            named: "a company run alone (its record says so)".to_string(),
            estimate: None,
            source: source.clone(),
        });
    }
    let stage_engineers = &engine.rules()?.stage_engineers;
    // The team the role leads, where it differs from a size the stage makes us assume.
    // Bigger, it is a lower bound the assumption cannot undercut (a CTO of 120 engineers
    // at a "startup" runs at least 120); smaller, at a startup it is the engineering
    // ("Team of 3" under "Co-founder & CEO" is the company).
    let team_against = |assumed: u32| {
        let t = pos.team.as_ref().filter(|t| t.value != assumed)?;
        let named = if t.value > assumed {
            format!(
                "an engineering organisation of at least {} (the team this role leads)",
                t.value
            )
        } else {
            format!(
                "a startup whose engineering is the team of {} this role leads",
                t.value
            )
        };
        Some(OrgSize {
            people: t.value,
            named,
            estimate: None,
            source: t.source.clone(),
        })
    };
    // Where nothing caps the size (a scale-up, or no stage at all), the team led is only
    // a lower bound: it can show the organisation is big enough, never that it is small.
    let backs_the_title = || team_against(0).filter(|org| title_cap(engine, org).is_none());
    if let Some(stage) = pos.evidence.scope.org_stage.as_ref() {
        let Some(&people) = stage_engineers.get(&stage.value) else {
            return backs_the_title();
        };
        if let Some(known) = team_against(people) {
            return Some(known);
        }
        return Some(OrgSize {
            people,
            named: format!(
                "a {} with no head count given (taken as at most {people} engineers; state the team's size for a surer reading)",
                stage.value
            ),
            estimate: None,
            source: stage.source.clone(),
        });
    }
    // A company someone founded and says nothing more of is a startup until the record
    // shows it grew.
    if pos.kind != Some(TitleKind::Founder) {
        return backs_the_title();
    }
    let people = *stage_engineers.get("startup")?;
    if let Some(known) = team_against(people) {
        return Some(known);
    }
    Some(OrgSize {
        people,
        named: format!(
            "a company the person founded, with neither its size nor its stage given (taken as a startup of at most {people} engineers; state the team's size for a surer reading)"
        ),
        estimate: None,
        source: title_source(pos),
    })
}

/// The highest level whose scope rule holds, with the rule's note and the sources of
/// the values it used.
/// The highest scope level a rule shows, its note and sources, and whether it is the
/// first level at which the rules count managers reporting (a manager of managers).
fn scope_level(engine: &Engine<'_>, pos: &Pos<'_>) -> Option<(u32, String, Vec<String>, bool)> {
    let rules = engine.rules()?;
    let mut best: Option<(u32, String, Vec<String>, bool)> = None;
    let counts_managers = |rule: &ctopath_framework::ScopeRule| {
        (rule.all.iter()).any(|c| c.measure == ScopeMeasure::Managers)
    };
    let first_managers_level = (rules.scope_levels.iter())
        .filter(|r| counts_managers(r))
        .filter_map(|r| engine.number_of(&r.level))
        .min();
    for rule in &rules.scope_levels {
        let Some(n) = engine.number_of(&rule.level) else {
            continue;
        };
        if best.as_ref().is_some_and(|b| b.0 >= n) {
            continue;
        }
        let mut sources = Vec::new();
        let holds = rule.all.iter().all(|c| match pos.measure(c.measure) {
            Some((v, src)) if v >= c.at_least => {
                if !sources.contains(&src) {
                    sources.push(src);
                }
                true
            }
            _ => false,
        });
        if holds {
            let first = Some(n) == first_managers_level;
            best = Some((
                n,
                rule.note.clone(),
                sources,
                first && counts_managers(rule),
            ));
        }
    }
    best
}

/// A freelancer's title ("Freelance iOS Developer") names a trade, not a grade: no
/// employer gave it, so it says nothing of seniority. Without a seniority word of its
/// own, such a role reads at least as the years of experience place an untitled one.
fn trade_title(
    engine: &Engine<'_>,
    pos: &Pos<'_>,
    title_level: u32,
    years_by_end: Option<f64>,
    evidence: &mut Vec<Evidence>,
) -> u32 {
    let plain = pos
        .evidence
        .title_match
        .as_ref()
        .is_some_and(|m| m.shift == 0 && m.kind == TitleKind::Individual);
    let own_business = engine
        .vocab("self_employed")
        .is_some_and(|list| engine.names(pos.position, list));
    let Some(years) = years_by_end.filter(|_| plain && own_business) else {
        return title_level;
    };
    let by_years = untitled_level(engine, years);
    if by_years <= title_level {
        return title_level;
    }
    evidence.push(Evidence::new(
        "experience",
        format!(
            "{}: a freelancer's title names the trade, not the grade; {years:.1} years of \
             experience by then suggest {}",
            pos.label(),
            engine.level_id(by_years)
        ),
        pos.evidence.path.clone(),
    ));
    by_years
}

/// The level years of experience alone suggest.
fn untitled_level(engine: &Engine<'_>, years: f64) -> u32 {
    engine
        .rules()
        .and_then(|r| {
            r.untitled_levels
                .iter()
                .filter(|s| s.years <= years)
                .filter_map(|s| engine.number_of(&s.level))
                .max()
        })
        .unwrap_or(1)
}
