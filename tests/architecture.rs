//! The module order of DESIGN.md ("Modules, one way down"): a module may use only the modules
//! above it in [`ORDER`]. This test reads `src/` and fails on an import that points up the list
//! or closes a cycle, naming the file and the line.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Top-level modules, from the bottom (depends on nothing) to the top (cli).
const ORDER: &[&str] = &[
    "model", "text", "segment", "labels", "profile", "extract", "package", "fields", "index",
    "error", "rules", "report", "batch", "serve", "cli",
];

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The top-level module a file of `src/` belongs to.
fn module_of(src: &Path, file: &Path) -> Option<String> {
    let rel = file.strip_prefix(src).ok()?;
    let first = rel
        .components()
        .next()?
        .as_os_str()
        .to_string_lossy()
        .to_string();
    let name = first.trim_end_matches(".rs").to_string();
    (name != "lib" && name != "main").then_some(name)
}

/// Every `crate::NAME` a line names (in `use` lines, paths, and `use crate::{a, b}` groups).
fn crate_refs(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let code = line.split("//").next().unwrap_or("");
    let mut rest = code;
    while let Some(i) = rest.find("crate::") {
        let after = &rest[i + "crate::".len()..];
        if let Some(group) = after.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            for item in group[..end].split(',') {
                let name: String = item
                    .trim()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() {
                    out.push(name);
                }
            }
        } else {
            let name: String = after
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() {
                out.push(name);
            }
        }
        rest = &rest[i + "crate::".len()..];
    }
    out
}

#[test]
fn imports_only_point_down_the_module_order() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut all = Vec::new();
    files(&src, &mut all);
    all.sort();
    let rank: BTreeMap<&str, usize> = ORDER.iter().enumerate().map(|(i, m)| (*m, i)).collect();
    let mut bad = Vec::new();
    let mut seen_modules = std::collections::BTreeSet::new();
    for f in &all {
        let Some(m) = module_of(&src, f) else {
            continue;
        };
        seen_modules.insert(m.clone());
        let Some(&mine) = rank.get(m.as_str()) else {
            bad.push(format!("{}: module `{m}` is not in ORDER", f.display()));
            continue;
        };
        let text = std::fs::read_to_string(f).unwrap();
        // Test code may reach anywhere; the order is about the library.
        let lib = text.split("#[cfg(test)]").next().unwrap_or("");
        for (n, line) in lib.lines().enumerate() {
            for r in crate_refs(line) {
                if r == m || r == "self" {
                    continue;
                }
                match rank.get(r.as_str()) {
                    Some(&theirs) if theirs < mine => {}
                    Some(_) => bad.push(format!(
                        "{}:{}: `{m}` uses `{r}`, which is not above it: {}",
                        f.display(),
                        n + 1,
                        line.trim()
                    )),
                    // Items of the crate root (check, check_path, Checked): the pipeline, above all
                    // but batch, serve and cli.
                    None if ["batch", "serve", "cli"].contains(&m.as_str()) => {}
                    None => bad.push(format!(
                        "{}:{}: `{m}` uses the crate root's `{r}`",
                        f.display(),
                        n + 1
                    )),
                }
            }
        }
    }
    for m in ORDER {
        assert!(
            seen_modules.contains(*m),
            "ORDER names `{m}`, which src/ lacks"
        );
    }
    assert!(
        bad.is_empty(),
        "imports against the module order:\n{}",
        bad.join("\n")
    );
}

#[test]
fn the_scanner_sees_grouped_and_plain_paths() {
    assert_eq!(
        crate_refs("use crate::{model, text::squash};"),
        ["model", "text"]
    );
    assert_eq!(crate_refs("let x = crate::rules::check(a);"), ["rules"]);
    assert!(crate_refs("// crate::cli in a comment").is_empty());
}

#[test]
fn every_rule_has_a_file_named_after_its_code() {
    let rules = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/rules");
    let mut all = Vec::new();
    files(&rules, &mut all);
    let names: Vec<String> = all
        .iter()
        .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().to_string()))
        .collect();
    for r in propscan::rules::registry() {
        let prefix = format!("{}_", r.code.to_lowercase());
        let file = names.iter().find(|n| n.starts_with(&prefix));
        assert!(
            file.is_some(),
            "{} has no file {prefix}….rs under src/rules",
            r.code
        );
    }
}

#[test]
fn one_file_per_output_format() {
    let report = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/report");
    for f in ["text", "json", "csv", "xlsx", "docx", "html"] {
        assert!(
            report.join(format!("{f}.rs")).is_file(),
            "src/report/{f}.rs"
        );
    }
}

/// CI runs the README's test command: the command in README.md's "## Test" block is a line of
/// .ci/run, as written.
#[test]
fn ci_runs_the_readme_test_command() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let ci = std::fs::read_to_string(root.join(".ci/run")).unwrap();
    let after = readme
        .split("\n## Test\n")
        .nth(1)
        .expect("README has a ## Test section");
    let block = after
        .split("```sh\n")
        .nth(1)
        .expect("## Test has a sh block");
    let cmd = block.split("```").next().unwrap().trim();
    assert!(!cmd.is_empty());
    assert!(
        ci.lines().any(|l| l.trim() == cmd),
        ".ci/run does not run the README's test command `{cmd}`"
    );
}
