//! Rules `shadowed-field` and `malformed-value`.

use indexmap::IndexMap;
use serde_json::Value;

use ctopath_source::FieldPath;

use super::{Problem, Rule, root};
use crate::Profile;

/// JSON Resume names that `extra` maps must not reuse: export writes the real field
/// and the extra property into the same object, and one would overwrite the other.
const BASICS_FIELDS: &[&str] = &[
    "name", "label", "image", "email", "phone", "url", "summary", "location", "profiles",
];
const ADDRESS_FIELDS: &[&str] = &["address", "postalCode", "city", "countryCode", "region"];
const NETWORK_FIELDS: &[&str] = &["network", "username", "url"];
const WORK_FIELDS: &[&str] = &[
    "name",
    "location",
    "description",
    "position",
    "url",
    "startDate",
    "endDate",
    "summary",
    "highlights",
];
const TOP_LEVEL_FIELDS: &[&str] = &[
    "$schema",
    "basics",
    "work",
    "volunteer",
    "education",
    "awards",
    "certificates",
    "publications",
    "skills",
    "languages",
    "interests",
    "references",
    "projects",
    "meta",
];

pub(super) fn check(profile: &Profile, out: &mut Vec<Problem>) {
    if let Some(person) = &profile.person {
        let at = root("person");
        shadowed(out, &at, &person.extra, BASICS_FIELDS, "basics");
        if let Some(address) = &person.address {
            shadowed(
                out,
                &at.child("address"),
                &address.extra,
                ADDRESS_FIELDS,
                "basics.location",
            );
        }
        for (i, p) in person.profiles.iter().flatten().enumerate() {
            shadowed(
                out,
                &at.child("profiles").index(i),
                &p.extra,
                NETWORK_FIELDS,
                "a profile",
            );
        }
        if let Some(email) = &person.email
            && !looks_like_email(email)
        {
            out.push(Problem::new(
                Rule::Malformed,
                at.child("email"),
                format!("`{email}` does not look like an email address"),
                "write the address as name@domain, without spaces",
            ));
        }
    }
    for (i, p) in profile.positions.iter().enumerate() {
        let at = root("positions").index(i);
        shadowed(out, &at, &p.extra, WORK_FIELDS, "work");
        if let Some(budget) = &p.budget {
            let code = &budget.currency;
            if !(code.len() == 3 && code.chars().all(|c| c.is_ascii_uppercase())) {
                out.push(Problem::new(
                    Rule::Malformed,
                    at.child("budget").child("currency"),
                    format!("`{code}` is not a currency code"),
                    "use the three-letter ISO 4217 code, e.g. EUR, GBP or USD",
                ));
            }
        }
    }
    shadowed(
        out,
        &root("resume"),
        &profile.resume.extra,
        TOP_LEVEL_FIELDS,
        "the document",
    );
    if let Some(meta) = &profile.resume.meta
        && meta.extra.contains_key("ctopath")
    {
        out.push(Problem::new(
            Rule::ShadowedField,
            root("resume").child("meta").child("ctopath"),
            "`meta.ctopath` is where export writes ctopath's own data",
            "remove it from `resume.meta`; put goal, ratings and the rest at the top level of the profile",
        ));
    }
    for (i, a) in profile.achievements.iter().enumerate() {
        if a.what_changed.trim().is_empty() {
            out.push(Problem::new(
                Rule::Malformed,
                root("achievements").index(i).child("what_changed"),
                "the achievement does not say what changed",
                "describe the outcome in a sentence, e.g. \"cut release lead time from 3 weeks to 2 days\"",
            ));
        }
    }
}

fn shadowed(
    out: &mut Vec<Problem>,
    at: &FieldPath,
    extra: &IndexMap<String, Value>,
    fields: &[&str],
    within: &str,
) {
    for key in extra.keys().filter(|k| fields.contains(&k.as_str())) {
        out.push(Problem::new(
            Rule::ShadowedField,
            at.child("extra").child(key),
            format!("extra property `{key}` has the name of a field of {within}"),
            "use the real field instead, or rename the extra property",
        ));
    }
}

/// One `@` with something on both sides and no spaces: enough to catch a phone
/// number or a name typed into the wrong field, without rejecting real addresses.
fn looks_like_email(text: &str) -> bool {
    match text.split_once('@') {
        Some((user, domain)) => {
            !user.is_empty()
                && !domain.is_empty()
                && !domain.contains('@')
                && !text.chars().any(char::is_whitespace)
        }
        None => false,
    }
}
