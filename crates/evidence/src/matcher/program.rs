//! A parsed pattern compiled to a small instruction list, and the backtracking search
//! that runs it.
//!
//! Backtracking tries alternatives in the order the pattern gives them, which is
//! exactly the regex crate's leftmost-first rule, so both report the same match and
//! the same groups. It has no memo, so a hostile text could make it slow: every
//! search runs on a budget of steps, and when the budget runs out the caller hands
//! the search to the regex crate, which is linear whatever the text.

use super::parse::{CharSet, Look};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Inst {
    Byte(u8),
    /// An ASCII letter in either case; holds the lower case.
    Fold(u8),
    Set(u32),
    Look(Look),
    /// Try the first target, then the second.
    Split(u32, u32),
    /// Try the branches of an alternation that can start with the next byte, in order.
    Alt(u32),
    Jmp(u32),
    Save(u32),
    Match,
}

/// A set of bytes, and whether the end of the text is in it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct ByteSet {
    bits: [u64; 4],
    end: bool,
}

impl ByteSet {
    pub(super) fn all() -> ByteSet {
        ByteSet {
            bits: [u64::MAX; 4],
            end: true,
        }
    }

    #[cfg(test)]
    pub(super) fn raw(&self) -> ([u64; 4], bool) {
        (self.bits, self.end)
    }

    pub(super) fn from_raw(bits: [u64; 4], end: bool) -> ByteSet {
        ByteSet { bits, end }
    }

    pub(super) fn insert(&mut self, b: u8) {
        self.bits[usize::from(b >> 6)] |= 1 << (b & 63);
    }

    /// Adds the ASCII bytes set in `bits`, bit n standing for byte n.
    pub(super) fn insert_ascii(&mut self, bits: u128) {
        self.bits[0] |= bits as u64;
        self.bits[1] |= (bits >> 64) as u64;
    }

    /// Adds every byte that can start a non-ASCII character, 0xc2 to 0xf4.
    pub(super) fn insert_leading_bytes(&mut self) {
        // Bits 2..=52 of the last word stand for 0xc2..=0xf4.
        self.bits[3] |= ((1u64 << 51) - 1) << 2;
    }

    pub(super) fn union(&mut self, other: &ByteSet) {
        for (a, b) in self.bits.iter_mut().zip(other.bits) {
            *a |= b;
        }
        self.end |= other.end;
    }

    /// Whether the byte at a position (`None` at the end of the text) is in the set.
    pub(super) fn contains(&self, b: Option<&u8>) -> bool {
        match b {
            Some(&b) => self.bits[usize::from(b >> 6)] >> (b & 63) & 1 == 1,
            None => self.end,
        }
    }
}

/// The branches of one alternation: where each starts and the bytes it can start with.
/// Skipping a branch that cannot start with the next byte changes nothing but the
/// time: it would fail at its first step.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct AltTable {
    pub branches: Vec<(ByteSet, u32)>,
}

#[derive(Debug, PartialEq, Eq)]
pub(super) struct Program {
    pub insts: Vec<Inst>,
    pub sets: Vec<CharSet>,
    pub alts: Vec<AltTable>,
    /// Two slots (start, end) per group, group 0 being the whole match.
    pub slots: usize,
    /// Bytes a match can start with; others are skipped without a search.
    pub first: ByteSet,
}

/// What a search found: a match with its slots, none, or the budget ran out.
pub(super) enum Outcome {
    Found,
    NotFound,
    OutOfSteps,
}

impl Program {
    /// Whether every index in the program points inside it, so a search cannot go out
    /// of bounds: what a program read from an image must show before it is used.
    pub(super) fn is_consistent(&self, groups: usize) -> bool {
        let n = self.insts.len() as u32;
        let to = |t: u32| t < n;
        self.slots == 2 * groups
            && self.insts.last() == Some(&Inst::Match)
            && self.insts.iter().all(|inst| match *inst {
                Inst::Set(i) => (i as usize) < self.sets.len(),
                Inst::Split(a, b) => to(a) && to(b),
                Inst::Alt(i) => (i as usize) < self.alts.len(),
                Inst::Jmp(t) => to(t),
                Inst::Save(s) => (s as usize) < self.slots,
                Inst::Byte(_) | Inst::Fold(_) | Inst::Look(_) | Inst::Match => true,
            })
            && self
                .alts
                .iter()
                .all(|a| a.branches.iter().all(|&(_, start)| to(start)))
    }

    /// The leftmost-first match starting at or after `from`, its groups in `slots`.
    /// Each step taken counts against `budget`.
    pub(super) fn search(
        &self,
        text: &str,
        from: usize,
        slots: &mut [Option<usize>],
        budget: &mut u64,
    ) -> Outcome {
        let bytes = text.as_bytes();
        let mut stack = Vec::new();
        for (start, &b) in bytes.iter().enumerate().skip(from) {
            if !self.first.contains(Some(&b)) {
                continue;
            }
            match self.run(text, start, slots, budget, &mut stack) {
                Outcome::NotFound => {}
                found_or_out => return found_or_out,
            }
        }
        Outcome::NotFound
    }

    /// The leftmost-first match that starts exactly at `start`, its groups in `slots`.
    pub(super) fn anchored(
        &self,
        text: &str,
        start: usize,
        slots: &mut [Option<usize>],
        budget: &mut u64,
    ) -> Outcome {
        self.run(text, start, slots, budget, &mut Vec::new())
    }

    fn run(
        &self,
        text: &str,
        start: usize,
        slots: &mut [Option<usize>],
        budget: &mut u64,
        stack: &mut Vec<Frame>,
    ) -> Outcome {
        let bytes = text.as_bytes();
        stack.clear();
        stack.push(Frame::Step(0, start));
        while let Some(frame) = stack.pop() {
            let (mut pc, mut at) = match frame {
                Frame::Restore(slot, value) => {
                    slots[slot as usize] = value;
                    continue;
                }
                Frame::Step(pc, at) => (pc as usize, at),
            };
            loop {
                if *budget == 0 {
                    return Outcome::OutOfSteps;
                }
                *budget -= 1;
                match self.insts[pc] {
                    Inst::Byte(b) => {
                        if bytes.get(at) != Some(&b) {
                            break;
                        }
                        at += 1;
                    }
                    Inst::Fold(l) => {
                        if bytes.get(at).map(u8::to_ascii_lowercase) != Some(l) {
                            break;
                        }
                        at += 1;
                    }
                    Inst::Set(i) => match text.get(at..).and_then(|s| s.chars().next()) {
                        Some(c) if self.sets[i as usize].contains(c) => at += c.len_utf8(),
                        _ => break,
                    },
                    Inst::Look(look) => {
                        let before = at > 0 && is_word_byte(bytes[at - 1]);
                        let after = bytes.get(at).is_some_and(|&b| is_word_byte(b));
                        let boundary = before != after;
                        if boundary != (look == Look::WordBoundary) {
                            break;
                        }
                    }
                    Inst::Split(first, second) => {
                        stack.push(Frame::Step(second, at));
                        pc = first as usize;
                        continue;
                    }
                    Inst::Alt(i) => {
                        // The earliest branch that can start here runs now, the later
                        // ones wait on the stack in order.
                        let next = bytes.get(at);
                        let mut now = None;
                        for &(ref set, start) in self.alts[i as usize].branches.iter().rev() {
                            if set.contains(next)
                                && let Some(later) = now.replace(start)
                            {
                                stack.push(Frame::Step(later, at));
                            }
                        }
                        match now {
                            Some(start) => pc = start as usize,
                            None => break,
                        }
                        continue;
                    }
                    Inst::Jmp(to) => {
                        pc = to as usize;
                        continue;
                    }
                    Inst::Save(slot) => {
                        stack.push(Frame::Restore(slot, slots[slot as usize]));
                        slots[slot as usize] = Some(at);
                    }
                    Inst::Match => return Outcome::Found,
                }
                pc += 1;
            }
        }
        Outcome::NotFound
    }
}

pub(super) enum Frame {
    Step(u32, usize),
    Restore(u32, Option<usize>),
}

/// A word character for the ASCII `\b`: non-ASCII text is never part of a word.
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}
