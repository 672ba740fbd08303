//! The CV themes. Both are one column, so text comes out of the PDF in reading
//! order for applicant tracking systems.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// The look of a CV.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    /// Serif type, black and grey, centred header: for conservative readers.
    #[default]
    Classic,
    /// Sans-serif type with a blue accent, left-aligned header.
    Modern,
}

impl Theme {
    /// Every theme, in the order a user is offered them.
    pub const ALL: [Theme; 2] = [Theme::Classic, Theme::Modern];

    /// The name used on the command line and in the templates.
    pub fn name(self) -> &'static str {
        match self {
            Theme::Classic => "classic",
            Theme::Modern => "modern",
        }
    }
}

impl fmt::Display for Theme {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A theme name that is not one of [`Theme::ALL`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown theme `{given}`; choose one of: {}", Theme::ALL.map(Theme::name).join(", "))]
pub struct UnknownTheme {
    /// What was asked for.
    pub given: String,
}

impl FromStr for Theme {
    type Err = UnknownTheme;

    /// Case-insensitive: `modern`, `Modern` and ` MODERN ` all work.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let wanted = s.trim().to_ascii_lowercase();
        Theme::ALL
            .into_iter()
            .find(|theme| theme.name() == wanted)
            .ok_or_else(|| UnknownTheme {
                given: s.to_owned(),
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_unknown_names_list_the_choices() {
        for theme in Theme::ALL {
            assert_eq!(theme.name().parse::<Theme>(), Ok(theme));
            assert_eq!(theme.to_string(), theme.name());
        }
        assert_eq!(" Modern ".parse::<Theme>(), Ok(Theme::Modern));
        let error = "fancy".parse::<Theme>().unwrap_err().to_string();
        assert_eq!(
            error,
            "unknown theme `fancy`; choose one of: classic, modern"
        );
    }
}
