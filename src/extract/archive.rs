//! Zip and 7-Zip packages, opened with limits: entry count, per-entry and total uncompressed size, and
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
    /// The HTML body of an e-mail holding a table (its text pasted into the message), not a
    /// file the applicant attached: read, but no format the call refuses (F004).
    pub message_body: bool,
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
                    message_body: false,
                });
                continue;
            }
        };
        if f.is_dir() {
            continue;
        }
        let Some((name, renamed_from)) = entry_name(decode_name(f.name_raw())) else {
            continue;
        };
        if f.encrypted() {
            out.push(ZipEntry {
                name,
                bytes: Err(ExtractError::Encrypted),
                renamed_from,
                message_body: false,
            });
            continue;
        }
        let compressed = f.compressed_size().max(1);
        let bytes = inflate(&mut f, per_entry(limits, total), compressed, limits);
        keep(&mut out, &mut total, name, renamed_from, bytes);
        if total >= limits.max_zip_total_bytes {
            out.push(over_total(limits));
            break;
        }
    }
    Ok(out)
}

/// The most bytes the next entry may decode to: the stream limit, and what the total leaves.
fn per_entry(limits: &Limits, total: u64) -> u64 {
    (limits.max_stream_bytes as u64).min(limits.max_zip_total_bytes.saturating_sub(total))
}

/// An entry read (or its error), its bytes counted into the archive's total.
fn keep(
    out: &mut Vec<ZipEntry>,
    total: &mut u64,
    name: String,
    renamed_from: Option<String>,
    bytes: Result<Vec<u8>, ExtractError>,
) {
    if let Ok(b) = &bytes {
        *total += b.len() as u64;
    }
    out.push(ZipEntry {
        name,
        bytes,
        renamed_from,
        message_body: false,
    });
}

/// An entry's safe name, and the stored one when it had to be rewritten; None for folders'
/// junk (__MACOSX, .DS_Store, Office lock files) and empty names.
fn entry_name(raw: String) -> Option<(String, Option<String>)> {
    let name = safe_name(&raw);
    if name.is_empty() || is_junk(&name) {
        return None;
    }
    let renamed_from = (name != raw.replace('\\', "/")).then_some(raw);
    Some((name, renamed_from))
}

/// An entry's bytes as its reader gives them, at most `per_entry` of them, and at most
/// `max_zip_ratio` times the `compressed` bytes they came from once past a megabyte.
fn inflate(
    r: &mut dyn Read,
    per_entry: u64,
    compressed: u64,
    limits: &Limits,
) -> Result<Vec<u8>, ExtractError> {
    let mut buf = Vec::new();
    match r.take(per_entry + 1).read_to_end(&mut buf) {
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
    }
}

fn over_total(limits: &Limits) -> ZipEntry {
    ZipEntry {
        name: "…".into(),
        bytes: Err(ExtractError::TooLarge {
            detail: format!(
                "the archive inflates beyond {} bytes; the rest was not read",
                limits.max_zip_total_bytes
            ),
        }),
        renamed_from: None,
        message_body: false,
    }
}

/// Read every file entry of a 7-Zip package (sevenz-rust2, pure Rust), with the zip limits:
/// entry count, per-entry and total bytes as actually decoded, and the ratio of everything
/// decoded to the archive's size (a solid archive's entries share their compressed bytes).
/// The decoder's dictionaries and header buffers are held to twice the stream limit before
/// anything is allocated; it runs on this thread only. Names are UTF-16 in 7z, made safe as a zip's.
pub fn open_7z(bytes: &[u8], limits: &Limits) -> Result<Vec<ZipEntry>, ExtractError> {
    use sevenz_rust2::{ArchiveReader, EntryDecision, Error, Password};
    let mapped = |e: Error| match e {
        Error::PasswordRequired | Error::MaybeBadPassword(_) => ExtractError::Encrypted,
        // Built without the AES codec: an archive encrypted with a password says so by its
        // coder's name.
        Error::UnsupportedCompressionMethod(m) if m.contains("AES") => ExtractError::Encrypted,
        Error::MaxMemLimited { .. } => ExtractError::TooLarge {
            detail: format!(
                "the 7z decoder would need more than {} bytes of memory",
                limits.max_stream_bytes.saturating_mul(2)
            ),
        },
        e => ExtractError::Corrupt {
            detail: format!("7z: {e}"),
        },
    };
    // The crate parses hostile bytes: a panic in it is a broken archive.
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let mut reader = ArchiveReader::new_with_memory_limit(
            Cursor::new(bytes),
            Password::empty(),
            // Twice the stream limit: 7-Zip's "ultra" level uses a 64 MiB dictionary.
            limits.max_stream_bytes.saturating_mul(2) / 1024,
        )
        .map_err(mapped)?;
        reader.set_thread_count(1);
        let files = &reader.archive().files;
        if files.len() > limits.max_zip_entries {
            return Err(ExtractError::TooLarge {
                detail: format!("{} entries, limit {}", files.len(), limits.max_zip_entries),
            });
        }
        let mut out = Vec::new();
        let mut total: u64 = 0;
        let mut over = false;
        let archive_size = (bytes.len() as u64).max(1);
        let walk = reader.for_each_entries_with_decision(|entry, r| {
            if entry.is_directory() || entry.is_anti_item() {
                return Ok(EntryDecision::Continue);
            }
            let Some((name, renamed_from)) = entry_name(entry.name().to_string()) else {
                return Ok(EntryDecision::Continue);
            };
            // An empty file has no stream; it is still a file of the package (reported empty).
            if !entry.has_stream() {
                keep(&mut out, &mut total, name, renamed_from, Ok(Vec::new()));
                return Ok(EntryDecision::Continue);
            }
            // The whole archive's bytes stand for this entry's compressed ones: what has been
            // decoded so far may not exceed the ratio limit times the archive.
            let budget = (archive_size.saturating_mul(limits.max_zip_ratio))
                .saturating_sub(total)
                .max(1024 * 1024);
            let bytes = inflate(
                r,
                per_entry(limits, total).min(budget),
                archive_size,
                limits,
            );
            let failed = bytes.is_err();
            keep(&mut out, &mut total, name, renamed_from, bytes);
            over = total >= limits.max_zip_total_bytes;
            // Past the total, nothing more is decoded; after an entry that could not be read in
            // full, the rest of its block is not (a bomb is not inflated to the end).
            Ok(if over {
                EntryDecision::Stop
            } else if failed {
                EntryDecision::SkipBlock
            } else {
                EntryDecision::Continue
            })
        });
        if over {
            out.push(over_total(limits));
        }
        match walk {
            Ok(()) => Ok(out),
            // Entries read before a broken one are kept; the break is said as an entry.
            Err(e) if !out.is_empty() => {
                out.push(ZipEntry {
                    name: "…".into(),
                    bytes: Err(mapped(e)),
                    renamed_from: None,
                    message_body: false,
                });
                Ok(out)
            }
            Err(e) => Err(mapped(e)),
        }
    }))
    .unwrap_or_else(|_| {
        Err(ExtractError::Corrupt {
            detail: "7z: the archive's structure is broken".into(),
        })
    })
}

/// A package archive's entries: zip, 7-Zip or an e-mail's attachments by `kind`.
pub fn open_package(
    bytes: &[u8],
    kind: &super::FileKind,
    limits: &Limits,
) -> Result<Vec<ZipEntry>, ExtractError> {
    match kind {
        super::FileKind::SevenZip => open_7z(bytes, limits),
        super::FileKind::Email => super::email::open_email(bytes, limits),
        _ => open_zip(bytes, limits),
    }
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
