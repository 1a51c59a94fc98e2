//! Pictures of Word 97-2003 documents, so that a scan pasted into a .doc (a sealed commitment
//! scanned and put into Word) is read as the DOCX reader reads one ([MS-DOC], [MS-ODRAW]).
//!
//! - **Inline pictures** (the character 0x01): the character's properties name the picture's
//!   place in the Data stream (sprmCPicLocation). There a PICF (its shown size, 1/1000 scale)
//!   is followed by the picture's shape (OfficeArtSpContainer, whose property table holds its
//!   crop) and a blip store entry (OfficeArtFBSE) holding the picture itself.
//! - **Floating pictures** (the character 0x08): the main document's shape anchors
//!   (PlcSpaMom: the shape id and the rectangle it is drawn in) lead to the shape in the
//!   drawing (OfficeArtContent in the table stream), whose blip id (pib) names an entry of the
//!   drawing group's blip store; the picture is in the entry or, as Word writes it, at the
//!   entry's offset in the WordDocument stream (foDelay).
//!
//! - **Pictures on Excel 97-2003 sheets** (`sheet_pictures`): a sheet's drawing holds shapes
//!   with a client anchor (the columns the picture spans) and a blip id into the workbook's
//!   drawing group, whose blip store holds the pictures themselves.
//!
//! JPEG, PNG, TIFF and DIB blips are taken (a DIB given the file header a .bmp has);
//! metafiles (EMF, WMF, PICT) are drawings, not scans, and are left alone.

use std::collections::HashMap;
use std::ops::Range;

fn u16_at(b: &[u8], i: usize) -> Option<u16> {
    b.get(i..i + 2).map(|x| u16::from_le_bytes([x[0], x[1]]))
}

fn u32_at(b: &[u8], i: usize) -> Option<u32> {
    b.get(i..i + 4)
        .map(|x| u32::from_le_bytes([x[0], x[1], x[2], x[3]]))
}

fn i32_at(b: &[u8], i: usize) -> Option<i32> {
    u32_at(b, i).map(|v| v as i32)
}

/// An OfficeArt record: its instance, type and the range of its body.
#[derive(Debug, Clone)]
struct Rec {
    inst: u16,
    typ: u16,
    body: Range<usize>,
}

/// The records one after another in `range` of `buf` (not descending into containers); a
/// record running past the range ends the walk.
fn records(buf: &[u8], range: Range<usize>) -> Vec<Rec> {
    let mut out = Vec::new();
    let mut at = range.start;
    let end = range.end.min(buf.len());
    while at + 8 <= end && out.len() < 100_000 {
        let (Some(vi), Some(typ), Some(len)) =
            (u16_at(buf, at), u16_at(buf, at + 2), u32_at(buf, at + 4))
        else {
            break;
        };
        let body = at + 8..(at + 8).saturating_add(len as usize);
        if body.end > end {
            break;
        }
        at = body.end;
        out.push(Rec {
            inst: vi >> 4,
            typ,
            body,
        });
    }
    out
}

const FSP_CONTAINER: u16 = 0xF004;
const FSPGR_CONTAINER: u16 = 0xF003;
const DG_CONTAINER: u16 = 0xF002;
const DGG_CONTAINER: u16 = 0xF000;
const BSTORE_CONTAINER: u16 = 0xF001;
const FBSE: u16 = 0xF007;
const FSP: u16 = 0xF00A;
const FOPT: u16 = 0xF00B;
const CLIENT_ANCHOR: u16 = 0xF010;

/// A picture's bytes as a raster file, from a BLIP record at `at` of `buf`: JPEG, PNG and TIFF
/// as stored; a DIB with a bitmap file header put before it. None for a metafile or anything
/// else.
fn blip(buf: &[u8], rec: &Rec) -> Option<Vec<u8>> {
    // One 16-byte id, or two when the instance is odd; then a tag byte.
    let skip = 16 * (1 + (rec.inst & 1) as usize) + 1;
    let data = buf.get(rec.body.start + skip..rec.body.end)?;
    match rec.typ {
        // JPEG (RGB or CMYK), PNG, TIFF.
        0xF01D | 0xF02A | 0xF01E | 0xF029 => Some(data.to_vec()),
        0xF01F => dib_file(data),
        _ => None,
    }
}

/// A device-independent bitmap made a .bmp file: the 14-byte file header, its pixels after
/// the info header, the colour masks and the palette.
fn dib_file(dib: &[u8]) -> Option<Vec<u8>> {
    let header = u32_at(dib, 0)? as usize;
    if !(12..=124).contains(&header) || dib.len() < header {
        return None;
    }
    let (bits, compression, used) = if header == 12 {
        (u16_at(dib, 10)? as u32, 0, 0)
    } else {
        (u16_at(dib, 14)? as u32, u32_at(dib, 16)?, u32_at(dib, 32)?)
    };
    let entry = if header == 12 { 3 } else { 4 };
    let colours = if used > 0 {
        used as usize
    } else if bits <= 8 {
        1usize << bits
    } else {
        0
    };
    // BI_BITFIELDS after a 40-byte header: three masks.
    let masks = if compression == 3 && header == 40 {
        12
    } else {
        0
    };
    let offset = 14 + header + masks + colours.min(256) * entry;
    let mut out = Vec::with_capacity(14 + dib.len());
    out.extend_from_slice(b"BM");
    out.extend_from_slice(&((14 + dib.len()) as u32).to_le_bytes());
    out.extend_from_slice(&[0; 4]);
    out.extend_from_slice(&(offset as u32).to_le_bytes());
    out.extend_from_slice(dib);
    Some(out)
}

/// A blip store entry (OfficeArtFBSE) read: the picture inside it, or else the one at its
/// offset in the delay stream (`delay`: the WordDocument stream).
fn fbse_picture(buf: &[u8], rec: &Rec, delay: &[u8], limit: usize) -> Option<Vec<u8>> {
    let b = rec.body.clone();
    let size = u32_at(buf, b.start + 20)? as usize;
    let fo = u32_at(buf, b.start + 28)? as usize;
    let name = *buf.get(b.start + 33)? as usize;
    let inside = b.start + 36 + name;
    if size > limit {
        return None;
    }
    if let Some(r) = records(buf, inside..b.end).into_iter().next() {
        return blip(buf, &r);
    }
    let r = records(delay, fo..fo.saturating_add(size))
        .into_iter()
        .next()?;
    blip(delay, &r)
}

/// Fractions cut from a picture's left, top, right and bottom, from a shape's property table
/// (cropFromTop 0x100, cropFromBottom 0x101, cropFromLeft 0x102, cropFromRight 0x103, 16.16
/// fixed point), and its blip id (pib, 0x104).
fn shape_properties(buf: &[u8], fopt: &Rec) -> ([f32; 4], Option<u32>) {
    let mut crop = [0.0; 4];
    let mut pib = None;
    for k in 0..fopt.inst as usize {
        let at = fopt.body.start + 6 * k;
        let (Some(id), Some(v)) = (u16_at(buf, at), i32_at(buf, at + 2)) else {
            break;
        };
        if at + 6 > fopt.body.end {
            break;
        }
        let frac = v as f32 / 65536.0;
        match id & 0x3FFF {
            0x100 => crop[1] = frac,
            0x101 => crop[3] = frac,
            0x102 => crop[0] = frac,
            0x103 => crop[2] = frac,
            0x104 => pib = Some(v as u32),
            _ => {}
        }
    }
    (crop, pib)
}

/// A picture of the document: its bytes, the width it is shown at (inches) and its crop.
pub(super) struct Shown {
    pub bytes: Vec<u8>,
    pub width_in: Option<f32>,
    pub crop: [f32; 4],
}

/// The inline picture whose PICF is at `offset` of the Data stream.
pub(super) fn inline_picture(
    data: &[u8],
    offset: usize,
    delay: &[u8],
    limit: usize,
) -> Option<Shown> {
    let lcb = u32_at(data, offset)? as usize;
    let header = u16_at(data, offset + 4)? as usize;
    let mm = u16_at(data, offset + 6)?;
    if header < 0x44 || lcb < header {
        return None;
    }
    let end = offset.checked_add(lcb)?.min(data.len());
    let mut at = offset + header;
    // MM_SHAPEFILE: a picture file name before the shape.
    if mm == 0x66 {
        at += 1 + *data.get(at)? as usize;
    }
    // Shown size: dxaGoal × mx / 1000, in twips.
    let goal = u16_at(data, offset + 28)? as f32;
    let mx = u16_at(data, offset + 32)? as f32;
    let width_in = (goal > 0.0 && mx > 0.0).then(|| goal * mx / 1000.0 / 1440.0);
    let mut crop = [0.0; 4];
    let mut bytes = None;
    for r in records(data, at..end) {
        match r.typ {
            FSP_CONTAINER => {
                if let Some(f) = records(data, r.body.clone()).iter().find(|x| x.typ == FOPT) {
                    crop = shape_properties(data, f).0;
                }
            }
            FBSE => {
                bytes = fbse_picture(data, &r, delay, limit);
                if bytes.is_some() {
                    break;
                }
            }
            t if (0xF018..=0xF117).contains(&t) => {
                bytes = blip(data, &r);
                if bytes.is_some() {
                    break;
                }
            }
            _ => {}
        }
    }
    Some(Shown {
        bytes: bytes?,
        width_in,
        crop,
    })
}

/// The main document's drawing: each shape's crop and blip id by shape id, and the blip store.
#[derive(Default)]
pub(super) struct Drawing {
    shapes: HashMap<u32, ([f32; 4], u32)>,
    store: Vec<Rec>,
}

/// The drawing of the table stream's OfficeArtContent (`range`: fcDggInfo, lcbDggInfo).
pub(super) fn drawing(table: &[u8], range: Range<usize>) -> Drawing {
    let mut d = Drawing::default();
    let end = range.end.min(table.len());
    let mut at = range.start;
    // The drawing group, then (a label byte, a drawing) for the main document and the headers.
    let Some(group) = records(table, at..end).into_iter().next() else {
        return d;
    };
    if group.typ != DGG_CONTAINER {
        return d;
    }
    if let Some(bs) = records(table, group.body.clone())
        .into_iter()
        .find(|r| r.typ == BSTORE_CONTAINER)
    {
        d.store = records(table, bs.body);
    }
    at = group.body.end;
    while at < end {
        let label = table[at];
        let Some(dg) = records(table, at + 1..end).into_iter().next() else {
            break;
        };
        at = dg.body.end;
        if dg.typ != DG_CONTAINER || label != 0 {
            continue;
        }
        each_shape(table, dg.body, |inner| {
            let spid = inner
                .iter()
                .find(|x| x.typ == FSP)
                .and_then(|x| u32_at(table, x.body.start));
            let props = inner
                .iter()
                .find(|x| x.typ == FOPT)
                .map(|x| shape_properties(table, x));
            if let (Some(spid), Some((crop, Some(pib)))) = (spid, props) {
                d.shapes.insert(spid, (crop, pib));
            }
        });
    }
    d
}

/// The records of every shape (OfficeArtSpContainer) in a drawing's `range`, groups entered
/// depth first; at most 100,000 records are looked at.
fn each_shape(buf: &[u8], range: Range<usize>, mut f: impl FnMut(&[Rec])) {
    let mut stack = vec![range];
    let mut seen = 0;
    while let Some(range) = stack.pop() {
        for r in records(buf, range) {
            seen += 1;
            if seen > 100_000 {
                return;
            }
            match r.typ {
                FSPGR_CONTAINER => stack.push(r.body),
                FSP_CONTAINER => {
                    let inner = records(buf, r.body.clone());
                    f(&inner);
                    for x in inner.into_iter().filter(|x| x.typ == FSPGR_CONTAINER) {
                        stack.push(x.body);
                    }
                }
                _ => {}
            }
        }
    }
}

/// Where a picture stands on an Excel 97-2003 sheet (OfficeArtClientAnchorSheet): the first
/// column, how far into it (1/1024 of its width), the last column and how far into that.
pub(super) struct SheetAnchor {
    pub first: u16,
    pub first_in: u16,
    pub last: u16,
    pub last_in: u16,
}

/// The pictures of an Excel 97-2003 sheet ([MS-XLS] 2.4.188 MsoDrawing: the data of a sheet's
/// MsoDrawing records joined make its OfficeArtDgContainer), their blips in the workbook's
/// drawing group (`group`: MsoDrawingGroup's data joined with its Continue records, an
/// OfficeArtDggContainer whose blip store holds the pictures), each shown as wide as `width`
/// says its client anchor spans (inches).
pub(super) fn sheet_pictures(
    group: &[u8],
    sheet: &[u8],
    width: impl Fn(&SheetAnchor) -> Option<f32>,
    limit: usize,
) -> Vec<Shown> {
    let Some(dgg) = records(group, 0..group.len())
        .into_iter()
        .find(|r| r.typ == DGG_CONTAINER)
    else {
        return Vec::new();
    };
    let store = records(group, dgg.body.clone())
        .into_iter()
        .find(|r| r.typ == BSTORE_CONTAINER)
        .map(|bs| records(group, bs.body))
        .unwrap_or_default();
    let mut out = Vec::new();
    let mut total = 0usize;
    for dg in records(sheet, 0..sheet.len()) {
        if dg.typ != DG_CONTAINER {
            continue;
        }
        each_shape(sheet, dg.body, |inner| {
            let Some((crop, Some(pib))) = inner
                .iter()
                .find(|x| x.typ == FOPT)
                .map(|x| shape_properties(sheet, x))
            else {
                return;
            };
            let anchor = inner
                .iter()
                .find(|x| x.typ == CLIENT_ANCHOR && x.body.len() >= 18)
                .and_then(|x| {
                    let b = x.body.start;
                    Some(SheetAnchor {
                        first: u16_at(sheet, b + 2)?,
                        first_in: u16_at(sheet, b + 4)?,
                        last: u16_at(sheet, b + 10)?,
                        last_in: u16_at(sheet, b + 12)?,
                    })
                });
            let Some(entry) = (pib as usize).checked_sub(1).and_then(|k| store.get(k)) else {
                return;
            };
            let bytes = if entry.typ == FBSE {
                fbse_picture(group, entry, &[], limit)
            } else {
                blip(group, entry)
            };
            if let Some(bytes) = bytes
                && out.len() < 64
                && total + bytes.len() <= limit
            {
                total += bytes.len();
                out.push(Shown {
                    bytes,
                    width_in: anchor.as_ref().and_then(&width),
                    crop,
                });
            }
        });
    }
    out
}

impl Drawing {
    /// The picture of shape `spid`, shown `width_in` wide.
    pub(super) fn picture(
        &self,
        table: &[u8],
        delay: &[u8],
        spid: u32,
        width_in: Option<f32>,
        limit: usize,
    ) -> Option<Shown> {
        let (crop, pib) = *self.shapes.get(&spid)?;
        let entry = self.store.get((pib as usize).checked_sub(1)?)?;
        let bytes = if entry.typ == FBSE {
            fbse_picture(table, entry, delay, limit)?
        } else {
            blip(table, entry)?
        };
        Some(Shown {
            bytes,
            width_in,
            crop,
        })
    }
}

/// The main document's shape anchors (PlcSpaMom): (CP, shape id, width in inches).
pub(super) fn anchors(table: &[u8], range: Range<usize>) -> Vec<(u32, u32, Option<f32>)> {
    let Some(plc) = table.get(range.start..range.end.min(table.len())) else {
        return Vec::new();
    };
    if plc.len() < 4 + 4 + 26 {
        return Vec::new();
    }
    let n = (plc.len() - 4) / 30;
    (0..n.min(10_000))
        .filter_map(|k| {
            let cp = u32_at(plc, 4 * k)?;
            let at = 4 * (n + 1) + 26 * k;
            let spid = u32_at(plc, at)?;
            // In i64: a hostile rectangle's corners may be i32::MIN and i32::MAX.
            let width = i32_at(plc, at + 12)? as i64 - i32_at(plc, at + 4)? as i64;
            Some((cp, spid, (width > 0).then(|| width as f32 / 1440.0)))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(ver: u16, inst: u16, typ: u16, body: &[u8]) -> Vec<u8> {
        let mut v = ((inst << 4) | ver).to_le_bytes().to_vec();
        v.extend_from_slice(&typ.to_le_bytes());
        v.extend_from_slice(&(body.len() as u32).to_le_bytes());
        v.extend_from_slice(body);
        v
    }

    fn png_blip(png: &[u8]) -> Vec<u8> {
        let mut body = vec![0xAB; 16];
        body.push(0xFF);
        body.extend_from_slice(png);
        rec(0, 0x6E0, 0xF01E, &body)
    }

    fn fopt(props: &[(u16, i32)]) -> Vec<u8> {
        let mut body = Vec::new();
        for (id, v) in props {
            body.extend_from_slice(&id.to_le_bytes());
            body.extend_from_slice(&v.to_le_bytes());
        }
        rec(3, props.len() as u16, FOPT, &body)
    }

    fn fbse(embedded: &[u8], size: u32, fo: u32) -> Vec<u8> {
        let mut body = vec![6, 6];
        body.extend_from_slice(&[0; 16]);
        body.extend_from_slice(&[0; 2]);
        body.extend_from_slice(&size.to_le_bytes());
        body.extend_from_slice(&1u32.to_le_bytes());
        body.extend_from_slice(&fo.to_le_bytes());
        body.extend_from_slice(&[0, 0, 0, 0]);
        body.extend_from_slice(embedded);
        rec(2, 6, FBSE, &body)
    }

    #[test]
    fn an_inline_pictures_blip_shown_size_and_crop_are_read() {
        let png = b"\x89PNG\r\n\x1a\nrest of a png";
        // PICF: lcb, cbHeader 0x44, mm 0x64 …, dxaGoal 2880 at 28, mx 500 at 32.
        let mut shape = fopt(&[(0x100, 0x4000), (0x102, 0x8000)]);
        shape = rec(15, 0, FSP_CONTAINER, &shape);
        let tail = [shape, fbse(&png_blip(png), 0, 0)].concat();
        let mut picf = vec![0u8; 0x44];
        picf[4..6].copy_from_slice(&0x44u16.to_le_bytes());
        picf[6..8].copy_from_slice(&0x64u16.to_le_bytes());
        picf[28..30].copy_from_slice(&2880u16.to_le_bytes());
        picf[32..34].copy_from_slice(&500u16.to_le_bytes());
        let lcb = (picf.len() + tail.len()) as u32;
        picf[0..4].copy_from_slice(&lcb.to_le_bytes());
        let mut data = vec![0u8; 10];
        data.extend_from_slice(&picf);
        data.extend_from_slice(&tail);
        let p = inline_picture(&data, 10, &[], 1 << 20).expect("a picture");
        assert_eq!(p.bytes, png);
        assert_eq!(p.width_in, Some(1.0));
        assert_eq!(p.crop, [0.5, 0.25, 0.0, 0.0]);
        // A PICF read from the wrong offset is no picture.
        assert!(inline_picture(&data, 11, &[], 1 << 20).is_none());
    }

    #[test]
    fn a_floating_pictures_shape_leads_to_the_blip_in_the_delay_stream() {
        let png = b"\x89PNG\r\n\x1a\nfloating";
        let mut delay = vec![0u8; 7];
        let blip_rec = png_blip(png);
        let fo = delay.len() as u32;
        delay.extend_from_slice(&blip_rec);
        let store = rec(
            15,
            1,
            BSTORE_CONTAINER,
            &fbse(&[], blip_rec.len() as u32, fo),
        );
        let dgg = rec(15, 0, DGG_CONTAINER, &store);
        let mut fsp = 1026u32.to_le_bytes().to_vec();
        fsp.extend_from_slice(&0u32.to_le_bytes());
        let sp = rec(
            15,
            0,
            FSP_CONTAINER,
            &[
                rec(2, 75, FSP, &fsp),
                fopt(&[(0x104, 1), (0x103, 0x1_0000 / 10)]),
            ]
            .concat(),
        );
        let dg = rec(15, 0, DG_CONTAINER, &rec(15, 0, FSPGR_CONTAINER, &sp));
        let mut table = vec![0u8; 3];
        let start = table.len();
        table.extend_from_slice(&dgg);
        table.push(0);
        table.extend_from_slice(&dg);
        let d = drawing(&table, start..table.len());
        let p = d
            .picture(&table, &delay, 1026, Some(6.0), 1 << 20)
            .expect("the floating picture");
        assert_eq!(p.bytes, png);
        assert!((p.crop[2] - 0.1).abs() < 1e-3);
        assert!(d.picture(&table, &delay, 1027, None, 1 << 20).is_none());
        // PlcSpaMom: two CPs and one FSPA (spid, xaLeft, yaTop, xaRight, yaBottom, flags,
        // cTxbx).
        let mut plc = Vec::new();
        for v in [5u32, 6, 1026] {
            plc.extend_from_slice(&v.to_le_bytes());
        }
        for v in [0i32, 0, 8640, 11520] {
            plc.extend_from_slice(&v.to_le_bytes());
        }
        plc.extend_from_slice(&[0; 6]);
        assert_eq!(anchors(&plc, 0..plc.len()), vec![(5, 1026, Some(6.0))]);
    }

    #[test]
    fn a_dib_becomes_a_bitmap_file() {
        // A 40-byte info header, 2×1 pixels at 24 bits, no palette.
        let mut dib = vec![0u8; 40];
        dib[0] = 40;
        dib[4] = 2;
        dib[8] = 1;
        dib[12] = 1;
        dib[14] = 24;
        dib.extend_from_slice(&[0, 0, 255, 255, 255, 255, 0, 0]);
        let bmp = dib_file(&dib).expect("a bmp");
        assert_eq!(&bmp[..2], b"BM");
        assert_eq!(u32_at(&bmp, 10), Some(54));
        let img = image::load_from_memory(&bmp).expect("decodes");
        assert_eq!((img.width(), img.height()), (2, 1));
    }
}
