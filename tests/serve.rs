//! The HTTP API of `propscan serve`, against a server on a loopback port: health, rules,
//! check (folder files, a zip, bad files, names with ../), the limits (413 for too many files
//! or bytes, 504 over the time budget), search (GET, JSON, a file), pages, and that uploads
//! leave nothing behind.

use propscan::extract::Limits;
use propscan::index::ProjectIndex;
use propscan::profile::Profile;
use propscan::serve::{AppState, ServeLimits, router};
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
}

async fn start(limits: ServeLimits) -> Server {
    let uploads = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!(
        "uploads-{}-{}",
        std::process::id(),
        rand_suffix()
    ));
    std::fs::create_dir_all(&uploads).unwrap();
    let state = AppState::new(
        Profile::default_profile(),
        Some(index()),
        Limits::default(),
        ServeLimits {
            upload_dir: uploads.clone(),
            ..limits
        },
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        axum::serve(listener, router(state)).await.unwrap();
    });
    Server {
        base: format!("http://{addr}"),
        uploads,
    }
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
    let c = reqwest::Client::new();
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
