//! The tailoring vocabulary, kept as data in `data/lexicon.yaml` and parsed once.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use serde::Deserialize;

/// Source text of the built-in lexicon.
pub const LEXICON_YAML: &str = include_str!("../data/lexicon.yaml");

/// Words and phrases that tell the matcher what a posting and a CV are saying.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lexicon {
    pub stopwords: Vec<String>,
    /// Words that match at a small weight only.
    pub weak_words: Vec<String>,
    /// Words kept unstemmed because stemming would merge them with another word.
    pub no_stem: Vec<String>,
    /// Tokens that keep their inner punctuation (`ci/cd`, `p&l`).
    pub compounds: Vec<String>,
    /// Canonical term → other spellings of it.
    pub aliases: BTreeMap<String, Vec<String>>,
    /// Groups of terms that stand in for each other at a lower weight.
    pub synonyms: Vec<Vec<String>>,
    pub technologies: Vec<TechnologyFamily>,
    /// Technologies recognised only with this exact capitalisation.
    pub case_sensitive: Vec<String>,
    pub domains: Vec<String>,
    /// Competency id → terms that point at it, beyond the framework's keywords.
    pub competency_terms: BTreeMap<String, Vec<String>>,
    pub sections: Sections,
    pub importance: ImportanceCues,
    pub requirement_cues: Vec<String>,
    /// Stage id (`startup`, `scaleup`, `enterprise`) → words that name it.
    pub stages: BTreeMap<String, Vec<String>>,
    pub scope: ScopeWords,
    /// Seniority word → a title the framework's title lexicon understands.
    pub seniority: BTreeMap<String, String>,
    /// Kind of leadership-scope need → competency ids it calls on.
    pub need_competencies: BTreeMap<String, Vec<String>>,
    /// Kind of fact read from prose (`team_growth`) → competency ids it shows.
    pub fact_competencies: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TechnologyFamily {
    pub family: String,
    pub competencies: Vec<String>,
    pub terms: Vec<String>,
}

/// Headings of a plain-text posting, by the part of the posting they open.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sections {
    pub responsibilities: Vec<String>,
    pub requirements: Vec<String>,
    pub nice_to_have: Vec<String>,
    pub skills: Vec<String>,
    pub company: Vec<String>,
    pub ignore: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImportanceCues {
    pub nice: Vec<String>,
    pub must: Vec<String>,
}

/// Words that turn numbers and phrases in a requirement into leadership scope.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScopeWords {
    pub leadership: Vec<String>,
    pub team_nouns: Vec<String>,
    pub managers_of_managers: Vec<String>,
    pub budget: Vec<String>,
    pub board: Vec<String>,
    pub hiring: Vec<String>,
    pub years: Vec<String>,
    pub leadership_years: Vec<String>,
}

static BUILTIN: LazyLock<Lexicon> = LazyLock::new(|| {
    // The test suite parses the built-in data, so failing here is a build defect.
    serde_saphyr::from_str(LEXICON_YAML)
        .unwrap_or_else(|e| panic!("the built-in tailoring lexicon is invalid: {e}"))
});

/// The built-in lexicon, parsed once per process.
pub fn builtin() -> &'static Lexicon {
    &BUILTIN
}

impl Lexicon {
    /// Every technology term with the competencies its family calls on.
    pub fn technology_terms(&self) -> impl Iterator<Item = (&str, &[String])> {
        self.technologies.iter().flat_map(|f| {
            f.terms
                .iter()
                .map(|t| (t.as_str(), f.competencies.as_slice()))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builtin_lexicon_parses_and_is_lower_case() {
        let lex = builtin();
        assert!(lex.stopwords.len() > 100);
        assert!(lex.aliases["kubernetes"].contains(&"k8s".to_string()));
        for (term, _) in lex.technology_terms() {
            assert_eq!(
                term,
                term.to_lowercase(),
                "technology {term} must be lower case"
            );
        }
        for (canonical, spellings) in &lex.aliases {
            assert_eq!(canonical, &canonical.to_lowercase());
            for s in spellings {
                assert_eq!(s, &s.to_lowercase(), "alias {s} must be lower case");
            }
        }
    }
}
