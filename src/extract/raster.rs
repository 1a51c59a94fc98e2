//! Page images: decoding (image files, PDF image XObjects) and the clean-up before OCR.
//!
//! Everything is 8-bit grey: OCR and seal finding need no more than luminance, except the seal
//! finder, which keeps a red mask (`red`) beside the grey pixels when the source had colour.
//! Every decoder checks the pixel budget before it allocates, so a 30,000 × 30,000 image is a
//! typed refusal, not an out-of-memory.
//!
//! PDF image filters: DCTDecode (JPEG), FlateDecode/LZW/RunLength/ASCII (through lopdf) with
//! DeviceGray/RGB/CMYK, ICCBased (by component count), Indexed, CalGray/CalRGB, 1/2/4/8/16 bits,
//! /Decode inversion and image masks; CCITTFaxDecode (group 3 and 4, the `fax` crate);
//! JBIG2Decode (with /JBIG2Globals; `hayro-jbig2`) and JPXDecode (JPEG 2000, colour space from
//! the codestream; `hayro-jpeg2000`) — both pure Rust, no unsafe code, sized before decoding and
//! run under the same panic guard as the other decoders.

use lopdf::{Dictionary, Object, Stream};

use super::pdf_font::{as_dict, deref, dict_get, name, num};

/// An 8-bit grey image, row-major, 0 = black.
#[derive(Debug, Clone, PartialEq)]
pub struct Grey {
    pub w: u32,
    pub h: u32,
    pub px: Vec<u8>,
    /// Per pixel: 255 where the source pixel was red ink (seals), else 0. Empty when the source
    /// had no colour.
    pub red: Vec<u8>,
}

/// Why an image could not be turned into pixels.
#[derive(Debug, Clone, PartialEq)]
pub enum RasterError {
    /// Over the pixel budget: the image's width and height.
    TooLarge { w: u64, h: u64 },
    /// An encoding propscan does not decode (a TIFF sample format, an unknown filter).
    Unsupported(String),
    /// The data does not decode.
    Corrupt(String),
}

impl std::fmt::Display for RasterError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RasterError::TooLarge { w, h } => write!(f, "图像 {w} × {h} 像素，超出处理上限"),
            RasterError::Unsupported(s) => write!(f, "不支持的图像编码 {s}"),
            RasterError::Corrupt(s) => write!(f, "图像数据损坏：{s}"),
        }
    }
}

impl Grey {
    pub fn new(w: u32, h: u32, fill: u8) -> Grey {
        Grey {
            w,
            h,
            px: vec![fill; w as usize * h as usize],
            red: Vec::new(),
        }
    }
    #[inline]
    pub fn get(&self, x: u32, y: u32) -> u8 {
        self.px[y as usize * self.w as usize + x as usize]
    }

    /// The part from (x0, y0) up to, not including, (x1, y1), held within the image.
    pub fn crop(&self, x0: u32, y0: u32, x1: u32, y1: u32) -> Grey {
        let (x1, y1) = (x1.min(self.w), y1.min(self.h));
        let (x0, y0) = (x0.min(x1), y0.min(y1));
        let (w, h) = (x1 - x0, y1 - y0);
        let rows = |src: &[u8]| -> Vec<u8> {
            (y0..y1)
                .flat_map(|y| {
                    let at = y as usize * self.w as usize;
                    src[at + x0 as usize..at + x1 as usize].iter().copied()
                })
                .collect()
        };
        Grey {
            w,
            h,
            px: rows(&self.px),
            red: if self.red.is_empty() {
                Vec::new()
            } else {
                rows(&self.red)
            },
        }
    }
}

pub(super) fn budget_ok(w: u64, h: u64, max_pixels: u64) -> Result<(), RasterError> {
    if w == 0 || h == 0 {
        return Err(RasterError::Corrupt("零尺寸".into()));
    }
    if w.saturating_mul(h) > max_pixels || w > 65_535 || h > 65_535 {
        return Err(RasterError::TooLarge { w, h });
    }
    Ok(())
}

/// Red ink: hue near red, saturated, not too dark (seal ink on paper, electronic seals).
#[inline]
pub fn is_red(r: u8, g: u8, b: u8) -> bool {
    let (r, g, b) = (r as i32, g as i32, b as i32);
    let max = r.max(g).max(b);
    let min = r.min(g).min(b);
    max == r && max >= 110 && (max - min) * 100 >= 40 * max && r - g >= 50 && r - b >= 35
}

fn luma(r: u8, g: u8, b: u8) -> u8 {
    ((r as u32 * 299 + g as u32 * 587 + b as u32 * 114) / 1000) as u8
}

fn from_rgb(w: u32, h: u32, rgb: impl Iterator<Item = (u8, u8, u8)>) -> Grey {
    let n = w as usize * h as usize;
    let mut px = Vec::with_capacity(n);
    let mut red = Vec::with_capacity(n);
    let mut any_red = false;
    for (r, g, b) in rgb.take(n) {
        px.push(luma(r, g, b));
        let m = is_red(r, g, b);
        any_red |= m;
        red.push(if m { 255 } else { 0 });
    }
    px.resize(n, 255);
    if any_red {
        red.resize(n, 0);
    } else {
        red.clear();
    }
    Grey { w, h, px, red }
}

/// Run a third-party image decoder so that its panic (an arithmetic overflow on hostile data,
/// as fuzzing found in the JPEG decoder) costs this image only, never the document's text.
fn guarded<T>(f: impl FnOnce() -> Result<T, RasterError>) -> Result<T, RasterError> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).unwrap_or_else(|_| {
        Err(RasterError::Corrupt(
            "the image decoder failed on this data".into(),
        ))
    })
}

/// Image files: JPEG, PNG, BMP, GIF, WebP and TIFF (every page of a multi-page TIFF); HEIF
/// (HEIC, AVIF) through libheif when it is installed (`heif`).
/// The resolution an image file records for itself, in pixels per inch: a PNG's pHYs chunk (in
/// pixels per metre), a JPEG's JFIF density (per inch or per centimetre). None when it records
/// none, or only an aspect ratio.
pub fn recorded_dpi(bytes: &[u8]) -> Option<f32> {
    let be32 = |b: &[u8]| u32::from_be_bytes([b[0], b[1], b[2], b[3]]);
    if let Some(mut rest) = bytes.strip_prefix(b"\x89PNG\r\n\x1a\n") {
        while rest.len() >= 12 {
            let len = be32(rest) as usize;
            let (kind, body) = (&rest[4..8], &rest[8..]);
            if kind == b"IDAT" || body.len() < len + 4 {
                return None;
            }
            if kind == b"pHYs" && len == 9 && body[8] == 1 {
                let per_metre = be32(body);
                return Some(per_metre as f32 * 0.0254).filter(|d| (10.0..=10_000.0).contains(d));
            }
            rest = &body[len + 4..];
        }
        return None;
    }
    // JPEG: SOI, then APP0 "JFIF\0", version, units, X density.
    let app0 = bytes.strip_prefix(b"\xff\xd8\xff\xe0")?;
    let jfif = app0.get(2..14)?;
    if &jfif[..5] != b"JFIF\0" {
        return None;
    }
    let x = u16::from_be_bytes([jfif[8], jfif[9]]) as f32;
    let dpi = match jfif[7] {
        1 => x,
        2 => x * 2.54,
        _ => return None,
    };
    Some(dpi).filter(|d| (10.0..=10_000.0).contains(d))
}

pub fn decode_image_file(bytes: &[u8], max_pixels: u64) -> Result<Vec<Grey>, RasterError> {
    if super::heif::is_heif(bytes) {
        return super::heif::decode(bytes, max_pixels);
    }
    let fmt = image::guess_format(bytes).map_err(|e| RasterError::Corrupt(e.to_string()))?;
    if fmt == image::ImageFormat::Tiff {
        return guarded(|| decode_tiff(bytes, max_pixels));
    }
    let reader = image::ImageReader::with_format(std::io::Cursor::new(bytes), fmt);
    let (w, h) = reader
        .into_dimensions()
        .map_err(|e| RasterError::Corrupt(e.to_string()))?;
    budget_ok(w as u64, h as u64, max_pixels)?;
    // Shown as the file says it is to be shown: a phone stores a photo taken sideways as it
    // came off the sensor, with an EXIF Orientation tag saying how to turn it.
    let img = guarded(|| {
        use image::ImageDecoder;
        let corrupt = |e: image::ImageError| RasterError::Corrupt(e.to_string());
        let mut decoder = image::ImageReader::with_format(std::io::Cursor::new(bytes), fmt)
            .into_decoder()
            .map_err(corrupt)?;
        let orientation = decoder
            .orientation()
            .unwrap_or(image::metadata::Orientation::NoTransforms);
        let mut img = image::DynamicImage::from_decoder(decoder).map_err(corrupt)?;
        img.apply_orientation(orientation);
        Ok(img)
    })?;
    Ok(vec![grey_of(img)])
}

/// An image as grey levels. A transparent ground (a picture saved out of Word or a drawing
/// program: what is not ink has no colour and alpha 0) is laid on white paper, as a viewer
/// shows it, not read as the black its colour values say.
fn grey_of(img: image::DynamicImage) -> Grey {
    if img.color().has_alpha() {
        let rgba = img.to_rgba8();
        let (w, h) = rgba.dimensions();
        let over_white = |c: u8, a: u8| {
            ((u32::from(c) * u32::from(a) + 255 * (255 - u32::from(a)) + 127) / 255) as u8
        };
        return from_rgb(
            w,
            h,
            rgba.pixels().map(|p| {
                (
                    over_white(p[0], p[3]),
                    over_white(p[1], p[3]),
                    over_white(p[2], p[3]),
                )
            }),
        );
    }
    let rgb = img.to_rgb8();
    let (w, h) = rgb.dimensions();
    from_rgb(w, h, rgb.pixels().map(|p| (p[0], p[1], p[2])))
}

fn decode_tiff(bytes: &[u8], max_pixels: u64) -> Result<Vec<Grey>, RasterError> {
    use tiff::decoder::{Decoder, DecodingResult};
    use tiff::tags::Tag;
    let corrupt = |e: tiff::TiffError| RasterError::Corrupt(e.to_string());
    let mut dec = Decoder::new(std::io::Cursor::new(bytes)).map_err(corrupt)?;
    let mut pages = Vec::new();
    loop {
        let (w, h) = dec.dimensions().map_err(corrupt)?;
        let left = max_pixels.saturating_sub(total(&pages));
        budget_ok(w as u64, h as u64, left)?;
        let compression = dec
            .find_tag_unsigned::<u16>(Tag::Compression)
            .ok()
            .flatten()
            .unwrap_or(1);
        let mut g = if matches!(compression, 2 | 3) {
            // Group 3 fax (and CCITT RLE), which the tiff crate does not decode.
            fax_page(&mut dec, bytes, w, h, compression)?
        } else {
            let ct = dec.colortype().map_err(corrupt)?;
            let samples: Vec<u8> = match dec.read_image().map_err(corrupt)? {
                DecodingResult::U8(v) => v,
                DecodingResult::U16(v) => v.iter().map(|s| (s >> 8) as u8).collect(),
                _ => return Err(RasterError::Unsupported("TIFF sample format".into())),
            };
            use tiff::ColorType as C;
            match ct {
                C::Gray(1) => {
                    // Bilevel TIFF (fax): one bit a pixel, packed by rows; 0 = black for
                    // WhiteIsZero is already handled by the decoder's photometric interpretation.
                    let row = (w as usize).div_ceil(8);
                    let mut g = Grey::new(w, h, 255);
                    for y in 0..h as usize {
                        for x in 0..w as usize {
                            let b = samples.get(y * row + x / 8).copied().unwrap_or(0xFF);
                            if b & (0x80 >> (x % 8)) == 0 {
                                g.px[y * w as usize + x] = 0;
                            }
                        }
                    }
                    g
                }
                C::Gray(_) => Grey {
                    w,
                    h,
                    px: samples,
                    red: Vec::new(),
                },
                C::RGB(_) => from_rgb(w, h, samples.chunks_exact(3).map(|c| (c[0], c[1], c[2]))),
                C::RGBA(_) => from_rgb(w, h, samples.chunks_exact(4).map(|c| (c[0], c[1], c[2]))),
                other => return Err(RasterError::Unsupported(format!("TIFF {other:?}"))),
            }
        };
        g.px.resize(w as usize * h as usize, 255);
        // Pixels that are not square (a fax's standard mode is 204 dpi across, 98 down): the
        // page stretched along its coarser axis, so characters have their shape for OCR.
        let mut res = |t: Tag| match dec.find_tag(t) {
            Ok(Some(tiff::decoder::ifd::Value::Rational(n, d))) if n > 0 && d > 0 => {
                Some(n as f32 / d as f32)
            }
            Ok(Some(v)) => v.into_f32().ok().filter(|r| r.is_finite() && *r > 0.0),
            _ => None,
        };
        if let (Some(xr), Some(yr)) = (res(Tag::XResolution), res(Tag::YResolution))
            && (xr / yr - 1.0).abs() > 0.1
            && (xr / yr).max(yr / xr) <= 4.0
        {
            let (nw, nh) = if xr > yr {
                (w, (h as f32 * xr / yr).round() as u32)
            } else {
                ((w as f32 * yr / xr).round() as u32, h)
            };
            budget_ok(nw as u64, nh as u64, left)?;
            g = resize(&g, nw, nh);
        }
        pages.push(g);
        if !dec.more_images() || pages.len() >= 200 {
            break;
        }
        dec.next_image().map_err(corrupt)?;
    }
    Ok(pages)
}

/// A TIFF page in CCITT group 3 (compression 3; 2D when T4Options bit 0 is set) or CCITT RLE
/// (compression 2), strip by strip; a strip that stops decoding leaves its remaining rows white.
fn fax_page<R: std::io::Read + std::io::Seek>(
    dec: &mut tiff::decoder::Decoder<R>,
    bytes: &[u8],
    w: u32,
    h: u32,
    compression: u16,
) -> Result<Grey, RasterError> {
    use super::t4::{Coding, decode_strip};
    use tiff::tags::Tag;
    let tag = |dec: &mut tiff::decoder::Decoder<R>, t: Tag| {
        dec.find_tag_unsigned::<u32>(t).ok().flatten()
    };
    let offsets = dec
        .find_tag_unsigned_vec::<u64>(Tag::StripOffsets)
        .ok()
        .flatten()
        .unwrap_or_default();
    let counts = dec
        .find_tag_unsigned_vec::<u64>(Tag::StripByteCounts)
        .ok()
        .flatten()
        .unwrap_or_default();
    let rows_per = tag(dec, Tag::RowsPerStrip).unwrap_or(h).clamp(1, h.max(1));
    let options = tag(dec, Tag::Unknown(292)).unwrap_or(0);
    let lsb_first = tag(dec, Tag::FillOrder) == Some(2);
    // The codes' "white" is a 0 bit; BlackIsZero (photometric 1) makes 0 bits ink.
    let zero_is_ink = tag(dec, Tag::PhotometricInterpretation) == Some(1);
    let coding = match (compression, options & 1) {
        (2, _) => Coding::Rle,
        (_, 0) => Coding::OneD,
        _ => Coding::TwoD,
    };
    let mut g = Grey::new(w, h, 255);
    let gw = w as usize;
    let mut decoded = 0u32;
    for (k, (off, n)) in offsets.iter().zip(&counts).enumerate() {
        let y0 = (k as u64 * rows_per as u64).min(h as u64) as u32;
        if y0 >= h {
            break;
        }
        let (Ok(off), Ok(n)) = (usize::try_from(*off), usize::try_from(*n)) else {
            continue;
        };
        let Some(raw) = bytes.get(off..off.saturating_add(n)) else {
            continue;
        };
        let data: std::borrow::Cow<[u8]> = if lsb_first {
            raw.iter().map(|b| b.reverse_bits()).collect()
        } else {
            raw.into()
        };
        let mut y = y0 as usize;
        decoded += decode_strip(&data, w, rows_per.min(h - y0), coding, |changes| {
            let mut x = 0usize;
            let mut code_black = false;
            for &c in changes.iter().chain(std::iter::once(&w)) {
                let c = (c as usize).min(gw);
                if code_black != zero_is_ink {
                    g.px[y * gw + x.min(c)..y * gw + c].fill(0);
                }
                x = x.max(c);
                code_black = !code_black;
            }
            y += 1;
        });
    }
    if decoded == 0 {
        return Err(RasterError::Corrupt("CCITT group 3 data".into()));
    }
    Ok(g)
}

fn total(pages: &[Grey]) -> u64 {
    pages.iter().map(|p| p.w as u64 * p.h as u64).sum()
}

/// Colour space of a PDF image: components, and how to turn samples into RGB.
enum Space {
    Gray,
    Rgb,
    Cmyk,
    Indexed { base: Box<Space>, table: Vec<u8> },
}

impl Space {
    fn comps(&self) -> usize {
        match self {
            Space::Gray | Space::Indexed { .. } => 1,
            Space::Rgb => 3,
            Space::Cmyk => 4,
        }
    }
    fn parse(doc: &lopdf::Document, obj: Option<&Object>, depth: u8) -> Option<Space> {
        let obj = obj?;
        match obj {
            Object::Name(n) => Some(match n.as_slice() {
                b"DeviceGray" | b"CalGray" | b"G" => Space::Gray,
                b"DeviceRGB" | b"CalRGB" | b"RGB" => Space::Rgb,
                b"DeviceCMYK" | b"CMYK" => Space::Cmyk,
                _ => return None,
            }),
            Object::Array(a) if depth < 4 => {
                let head = a.first().map(|o| deref(doc, o)).and_then(name)?;
                match head {
                    b"ICCBased" => {
                        let n = a
                            .get(1)
                            .map(|o| deref(doc, o))
                            .and_then(as_dict)
                            .and_then(|d| dict_get(doc, d, b"N"))
                            .and_then(num)
                            .unwrap_or(3.0) as usize;
                        Some(match n {
                            1 => Space::Gray,
                            4 => Space::Cmyk,
                            _ => Space::Rgb,
                        })
                    }
                    b"CalGray" => Some(Space::Gray),
                    b"CalRGB" | b"Lab" => Some(Space::Rgb),
                    b"Indexed" | b"I" => {
                        let base = Space::parse(doc, a.get(1).map(|o| deref(doc, o)), depth + 1)?;
                        let table = match a.get(3).map(|o| deref(doc, o)) {
                            Some(Object::String(s, _)) => s.clone(),
                            Some(Object::Stream(s)) => s.get_plain_content().ok()?,
                            _ => return None,
                        };
                        Some(Space::Indexed {
                            base: Box::new(base),
                            table,
                        })
                    }
                    // Separation / DeviceN: one tint, darker with more ink.
                    b"Separation" => Some(Space::Gray),
                    _ => None,
                }
            }
            _ => None,
        }
    }
    fn rgb(&self, s: &[u8]) -> (u8, u8, u8) {
        match self {
            Space::Gray => (s[0], s[0], s[0]),
            Space::Rgb => (s[0], s[1], s[2]),
            Space::Cmyk => {
                let k = s[3] as u32;
                let f = |c: u8| (255 - (c as u32 + k).min(255)) as u8;
                (f(s[0]), f(s[1]), f(s[2]))
            }
            Space::Indexed { base, table } => {
                let n = base.comps();
                let i = s[0] as usize * n;
                match table.get(i..i + n) {
                    Some(e) => base.rgb(e),
                    None => (255, 255, 255),
                }
            }
        }
    }
}

/// One PDF image XObject (or an inline image's dictionary and data) as grey pixels.
pub fn decode_pdf_image(
    doc: &lopdf::Document,
    stream: &Stream,
    max_pixels: u64,
    max_bytes: usize,
) -> Result<Grey, RasterError> {
    let d = &stream.dict;
    let w = dict_get(doc, d, b"Width").and_then(num).unwrap_or(0.0) as i64;
    let h = dict_get(doc, d, b"Height").and_then(num).unwrap_or(0.0) as i64;
    if w <= 0 || h <= 0 {
        return Err(RasterError::Corrupt("no size".into()));
    }
    let (w, h) = (w as u64, h as u64);
    budget_ok(w, h, max_pixels)?;
    let filters: Vec<Vec<u8>> = match dict_get(doc, d, b"Filter") {
        Some(Object::Name(n)) => vec![n.clone()],
        Some(Object::Array(a)) => a
            .iter()
            .filter_map(|o| name(deref(doc, o)).map(|n| n.to_vec()))
            .collect(),
        _ => Vec::new(),
    };
    let last = filters.last().map(|f| f.as_slice());
    let image_mask = matches!(dict_get(doc, d, b"ImageMask"), Some(Object::Boolean(true)));
    // /Decode [1 0] (or an image mask painted where 0) inverts the samples.
    let invert = match dict_get(doc, d, b"Decode") {
        Some(Object::Array(a)) => a.first().map(|o| num(deref(doc, o)).unwrap_or(0.0)) == Some(1.0),
        _ => false,
    };
    match last {
        Some(b"JBIG2Decode") => {
            let data = undo_filters(stream, &filters[..filters.len() - 1], max_bytes)?;
            let globals = jbig2_globals(doc, d, max_bytes)?;
            // The filter's output is 1 bit a sample with 0 for JBIG2's black; /Decode [1 0]
            // turns it round, as for any 1-bit image.
            return guarded(|| jbig2(&data, globals.as_deref(), max_pixels, invert));
        }
        Some(b"JPXDecode") => {
            let data = undo_filters(stream, &filters[..filters.len() - 1], max_bytes)?;
            return guarded(|| jpx(&data, max_pixels));
        }
        Some(b"DCTDecode") | Some(b"DCT") => {
            let data = undo_filters(stream, &filters[..filters.len() - 1], max_bytes)?;
            let img = guarded(|| {
                image::load_from_memory_with_format(&data, image::ImageFormat::Jpeg)
                    .map_err(|e| RasterError::Corrupt(e.to_string()))
            })?;
            return Ok(grey_of(img));
        }
        Some(b"CCITTFaxDecode") | Some(b"CCF") => {
            let data = undo_filters(stream, &filters[..filters.len() - 1], max_bytes)?;
            let parms = ccitt_parms(doc, d);
            return guarded(|| ccitt(&data, w as u32, h as u32, &parms));
        }
        _ => {}
    }
    let data = stream
        .decompressed_content()
        .or_else(|_| {
            if filters.is_empty() {
                Ok(stream.content.clone())
            } else {
                Err(())
            }
        })
        .map_err(|_| RasterError::Corrupt("stream does not decompress".into()))?;
    let bpc = if image_mask {
        1
    } else {
        dict_get(doc, d, b"BitsPerComponent")
            .and_then(num)
            .unwrap_or(8.0) as usize
    };
    let space = if image_mask {
        Space::Gray
    } else {
        Space::parse(doc, dict_get(doc, d, b"ColorSpace"), 0).unwrap_or(Space::Gray)
    };
    let comps = space.comps();
    let indexed = matches!(space, Space::Indexed { .. });
    let row_bits = w as usize * comps * bpc;
    let row_bytes = row_bits.div_ceil(8);
    if !matches!(bpc, 1 | 2 | 4 | 8 | 16) || data.len() < row_bytes {
        return Err(RasterError::Corrupt(format!(
            "{bpc} bits, {} bytes",
            data.len()
        )));
    }
    let maxv = (1u32 << bpc.min(8)) - 1;
    let mut sample = vec![0u8; comps];
    let (wu, hu) = (w as u32, h as u32);
    let mut rgb = Vec::with_capacity(w as usize * h as usize);
    for y in 0..h as usize {
        let row = data.get(y * row_bytes..(y + 1) * row_bytes);
        for x in 0..w as usize {
            for (c, s) in sample.iter_mut().enumerate() {
                let i = x * comps + c;
                let v = match row {
                    None => 0,
                    Some(r) => match bpc {
                        8 => r[i] as u32,
                        16 => r[i * 2] as u32,
                        _ => {
                            let bit = i * bpc;
                            let byte = r[bit / 8] as u32;
                            (byte >> (8 - bpc - bit % 8)) & maxv
                        }
                    },
                };
                *s = if indexed {
                    v as u8
                } else {
                    let v = if bpc == 16 { v } else { v * 255 / maxv };
                    let v = v as u8;
                    if invert { 255 - v } else { v }
                };
            }
            rgb.push(space.rgb(&sample));
        }
    }
    let mut g = from_rgb(wu, hu, rgb.into_iter());
    if image_mask {
        // A stencil mask: sample 0 paints (black) unless /Decode [1 0] said otherwise.
        for p in g.px.iter_mut() {
            *p = if *p == 0 { 0 } else { 255 };
        }
    }
    Ok(g)
}

/// The /JBIG2Globals stream of an image's /DecodeParms (the symbol dictionaries shared by the
/// pages of a document), decompressed within the byte limit.
fn jbig2_globals(
    doc: &lopdf::Document,
    d: &Dictionary,
    max_bytes: usize,
) -> Result<Option<Vec<u8>>, RasterError> {
    let p = match dict_get(doc, d, b"DecodeParms") {
        Some(Object::Array(a)) => a.last().map(|o| deref(doc, o)).and_then(as_dict),
        Some(o) => as_dict(o),
        None => None,
    };
    let Some(Object::Reference(id)) = p.and_then(|p| p.get(b"JBIG2Globals").ok()) else {
        return Ok(None);
    };
    let Ok(Object::Stream(g)) = doc.get_object(*id) else {
        return Err(RasterError::Corrupt("JBIG2Globals".into()));
    };
    let data = if g.dict.get(b"Filter").is_ok() {
        g.decompressed_content()
            .map_err(|_| RasterError::Corrupt("JBIG2Globals".into()))?
    } else {
        g.content.clone()
    };
    if data.len() > max_bytes {
        return Err(RasterError::Corrupt("JBIG2Globals".into()));
    }
    Ok(Some(data))
}

/// A JBIG2 page in the embedded organisation (its segments, no file header), with the
/// document's global segments, as grey pixels: black where the page's pixel is 1 (0 where
/// `invert`). The page's size is checked against the budget before anything is decoded.
pub fn jbig2(
    data: &[u8],
    globals: Option<&[u8]>,
    max_pixels: u64,
    invert: bool,
) -> Result<Grey, RasterError> {
    use hayro_jbig2::{DecodeSettings, Globals, Page};
    let settings = DecodeSettings::default();
    let corrupt = |e: hayro_jbig2::DecodeError| RasterError::Corrupt(format!("JBIG2: {e:?}"));
    let globals = globals
        .map(|g| Globals::new(g, &settings))
        .transpose()
        .map_err(corrupt)?;
    let page = Page::new_embedded(data, globals.as_ref(), &settings).map_err(corrupt)?;
    let (w, h) = (page.width(), page.height());
    budget_ok(w as u64, h as u64, max_pixels)?;
    // A region may claim a size of its own, larger than its page (the decoder allows 65,535²
    // pixels a bitmap): each region's declared size goes through the same budget.
    for (rw, rh) in jbig2_region_sizes(data) {
        budget_ok(rw.max(1) as u64, rh.max(1) as u64, max_pixels)?;
    }
    struct Sink {
        g: Grey,
        x: usize,
        y: usize,
        invert: bool,
    }
    impl Sink {
        fn put(&mut self, black: bool, n: usize) {
            let w = self.g.w as usize;
            if self.y >= self.g.h as usize {
                return;
            }
            let end = (self.x + n).min(w);
            if black != self.invert && self.x < end {
                let row = self.y * w;
                self.g.px[row + self.x..row + end].fill(0);
            }
            self.x = (self.x + n).min(w);
        }
    }
    impl hayro_jbig2::Decoder for Sink {
        fn push_pixel(&mut self, black: bool) {
            self.put(black, 1);
        }
        fn push_pixel_chunk(&mut self, black: bool, chunk_count: u32) {
            self.put(black, chunk_count as usize * 8);
        }
        fn next_line(&mut self) {
            self.x = 0;
            self.y += 1;
        }
    }
    let mut sink = Sink {
        g: Grey::new(w, h, 255),
        x: 0,
        y: 0,
        invert,
    };
    page.decode(&mut sink).map_err(corrupt)?;
    Ok(sink.g)
}

/// The width and height each region segment of a JBIG2 stream declares (T.88 7.2 segment
/// headers, 7.4.1 region segment information), read from the headers alone; the walk stops at
/// the first segment it cannot step over (an unknown length), leaving the rest to the decoder.
fn jbig2_region_sizes(data: &[u8]) -> Vec<(u32, u32)> {
    let u32_at = |i: usize| {
        data.get(i..i + 4)
            .map(|b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
    };
    let mut sizes = Vec::new();
    let mut i = 0usize;
    while let (Some(number), Some(&flags), Some(&refs)) =
        (u32_at(i), data.get(i + 4), data.get(i + 5))
    {
        let kind = flags & 0x3F;
        let mut j = i + 5;
        let count = if refs >> 5 == 7 {
            let Some(n) = u32_at(j) else { break };
            let n = (n & 0x1FFF_FFFF) as usize;
            j += 4 + (n + 8) / 8;
            n
        } else {
            j += 1;
            (refs >> 5) as usize
        };
        let ref_size = if number <= 256 {
            1
        } else if number <= 65_536 {
            2
        } else {
            4
        };
        j = j.saturating_add(count.saturating_mul(ref_size));
        j += if flags & 0x40 != 0 { 4 } else { 1 };
        let Some(len) = u32_at(j) else { break };
        j += 4;
        if matches!(kind, 4 | 6 | 7 | 20 | 22 | 23 | 36 | 38 | 39 | 40 | 42 | 43)
            && let (Some(w), Some(h)) = (u32_at(j), u32_at(j + 4))
        {
            sizes.push((w, h));
        }
        if len == u32::MAX {
            break;
        }
        i = j.saturating_add(len as usize);
    }
    sizes
}

/// A JPEG 2000 image (a JP2 file or a bare codestream) as grey pixels with the red mask, in the
/// colour space its own header names (PDF leaves /ColorSpace out for JPX). The size in the
/// codestream is checked against the budget before anything is decoded.
pub fn jpx(data: &[u8], max_pixels: u64) -> Result<Grey, RasterError> {
    use hayro_jpeg2000::{ColorSpace, DecodeSettings, DecoderContext, Image};
    let corrupt =
        |e: hayro_jpeg2000::DecodeError| RasterError::Corrupt(format!("JPEG 2000: {e:?}"));
    let img = Image::new(data, &DecodeSettings::default()).map_err(corrupt)?;
    let (w, h) = (img.width(), img.height());
    budget_ok(w as u64, h as u64, max_pixels)?;
    let space = img.color_space().clone();
    let alpha = usize::from(img.has_alpha());
    let mut ctx = DecoderContext::default();
    let decoded = img.decode(&mut ctx).map_err(corrupt)?;
    let px = decoded.data_u8();
    let n = space.num_channels() as usize + alpha;
    let step = n.max(1);
    let cmyk = |c: u8, k: u8| (255 - c as u32) * (255 - k as u32) / 255;
    Ok(match (&space, n - alpha) {
        (ColorSpace::CMYK, 4) | (ColorSpace::Icc { .. }, 4) | (ColorSpace::Unknown { .. }, 4) => {
            from_rgb(
                w,
                h,
                px.chunks_exact(step).map(|p| {
                    (
                        cmyk(p[0], p[3]) as u8,
                        cmyk(p[1], p[3]) as u8,
                        cmyk(p[2], p[3]) as u8,
                    )
                }),
            )
        }
        (_, 3..) => from_rgb(w, h, px.chunks_exact(step).map(|p| (p[0], p[1], p[2]))),
        _ => from_rgb(w, h, px.chunks_exact(step).map(|p| (p[0], p[0], p[0]))),
    })
}

fn undo_filters(
    stream: &Stream,
    pre: &[Vec<u8>],
    max_bytes: usize,
) -> Result<Vec<u8>, RasterError> {
    if pre.is_empty() {
        return Ok(stream.content.clone());
    }
    // Only Flate (or ASCII) before the image codec is seen in practice.
    let mut s = stream.clone();
    s.dict.set(
        "Filter",
        Object::Array(pre.iter().map(|f| Object::Name(f.clone())).collect()),
    );
    s.dict.remove(b"DecodeParms");
    s.decompressed_content()
        .ok()
        .filter(|d| d.len() <= max_bytes)
        .ok_or_else(|| RasterError::Corrupt("pre-filter".into()))
}

struct CcittParms {
    k: i64,
    black_is_1: bool,
    columns: u32,
}

fn ccitt_parms(doc: &lopdf::Document, d: &Dictionary) -> CcittParms {
    let p = match dict_get(doc, d, b"DecodeParms") {
        Some(Object::Array(a)) => a.last().map(|o| deref(doc, o)).and_then(as_dict),
        Some(o) => as_dict(o),
        None => None,
    };
    let get = |k: &[u8]| p.and_then(|p| dict_get(doc, p, k));
    CcittParms {
        k: get(b"K").and_then(num).unwrap_or(0.0) as i64,
        black_is_1: matches!(get(b"BlackIs1"), Some(Object::Boolean(true))),
        columns: get(b"Columns").and_then(num).unwrap_or(1728.0) as u32,
    }
}

fn ccitt(data: &[u8], w: u32, h: u32, p: &CcittParms) -> Result<Grey, RasterError> {
    let width = p.columns.clamp(1, 65_535);
    // The canvas is the image's checked size; columns beyond it are dropped.
    let mut g = Grey::new(w, h, 255);
    let gw = g.w as usize;
    let mut y = 0usize;
    let mut put = |line: &[u16]| {
        if y >= h as usize {
            return;
        }
        for (x, c) in fax::decoder::pels(line, width as u16).enumerate() {
            let black = matches!(c, fax::Color::Black) != p.black_is_1;
            if !black {
                continue;
            }
            if x < gw {
                g.px[y * gw + x] = 0;
            }
        }
        y += 1;
    };
    let ok = if p.k < 0 {
        fax::decoder::decode_g4(data.iter().copied(), width as u16, Some(h as u16), &mut put)
    } else {
        fax::decoder::decode_g3(data.iter().copied(), &mut put)
    };
    if ok.is_none() && y == 0 {
        return Err(RasterError::Corrupt("CCITT".into()));
    }
    // BlackIs1 false (the default): the decoder's "black" already means ink.
    Ok(g)
}

/// Bilinear resize.
pub fn resize(src: &Grey, w: u32, h: u32) -> Grey {
    let mut out = Grey::new(w.max(1), h.max(1), 255);
    let (sx, sy) = (src.w as f32 / out.w as f32, src.h as f32 / out.h as f32);
    let keep_red = !src.red.is_empty();
    if keep_red {
        out.red = vec![0; out.px.len()];
    }
    for y in 0..out.h {
        let fy = ((y as f32 + 0.5) * sy - 0.5).max(0.0);
        let y0 = (fy as u32).min(src.h - 1);
        let y1 = (y0 + 1).min(src.h - 1);
        let ty = fy - y0 as f32;
        for x in 0..out.w {
            let fx = ((x as f32 + 0.5) * sx - 0.5).max(0.0);
            let x0 = (fx as u32).min(src.w - 1);
            let x1 = (x0 + 1).min(src.w - 1);
            let tx = fx - x0 as f32;
            let p = |xx: u32, yy: u32| src.get(xx, yy) as f32;
            let v = p(x0, y0) * (1.0 - tx) * (1.0 - ty)
                + p(x1, y0) * tx * (1.0 - ty)
                + p(x0, y1) * (1.0 - tx) * ty
                + p(x1, y1) * tx * ty;
            let i = (y * out.w + x) as usize;
            out.px[i] = v.round().clamp(0.0, 255.0) as u8;
            if keep_red {
                let sxn = ((x as f32 + 0.5) * sx) as u32;
                let syn = ((y as f32 + 0.5) * sy) as u32;
                out.red[i] = src.red[(syn.min(src.h - 1) * src.w + sxn.min(src.w - 1)) as usize];
            }
        }
    }
    out
}

/// Creases of a sheet folded to be posted, and a scanner's streaks: grey bands from one edge of
/// the page to the other, lighter than print. A row is of a crease when the page's outer 4 % on
/// the left and on the right (margins, no print) are both at least 25 levels darker there
/// (their median) than the paper (the page's median), in a band at most 0.2 inch tall that is
/// not itself in a margin; a column likewise with the top and bottom margins. In such a row
/// whatever is lighter than 45 levels under the crease's own grey becomes paper and print
/// stays: rule removal would otherwise take the crease for a table's rule and whiten the
/// strokes it crosses with it.
/// `None` when there is no crease.
pub fn lift_creases(g: &Grey, dpi: f32) -> Option<Grey> {
    let (w, h) = (g.w as usize, g.h as usize);
    if w < 100 || h < 100 || g.px.len() < w * h {
        return None;
    }
    let median = |mut v: Vec<u8>| -> u8 {
        if v.is_empty() {
            return 255;
        }
        let k = v.len() / 2;
        *v.select_nth_unstable(k).1
    };
    let paper = median(g.px.iter().step_by(7).copied().collect());
    let max_band = (0.2 * dpi).max(3.0) as usize;
    // (index of the line, its crease grey) for rows (`vertical` false) or columns.
    let creased = |vertical: bool| -> Vec<(usize, u8)> {
        let (n, len) = if vertical { (w, h) } else { (h, w) };
        let m = (len / 25).max(4);
        let at = |line: usize, i: usize| {
            if vertical {
                g.px[i * w + line]
            } else {
                g.px[line * w + i]
            }
        };
        let grey: Vec<Option<u8>> = (0..n)
            .map(|line| {
                let a = median((0..m).map(|i| at(line, i)).collect());
                let b = median((len - m..len).map(|i| at(line, i)).collect());
                let c = a.max(b);
                (c.saturating_add(25) <= paper).then_some(c)
            })
            .collect();
        // Not the sheet's own edge (a scanner lid's shadow down a side).
        let edge = (n / 25).max(4);
        let mut out = Vec::new();
        let mut i = 0;
        while i < n {
            if grey[i].is_none() {
                i += 1;
                continue;
            }
            let start = i;
            while i < n && grey[i].is_some() {
                i += 1;
            }
            if i - start <= max_band && start >= edge && i + edge <= n {
                out.extend((start..i).filter_map(|k| grey[k].map(|c| (k, c))));
            }
        }
        out
    };
    let lines: Vec<(bool, usize, u8)> = [false, true]
        .into_iter()
        .flat_map(|vertical| {
            creased(vertical)
                .into_iter()
                .map(move |(k, c)| (vertical, k, c))
        })
        .collect();
    if lines.is_empty() {
        return None;
    }
    let mut out = g.clone();
    for (vertical, k, c) in lines {
        let t = c.saturating_sub(45);
        let len = if vertical { h } else { w };
        for i in 0..len {
            let p = &mut out.px[if vertical { i * w + k } else { k * w + i }];
            if *p >= t {
                *p = paper;
            }
        }
    }
    Some(out)
}

/// Faint print made black (a printer low on toner, a light photocopy): when the page's ink — the
/// pixels at least 50 levels under the paper, 0.5 % of the page or more — has its darkest tenth
/// less than 150 levels under the paper, the grey scale is stretched so that level becomes
/// black and three quarters of the way to the paper white (the paper's grain, amplified with
/// the ink, would read as specks). Ink as dark as a printer's normal black leaves the page as
/// it is (`None`).
pub fn stretch_faint_ink(g: &Grey) -> Option<Grey> {
    let mut hist = [0u64; 256];
    for &p in &g.px {
        hist[p as usize] += 1;
    }
    let total = g.px.len() as u64;
    if total == 0 {
        return None;
    }
    let mut seen = 0;
    let mut paper = 255usize;
    for (i, c) in hist.iter().enumerate() {
        seen += c;
        if seen * 10 >= total * 9 {
            paper = i;
            break;
        }
    }
    let inky = paper.saturating_sub(50);
    let ink_px: u64 = hist[..inky].iter().sum();
    if ink_px * 200 < total {
        return None;
    }
    let mut seen = 0;
    let mut ink = 0usize;
    for (i, c) in hist[..inky].iter().enumerate() {
        seen += c;
        if seen * 10 >= ink_px {
            ink = i;
            break;
        }
    }
    if paper < ink + 150 {
        // The paper's grain, amplified with the ink, is cut off: three quarters of the way
        // from the ink to the paper is white already.
        let span = ((paper - ink) as f32 * 0.75).max(1.0);
        let mut out = g.clone();
        for p in &mut out.px {
            let v = (f32::from(*p) - ink as f32) / span * 255.0;
            *p = v.clamp(0.0, 255.0) as u8;
        }
        return Some(out);
    }
    None
}

/// Shaded cells lifted to paper (a form's label cells printed grey, then scanned): when at least
/// 1.5 % of the page is flat mid-grey (between 15 and 90 levels under the paper, the same
/// within ±6 along five pixels: a fill, not a stroke's anti-aliased edge), each pixel is
/// divided by the lightest level within 0.03 inch around it (a stroke is thinner than that, a
/// fill is not), so a fill comes out as paper and the text on it as ink on paper. Left alone,
/// a fill is darker than the rule-removal threshold and is whitened with the text on it.
/// `None` when the page has no such fill, so nothing changes there.
pub fn lift_shading(g: &Grey, dpi: f32) -> Option<Grey> {
    let (w, h) = (g.w as usize, g.h as usize);
    if w < 16 || h < 16 {
        return None;
    }
    let mut hist = [0u64; 256];
    for &p in &g.px {
        hist[p as usize] += 1;
    }
    let total = g.px.len() as u64;
    let mut seen = 0;
    let mut paper = 255i32;
    for (i, c) in hist.iter().enumerate() {
        seen += c;
        if seen * 10 >= total * 9 {
            paper = i as i32;
            break;
        }
    }
    let (lo, hi) = (paper - 90, paper - 15);
    let mut flat = 0u64;
    for y in (0..h).step_by(2) {
        let row = &g.px[y * w..(y + 1) * w];
        for win in row.windows(5).step_by(2) {
            let v = win[2] as i32;
            if v < lo || v > hi {
                continue;
            }
            let (a, b) = win
                .iter()
                .fold((255u8, 0u8), |(a, b), &p| (a.min(p), b.max(p)));
            if b - a <= 12 {
                flat += 1;
            }
        }
    }
    // Rows and windows were sampled one in two each.
    if flat * 4 * 1000 < total * 15 {
        return None;
    }
    let r = ((0.03 * dpi).round() as usize).clamp(2, 40);
    // The lightest level around each pixel: a square window, rows then columns.
    let mut across = vec![0u8; w * h];
    for y in 0..h {
        sliding_max(
            &g.px[y * w..(y + 1) * w],
            r,
            &mut across[y * w..(y + 1) * w],
        );
    }
    let mut out = g.clone();
    let (mut col, mut bg) = (vec![0u8; h], vec![0u8; h]);
    for x in 0..w {
        for (y, c) in col.iter_mut().enumerate() {
            *c = across[y * w + x];
        }
        sliding_max(&col, r, &mut bg);
        for (y, level) in bg.iter().enumerate() {
            let v = u32::from(g.px[y * w + x]) * 255 / u32::from((*level).max(96));
            out.px[y * w + x] = v.min(255) as u8;
        }
    }
    Some(out)
}

/// `out[i]` = the largest of `line[i - r ..= i + r]` (the window cut at the ends), in one pass:
/// a queue of the positions whose values no later one in the window exceeds.
fn sliding_max(line: &[u8], r: usize, out: &mut [u8]) {
    let n = line.len();
    let mut queue: std::collections::VecDeque<usize> = std::collections::VecDeque::new();
    let mut next = 0;
    for (i, o) in out.iter_mut().enumerate().take(n) {
        while next < n && next <= i + r {
            while queue.back().is_some_and(|&b| line[b] <= line[next]) {
                queue.pop_back();
            }
            queue.push_back(next);
            next += 1;
        }
        while queue.front().is_some_and(|&f| f + r < i) {
            queue.pop_front();
        }
        *o = queue.front().map_or(0, |&f| line[f]);
    }
}

/// A page whose ground is dark and whose text is light (a phone's dark mode, a negative),
/// inverted so that the text is dark on light, as the recogniser reads it. Judged on the page's
/// middle (half its width and half its height): its median level under 96. A photo's dark desk
/// around a light sheet leaves the middle light, so a photo is not taken for one. `None` when
/// the ground is light.
pub fn invert_dark_ground(g: &Grey) -> Option<Grey> {
    let (w, h) = (g.w as usize, g.h as usize);
    if w < 8 || h < 8 {
        return None;
    }
    let mut hist = [0u64; 256];
    let mut n = 0u64;
    for y in h / 4..h * 3 / 4 {
        for &p in &g.px[y * w + w / 4..y * w + w * 3 / 4] {
            hist[p as usize] += 1;
            n += 1;
        }
    }
    let mut seen = 0;
    let median = hist
        .iter()
        .position(|&c| {
            seen += c;
            seen * 2 >= n
        })
        .unwrap_or(255);
    if median >= 96 {
        return None;
    }
    let mut out = g.clone();
    for p in &mut out.px {
        *p = 255 - *p;
    }
    Some(out)
}

/// Uneven light evened out (a photographed page: brighter on one side, the desk around the
/// sheet): each pixel divided by the paper's brightness around it, estimated per block as the
/// brightest of its neighbourhood and interpolated between blocks. `None` when the page is
/// evenly lit (a scan), so nothing changes there.
pub fn flatten_background(g: &Grey) -> Option<Grey> {
    let (w, h) = (g.w as usize, g.h as usize);
    let bs = (w.max(h) / 48).max(16);
    let (bw, bh) = (w.div_ceil(bs), h.div_ceil(bs));
    if bw < 4 || bh < 4 {
        return None;
    }
    // The paper's level per block: its 90th-percentile brightness (ink and specks are darker).
    let mut level = vec![0u8; bw * bh];
    for by in 0..bh {
        for bx in 0..bw {
            let mut hist = [0u32; 256];
            let mut n = 0u32;
            for y in by * bs..((by + 1) * bs).min(h) {
                for x in bx * bs..((bx + 1) * bs).min(w) {
                    hist[g.px[y * w + x] as usize] += 1;
                    n += 1;
                }
            }
            let mut seen = 0;
            let mut v = 255;
            for (i, c) in hist.iter().enumerate() {
                seen += c;
                if seen * 10 >= n * 9 {
                    v = i;
                    break;
                }
            }
            level[by * bw + bx] = v as u8;
        }
    }
    let mut sorted = level.clone();
    sorted.sort_unstable();
    let p10 = sorted[sorted.len() / 10] as i32;
    let p90 = sorted[sorted.len() * 9 / 10] as i32;
    if p90 - p10 <= 50 {
        return None;
    }
    // A block inside a large dark shape takes the brightest neighbour: the paper around it.
    let bright: Vec<f32> = (0..bw * bh)
        .map(|i| {
            let (bx, by) = ((i % bw) as i64, (i / bw) as i64);
            let mut m = 0u8;
            for dy in -1..=1 {
                for dx in -1..=1 {
                    let (x, y) = (bx + dx, by + dy);
                    if x >= 0 && y >= 0 && (x as usize) < bw && (y as usize) < bh {
                        m = m.max(level[y as usize * bw + x as usize]);
                    }
                }
            }
            f32::from(m.max(16))
        })
        .collect();
    let at = |x: usize, y: usize| bright[y.min(bh - 1) * bw + x.min(bw - 1)];
    let mut out = Grey::new(g.w, g.h, 255);
    for y in 0..h {
        let fy = (y as f32 / bs as f32 - 0.5).max(0.0);
        let (y0, ty) = (fy as usize, fy.fract());
        for x in 0..w {
            let fx = (x as f32 / bs as f32 - 0.5).max(0.0);
            let (x0, tx) = (fx as usize, fx.fract());
            let top = at(x0, y0) * (1.0 - tx) + at(x0 + 1, y0) * tx;
            let bottom = at(x0, y0 + 1) * (1.0 - tx) + at(x0 + 1, y0 + 1) * tx;
            let paper = top * (1.0 - ty) + bottom * ty;
            let v = f32::from(g.px[y * w + x]) * 255.0 / paper;
            out.px[y * w + x] = v.min(255.0) as u8;
        }
    }
    Some(out)
}

/// Red ink lifted off the paper inside the boxes `(x0, y0, x1, y1)` (pixels; the seals found on
/// the page): red pixels, and light pixels beside red ones (a stroke's pink edge), become paper
/// (the page's paper brightness, its 90th percentile), so the black text a seal was stamped over
/// reads without the seal's ring, star and rim text across it. Black ink under red stays black
/// (it is not red), and nothing outside the boxes changes (a red heading or a red note is text
/// to read). A copy; `red` is kept as it was.
pub fn lift_red_ink(src: &Grey, boxes: &[(u32, u32, u32, u32)]) -> Grey {
    let mut out = src.clone();
    if src.red.len() != src.px.len() || src.px.is_empty() {
        return out;
    }
    let mut hist = [0usize; 256];
    for &p in &src.px {
        hist[p as usize] += 1;
    }
    let mut seen = 0;
    let paper = (0..256)
        .find(|&v| {
            seen += hist[v];
            seen * 10 >= src.px.len() * 9
        })
        .unwrap_or(255) as u8;
    let (w, h) = (src.w as usize, src.h as usize);
    let red = |x: usize, y: usize| src.red[y * w + x] > 0;
    for &(x0, y0, x1, y1) in boxes {
        let (x1, y1) = ((x1 as usize).min(w), (y1 as usize).min(h));
        for y in (y0 as usize)..y1 {
            for x in (x0 as usize)..x1 {
                let i = y * w + x;
                let edge = || {
                    src.px[i] > 110
                        && (y.saturating_sub(1)..(y + 2).min(h))
                            .any(|yy| (x.saturating_sub(1)..(x + 2).min(w)).any(|xx| red(xx, yy)))
                };
                if red(x, y) || edge() {
                    out.px[i] = paper;
                }
            }
        }
    }
    out
}

/// A scan of thin paper printed on both sides: the back's text shows through, mirrored and
/// faint, a soft light grey (spread over a dozen levels or more) across a twentieth or more
/// of the page. What is lighter than three quarters of the way from the page's ink (its
/// darkest half percent) to its paper (its median) is made white, so that the recogniser,
/// which reads the grey image, does not read the back's text into a short value (无 read as
/// 5); grey print (a form's grey labels) is darker and kept. Run once the table's rules have
/// been found, so a faint rule still bounds its cells. `None` when little of the page is that
/// light grey, the grey is flat (a screen's panel), or the page has no clear ink.
pub fn clear_show_through(g: &Grey) -> Option<Grey> {
    let n = g.px.len() as u64;
    if n < 64 {
        return None;
    }
    let mut hist = [0u64; 256];
    for &p in &g.px {
        hist[p as usize] += 1;
    }
    let level_at = |share: f64| {
        let want = (n as f64 * share).ceil() as u64;
        let mut seen = 0;
        hist.iter()
            .position(|&c| {
                seen += c;
                seen >= want
            })
            .unwrap_or(255) as u32
    };
    let (ink, paper) = (level_at(0.005), level_at(0.5));
    if paper < ink + 100 {
        return None;
    }
    let cut = ink + (paper - ink) * 3 / 4;
    let band = &hist[cut as usize + 1..=(paper - 8) as usize];
    let spread = band.iter().filter(|&&c| c * 1_000 >= n).count();
    if band.iter().sum::<u64>() * 20 < n || spread < 12 {
        return None;
    }
    let mut out = g.clone();
    for p in &mut out.px {
        if u32::from(*p) > cut {
            *p = 255;
        }
    }
    Some(out)
}

/// A black-and-white scan whose grey was diffused into dots (a copier's text/photo mode:
/// shaded cells and off-white paper become scattered single pixels and small clusters), or a
/// light page strewn with dust, with the dots taken out ([`drop_specks`]). Told from an ordinary black-and-white scan, whose dark pixels
/// are strokes, by the share of dark pixels that have at most one dark neighbour: a fifth or
/// more (a thresholded scan has a few hundredths). `None` when the page is not nearly
/// two-level (98 % of it paper or ink) or its dark pixels are strokes.
pub fn undither(g: &Grey, dpi: f32) -> Option<Grey> {
    let (w, h) = (g.w as usize, g.h as usize);
    if w < 3 || h < 3 {
        return None;
    }
    let two_level = g.px.iter().filter(|&&p| !(64..192).contains(&p)).count();
    if (two_level as f64) < 0.98 * g.px.len() as f64 {
        return None;
    }
    let dark = |i: usize| g.px[i] < 128;
    let (mut ink, mut alone) = (0u64, 0u64);
    for y in 1..h - 1 {
        for x in 1..w - 1 {
            let i = y * w + x;
            if !dark(i) {
                continue;
            }
            ink += 1;
            let around = [
                i - w - 1,
                i - w,
                i - w + 1,
                i - 1,
                i + 1,
                i + w - 1,
                i + w,
                i + w + 1,
            ];
            if around.iter().filter(|&&j| dark(j)).count() <= 1 {
                alone += 1;
            }
        }
    }
    if ink < 1_000 || alone * 5 < ink {
        return None;
    }
    Some(drop_specks(g, dpi))
}

/// Every group of touching dark pixels smaller than a character's dot (16 pixels at 300 dpi,
/// in proportion to the area at other resolutions) made paper — a dither's dots and dust —
/// unless it is a solid round dot of 9 pixels or more (filling 70 % of its box, no more than
/// twice as long as wide): a decimal point stays, 12.5 is not read 125. What [`undither`]
/// does once it has found the page dithered, and again once the page's rules are gone (the
/// dots that touched a rule are loose then).
/// Whether a page image is blank paper: light (its median 160 or more), with no more than 1
/// pixel in 5,000 darker than the paper by 60 levels or more in marks bigger than a speck of
/// dust (24 pixels at 300 dpi: a JPEG smears a dust pixel into a few grey ones) — a few
/// characters' worth, so a page number alone is blank. Ink is measured from the paper, not
/// against a fixed level, so faint text still counts. A duplex scan's back, which OCR finds
/// nothing on, is then no page that could not be read (a document of blank pages only still
/// is: nothing in it could be checked).
pub fn is_blank_paper(g: &Grey, dpi: f32) -> bool {
    let (w, h) = (g.w as usize, g.h as usize);
    if g.px.is_empty() || g.px.len() != w * h {
        return false;
    }
    let mut hist = [0u64; 256];
    for &p in &g.px {
        hist[p as usize] += 1;
    }
    let n = g.px.len() as u64;
    let mut seen = 0u64;
    let median = (0..256usize)
        .find(|&v| {
            seen += hist[v];
            seen * 2 >= n
        })
        .unwrap_or(255);
    if median < 160 {
        return false;
    }
    let cut = (median - 60) as u8;
    let speck = ((24.0 * (dpi / 300.0).powi(2)).round() as usize).max(3);
    let mut seen = vec![false; w * h];
    let (mut ink, mut stack) = (0u64, Vec::new());
    for start in 0..w * h {
        if seen[start] || g.px[start] >= cut {
            continue;
        }
        seen[start] = true;
        stack.push(start);
        let mut size = 0usize;
        while let Some(i) = stack.pop() {
            size += 1;
            let (x, y) = (i % w, i / w);
            for (dx, dy) in [(-1i64, 0i64), (1, 0), (0, -1), (0, 1)] {
                let (nx, ny) = (x as i64 + dx, y as i64 + dy);
                if nx < 0 || ny < 0 || nx >= w as i64 || ny >= h as i64 {
                    continue;
                }
                let j = ny as usize * w + nx as usize;
                if !seen[j] && g.px[j] < cut {
                    seen[j] = true;
                    stack.push(j);
                }
            }
        }
        if size > speck {
            ink += size as u64;
            if ink * 5000 > n {
                return false;
            }
        }
    }
    true
}

pub fn drop_specks(g: &Grey, dpi: f32) -> Grey {
    let (w, h) = (g.w as usize, g.h as usize);
    let dark = |i: usize| g.px[i] < 128;
    let area = (dpi / 300.0).powi(2);
    let most = ((16.0 * area).round() as usize).max(2);
    let dot = ((9.0 * area).round() as usize).max(2);
    let mut out = g.clone();
    let mut seen = vec![false; w * h];
    let mut stack = Vec::new();
    let mut group = Vec::with_capacity(most + 1);
    for start in 0..w * h {
        if seen[start] || !dark(start) {
            continue;
        }
        seen[start] = true;
        stack.push(start);
        group.clear();
        let mut size = 0usize;
        while let Some(i) = stack.pop() {
            size += 1;
            if group.len() <= most {
                group.push(i);
            }
            let (x, y) = (i % w, i / w);
            for ny in y.saturating_sub(1)..(y + 2).min(h) {
                for nx in x.saturating_sub(1)..(x + 2).min(w) {
                    let j = ny * w + nx;
                    if !seen[j] && dark(j) {
                        seen[j] = true;
                        stack.push(j);
                    }
                }
            }
        }
        if size > most {
            continue;
        }
        if size >= dot {
            let (xs, ys) = (group.iter().map(|i| i % w), group.iter().map(|i| i / w));
            let bw = xs.clone().max().unwrap_or(0) - xs.min().unwrap_or(0) + 1;
            let bh = ys.clone().max().unwrap_or(0) - ys.min().unwrap_or(0) + 1;
            if size * 10 >= bw * bh * 7 && bw.max(bh) <= 2 * bw.min(bh) {
                continue;
            }
        }
        for &i in &group {
            out.px[i] = 255;
        }
    }
    out
}

/// Isolated specks removed, strokes kept: a dark pixel with at most one dark neighbour becomes
/// the paper around it, a light pixel with at least seven dark neighbours becomes ink. Unlike a
/// median it keeps one-pixel strokes, which thin Han strokes are at 200 dpi.
pub fn despeckle(src: &Grey) -> Grey {
    let thr = otsu(src);
    let mut out = src.clone();
    let (w, h) = (src.w as usize, src.h as usize);
    if w < 3 || h < 3 {
        return out;
    }
    for y in 1..h - 1 {
        for x in 1..w - 1 {
            let p = src.px[y * w + x];
            let mut dark = 0;
            let (mut lightest, mut darkest) = (0u8, 255u8);
            for dy in 0..3 {
                for dx in 0..3 {
                    if dy == 1 && dx == 1 {
                        continue;
                    }
                    let q = src.px[(y + dy - 1) * w + x + dx - 1];
                    if q <= thr {
                        dark += 1;
                    }
                    lightest = lightest.max(q);
                    darkest = darkest.min(q);
                }
            }
            if p <= thr && dark <= 1 {
                out.px[y * w + x] = lightest;
            } else if p > thr && dark >= 7 {
                out.px[y * w + x] = darkest;
            }
        }
    }
    out
}

/// Otsu's threshold of the grey histogram.
pub fn otsu(g: &Grey) -> u8 {
    let mut hist = [0u64; 256];
    for &p in &g.px {
        hist[p as usize] += 1;
    }
    let total: u64 = hist.iter().sum();
    let sum: f64 = hist
        .iter()
        .enumerate()
        .map(|(i, c)| i as f64 * *c as f64)
        .sum();
    let (mut wb, mut sb, mut best, mut thr) = (0f64, 0f64, 0f64, 128u8);
    for (t, &c) in hist.iter().enumerate() {
        wb += c as f64;
        if wb == 0.0 {
            continue;
        }
        let wf = total as f64 - wb;
        if wf == 0.0 {
            break;
        }
        sb += t as f64 * c as f64;
        let (mb, mf) = (sb / wb, (sum - sb) / wf);
        let between = wb * wf * (mb - mf) * (mb - mf);
        if between > best {
            best = between;
            thr = t as u8;
        }
    }
    thr
}

/// The skew of text lines in degrees (positive: lines rise to the right), from the projection
/// profile of dark pixels: the angle whose row histogram is sharpest. Range ±`max_deg`.
pub fn skew_angle(g: &Grey, max_deg: f32) -> f32 {
    let thr = otsu(g);
    // A sample of dark pixels, at most ~60,000.
    let dark = g.px.iter().filter(|&&p| p < thr).count().max(1);
    let step = (dark / 60_000).max(1);
    let mut pts: Vec<(f32, f32)> = Vec::with_capacity(dark / step + 1);
    let mut k = 0usize;
    for y in 0..g.h {
        for x in 0..g.w {
            if g.get(x, y) < thr {
                if k.is_multiple_of(step) {
                    pts.push((x as f32, y as f32));
                }
                k += 1;
            }
        }
    }
    if pts.len() < 200 {
        return 0.0;
    }
    let score = |deg: f32| -> f64 {
        let (s, c) = deg.to_radians().sin_cos();
        let bins = (g.h as f32 * 1.5) as usize + 2;
        let mut hist = vec![0u32; bins / 2 + 1];
        let off = g.w as f32 * s.abs() + 1.0;
        for &(x, y) in &pts {
            let yy = y * c + x * s + off;
            let b = (yy / 2.0) as usize;
            if b < hist.len() {
                hist[b] += 1;
            }
        }
        hist.iter().map(|&v| (v as f64) * (v as f64)).sum()
    };
    let mut best = (0.0f32, score(0.0));
    let mut a = -max_deg;
    while a <= max_deg + 1e-3 {
        let s = score(a);
        if s > best.1 {
            best = (a, s);
        }
        a += 0.5;
    }
    // Refine around the coarse best.
    let centre = best.0;
    let mut a = centre - 0.5;
    while a <= centre + 0.5 {
        let s = score(a);
        if s > best.1 {
            best = (a, s);
        }
        a += 0.1;
    }
    // The profile was built with y' = y·cos + x·sin, the inverse of `rotate`'s mapping: the
    // angle that levels the lines is the tilt `rotate(·, angle)` would have made.
    best.0
}

/// Along one row or column of `len` pixels: every pixel of a dark run (gaps of up to 2 pixels
/// bridged) at least `min_len` long is passed to `mark`.
fn long_runs(
    len: usize,
    dark: impl Fn(usize) -> bool,
    min_len: usize,
    mut mark: impl FnMut(usize),
) {
    dark_runs(len, dark, |start, end| {
        if end + 1 - start >= min_len {
            (start..=end).for_each(&mut mark);
        }
    });
}

/// Along one row or column of `len` pixels: each dark run (gaps of up to 2 pixels bridged) as
/// its first and last pixel.
fn dark_runs(len: usize, dark: impl Fn(usize) -> bool, mut run: impl FnMut(usize, usize)) {
    let mut i = 0;
    while i < len {
        if !dark(i) {
            i += 1;
            continue;
        }
        let (start, mut end, mut gap) = (i, i, 0);
        while i < len && gap <= 2 {
            if dark(i) {
                end = i;
                gap = 0;
            } else {
                gap += 1;
            }
            i += 1;
        }
        run(start, end);
    }
}

/// Table rules and underlines whitened: dark runs (gaps of up to 2 pixels bridged) at least
/// `min_len` pixels long, horizontal and vertical. Characters have no strokes that long; the
/// rules of a table make Tesseract's layout analysis read cells as pictures.
pub fn remove_rules(g: &mut Grey, min_len: u32) {
    // Thin rules come out grey after scanning and scaling: anything clearly darker than paper.
    let thr = ((otsu(g) as u32 + 255) / 2).max(60) as u8;
    let (w, h) = (g.w as usize, g.h as usize);
    let min_len = min_len as usize;
    let mut kill = vec![false; w * h];
    for y in 0..h {
        long_runs(
            w,
            |x| g.px[y * w + x] < thr,
            min_len,
            |x| kill[y * w + x] = true,
        );
    }
    for x in 0..w {
        long_runs(
            h,
            |y| g.px[y * w + x] < thr,
            min_len,
            |y| kill[y * w + x] = true,
        );
    }
    // The rule's grey edges (anti-aliasing, JPEG ringing) go with it: 2 pixels around.
    let mut grown = kill.clone();
    for y in 0..h {
        for x in 0..w {
            if !kill[y * w + x] {
                continue;
            }
            for dy in -2i64..=2 {
                for dx in -2i64..=2 {
                    let (yy, xx) = (y as i64 + dy, x as i64 + dx);
                    if yy >= 0 && xx >= 0 && (yy as usize) < h && (xx as usize) < w {
                        grown[yy as usize * w + xx as usize] = true;
                    }
                }
            }
        }
    }
    for (p, k) in g.px.iter_mut().zip(&grown) {
        if *k {
            *p = 255;
        }
    }
}

/// Table rules a black-and-white scan broke into dashes whitened. A thin rule printed grey comes
/// out of a scanner's fixed threshold as pieces with wide gaps, which `remove_rules` (gaps of two
/// pixels) leaves standing under every row, and Tesseract then drops digits near them. A broken
/// rule here: along a pixel row, pieces of thin ink (dark no thicker than 0.02 inch across)
/// chained with gaps of up to 0.5 inch, at least 1.2 inches long and a fifth inked, with paper
/// on both sides: the bands from just beyond the rule's thickness to 0.03 inch further hold
/// almost no ink (≤ 3 %). A line of text fails that test (its own strokes lie on both sides of
/// any of its rows), so text is never whitened; a rule that text touches stays too. Vertical
/// rules the same on the image turned. `dpi`: the image's resolution.
pub fn remove_broken_rules(g: &mut Grey, dpi: f32) {
    let thr = ((otsu(g) as u32 + 255) / 2).max(60) as u8;
    broken_rules_along_rows(g, dpi, thr);
    let mut t = transpose(g);
    broken_rules_along_rows(&mut t, dpi, thr);
    *g = transpose(&t);
}

fn transpose(g: &Grey) -> Grey {
    let (w, h) = (g.w as usize, g.h as usize);
    let mut out = Grey::new(g.h, g.w, 255);
    for y in 0..h {
        for x in 0..w {
            out.px[x * h + y] = g.px[y * w + x];
        }
    }
    if !g.red.is_empty() {
        out.red = vec![0; g.red.len()];
        for y in 0..h {
            for x in 0..w {
                out.red[x * h + y] = g.red[y * w + x];
            }
        }
    }
    out
}

fn broken_rules_along_rows(g: &mut Grey, dpi: f32, thr: u8) {
    let (w, h) = (g.w as usize, g.h as usize);
    let thick = (dpi * 0.02).round().max(2.0) as usize;
    let flank = (dpi * 0.03).round().max(3.0) as usize;
    let chain_gap = (dpi * 0.5).round() as usize;
    let min_len = (dpi * 1.2).round().max(60.0) as usize;
    let min_piece = (dpi * 0.02).round().max(3.0) as usize;
    if w < min_len || h < 2 * (thick + flank) + 3 {
        return;
    }
    let dark = |x: usize, y: usize| g.px[y * w + x] < thr;
    // Thin ink: dark pixels whose dark run down the column is at most `thick` long.
    let mut thin = vec![false; w * h];
    for x in 0..w {
        let mut y = 0;
        while y < h {
            if !dark(x, y) {
                y += 1;
                continue;
            }
            let s = y;
            while y < h && dark(x, y) {
                y += 1;
            }
            if y - s <= thick {
                (s..y).for_each(|yy| thin[yy * w + x] = true);
            }
        }
    }
    // Dark pixels of row y between x0 and x1, for the flank test (counted only for chains long
    // enough to be rules, which are few: no table of sums as large as the image is kept).
    let ink = |y: usize, x0: usize, x1: usize| (x0..=x1).filter(|&x| dark(x, y)).count() as u32;
    let mut kill: Vec<(usize, usize, usize)> = Vec::new();
    for y in thick + flank..h - thick - flank {
        // Pieces of thin ink along this row (gaps of up to 2 pixels inside a piece).
        let mut pieces: Vec<(usize, usize)> = Vec::new();
        dark_runs(
            w,
            |x| thin[y * w + x],
            |s, e| {
                if e + 1 - s >= min_piece {
                    pieces.push((s, e));
                }
            },
        );
        // Chains of pieces.
        let mut k = 0;
        while k < pieces.len() {
            let (x0, mut x1, mut inked) = (pieces[k].0, pieces[k].1, pieces[k].1 + 1 - pieces[k].0);
            let mut m = k + 1;
            while m < pieces.len() && pieces[m].0 - x1 <= chain_gap {
                x1 = pieces[m].1;
                inked += pieces[m].1 + 1 - pieces[m].0;
                m += 1;
            }
            k = m;
            let span = x1 + 1 - x0;
            if span < min_len || inked * 5 < span {
                continue;
            }
            let clear = |ys: std::ops::Range<usize>| {
                let n: u32 = ys.clone().map(|yy| ink(yy, x0, x1)).sum();
                (n as usize) * 100 <= 3 * span * ys.len()
            };
            if clear(y - thick - flank..y - thick) && clear(y + thick + 1..y + thick + flank + 1) {
                kill.push((y, x0, x1));
            }
        }
    }
    for (y, x0, x1) in kill {
        for yy in y - thick..=y + thick {
            for x in x0..=x1 {
                if thin[yy * w + x] {
                    // The piece and its edge pixels.
                    for (dy, dx) in [(0, 0), (0, 1), (1, 0), (0, usize::MAX), (usize::MAX, 0)] {
                        let (py, px) = (yy.wrapping_add(dy), x.wrapping_add(dx));
                        if py < h && px < w {
                            g.px[py * w + px] = 255;
                        }
                    }
                }
            }
        }
    }
}

/// Rotate by `deg` degrees about the centre (bilinear, white fill), same size.
pub fn rotate(src: &Grey, deg: f32) -> Grey {
    if deg.abs() < 0.05 {
        return src.clone();
    }
    let (s, c) = deg.to_radians().sin_cos();
    let mut out = Grey::new(src.w, src.h, 255);
    let keep_red = !src.red.is_empty();
    if keep_red {
        out.red = vec![0; out.px.len()];
    }
    let (cx, cy) = (src.w as f32 / 2.0, src.h as f32 / 2.0);
    for y in 0..src.h {
        for x in 0..src.w {
            let (dx, dy) = (x as f32 - cx, y as f32 - cy);
            // Inverse map: where this output pixel comes from.
            let sx = c * dx - s * dy + cx;
            let sy = s * dx + c * dy + cy;
            if sx < 0.0 || sy < 0.0 || sx >= (src.w - 1) as f32 || sy >= (src.h - 1) as f32 {
                continue;
            }
            let (x0, y0) = (sx as u32, sy as u32);
            let (tx, ty) = (sx - x0 as f32, sy - y0 as f32);
            let p = |xx: u32, yy: u32| src.get(xx, yy) as f32;
            let v = p(x0, y0) * (1.0 - tx) * (1.0 - ty)
                + p(x0 + 1, y0) * tx * (1.0 - ty)
                + p(x0, y0 + 1) * (1.0 - tx) * ty
                + p(x0 + 1, y0 + 1) * tx * ty;
            let i = (y * src.w + x) as usize;
            out.px[i] = v.round() as u8;
            if keep_red {
                out.red[i] = src.red[(sy.round() as u32 * src.w + sx.round() as u32)
                    .min(src.w * src.h - 1) as usize];
            }
        }
    }
    out
}

/// Rotate by a multiple of 90° clockwise.
pub fn rotate90(src: &Grey, quarter: u8) -> Grey {
    let q = quarter % 4;
    if q == 0 {
        return src.clone();
    }
    let (w, h) = (src.w, src.h);
    let (nw, nh) = if q % 2 == 1 { (h, w) } else { (w, h) };
    let mut out = Grey::new(nw, nh, 255);
    let keep_red = !src.red.is_empty();
    if keep_red {
        out.red = vec![0; out.px.len()];
    }
    for y in 0..h {
        for x in 0..w {
            let (nx, ny) = match q {
                1 => (h - 1 - y, x),
                2 => (w - 1 - x, h - 1 - y),
                _ => (y, w - 1 - x),
            };
            let (i, j) = ((y * w + x) as usize, (ny * nw + nx) as usize);
            out.px[j] = src.px[i];
            if keep_red {
                out.red[j] = src.red[i];
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A crease across the sheet (grey, edge to edge) goes, the print it crosses stays; a
    /// table's rule (black, inside the margins) and a scan's dark side edges (down the whole
    /// page, no band) are no crease.
    #[test]
    fn creases_go_and_print_and_rules_stay() {
        let (w, h) = (600u32, 800u32);
        let mut g = Grey {
            w,
            h,
            px: vec![235u8; (w * h) as usize],
            red: Vec::new(),
        };
        let set = |g: &mut Grey, x0: u32, y0: u32, x1: u32, y1: u32, v: u8| {
            for y in y0..y1 {
                for x in x0..x1 {
                    g.px[(y * w + x) as usize] = v;
                }
            }
        };
        set(&mut g, 0, 400, w, 406, 140); // the crease
        set(&mut g, 100, 380, 110, 420, 10); // a stroke across it
        set(&mut g, 60, 200, 540, 203, 0); // a table's rule
        let out = lift_creases(&g, 100.0).expect("a crease");
        let at = |g: &Grey, x: u32, y: u32| g.px[(y * w + x) as usize];
        assert_eq!(at(&out, 300, 402), 235);
        assert_eq!(at(&out, 5, 402), 235);
        assert_eq!(at(&out, 105, 402), 10);
        assert_eq!(at(&out, 300, 201), 0);
        // Without the crease: nothing to do, though the sides are dark all the way down.
        let mut plain = g.clone();
        set(&mut plain, 0, 400, w, 406, 235);
        assert!(lift_creases(&plain, 100.0).is_none());
        set(&mut plain, 0, 0, 20, h, 90);
        set(&mut plain, w - 20, 0, w, h, 90);
        assert!(lift_creases(&plain, 100.0).is_none());
    }

    /// A JPEG whose EXIF Orientation tag is 6 (turn 90° clockwise to show), as phones store a
    /// photo taken sideways: decoded as shown, the stored left edge on top.
    #[test]
    fn a_photos_exif_orientation_is_applied() {
        let mut stored = image::GrayImage::from_pixel(40, 20, image::Luma([255]));
        for y in 0..20 {
            for x in 0..10 {
                stored.put_pixel(x, y, image::Luma([0]));
            }
        }
        let mut jpeg = Vec::new();
        image::DynamicImage::ImageLuma8(stored)
            .write_to(
                &mut std::io::Cursor::new(&mut jpeg),
                image::ImageFormat::Jpeg,
            )
            .unwrap();
        // APP1: "Exif", a big-endian TIFF header, one IFD entry: Orientation (SHORT) = 6.
        let mut tiff = b"MM\0*\0\0\0\x08\0\x01".to_vec();
        tiff.extend_from_slice(&[0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0]);
        let mut app1 = b"Exif\0\0".to_vec();
        app1.extend_from_slice(&tiff);
        let len = (app1.len() + 2) as u16;
        let mut bytes = jpeg[..2].to_vec();
        bytes.extend_from_slice(&[0xFF, 0xE1]);
        bytes.extend_from_slice(&len.to_be_bytes());
        bytes.extend_from_slice(&app1);
        bytes.extend_from_slice(&jpeg[2..]);
        let g = &decode_image_file(&bytes, 1 << 20).unwrap()[0];
        assert_eq!((g.w, g.h), (20, 40));
        assert!(g.px[5 * 20 + 10] < 60, "the stored left edge is on top");
        assert!(g.px[35 * 20 + 10] > 200);
    }

    /// The one-pass window maximum is the plain one, the window cut at the ends.
    #[test]
    fn sliding_max_is_the_window_maximum() {
        let line: Vec<u8> = (0..200u32).map(|i| (i * 7919 % 251) as u8).collect();
        for r in [0, 1, 2, 5, 13, 300] {
            let mut out = vec![0u8; line.len()];
            sliding_max(&line, r, &mut out);
            for (i, &o) in out.iter().enumerate() {
                let (a, b) = (i.saturating_sub(r), (i + r + 1).min(line.len()));
                assert_eq!(o, *line[a..b].iter().max().unwrap(), "r {r} at {i}");
            }
        }
    }

    /// Faint grey print is made black, the paper kept white; normal black print is left alone.
    #[test]
    fn faint_print_is_stretched_to_black_and_black_print_left_alone() {
        let page = |ink: u8| {
            let mut g = Grey::new(200, 200, 240);
            for y in (10..190).step_by(10) {
                for x in 10..190 {
                    g.px[y * 200 + x] = ink;
                    g.px[(y + 1) * 200 + x] = ink;
                }
            }
            g
        };
        assert!(stretch_faint_ink(&page(25)).is_none());
        let out = stretch_faint_ink(&page(140)).expect("faint");
        assert!(out.get(50, 10) < 20, "{}", out.get(50, 10));
        assert!(out.get(50, 15) > 245, "{}", out.get(50, 15));
        // A blank page: no ink to stretch.
        assert!(stretch_faint_ink(&Grey::new(100, 100, 235)).is_none());
    }

    /// A grey-shaded cell with text on it: the fill becomes paper, the text stays ink; a page
    /// of text on paper alone is left as it is.
    #[test]
    fn shaded_cells_are_lifted_to_paper_and_their_text_kept() {
        let mut g = Grey::new(400, 300, 245);
        // Text on paper: 3-pixel strokes.
        for y in 20..60 {
            for x in (20..380).step_by(12) {
                for k in 0..3 {
                    g.px[y * 400 + x + k] = 30;
                }
            }
        }
        assert!(lift_shading(&g, 200.0).is_none());
        // A shaded cell, 200 × 100 pixels at level 205, text on it.
        for y in 150..250 {
            for x in 50..250 {
                g.px[y * 400 + x] = 205;
            }
        }
        for y in 180..220 {
            for x in (70..230).step_by(12) {
                for k in 0..3 {
                    g.px[y * 400 + x + k] = 30;
                }
            }
        }
        let out = lift_shading(&g, 200.0).expect("shaded");
        assert!(out.get(60, 160) >= 240, "{}", out.get(60, 160));
        assert!(out.get(71, 200) < 80, "{}", out.get(71, 200));
        assert!(out.get(300, 250) >= 240);
        assert!(out.get(21, 40) < 80);
    }

    #[test]
    fn uneven_light_is_evened_and_an_even_page_is_left_alone() {
        // Paper lit from the left (255 → 120), a desk strip on the right, dark text bars.
        let (w, h) = (480u32, 640u32);
        let mut g = Grey::new(w, h, 255);
        for y in 0..h {
            for x in 0..w {
                let light = 255.0 - 135.0 * x as f32 / w as f32;
                let desk = x > 440;
                let ink = (100..110).contains(&(y % 120)) && (40..400).contains(&x);
                let v = if desk {
                    50.0
                } else if ink {
                    light * 0.2
                } else {
                    light
                };
                g.px[(y * w + x) as usize] = v as u8;
            }
        }
        let f = flatten_background(&g).expect("uneven");
        // Paper on both sides now reads as paper; ink stays dark.
        assert!(
            f.get(20, 50) > 230 && f.get(420, 50) > 230,
            "{} {}",
            f.get(20, 50),
            f.get(420, 50)
        );
        assert!(f.get(380, 105) < 90, "{}", f.get(380, 105));
        // An evenly lit page (a scan) is not touched.
        let mut even = Grey::new(w, h, 245);
        for x in 40..400 {
            even.px[(105 * w + x) as usize] = 20;
        }
        assert!(flatten_background(&even).is_none());
    }

    /// A PNG whose ground is transparent (colour values black, alpha 0) and whose text is
    /// opaque black reads as black on white, as a viewer shows it.
    #[test]
    fn a_transparent_ground_is_white_paper() {
        let mut img = image::RgbaImage::from_pixel(30, 10, image::Rgba([0, 0, 0, 0]));
        for x in 10..20 {
            img.put_pixel(x, 5, image::Rgba([0, 0, 0, 255]));
        }
        // Half-covered ink is mid grey.
        img.put_pixel(25, 5, image::Rgba([0, 0, 0, 128]));
        let mut png = Vec::new();
        image::DynamicImage::ImageRgba8(img)
            .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
            .unwrap();
        let g = &decode_image_file(&png, 1 << 20).unwrap()[0];
        assert_eq!(g.get(2, 2), 255, "the transparent ground is paper");
        assert_eq!(g.get(15, 5), 0, "the opaque text is ink");
        assert!((120..=135).contains(&g.get(25, 5)), "{}", g.get(25, 5));
    }

    /// Soft mirrored text from the back of the sheet across a fifth of the page becomes white;
    /// the front's black text and a grey label are kept; a page without show-through, and one
    /// with a flat light panel, are left alone.
    #[test]
    fn show_through_becomes_paper_and_print_is_kept() {
        let (w, h) = (200u32, 100u32);
        let mut plain = Grey::new(w, h, 232);
        for y in 50..53 {
            for x in 20..180 {
                plain.px[(y * w + x) as usize] = 35; // the front's text
            }
        }
        for x in 20..60 {
            plain.px[(70 * w + x) as usize] = 150; // a grey label
        }
        let (mut page, mut panel) = (plain.clone(), plain.clone());
        for y in 10..30 {
            for x in 0..w {
                page.px[(y * w + x) as usize] = 195 + (x % 24) as u8; // the back's text, soft
                panel.px[(y * w + x) as usize] = 210;
            }
        }
        let clean = clear_show_through(&page).expect("show-through");
        assert_eq!(clean.get(100, 20), 255);
        assert_eq!(clean.get(100, 5), 255, "the paper too");
        assert_eq!(clean.get(100, 51), 35);
        assert_eq!(clean.get(30, 70), 150);
        assert!(clear_show_through(&plain).is_none());
        assert!(clear_show_through(&panel).is_none());
    }

    /// A two-level page whose grey was diffused into scattered dots has the dots taken out and
    /// its strokes kept; an ordinary thresholded black-and-white page is left alone.
    #[test]
    fn dithered_grey_is_taken_out_and_strokes_kept() {
        let (w, h) = (300u32, 200u32);
        let mut page = Grey::new(w, h, 255);
        // A shaded band: one pixel in seven dark, scattered (error diffusion's texture).
        for y in 20..80 {
            for x in 0..w {
                if (x * 3 + y * 5) % 7 == 0 {
                    page.px[(y * w + x) as usize] = 0;
                }
            }
        }
        // Strokes: a bar 4 pixels thick, a dot of 5 × 5 (a character's dot at 300 dpi) and one
        // of 3 × 3 (a decimal point in small print).
        for y in 120..124 {
            for x in 40..260 {
                page.px[(y * w + x) as usize] = 0;
            }
        }
        for y in 150..155 {
            for x in 100..105 {
                page.px[(y * w + x) as usize] = 0;
            }
        }
        for y in 170..173 {
            for x in 200..203 {
                page.px[(y * w + x) as usize] = 0;
            }
        }
        let clean = undither(&page, 300.0).expect("dithered");
        assert!((20..80).all(|y| (0..w).all(|x| clean.get(x, y) == 255)));
        assert_eq!(clean.get(150, 122), 0, "the bar is kept");
        assert_eq!(clean.get(102, 152), 0, "the dot is kept");
        assert_eq!(clean.get(201, 171), 0, "the decimal point is kept");

        let mut plain = Grey::new(w, h, 255);
        for y in 100..104 {
            for x in 10..290 {
                plain.px[(y * w + x) as usize] = 0;
            }
        }
        assert!(undither(&plain, 300.0).is_none(), "strokes only");
        let mut grey = page.clone();
        grey.px[0] = 128;
        grey.px.iter_mut().skip(1).step_by(9).for_each(|p| *p = 150);
        assert!(undither(&grey, 300.0).is_none(), "not two-level");
    }

    /// Light text on a dark ground (a phone's dark mode) is turned dark on light; a light page,
    /// and a photo of a light sheet on a dark desk, are left alone.
    #[test]
    fn a_dark_ground_is_inverted_and_a_photos_desk_is_not() {
        let (w, h) = (200u32, 300u32);
        let mut dark = Grey::new(w, h, 18);
        for x in 20..180 {
            dark.px[(150 * w + x) as usize] = 230;
        }
        let inv = invert_dark_ground(&dark).expect("a dark ground");
        assert_eq!(inv.get(5, 5), 255 - 18);
        assert_eq!(inv.get(100, 150), 255 - 230, "the light text is now dark");

        let mut photo = Grey::new(w, h, 40);
        for y in 40..260 {
            for x in 30..170 {
                photo.px[(y * w + x) as usize] = 235;
            }
        }
        assert!(
            invert_dark_ground(&photo).is_none(),
            "the sheet in the middle is light"
        );
        assert!(invert_dark_ground(&Grey::new(w, h, 250)).is_none());
    }

    fn lines_image(deg: f32) -> Grey {
        // Horizontal bars like text lines, then tilted.
        let mut g = Grey::new(600, 400, 255);
        for line in 0..8 {
            let y0 = 40 + line * 40;
            for y in y0..y0 + 12 {
                for x in 60..540 {
                    if (x / 9) % 3 != 2 {
                        g.px[(y * 600 + x) as usize] = 0;
                    }
                }
            }
        }
        rotate(&g, deg)
    }

    #[test]
    fn skew_is_measured_and_undone() {
        for deg in [-3.0f32, -1.2, 0.0, 2.0, 4.5] {
            let g = lines_image(deg);
            let found = skew_angle(&g, 6.0);
            assert!((found - deg).abs() <= 0.35, "tilted {deg}, found {found}");
        }
    }

    #[test]
    fn quarter_turns_compose() {
        let g = lines_image(0.0);
        let r = rotate90(&rotate90(&g, 1), 3);
        assert_eq!(r, g);
        let t = rotate90(&g, 1);
        assert_eq!((t.w, t.h), (g.h, g.w));
    }

    #[test]
    fn rules_are_removed_and_glyphs_kept() {
        let mut g = Grey::new(400, 200, 255);
        for x in 10..390 {
            g.px[100 * 400 + x] = 0; // a table rule
        }
        for y in 20..60 {
            g.px[y * 400 + 50] = 0; // a glyph's stroke, 40 px
        }
        remove_rules(&mut g, 150);
        assert_eq!(g.get(200, 100), 255);
        assert_eq!(g.get(50, 40), 0);
    }

    /// A rule a bilevel scan broke into dashes goes; a row of text-like glyphs (horizontal
    /// strokes at one height joined by vertical ones) stays, and so does a dashed rule that
    /// text touches.
    #[test]
    fn broken_rules_are_removed_and_text_kept() {
        // 300 dpi: 1.2 inch = 360 px.
        let (w, h) = (900u32, 400u32);
        let mut g = Grey::new(w, h, 255);
        let ink = |g: &mut Grey, x: u32, y: u32| g.px[(y * w + x) as usize] = 0;
        // A dashed rule at y = 100..102: 40 px pieces, 50 px gaps (44 % inked).
        for x in 20..880 {
            if (x - 20) % 90 < 40 {
                for y in 100..102 {
                    ink(&mut g, x, y);
                }
            }
        }
        // A line of "characters" at y = 200..245: each 40 px wide, 6 px apart, a top and a
        // bottom stroke and two vertical strokes.
        for c in 0..18u32 {
            let x0 = 20 + c * 46;
            for x in x0..x0 + 40 {
                for y in [200, 201, 243, 244] {
                    ink(&mut g, x, y);
                }
            }
            for y in 200..245 {
                for x in [x0 + 5, x0 + 6, x0 + 33, x0 + 34] {
                    ink(&mut g, x, y);
                }
            }
        }
        // A dashed rule with a line of text across it (y = 320, the glyphs from 300 to 335).
        for x in 20..880 {
            if (x - 20) % 90 < 40 {
                ink(&mut g, x, 320);
            }
        }
        for c in 0..18u32 {
            let x0 = 20 + c * 46;
            for x in x0..x0 + 40 {
                for y in [300, 301, 310, 311] {
                    ink(&mut g, x, y);
                }
            }
            for y in 300..335 {
                for x in [x0 + 5, x0 + 6, x0 + 20, x0 + 33, x0 + 34] {
                    ink(&mut g, x, y);
                }
            }
        }
        remove_broken_rules(&mut g, 300.0);
        assert_eq!(g.get(30, 100), 255, "dash of the broken rule");
        assert_eq!(g.get(850, 101), 255, "dash of the broken rule");
        assert_eq!(g.get(30, 200), 0, "top stroke of a character");
        assert_eq!(g.get(100, 244), 0, "bottom stroke of a character");
        assert_eq!(g.get(30, 320), 0, "a rule that text touches stays");
    }

    #[test]
    fn despeckle_keeps_thin_strokes() {
        let mut g = Grey::new(50, 50, 255);
        g.px[10 * 50 + 10] = 0; // a speck
        for x in 20..40 {
            g.px[30 * 50 + x] = 0; // a one-pixel stroke
        }
        let d = despeckle(&g);
        assert_eq!(d.get(10, 10), 255);
        assert_eq!(d.get(30, 30), 0);
    }

    #[test]
    fn pixel_budget_refuses_huge_images() {
        assert_eq!(
            budget_ok(30_000, 30_000, 100_000_000),
            Err(RasterError::TooLarge {
                w: 30_000,
                h: 30_000
            })
        );
        assert!(budget_ok(2_480, 3_508, 100_000_000).is_ok());
    }

    #[test]
    fn red_ink_is_told_from_black_and_from_paper() {
        assert!(is_red(220, 30, 40));
        assert!(is_red(180, 60, 60));
        assert!(!is_red(30, 30, 30));
        assert!(!is_red(250, 245, 240));
        assert!(!is_red(200, 150, 140));
    }

    #[test]
    fn seal_ink_is_lifted_inside_the_seal_only() {
        // A red stroke crossing a black one inside the box, its pink edge, a red mark outside.
        let rgb: Vec<(u8, u8, u8)> = (0..40 * 20)
            .map(|i| {
                let (x, y) = (i % 40, i / 40);
                match (x, y) {
                    (10, _) => (20, 20, 20),             // black text stroke
                    (_, 5) if x < 20 => (210, 40, 40),   // seal ink
                    (_, 6) if x < 20 => (240, 170, 170), // its pink edge
                    (_, 5) => (210, 40, 40),             // red outside the box
                    _ => (255, 255, 255),
                }
            })
            .collect();
        let g = from_rgb(40, 20, rgb.into_iter());
        let out = lift_red_ink(&g, &[(0, 0, 20, 20)]);
        assert_eq!(out.get(5, 5), 255, "seal ink lifted");
        assert_eq!(out.get(5, 6), 255, "its pink edge too");
        assert!(
            out.get(10, 5) < 60 && out.get(10, 9) < 60,
            "black text stays"
        );
        assert!(out.get(30, 5) < 128, "red outside the seal stays");
        assert_eq!(out.red, g.red);
        // No colour: nothing to lift.
        let grey = Grey::new(8, 8, 100);
        assert_eq!(lift_red_ink(&grey, &[(0, 0, 8, 8)]), grey);
    }

    /// The page images of a fixture PDF (tests/fixtures/make_scan_fixtures.py), decoded.
    fn fixture_images(name: &str) -> Vec<Result<Grey, RasterError>> {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/gen")
            .join(name);
        let doc = lopdf::Document::load(path).unwrap();
        doc.get_pages()
            .values()
            .map(|&id| {
                let page = doc.get_dictionary(id).unwrap();
                let res = as_dict(deref(&doc, page.get(b"Resources").unwrap())).unwrap();
                let xo = as_dict(deref(&doc, res.get(b"XObject").unwrap())).unwrap();
                let Object::Reference(im) = xo.get(b"Im0").unwrap() else {
                    panic!("no image")
                };
                let Ok(Object::Stream(s)) = doc.get_object(*im) else {
                    panic!("not a stream")
                };
                decode_pdf_image(&doc, s, 100_000_000, 64 << 20)
            })
            .collect()
    }

    fn dark(g: &Grey) -> Vec<bool> {
        g.px.iter().map(|&p| p < 128).collect()
    }

    #[test]
    fn jbig2_pages_decode_and_decode_arrays_turn_them_round() {
        let pages = fixture_images("jbig2_scan.pdf");
        let (a, b) = (pages[0].as_ref().unwrap(), pages[1].as_ref().unwrap());
        assert_eq!((a.w, a.h), (900, 160));
        let black = dark(a).iter().filter(|&&d| d).count();
        // Text and a ring on white: a few per cent of the strip is ink.
        assert!(
            (2_000..40_000).contains(&black),
            "{black} black pixels of 144,000"
        );
        // Ink on the left (the text) and on the right (the ring), paper in the gap between.
        assert!(a.get(5, 5) == 255 && a.get(700, 80) == 255);
        assert!((0..160).any(|y| a.get(730, y) == 0 || a.get(725, y) == 0));
        // /Decode [1 0]: the same pixels, reversed.
        assert!(dark(a).iter().zip(dark(b)).all(|(x, y)| *x != y));
    }

    /// The scan fixtures' colour strip, decoded from a lossy codec: the red ring found as red
    /// ink, on the right only; the dark pixels those of the JBIG2 fixture but for lossy edges.
    fn strip_as_drawn(g: &Grey) {
        assert!(!g.red.is_empty());
        let red_x: Vec<u32> = (0..g.h)
            .flat_map(|y| (0..g.w).map(move |x| (x, y)))
            .filter(|&(x, y)| g.red[(y * g.w + x) as usize] > 0)
            .map(|(x, _)| x)
            .collect();
        assert!(red_x.len() > 1_000 && red_x.iter().all(|&x| x >= 700));
        let bits = fixture_images("jbig2_scan.pdf");
        let b = bits[0].as_ref().unwrap();
        let agree = dark(g)
            .iter()
            .zip(dark(b))
            .filter(|(x, y)| **x == *y)
            .count();
        assert!(agree as f64 / 144_000.0 > 0.97, "{agree} of 144,000 agree");
    }

    #[test]
    fn jpeg2000_pages_decode_in_colour_with_the_red_ink_found() {
        let jpx = fixture_images("jpx_scan.pdf");
        let g = jpx[0].as_ref().unwrap();
        assert_eq!((g.w, g.h), (900, 160));
        strip_as_drawn(g);
    }

    /// A CMYK scan as Photoshop and print-shop profiles write it: an Adobe CMYK JPEG (samples
    /// stored inverted) under /Decode [1 0 1 0 1 0 1 0]. White paper, black text and the red
    /// ring come out as they were drawn — not a negative, and the ring still red.
    #[test]
    fn cmyk_jpeg_pages_decode_the_right_way_round() {
        let pages = fixture_images("cmyk_scan.pdf");
        let g = pages[0].as_ref().unwrap();
        assert_eq!((g.w, g.h), (900, 160));
        assert!(g.get(5, 5) > 230 && g.get(650, 150) > 230, "paper is white");
        strip_as_drawn(g);
    }

    /// Blank paper with sensor noise and dust is blank; a line of faint grey text on it is not,
    /// nor is a dark page.
    #[test]
    fn blank_paper_is_told_from_a_faint_page() {
        let mut g = Grey::new(1654, 2339, 232);
        let mut seed = 7u32;
        for p in g.px.iter_mut() {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            *p = (*p as i32 + (seed >> 16) as i32 % 9 - 4) as u8;
            if (seed >> 8).is_multiple_of(2500) {
                *p = 40; // a speck of dust
            }
        }
        assert!(is_blank_paper(&g, 200.0));
        // Ten characters' worth of faint ink (145 on 232 paper): 30 × 30 blocks, half filled.
        let mut faint = g.clone();
        for k in 0..10u32 {
            for y in 300..330u32 {
                for x in (200 + k * 40)..(215 + k * 40) {
                    faint.px[(y * faint.w + x) as usize] = 145;
                }
            }
        }
        assert!(!is_blank_paper(&faint, 200.0));
        assert!(!is_blank_paper(&Grey::new(800, 600, 20), 200.0));
    }

    #[test]
    fn hostile_jbig2_and_jpeg2000_data_is_refused_not_panicked_on() {
        for data in [&b""[..], b"\0\0\0\0\x30\0\x01\0\0\0\x13", &[0xFF; 64]] {
            assert!(jbig2(data, None, 100_000_000, false).is_err());
            assert!(jpx(data, 100_000_000).is_err());
        }
        // A page information segment claiming 60,000 × 60,000 pixels: over the budget, refused
        // before a bitmap is made.
        let mut seg = vec![0, 0, 0, 0, 48, 0, 1, 0, 0, 0, 19];
        seg.extend_from_slice(&60_000u32.to_be_bytes());
        seg.extend_from_slice(&60_000u32.to_be_bytes());
        seg.extend_from_slice(&[0; 11]);
        assert!(matches!(
            jbig2(&seg, None, 100_000_000, false),
            Err(RasterError::TooLarge { .. })
        ));
        // A small page whose generic region claims 60,000 × 60,000 pixels: refused too.
        let mut seg = vec![0, 0, 0, 0, 48, 0, 1, 0, 0, 0, 19];
        seg.extend_from_slice(&100u32.to_be_bytes());
        seg.extend_from_slice(&100u32.to_be_bytes());
        seg.extend_from_slice(&[0; 11]);
        seg.extend_from_slice(&[0, 0, 0, 1, 38, 0, 1, 0, 0, 0, 26]);
        seg.extend_from_slice(&60_000u32.to_be_bytes());
        seg.extend_from_slice(&60_000u32.to_be_bytes());
        seg.extend_from_slice(&[0; 18]);
        assert_eq!(jbig2_region_sizes(&seg), vec![(60_000, 60_000)]);
        assert!(matches!(
            jbig2(&seg, None, 100_000_000, false),
            Err(RasterError::TooLarge { .. })
        ));
        // The fixture's region is its page.
        let fixture = std::fs::read(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/fixtures/gen/jbig2_scan.pdf"),
        )
        .unwrap();
        let doc = lopdf::Document::load_mem(&fixture).unwrap();
        let sizes: Vec<_> = doc
            .objects
            .values()
            .filter_map(|o| o.as_stream().ok())
            .filter(|s| {
                s.dict.get(b"Filter").ok().and_then(|f| f.as_name().ok())
                    == Some(b"JBIG2Decode".as_slice())
            })
            .map(|s| jbig2_region_sizes(&s.content))
            .collect();
        assert_eq!(sizes, vec![vec![(900, 160)]; 2]);
    }

    #[test]
    fn webp_pictures_are_images() {
        let bytes = std::fs::read(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/fixtures/gen/webp_scan.webp"),
        )
        .unwrap();
        assert_eq!(
            super::super::sniff::sniff(&bytes),
            super::super::sniff::FileKind::Image("webp")
        );
        let pages = decode_image_file(&bytes, 100_000_000).unwrap();
        assert_eq!((pages[0].w, pages[0].h), (900, 160));
        assert!(!pages[0].red.is_empty(), "the red ring is red ink");
        assert!(pages[0].px.iter().filter(|&&p| p < 128).count() > 2_000);
    }

    /// Fax TIFFs (group 3 2D and 1D, CCITT RLE, as libtiff writes them): decoded with ink as
    /// ink, and a standard-mode page (204 × 98 dpi) stretched to square pixels, so it matches
    /// the fine-mode page of the same strip.
    #[test]
    fn fax_tiffs_decode_and_standard_mode_is_made_square() {
        let read = |name: &str| {
            let bytes = std::fs::read(
                std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("tests/fixtures/gen")
                    .join(name),
            )
            .unwrap();
            decode_image_file(&bytes, 100_000_000).unwrap()
        };
        let g3 = read("fax_g3.tif");
        let rle = read("fax_rle.tif");
        assert_eq!(g3.len(), 2);
        assert_eq!((g3[0].w, g3[0].h), (612, 104), "fine mode is left as it is");
        assert_eq!(
            (g3[1].w, g3[1].h),
            (612, 108),
            "52 rows at 98 dpi, stretched"
        );
        assert_eq!((rle[0].w, rle[0].h), (612, 108));
        let ink = |g: &Grey| g.px.iter().filter(|&&p| p < 128).count() as f32 / g.px.len() as f32;
        for g in [&g3[0], &g3[1], &rle[0]] {
            // Black text on white: about 9 % ink (read inverted it would be 91 %).
            assert!((0.05..0.15).contains(&ink(g)), "ink {}", ink(g));
        }
        // The stretched standard page and the fine page agree pixel for pixel, mostly.
        let fine = resize(&g3[0], 612, 108);
        let same = fine
            .px
            .iter()
            .zip(&g3[1].px)
            .filter(|(a, b)| (**a < 128) == (**b < 128))
            .count();
        assert!(same as f32 / fine.px.len() as f32 > 0.93, "{same}");
        assert_eq!(g3[1].px, rle[0].px, "the same rows, coded two ways");
    }
}
