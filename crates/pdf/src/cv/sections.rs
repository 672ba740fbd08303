//! One reader per JSON Resume section, each producing the uniform [`Content`].

use serde_json::{Map, Value};

use super::dates;
use super::fields::{object, objects, paragraphs, text, texts, web_display, web_href};
use super::layout::Layout;
use super::view::{Contact, Content, Entry, Labelled};

type Object = Map<String, Value>;

/// The content of section `key` of `resume`, or `None` for a key this crate
/// does not know (the layout data and this function are tested together).
pub fn read(key: &str, resume: &Object, layout: &Layout) -> Option<Content> {
    let present = layout.present.as_str();
    let content = match key {
        "summary" => Content::Paragraphs {
            paragraphs: object(resume, "basics")
                .map(|basics| paragraphs(&text(basics, "summary")))
                .unwrap_or_default(),
        },
        "work" => entries(resume, "work", |o| Entry {
            title: text(o, "position"),
            org: text(o, "name"),
            location: text(o, "location"),
            dates: period(o, present),
            note: text(o, "description"),
            ..story(o)
        }),
        "volunteer" => entries(resume, "volunteer", |o| Entry {
            title: text(o, "position"),
            org: text(o, "organization"),
            dates: period(o, present),
            ..story(o)
        }),
        "projects" => entries(resume, "projects", |o| Entry {
            title: text(o, "name"),
            org: text(o, "entity"),
            dates: period(o, present),
            note: texts(o, "roles").join(", "),
            summary: paragraphs(&text(o, "description")),
            keywords: texts(o, "keywords"),
            ..story(o)
        }),
        "education" => entries(resume, "education", |o| Entry {
            title: joined(&[text(o, "studyType"), text(o, "area")], ", "),
            org: text(o, "institution"),
            dates: period(o, present),
            note: labelled_value(&layout.score_label, &text(o, "score")),
            keywords: texts(o, "courses"),
            link: link(o),
            ..Entry::default()
        }),
        "certificates" => entries(resume, "certificates", |o| Entry {
            title: text(o, "name"),
            org: text(o, "issuer"),
            dates: dates::display(&text(o, "date")),
            link: link(o),
            ..Entry::default()
        }),
        "awards" => entries(resume, "awards", |o| Entry {
            title: text(o, "title"),
            org: text(o, "awarder"),
            dates: dates::display(&text(o, "date")),
            summary: paragraphs(&text(o, "summary")),
            ..Entry::default()
        }),
        "publications" => entries(resume, "publications", |o| Entry {
            title: text(o, "name"),
            org: text(o, "publisher"),
            dates: dates::display(&text(o, "releaseDate")),
            summary: paragraphs(&text(o, "summary")),
            link: link(o),
            ..Entry::default()
        }),
        "skills" => labelled(resume, "skills", |o| Labelled {
            label: text(o, "name"),
            detail: text(o, "level"),
            keywords: texts(o, "keywords"),
        }),
        "languages" => labelled(resume, "languages", |o| Labelled {
            label: text(o, "language"),
            detail: text(o, "fluency"),
            keywords: Vec::new(),
        }),
        "interests" => labelled(resume, "interests", |o| Labelled {
            label: text(o, "name"),
            detail: String::new(),
            keywords: texts(o, "keywords"),
        }),
        _ => return None,
    };
    Some(content)
}

/// The contact line under the name: email, phone, web site, place.
pub fn contacts(basics: &Object) -> Vec<Contact> {
    let email = text(basics, "email");
    let mut contacts = Vec::new();
    if !email.is_empty() {
        contacts.push(Contact {
            href: mail_href(&email),
            text: email,
        });
    }
    let phone = text(basics, "phone");
    if !phone.is_empty() {
        contacts.push(Contact {
            text: phone,
            href: None,
        });
    }
    contacts.extend(link(basics));
    let place = object(basics, "location")
        .map(|l| {
            let parts = ["city", "region", "countryCode"].map(|key| text(l, key));
            joined(&parts, ", ")
        })
        .unwrap_or_default();
    if !place.is_empty() {
        contacts.push(Contact {
            text: place,
            href: None,
        });
    }
    contacts
}

/// The profiles line under the contacts.
pub fn profiles(basics: &Object) -> Vec<Contact> {
    objects(basics, "profiles").filter_map(profile).collect()
}

/// Where the person lives, as a country code, for choosing the paper size.
pub fn country_code(basics: &Object) -> String {
    object(basics, "location")
        .map(|l| text(l, "countryCode").to_ascii_uppercase())
        .unwrap_or_default()
}

fn profile(profile: &Object) -> Option<Contact> {
    let url = text(profile, "url");
    let username = text(profile, "username");
    let by_name = joined(&[text(profile, "network"), username.clone()], ": ");
    // The address is what a reader can type, unless it does not say who the
    // person is (`https://twitter.com` with a separate username).
    let shown = if url.is_empty() || (!username.is_empty() && !url.contains(&username)) {
        by_name
    } else {
        web_display(&url)
    };
    (!shown.is_empty()).then(|| Contact {
        text: shown,
        href: web_href(&url),
    })
}

/// The narrative fields shared by work, volunteering and projects.
fn story(o: &Object) -> Entry {
    Entry {
        summary: paragraphs(&text(o, "summary")),
        highlights: texts(o, "highlights"),
        link: link(o),
        ..Entry::default()
    }
}

fn entries(resume: &Object, key: &str, read: impl Fn(&Object) -> Entry) -> Content {
    Content::Entries {
        entries: objects(resume, key)
            .filter_map(|o| read(o).normalised())
            .collect(),
    }
}

fn labelled(resume: &Object, key: &str, read: impl Fn(&Object) -> Labelled) -> Content {
    Content::Labelled {
        items: objects(resume, key)
            .map(read)
            .filter(|item| {
                !(item.label.is_empty() && item.detail.is_empty() && item.keywords.is_empty())
            })
            .collect(),
    }
}

fn period(o: &Object, present: &str) -> String {
    dates::range(&text(o, "startDate"), &text(o, "endDate"), present)
}

fn link(o: &Object) -> Option<Contact> {
    let url = text(o, "url");
    (!url.is_empty()).then(|| Contact {
        text: web_display(&url),
        href: web_href(&url),
    })
}

/// `mailto:` only for something shaped like an address, so the link target
/// never carries anything but the address itself.
fn mail_href(email: &str) -> Option<String> {
    let plausible = email.contains('@')
        && !email.contains(|c: char| c.is_whitespace() || matches!(c, ':' | '/' | '?' | '<' | '>'));
    plausible.then(|| format!("mailto:{email}"))
}

fn labelled_value(label: &str, value: &str) -> String {
    if value.is_empty() {
        String::new()
    } else {
        format!("{label}: {value}")
    }
}

fn joined(parts: &[String], separator: &str) -> String {
    parts
        .iter()
        .filter(|p| !p.is_empty())
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(separator)
}
