//! A compiled program as a flat list of little-endian 32-bit words, so the built-in
//! patterns can ship compiled.
//!
//! Parsing and compiling the patterns was a third of a one-off `ctopath assess`.
//! Decoding an image is a single pass that allocates a few vectors, so a process
//! pays for the instructions, not for working them out. Images are checked: a
//! malformed one decodes to `None` and the caller compiles from source instead.

use super::parse::CharSet;
use super::program::{AltTable, ByteSet, Inst, Program};

/// Group names are stored as their length, or this for an unnamed group.
const UNNAMED: u32 = u32::MAX;

// The instruction's kind sits in the top four bits, its operand in the rest.
const OPERAND: u32 = (1 << 28) - 1;
const BYTE: u32 = 0;
const FOLD: u32 = 1;
const SET: u32 = 2;
const WORD_BOUNDARY: u32 = 3;
const NOT_WORD_BOUNDARY: u32 = 4;
const SPLIT: u32 = 5;
const ALT: u32 = 6;
const JMP: u32 = 7;
const SAVE: u32 = 8;
const MATCH: u32 = 9;

/// The program and its group names as words. `None` when an operand does not fit in
/// 28 bits, which only a pattern far larger than any built-in one could cause.
#[cfg(test)]
pub(super) fn encode(program: &Program, names: &[Option<String>]) -> Option<Vec<u32>> {
    let mut out = vec![u32::try_from(program.slots).ok()?];
    byte_set(&mut out, &program.first);
    out.push(u32::try_from(names.len()).ok()?);
    for name in names {
        match name {
            Some(n) => string(&mut out, n)?,
            None => out.push(UNNAMED),
        }
    }
    out.push(u32::try_from(program.insts.len()).ok()?);
    for inst in &program.insts {
        let (kind, operand, extra) = match *inst {
            Inst::Byte(b) => (BYTE, u32::from(b), None),
            Inst::Fold(b) => (FOLD, u32::from(b), None),
            Inst::Set(i) => (SET, i, None),
            Inst::Look(super::parse::Look::WordBoundary) => (WORD_BOUNDARY, 0, None),
            Inst::Look(super::parse::Look::NotWordBoundary) => (NOT_WORD_BOUNDARY, 0, None),
            Inst::Split(a, b) => (SPLIT, a, Some(b)),
            Inst::Alt(i) => (ALT, i, None),
            Inst::Jmp(t) => (JMP, t, None),
            Inst::Save(s) => (SAVE, s, None),
            Inst::Match => (MATCH, 0, None),
        };
        if operand > OPERAND {
            return None;
        }
        out.push(kind << 28 | operand);
        out.extend(extra);
    }
    out.push(u32::try_from(program.sets.len()).ok()?);
    for set in &program.sets {
        out.extend((0..4).map(|k| (set.ascii >> (32 * k)) as u32));
        out.push(u32::try_from(set.wide.len()).ok()?);
        for &(lo, hi) in &set.wide {
            out.extend([lo as u32, hi as u32]);
        }
    }
    // Branches share few distinct byte sets (one per starting letter, mostly), so the
    // sets are stored once and branches point at them.
    let mut byte_sets: Vec<ByteSet> = Vec::new();
    let mut branches: Vec<Vec<(u32, u32)>> = Vec::new();
    for alt in &program.alts {
        let mut these = Vec::with_capacity(alt.branches.len());
        for (set, start) in &alt.branches {
            let i = byte_sets.iter().position(|s| s == set).unwrap_or_else(|| {
                byte_sets.push(*set);
                byte_sets.len() - 1
            });
            these.push((u32::try_from(i).ok()?, *start));
        }
        branches.push(these);
    }
    out.push(u32::try_from(byte_sets.len()).ok()?);
    for set in &byte_sets {
        byte_set(&mut out, set);
    }
    out.push(u32::try_from(branches.len()).ok()?);
    for these in branches {
        out.push(u32::try_from(these.len()).ok()?);
        for (set, start) in these {
            out.extend([set, start]);
        }
    }
    Some(out)
}

/// The program and group names an image (as bytes) holds, or `None` when it is
/// malformed.
pub(super) fn decode(bytes: &[u8]) -> Option<(Program, Vec<Option<String>>)> {
    let mut r = Reader {
        bytes,
        at: 0,
        len: bytes.len() / 4,
    };
    let slots = r.next()? as usize;
    let first = r.byte_set()?;
    let names = r.list(|r| match r.next()? {
        UNNAMED => Some(None),
        len => r.string(len as usize).map(Some),
    })?;
    let insts = r.list(|r| {
        let word = r.next()?;
        let operand = word & OPERAND;
        let byte = || u8::try_from(operand).ok();
        Some(match word >> 28 {
            BYTE => Inst::Byte(byte()?),
            FOLD => Inst::Fold(byte()?),
            SET => Inst::Set(operand),
            WORD_BOUNDARY => Inst::Look(super::parse::Look::WordBoundary),
            NOT_WORD_BOUNDARY => Inst::Look(super::parse::Look::NotWordBoundary),
            SPLIT => Inst::Split(operand, r.next()?),
            ALT => Inst::Alt(operand),
            JMP => Inst::Jmp(operand),
            SAVE => Inst::Save(operand),
            MATCH => Inst::Match,
            _ => return None,
        })
    })?;
    let sets = r.list(|r| {
        let mut ascii = 0u128;
        for k in 0..4 {
            ascii |= u128::from(r.next()?) << (32 * k);
        }
        let wide = r.list(|r| Some((char::from_u32(r.next()?)?, char::from_u32(r.next()?)?)))?;
        Some(CharSet { ascii, wide })
    })?;
    let byte_sets = r.list(Reader::byte_set)?;
    let alts = r.list(|r| {
        let branches = r.list(|r| Some((*byte_sets.get(r.next()? as usize)?, r.next()?)))?;
        Some(AltTable { branches })
    })?;
    let program = Program {
        insts,
        sets,
        alts,
        slots,
        first,
    };
    (r.at == r.len && bytes.len().is_multiple_of(4) && program.is_consistent(names.len()))
        .then_some((program, names))
}

#[cfg(test)]
fn byte_set(out: &mut Vec<u32>, set: &ByteSet) {
    let (bits, end) = set.raw();
    for word in bits {
        out.extend([word as u32, (word >> 32) as u32]);
    }
    out.push(u32::from(end));
}

#[cfg(test)]
fn string(out: &mut Vec<u32>, s: &str) -> Option<()> {
    out.push(u32::try_from(s.len()).ok().filter(|&n| n != UNNAMED)?);
    for chunk in s.as_bytes().chunks(4) {
        let mut word = [0u8; 4];
        word[..chunk.len()].copy_from_slice(chunk);
        out.push(u32::from_le_bytes(word));
    }
    Some(())
}

/// Words read one at a time from bytes that need not be aligned.
struct Reader<'b> {
    bytes: &'b [u8],
    /// In words.
    at: usize,
    len: usize,
}

impl Reader<'_> {
    fn next(&mut self) -> Option<u32> {
        let b = self.bytes.get(4 * self.at..4 * self.at + 4)?;
        self.at += 1;
        Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    /// A length, which can never exceed the words left: a corrupt count must not make
    /// a huge allocation.
    fn count(&mut self) -> Option<usize> {
        let n = self.next()? as usize;
        (n <= self.len - self.at).then_some(n)
    }

    /// A count, then that many items. Plain loops: decoding is all a process pays for
    /// a shipped program, and iterator adapters over `Option` cost several times more.
    fn list<T>(&mut self, mut item: impl FnMut(&mut Self) -> Option<T>) -> Option<Vec<T>> {
        let n = self.count()?;
        let mut out = Vec::with_capacity(n);
        for _ in 0..n {
            out.push(item(self)?);
        }
        Some(out)
    }

    fn byte_set(&mut self) -> Option<ByteSet> {
        let mut bits = [0u64; 4];
        for b in &mut bits {
            *b = u64::from(self.next()?) | u64::from(self.next()?) << 32;
        }
        let end = match self.next()? {
            0 => false,
            1 => true,
            _ => return None,
        };
        Some(ByteSet::from_raw(bits, end))
    }

    fn string(&mut self, len: usize) -> Option<String> {
        let start = 4 * self.at;
        let text = self.bytes.get(start..start.checked_add(len)?)?;
        self.at += len.div_ceil(4);
        (self.at <= self.len)
            .then(|| String::from_utf8(text.to_vec()).ok())
            .flatten()
    }
}

/// Words as the little-endian bytes an image is stored in.
#[cfg(test)]
pub(super) fn to_bytes(words: &[u32]) -> Vec<u8> {
    words.iter().flat_map(|w| w.to_le_bytes()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matcher::{compile, parse};

    fn compiled(pattern: &str) -> (Program, Vec<Option<String>>) {
        let parsed = parse::parse(pattern).expect("parses");
        let program = compile::compile(&parsed).expect("compiles");
        (program, parsed.names)
    }

    #[test]
    fn an_image_decodes_to_the_program_it_was_made_from() {
        for pattern in [
            r"\bled\s+(?P<n>\d+)\s+(?:engineers?|people)\b",
            r"(?:a|b|c)+x",
            r"caf[eé]\s*(?P<what>bar)?",
            "\\B(?-i:Q)[\u{2000}-\u{200a}x]\\s",
        ] {
            let (program, names) = compiled(pattern);
            let image = encode(&program, &names).expect("encodes");
            let (back, back_names) = decode(&to_bytes(&image)).expect("decodes");
            assert_eq!(back, program, "{pattern}");
            assert_eq!(back_names, names, "{pattern}");
        }
    }

    #[test]
    fn a_damaged_image_is_refused_not_trusted() {
        let (program, names) = compiled(r"\bteam\s+of\s+(?P<n>\d+)");
        let image = encode(&program, &names).expect("encodes");
        for cut in 0..image.len() {
            assert!(decode(&to_bytes(&image[..cut])).is_none(), "cut at {cut}");
        }
        let mut longer = image.clone();
        longer.push(0);
        assert!(decode(&to_bytes(&longer)).is_none());
        // A jump past the end of the program would make a search index out of bounds.
        let jmp = image
            .iter()
            .position(|w| w >> 28 == JMP || w >> 28 == SPLIT)
            .expect("a jump or split");
        let mut wild = image.clone();
        wild[jmp] = wild[jmp] >> 28 << 28 | 0xff_ffff;
        assert!(decode(&to_bytes(&wild)).is_none());
        // Any single flipped word either decodes to a program that is consistent, or
        // is refused; it never panics.
        for i in 0..image.len() {
            let mut flipped = image.clone();
            flipped[i] ^= 0x8000_0001;
            let _ = decode(&to_bytes(&flipped));
        }
    }
}
