//! The shape the CV templates read: every JSON Resume section reduced to a few
//! uniform, always-present fields of plain text, so the templates never have to
//! guess at types and the data never becomes markup.

use serde::Serialize;

/// Everything `templates/cv.typ` needs, in page order.
#[derive(Debug, Serialize)]
pub struct CvView {
    pub meta: Meta,
    pub header: Header,
    pub sections: Vec<SectionView>,
}

/// PDF metadata and page setup.
#[derive(Debug, Serialize)]
pub struct Meta {
    pub title: String,
    /// Empty when the resume has no name (Typst takes a list of authors).
    pub author: Vec<String>,
    /// A Typst paper name: `a4` or `us-letter`.
    pub paper: &'static str,
    pub keywords: Vec<String>,
}

/// The top of the first page.
#[derive(Debug, Serialize)]
pub struct Header {
    pub name: String,
    pub label: String,
    /// Email, phone, web site and place: the first contact line.
    pub contacts: Vec<Contact>,
    /// Social and code profiles: the second contact line.
    pub profiles: Vec<Contact>,
}

/// A piece of text that may be a link.
#[derive(Debug, Serialize)]
pub struct Contact {
    pub text: String,
    pub href: Option<String>,
}

/// One titled section with exactly one kind of content.
#[derive(Debug, Serialize)]
pub struct SectionView {
    pub key: String,
    pub heading: String,
    #[serde(flatten)]
    pub content: Content,
}

/// The three ways a section is laid out.
#[derive(Debug, Serialize)]
#[serde(tag = "layout", rename_all = "lowercase")]
pub enum Content {
    /// Running prose (the summary).
    Paragraphs { paragraphs: Vec<String> },
    /// Dated entries with details (work, education, projects ...).
    Entries { entries: Vec<Entry> },
    /// One line per item: a label and what goes with it (skills, languages).
    Labelled { items: Vec<Labelled> },
}

impl Content {
    pub fn is_empty(&self) -> bool {
        match self {
            Content::Paragraphs { paragraphs } => paragraphs.is_empty(),
            Content::Entries { entries } => entries.is_empty(),
            Content::Labelled { items } => items.is_empty(),
        }
    }
}

/// A dated entry. Empty strings and lists mean "not given".
#[derive(Debug, Default, Serialize)]
pub struct Entry {
    pub title: String,
    pub org: String,
    pub location: String,
    pub dates: String,
    /// A short line under the title: the organisation's description, roles, a score.
    pub note: String,
    pub summary: Vec<String>,
    pub highlights: Vec<String>,
    pub keywords: Vec<String>,
    pub link: Option<Contact>,
}

impl Entry {
    /// An entry with nothing in it is dropped; one with details but no title
    /// shows its organisation as the title.
    pub fn normalised(mut self) -> Option<Self> {
        if self.title.is_empty() {
            self.title = std::mem::take(&mut self.org);
        }
        let has_details = !(self.dates.is_empty()
            && self.note.is_empty()
            && self.summary.is_empty()
            && self.highlights.is_empty()
            && self.keywords.is_empty()
            && self.link.is_none());
        (!self.title.is_empty() || has_details).then_some(self)
    }
}

/// A label with a qualifier and keywords (`Rust` · `Expert` · `async, FFI`).
#[derive(Debug, Serialize)]
pub struct Labelled {
    pub label: String,
    pub detail: String,
    pub keywords: Vec<String>,
}
