//! A career read once, for every later judgement: each position with its dates, title
//! level, scope and the level they add up to; the years of experience and of
//! leadership; and every word-list hit with the input path it came from.

use ctopath_evidence::Fact;
use ctopath_framework::{ScopeMeasure, TitleKind};
use ctopath_profile::scope::{PathStyle, PositionEvidence, Sourced};
use ctopath_profile::{OrgStage, Position, Profile};

use crate::Engine;
use crate::lexicon::ListId;
use crate::position_level::{LevelReading, read_level};
pub use crate::texts::Text;
use crate::texts::collect_texts;

/// A listed phrase found in one of the texts.
#[derive(Clone, Copy)]
pub struct Hit<'p> {
    pub text: usize,
    pub phrase: &'p str,
}

/// The hits of one list (`hits`) that lie in the texts of position `index`, each with
/// its text: how a position is asked what its own words say while the career is read.
pub(crate) fn texts_with<'a, 'p>(
    hits: &'a [Hit<'p>],
    texts: &'a [Text<'p>],
    index: usize,
) -> impl Iterator<Item = (&'a Hit<'p>, &'a Text<'p>)> {
    (hits.iter())
        .map(move |h| (h, &texts[h.text]))
        .filter(move |(_, t)| t.position == Some(index))
}

pub struct Pos<'p> {
    pub index: usize,
    pub position: &'p Position,
    pub evidence: PositionEvidence,
    pub start: Option<f64>,
    pub end: f64,
    pub years: f64,
    pub kind: Option<TitleKind>,
    /// People led: stated or read team size; for an executive or founder, the whole
    /// engineering organisation when no team is given.
    pub team: Option<Sourced<u32>>,
    pub reading: LevelReading,
    /// A role outside technology: the engineering ladder counts neither its years nor
    /// its scope (see [`crate::role_kind`]).
    pub outside_tech: bool,
    /// Time away from work (a career break, parental leave): off the ladder like a role
    /// outside technology, and said so in its own words.
    pub on_break: bool,
    /// Where the position's words say the person works alone ("solo founder"), by the
    /// framework's `solo` words: a company of one when no head count is given.
    pub solo: Option<String>,
    /// A side project beside the real job, by the framework's `side_project` words: its
    /// title and scope are not read on the ladder, and it does not count as leading.
    pub side: bool,
    /// Leads people: a level from `leadership_from` up (for an individual-contributor
    /// title, only with words that say it leads), a team, or managers reporting.
    /// Mentoring and interviewing are exposure to leadership, not leadership itself.
    pub leads: bool,
    /// Manages people, not only leads them: the `managing` vocabulary in its texts, or
    /// managers reporting (see [`crate::team`]).
    pub manages: bool,
    /// When the leading began: the start, or later where a title below the leading
    /// levels leads by what its text says, and that text says since when.
    pub lead_start: Option<f64>,
}

impl Pos<'_> {
    pub fn level(&self) -> u32 {
        self.reading.level
    }

    pub fn has_fact(&self, pred: impl Fn(&Fact) -> bool) -> bool {
        self.evidence.facts.iter().any(|e| pred(&e.fact))
    }

    pub fn org_stage(&self) -> Option<&str> {
        self.evidence
            .scope
            .org_stage
            .as_ref()
            .map(|s| s.value.as_str())
    }

    pub fn org_engineers(&self) -> Option<u32> {
        self.evidence.scope.org_engineers.as_ref().map(|s| s.value)
    }

    /// Whether the team or company was at most `size` engineers when this role began:
    /// a stated starting head count, or a growth from that few ("grew from 8 to 60").
    pub fn started_small(&self, size: u32) -> bool {
        self.position
            .growth
            .as_ref()
            .and_then(|g| g.engineers_start)
            .is_some_and(|n| n <= size)
            || self.has_fact(|f| matches!(f, Fact::TeamGrowth { from, .. } if *from <= size))
    }

    /// The whole company's head count where the position states it ("a six-person
    /// company", "400 employees"), with where it says so; the largest when several.
    pub fn company_people(&self) -> Option<(u32, &str)> {
        self.evidence
            .facts
            .iter()
            .filter_map(|e| match e.fact {
                Fact::CompanySize {
                    people,
                    engineers: false,
                } => Some((people, e.source.as_str())),
                _ => None,
            })
            .max_by_key(|(people, _)| *people)
    }

    pub fn label(&self) -> String {
        let title = self.position.title.as_deref().unwrap_or("untitled role");
        match &self.position.organisation {
            Some(org) => format!("{title} at {org}"),
            None => title.to_string(),
        }
    }

    /// A scope measure of this position, with its source.
    pub fn measure(&self, m: ScopeMeasure) -> Option<(f64, String)> {
        let s = &self.evidence.scope;
        match m {
            ScopeMeasure::TeamSize => self
                .team
                .as_ref()
                .map(|t| (f64::from(t.value), t.source.clone())),
            ScopeMeasure::Managers => s
                .managers
                .as_ref()
                .map(|t| (f64::from(t.value), t.source.clone())),
            ScopeMeasure::Budget => s.budget.as_ref().map(|t| (t.value, t.source.clone())),
            ScopeMeasure::BoardExposure => s
                .board_exposure
                .as_ref()
                .filter(|b| b.value)
                .map(|b| (1.0, b.source.clone())),
        }
    }
}

pub struct Career<'p> {
    pub profile: &'p Profile,
    pub style: PathStyle,
    pub now: f64,
    pub positions: Vec<Pos<'p>>,
    /// Indices of the positions held now (those without an end date); when there are
    /// none, the most recently ended one.
    pub current: Vec<usize>,
    pub years_experience: f64,
    pub leadership_years: f64,
    /// Some position in the ladder's count has a start date: without one, years of
    /// experience are unknown rather than zero.
    pub dated: bool,
    pub texts: Vec<Text<'p>>,
    /// Hits per word list, indexed by [`ListId`].
    pub hits: Vec<Vec<Hit<'p>>>,
}

impl<'p> Career<'p> {
    pub fn read(engine: &Engine<'_>, profile: &'p Profile, now: f64) -> Career<'p> {
        let style = PathStyle::of(profile);
        let evidences = engine.reader.positions(profile, style);
        let mut out: Vec<Pos<'p>> = Vec::with_capacity(evidences.len());
        for (index, (position, evidence)) in profile.positions.iter().zip(evidences).enumerate() {
            let start = position.start.map(|d| d.as_fractional_year());
            let end = position
                .end
                .map_or(now, |d| d.as_fractional_year())
                .min(now);
            let years = start.map_or(0.0, |s| (end - s).max(0.0));
            let kind = evidence.title_match.as_ref().map(|m| m.kind);
            let team = team_led(&evidence, kind);
            out.push(Pos {
                index,
                position,
                evidence,
                start,
                end,
                years,
                kind,
                team,
                reading: LevelReading::default(),
                outside_tech: false,
                on_break: false,
                solo: None,
                side: false,
                leads: false,
                manages: false,
                lead_start: start,
            });
        }
        crate::company::fill_stages(engine, profile, style, &mut out);
        let texts = collect_texts(profile, &out, style);
        let mut hits = vec![Vec::new(); engine.lexicon_lists()];
        for (i, t) in texts.iter().enumerate() {
            engine.lexicon.scan(t.text, |list, phrase| {
                // "A non-profit AI institute" or "a sales platform" places the job;
                // it is not the person naming profit or sales.
                if !t.about_organisation || engine.reads_organisations(list) {
                    hits[list].push(Hit { text: i, phrase })
                }
            });
        }
        crate::role_kind::mark(engine, &mut out, &texts, &hits);
        // Experience before each position decides which levels are plausible in it.
        let spans: Vec<(f64, f64)> = out
            .iter()
            .filter(|p| !p.outside_tech)
            .filter_map(|p| p.start.map(|s| (s, p.end)))
            .collect();
        // A Staff or Principal title sits at a leading level without saying that anyone
        // follows: such a role leads only when its own words do.
        let leading = engine.vocab("leading").or(engine.vocab("leadership"));
        // A "pre-sales technical lead" leads a customer's evaluation, not a team.
        let customer_facing = engine.vocab("customer_facing");
        for pos in &mut out {
            crate::team::settle(engine, pos, &texts, &hits);
            let before = (!spans.is_empty()).then(|| covered_years(&spans, pos.end));
            pos.reading = read_level(engine, pos, before);
            let says_it_leads = leading.is_some_and(|list| {
                texts_with(&hits[list], &texts, pos.index).any(|(h, _)| {
                    !customer_facing.is_some_and(|c| hits[c].iter().any(|o| o.text == h.text))
                })
            });
            // A founder who works alone leads nobody, whatever the title.
            let level_leads = engine.leadership_from.is_some_and(|l| pos.level() >= l)
                && (pos.kind != Some(TitleKind::Individual) || says_it_leads)
                && pos.solo.is_none();
            pos.leads = !pos.outside_tech
                && !pos.side
                && (level_leads
                    || pos.team.as_ref().is_some_and(|t| t.value >= 2)
                    || pos.has_fact(|f| matches!(f, Fact::ManagersManaged { .. })));
            let title_leads = engine
                .leadership_from
                .is_some_and(|l| pos.reading.title_level.is_some_and(|t| t >= l))
                && pos.kind != Some(TitleKind::Individual);
            // An acting title ("interim engineering manager") names a role that began
            // inside the position; its text may say when ("since June 2023").
            let acting = (pos.evidence.title_match.as_ref()).is_some_and(|m| m.acting);
            if pos.leads && (!title_leads || acting) {
                pos.lead_start =
                    crate::since::leading_since(pos, &texts, leading.map(|l| &hits[l][..]));
            }
        }
        let current = current_positions(&out);
        let years_experience = covered_years(&spans, now);
        let dated = !spans.is_empty();
        let lead_spans: Vec<(f64, f64)> = out
            .iter()
            .filter(|p| p.leads)
            .filter_map(|p| p.lead_start.map(|s| (s, p.end)))
            .collect();
        let leadership_years = covered_years(&lead_spans, now);
        Career {
            profile,
            style,
            now,
            positions: out,
            current,
            years_experience,
            leadership_years,
            dated,
            texts,
            hits,
        }
    }

    /// The input field that lists positions: `work` for a JSON Resume, else `positions`.
    pub fn style_positions(&self) -> String {
        match self.style {
            PathStyle::JsonResume => "work".to_string(),
            PathStyle::Own => "positions".to_string(),
        }
    }

    /// How many texts describe the person's work, in all or in one position: titles
    /// and what the organisation does ("SaaS, 600 employees") are left out, so silence
    /// is only counted where the person wrote about their work.
    pub fn descriptions(&self, position: Option<usize>) -> usize {
        self.texts
            .iter()
            .filter(|t| !t.is_title && !t.about_organisation)
            .filter(|t| position.is_none() || t.position == position)
            .count()
    }

    pub fn hits(&self, list: ListId) -> &[Hit<'p>] {
        &self.hits[list]
    }

    pub fn text(&self, hit: &Hit<'p>) -> &Text<'p> {
        &self.texts[hit.text]
    }

    /// Hits of `list` inside position `index`.
    pub fn hits_in(&self, list: ListId, index: usize) -> impl Iterator<Item = &Hit<'p>> {
        texts_with(&self.hits[list], &self.texts, index).map(|(h, _)| h)
    }

    /// The position the person holds now with the highest level.
    pub fn main_current(&self) -> Option<&Pos<'p>> {
        self.current
            .iter()
            .map(|&i| &self.positions[i])
            .max_by_key(|p| p.level())
    }

    /// Positions in the order they started (positions without a start go last).
    pub fn chronological(&self) -> Vec<&Pos<'p>> {
        let mut v: Vec<&Pos<'p>> = self.positions.iter().collect();
        v.sort_by(|a, b| {
            let (x, y) = (a.start.unwrap_or(f64::MAX), b.start.unwrap_or(f64::MAX));
            x.total_cmp(&y)
        });
        v
    }

    pub fn any_fact(
        &self,
        pred: impl Fn(&Fact) -> bool + Copy,
    ) -> Option<(&Pos<'p>, String, String)> {
        self.positions.iter().find_map(|p| {
            p.evidence
                .facts
                .iter()
                .find(|e| pred(&e.fact))
                .map(|e| (p, e.text.clone(), e.source.clone()))
        })
    }

    pub fn org_stage_years(&self, stage: OrgStage) -> f64 {
        let id = match stage {
            OrgStage::Startup => "startup",
            OrgStage::Scaleup => "scaleup",
            OrgStage::Enterprise => "enterprise",
        };
        self.positions
            .iter()
            .filter(|p| p.org_stage() == Some(id))
            .map(|p| p.years)
            .sum()
    }
}

/// People a position leads. An executive or founder with no stated team leads the
/// engineering organisation; a direct team figure wins when given.
pub(crate) fn team_led(ev: &PositionEvidence, kind: Option<TitleKind>) -> Option<Sourced<u32>> {
    if let Some(t) = &ev.scope.team_size {
        return Some(t.clone());
    }
    match kind {
        Some(TitleKind::Executive | TitleKind::Founder) => ev.scope.org_engineers.clone(),
        _ => None,
    }
}

/// Years covered by the union of the spans, up to `until`.
pub fn covered_years(spans: &[(f64, f64)], until: f64) -> f64 {
    let mut v: Vec<(f64, f64)> = spans
        .iter()
        .filter(|(s, _)| *s < until)
        .map(|&(s, e)| (s, e.min(until)))
        .filter(|(s, e)| e > s)
        .collect();
    v.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut total = 0.0;
    let mut cur: Option<(f64, f64)> = None;
    for (s, e) in v {
        match cur {
            Some((cs, ce)) if s <= ce => cur = Some((cs, ce.max(e))),
            Some((cs, ce)) => {
                total += ce - cs;
                cur = Some((s, e));
            }
            None => cur = Some((s, e)),
        }
    }
    if let Some((cs, ce)) = cur {
        total += ce - cs;
    }
    total
}

pub(crate) fn current_positions(positions: &[Pos<'_>]) -> Vec<usize> {
    let open: Vec<usize> = positions
        .iter()
        .filter(|p| p.position.end.is_none() && p.start.is_some())
        .map(|p| p.index)
        .collect();
    if !open.is_empty() {
        return open;
    }
    let latest = positions
        .iter()
        .filter(|p| p.start.is_some() || p.position.end.is_some())
        .max_by(|a, b| a.end.total_cmp(&b.end))
        .or(positions.first());
    latest.map(|p| vec![p.index]).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::covered_years;

    #[test]
    fn overlapping_spans_count_once() {
        let spans = [(2010.0, 2014.0), (2012.0, 2016.0), (2018.0, 2020.0)];
        assert!((covered_years(&spans, 2030.0) - 8.0).abs() < 1e-9);
        assert!((covered_years(&spans, 2013.0) - 3.0).abs() < 1e-9);
    }
}
