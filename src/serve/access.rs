//! Who may see what (DESIGN.md): tokens from an access file, roles, the audit log and the rate
//! limit of anonymous checks.
//!
//! A request without `Authorization` is an applicant's. A bearer token is hashed (SHA-256) and
//! compared with every digest of the access file in constant time; the token itself is never
//! stored. A wrong token is refused (401) on every route, so a typo never silently falls back to
//! the applicant's view.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::io::Write;
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// No token: upload check (redacted report) and the rules.
    Applicant,
    /// Search page and `/api/search` with passages.
    Reviewer,
    /// Full check reports (projects and passages) and search.
    Staff,
}

impl Role {
    pub fn as_str(&self) -> &'static str {
        match self {
            Role::Applicant => "applicant",
            Role::Reviewer => "reviewer",
            Role::Staff => "staff",
        }
    }
    pub fn may_search(&self) -> bool {
        matches!(self, Role::Reviewer | Role::Staff)
    }
}

/// Who is asking: a role, and the token's name (none for an applicant).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Who {
    pub role: Role,
    pub name: Option<String>,
}

impl Who {
    pub fn applicant() -> Who {
        Who {
            role: Role::Applicant,
            name: None,
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AccessFile {
    #[serde(default)]
    token: Vec<TokenLine>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TokenLine {
    name: String,
    role: Role,
    sha256: String,
}

#[derive(Debug, thiserror::Error)]
pub enum AccessError {
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}: {detail}", path.display())]
    Invalid { path: PathBuf, detail: String },
}

#[derive(Debug, Clone)]
struct Token {
    name: String,
    role: Role,
    digest: [u8; 32],
}

/// The tokens of an access file (none: only applicants are served).
#[derive(Debug, Clone, Default)]
pub struct Access {
    tokens: Vec<Token>,
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(s: &str) -> Option<[u8; 32]> {
    let s = s.trim();
    if s.len() != 64 || !s.is_ascii() {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, o) in out.iter_mut().enumerate() {
        *o = u8::from_str_radix(&s[2 * i..2 * i + 2], 16).ok()?;
    }
    Some(out)
}

/// SHA-256 of `data`, in hex.
pub fn sha256_hex(data: &[u8]) -> String {
    hex(&Sha256::digest(data))
}

/// Equal without an early exit: the time does not say how much of a digest matched.
fn same(a: &[u8; 32], b: &[u8; 32]) -> bool {
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

impl Access {
    pub fn load(path: &Path) -> Result<Access, AccessError> {
        let text = std::fs::read_to_string(path).map_err(|source| AccessError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        Access::parse(&text).map_err(|detail| AccessError::Invalid {
            path: path.to_path_buf(),
            detail,
        })
    }

    pub fn parse(text: &str) -> Result<Access, String> {
        let f: AccessFile = toml::from_str(text).map_err(|e| e.to_string())?;
        let mut tokens = Vec::new();
        for t in f.token {
            if t.role == Role::Applicant {
                return Err(format!(
                    "token {}: role applicant needs no token (reviewer or staff)",
                    t.name
                ));
            }
            let digest = unhex(&t.sha256)
                .ok_or_else(|| format!("token {}: sha256 must be 64 hex digits", t.name))?;
            tokens.push(Token {
                name: t.name,
                role: t.role,
                digest,
            });
        }
        Ok(Access { tokens })
    }

    /// Who sends `authorization` (the header's value, if any): `None` for a token that is not
    /// in the file, or a header that is not `Bearer …`.
    pub fn who(&self, authorization: Option<&str>) -> Option<Who> {
        let Some(h) = authorization else {
            return Some(Who::applicant());
        };
        let token = h
            .strip_prefix("Bearer ")
            .or_else(|| h.strip_prefix("bearer "))?
            .trim();
        if token.is_empty() {
            return None;
        }
        let d: [u8; 32] = Sha256::digest(token.as_bytes()).into();
        // Every entry is compared, whichever matches.
        let mut found: Option<&Token> = None;
        for t in &self.tokens {
            if same(&t.digest, &d) {
                found = Some(t);
            }
        }
        found.map(|t| Who {
            role: t.role,
            name: Some(t.name.clone()),
        })
    }
}

/// A new random token and the access-file lines for it.
pub fn new_token(role: Role, name: &str) -> Result<(String, String), String> {
    if role == Role::Applicant {
        return Err("applicants need no token: give --role reviewer or --role staff".into());
    }
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| e.to_string())?;
    let token = format!("psk_{}", hex(&bytes));
    let lines = format!(
        "[[token]]\nname = {}\nrole = \"{}\"\nsha256 = \"{}\"\n",
        toml::Value::String(name.to_string()),
        role.as_str(),
        sha256_hex(token.as_bytes())
    );
    Ok((token, lines))
}

/// The audit log: one JSON line per search and per staff check.
pub struct Audit {
    file: Option<Mutex<std::fs::File>>,
}

#[derive(Serialize)]
struct AuditLine<'a> {
    time: String,
    token: Option<&'a str>,
    role: &'a str,
    route: &'a str,
    /// SHA-256 of the query text or of the uploaded bytes: what was asked, not its content.
    query_sha256: &'a str,
    status: u16,
}

impl Audit {
    pub fn none() -> Audit {
        Audit { file: None }
    }
    pub fn open(path: &Path) -> std::io::Result<Audit> {
        let f = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)?;
        Ok(Audit {
            file: Some(Mutex::new(f)),
        })
    }
    pub fn record(&self, who: &Who, route: &str, query_sha256: &str, status: u16) {
        let Some(f) = &self.file else { return };
        let line = AuditLine {
            time: utc_now(),
            token: who.name.as_deref(),
            role: who.role.as_str(),
            route,
            query_sha256,
            status,
        };
        if let (Ok(mut f), Ok(s)) = (f.lock(), serde_json::to_string(&line)) {
            // The log is best effort: a full disk must not stop the service.
            let _ = writeln!(f, "{s}");
        }
    }
}

/// Now as RFC 3339 UTC (2026-12-01T08:30:00Z).
pub fn utc_now() -> String {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let (days, rem) = (secs / 86_400, secs % 86_400);
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem / 60 % 60,
        rem % 60
    )
}

/// Anonymous checks per client address: at most `per_minute` in any minute (a fixed window a
/// client). The table is pruned so that memory stays bounded whatever the traffic.
pub struct RateLimit {
    per_minute: u32,
    seen: Mutex<HashMap<IpAddr, (Instant, u32)>>,
}

impl RateLimit {
    pub fn new(per_minute: u32) -> RateLimit {
        RateLimit {
            per_minute,
            seen: Mutex::new(HashMap::new()),
        }
    }
    /// Ok, or the seconds to wait.
    pub fn allow(&self, ip: IpAddr) -> Result<(), u64> {
        if self.per_minute == 0 {
            return Ok(());
        }
        let window = Duration::from_secs(60);
        let now = Instant::now();
        let Ok(mut seen) = self.seen.lock() else {
            return Ok(());
        };
        if seen.len() > 100_000 {
            seen.retain(|_, (t, _)| now.duration_since(*t) < window);
        }
        let e = seen.entry(ip).or_insert((now, 0));
        if now.duration_since(e.0) >= window {
            *e = (now, 0);
        }
        if e.1 >= self.per_minute {
            return Err(window
                .saturating_sub(now.duration_since(e.0))
                .as_secs()
                .max(1));
        }
        e.1 += 1;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_roles_and_wrong_tokens() {
        let (tok, lines) = new_token(Role::Reviewer, "reviewer-1").unwrap();
        let (staff, more) = new_token(Role::Staff, "staff \"1\"").unwrap();
        let a = Access::parse(&format!("{lines}\n{more}")).unwrap();
        assert_eq!(a.who(None), Some(Who::applicant()));
        let r = a.who(Some(&format!("Bearer {tok}"))).unwrap();
        assert_eq!(
            (r.role, r.name.as_deref()),
            (Role::Reviewer, Some("reviewer-1"))
        );
        assert_eq!(
            a.who(Some(&format!("Bearer {staff}"))).unwrap().role,
            Role::Staff
        );
        assert_eq!(a.who(Some("Bearer psk_wrong")), None);
        assert_eq!(a.who(Some(&tok)), None, "not a bearer header");
        assert_eq!(a.who(Some("Bearer ")), None);
        assert!(new_token(Role::Applicant, "x").is_err());
        assert!(Access::parse("[[token]]\nname='x'\nrole='reviewer'\nsha256='abc'\n").is_err());
        assert!(Access::parse("[[token]]\nname='x'\nrole='root'\nsha256='abc'\n").is_err());
    }

    #[test]
    fn rate_limit_counts_per_address() {
        let r = RateLimit::new(2);
        let a: IpAddr = "10.0.0.1".parse().unwrap();
        let b: IpAddr = "10.0.0.2".parse().unwrap();
        assert!(r.allow(a).is_ok() && r.allow(a).is_ok());
        assert!(r.allow(a).is_err());
        assert!(r.allow(b).is_ok());
    }

    #[test]
    fn time_is_rfc3339() {
        let t = utc_now();
        assert_eq!(t.len(), 20, "{t}");
        assert!(t.starts_with("20") && t.ends_with('Z'));
    }
}
