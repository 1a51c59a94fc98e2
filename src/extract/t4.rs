//! CCITT group 3 (ITU-T T.4) strips of TIFF files, which the `tiff` crate does not read: fax
//! servers and fax-to-mail services store received pages this way (TIFF class F). Rows in
//! modified Huffman (1D) after an EOL code, or — T4Options bit 0 — modified READ (2D): each
//! row's EOL followed by a bit saying whether the row is 1D or coded against the row above.
//! TIFF's compression 2 ("CCITT RLE") is the same 1D code with no EOLs, each row starting on a
//! byte. The run-length and mode code tables are the `fax` crate's.

use fax::maps::{Mode, black, mode, white};
use fax::{BitReader, Color};

/// How a strip is coded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Coding {
    /// Compression 2: 1D rows, no EOLs, each row byte-aligned.
    Rle,
    /// Compression 3, T4Options bit 0 clear: 1D rows after EOLs.
    OneD,
    /// Compression 3, T4Options bit 0 set: 1D or 2D rows, a tag bit after each EOL.
    TwoD,
}

/// EOL: eleven zero bits and a one.
const EOL: u16 = 1;

/// One run of `color`: make-up codes (64 and up) add to the terminating code that ends it.
fn run(r: &mut impl BitReader, color: Color) -> Option<u32> {
    let mut total = 0u32;
    loop {
        let n = match color {
            Color::White => white::decode(r)?,
            Color::Black => black::decode(r)?,
        } as u32;
        total += n;
        if n < 64 || total > u16::MAX as u32 {
            return Some(total);
        }
    }
}

/// Fill bits then an EOL, if one comes next: true when an EOL was taken.
fn eol(r: &mut impl BitReader) -> bool {
    // Fill is zeros before the EOL's own eleven; a few bytes of it at most.
    for _ in 0..64 {
        match r.peek(12) {
            Some(EOL) => return r.consume(12).is_ok(),
            Some(v) if v >> 11 == 0 && r.peek(1) == Some(0) => {
                if r.consume(1).is_err() {
                    return false;
                }
            }
            _ => return false,
        }
    }
    false
}

/// A 1D row into `cur`: the positions where the colour changes, starting white.
fn row_1d(r: &mut impl BitReader, width: u32, cur: &mut Vec<u32>) -> Option<()> {
    cur.clear();
    let (mut a, mut color) = (0u32, Color::White);
    while a < width {
        a = a.saturating_add(run(r, color)?);
        if a < width {
            cur.push(a);
        }
        color = !color;
    }
    Some(())
}

/// A 2D row against the reference row `refs` (its changing elements), into `cur`.
fn row_2d(r: &mut impl BitReader, width: u32, refs: &[u32], cur: &mut Vec<u32>) -> Option<()> {
    cur.clear();
    // a0 before the row's first pixel is -1: elements at 0 count as "to its right".
    let mut a0: i64 = -1;
    let mut color = Color::White;
    let mut next = 0usize;
    while a0 < width as i64 {
        // b1: the first changing element on the reference row right of a0 whose new colour is
        // the opposite of a0's (white → black elements are the even ones), b2 the next.
        // a0 only moves right and the elements are in order: the search goes on from where
        // it stopped (a row costs its width, not width × codes, whatever the data).
        while next < refs.len() && refs[next] as i64 <= a0 {
            next += 1;
        }
        let parity = usize::from(color == Color::Black);
        let i = if next % 2 == parity { next } else { next + 1 };
        let b1 = refs.get(i).copied().unwrap_or(width);
        let b2 = refs.get(i + 1).copied().unwrap_or(width);
        match mode::decode(r)? {
            Mode::Pass => a0 = b2 as i64,
            Mode::Horizontal => {
                let start = a0.max(0) as u32;
                let a1 = start.saturating_add(run(r, color)?);
                let a2 = a1.saturating_add(run(r, !color)?);
                for a in [a1, a2] {
                    if a < width && cur.last().is_none_or(|&l| a >= l) {
                        cur.push(a);
                    }
                }
                a0 = a2 as i64;
            }
            Mode::Vertical(d) => {
                let a1 = b1 as i64 + d as i64;
                if a1 < 0 || a1 > width as i64 || (a0 >= 0 && a1 < a0) {
                    return None;
                }
                if a1 < width as i64 {
                    cur.push(a1 as u32);
                }
                a0 = a1;
                color = !color;
            }
            Mode::Extension | Mode::EOF => return None,
        }
    }
    Some(())
}

/// Decode one strip of `rows` rows of `width` pixels; calls `line` with each row's changing
/// elements (positions where the colour changes, starting white). Stops at the end of the
/// data, at RTC (EOLs one after another) or at the first row that does not decode; returns
/// the rows decoded.
pub(crate) fn decode_strip(
    data: &[u8],
    width: u32,
    rows: u32,
    coding: Coding,
    mut line: impl FnMut(&[u32]),
) -> u32 {
    // Zero bytes after the data: a code at the very end can be looked up (the tables look
    // ahead up to 13 bits), and zeros are only fill to the decoder.
    let padded: Vec<u8> = data.iter().copied().chain([0; 4]).collect();
    let mut r = fax::slice_reader(&padded);
    let mut refs: Vec<u32> = Vec::new();
    let mut cur: Vec<u32> = Vec::new();
    let mut done = 0u32;
    while done < rows {
        let ok = match coding {
            Coding::Rle => {
                let to_byte = r.bits_to_byte_boundary();
                if done > 0 && to_byte < 8 && r.consume(to_byte).is_err() {
                    break;
                }
                if r.peek(1).is_none() {
                    break;
                }
                row_1d(&mut r, width, &mut cur)
            }
            Coding::OneD => {
                let had_eol = eol(&mut r);
                // An EOL right after an EOL is the end of the page (RTC).
                if had_eol && r.peek(12) == Some(EOL) || r.peek(1).is_none() {
                    break;
                }
                row_1d(&mut r, width, &mut cur)
            }
            Coding::TwoD => {
                let had_eol = eol(&mut r);
                let Some(tag) = r.peek(1) else { break };
                // RTC in 2D coding: EOL + 1, six times.
                if had_eol && r.peek(13) == Some(1 << 12 | EOL) || r.consume(1).is_err() {
                    break;
                }
                if tag == 1 || done == 0 {
                    row_1d(&mut r, width, &mut cur)
                } else {
                    row_2d(&mut r, width, &refs, &mut cur)
                }
            }
        };
        if ok.is_none() {
            break;
        }
        line(&cur);
        std::mem::swap(&mut refs, &mut cur);
        done += 1;
    }
    done
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Bits written MSB first into bytes.
    fn pack(bits: &str) -> Vec<u8> {
        let bits: Vec<u8> = bits.bytes().filter(|b| *b == b'0' || *b == b'1').collect();
        bits.chunks(8)
            .map(|c| {
                c.iter()
                    .enumerate()
                    .fold(0u8, |acc, (i, b)| acc | ((b - b'0') << (7 - i)))
            })
            .collect()
    }

    #[test]
    fn one_and_two_dimensional_rows_decode() {
        // Width 8. Row 1 (1D): white 2 (0111), black 3 (10), white 3 (1000): changes at 2, 5.
        // Row 2 (2D) against it: V0 (1) → 2, V0 (1) → 5, then nothing more: a0 at 5 and
        // b1 = width → V0 (1) ends the row. Changes at 2, 5 again.
        let mut rows = Vec::new();
        let data = pack("000000000001 1 0111 10 1000  000000000001 0 1 1 1");
        let n = decode_strip(&data, 8, 2, Coding::TwoD, |l| rows.push(l.to_vec()));
        assert_eq!(n, 2);
        assert_eq!(rows, vec![vec![2, 5], vec![2, 5]]);
        // The same first row in 1D with EOLs, then RTC.
        let mut rows = Vec::new();
        let data = pack("000000000001 0111 10 1000 000000000001 000000000001");
        assert_eq!(
            decode_strip(&data, 8, 5, Coding::OneD, |l| rows.push(l.to_vec())),
            1
        );
        assert_eq!(rows, vec![vec![2, 5]]);
        // CCITT RLE: no EOLs, each row from a byte boundary.
        let mut rows = Vec::new();
        let data = pack("0111 10 1000 000000  0111 10 1000 000000");
        assert_eq!(
            decode_strip(&data, 8, 2, Coding::Rle, |l| rows.push(l.to_vec())),
            2
        );
        assert_eq!(rows, vec![vec![2, 5], vec![2, 5]]);
        // Any bytes: no panic, no more rows than asked for, every change inside the row.
        let mut seed = 7u32;
        for _ in 0..200 {
            let bytes: Vec<u8> = (0..40)
                .map(|_| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    (seed >> 16) as u8
                })
                .collect();
            for coding in [Coding::Rle, Coding::OneD, Coding::TwoD] {
                let n = decode_strip(&bytes, 30, 6, coding, |l| {
                    assert!(l.iter().all(|&p| p < 30) && l.is_sorted(), "{l:?}")
                });
                assert!(n <= 6);
            }
        }
    }
}
