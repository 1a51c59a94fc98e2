//! End-to-end in a real browser: `propscan serve` on a loopback port, Debian's chromium driven
//! headless by playwright-core (tests/e2e/upload.mjs) uploads a sample package through the
//! page and checks the findings shown, then uses the search page. `.ci/run` installs chromium
//! and runs `npm ci` in tests/e2e.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

struct Kill(Child);
impl Drop for Kill {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn applicant_upload_and_reviewer_search_in_a_real_browser() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let e2e = root.join("tests/e2e");
    assert!(
        e2e.join("node_modules/playwright-core").exists(),
        "playwright-core is missing: run `npm ci --prefix tests/e2e` (.ci/run does)"
    );
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    assert!(
        Path::new(&chromium).exists(),
        "chromium is missing at {chromium}: apt-get install chromium (.ci/run does)"
    );
    // A free port: bind, read it, release it.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let addr = format!("127.0.0.1:{port}");
    // A reviewer's token, made the way an administrator makes one.
    let made = Command::new(env!("CARGO_BIN_EXE_propscan"))
        .args([
            "serve",
            "token",
            "--role",
            "reviewer",
            "--name",
            "e2e-reviewer",
        ])
        .output()
        .expect("propscan serve token");
    assert!(made.status.success());
    let token = String::from_utf8_lossy(&made.stdout).trim().to_string();
    let lines = String::from_utf8_lossy(&made.stderr);
    let lines = &lines[lines.find("[[token]]").expect("access-file lines")..];
    let access = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("access-{port}.toml"));
    std::fs::write(&access, lines).unwrap();
    let server = Kill(
        Command::new(env!("CARGO_BIN_EXE_propscan"))
            .args(["serve", "--addr", &addr, "--access"])
            .arg(&access)
            .env(
                "PROPSCAN_CACHE_DIR",
                Path::new(env!("CARGO_TARGET_TMPDIR")).join("cache"),
            )
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start propscan serve"),
    );
    let start = Instant::now();
    loop {
        if std::net::TcpStream::connect(&addr).is_ok() {
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "server did not start"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    let out = Command::new("node")
        .arg(e2e.join("upload.mjs"))
        .arg(format!("http://{addr}"))
        .arg(root.join("corpora/samples/03-title-budget-period-mistakes"))
        .arg(&token)
        .env("CHROMIUM", &chromium)
        .output()
        .expect("node is needed for the browser test");
    drop(server);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stdout}\n{stderr}");
    assert!(stdout.contains("E2E OK"), "{stdout}");
}
