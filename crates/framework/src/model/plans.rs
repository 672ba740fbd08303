//! What the framework proposes: missions, action plans, interview questions, playbooks,
//! the executive roles and the title lexicon.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{MonthRange, Sources, YearRange};

/// A tour mission from the library, with criteria that can be measured.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Mission {
    pub id: String,
    pub title: String,
    /// Tour id this mission fits.
    pub tour: String,
    /// Stage ids where this mission is a good next step.
    pub stages: Vec<String>,
    /// Route ids the mission is built for; empty for every route. A mission of the
    /// person's own route is preferred over a general one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub routes: Vec<String>,
    /// Competency ids the mission builds; the planner matches these against gaps.
    pub competencies: Vec<String>,
    /// Stall pattern ids the mission works against: when one is flagged, the planner
    /// prefers the mission and says so. Sharing a competency with a pattern is not
    /// enough: a network of peers builds strategic thinking without curing a habit of
    /// coding everything oneself.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stall_patterns: Vec<String>,
    pub mission: String,
    pub success_criteria: Vec<SuccessCriterion>,
    pub horizon_months: u32,
    pub person_gains: Vec<String>,
    pub company_gains: Vec<String>,
    pub checkin_every_weeks: u32,
    /// A mission for the first months in a role of its stages ("the first 90 days"): it
    /// is proposed first while the person has held the role at most this many months,
    /// and not at all after.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_in_role_months: Option<u32>,
    /// Word groups that show the milestone reached in the person's own record, without
    /// a tour: one bullet with a word (or phrase) of every group ("mentored" and
    /// "promoted" in "Mentored 8 engineers, two of whom were promoted").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub milestone_signs: Vec<Vec<String>>,
    /// The stage milestone this mission is built to prove, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub milestone: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Sources,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SuccessCriterion {
    pub text: String,
    /// How the criterion is measured: the metric, the threshold and who confirms it.
    pub measure: String,
}

/// One horizon of the personal action plan (next 3 months, 6–12 months, 2–3 years).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ActionPlanHorizon {
    /// `next_3_months`, `next_6_to_12_months` or `next_2_to_3_years` in the built-in framework.
    pub id: String,
    pub name: String,
    pub months: MonthRange,
    pub steps: Vec<PlanStep>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PlanStep {
    pub id: String,
    pub text: String,
    #[serde(default)]
    pub competencies: Vec<String>,
    /// Stage ids the step suits; empty for every stage. "Take on a mentee" is no step
    /// for a CTO, whose plan the playbooks fill instead.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stages: Vec<String>,
    /// The step as put to someone who works for themselves (a freelancer, an
    /// independent consultant), who has no manager to ask and no employer to leave.
    /// Without it the step reads the same for everyone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub self_employed: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Sources,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    /// One of the few things every top-role interview tests.
    Core,
    /// A question interviewers commonly ask.
    Typical,
    /// A question aimed at one competency.
    Competency,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct InterviewQuestion {
    pub id: String,
    pub kind: QuestionKind,
    pub text: String,
    pub competencies: Vec<String>,
    /// What a strong answer shows.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub look_for: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Sources,
}

/// A playbook for the top role (first 90 days, 70/20/10, …).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Playbook {
    pub id: String,
    pub name: String,
    pub summary: String,
    /// Stage ids where the playbook applies.
    pub applies_to: Vec<String>,
    /// The action-plan horizon (an `action_plan` id) where the playbook becomes a step
    /// of the personal plan of someone in one of its stages; none keeps it a reference.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub horizon: Option<String>,
    /// Only within this many months of starting the current role: the first 90 days
    /// are for a new CTO, not one eight years in the seat.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_in_role_months: Option<u32>,
    pub steps: Vec<PlaybookStep>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Sources,
}

impl Playbook {
    /// Each step with the days it covers, for time-boxed steps: a step's `days` is its
    /// length and the steps follow one another, so listen, diagnose and decide at 30
    /// days each cover days 1–30, 31–60 and 61–90.
    pub fn steps_with_days(&self) -> impl Iterator<Item = (&PlaybookStep, Option<(u32, u32)>)> {
        let mut day = 0;
        self.steps.iter().map(move |s| {
            let span = s.days.map(|d| {
                day += d;
                (day - d + 1, day)
            });
            (s, span)
        })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PlaybookStep {
    pub id: String,
    pub name: String,
    pub text: String,
    /// Length of this step in days, for time-boxed playbooks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub days: Option<u32>,
    /// Share of time or resources, in percent, for allocation playbooks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub share_pct: Option<u32>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<String>,
}

/// An executive role and how it differs from its neighbours.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Role {
    /// `cto`, `vp_engineering`, `cio`, `cpo` in the built-in framework.
    pub id: String,
    pub name: String,
    /// The question the role answers, in a few words.
    pub focus: String,
    pub owns: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub duties: Vec<String>,
    /// Competency ids whose strength points to this role (used by role fit).
    #[serde(default)]
    pub fit_competencies: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contrasts: Vec<RoleContrast>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub by_company_size: Vec<SizeVariant>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Sources,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RoleContrast {
    /// Role id compared with.
    pub with: String,
    pub difference: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SizeVariant {
    pub id: String,
    pub name: String,
    /// Engineering headcount this variant covers, where it is stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub engineers: Option<YearRange>,
    pub focus: Vec<String>,
}

/// Maps free-form job titles to a level and route.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TitleLexicon {
    pub entries: Vec<TitleEntry>,
    /// Words that move a title up or down from its base entry ("senior", "associate").
    #[serde(default)]
    pub modifiers: Vec<TitleModifier>,
    /// Words that name a function outside engineering ("sales", "marketing"). A title
    /// with one and none of `engineering_functions` is not read, however senior its
    /// phrase, and the role is outside technology: a "VP of Sales" is not a VP of
    /// Engineering, and its years are not engineering years.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_functions: Vec<String>,
    /// Functions next to engineering ("product", "design"): a title naming one and not
    /// engineering is not read as an engineering level either ("VP Product"), but the
    /// role's years still count toward the ladder, as its prose allows.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub adjacent_functions: Vec<String>,
    /// Words that keep a title with one of `other_functions` or `adjacent_functions` on
    /// the ladder: a "VP of Product Engineering" leads engineers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub engineering_functions: Vec<String>,
    /// Corporate grades that banks and some large firms give every employee ("Vice
    /// President", "Assistant Vice President"), and numbered engineering levels ("E6",
    /// "IC4") that firms add to one plain title. Beside a job title that reads as an
    /// individual contributor's ("Vice President, Software Engineer"), a grade is not a
    /// role: the job is read at least at the grade's level. Alone, or beside a function
    /// ("Vice President of Engineering"), the title reads as usual.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub grades: Vec<TitleGrade>,
    /// Employers (as named in a position's organisation) whose titles are grades even
    /// alone: at a large bank "Vice President" or "Vice President, Technology" is a grade,
    /// read at the grade's level, not an executive role.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub grade_employers: Vec<String>,
    /// Employers large enough that a role there is on the enterprise road even when the
    /// record states no size or stage: "Software Engineer at Google" works in an
    /// organisation far larger than `stage_from_people` asks. Firms of `grade_employers`
    /// count as well.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub enterprise_employers: Vec<String>,
    /// Levels one employer numbers its own way ("L6" at Google is a staff engineer, at
    /// Amazon a senior one): read like `grades`, but only in titles held there.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub employer_grades: Vec<EmployerGrades>,
}

/// The grades of the employers named: their numbered levels, read beside an individual
/// contributor's job in a title held at one of them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EmployerGrades {
    /// Employers, as named in a position's organisation (whole words, any case).
    pub employers: Vec<String>,
    pub grades: Vec<TitleGrade>,
}

/// One corporate grade and the lowest level an individual contributor's job holding it
/// reads as.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TitleGrade {
    /// Lower-case phrases of the grade.
    pub phrases: Vec<String>,
    /// Level id.
    pub level: String,
    /// What the grade alone says of the job at an employer that grades everyone
    /// (`individual` when not given): a bank's managing director runs an organisation,
    /// while its vice president is a senior engineer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<TitleKind>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TitleEntry {
    /// Lower-case phrases; the longest phrase found in a title wins.
    pub phrases: Vec<String>,
    pub level: String,
    /// Route id, when the title names one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route: Option<String>,
    pub kind: TitleKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum TitleKind {
    Individual,
    Manager,
    Executive,
    Founder,
    Fractional,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TitleModifier {
    pub phrases: Vec<String>,
    /// Levels to add (negative to subtract) from the base entry.
    #[serde(default)]
    pub level_shift: i32,
    /// The lowest level an individual title with this modifier reads as: "Lead
    /// Frontend Engineer" leads like a lead engineer, whatever its base.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at_least: Option<String>,
    /// The highest level the modifier can raise an individual title to: a "Principal
    /// Software Architect" is a principal (L5), not an architect three levels up. A
    /// title already above it is not lowered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at_most: Option<String>,
}
