//! Lists of groups led, summed into one team: "led 2 SREs and 3 DBAs" is five people.

use std::sync::LazyLock;

use super::gate::{Pattern, Text};
use super::{Hit, MANAGERS, PEOPLE, QUAL, plausible_people};
use crate::Fact;
use crate::numbers::{count, parse_count};

static GROUP_LIST: LazyLock<Pattern> = LazyLock::new(|| {
    let c = count();
    // "5 backend and 3 frontend engineers", "2 SREs, 3 DBAs and 4 developers": two
    // to five counts joined into one list that ends with a people noun.
    Pattern::new("people.group_list", &{
        // Managers may open the list ("4 EMs and 32 ICs"): they are led too.
        let item = format!(r"{c}\s*(?:{QUAL}\s+){{0,2}}(?:(?:{PEOPLE}|{MANAGERS})\s*)?");
        // A comma only with a space after it: "1,200 engineers" is one count.
        let sep = r"(?:,\s+(?:and\s+|&\s*|plus\s+)?|and\s+|&\s*|plus\s+)";
        format!(r"\b{item}{sep}(?:{item}{sep}){{0,3}}{c}\s*(?:{QUAL}\s+){{0,2}}{PEOPLE}")
    })
});

/// "Led 2 SREs and 3 DBAs", "led a team of 5 backend and 3 frontend engineers": the
/// groups of a list are one team, so their counts add up. The parts, already read as
/// teams of their own, are dropped so that only the whole is cited. Without a verb of
/// leading in the clause ("worked with 4 designers and 2 PMs") it is nobody's team.
pub(super) fn scan(t: Text<'_>, out: &mut Vec<Hit>) {
    let text = t.as_str();
    for m in GROUP_LIST.find_iter(t) {
        if !super::clause::led_before(text, m.start()) || describes_a_place(text, m.start()) {
            continue;
        }
        let mut total = 0u32;
        for part in list_parts(m.as_str()) {
            match leading_count(part) {
                Some(n) => total = total.saturating_add(n),
                None => {
                    total = 0;
                    break;
                }
            }
        }
        if !plausible_people(total) {
            continue;
        }
        // A part read alone ("Led 2 SREs") overlaps the list and ends inside it; the
        // whole is cited from where the first such part starts.
        let end = m.end();
        let part_of_list =
            |h: &Hit| matches!(h.fact, Fact::TeamSize { .. }) && h.end > m.start() && h.end <= end;
        let start = out
            .iter()
            .filter(|h| part_of_list(h))
            .map(|h| h.start)
            .fold(m.start(), usize::min);
        out.retain(|h| !part_of_list(h));
        out.push(Hit {
            start,
            end,
            fact: Fact::TeamSize { people: total },
        });
    }
}

/// "Led engineering at a scale-up (110 employees, 35 engineers)": an "at" between the
/// word of leading and the list says the list counts the place, not the people led.
fn describes_a_place(text: &str, at: usize) -> bool {
    let clause = super::clause::clause_words_before(text, at, 8);
    let lead = clause
        .iter()
        .position(|w| super::clause::leads_in(std::slice::from_ref(w)))
        .unwrap_or(clause.len());
    clause[..lead].iter().any(|w| w == "at")
}

/// The items of a list such as "2 SREs, 3 DBAs and 4 developers".
fn list_parts(list: &str) -> impl Iterator<Item = &str> {
    list.split(", ")
        .flat_map(|p| p.split(" and "))
        .flat_map(|p| p.split(" plus "))
        .flat_map(|p| p.split('&'))
        .map(str::trim)
        .filter(|p| !p.is_empty() && *p != "and" && *p != "plus")
}

/// The count an item opens with: the longest run of its first words that reads as one
/// ("twenty five backend" → 25).
fn leading_count(item: &str) -> Option<u32> {
    let words: Vec<&str> = item.split_whitespace().collect();
    (1..=words.len().min(5))
        .rev()
        .find_map(|k| parse_count(&words[..k].join(" ")))
        .filter(|&n| plausible_people(n))
}
