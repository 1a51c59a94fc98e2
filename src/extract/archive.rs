//! Zip packages, opened with limits: entry count, per-entry and total uncompressed size, and
//! compression ratio are all enforced on the bytes actually inflated, never on the sizes the
//! archive claims. Entry names without the UTF-8 flag are usually GBK (Windows Explorer on a
//! Chinese system); a name that is not valid UTF-8 is decoded as GBK. Names are normalised so
//! that `..` and absolute paths can never point outside the archive.

use super::{ExtractError, Limits};
use encoding_rs::GBK;
use std::io::{Cursor, Read};

#[derive(Debug)]
pub struct ZipEntry {
    /// Normalised path inside the archive.
    pub name: String,
    pub bytes: Result<Vec<u8>, ExtractError>,
    /// Set when the stored name was unsafe and had to be rewritten.
    pub renamed_from: Option<String>,
}

/// Decode an entry name: UTF-8 when valid, else GBK.
pub fn decode_name(raw: &[u8]) -> String {
    match std::str::from_utf8(raw) {
        Ok(s) => s.to_string(),
        Err(_) => GBK.decode_without_bom_handling(raw).0.into_owned(),
    }
}

/// Normalise a path: backslashes to slashes, no root, no drive, no `.` or `..` components.
pub fn safe_name(name: &str) -> String {
    let name = name.replace('\\', "/");
    let parts: Vec<&str> = name
        .split('/')
        .filter(|p| !p.is_empty() && *p != "." && *p != "..")
        .map(|p| {
            if p.len() == 2 && p.ends_with(':') {
                ""
            } else {
                p
            }
        })
        .filter(|p| !p.is_empty())
        .collect();
    parts.join("/")
}

fn is_junk(name: &str) -> bool {
    let base = name.rsplit('/').next().unwrap_or(name);
    name.starts_with("__MACOSX/")
        || base == ".DS_Store"
        || base == "Thumbs.db"
        || base.starts_with("~$")
        || base == "desktop.ini"
}

/// Read every file entry of a zip package.
pub fn open_zip(bytes: &[u8], limits: &Limits) -> Result<Vec<ZipEntry>, ExtractError> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| ExtractError::Corrupt {
        detail: format!("not a readable zip archive ({e})"),
    })?;
    if zip.len() > limits.max_zip_entries {
        return Err(ExtractError::TooLarge {
            detail: format!("{} entries, limit {}", zip.len(), limits.max_zip_entries),
        });
    }
    let mut out = Vec::new();
    let mut total: u64 = 0;
    for i in 0..zip.len() {
        let mut f = match zip.by_index(i) {
            Ok(f) => f,
            Err(e) => {
                let msg = e.to_string();
                let err = if msg.contains("ncrypt") || msg.contains("assword") {
                    ExtractError::Encrypted
                } else {
                    ExtractError::Corrupt {
                        detail: format!("zip entry {i}: {e}"),
                    }
                };
                out.push(ZipEntry {
                    name: format!("#{i}"),
                    bytes: Err(err),
                    renamed_from: None,
                });
                continue;
            }
        };
        if f.is_dir() {
            continue;
        }
        let raw = decode_name(f.name_raw());
        let name = safe_name(&raw);
        if name.is_empty() || is_junk(&name) {
            continue;
        }
        let renamed_from = if name != raw.replace('\\', "/") {
            Some(raw.clone())
        } else {
            None
        };
        if f.encrypted() {
            out.push(ZipEntry {
                name,
                bytes: Err(ExtractError::Encrypted),
                renamed_from,
            });
            continue;
        }
        let per_entry =
            (limits.max_stream_bytes as u64).min(limits.max_zip_total_bytes.saturating_sub(total));
        let compressed = f.compressed_size().max(1);
        let mut buf = Vec::new();
        let res = (&mut f).take(per_entry + 1).read_to_end(&mut buf);
        let bytes = match res {
            Err(e) => Err(ExtractError::Corrupt {
                detail: format!("{e}"),
            }),
            Ok(_) if buf.len() as u64 > per_entry => Err(ExtractError::TooLarge {
                detail: format!("inflates beyond {per_entry} bytes (zip bomb?)"),
            }),
            Ok(_)
                if buf.len() as u64 > 1024 * 1024
                    && buf.len() as u64 / compressed > limits.max_zip_ratio =>
            {
                Err(ExtractError::TooLarge {
                    detail: format!(
                        "compression ratio {}:1 above {}:1 (zip bomb?)",
                        buf.len() as u64 / compressed,
                        limits.max_zip_ratio
                    ),
                })
            }
            Ok(_) => Ok(buf),
        };
        if let Ok(b) = &bytes {
            total += b.len() as u64;
        }
        out.push(ZipEntry {
            name,
            bytes,
            renamed_from,
        });
        if total >= limits.max_zip_total_bytes {
            out.push(ZipEntry {
                name: "…".into(),
                bytes: Err(ExtractError::TooLarge {
                    detail: format!(
                        "the archive inflates beyond {} bytes; the rest was not read",
                        limits.max_zip_total_bytes
                    ),
                }),
                renamed_from: None,
            });
            break;
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unsafe_names_stay_inside() {
        assert_eq!(safe_name("../../etc/passwd"), "etc/passwd");
        assert_eq!(safe_name("/abs/x.pdf"), "abs/x.pdf");
        assert_eq!(safe_name("C:\\Users\\a\\..\\b.pdf"), "Users/a/b.pdf");
        assert_eq!(safe_name("./申报书.pdf"), "申报书.pdf");
    }

    #[test]
    fn gbk_names_decode() {
        let (raw, _, _) = GBK.encode("申报书.pdf");
        assert_eq!(decode_name(&raw), "申报书.pdf");
        assert_eq!(decode_name("信息表.docx".as_bytes()), "信息表.docx");
    }
}
