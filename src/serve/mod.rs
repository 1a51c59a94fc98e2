//! `propscan serve`: the upload page for applicants, the search page for reviewers, and the
//! JSON API (axum on tokio). Uploads go to a temporary directory that is removed when the
//! check ends; sizes, file counts, time and concurrency are limited; checks run on blocking
//! threads behind a panic guard, so bad input never takes the server down. Who may see what
//! is `access`: an applicant (no token) gets reports that quote no confidential project and no
//! search; reviewers search; staff get full reports. Every page carries security headers.

pub mod access;

use crate::extract::Limits;
use crate::index::{Probe, ProjectIndex};
use crate::model::Audience;
use crate::profile::Profile;
use crate::report::Report;
use access::{Access, Audit, RateLimit, Role, Who};
use axum::extract::{ConnectInfo, DefaultBodyLimit, Extension, Multipart, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::Deserialize;
use std::io::Write;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Semaphore;

const INDEX_HTML: &str = include_str!("assets/index.html");
const SEARCH_HTML: &str = include_str!("assets/search.html");
const APP_JS: &str = include_str!("assets/app.js");
const STYLE_CSS: &str = include_str!("assets/style.css");

/// Limits of the server.
#[derive(Debug, Clone)]
pub struct ServeLimits {
    /// Largest request body (all files of one upload).
    pub max_upload_bytes: usize,
    /// Most files in one upload.
    pub max_files: usize,
    /// Wall-clock budget of one check or search.
    pub time_budget: Duration,
    /// Checks running at once; more wait their turn.
    pub concurrent_checks: usize,
    /// Longest search text accepted.
    pub max_query_chars: usize,
    /// Where uploads are unpacked (each in its own directory, removed after the request).
    pub upload_dir: std::path::PathBuf,
    /// Anonymous checks a client address may start in a minute (0: no limit).
    pub anonymous_checks_per_minute: u32,
}

impl Default for ServeLimits {
    fn default() -> Self {
        ServeLimits {
            max_upload_bytes: 200 * 1024 * 1024,
            max_files: 200,
            time_budget: Duration::from_secs(120),
            concurrent_checks: std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(2),
            max_query_chars: 200_000,
            upload_dir: std::env::temp_dir(),
            anonymous_checks_per_minute: 30,
        }
    }
}

/// Who may do what, and the record of it.
#[derive(Default)]
pub struct Security {
    /// Tokens of reviewers and staff (none: applicants only).
    pub access: Access,
    /// The audit log (`--audit FILE`).
    pub audit: Option<Audit>,
}

pub struct AppState {
    pub profile: Profile,
    pub index: Option<Arc<ProjectIndex>>,
    pub limits: Limits,
    pub serve: ServeLimits,
    access: Access,
    audit: Audit,
    rate: RateLimit,
    checks: Semaphore,
}

impl AppState {
    /// A server for applicants only (no tokens, no audit log).
    pub fn new(
        profile: Profile,
        index: Option<Arc<ProjectIndex>>,
        limits: Limits,
        serve: ServeLimits,
    ) -> Arc<AppState> {
        AppState::secured(profile, index, limits, serve, Security::default())
    }

    pub fn secured(
        profile: Profile,
        index: Option<Arc<ProjectIndex>>,
        limits: Limits,
        serve: ServeLimits,
        security: Security,
    ) -> Arc<AppState> {
        let checks = Semaphore::new(serve.concurrent_checks.max(1));
        Arc::new(AppState {
            profile,
            index,
            limits,
            rate: RateLimit::new(serve.anonymous_checks_per_minute),
            serve,
            access: security.access,
            audit: security.audit.unwrap_or_else(Audit::none),
            checks,
        })
    }
}

/// An error as the API returns it: a status and a JSON body with a Chinese and an English
/// message.
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    zh: String,
    en: String,
}

impl ApiError {
    fn new(status: StatusCode, zh: impl Into<String>, en: impl Into<String>) -> ApiError {
        ApiError {
            status,
            zh: zh.into(),
            en: en.into(),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut r = (
            self.status,
            Json(serde_json::json!({"error": self.zh, "error_en": self.en, "status": self.status.as_u16()})),
        )
            .into_response();
        if self.status == StatusCode::UNAUTHORIZED {
            r.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                header::HeaderValue::from_static("Bearer realm=\"propscan\""),
            );
        }
        r
    }
}

fn unauthorized(zh: &str, en: &str) -> ApiError {
    ApiError::new(StatusCode::UNAUTHORIZED, zh, en)
}

/// Every request: who sends it (a wrong token is refused here, on every route), and the
/// security headers on every answer.
async fn guard(
    State(st): State<Arc<AppState>>,
    mut req: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let auth = req
        .headers()
        .get(header::AUTHORIZATION)
        .map(|v| v.to_str().unwrap_or("\u{0}"));
    let mut resp = match st.access.who(auth) {
        Some(who) => {
            req.extensions_mut().insert(who);
            next.run(req).await
        }
        None => unauthorized(
            "令牌无效：请检查令牌是否正确，或不带令牌以申报单位身份使用。",
            "Invalid token: check it, or send none to use the applicant's view.",
        )
        .into_response(),
    };
    let h = resp.headers_mut();
    for (k, v) in [
        (
            header::CONTENT_SECURITY_POLICY,
            "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
        ),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::X_FRAME_OPTIONS, "DENY"),
    ] {
        h.insert(k, header::HeaderValue::from_static(v));
    }
    resp
}

fn too_large(limits: &ServeLimits) -> ApiError {
    ApiError::new(
        StatusCode::PAYLOAD_TOO_LARGE,
        format!(
            "上传内容过大：一次最多 {} MB、{} 个文件。请分开上传或压缩图片。",
            limits.max_upload_bytes / (1024 * 1024),
            limits.max_files
        ),
        format!(
            "Upload too large: at most {} MB and {} files at once.",
            limits.max_upload_bytes / (1024 * 1024),
            limits.max_files
        ),
    )
}

/// The routes.
pub fn router(state: Arc<AppState>) -> Router {
    let body_limit = state.serve.max_upload_bytes;
    Router::new()
        .route("/", get(|| async { Html(INDEX_HTML) }))
        .route("/search", get(|| async { Html(SEARCH_HTML) }))
        .route(
            "/assets/app.js",
            get(|| async {
                (
                    [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
                    APP_JS,
                )
            }),
        )
        .route(
            "/assets/style.css",
            get(|| async {
                (
                    [(header::CONTENT_TYPE, "text/css; charset=utf-8")],
                    STYLE_CSS,
                )
            }),
        )
        .route("/healthz", get(|| async { "ok" }))
        .route("/api/rules", get(rules))
        .route("/api/check", axum::routing::post(check))
        .route("/api/search", get(search_get).post(search_post))
        .layer(DefaultBodyLimit::max(body_limit))
        .layer(axum::middleware::from_fn_with_state(state.clone(), guard))
        .with_state(state)
}

/// GET /api/rules: the catalogue with each rule's summary under the profile in force.
async fn rules(
    State(st): State<Arc<AppState>>,
    Query(params): Query<CheckParams>,
) -> Json<Vec<crate::rules::Described>> {
    let lang = if params.lang.as_deref() == Some("en") {
        crate::model::Lang::En
    } else {
        crate::model::Lang::Zh
    };
    Json(crate::rules::describe(&st.profile, lang))
}

/// A client-side file name made safe: its path inside the upload, never outside.
fn safe_upload_name(name: &str, n: usize) -> String {
    let s = crate::extract::archive::safe_name(name);
    if s.is_empty() { format!("file-{n}") } else { s }
}

/// Save the multipart files into `dir`; returns the saved relative paths.
async fn save_upload(
    mp: &mut Multipart,
    dir: &std::path::Path,
    limits: &ServeLimits,
) -> Result<(Vec<String>, String), ApiError> {
    use sha2::Digest;
    let mut digest = sha2::Sha256::new();
    let mut saved: Vec<String> = Vec::new();
    let mut total = 0usize;
    loop {
        let field = match mp.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => return Err(too_large(limits)),
            Err(e) => {
                return Err(ApiError::new(
                    StatusCode::BAD_REQUEST,
                    format!("上传内容无法读取：{}", e.body_text()),
                    format!("Bad upload: {}", e.body_text()),
                ));
            }
        };
        let Some(name) = field.file_name().map(str::to_string) else {
            continue; // not a file part
        };
        if saved.len() >= limits.max_files {
            return Err(too_large(limits));
        }
        let mut rel = safe_upload_name(&name, saved.len());
        // Two files of the same name keep both.
        while saved.contains(&rel) {
            rel = format!("{}-{rel}", saved.len());
        }
        let path = dir.join(&rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(internal)?;
        }
        let mut file = std::fs::File::create(&path).map_err(internal)?;
        let mut field = field;
        loop {
            match field.chunk().await {
                Ok(Some(bytes)) => {
                    total += bytes.len();
                    if total > limits.max_upload_bytes {
                        return Err(too_large(limits));
                    }
                    digest.update(&bytes);
                    file.write_all(&bytes).map_err(internal)?;
                }
                Ok(None) => break,
                Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                    return Err(too_large(limits));
                }
                Err(e) => {
                    return Err(ApiError::new(
                        StatusCode::BAD_REQUEST,
                        format!("上传中断：{}", e.body_text()),
                        format!("Upload interrupted: {}", e.body_text()),
                    ));
                }
            }
        }
        digest.update(rel.as_bytes());
        saved.push(rel);
    }
    if saved.is_empty() {
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "没有收到文件：请选择申报材料（PDF、DOCX 或 ZIP）。",
            "No file received: choose the application files (PDF, DOCX or ZIP).",
        ));
    }
    let d: [u8; 32] = digest.finalize().into();
    Ok((saved, d.iter().map(|b| format!("{b:02x}")).collect()))
}

fn internal(e: impl std::fmt::Display) -> ApiError {
    ApiError::new(
        StatusCode::INTERNAL_SERVER_ERROR,
        format!("服务器内部错误：{e}"),
        format!("Internal error: {e}"),
    )
}

fn over_time(limits: &ServeLimits) -> ApiError {
    ApiError::new(
        StatusCode::GATEWAY_TIMEOUT,
        format!(
            "检查超过 {} 秒仍未完成：请减少文件或分开检查。",
            limits.time_budget.as_secs()
        ),
        format!(
            "The check took longer than {} s: upload fewer files.",
            limits.time_budget.as_secs()
        ),
    )
}

#[derive(Deserialize, Default)]
struct CheckParams {
    lang: Option<String>,
}

/// POST /api/check (multipart, one or more files; a folder's files keep their relative
/// paths) → the propscan/report@1 JSON of one package.
async fn check(
    State(st): State<Arc<AppState>>,
    Extension(who): Extension<Who>,
    peer: Option<Extension<ConnectInfo<std::net::SocketAddr>>>,
    Query(params): Query<CheckParams>,
    mut mp: Multipart,
) -> Result<Json<Report>, ApiError> {
    if who.role == Role::Applicant
        && let Some(Extension(ConnectInfo(addr))) = peer
        && let Err(wait) = st.rate.allow(addr.ip())
    {
        return Err(ApiError::new(
            StatusCode::TOO_MANY_REQUESTS,
            format!("检查过于频繁：请 {wait} 秒后再试。"),
            format!("Too many checks from this address: try again in {wait} s."),
        ));
    }
    let dir = tempfile::Builder::new()
        .prefix("propscan-upload-")
        .tempdir_in(&st.serve.upload_dir)
        .map_err(internal)?;
    let (saved, digest) = save_upload(&mut mp, dir.path(), &st.serve).await?;
    let audience = if who.role == Role::Staff {
        Audience::Staff
    } else {
        Audience::Applicant
    };
    let _permit = st.checks.acquire().await.map_err(internal)?;
    let st2 = st.clone();
    // One uploaded file (a zip or a merged PDF) is the package; several files are a folder.
    let target = if saved.len() == 1 {
        dir.path().join(&saved[0])
    } else {
        dir.path().to_path_buf()
    };
    let shown = if saved.len() == 1 {
        saved[0].clone()
    } else {
        "上传的申报材料".to_string()
    };
    let job = tokio::task::spawn_blocking(move || {
        // The directory lives until the check is over, then is removed.
        let _dir = dir;
        let mut report = crate::check_as(
            &target,
            &st2.profile,
            &st2.limits,
            st2.index.as_deref(),
            audience,
        )
        .report;
        report.path = shown;
        let prefix = format!("{}/", target.display());
        for f in &mut report.findings {
            if let Some(l) = f.location.as_mut()
                && let Some(d) = l.document.as_mut()
            {
                if let Some(rest) = d.strip_prefix(&prefix) {
                    *d = rest.to_string();
                } else if d.starts_with(&*target.display().to_string()) {
                    *d = report.path.clone();
                }
            }
        }
        report
    });
    let report = match tokio::time::timeout(st.serve.time_budget, job).await {
        Err(_) => Err(over_time(&st.serve)),
        Ok(Err(e)) => Err(internal(e)),
        Ok(Ok(r)) => Ok(r),
    };
    if who.role == Role::Staff {
        let status = report
            .as_ref()
            .map(|_| 200)
            .unwrap_or_else(|e| e.status.as_u16());
        st.audit.record(&who, "/api/check", &digest, status);
    }
    let report = report?;
    let mut r = Report::new(&st.profile.id, vec![report], Vec::new());
    if params.lang.as_deref() == Some("en") {
        r.localize(crate::rules::Lang::En);
    }
    Ok(Json(r))
}

#[derive(Deserialize)]
struct SearchParams {
    q: Option<String>,
    text: Option<String>,
    top: Option<usize>,
}

/// Search is for reviewers and staff: an applicant (no token) is told so.
fn may_search(who: &Who) -> Result<(), ApiError> {
    if who.role.may_search() {
        Ok(())
    } else {
        Err(unauthorized(
            "检索在研和往年项目需要审核人员或管理人员的令牌（在研项目内容保密）：请在页面上填写令牌，或在请求头中发送 Authorization: Bearer 令牌。",
            "Searching ongoing and prior projects needs a reviewer's or staff token (their contents are confidential): send Authorization: Bearer TOKEN.",
        ))
    }
}

async fn search_get(
    State(st): State<Arc<AppState>>,
    Extension(who): Extension<Who>,
    Query(p): Query<SearchParams>,
) -> Result<Json<serde_json::Value>, ApiError> {
    may_search(&who)?;
    let text = p.q.or(p.text).unwrap_or_default();
    run_search(st, &who, Probe::text("", &text), p.top).await
}

/// POST /api/search: JSON {"text": …, "top": n}, or multipart with a file (PDF, DOCX, ZIP,
/// .txt) and optional "top".
async fn search_post(
    State(st): State<Arc<AppState>>,
    Extension(who): Extension<Who>,
    req: axum::extract::Request,
) -> Result<Json<serde_json::Value>, ApiError> {
    may_search(&who)?;
    let is_multipart = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/"));
    if !is_multipart {
        let Json(p) =
            <Json<SearchParamsBody> as axum::extract::FromRequest<_>>::from_request(req, &st)
                .await
                .map_err(|e: axum::extract::rejection::JsonRejection| {
                    ApiError::new(
                        StatusCode::BAD_REQUEST,
                        format!("请求应为 JSON {{\"text\": …}}：{}", e.body_text()),
                        format!("Expected JSON {{\"text\": …}}: {}", e.body_text()),
                    )
                })?;
        return run_search(st, &who, Probe::text("", &p.text), p.top).await;
    }
    let mut mp = <Multipart as axum::extract::FromRequest<_>>::from_request(req, &st)
        .await
        .map_err(|e: axum::extract::multipart::MultipartRejection| {
            ApiError::new(StatusCode::BAD_REQUEST, e.body_text(), e.body_text())
        })?;
    let dir = tempfile::Builder::new()
        .prefix("propscan-search-")
        .tempdir_in(&st.serve.upload_dir)
        .map_err(internal)?;
    let (saved, _) = save_upload(&mut mp, dir.path(), &st.serve).await?;
    let _permit = st.checks.acquire().await.map_err(internal)?;
    let limits = st.limits.clone();
    let target = if saved.len() == 1 {
        dir.path().join(&saved[0])
    } else {
        dir.path().to_path_buf()
    };
    let probe = tokio::task::spawn_blocking(move || {
        let _dir = dir;
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            crate::index::sources::probe_from_path(&target, &limits)
        }))
    });
    let probe = match tokio::time::timeout(st.serve.time_budget, probe).await {
        Err(_) => return Err(over_time(&st.serve)),
        Ok(Err(e)) => return Err(internal(e)),
        Ok(Ok(Err(_))) => return Err(internal("the file could not be read")),
        Ok(Ok(Ok(Err(e)))) => {
            return Err(ApiError::new(
                StatusCode::BAD_REQUEST,
                format!("上传的文件无法读取：{e}"),
                e.to_string(),
            ));
        }
        Ok(Ok(Ok(Ok(p)))) => p,
    };
    drop(_permit);
    run_search(st, &who, probe, None).await
}

#[derive(Deserialize)]
struct SearchParamsBody {
    text: String,
    top: Option<usize>,
}

async fn run_search(
    st: Arc<AppState>,
    who: &Who,
    probe: Probe,
    top: Option<usize>,
) -> Result<Json<serde_json::Value>, ApiError> {
    let digest = access::sha256_hex(format!("{}\n{}", probe.title, probe.text).as_bytes());
    let r = search_now(&st, probe, top).await;
    st.audit.record(
        who,
        "/api/search",
        &digest,
        r.as_ref()
            .map(|_| 200)
            .unwrap_or_else(|e| e.status.as_u16()),
    );
    r
}

async fn search_now(
    st: &Arc<AppState>,
    probe: Probe,
    top: Option<usize>,
) -> Result<Json<serde_json::Value>, ApiError> {
    if probe.text.trim().is_empty() && probe.title.trim().is_empty() {
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "请输入要检索的文本或上传文件。",
            "Give a text (q) or a file to search for.",
        ));
    }
    if probe.text.chars().count() > st.serve.max_query_chars {
        return Err(too_large(&st.serve));
    }
    let Some(index) = st.index.clone() else {
        return Err(ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "服务器未加载项目索引。",
            "No project index loaded.",
        ));
    };
    let top = top.unwrap_or(5).clamp(1, 50);
    let profile = st.profile.clone();
    let job = tokio::task::spawn_blocking(move || {
        crate::index::search_results(&index, &probe, top, &profile)
    });
    match tokio::time::timeout(st.serve.time_budget, job).await {
        Err(_) => Err(over_time(&st.serve)),
        Ok(Err(e)) => Err(internal(e)),
        Ok(Ok(r)) => Ok(Json(serde_json::to_value(r).map_err(internal)?)),
    }
}

/// Run the server until Ctrl-C.
pub fn serve(addr: &str, state: Arc<AppState>) -> std::io::Result<()> {
    // The client address is kept for the rate limit of anonymous checks.
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    rt.block_on(async move {
        let listener = tokio::net::TcpListener::bind(addr).await?;
        eprintln!(
            "propscan serve: http://{}/ (上传检查)  http://{}/search (相似项目检索)",
            listener.local_addr()?,
            listener.local_addr()?
        );
        axum::serve(
            listener,
            router(state).into_make_service_with_connect_info::<std::net::SocketAddr>(),
        )
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
    })
}
