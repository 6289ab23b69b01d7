//! A class's `__slots__` members by name (`TypeData::members`): a small open-addressed
//! table keyed by the identity of interned names, so that `obj.x` on a slotted instance
//! finds its slot in one or two probes instead of a dict probe per class of the MRO.

use super::value::Value;

/// The names a class resolves to `__slots__` members, each with its slot index.
#[derive(Default)]
pub struct MemberTable {
    /// The interned names, owned here (the probe table holds their addresses only).
    names: Vec<Value>,
    /// Power-of-two sized, at most half full: (name address, slot index); address 0 is
    /// an empty entry.
    probe: Box<[(usize, usize)]>,
}

impl MemberTable {
    /// A table of `entries` (interned names, unique, with their slot indexes).
    pub fn new(entries: Vec<(Value, usize)>) -> MemberTable {
        if entries.is_empty() {
            return MemberTable::default();
        }
        let size = (entries.len() * 2).next_power_of_two();
        let mut probe = vec![(0usize, 0usize); size].into_boxed_slice();
        for (name, index) in &entries {
            let mut i = Self::start(name.raw(), size - 1);
            while probe[i].0 != 0 {
                i = (i + 1) & (size - 1);
            }
            probe[i] = (name.raw(), *index);
        }
        MemberTable {
            names: entries.into_iter().map(|(n, _)| n).collect(),
            probe,
        }
    }

    /// Where the probe for the name at `addr` starts: heap objects are 16-byte aligned,
    /// and names made one after another sit a few allocation sizes apart.
    #[inline(always)]
    fn start(addr: usize, mask: usize) -> usize {
        ((addr >> 4) ^ (addr >> 9)) & mask
    }

    /// The slot index of member `name` (an interned str), if it is one.
    #[inline(always)]
    pub fn find(&self, name: &Value) -> Option<usize> {
        let size = self.probe.len();
        if size == 0 {
            return None;
        }
        let addr = name.raw();
        let mut i = Self::start(addr, size - 1);
        loop {
            let (a, index) = self.probe[i];
            if a == addr {
                return Some(index);
            }
            if a == 0 {
                return None;
            }
            i = (i + 1) & (size - 1);
        }
    }

    /// How many members the table holds.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_member_and_nothing_else() {
        // Small ints stand in for names: the table keys on the word alone.
        let names: Vec<Value> = (1..=12).map(|i| Value::small(i * 24)).collect();
        let table = MemberTable::new(names.iter().cloned().zip(0..).collect());
        assert_eq!(table.len(), 12);
        for (k, n) in names.iter().enumerate() {
            assert_eq!(table.find(n), Some(k));
        }
        assert_eq!(table.find(&Value::small(13 * 24)), None);
        assert_eq!(MemberTable::default().find(&names[0]), None);
    }
}
