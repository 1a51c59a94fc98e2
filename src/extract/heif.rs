//! HEIF pictures (HEIC, as iPhones store photos; AVIF): an ISO base media file (ISO/IEC
//! 14496-12) whose `meta` box holds HEVC- or AV1-coded images (ISO/IEC 23008-12). There is no
//! HEVC decoder in Rust, so the picture is decoded by libheif's `heif-convert` (Debian's
//! libheif-examples) when it is installed; without it the picture is reported as unread, with
//! the advice to convert it. Before anything is decoded, the sizes the file declares (its
//! `ispe` properties) go through the pixel budget.

use super::raster::{self, Grey, RasterError};
use super::tool;
use std::time::Duration;

/// Brands of the file-type box that mean a HEIF still picture.
const BRANDS: [&[u8; 4]; 10] = [
    b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1", b"avif", b"avis",
];

/// The boxes of `data` as (type, content), in order; stops at the first malformed one.
fn boxes(mut data: &[u8]) -> impl Iterator<Item = ([u8; 4], &[u8])> {
    std::iter::from_fn(move || {
        if data.len() < 8 {
            return None;
        }
        let size = u32::from_be_bytes(data[0..4].try_into().ok()?) as u64;
        let kind: [u8; 4] = data[4..8].try_into().ok()?;
        let (header, size) = match size {
            0 => (8, data.len() as u64),
            1 => (16, u64::from_be_bytes(data.get(8..16)?.try_into().ok()?)),
            n => (8, n),
        };
        if size < header as u64 || size > data.len() as u64 {
            data = &[];
            return None;
        }
        let body = &data[header..size as usize];
        data = &data[size as usize..];
        Some((kind, body))
    })
}

/// A HEIF picture: a first box `ftyp` whose major or a compatible brand is a HEIF one.
pub fn is_heif(bytes: &[u8]) -> bool {
    let Some((kind, body)) = boxes(bytes).next() else {
        return false;
    };
    kind == *b"ftyp"
        && body.len() >= 8
        && std::iter::once(&body[0..4])
            .chain(body[8..].chunks_exact(4))
            .any(|b| BRANDS.iter().any(|h| &h[..] == b))
}

/// A HEIF file of AV1 pictures (AVIF) rather than HEVC ones: its major brand says so.
pub fn is_avif(bytes: &[u8]) -> bool {
    boxes(bytes)
        .next()
        .is_some_and(|(k, b)| k == *b"ftyp" && matches!(b.get(0..4), Some(b"avif" | b"avis")))
}

/// The largest image size the file declares (`meta` → `iprp` → `ipco` → `ispe`): a grid's
/// size covers its tiles, so the largest is the picture's.
pub fn declared_size(bytes: &[u8]) -> Option<(u64, u64)> {
    let meta = boxes(bytes).find(|(k, _)| k == b"meta")?.1;
    // `meta` is a full box: version and flags first.
    let iprp = boxes(meta.get(4..)?).find(|(k, _)| k == b"iprp")?.1;
    let ipco = boxes(iprp).find(|(k, _)| k == b"ipco")?.1;
    boxes(ipco)
        .filter(|(k, _)| k == b"ispe")
        .filter_map(|(_, b)| {
            let w = u32::from_be_bytes(b.get(4..8)?.try_into().ok()?) as u64;
            let h = u32::from_be_bytes(b.get(8..12)?.try_into().ok()?) as u64;
            Some((w, h))
        })
        .max_by_key(|(w, h)| w * h)
}

/// The pictures of a HEIF file as grey pixels (a file holding several top-level images gives
/// each).
pub fn decode(bytes: &[u8], max_pixels: u64) -> Result<Vec<Grey>, RasterError> {
    let (w, h) = declared_size(bytes)
        .ok_or_else(|| RasterError::Corrupt("HEIF file without an image size (ispe)".into()))?;
    raster::budget_ok(w, h, max_pixels)?;
    if !tool::available("heif-convert", "--list-decoders") {
        return Err(RasterError::Unsupported(
            "HEIC/HEIF (iPhone photo): no decoder installed (libheif-examples' heif-convert)"
                .into(),
        ));
    }
    let dir = tempfile::tempdir().map_err(|e| RasterError::Corrupt(e.to_string()))?;
    let input = dir.path().join("in.heic");
    std::fs::write(&input, bytes).map_err(|e| RasterError::Corrupt(e.to_string()))?;
    let out = dir.path().join("out.png");
    let status = tool::run(
        std::process::Command::new("heif-convert")
            .arg("--quiet")
            .arg(&input)
            .arg(&out),
        Duration::from_secs(60),
    );
    if !status.is_some_and(|s| s.success()) {
        return Err(RasterError::Corrupt(
            "the HEIF picture does not decode (heif-convert failed or overran)".into(),
        ));
    }
    // One image: out.png; several: out-1.png, out-2.png …
    let mut files: Vec<_> = std::fs::read_dir(dir.path())
        .map_err(|e| RasterError::Corrupt(e.to_string()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "png"))
        .collect();
    files.sort_by_key(|p| {
        let stem = p
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        let n: u32 = stem
            .rsplit_once('-')
            .and_then(|(_, n)| n.parse().ok())
            .unwrap_or(0);
        (n, stem)
    });
    let mut pages = Vec::new();
    let mut left = max_pixels;
    for f in files {
        let png = std::fs::read(&f).map_err(|e| RasterError::Corrupt(e.to_string()))?;
        for g in raster::decode_image_file(&png, left)? {
            left = left.saturating_sub(g.w as u64 * g.h as u64);
            pages.push(g);
        }
    }
    if pages.is_empty() {
        return Err(RasterError::Corrupt("heif-convert wrote no picture".into()));
    }
    Ok(pages)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bx(kind: &[u8; 4], body: &[u8]) -> Vec<u8> {
        let mut v = ((body.len() + 8) as u32).to_be_bytes().to_vec();
        v.extend_from_slice(kind);
        v.extend_from_slice(body);
        v
    }

    fn heif_with(sizes: &[(u32, u32)]) -> Vec<u8> {
        let mut ftyp = b"mif1\0\0\0\0mif1heic".to_vec();
        ftyp.truncate(16);
        let ispe: Vec<u8> = sizes
            .iter()
            .flat_map(|(w, h)| {
                let mut b = vec![0u8; 4];
                b.extend_from_slice(&w.to_be_bytes());
                b.extend_from_slice(&h.to_be_bytes());
                bx(b"ispe", &b)
            })
            .collect();
        let mut meta = vec![0u8; 4];
        meta.extend(bx(b"hdlr", &[0u8; 24]));
        meta.extend(bx(b"iprp", &bx(b"ipco", &ispe)));
        let mut f = bx(b"ftyp", &ftyp);
        f.extend(bx(b"meta", &meta));
        f.extend(bx(b"mdat", &[0u8; 16]));
        f
    }

    #[test]
    fn heif_is_known_by_its_brands() {
        let f = heif_with(&[(4032, 3024), (512, 512)]);
        assert!(is_heif(&f) && !is_avif(&f));
        assert!(is_avif(&bx(b"ftyp", b"avif\0\0\0\0mif1miaf")));
        assert!(!is_heif(&bx(b"ftyp", b"isom\0\0\0\0isomavc1")));
        assert!(!is_heif(b"\xff\xd8\xff\xe0 a jpeg"));
        assert!(!is_heif(b""));
    }

    #[test]
    fn the_largest_declared_size_is_the_pictures() {
        let f = heif_with(&[(512, 512), (4032, 3024), (256, 192)]);
        assert_eq!(declared_size(&f), Some((4032, 3024)));
        // Over the budget: refused before anything is decoded.
        assert!(matches!(
            decode(&f, 1_000_000),
            Err(RasterError::TooLarge { w: 4032, h: 3024 })
        ));
        // No size at all: not a picture propscan can budget, so not decoded.
        let mut bare = bx(b"ftyp", b"heic\0\0\0\0mif1heic");
        bare.extend(bx(b"mdat", &[0u8; 8]));
        assert!(matches!(
            decode(&bare, 1 << 30),
            Err(RasterError::Corrupt(_))
        ));
    }

    #[test]
    fn malformed_boxes_end_the_walk() {
        // A size below the header, a size past the end, a 64-bit size past the end.
        for bad in [
            b"\0\0\0\x04ftypheic".to_vec(),
            b"\0\0\xff\xffftypheic\0\0\0\0".to_vec(),
            b"\0\0\0\x01ftyp\xff\xff\xff\xff\xff\xff\xff\xffheic".to_vec(),
        ] {
            assert!(!is_heif(&bad));
            assert_eq!(declared_size(&bad), None);
        }
    }

    #[test]
    fn an_iphone_photo_decodes_when_libheif_is_installed() {
        // tests/fixtures/make_scan_fixtures.py: a page photographed and saved as HEIC.
        let f = std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/gen/heic_photo.heic"
        ))
        .unwrap();
        assert!(is_heif(&f));
        let (w, h) = declared_size(&f).unwrap();
        match decode(&f, 50_000_000) {
            Ok(pages) => {
                assert!(tool::available("heif-convert", "--list-decoders"));
                assert_eq!(pages.len(), 1);
                // The coded size (ispe) may be padded to the codec's block; the picture is
                // cropped to its clean aperture.
                let (pw, ph) = (pages[0].w as u64, pages[0].h as u64);
                assert!(
                    pw <= w && pw + 8 > w && ph <= h && ph + 8 > h,
                    "{pw}×{ph} of {w}×{h}"
                );
                // A page: mostly light paper, some dark type.
                let dark = pages[0].px.iter().filter(|p| **p < 100).count();
                assert!(dark > 1000 && dark < pages[0].px.len() / 4, "{dark}");
            }
            Err(RasterError::Unsupported(s)) => {
                assert!(!tool::available("heif-convert", "--list-decoders"), "{s}")
            }
            Err(e) => panic!("{e}"),
        }
    }
}
