//! The HTTP API of `propscan serve`, against a server on a loopback port: health, rules,
//! check (folder files, a zip, bad files, names with ../), the limits (413 for too many files
//! or bytes, 504 over the time budget), search (GET, JSON, a file), pages, and that uploads
//! leave nothing behind.

use propscan::extract::Limits;
use propscan::index::ProjectIndex;
use propscan::profile::Profile;
use propscan::serve::access::{Access, Audit, Role, new_token};
use propscan::serve::{AppState, Security, ServeLimits, router};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// One index of the shipped corpus for every test of this file.
fn index() -> Arc<ProjectIndex> {
    static I: OnceLock<Arc<ProjectIndex>> = OnceLock::new();
    I.get_or_init(|| {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
            .join(format!("serve-index-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let corpus = propscan::index::read_jsonl(propscan::index::CORPUS, "corpus").unwrap();
        Arc::new(ProjectIndex::create(&dir, &corpus).unwrap())
    })
    .clone()
}

struct Server {
    base: String,
    uploads: PathBuf,
    reviewer: String,
    staff: String,
    audit: PathBuf,
}

async fn start(limits: ServeLimits) -> Server {
    let uploads = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!(
        "uploads-{}-{}",
        std::process::id(),
        rand_suffix()
    ));
    std::fs::create_dir_all(&uploads).unwrap();
    let (reviewer, r_lines) = new_token(Role::Reviewer, "reviewer-1").unwrap();
    let (staff, s_lines) = new_token(Role::Staff, "staff-1").unwrap();
    let audit = uploads.with_extension("audit.jsonl");
    let state = AppState::secured(
        Profile::default_profile(),
        Some(index()),
        Limits::default(),
        ServeLimits {
            upload_dir: uploads.clone(),
            ..limits
        },
        Security {
            access: Access::parse(&format!("{r_lines}\n{s_lines}")).unwrap(),
            audit: Some(Audit::open(&audit).unwrap()),
        },
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        axum::serve(
            listener,
            router(state).into_make_service_with_connect_info::<std::net::SocketAddr>(),
        )
        .await
        .unwrap();
    });
    Server {
        base: format!("http://{addr}"),
        uploads,
        reviewer,
        staff,
        audit,
    }
}

/// A client sending `token` (none: an applicant).
fn client_with(token: Option<&str>) -> reqwest::Client {
    let mut h = reqwest::header::HeaderMap::new();
    if let Some(t) = token {
        h.insert(
            reqwest::header::AUTHORIZATION,
            format!("Bearer {t}").parse().unwrap(),
        );
    }
    reqwest::Client::builder()
        .default_headers(h)
        .build()
        .unwrap()
}

fn rand_suffix() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static N: AtomicU64 = AtomicU64::new(0);
    N.fetch_add(1, Ordering::Relaxed)
}

fn form_of(files: &[(&str, Vec<u8>)]) -> reqwest::multipart::Form {
    let mut form = reqwest::multipart::Form::new();
    for (name, bytes) in files {
        form = form.part(
            "files",
            reqwest::multipart::Part::bytes(bytes.clone()).file_name(name.to_string()),
        );
    }
    form
}

fn sample_files(dir: &str) -> Vec<(String, Vec<u8>)> {
    let mut v: Vec<(String, Vec<u8>)> = std::fs::read_dir(root().join(dir))
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    v.sort();
    v
}

async fn check(s: &Server, files: &[(&str, Vec<u8>)]) -> (u16, Value) {
    let resp = reqwest::Client::new()
        .post(format!("{}/api/check", s.base))
        .multipart(form_of(files))
        .send()
        .await
        .unwrap();
    let status = resp.status().as_u16();
    (status, resp.json().await.unwrap())
}

fn rules(report: &Value) -> Vec<String> {
    report["packages"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap().to_string())
        .collect()
}

async fn get_json(url: String) -> Value {
    reqwest::get(url).await.unwrap().json().await.unwrap()
}

fn leftovers(s: &Server) -> usize {
    std::fs::read_dir(&s.uploads).unwrap().count()
}

#[tokio::test]
async fn health_rules_and_pages() {
    let s = start(ServeLimits::default()).await;
    let c = reqwest::Client::new();
    let health = reqwest::get(format!("{}/healthz", s.base)).await.unwrap();
    assert_eq!(health.text().await.unwrap(), "ok");
    let rules = get_json(format!("{}/api/rules", s.base)).await;
    let codes: Vec<&str> = rules
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["code"].as_str().unwrap())
        .collect();
    for c in ["T001", "A001", "B001", "D001", "D003", "Q001", "F006"] {
        assert!(codes.contains(&c), "{c}");
    }
    for (path, needle) in [
        ("/", "申报材料自查"),
        ("/search", "相似项目检索"),
        ("/assets/app.js", "renderReport"),
        ("/assets/style.css", ".finding"),
    ] {
        let r = c.get(format!("{}{path}", s.base)).send().await.unwrap();
        assert_eq!(r.status(), 200);
        let body = r.text().await.unwrap();
        assert!(body.contains(needle), "{path}");
        // No external resource: the machines have no internet.
        assert!(
            !body.contains("https://") && !body.contains("http://"),
            "{path} loads nothing external"
        );
    }
}

#[tokio::test]
async fn check_a_folder_upload_a_zip_and_bad_files() {
    let s = start(ServeLimits::default()).await;
    let files = sample_files("corpora/samples/03-title-budget-period-mistakes");
    let refs: Vec<(&str, Vec<u8>)> = files.iter().map(|(n, b)| (n.as_str(), b.clone())).collect();
    let (status, r) = check(&s, &refs).await;
    assert_eq!(status, 200, "{r}");
    assert_eq!(r["schema"], "propscan/report@1");
    let got = rules(&r);
    for want in ["T003", "T004", "B002", "P001"] {
        assert!(got.contains(&want.to_string()), "{want} in {got:?}");
    }
    // Locations name the uploaded files, not the server's temporary paths.
    let text = r.to_string();
    assert!(!text.contains("propscan-upload-"), "{text}");

    let zip = std::fs::read(root().join("corpora/samples/02-clean-university.zip")).unwrap();
    let (status, r) = check(&s, &[("02-clean-university.zip", zip)]).await;
    assert_eq!(status, 200);
    assert_eq!(r["packages"][0]["path"], "02-clean-university.zip");
    assert!(r["packages"][0]["documents"].as_array().unwrap().len() >= 5);

    let corrupt = std::fs::read(root().join("tests/fixtures/bad/corrupt.pdf")).unwrap();
    let doc = std::fs::read(root().join("tests/fixtures/bad/renamed_doc.docx")).unwrap();
    let (status, r) = check(
        &s,
        &[("../../etc/申报书.pdf", corrupt), ("/abs/承诺书.docx", doc)],
    )
    .await;
    assert_eq!(status, 200, "{r}");
    let got = rules(&r);
    assert!(
        got.contains(&"F001".to_string()) && got.contains(&"F004".to_string()),
        "{got:?}"
    );
    let docs: Vec<String> = r["packages"][0]["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["path"].as_str().unwrap().to_string())
        .collect();
    assert!(
        docs.iter()
            .all(|d| !d.contains("..") && !d.starts_with('/')),
        "{docs:?}"
    );
    assert_eq!(
        leftovers(&s),
        0,
        "uploads are removed when the request ends"
    );
}

#[tokio::test]
async fn limits_give_clear_413_and_504() {
    let s = start(ServeLimits {
        max_files: 2,
        max_upload_bytes: 64 * 1024,
        ..ServeLimits::default()
    })
    .await;
    let small = b"%PDF-1.4 tiny".to_vec();
    let (status, r) = check(
        &s,
        &[
            ("a.pdf", small.clone()),
            ("b.pdf", small.clone()),
            ("c.pdf", small.clone()),
        ],
    )
    .await;
    assert_eq!(status, 413);
    assert!(r["error"].as_str().unwrap().contains("个文件"), "{r}");
    let big = vec![b'x'; 200 * 1024];
    let resp = reqwest::Client::new()
        .post(format!("{}/api/check", s.base))
        .multipart(form_of(&[("big.pdf", big)]))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 413);
    let body: Value = resp.json().await.unwrap();
    assert!(
        body["error"].as_str().unwrap().contains("上传内容过大"),
        "{body}"
    );
    let (status, r) = check(&s, &[]).await;
    assert_eq!(status, 400, "{r}");
    assert_eq!(leftovers(&s), 0);

    let slow = start(ServeLimits {
        time_budget: Duration::ZERO,
        ..ServeLimits::default()
    })
    .await;
    let files = sample_files("corpora/samples/01-clean-enterprise");
    let refs: Vec<(&str, Vec<u8>)> = files.iter().map(|(n, b)| (n.as_str(), b.clone())).collect();
    let (status, r) = check(&slow, &refs).await;
    assert_eq!(status, 504, "{r}");
    assert!(r["error"].as_str().unwrap().contains("秒"));
}

#[tokio::test]
async fn search_by_text_json_and_file() {
    let s = start(ServeLimits::default()).await;
    let c = client_with(Some(&s.reviewer));
    let q = "补肾活血汤治疗老年单纯收缩期高血压";
    let r: Value = c
        .get(format!("{}/api/search", s.base))
        .query(&[("q", q), ("top", "3")])
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(r["query"], q);
    assert_eq!(r["results"][0]["id"], "SZ2021-0002", "{r}");
    let r: Value = c
        .post(format!("{}/api/search", s.base))
        .json(&serde_json::json!({"text": q, "top": 1}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(r["results"].as_array().unwrap().len(), 1);
    let pdf =
        std::fs::read(root().join("corpora/samples/07-resubmitted-ongoing-project/项目申报书.pdf"))
            .unwrap();
    let resp = c
        .post(format!("{}/api/search", s.base))
        .multipart(reqwest::multipart::Form::new().part(
            "file",
            reqwest::multipart::Part::bytes(pdf).file_name("申报书.pdf"),
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    let r: Value = resp.json().await.unwrap();
    assert_eq!(r["results"][0]["id"], "SZ2021-0002");
    assert!(r["results"][0]["score"].as_f64().unwrap() > 0.8);
    assert!(!r["results"][0]["passages"].as_array().unwrap().is_empty());
    let resp = c
        .get(format!("{}/api/search", s.base))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 400);
    assert_eq!(leftovers(&s), 0);
}

#[tokio::test]
async fn concurrent_uploads_are_all_answered() {
    let s = start(ServeLimits {
        concurrent_checks: 2,
        ..ServeLimits::default()
    })
    .await;
    let files = sample_files("corpora/samples/01-clean-enterprise");
    let mut tasks = Vec::new();
    for _ in 0..12 {
        let base = s.base.clone();
        let files = files.clone();
        tasks.push(tokio::spawn(async move {
            let refs: Vec<(&str, Vec<u8>)> =
                files.iter().map(|(n, b)| (n.as_str(), b.clone())).collect();
            let resp = reqwest::Client::new()
                .post(format!("{base}/api/check"))
                .multipart(form_of(&refs))
                .send()
                .await
                .unwrap();
            let status = resp.status().as_u16();
            let v: Value = resp.json().await.unwrap();
            (status, v["packages"][0]["fields"]["project_name"].clone())
        }));
    }
    for t in tasks {
        let (status, name) = t.await.unwrap();
        assert_eq!(status, 200);
        assert_eq!(name, "高可靠车规级碳化硅功率模块驱动芯片研发");
    }
    assert_eq!(leftovers(&s), 0);
}

async fn check_as(s: &Server, token: Option<&str>, files: &[(&str, Vec<u8>)]) -> (u16, Value) {
    let resp = client_with(token)
        .post(format!("{}/api/check", s.base))
        .multipart(form_of(files))
        .send()
        .await
        .unwrap();
    let status = resp.status().as_u16();
    (status, resp.json().await.unwrap())
}

/// Every route for every role: anonymous search is refused, a wrong token is refused
/// everywhere, reviewers search, staff get full reports; pages carry the security headers.
#[tokio::test]
async fn each_role_on_each_route() {
    let s = start(ServeLimits::default()).await;
    let anon = client_with(None);
    let wrong = client_with(Some("psk_not-a-token"));
    let reviewer = client_with(Some(&s.reviewer));
    let staff = client_with(Some(&s.staff));
    for path in [
        "/",
        "/search",
        "/assets/app.js",
        "/assets/style.css",
        "/healthz",
        "/api/rules",
    ] {
        for (who, c) in [
            ("anonymous", &anon),
            ("reviewer", &reviewer),
            ("staff", &staff),
        ] {
            let r = c.get(format!("{}{path}", s.base)).send().await.unwrap();
            assert_eq!(r.status(), 200, "{who} {path}");
            let h = r.headers();
            let csp = h["content-security-policy"].to_str().unwrap();
            assert!(csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'"));
            assert_eq!(h["x-content-type-options"], "nosniff");
            assert_eq!(h["referrer-policy"], "no-referrer");
        }
        let r = wrong.get(format!("{}{path}", s.base)).send().await.unwrap();
        assert_eq!(r.status(), 401, "wrong token on {path}");
    }
    // The pages run no inline script (the CSP would block it).
    let page = anon
        .get(format!("{}/", s.base))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        !page.contains("<script>"),
        "inline script on the upload page"
    );
    // Search: 401 with a Chinese reason for an applicant and for a wrong token; 200 for the rest.
    let q = [("q", "补肾活血汤治疗老年单纯收缩期高血压")];
    for (who, c, want) in [
        ("anonymous", &anon, 401),
        ("wrong", &wrong, 401),
        ("reviewer", &reviewer, 200),
        ("staff", &staff, 200),
    ] {
        let r = c
            .get(format!("{}/api/search", s.base))
            .query(&q)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), want, "{who} GET /api/search");
        if want == 401 {
            assert!(r.headers().contains_key("www-authenticate"));
            let body: Value = r.json().await.unwrap();
            assert!(body["error"].as_str().unwrap().contains("令牌"), "{body}");
        }
        let r = c
            .post(format!("{}/api/search", s.base))
            .json(&serde_json::json!({"text": q[0].1}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), want, "{who} POST /api/search");
    }
    // An anonymous search does not even read an upload.
    let r = anon
        .post(format!("{}/api/search", s.base))
        .multipart(form_of(&[("a.txt", b"text".to_vec())]))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401);
    let files = sample_files("corpora/samples/01-clean-enterprise");
    let refs: Vec<(&str, Vec<u8>)> = files.iter().map(|(n, b)| (n.as_str(), b.clone())).collect();
    let (status, _) = check_as(&s, Some("psk_wrong"), &refs).await;
    assert_eq!(status, 401);
    for t in [None, Some(s.reviewer.as_str()), Some(s.staff.as_str())] {
        let (status, r) = check_as(&s, t, &refs).await;
        assert_eq!(status, 200, "{r}");
    }
    assert_eq!(leftovers(&s), 0);
}

/// The resubmitted sample is close to an ongoing project: staff see which, with passages; an
/// applicant (and a reviewer checking a package) learns the score, programme and start year,
/// and nothing of the project's own text.
#[tokio::test]
async fn applicant_reports_quote_no_confidential_project() {
    let s = start(ServeLimits::default()).await;
    let files = sample_files("corpora/samples/07-resubmitted-ongoing-project");
    let refs: Vec<(&str, Vec<u8>)> = files.iter().map(|(n, b)| (n.as_str(), b.clone())).collect();
    let (status, full) = check_as(&s, Some(&s.staff), &refs).await;
    assert_eq!(status, 200);
    let similar = full["packages"][0]["similar"].as_array().unwrap();
    assert!(!similar.is_empty(), "staff see the similar projects");
    let top = &similar[0];
    let (id, title, unit) = (
        top["id"].as_str().unwrap(),
        top["title"].as_str().unwrap(),
        top["unit"].as_str().unwrap(),
    );
    assert!(full.to_string().contains(id));
    // Sentences of ongoing projects that the upload does not itself contain.
    let corpus = propscan::index::read_jsonl(propscan::index::CORPUS, "corpus").unwrap();
    let upload_text: String = files
        .iter()
        .filter_map(|(n, b)| {
            propscan::extract::extract_guarded(n, b, &Limits::default())
                .ok()
                .map(|d| d.text)
        })
        .collect::<Vec<_>>()
        .join("\n");
    let squash = |t: &str| t.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    let upload = squash(&upload_text);
    let foreign: Vec<String> = corpus
        .iter()
        .filter(|p| p.is_ongoing())
        .flat_map(|p| {
            p.abstract_text
                .split(['。', '；', '！', '？'])
                .map(squash)
                .filter(|x| x.chars().count() >= 12)
                .collect::<Vec<_>>()
        })
        .filter(|x| !upload.contains(x.as_str()))
        .collect();
    for token in [None, Some(s.reviewer.as_str())] {
        let (status, r) = check_as(&s, token, &refs).await;
        assert_eq!(status, 200);
        let text = r.to_string();
        assert!(
            r["packages"][0]["similar"]
                .as_array()
                .is_none_or(|a| a.is_empty())
        );
        // The project's id, title and unit, unless the upload itself says them (a unit
        // resubmitting its own project writes its own name).
        for secret in [id, title, unit] {
            assert!(
                !text.contains(secret) || upload.contains(&squash(secret)),
                "{secret} in an applicant report"
            );
        }
        assert!(!text.contains(id), "the project's id");
        let shown = squash(&text);
        for x in &foreign {
            assert!(
                !shown.contains(x.as_str()),
                "a foreign sentence in an applicant report: {x}"
            );
        }
        let d001: Vec<&Value> = r["packages"][0]["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["rule"] == "D001")
            .collect();
        assert!(!d001.is_empty(), "the applicant is told it is close: {r}");
        let m = d001[0]["message"].as_str().unwrap();
        assert!(m.contains('%') && m.contains("年立项"), "{m}");
    }
}

#[tokio::test]
async fn audit_log_names_the_token_and_keeps_no_query() {
    let s = start(ServeLimits::default()).await;
    let secret = "补肾活血汤治疗老年单纯收缩期高血压";
    let r = client_with(Some(&s.reviewer))
        .get(format!("{}/api/search", s.base))
        .query(&[("q", secret)])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let files = sample_files("corpora/samples/01-clean-enterprise");
    let refs: Vec<(&str, Vec<u8>)> = files.iter().map(|(n, b)| (n.as_str(), b.clone())).collect();
    assert_eq!(check_as(&s, Some(&s.staff), &refs).await.0, 200);
    assert_eq!(check_as(&s, None, &refs).await.0, 200);
    let log = std::fs::read_to_string(&s.audit).unwrap();
    let lines: Vec<Value> = log
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(
        lines.len(),
        2,
        "one search, one staff check (anonymous checks are not logged): {log}"
    );
    assert_eq!(lines[0]["token"], "reviewer-1");
    assert_eq!(lines[0]["route"], "/api/search");
    assert_eq!(lines[1]["token"], "staff-1");
    assert_eq!(lines[1]["route"], "/api/check");
    for l in &lines {
        assert_eq!(l["query_sha256"].as_str().unwrap().len(), 64);
        assert!(l["time"].as_str().unwrap().ends_with('Z'));
    }
    assert!(
        !log.contains(secret),
        "the audit log holds a digest, not the query"
    );
}

#[tokio::test]
async fn anonymous_checks_are_rate_limited_per_address() {
    let s = start(ServeLimits {
        anonymous_checks_per_minute: 2,
        ..ServeLimits::default()
    })
    .await;
    let refs = [("a.pdf", b"%PDF-1.4 not really".to_vec())];
    assert_eq!(check_as(&s, None, &refs).await.0, 200);
    assert_eq!(check_as(&s, None, &refs).await.0, 200);
    let (status, r) = check_as(&s, None, &refs).await;
    assert_eq!(status, 429);
    assert!(r["error"].as_str().unwrap().contains("秒"));
    // Staff are not limited.
    assert_eq!(check_as(&s, Some(&s.staff), &refs).await.0, 200);
}
