//! Where each field of a document is written, so that problems found long after
//! parsing (a bad reference, an inverted date) can still be shown at `line:column`.

use std::collections::HashMap;

use saphyr_parser::{Event, Parser, ScanError};

use crate::{FieldPath, InputError, Location};

/// Field path → location of the field's key (or, for list items, the item itself).
#[derive(Debug, Clone, Default)]
pub struct SourceMap {
    positions: HashMap<FieldPath, Location>,
}

enum Frame {
    Map {
        path: FieldPath,
        /// The key just read, waiting for its value.
        key: Option<FieldPath>,
    },
    Seq {
        path: FieldPath,
        next: usize,
    },
}

impl SourceMap {
    /// Reads `text` as a YAML event stream (JSON is a subset of YAML) and records the
    /// position of every field. Fails only when nesting exceeds `max_depth`; a syntax
    /// error simply ends the map early, since the real parser reports it better.
    pub fn build(file: &str, text: &str, max_depth: usize) -> Result<SourceMap, InputError> {
        let mut positions = HashMap::new();
        let mut stack: Vec<Frame> = Vec::new();
        let mut root_seen = false;
        for event in Parser::new_from_str(text) {
            let (event, span) = match event {
                Ok(ev) => ev,
                Err(ScanError { .. }) => break,
            };
            let here = Location {
                line: span.start.line(),
                column: span.start.col() + 1,
            };
            match event {
                Event::DocumentStart(_) if root_seen => break, // only the first document counts
                Event::Scalar(ref value, ..) => {
                    if let Some(Frame::Map { path, key }) = stack.last_mut()
                        && key.is_none()
                    {
                        let child = path.child(value);
                        positions.insert(child.clone(), here);
                        *key = Some(child);
                        continue;
                    }
                    node_path(&mut stack, &mut positions, here);
                }
                Event::Alias(_) => {
                    node_path(&mut stack, &mut positions, here);
                }
                Event::MappingStart(..) | Event::SequenceStart(..) => {
                    let is_map = matches!(event, Event::MappingStart(..));
                    let path = node_path(&mut stack, &mut positions, here);
                    root_seen = true;
                    if stack.len() >= max_depth {
                        return Err(InputError::TooDeep {
                            file: file.to_string(),
                            limit: max_depth,
                            location: Some(here),
                        });
                    }
                    stack.push(if is_map {
                        Frame::Map { path, key: None }
                    } else {
                        Frame::Seq { path, next: 0 }
                    });
                }
                Event::MappingEnd | Event::SequenceEnd => {
                    stack.pop();
                }
                _ => {}
            }
        }
        Ok(SourceMap { positions })
    }

    /// Location of `path`, or of its nearest ancestor that has one.
    pub fn locate(&self, path: &FieldPath) -> Option<Location> {
        let mut current = Some(path.clone());
        while let Some(p) = current {
            if let Some(loc) = self.positions.get(&p) {
                return Some(*loc);
            }
            current = p.parent();
        }
        None
    }

    /// Location of exactly `path`, without falling back to an ancestor.
    pub fn exact(&self, path: &FieldPath) -> Option<Location> {
        self.positions.get(path).copied()
    }
}

/// Works out the path of a value node that starts at `here`, consuming the pending
/// map key or advancing the list index; a list item's own position is recorded.
fn node_path(
    stack: &mut [Frame],
    positions: &mut HashMap<FieldPath, Location>,
    here: Location,
) -> FieldPath {
    match stack.last_mut() {
        None => FieldPath::root(),
        Some(Frame::Map { path, key }) => match key.take() {
            Some(k) => k,
            // A complex (non-scalar) key: give it a placeholder so values still line up.
            None => path.child("?"),
        },
        Some(Frame::Seq { path, next }) => {
            let item = path.index(*next);
            *next += 1;
            positions.insert(item.clone(), here);
            item
        }
    }
}
