//! Career charts as SVG, drawn in pure Rust.
//!
//! Four charts, each a function from its own plain input struct to a complete
//! SVG document (a `String`):
//!
//! - [`radar`]: competencies on spokes, levels 0–10, for current / expected /
//!   target ratings or a comparison of snapshots;
//! - [`timeline`]: positions coloured by tour type, tours of duty, today and
//!   the P10–P90 forecast band to CTO on a time axis in years;
//! - [`gauge`]: a readiness gauge from 0 to 100%;
//! - [`progress`]: level and readiness over time from assessment snapshots.
//!
//! The output is meant to be inlined into HTML and embedded in PDFs made by
//! Typst (whose SVG support is usvg): it uses presentation attributes only
//! (no CSS, no scripts, no external fonts or images), declares its size and
//! `viewBox`, and is deterministic: the same input gives the same bytes, with
//! coordinates rounded to one decimal. Every chart is an image with a title
//! and a text alternative (`role="img"`, `<title>`, `<desc>`,
//! `aria-labelledby`) that states its data in words. Text is escaped, and
//! out-of-range or non-finite input is clamped or skipped, never drawn as
//! `NaN`. Colours and dash patterns live in [`palette`].
//!
//! The crate does no I/O and depends on none of ctopath's other crates;
//! callers convert their models into these inputs. Times are fractional
//! years (2019.5 is mid-2019).
//!
//! ```
//! use ctopath_charts::{Gauge, gauge};
//!
//! let svg = gauge(&Gauge {
//!     label: "Readiness for CTO".into(),
//!     value: Some(0.42),
//! });
//! assert!(svg.starts_with("<svg"));
//! assert!(svg.contains("Readiness for CTO: 42%"));
//! ```
//!
//! `cargo run -p ctopath-charts --example preview` writes every chart, for
//! representative inputs, to `target/charts-preview/` as SVG and as PNG
//! rendered by resvg.

mod axis;
mod gauge;
mod legend;
pub mod palette;
mod progress;
mod radar;
mod shapes;
mod svg;
mod text;
mod timeline;
mod words;

pub use gauge::{Gauge, gauge};
pub use progress::{Progress, Snapshot, progress};
pub use radar::{MAX_AXES, MAX_LEVEL, MIN_AXES, Radar, RadarSeries, SeriesStyle, radar};
pub use timeline::{Forecast, Position, Timeline, TimelineTour, TourKind, TourStatus, timeline};
