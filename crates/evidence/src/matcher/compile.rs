//! Compiling a parsed pattern to a [`Program`]: an instruction list the backtracker
//! runs, with the bytes each alternative can start with worked out in advance.

use super::parse::{Node, ParseError, Parsed};
use super::program::{AltTable, ByteSet, Inst, Program};

/// A split or jump target not known yet.
const HOLE: u32 = u32::MAX;

/// Programs larger than this come from a runaway `{m,n}`, not from a real pattern.
const MAX_INSTS: usize = 200_000;

pub(super) fn compile(parsed: &Parsed) -> Result<Program, ParseError> {
    if nullable(&parsed.node) {
        return Err(error("the pattern can match empty text"));
    }
    let mut c = Compiler {
        insts: Vec::new(),
        sets: Vec::new(),
        alts: Vec::new(),
    };
    c.push(Inst::Save(0));
    c.node(&parsed.node)?;
    c.push(Inst::Save(1));
    c.push(Inst::Match);
    Ok(Program {
        insts: c.insts,
        sets: c.sets,
        alts: c.alts,
        slots: parsed.names.len() * 2,
        first: first_bytes(&parsed.node),
    })
}

fn error(message: &str) -> ParseError {
    ParseError {
        offset: 0,
        message: message.to_string(),
    }
}

/// The bytes a match of `node` can start with; everything when it can be empty,
/// because then what follows it decides.
fn first_bytes(node: &Node) -> ByteSet {
    let mut set = ByteSet::default();
    if add_first_bytes(node, &mut set) {
        ByteSet::all()
    } else {
        set
    }
}

/// Adds the bytes `node` can start with to `set`; true when `node` can be empty.
fn add_first_bytes(node: &Node, set: &mut ByteSet) -> bool {
    match node {
        Node::Empty | Node::Look(_) => true,
        Node::Char { c, fold } => {
            let mut buf = [0; 4];
            set.insert(c.encode_utf8(&mut buf).as_bytes()[0]);
            if *fold && c.is_ascii_alphabetic() {
                set.insert(c.to_ascii_lowercase() as u8);
                set.insert(c.to_ascii_uppercase() as u8);
            }
            false
        }
        Node::Set(chars) => {
            for b in 0..128u8 {
                if chars.ascii >> b & 1 == 1 {
                    set.insert(b);
                }
            }
            // A wide character starts with a leading byte, 0xc2 to 0xf4.
            if !chars.wide.is_empty() {
                (0xc2..=0xf4).for_each(|b| set.insert(b));
            }
            false
        }
        Node::Group { node, .. } => add_first_bytes(node, set),
        Node::Concat(items) => items.iter().all(|item| add_first_bytes(item, set)),
        Node::Alt(branches) => {
            // Every branch adds its bytes, so no short-circuiting `any`.
            let mut empty = false;
            for branch in branches {
                empty |= add_first_bytes(branch, set);
            }
            empty
        }
        Node::Repeat { node, min, .. } => add_first_bytes(node, set) || *min == 0,
    }
}

/// Whether `node` can match without consuming anything.
fn nullable(node: &Node) -> bool {
    match node {
        Node::Empty | Node::Look(_) => true,
        Node::Char { .. } | Node::Set(_) => false,
        Node::Group { node, .. } => nullable(node),
        Node::Concat(items) => items.iter().all(nullable),
        Node::Alt(branches) => branches.iter().any(nullable),
        Node::Repeat { node, min, .. } => *min == 0 || nullable(node),
    }
}

struct Compiler {
    insts: Vec<Inst>,
    sets: Vec<super::parse::CharSet>,
    alts: Vec<AltTable>,
}

impl Compiler {
    fn pc(&self) -> u32 {
        self.insts.len() as u32
    }

    fn push(&mut self, inst: Inst) -> usize {
        self.insts.push(inst);
        self.insts.len() - 1
    }

    /// Points the hole of the split or jump at `at` to `to`.
    fn patch(&mut self, at: usize, to: u32) {
        self.insts[at] = match self.insts[at] {
            Inst::Split(HOLE, b) => Inst::Split(to, b),
            Inst::Split(a, HOLE) => Inst::Split(a, to),
            Inst::Jmp(HOLE) => Inst::Jmp(to),
            other => other,
        };
    }

    /// A split to the code that follows and, later, to wherever `patch` says.
    /// `greedy` prefers the code that follows.
    fn split(&mut self, greedy: bool) -> usize {
        let next = self.pc() + 1;
        self.push(match greedy {
            true => Inst::Split(next, HOLE),
            false => Inst::Split(HOLE, next),
        })
    }

    /// Emits code for `node` that falls through to the next instruction on success.
    fn node(&mut self, node: &Node) -> Result<(), ParseError> {
        if self.insts.len() > MAX_INSTS {
            return Err(error("the pattern is too large"));
        }
        match node {
            Node::Empty => {}
            Node::Char { c, fold } => {
                if *fold && c.is_ascii_alphabetic() {
                    self.push(Inst::Fold(c.to_ascii_lowercase() as u8));
                } else {
                    let mut buf = [0; 4];
                    for &b in c.encode_utf8(&mut buf).as_bytes() {
                        self.push(Inst::Byte(b));
                    }
                }
            }
            Node::Set(set) => {
                let i = match self.sets.iter().position(|s| s == set) {
                    Some(i) => i,
                    None => {
                        self.sets.push(set.clone());
                        self.sets.len() - 1
                    }
                };
                self.push(Inst::Set(i as u32));
            }
            Node::Look(look) => {
                self.push(Inst::Look(*look));
            }
            Node::Group { index, node } => match index {
                Some(i) => {
                    self.push(Inst::Save(*i as u32 * 2));
                    self.node(node)?;
                    self.push(Inst::Save(*i as u32 * 2 + 1));
                }
                None => self.node(node)?,
            },
            Node::Concat(items) => {
                for item in items {
                    self.node(item)?;
                }
            }
            Node::Alt(branches) => {
                let table = self.alts.len();
                self.alts.push(AltTable {
                    branches: Vec::with_capacity(branches.len()),
                });
                self.push(Inst::Alt(table as u32));
                let mut ends = Vec::new();
                for (i, branch) in branches.iter().enumerate() {
                    let start = self.pc();
                    self.alts[table].branches.push((first_bytes(branch), start));
                    self.node(branch)?;
                    if i + 1 < branches.len() {
                        ends.push(self.push(Inst::Jmp(HOLE)));
                    }
                }
                let end = self.pc();
                ends.into_iter().for_each(|j| self.patch(j, end));
            }
            Node::Repeat {
                node,
                min,
                max,
                greedy,
            } => self.repeat(node, *min, *max, *greedy)?,
        }
        Ok(())
    }

    fn repeat(
        &mut self,
        node: &Node,
        min: u32,
        max: Option<u32>,
        greedy: bool,
    ) -> Result<(), ParseError> {
        for _ in 0..min {
            self.node(node)?;
        }
        match max {
            None => {
                if nullable(node) {
                    return Err(error(
                        "an unbounded repetition of something that can be empty",
                    ));
                }
                let top = self.split(greedy);
                self.node(node)?;
                self.push(Inst::Jmp(top as u32));
                let end = self.pc();
                self.patch(top, end);
            }
            // Nested, as `x(?:x(?:x)?)?`: once an optional copy is skipped, so are
            // the rest, which keeps the number of ways to match a text small.
            Some(max) => {
                let mut skips = Vec::new();
                for _ in min..max {
                    skips.push(self.split(greedy));
                    self.node(node)?;
                }
                let end = self.pc();
                skips.into_iter().for_each(|s| self.patch(s, end));
            }
        }
        Ok(())
    }
}
