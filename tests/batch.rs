//! `propscan batch`: the four outputs on the samples (XLSX read back, CSV, 附件2 DOCX converted
//! by LibreOffice, HTML parsed), the batch rules on a batch built to trigger them, stable order
//! whatever the number of jobs.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn tmp(name: &str) -> PathBuf {
    let d = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_propscan"))
        .args(args)
        .current_dir(root())
        .env(
            "PROPSCAN_CACHE_DIR",
            Path::new(env!("CARGO_TARGET_TMPDIR")).join("cache"),
        )
        .output()
        .expect("run propscan");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
    }
}

#[test]
fn samples_batch_writes_four_outputs_that_open() {
    let out = tmp("batch-out");
    let p = |n: &str| out.join(n).display().to_string();
    let (code, json, err) = run(&[
        "batch",
        "corpora/samples",
        "--xlsx",
        &p("b.xlsx"),
        "--csv",
        &p("b.csv"),
        "--summary-docx",
        &p("b.docx"),
        "--html",
        &p("b.html"),
        "--format",
        "json",
    ]);
    assert_eq!(code, 1, "the samples have errors: {err}");
    let r: Value = serde_json::from_str(&json).unwrap();
    let packages = r["packages"].as_array().unwrap();
    assert_eq!(packages.len(), 7);
    // The samples share their form's sentences, not their content: no D003.
    assert!(
        !r["batch_findings"].to_string().contains("D003"),
        "{}",
        r["batch_findings"]
    );
    let n_findings: usize = packages
        .iter()
        .map(|p| p["findings"].as_array().unwrap().len())
        .sum::<usize>()
        + r["batch_findings"].as_array().unwrap().len();

    // XLSX, read back.
    use calamine::{Reader, Xlsx, open_workbook};
    let mut wb: Xlsx<_> = open_workbook(out.join("b.xlsx")).unwrap();
    assert_eq!(
        wb.sheet_names(),
        vec!["汇总".to_string(), "问题清单".to_string()]
    );
    let summary = wb.worksheet_range("汇总").unwrap();
    assert_eq!(summary.height(), 1 + 7);
    let header: Vec<String> = summary
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    for col in [
        "指南代码",
        "项目名称",
        "申报单位",
        "项目负责人",
        "联系方式",
        "主管部门",
        "所在高新区",
        "错误",
        "警告",
        "最相近项目",
        "相似度",
    ] {
        assert!(
            header.contains(&col.to_string()),
            "{col} missing: {header:?}"
        );
    }
    let names: Vec<String> = summary.rows().skip(1).map(|r| r[1].to_string()).collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted, "packages in name order");
    let findings = wb.worksheet_range("问题清单").unwrap();
    assert_eq!(findings.height(), 1 + n_findings);

    // CSV: BOM, header, one line a finding.
    let csv = std::fs::read_to_string(out.join("b.csv")).unwrap();
    assert!(csv.starts_with('\u{feff}'));
    let mut rdr = csv::Reader::from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
    assert_eq!(rdr.headers().unwrap().get(1), Some("rule"));
    assert_eq!(rdr.records().count(), n_findings);

    // HTML: well-formed, an anchor per package, passages side by side.
    let html = std::fs::read_to_string(out.join("b.html")).unwrap();
    let body = html.trim_start_matches("<!DOCTYPE html>\n");
    let mut reader = quick_xml::Reader::from_str(body);
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Eof) => break,
            Ok(_) => {}
            Err(e) => panic!(
                "HTML is not well-formed at {}: {e}",
                reader.buffer_position()
            ),
        }
    }
    for i in 1..=7 {
        assert!(
            html.contains(&format!("id=\"p{i}\"")) && html.contains(&format!("href=\"#p{i}\""))
        );
    }
    assert!(html.contains("<th>申报书</th><th>相似项目</th>"));
    for external in ["<script", "<link", " src=", "url("] {
        assert!(!html.contains(external), "self-contained: no {external}");
    }

    // 附件2: LibreOffice opens it; the PDF it makes reads back with the title and the table.
    let status = Command::new("soffice")
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(&out)
        .arg(out.join("b.docx"))
        .output()
        .expect("LibreOffice (soffice) is needed for this test; .ci/run installs it");
    assert!(status.status.success());
    let (code, text, _) = run(&["extract", &p("b.pdf")]);
    assert_eq!(code, 0);
    assert!(
        text.contains("2022年苏州市产业前瞻与关键核心技术项目推荐汇总表"),
        "{text}"
    );
    assert!(
        text.contains(
            "序号\t指南代码\t项目名称\t申报单位\t项目负责人\t联系方式\t主管部门\t所在高新区\t备注"
        ),
        "{text}"
    );
    assert!(
        text.contains("高可靠车规级碳化硅功率模块驱动芯片研发"),
        "the clean sample is listed: {text}"
    );
    assert!(
        !text.contains("盐藻醛缩酶"),
        "a package with errors is not listed"
    );
    std::fs::remove_dir_all(&out).unwrap();
}

#[test]
fn batch_rules_fire_on_a_batch_built_to_trigger_them() {
    let dir = tmp("batch-rules");
    let clean = root().join("corpora/samples/01-clean-enterprise");
    copy_dir(&clean, &dir.join("a-first"));
    copy_dir(&clean, &dir.join("b-second"));
    std::fs::copy(
        root().join("corpora/samples/02-clean-university.zip"),
        dir.join("c-university.zip"),
    )
    .unwrap();
    // A profile whose 吴江区 quota is 1 (the clean sample's department is 吴江区's).
    let profile = std::fs::read_to_string(root().join("src/profile/suzhou-2022.toml"))
        .unwrap()
        .replace(
            "departments = [\"吴江区\"]\nlimit = 60",
            "departments = [\"吴江区\"]\nlimit = 1",
        );
    let pfile = dir.with_extension("toml");
    std::fs::write(&pfile, profile).unwrap();
    let (code, json, err) = run(&[
        "batch",
        dir.to_str().unwrap(),
        "--profile",
        pfile.to_str().unwrap(),
        "--format",
        "json",
        "--no-index",
    ]);
    assert_eq!(code, 1, "{err}");
    let r: Value = serde_json::from_str(&json).unwrap();
    let batch = r["batch_findings"].as_array().unwrap();
    let rule = |code: &str| {
        batch
            .iter()
            .find(|b| b["rule"] == code)
            .unwrap_or_else(|| panic!("{code} missing: {batch:?}"))
    };
    let d002 = rule("D002");
    assert_eq!(d002["severity"], "error");
    assert_eq!(d002["packages"].as_array().unwrap().len(), 2);
    let d003 = rule("D003");
    assert_eq!(d003["severity"], "warning");
    assert!(
        d003["evidence"].as_str().unwrap().starts_with("score 1.00"),
        "{d003}"
    );
    let q001 = rule("Q001");
    assert!(
        q001["message"].as_str().unwrap().contains("吴江区"),
        "{q001}"
    );
    // The university is in none of them.
    for b in batch {
        assert!(!b["packages"].to_string().contains("c-university"), "{b}");
    }
    std::fs::remove_dir_all(&dir).unwrap();
    std::fs::remove_file(&pfile).unwrap();
}

#[test]
fn order_is_stable_whatever_the_jobs() {
    let paths = |jobs: &str| -> Vec<String> {
        let (_, json, _) = run(&[
            "batch",
            "corpora/samples",
            "--format",
            "json",
            "--jobs",
            jobs,
            "--no-index",
        ]);
        let r: Value = serde_json::from_str(&json).unwrap();
        r["packages"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["path"].as_str().unwrap().to_string())
            .collect()
    };
    let one = paths("1");
    assert_eq!(one, paths("2"));
    let mut sorted = one.clone();
    sorted.sort();
    assert_eq!(one, sorted);
}

#[test]
fn a_batch_dir_that_is_not_a_folder_is_a_usage_error() {
    let (code, _, err) = run(&["batch", "README.md"]);
    assert_eq!(code, 2);
    assert!(err.contains("not a folder"));
}

#[test]
fn a_cluster_of_copies_is_found_and_not_taken_for_a_template() {
    let dir = tmp("batch-cluster");
    let clean = root().join("corpora/samples/01-clean-enterprise");
    for k in 0..7 {
        copy_dir(&clean, &dir.join(format!("copy-{k}")));
    }
    std::fs::copy(
        root().join("corpora/samples/02-clean-university.zip"),
        dir.join("z-university.zip"),
    )
    .unwrap();
    let (_, json, err) = run(&[
        "batch",
        dir.to_str().unwrap(),
        "--format",
        "json",
        "--no-index",
    ]);
    let r: Value = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}: {err}"));
    let d003 = r["batch_findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|b| b["rule"] == "D003")
        .count();
    assert_eq!(d003, 21, "every pair of the seven copies");
    std::fs::remove_dir_all(&dir).unwrap();
}
