//! Programs propscan runs when they are installed (poppler's `pdftoppm` draws pages whose fonts
//! say nothing of their characters; libheif's `heif-convert` decodes iPhone photos): found once
//! per process, run with their output discarded and killed when they overrun their time.

use std::collections::HashMap;
use std::process::{Command, ExitStatus, Stdio};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

/// Whether `program` can be started (`probe` is an argument it answers quickly and harmlessly).
/// Asked once per program and process.
pub fn available(program: &'static str, probe: &'static str) -> bool {
    static SEEN: OnceLock<Mutex<HashMap<&'static str, bool>>> = OnceLock::new();
    let seen = SEEN.get_or_init(|| Mutex::new(HashMap::new()));
    if let Some(has) = seen.lock().ok().and_then(|m| m.get(program).copied()) {
        return has;
    }
    let has = run(Command::new(program).arg(probe), Duration::from_secs(10)).is_some();
    if let Ok(mut m) = seen.lock() {
        m.insert(program, has);
    }
    has
}

/// Run `cmd` to its end, or kill it once `limit` has passed: its exit status, `None` when it
/// could not be started or was killed.
pub fn run(cmd: &mut Command, limit: Duration) -> Option<ExitStatus> {
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let start = Instant::now();
    let mut nap = Duration::from_millis(2);
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return Some(status),
            Ok(None) if start.elapsed() < limit => {
                std::thread::sleep(nap);
                nap = (nap * 2).min(Duration::from_millis(50));
            }
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                return None;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_program_that_overruns_is_killed() {
        let t = Instant::now();
        let status = run(
            Command::new("sh").args(["-c", "sleep 30"]),
            Duration::from_millis(200),
        );
        assert!(status.is_none());
        assert!(t.elapsed() < Duration::from_secs(10));
        let ok = run(
            Command::new("sh").args(["-c", "exit 3"]),
            Duration::from_secs(10),
        );
        assert_eq!(ok.and_then(|s| s.code()), Some(3));
    }

    #[test]
    fn a_missing_program_is_not_available() {
        assert!(!available("propscan-no-such-program", "-h"));
        assert!(available("sh", "-c"));
    }
}
