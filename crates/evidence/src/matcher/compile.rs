//! Compiling a parsed pattern to a [`Program`]: an instruction list the backtracker
//! runs, with the bytes each alternative can start with worked out in advance.

use super::parse::{Node, ParseError, Parsed};
use super::program::{AltTable, ByteSet, Inst, Program};

/// A split or jump target not known yet.
const HOLE: u32 = u32::MAX;

/// Programs larger than this come from a runaway `{m,n}`, not from a real pattern.
const MAX_INSTS: usize = 200_000;

pub(super) fn compile(parsed: &Parsed) -> Result<Program, ParseError> {
    let mut c = Compiler {
        insts: Vec::new(),
        sets: Vec::new(),
        alts: Vec::new(),
    };
    c.push(Inst::Save(0));
    let first = c.node(&parsed.node)?;
    if first.empty {
        return Err(error("the pattern can match empty text"));
    }
    c.push(Inst::Save(1));
    c.push(Inst::Match);
    Ok(Program {
        insts: c.insts,
        sets: c.sets,
        alts: c.alts,
        slots: parsed.names.len() * 2,
        first: first.set(),
    })
}

fn error(message: &str) -> ParseError {
    ParseError {
        offset: 0,
        message: message.to_string(),
    }
}

/// What a node can start with: the bytes of its first character, and whether it can
/// match empty text, when what follows it decides.
#[derive(Default)]
struct First {
    bytes: ByteSet,
    empty: bool,
}

impl First {
    fn empty() -> First {
        First {
            bytes: ByteSet::default(),
            empty: true,
        }
    }

    /// The set to test before trying the node: everything when it can be empty.
    fn set(&self) -> ByteSet {
        if self.empty {
            ByteSet::all()
        } else {
            self.bytes
        }
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

    /// Emits code for `node` that falls through to the next instruction on success,
    /// and says what the node can start with.
    fn node(&mut self, node: &Node) -> Result<First, ParseError> {
        if self.insts.len() > MAX_INSTS {
            return Err(error("the pattern is too large"));
        }
        let mut first = First::default();
        match node {
            Node::Empty => first.empty = true,
            Node::Char { c, fold } => {
                if *fold && c.is_ascii_alphabetic() {
                    let lower = c.to_ascii_lowercase() as u8;
                    self.push(Inst::Fold(lower));
                    first.bytes.insert(lower);
                    first.bytes.insert(lower.to_ascii_uppercase());
                } else {
                    let mut buf = [0; 4];
                    let bytes = c.encode_utf8(&mut buf).as_bytes();
                    first.bytes.insert(bytes[0]);
                    for &b in bytes.iter() {
                        self.push(Inst::Byte(b));
                    }
                }
            }
            Node::Set(set) => {
                first.bytes.insert_ascii(set.ascii);
                if !set.wide.is_empty() {
                    first.bytes.insert_leading_bytes();
                }
                let i = match self.sets.iter().position(|s| s == &**set) {
                    Some(i) => i,
                    None => {
                        self.sets.push((**set).clone());
                        self.sets.len() - 1
                    }
                };
                self.push(Inst::Set(i as u32));
            }
            Node::Look(look) => {
                self.push(Inst::Look(*look));
                first.empty = true;
            }
            Node::Group { index, node } => match index {
                Some(i) => {
                    self.push(Inst::Save(*i as u32 * 2));
                    first = self.node(node)?;
                    self.push(Inst::Save(*i as u32 * 2 + 1));
                }
                None => first = self.node(node)?,
            },
            Node::Concat(items) => {
                first.empty = true;
                for item in items {
                    let next = self.node(item)?;
                    if first.empty {
                        first.bytes.union(&next.bytes);
                        first.empty = next.empty;
                    }
                }
            }
            Node::Alt(branches) => first = self.alternation(branches)?,
            Node::Repeat {
                node,
                min,
                max,
                greedy,
            } => first = self.repeat(node, *min, *max, *greedy)?,
        }
        Ok(first)
    }

    fn alternation(&mut self, branches: &[Node]) -> Result<First, ParseError> {
        let table = self.alts.len();
        self.alts.push(AltTable {
            branches: Vec::with_capacity(branches.len()),
        });
        self.push(Inst::Alt(table as u32));
        let mut ends = Vec::new();
        let mut first = First::default();
        for (i, branch) in branches.iter().enumerate() {
            let start = self.pc();
            let f = self.node(branch)?;
            self.alts[table].branches.push((f.set(), start));
            first.bytes.union(&f.bytes);
            first.empty |= f.empty;
            if i + 1 < branches.len() {
                ends.push(self.push(Inst::Jmp(HOLE)));
            }
        }
        let end = self.pc();
        ends.into_iter().for_each(|j| self.patch(j, end));
        Ok(first)
    }

    fn repeat(
        &mut self,
        node: &Node,
        min: u32,
        max: Option<u32>,
        greedy: bool,
    ) -> Result<First, ParseError> {
        let mut first = None;
        for _ in 0..min {
            first = Some(self.node(node)?);
        }
        match max {
            None => {
                let top = self.split(greedy);
                let body = self.node(node)?;
                if body.empty {
                    return Err(error(
                        "an unbounded repetition of something that can be empty",
                    ));
                }
                first.get_or_insert(body);
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
                    let body = self.node(node)?;
                    first.get_or_insert(body);
                }
                let end = self.pc();
                skips.into_iter().for_each(|s| self.patch(s, end));
            }
        }
        let mut first = first.unwrap_or_else(First::empty);
        first.empty |= min == 0;
        Ok(first)
    }
}
