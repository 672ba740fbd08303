//! Who leads what, read from the words of a clause before a head count: a team the
//! writer belongs to ("member of a team of 8") is not one they run, and a head count
//! after a word of leading and a group ("manage 3 teams (25 engineers)") is their team.

use super::listed;

/// "Member of a team of 8", "worked in a 6-person squad": a team the writer belongs to,
/// not one they run. A word of leading earlier in the clause ("tech lead on a team of
/// 6", "lead the roadmap across three teams of 20") keeps it theirs.
pub(super) fn a_member_of(text: &str, at: usize) -> bool {
    let clause = clause_words_before(text, at, 8);
    !leads_in(&clause)
        && clause.iter().take(5).any(|w| {
            listed(
                w,
                "member members part worked working work joined joining one within in on \
                 for with alongside among amongst inside into across contributed \
                 contributing supported supporting reviewed reviewing helped helping",
            )
        })
}

/// A word of leading among the (lower-case) words of a clause.
pub(super) fn leads_in(clause: &[String]) -> bool {
    clause.iter().any(|w| {
        listed(
            w,
            "lead leads led leader leading manager manage managed manages managing head \
             headed heads heading tlm captain owner run ran runs running oversaw oversee \
             oversees overseeing directed directing responsible accountable charge \
             supervised supervising",
        )
    })
}

/// Whether, in the clause before `at`, a word of leading comes before a group it
/// leads ("manage 3 teams", "managed 5 engineering managers and"), so that a head
/// count that follows counts the people in those groups.
pub(super) fn leads_groups_before(text: &str, at: usize) -> bool {
    let clause = clause_words_before(text, at, 8);
    // Nearest first: a group word must lie between the number and a word of leading.
    let group = clause.iter().position(|w| {
        listed(
            w,
            "team teams squad squads group groups tribe tribes org orgs organization \
             organisation organizations organisations department departments managers leads \
             engineering function functions",
        )
    });
    let Some(g) = group else { return false };
    // "team of 300 engineers" is the team pattern's to read; "managed budgets across
    // the org" leads something else inside the group, not the group.
    let Some(lead) = clause[g + 1..]
        .iter()
        .position(|w| leads_in(std::slice::from_ref(w)))
    else {
        return false;
    };
    let mut between = &clause[g + 1..g + 1 + lead];
    // "Responsible for 3 squads", "in charge of 2 teams": the preposition belongs to the
    // words of leading, not to a place the groups are in.
    if listed(&clause[g + 1 + lead], "responsible accountable charge")
        && between.last().is_some_and(|w| listed(w, "for of"))
    {
        between = &between[..between.len() - 1];
    }
    // "Tech lead for 3 teams", "lead across 3 squads": the noun of leading with its own
    // preposition leads the groups, where "managed budgets across the org" does not.
    let lead_noun = listed(&clause[g + 1 + lead], "lead leader tlm")
        && between.iter().all(|w| {
            w.bytes().all(|b| b.is_ascii_digit())
                || listed(
                    w,
                    "for across over of the all two three four five six seven eight",
                )
        });
    clause.first().is_none_or(|w| w != "of")
        && (lead_noun
            || !between.iter().any(|w| {
                listed(
                    w,
                    "across within in at for with alongside among amongst inside throughout beside",
                )
            }))
}

/// Whether the clause before byte `at` of `text` has a word of leading in its last
/// eight words: "lead the roadmap across three teams of 20" leads the teams, "team of
/// 7 engineers building the API" says nothing of who leads it.
pub fn led_before(text: &str, at: usize) -> bool {
    at <= text.len() && text.is_char_boundary(at) && leads_in(&clause_words_before(text, at, 8))
}

/// Up to `n` lower-case words before `at`, nearest first, back to the start of the
/// clause: unlike [`words_before`], a colon inside "1:1s" or a comma does not end the
/// look, only a sentence or clause break does.
pub(super) fn clause_words_before(text: &str, at: usize, n: usize) -> Vec<String> {
    let mut lo = at.saturating_sub(120);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let window = &text[lo..at];
    let clause = window
        .rsplit(['.', ';', '!', '?', '\n', '•'])
        .next()
        .unwrap_or(window);
    clause
        .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
        .filter(|w| !w.is_empty())
        .rev()
        .take(n)
        .map(str::to_lowercase)
        .collect()
}
