//! Compound files (OLE2: .doc, .xls, OLE objects) opened as Office opens them. The `cfb` crate
//! refuses two things Excel, LibreOffice and xlrd read: a directory whose red-black tree is out
//! of name order (JExcelApi's .xls) and a root entry whose size — the mini stream's — is not a
//! whole number of 64-byte mini sectors (ruby-ole's, under Ruby's spreadsheet gem). Such a
//! directory is put right in a copy of the bytes (each storage's children relinked into a
//! balanced tree, in the format's name order, every node black; the root's size rounded up to
//! the mini sector, which its chain of whole sectors always holds) and the copy is opened; the
//! streams themselves are not touched.

use std::borrow::Cow;
use std::cmp::Ordering;
use std::io::Cursor;

/// A compound file over its bytes as given or as put in order.
pub type Compound<'a> = cfb::CompoundFile<Cursor<Cow<'a, [u8]>>>;

/// Open `bytes` as a compound file, putting its directory in order when that is all that
/// stops it; the error is the first attempt's otherwise.
pub fn open(bytes: &[u8]) -> std::io::Result<Compound<'_>> {
    match cfb::CompoundFile::open(Cursor::new(Cow::Borrowed(bytes))) {
        Ok(cf) => Ok(cf),
        Err(e) => match in_order(bytes) {
            Some(fixed) => cfb::CompoundFile::open(Cursor::new(Cow::Owned(fixed))).map_err(|_| e),
            None => Err(e),
        },
    }
}

const SIGNATURE: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
const NO_STREAM: u32 = 0xFFFF_FFFF;
/// Sector numbers at or above this are markers (end of chain, free, FAT, DIFAT).
const MAX_REG_SECT: u32 = 0xFFFF_FFFA;
const DIR_ENTRY: usize = 128;
const MINI_SECTOR: u64 = 64;
/// The most directory entries put in order (a document has tens).
const MAX_ENTRIES: usize = 1 << 16;

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

/// A copy of `bytes` whose directory trees are in name order and whose root's size is whole
/// mini sectors, or None when the file is not a compound file this can read (its header, FAT or
/// directory chain broken) or nothing changed.
fn in_order(bytes: &[u8]) -> Option<Vec<u8>> {
    if bytes.get(..8)? != SIGNATURE {
        return None;
    }
    let shift = u16_at(bytes, 0x1E)?;
    if shift != 9 && shift != 12 {
        return None;
    }
    let size = 1usize << shift;
    let sector = |s: u32| -> Option<&[u8]> {
        let at = (s as usize).checked_add(1)?.checked_mul(size)?;
        bytes.get(at..at.checked_add(size)?)
    };
    let most = bytes.len() / size + 1;
    // The FAT's sectors: 109 in the header, the rest in the DIFAT chain.
    let mut fat_sectors: Vec<u32> = (0..109)
        .filter_map(|i| u32_at(bytes, 0x4C + 4 * i))
        .filter(|&s| s < MAX_REG_SECT)
        .collect();
    let mut difat = u32_at(bytes, 0x44)?;
    let mut hops = 0;
    while difat < MAX_REG_SECT && hops < most {
        let d = sector(difat)?;
        let n = size / 4 - 1;
        fat_sectors.extend(
            (0..n)
                .filter_map(|i| u32_at(d, 4 * i))
                .filter(|&s| s < MAX_REG_SECT),
        );
        difat = u32_at(d, 4 * n)?;
        hops += 1;
    }
    let mut fat: Vec<u32> = Vec::new();
    for s in fat_sectors.iter().take(most) {
        let d = sector(*s)?;
        fat.extend((0..size / 4).filter_map(|i| u32_at(d, 4 * i)));
    }
    // The directory's sectors, by the FAT.
    let mut dir_offsets: Vec<usize> = Vec::new();
    let mut s = u32_at(bytes, 0x30)?;
    while s < MAX_REG_SECT {
        // A chain longer than the file, or a directory far beyond any document's (a document
        // has tens of entries): not put in order.
        if dir_offsets.len() * DIR_ENTRY / size > most || dir_offsets.len() > MAX_ENTRIES {
            return None;
        }
        sector(s)?;
        let at = (s as usize + 1) * size;
        dir_offsets.extend((0..size / DIR_ENTRY).map(|i| at + i * DIR_ENTRY));
        s = *fat.get(s as usize)?;
    }
    let entry = |i: u32| dir_offsets.get(i as usize).copied();
    let name = |at: usize| -> Vec<u16> {
        let len = (u16_at(bytes, at + 64).unwrap_or(0) as usize / 2).clamp(1, 32) - 1;
        (0..len).filter_map(|k| u16_at(bytes, at + 2 * k)).collect()
    };
    let mut out = bytes.to_vec();
    let mut changed = false;
    // The root's size (its mini stream's) in whole mini sectors.
    let root = *dir_offsets.first()?;
    let len = u64::from_le_bytes(bytes.get(root + 120..root + 128)?.try_into().ok()?);
    if len % MINI_SECTOR != 0 && u32_at(bytes, root + 116)? < MAX_REG_SECT {
        let whole = len.div_ceil(MINI_SECTOR).checked_mul(MINI_SECTOR)?;
        out[root + 120..root + 128].copy_from_slice(&whole.to_le_bytes());
        changed = true;
    }
    // Each entry belongs to one storage's tree: an entry reached twice ends the attempt.
    let mut seen = vec![false; dir_offsets.len()];
    for (i, &at) in dir_offsets.iter().enumerate() {
        // A storage (1) or the root (5) with children.
        if !matches!(bytes[at + 66], 1 | 5) {
            continue;
        }
        let child = u32_at(bytes, at + 76)?;
        if child == NO_STREAM {
            continue;
        }
        // Every node of its tree, however the links run (a node met twice, a loop or a node of
        // two trees, is a directory this does not put right).
        let mut nodes: Vec<u32> = Vec::new();
        let mut stack = vec![child];
        while let Some(n) = stack.pop() {
            if n == NO_STREAM || n as usize == i {
                continue;
            }
            let e = entry(n)?;
            if std::mem::replace(&mut seen[n as usize], true) {
                return None;
            }
            nodes.push(n);
            stack.push(u32_at(bytes, e + 68)?);
            stack.push(u32_at(bytes, e + 72)?);
        }
        let mut sorted: Vec<(Vec<u16>, u32)> = nodes
            .iter()
            .map(|&n| (name(entry(n).unwrap_or(0)), n))
            .collect();
        sorted.sort_by(|a, b| compare_names(&a.0, &b.0));
        let order: Vec<u32> = sorted.iter().map(|(_, n)| *n).collect();
        let root = relink(&mut out, &order, &entry)?;
        out[at + 76..at + 80].copy_from_slice(&root.to_le_bytes());
        changed = true;
    }
    (changed && out != bytes).then_some(out)
}

/// Link `order` (sorted) as a balanced tree of black nodes in `out`; its root.
fn relink(out: &mut [u8], order: &[u32], entry: &dyn Fn(u32) -> Option<usize>) -> Option<u32> {
    if order.is_empty() {
        return Some(NO_STREAM);
    }
    let mid = order.len() / 2;
    let left = relink(out, &order[..mid], entry)?;
    let right = relink(out, &order[mid + 1..], entry)?;
    let at = entry(order[mid])?;
    out[at + 67] = 1;
    out[at + 68..at + 72].copy_from_slice(&left.to_le_bytes());
    out[at + 72..at + 76].copy_from_slice(&right.to_le_bytes());
    Some(order[mid])
}

/// The format's order of names in a directory: shorter first, then by upper-cased code units.
fn compare_names(a: &[u16], b: &[u16]) -> Ordering {
    let upper = |u: &u16| {
        char::from_u32(u32::from(*u))
            .and_then(|c| c.to_uppercase().next())
            .map_or(u32::from(*u), u32::from)
    };
    a.len()
        .cmp(&b.len())
        .then_with(|| a.iter().map(upper).cmp(b.iter().map(upper)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Read, Write};

    /// A compound file of three streams whose root's tree `cfb` wrote, then knocked out of
    /// order as JExcelApi writes it: the child a node whose left sibling sorts after it.
    #[test]
    fn a_directory_out_of_name_order_is_read_as_office_reads_it() {
        let mut cf = cfb::CompoundFile::create(Cursor::new(Vec::new())).unwrap();
        for (n, body) in [
            ("Workbook", "cells"),
            ("\u{5}SummaryInformation", "s"),
            ("Ab", "x"),
        ] {
            cf.create_stream(n)
                .unwrap()
                .write_all(body.as_bytes())
                .unwrap();
        }
        let mut bytes = cf.into_inner().into_inner();
        let open_bytes = |b: &[u8]| {
            let mut cf = open(b).ok()?;
            let mut s = String::new();
            cf.open_stream("Workbook")
                .ok()?
                .read_to_string(&mut s)
                .ok()?;
            Some(s)
        };
        assert_eq!(open_bytes(&bytes).as_deref(), Some("cells"));
        // The root's children as a chain in the wrong order: Workbook's left sibling the
        // longer name, the rest hung off that one.
        let size = 1usize << u16_at(&bytes, 0x1E).unwrap();
        let dir = (u32_at(&bytes, 0x30).unwrap() as usize + 1) * size;
        let find = |b: &[u8], want: &str| -> u32 {
            (0..size / DIR_ENTRY)
                .find(|i| {
                    let at = dir + i * DIR_ENTRY;
                    let len = u16_at(b, at + 64).unwrap() as usize / 2;
                    len > 0
                        && String::from_utf16_lossy(
                            &(0..len - 1)
                                .map(|k| u16_at(b, at + 2 * k).unwrap())
                                .collect::<Vec<_>>(),
                        ) == want
                })
                .unwrap() as u32
        };
        let (wb, si, ab) = (
            find(&bytes, "Workbook"),
            find(&bytes, "\u{5}SummaryInformation"),
            find(&bytes, "Ab"),
        );
        let set = |b: &mut Vec<u8>, n: u32, left: u32, right: u32| {
            let at = dir + n as usize * DIR_ENTRY;
            b[at + 67] = 1;
            b[at + 68..at + 72].copy_from_slice(&left.to_le_bytes());
            b[at + 72..at + 76].copy_from_slice(&right.to_le_bytes());
        };
        set(&mut bytes, wb, si, NO_STREAM);
        set(&mut bytes, si, ab, NO_STREAM);
        set(&mut bytes, ab, NO_STREAM, NO_STREAM);
        bytes[dir + 76..dir + 80].copy_from_slice(&wb.to_le_bytes());
        let Err(e) = cfb::CompoundFile::open(Cursor::new(&bytes[..])) else {
            panic!("cfb refuses it");
        };
        assert!(e.to_string().contains("name ordering"), "{e}");
        assert_eq!(open_bytes(&bytes).as_deref(), Some("cells"));
        // The root's size not whole mini sectors, as ruby-ole writes it: read as well.
        let mut odd = bytes.clone();
        let len = u64::from_le_bytes(odd[dir + 120..dir + 128].try_into().unwrap());
        assert!(len > 64 && len % 64 == 0, "{len}");
        odd[dir + 120..dir + 128].copy_from_slice(&(len - 13).to_le_bytes());
        let Err(e) = cfb::CompoundFile::open(Cursor::new(&odd[..])) else {
            panic!("cfb refuses it");
        };
        assert!(e.to_string().contains("root stream len"), "{e}");
        assert_eq!(open_bytes(&odd).as_deref(), Some("cells"));
        // Not a compound file: the first error, nothing made up.
        assert!(open(b"not a compound file at all").is_err());
    }

    /// Damaged compound files (bytes of the two fixtures the repair is for, changed at random
    /// in their header and directory) give an error or a file, never a panic.
    #[test]
    fn damaged_directories_are_errors_not_panics() {
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        for base in [
            &include_bytes!("../../tests/fixtures/gen/jxl_table.xls")[..],
            &include_bytes!("../../tests/fixtures/gen/ruby_table.xls")[..],
        ] {
            for _ in 0..400 {
                let mut b = base.to_vec();
                for _ in 0..1 + next() % 6 {
                    // The header and the first sectors, where the FAT and the directory are.
                    let at = (next() as usize) % b.len().min(4096);
                    b[at] = next() as u8;
                }
                if let Ok(mut cf) = open(&b)
                    && let Ok(st) = cf.open_stream("Workbook")
                {
                    let _ = st.take(1 << 20).read_to_end(&mut Vec::new());
                }
            }
        }
    }
}
