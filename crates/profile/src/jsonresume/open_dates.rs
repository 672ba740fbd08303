//! Dates as resumes from the wild write them. The JSON Resume schema wants an ISO date
//! or nothing, but resume builders export `"endDate": ""` or `"endDate": "Present"` for
//! a role still held, and `""` for a date nobody filled in. Their meaning is not in
//! doubt, so a JSON Resume is read as if those fields were left out: an open end is a
//! role still held, a blank start is an undated role. Anything else that is not a date
//! is still an error with its field path.

use serde_json::Value;

use crate::date::names_now;

/// Sections whose entries carry dates.
const DATED: [&str; 7] = [
    "work",
    "volunteer",
    "education",
    "projects",
    "awards",
    "certificates",
    "publications",
];
const DATE_FIELDS: [&str; 4] = ["startDate", "endDate", "date", "releaseDate"];

/// Removes the blank dates, and the end dates that say "present", from a JSON Resume
/// document's dated sections.
pub(crate) fn drop_open_dates(doc: &mut Value) {
    let Some(root) = doc.as_object_mut() else {
        return;
    };
    for section in DATED {
        let Some(Value::Array(entries)) = root.get_mut(section) else {
            continue;
        };
        for entry in entries.iter_mut().filter_map(Value::as_object_mut) {
            entry.retain(|field, value| {
                let Value::String(text) = value else {
                    return true;
                };
                let open = text.trim().is_empty() || (field == "endDate" && names_now(text));
                !(DATE_FIELDS.contains(&field.as_str()) && open)
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::drop_open_dates;

    #[test]
    fn blank_and_present_dates_are_left_out_and_others_kept() {
        let mut doc = json!({ "work": [
            { "name": "A", "startDate": "2019-04", "endDate": "" },
            { "name": "B", "startDate": " ", "endDate": "Present" },
            { "name": "C", "startDate": "present", "endDate": "2019-03", "summary": "" } ],
            "awards": [{ "title": "T", "date": "" }] });
        drop_open_dates(&mut doc);
        assert_eq!(
            doc,
            json!({ "work": [
                { "name": "A", "startDate": "2019-04" },
                { "name": "B" },
                { "name": "C", "startDate": "present", "endDate": "2019-03", "summary": "" } ],
                "awards": [{ "title": "T" }] })
        );
    }
}
