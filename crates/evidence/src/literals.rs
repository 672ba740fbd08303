//! Finding many literal strings in a text at once, every occurrence, overlapping ones
//! included: the Aho-Corasick algorithm, as a table with one row per trie state.
//!
//! The aho-corasick crate did this before. Its automata are built for huge pattern
//! sets and search speed, and building them for the 800 gate literals and the
//! framework's word lists was a fifth of a one-off `ctopath assess`. These sets are
//! small: a row per trie state and a column per byte that occurs in a literal build
//! in one pass, and searching is one table lookup per byte.

/// A set of literals, compiled for overlapping search. Literals are matched byte for
/// byte; callers lower-case both sides when they want case to be ignored.
pub struct Literals(Automaton);

/// The table grows with states times columns. A company's framework could bring word
/// lists large enough to make it huge; those go to the aho-corasick crate, whose
/// sparse automata stay small. States are 16-bit, which halves the table: a batch
/// searches it for every byte, and it must stay in cache.
const MAX_CELLS: usize = 4 << 20;

enum Automaton {
    Table(Box<Table>),
    /// With the index in the caller's list of each literal it holds.
    Sparse(aho_corasick::AhoCorasick, Vec<usize>),
}

struct Table {
    /// The column of each byte; bytes that occur in no literal share column 0.
    column: [u8; 256],
    columns: usize,
    /// The state after each (state, column), every transition resolved: a search never
    /// follows failure links.
    next: Vec<u16>,
    /// Per state, the range of `found` it reports: the literals that end there, the
    /// longest first.
    ends: Vec<(u32, u32)>,
    found: Vec<u32>,
    lengths: Vec<usize>,
}

/// One occurrence: which literal (its index in the list given) and where.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Occurrence {
    pub literal: usize,
    pub start: usize,
    pub end: usize,
}

impl Literals {
    /// Compiles `literals`, which should be distinct. Empty literals are never
    /// reported.
    pub fn new<L: AsRef<[u8]>>(literals: &[L]) -> Literals {
        let total: usize = literals.iter().map(|l| l.as_ref().len()).sum();
        let (column, columns) = columns_of(literals);
        if total < usize::from(u16::MAX) && (total + 1) * columns <= MAX_CELLS {
            return Literals(Automaton::Table(Box::new(Table::new(
                literals, column, columns,
            ))));
        }
        let kept: Vec<&[u8]> = literals
            .iter()
            .map(|l| l.as_ref())
            .filter(|l| !l.is_empty())
            .collect();
        let index: Vec<usize> = (0..literals.len())
            .filter(|&i| !literals[i].as_ref().is_empty())
            .collect();
        let sparse = aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::Standard)
            .kind(Some(aho_corasick::AhoCorasickKind::NoncontiguousNFA))
            .build(&kept)
            .expect("a word list small enough to hold in memory builds");
        Literals(Automaton::Sparse(sparse, index))
    }

    /// Calls `hit` for every occurrence of every literal in `haystack`, in order of
    /// where they end and, for the same end, longest first.
    pub fn each_overlapping(&self, haystack: &[u8], mut hit: impl FnMut(Occurrence)) {
        match &self.0 {
            Automaton::Table(t) => t.each_overlapping(haystack, hit),
            Automaton::Sparse(ac, index) => {
                for m in ac.find_overlapping_iter(haystack) {
                    hit(Occurrence {
                        literal: index[m.pattern().as_usize()],
                        start: m.start(),
                        end: m.end(),
                    });
                }
            }
        }
    }
}

impl Table {
    fn new<L: AsRef<[u8]>>(literals: &[L], column: [u8; 256], columns: usize) -> Table {
        // The trie first. Row 0 is the root; a 0 entry means "no child" while building,
        // which is safe because no transition of the trie leads back to the root. Each
        // state's children are also kept as a list (`first_child`, `sibling`), so the
        // pass below visits only real edges.
        let total: usize = literals.iter().map(|l| l.as_ref().len()).sum();
        let mut next: Vec<u16> = Vec::with_capacity((total + 1) * columns);
        next.resize(columns, 0);
        let mut own: Vec<Option<u32>> = vec![None];
        let (mut first_child, mut sibling) = (vec![NONE], vec![NONE]);
        // The column each state is entered by.
        let mut entered_by: Vec<u8> = vec![0];
        for (i, lit) in literals.iter().enumerate() {
            let lit = lit.as_ref();
            if lit.is_empty() {
                continue;
            }
            let mut s = 0usize;
            for &b in lit {
                let col = column[usize::from(b)];
                let cell = s * columns + usize::from(col);
                if next[cell] == 0 {
                    let new = own.len() as u32;
                    entered_by.push(col);
                    next[cell] = new as u16;
                    next.resize(next.len() + columns, 0);
                    own.push(None);
                    sibling.push(first_child[s]);
                    first_child[s] = new;
                    first_child.push(NONE);
                }
                s = next[cell] as usize;
            }
            own[s].get_or_insert(i as u32);
        }
        // Then breadth first, so a state's failure target is finished before the
        // state: its row starts as a copy of the failure target's, with its own
        // children written over it, and it reports its own literal followed by the
        // failure target's.
        let states = own.len();
        let mut fail = vec![0u32; states];
        let mut ends = vec![(0u32, 0u32); states];
        let mut found: Vec<u32> = Vec::new();
        let mut order: Vec<u32> = Vec::with_capacity(states);
        order.push(0);
        let mut at = 0;
        while let Some(&s) = order.get(at) {
            at += 1;
            let s = s as usize;
            let f = fail[s] as usize;
            if s != 0 {
                let start = found.len() as u32;
                found.extend(own[s]);
                let (fs, fe) = ends[f];
                found.extend_from_within(fs as usize..fe as usize);
                ends[s] = (start, found.len() as u32);
                next.copy_within(f * columns..(f + 1) * columns, s * columns);
            }
            let mut child = first_child[s];
            while child != NONE {
                let c = child as usize;
                // The failure target's move on this column, before the child is
                // written over it; the root's children fail to the root.
                let col = usize::from(entered_by[c]);
                fail[c] = if s == 0 {
                    0
                } else {
                    u32::from(next[f * columns + col])
                };
                next[s * columns + col] = child as u16;
                order.push(child);
                child = sibling[c];
            }
        }
        Table {
            column,
            columns,
            next,
            ends,
            found,
            lengths: literals.iter().map(|l| l.as_ref().len()).collect(),
        }
    }

    fn each_overlapping(&self, haystack: &[u8], mut hit: impl FnMut(Occurrence)) {
        let mut s = 0usize;
        for (i, &b) in haystack.iter().enumerate() {
            s = self.next[s * self.columns + usize::from(self.column[usize::from(b)])] as usize;
            let (from, to) = self.ends[s];
            for &lit in &self.found[from as usize..to as usize] {
                let lit = lit as usize;
                hit(Occurrence {
                    literal: lit,
                    start: i + 1 - self.lengths[lit],
                    end: i + 1,
                });
            }
        }
    }
}

/// The column of each byte and how many columns there are: one per byte the literals
/// use, and column 0 for all other bytes. With every byte in use, the 256th shares
/// column 0 with nothing else, which is still exact.
fn columns_of<L: AsRef<[u8]>>(literals: &[L]) -> ([u8; 256], usize) {
    let mut column = [0u8; 256];
    let mut columns = 1usize;
    for lit in literals {
        for &b in lit.as_ref() {
            if column[usize::from(b)] == 0 && columns < 256 {
                column[usize::from(b)] = columns as u8;
                columns += 1;
            }
        }
    }
    (column, columns)
}

/// Marks the end of a child list.
const NONE: u32 = u32::MAX;

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::{AhoCorasick, MatchKind};
    use proptest::prelude::*;

    fn ours(literals: &[String], hay: &str) -> Vec<Occurrence> {
        let mut out = Vec::new();
        Literals::new(literals).each_overlapping(hay.as_bytes(), |o| out.push(o));
        out
    }

    /// The aho-corasick crate's overlapping matches, the oracle.
    fn theirs(literals: &[String], hay: &str) -> Vec<Occurrence> {
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(literals)
            .expect("builds");
        ac.find_overlapping_iter(hay)
            .map(|m| Occurrence {
                literal: m.pattern().as_usize(),
                start: m.start(),
                end: m.end(),
            })
            .collect()
    }

    #[test]
    fn finds_overlapping_occurrences_longest_first() {
        let lits: Vec<String> = ["he", "she", "his", "hers", "e"].map(String::from).to_vec();
        let found = ours(&lits, "ushers");
        let spans: Vec<(usize, usize, usize)> =
            found.iter().map(|o| (o.literal, o.start, o.end)).collect();
        assert_eq!(spans, vec![(1, 1, 4), (0, 2, 4), (4, 3, 4), (3, 2, 6)]);
        assert_eq!(found, theirs(&lits, "ushers"));
    }

    #[test]
    fn empty_and_repeated_literals() {
        let lits: Vec<String> = ["", "ab", "ab", "b"].map(String::from).to_vec();
        let found = ours(&lits, "abab");
        assert!(found.iter().all(|o| o.literal != 0 && o.literal != 2));
        assert_eq!(found.len(), 4);
        assert!(ours(&[], "anything").is_empty());
        assert!(ours(&lits, "").is_empty());
    }

    #[test]
    fn every_byte_value_can_be_a_literal() {
        let lits: Vec<Vec<u8>> = (0..=255u8).map(|b| vec![b, b]).collect();
        let set = Literals::new(&lits);
        let mut hits = Vec::new();
        set.each_overlapping(&[7, 7, 7, 255, 255, 0], |o| hits.push((o.literal, o.start)));
        assert_eq!(hits, vec![(7, 0), (7, 1), (255, 3)]);
    }

    #[test]
    fn a_huge_word_list_stays_small_and_finds_the_same() {
        // 40,000 literals of 8 letters: a table of about 330,000 states by 27 columns
        // would pass the limit.
        let lits: Vec<String> = (0..40_000u32)
            .map(|i| {
                (0..8)
                    .map(|k| char::from(b'a' + ((i / 26u32.pow(k % 4) + k) % 26) as u8))
                    .collect()
            })
            .collect::<std::collections::BTreeSet<String>>()
            .into_iter()
            .collect();
        let set = Literals::new(&lits);
        assert!(matches!(set.0, Automaton::Sparse(..)));
        let hay = format!("{} {} zz {}", lits[5], lits[777], lits[lits.len() - 1]);
        let mut found = Vec::new();
        set.each_overlapping(hay.as_bytes(), |o| found.push(o));
        assert!(found.len() >= 3);
        assert_eq!(found, theirs(&lits, &hay));
    }

    proptest! {
        #[test]
        fn agrees_with_the_aho_corasick_crate(
            lits in prop::collection::vec("[abc ]{1,4}|[a-z$0-9-]{1,6}", 1..40),
            hay in "[abc -]{0,60}|[a-z0-9 $-]{0,80}",
        ) {
            let mut unique = lits.clone();
            unique.dedup();
            // The crate reports a repeated literal under each index; ours under its
            // first, which is all the callers need: compare on distinct lists.
            let mut seen = std::collections::HashSet::new();
            unique.retain(|l| seen.insert(l.clone()));
            prop_assert_eq!(ours(&unique, &hay), theirs(&unique, &hay));
        }
    }
}
