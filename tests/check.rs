//! `propscan check` on the shipped samples (made by tests/packages/make_packages.py with python-docx
//! and LibreOffice) and on every extraction fixture: the report@1 JSON, the parts found, the
//! findings each sample was built to trigger, and nothing lost or crashed on bad input.

use propscan::extract::Limits;
use propscan::profile::Profile;
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_propscan"))
        .args(args)
        .current_dir(root())
        // The default index is built on first use into the cache directory: a test one.
        .env(
            "PROPSCAN_CACHE_DIR",
            std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("cache"),
        )
        .output()
        .expect("run propscan");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn rules_of(pkg: &Value) -> BTreeSet<String> {
    pkg["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap().to_string())
        .collect()
}

fn check_json(path: &str) -> Value {
    let (code, out, err) = run(&["check", path, "--format", "json"]);
    assert!(code == 0 || code == 1, "{path}: exit {code}: {err}");
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("{path}: {e}\n{out}"))
}

#[test]
fn samples_report_what_they_were_built_to_show() {
    let cases: &[(&str, &[&str], &[&str])] = &[
        // (sample, rules that must fire, rules that must not)
        (
            "corpora/samples/01-clean-enterprise",
            &["B004"],
            &[
                "A001", "A003", "A004", "A005", "A006", "E001", "E002", "T001", "T003", "T004",
            ],
        ),
        (
            "corpora/samples/02-clean-university.zip",
            &[],
            &["A002", "A008", "E002", "B003", "A006"],
        ),
        (
            "corpora/samples/03-title-budget-period-mistakes",
            &["T003", "T004", "B002", "P001", "A001", "E005"],
            &["A004", "A005"],
        ),
        (
            "corpora/samples/04-merged-out-of-order.pdf",
            &["A007", "A006"],
            &["A001", "A004", "A005"],
        ),
        (
            "corpora/samples/05-damaged-files.zip",
            &["F001", "F003", "F004"],
            &["A001", "A004", "A005", "F005"],
        ),
        (
            "corpora/samples/06-university-nonlocal-partner",
            &["A002", "A008", "G002"],
            &["A004", "A005", "E002"],
        ),
    ];
    for (path, must, must_not) in cases {
        let r = check_json(path);
        assert_eq!(r["schema"], "propscan/report@1");
        assert_eq!(r["profile"], "suzhou-2022");
        let pkg = &r["packages"][0];
        let got = rules_of(pkg);
        for m in *must {
            assert!(got.contains(*m), "{path}: {m} missing from {got:?}");
        }
        for m in *must_not {
            assert!(!got.contains(*m), "{path}: unexpected {m} in {got:?}");
        }
        // Every finding carries evidence or a location, and a message.
        for f in pkg["findings"].as_array().unwrap() {
            assert!(!f["message"].as_str().unwrap().is_empty());
            assert!(f["location"].is_object(), "{path}: {f}");
        }
        // The report's keys are the contract's.
        for k in ["path", "fields", "documents", "findings", "similar"] {
            assert!(pkg.get(k).is_some(), "{path}: no {k}");
        }
        for k in ["packages", "errors", "warnings", "infos"] {
            assert!(r["summary"].get(k).is_some());
        }
    }
}

#[test]
fn merged_pdf_is_split_into_parts_by_page() {
    let r = check_json("corpora/samples/04-merged-out-of-order.pdf");
    let parts: Vec<&str> = r["packages"][0]["documents"][0]["parts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap())
        .collect();
    assert_eq!(
        parts,
        [
            "info_table",
            "application",
            "commitment",
            "qualification",
            "labor_contract"
        ]
    );
    let a007 = r["packages"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "A007")
        .unwrap();
    assert!(a007["location"]["page"].as_u64().is_some(), "{a007}");
}

#[test]
fn fields_of_the_clean_sample() {
    let r = check_json("corpora/samples/01-clean-enterprise");
    let f = &r["packages"][0]["fields"];
    assert_eq!(f["project_name"], "高可靠车规级碳化硅功率模块驱动芯片研发");
    assert_eq!(f["applicant_type"], "enterprise");
    assert!(f["credit_code"].as_str().unwrap().starts_with("913205"));
    assert!(f["start"].as_str().unwrap().starts_with("2022-"));
    assert!(f["municipal_funding_wan"].as_f64().unwrap() > 0.0);
    assert_eq!(f["partners"], Value::Array(vec![]));
}

#[test]
fn text_report_groups_by_severity_and_speaks_english_on_request() {
    let (code, out, _) = run(&["check", "corpora/samples/03-title-budget-period-mistakes"]);
    assert_eq!(code, 1, "errors give exit 1");
    let e = out.find("错误 (").expect("error group");
    let w = out.find("警告 (").expect("warning group");
    assert!(e < w, "errors before warnings");
    assert!(out.contains("依据:") && out.contains("位置:"));
    let (_, en, _) = run(&[
        "check",
        "corpora/samples/03-title-budget-period-mistakes",
        "--lang",
        "en",
    ]);
    assert!(en.contains("evidence:") && en.contains("above the enterprise limit"));
    // A clean package (warnings at most) exits 0; --fail-on warning makes it 1 when warnings exist.
    let (code, _, _) = run(&["check", "corpora/samples/02-clean-university.zip"]);
    assert_eq!(code, 0);
}

#[test]
fn missing_package_path_is_a_usage_error() {
    let (code, _, err) = run(&["check", "no/such/package"]);
    assert_eq!(code, 2);
    assert!(err.contains("no such file"));
}

#[test]
fn every_fixture_checks_as_a_package_and_is_listed() {
    let profile = Profile::default_profile();
    let limits = Limits::default();
    let mut n = 0;
    for sub in ["real", "gen", "bad"] {
        let dir = root().join("tests/fixtures").join(sub);
        let mut entries: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| {
                let n = p.to_string_lossy();
                !(n.ends_with(".txt") || n.ends_with(".md"))
            })
            .collect();
        entries.sort();
        for p in entries {
            let r = propscan::check_path(&p, &profile, &limits, None);
            assert!(!r.documents.is_empty(), "{}: no documents", p.display());
            assert!(
                !r.findings.is_empty(),
                "{}: a lone file is never a complete package",
                p.display()
            );
            n += 1;
        }
    }
    assert!(n >= 30, "only {n} fixtures");
}

#[test]
fn bad_files_in_a_package_do_not_stop_the_other_checks() {
    let tmp = std::env::temp_dir().join(format!("propscan-check-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    std::fs::create_dir_all(&tmp).unwrap();
    let src = root().join("corpora/samples/01-clean-enterprise");
    for e in std::fs::read_dir(&src).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), tmp.join(e.file_name())).unwrap();
    }
    for bad in [
        "corrupt.pdf",
        "encrypted.pdf",
        "empty.pdf",
        "renamed_doc.docx",
        "scanned.pdf",
    ] {
        std::fs::copy(root().join("tests/fixtures/bad").join(bad), tmp.join(bad)).unwrap();
    }
    let r = propscan::check_path(&tmp, &Profile::default_profile(), &Limits::default(), None);
    let rules: BTreeSet<&str> = r.findings.iter().map(|f| f.rule).collect();
    for want in ["F001", "F002", "F003", "F004"] {
        assert!(rules.contains(want), "{want} missing: {rules:?}");
    }
    // The good documents were still read and checked: the clean sample's fields are there.
    assert!(r.fields.project_name.is_some());
    assert!(!rules.contains("A004") && !rules.contains("A005"));
    assert_eq!(r.documents.len(), 6 + 5, "every file listed");
    std::fs::remove_dir_all(&tmp).unwrap();
}

#[test]
fn empty_package_is_f005() {
    let tmp = std::env::temp_dir().join(format!("propscan-empty-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).unwrap();
    let r = propscan::check_path(
        Path::new(&tmp),
        &Profile::default_profile(),
        &Limits::default(),
        None,
    );
    assert_eq!(r.findings.len(), 1);
    assert_eq!(r.findings[0].rule, "F005");
    std::fs::remove_dir_all(&tmp).unwrap();
}

/// An archive with nothing in it and an e-mail with no attachment each keep their line in the
/// report, with an F001 that says they hold no files, beside the documents read.
#[test]
fn archives_and_e_mails_holding_no_files_are_listed() {
    let tmp = std::env::temp_dir().join(format!("propscan-hollow-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).unwrap();
    std::fs::write(
        tmp.join("空.zip"),
        b"PK\x05\x06\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0",
    )
    .unwrap();
    std::fs::write(
        tmp.join("申报材料.eml"),
        "From: a@example.cn\r\nTo: b@example.cn\r\nSubject: hi\r\n\
         Content-Type: multipart/mixed; boundary=\"x\"\r\n\r\n--x\r\n\
         Content-Type: text/plain\r\n\r\n附件见后。\r\n--x--\r\n",
    )
    .unwrap();
    std::fs::copy(
        root().join("tests/fixtures/gen/package_gbk.zip"),
        tmp.join("材料.zip"),
    )
    .unwrap();
    let r = propscan::check_path(
        Path::new(&tmp),
        &Profile::default_profile(),
        &Limits::default(),
        None,
    );
    for name in ["空.zip", "申报材料.eml"] {
        assert!(
            r.documents.iter().any(|d| d.path == name),
            "{name} listed: {:?}",
            r.documents.iter().map(|d| &d.path).collect::<Vec<_>>()
        );
        assert!(
            r.findings.iter().any(|f| f.rule == "F001"
                && f.evidence.contains("holds no files")
                && f.location.as_ref().and_then(|l| l.document.as_deref()) == Some(name)),
            "{name}"
        );
    }
    assert!(r.documents.iter().any(|d| d.path.starts_with("材料.zip/")));
    std::fs::remove_dir_all(&tmp).unwrap();
}

#[test]
fn zip_package_with_gbk_names_and_escaping_entries() {
    let r = check_json("tests/fixtures/gen/package_gbk.zip");
    let pkg = &r["packages"][0];
    let docs: Vec<&str> = pkg["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["path"].as_str().unwrap())
        .collect();
    assert!(docs.contains(&"苏州芯创/项目信息表.docx"), "{docs:?}");
    assert!(
        docs.iter()
            .all(|d| !d.contains("..") && !d.starts_with('/'))
    );
    let escapes = pkg["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "F001" && f["evidence"].as_str().unwrap().contains("escape"))
        .count();
    assert_eq!(escapes, 1, "the ../ entry is reported");
    // The zip holds .docx entries but is not itself a .docx.
    assert_eq!(pkg["fields"]["guide_code"], "210103");
}

#[test]
fn clean_samples_have_no_duplicate_findings_and_the_resubmission_shows_passages() {
    for clean in [
        "corpora/samples/01-clean-enterprise",
        "corpora/samples/02-clean-university.zip",
    ] {
        let r = check_json(clean);
        let got = rules_of(&r["packages"][0]);
        assert!(
            !got.contains("D001") && !got.contains("E004"),
            "{clean}: {got:?}"
        );
    }
    let r = check_json("corpora/samples/07-resubmitted-ongoing-project");
    let similar = r["packages"][0]["similar"].as_array().unwrap();
    assert!(!similar.is_empty());
    let top = &similar[0];
    assert!(top["score"].as_f64().unwrap() >= 0.8, "{top}");
    for k in ["id", "title", "unit", "program", "score", "passages"] {
        assert!(top.get(k).is_some(), "similar needs {k}");
    }
    let p = &top["passages"][0];
    assert!(
        !p["proposal"].as_str().unwrap().is_empty() && !p["project"].as_str().unwrap().is_empty()
    );
}

#[test]
fn search_finds_the_ongoing_project_behind_a_resubmission() {
    let (code, out, err) = run(&[
        "search",
        "--file",
        "corpora/samples/07-resubmitted-ongoing-project",
        "--format",
        "json",
        "--top",
        "3",
    ]);
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert!(v["query"].as_str().is_some());
    let first = &v["results"][0];
    assert!(first["id"].as_str().unwrap().starts_with("SZ"), "{first}");
    assert!(first["score"].as_f64().unwrap() >= 0.8);
    assert!(v["results"].as_array().unwrap().len() <= 3);
}

#[test]
fn index_built_from_a_folder_of_proposals_finds_them() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("idx-folder-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let d = dir.display().to_string();
    let (code, out, err) = run(&[
        "index",
        "build",
        "corpora/samples",
        "--index",
        &d,
        "--program",
        "往年申报",
        "--status",
        "ongoing",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("7 projects"), "{out}");
    let (code, out, _) = run(&["index", "stats", "--index", &d, "--format", "json"]);
    assert_eq!(code, 0);
    let st: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(st["projects"], 7);
    // The merged sample's application, searched against an index of the samples, finds itself.
    let (code, out, _) = run(&[
        "search",
        "--file",
        "corpora/samples/04-merged-out-of-order.pdf",
        "--index",
        &d,
        "--format",
        "json",
    ]);
    assert_eq!(code, 0);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["results"][0]["id"], "04-merged-out-of-order");
    assert!(v["results"][0]["score"].as_f64().unwrap() > 0.9);
    // Building again over the index replaces it; over a folder that is not an index, never.
    let (code, _, err) = run(&["index", "build", "corpora/samples", "--index", &d]);
    assert_eq!(code, 0, "{err}");
    let other = dir.with_extension("not-an-index");
    std::fs::create_dir_all(&other).unwrap();
    std::fs::write(other.join("keep.txt"), "mine").unwrap();
    let (code, _, err) = run(&[
        "index",
        "build",
        "corpora/samples",
        "--index",
        other.to_str().unwrap(),
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("not a propscan index"), "{err}");
    assert!(other.join("keep.txt").exists(), "nothing deleted");
    std::fs::remove_dir_all(&other).unwrap();
    // A bad source is an error naming it, exit 2.
    let (code, _, err) = run(&["index", "build", "README.md", "--index", &d]);
    assert_eq!(code, 2);
    assert!(err.contains("README.md"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_package_over_its_time_budget_reports_the_files_it_did_not_read() {
    let limits = Limits {
        package_time_budget: std::time::Duration::ZERO,
        ..Limits::default()
    };
    let r = propscan::check_path(
        &root().join("corpora/samples/01-clean-enterprise"),
        &Profile::default_profile(),
        &limits,
        None,
    );
    assert_eq!(r.documents.len(), 6, "every file still listed");
    let f001 = r.findings.iter().filter(|f| f.rule == "F001").count();
    assert_eq!(f001, 6, "{:?}", r.findings);
}

#[test]
fn images_are_attachments_classified_by_name() {
    let tmp = std::env::temp_dir().join(format!("propscan-images-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    std::fs::create_dir_all(&tmp).unwrap();
    for e in std::fs::read_dir(root().join("corpora/samples/01-clean-enterprise")).unwrap() {
        let e = e.unwrap();
        let name = e.file_name().to_string_lossy().into_owned();
        // The commitment and the certificate come as photographs instead.
        if name.contains("承诺") || name.contains("证书") {
            continue;
        }
        std::fs::copy(e.path(), tmp.join(&name)).unwrap();
    }
    // Real photographs that show no text (a blank sheet): decodable, OCR finds nothing.
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 80)
        .encode_image(&image::GrayImage::from_pixel(
            1240,
            1754,
            image::Luma([250]),
        ))
        .unwrap();
    std::fs::write(tmp.join("信用承诺书.jpg"), &jpeg).unwrap();
    std::fs::write(tmp.join("高新技术企业证书.jpg"), &jpeg).unwrap();
    let r = propscan::check_path(&tmp, &Profile::default_profile(), &Limits::default(), None);
    let rules: BTreeSet<&str> = r.findings.iter().map(|f| f.rule).collect();
    assert!(
        !rules.contains("A001") && !rules.contains("A003"),
        "{rules:?}"
    );
    assert!(!rules.contains("F004"), "images are accepted: {rules:?}");
    assert!(!rules.contains("F001"), "images are read: {rules:?}");
    let f003: Vec<String> = r
        .findings
        .iter()
        .filter(|f| f.rule == "F003")
        .filter_map(|f| f.location.as_ref().and_then(|l| l.document.clone()))
        .collect();
    assert!(
        f003.contains(&"信用承诺书.jpg".to_string()),
        "the commitment's content could not be read: {f003:?}"
    );
    let kinds: Vec<_> = r
        .documents
        .iter()
        .filter(|d| d.format == "jpeg")
        .map(|d| d.parts.clone())
        .collect();
    assert_eq!(kinds.len(), 2);
    std::fs::remove_dir_all(&tmp).unwrap();
}
