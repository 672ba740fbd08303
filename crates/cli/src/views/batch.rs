//! One short record per person for `batch assess --summary` and `--csv`: what a coach
//! or an HR export scans down a column, without the evidence and the framework's own
//! text that a full assessment repeats for every person (a full record is about 16 KB,
//! a summary well under 1 KB).

use ctopath_engine::{Assessment, Quantiles, Severity};
use serde::Serialize;

/// Competencies with the largest gaps a summary names.
const GAPS: usize = 3;

#[derive(Debug, Serialize)]
pub struct Summary<'a> {
    pub line: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub person: Option<&'a str>,
    pub route: &'a str,
    pub level: Level<'a>,
    pub tour: &'a str,
    pub stage: &'a str,
    pub years_experience: f64,
    pub leadership_years: f64,
    pub readiness: Readiness,
    /// The competencies furthest below the next level, largest gap first.
    pub biggest_gaps: Vec<Gap<'a>>,
    pub stall_patterns: Vec<Pattern<'a>>,
    pub forecast: Forecast,
    /// The best-fitting path.
    pub best_path: Option<&'a str>,
    /// `cto` or `vp_engineering`: the better fit today.
    pub leaning: &'a str,
}

#[derive(Debug, Serialize)]
pub struct Level<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub confidence: f64,
}

#[derive(Debug, Serialize)]
pub struct Readiness {
    pub next_level: f64,
    pub cto: f64,
}

#[derive(Debug, Serialize)]
pub struct Gap<'a> {
    pub id: &'a str,
    pub gap: u32,
}

#[derive(Debug, Serialize)]
pub struct Pattern<'a> {
    pub id: &'a str,
    pub severity: Severity,
}

#[derive(Debug, Serialize)]
pub struct Forecast {
    pub years_to_cto: Quantiles,
    pub years_to_vp_engineering: Quantiles,
}

impl<'a> Summary<'a> {
    pub fn of(line: usize, a: &'a Assessment) -> Summary<'a> {
        let mut gaps: Vec<Gap<'a>> = a
            .competencies
            .iter()
            .filter(|c| c.gap > 0)
            .map(|c| Gap {
                id: &c.id,
                gap: c.gap,
            })
            .collect();
        // Stable: equal gaps keep the framework's order.
        gaps.sort_by_key(|g| std::cmp::Reverse(g.gap));
        gaps.truncate(GAPS);
        Summary {
            line,
            person: a.person.as_deref(),
            route: &a.route,
            level: Level {
                id: &a.level.id,
                title: &a.level.title,
                confidence: a.level.confidence,
            },
            tour: &a.tour,
            stage: &a.stage,
            years_experience: a.years_experience,
            leadership_years: a.leadership_years,
            readiness: Readiness {
                next_level: a.readiness.next_level,
                cto: a.readiness.cto,
            },
            biggest_gaps: gaps,
            stall_patterns: a
                .stall_patterns
                .iter()
                .map(|p| Pattern {
                    id: &p.id,
                    severity: p.severity,
                })
                .collect(),
            forecast: Forecast {
                years_to_cto: a.forecast.years_to_cto,
                years_to_vp_engineering: a.forecast.years_to_vp_engineering,
            },
            best_path: a.path_fit.first().map(|p| p.id.as_str()),
            leaning: &a.role_fit.leaning,
        }
    }

    /// The columns of [`Summary::csv_row`], as a header line.
    pub const CSV_HEADER: &'static str = "line,person,route,level,level_title,confidence,tour,stage,\
        years_experience,leadership_years,readiness_next_level,readiness_cto,biggest_gaps,\
        stall_patterns,years_to_cto_p10,years_to_cto_p50,years_to_cto_p90,\
        years_to_vp_engineering_p50,best_path,leaning,error\n";

    /// One CSV row (RFC 4180 quoting), ending in a newline. Lists are joined with `;`,
    /// a pattern as `id:severity`.
    pub fn csv_row(&self, out: &mut String) {
        let gaps: Vec<String> = self
            .biggest_gaps
            .iter()
            .map(|g| format!("{}:{}", g.id, g.gap))
            .collect();
        let patterns: Vec<String> = self
            .stall_patterns
            .iter()
            .map(|p| format!("{}:{}", p.id, severity(p.severity)))
            .collect();
        let fields = [
            self.line.to_string(),
            self.person.unwrap_or_default().to_string(),
            self.route.to_string(),
            self.level.id.to_string(),
            self.level.title.to_string(),
            self.level.confidence.to_string(),
            self.tour.to_string(),
            self.stage.to_string(),
            self.years_experience.to_string(),
            self.leadership_years.to_string(),
            self.readiness.next_level.to_string(),
            self.readiness.cto.to_string(),
            gaps.join(";"),
            patterns.join(";"),
            self.forecast.years_to_cto.p10.to_string(),
            self.forecast.years_to_cto.p50.to_string(),
            self.forecast.years_to_cto.p90.to_string(),
            self.forecast.years_to_vp_engineering.p50.to_string(),
            self.best_path.unwrap_or_default().to_string(),
            self.leaning.to_string(),
            String::new(),
        ];
        write_row(out, &fields);
    }
}

/// The CSV row of an input line that could not be assessed: its number and the error.
pub fn csv_error_row(out: &mut String, line: usize, message: &str) {
    let columns = Summary::CSV_HEADER.split(',').count();
    let mut fields = vec![String::new(); columns];
    fields[0] = line.to_string();
    fields[columns - 1] = message.to_string();
    write_row(out, &fields);
}

fn write_row(out: &mut String, fields: &[String]) {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        // Quote what a spreadsheet would misread; a leading = + - @ is neutralised so
        // a name cannot become a formula.
        let risky = f.starts_with(['=', '+', '-', '@']) && f.parse::<f64>().is_err();
        if f.contains([',', '"', '\n', '\r']) || risky {
            out.push('"');
            if risky {
                out.push('\'');
            }
            out.push_str(&f.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(f);
        }
    }
    out.push('\n');
}

fn severity(s: Severity) -> &'static str {
    match s {
        Severity::Low => "low",
        Severity::Medium => "medium",
        Severity::High => "high",
    }
}
