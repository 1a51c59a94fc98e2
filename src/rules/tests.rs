//! Rule tests on packages built in memory: each part a document of paragraphs and table cells,
//! so every rule family can be driven to fire and to stay quiet without a generator.

use super::*;
use crate::extract::{BlockKind, Document, Format};
use crate::package::{Package, PackageDoc, Part, PartKind};

/// A document of one part: cells for "label|value" rows, paragraphs for other lines.
pub(super) fn part(kind: PartKind, name: &str, lines: &[&str]) -> PackageDoc {
    let mut d = Document::new(name, Format::Docx);
    let mut row = 0;
    for l in lines {
        if let Some((a, b)) = l.split_once('|') {
            d.push_block(
                BlockKind::Cell {
                    table: 0,
                    row,
                    col: 0,
                },
                a,
                None,
            );
            d.push_block(
                BlockKind::Cell {
                    table: 0,
                    row,
                    col: 1,
                },
                b,
                None,
            );
            row += 1;
        } else {
            d.push_block(BlockKind::Paragraph, l, None);
        }
    }
    let n = d.blocks.len();
    PackageDoc {
        path: name.into(),
        format: "docx".into(),
        doc: Some(d),
        error: None,
        parts: vec![Part {
            kind,
            blocks: 0..n,
            first_page: None,
            last_page: None,
            by_name: false,
        }],
        renamed_from: None,
    }
}

pub(super) const GOOD_CODE: &str = "91320594MA1MXXXX3C";

pub(super) fn info(extra: &[&str]) -> PackageDoc {
    let mut lines = vec![
        "项目名称|高精度伺服驱动器研发",
        "指南代码|210902",
        "申报单位|苏州汇川技术有限公司",
        "统一社会信用代码|91320594MA1MXXXX3C",
        "单位性质|企业",
        "企业资质|高新技术企业",
        "项目负责人|王晓明",
        "联系电话|13912345678",
        "主管部门|苏州工业园区科技和信息化局",
        "所在高新区|苏州工业园区",
        "实施期限|2022年7月至2025年6月",
        "项目总投入（万元）|300",
        "申请市拨经费（万元）|60",
    ];
    // Later rows replace earlier ones with the same label.
    for e in extra {
        let label = e.split('|').next().unwrap_or("");
        lines.retain(|l| !l.starts_with(&format!("{label}|")));
        lines.push(e);
    }
    part(PartKind::InfoTable, "信息表.docx", &lines)
}

pub(super) fn application(body: &[&str]) -> PackageDoc {
    let mut lines = vec![
        "一、立项依据",
        "面向高端装备的高精度伺服控制需求，研究多关节工业机器人伺服控制器的关键技术。",
    ];
    lines.extend_from_slice(body);
    part(PartKind::Application, "申报书.pdf", &lines)
}

pub(super) const TARGETS_OK: &str = "四、考核指标";
pub(super) const TARGETS_TEXT: &str = "申请发明专利3项，研制样机2台套。";

pub(super) fn package(docs: Vec<PackageDoc>) -> Package {
    Package {
        path: "pkg".into(),
        docs,
    }
}

pub(super) fn full(info_extra: &[&str], body: &[&str]) -> Package {
    package(vec![
        part(
            PartKind::Cover,
            "封面.docx",
            &[
                "项目名称：高精度伺服驱动器研发",
                "申报单位：苏州汇川技术有限公司",
            ],
        ),
        info(info_extra),
        part(
            PartKind::Commitment,
            "承诺书.pdf",
            &["信用承诺书", "本单位承诺。"],
        ),
        application(body),
        part(PartKind::LaborContract, "劳动合同.pdf", &["劳动合同"]),
    ])
}

fn fired(p: &Package) -> Vec<&'static str> {
    let profile = Profile::default_profile();
    let mut v: Vec<&str> = check_package(p, &profile, None)
        .findings
        .iter()
        .map(|f| f.rule)
        .collect();
    v.sort_unstable();
    v.dedup();
    v
}

#[test]
fn a_clean_package_has_only_the_staged_payment_fact() {
    let p = full(&[], &[TARGETS_OK, TARGETS_TEXT]);
    assert_eq!(fired(&p), vec!["B004"], "{:?}", fired(&p));
    assert!(credit_ok());
}

fn credit_ok() -> bool {
    eligibility::credit_code_problem(GOOD_CODE).is_none()
}

#[test]
fn scope_rules_read_the_application() {
    let mass = full(
        &[],
        &[
            TARGETS_OK,
            TARGETS_TEXT,
            "项目建成后新建生产线，实现规模化量产。",
        ],
    );
    assert!(fired(&mass).contains(&"S001"));
    let promo = package(vec![
        info(&[]),
        part(
            PartKind::Application,
            "申报书.pdf",
            &[
                "一、项目内容",
                "本项目在全市推广应用智能电表，覆盖十万用户。",
                "四、考核指标",
                "申请发明专利1项，完成系统部署。",
            ],
        ),
    ]);
    assert!(fired(&promo).contains(&"S002"), "{:?}", fired(&promo));
    let special = full(
        &[],
        &[TARGETS_OK, TARGETS_TEXT, "面向危险化学品仓储开展在线监测。"],
    );
    assert!(fired(&special).contains(&"E006"));
    let licensed = full(
        &[],
        &[
            TARGETS_OK,
            TARGETS_TEXT,
            "面向危险化学品仓储开展在线监测，企业持有安全生产许可证。",
        ],
    );
    assert!(!fired(&licensed).contains(&"E006"));
}

#[test]
fn deliverable_rules_read_the_targets_section() {
    let no_patent = full(&[], &[TARGETS_OK, "申请实用新型专利2项，研制样机2台套。"]);
    let f = fired(&no_patent);
    assert!(f.contains(&"G004") && !f.contains(&"G005"), "{f:?}");
    let no_prototype = full(&[], &[TARGETS_OK, "申请发明专利3项。"]);
    assert!(fired(&no_prototype).contains(&"G005"));
    let materials = full(
        &["指南代码|210601"],
        &[TARGETS_OK, "申请发明专利3项，研制样机2台套。"],
    );
    assert!(fired(&materials).contains(&"G005"), "先进材料 needs 小试");
    let directed = full(&["指南代码|210802"], &[TARGETS_OK, "申请发明专利3项。"]);
    let f = fired(&directed);
    assert!(f.contains(&"G002") && !f.contains(&"G005"), "{f:?}");
}

#[test]
fn budget_period_and_guide_rules() {
    let f = fired(&full(
        &["申请市拨经费（万元）|120", "项目总投入（万元）|600"],
        &[TARGETS_OK, TARGETS_TEXT],
    ));
    assert!(f.contains(&"B001") && !f.contains(&"B004"));
    let f = fired(&full(
        &["申请市拨经费（万元）|100", "项目总投入（万元）|200"],
        &[TARGETS_OK, TARGETS_TEXT],
    ));
    assert!(f.contains(&"B002"));
    let f = fired(&full(
        &["项目总投入（万元）|待定"],
        &[TARGETS_OK, TARGETS_TEXT],
    ));
    assert!(f.contains(&"B005"));
    let f = fired(&full(
        &["实施期限|2022年7月至2025年12月"],
        &[TARGETS_OK, TARGETS_TEXT],
    ));
    assert!(f.contains(&"P001"));
    let f = fired(&full(
        &["实施期限|2025年6月至2022年7月"],
        &[TARGETS_OK, TARGETS_TEXT],
    ));
    assert!(f.contains(&"P003"));
    // A period given as a start and a duration that came out negative: the error quotes both.
    let p = full(
        &["实施期限|", "计划开始时间|2024年6月", "实施周期（月）|-22"],
        &[TARGETS_OK, TARGETS_TEXT],
    );
    let report = check_package(&p, &Profile::default_profile(), None);
    let p003 = report
        .findings
        .iter()
        .find(|f| f.rule == "P003")
        .expect("P003");
    assert!(
        p003.evidence.contains("2024年6月") && p003.evidence.contains("-22"),
        "{}",
        p003.evidence
    );
    let f = fired(&full(&["实施期限|三年"], &[TARGETS_OK, TARGETS_TEXT]));
    assert!(f.contains(&"P002"));
    let f = fired(&full(&["指南代码|210802"], &[TARGETS_OK, TARGETS_TEXT]));
    assert!(f.contains(&"G002"));
    let f = fired(&full(&["指南代码|219999"], &[TARGETS_OK, TARGETS_TEXT]));
    assert!(f.contains(&"G001"));
    // Any text where the code should be: G001, never a panic.
    for v in ["无无", "待定（见附件）", "2109", "２１０１０１"] {
        let f = fired(&full(
            &[&format!("指南代码|{v}")],
            &[TARGETS_OK, TARGETS_TEXT],
        ));
        assert!(f.contains(&"G001") || v == "２１０１０１", "{v}: {f:?}");
    }
}

#[test]
fn eligibility_rules() {
    let f = fired(&full(
        &["统一社会信用代码|91320594MA1MXXXX3K"],
        &[TARGETS_OK, TARGETS_TEXT],
    ));
    assert!(f.contains(&"E001"));
    // A valid Shanghai code.
    let f = fired(&full(
        &["统一社会信用代码|91310000132214584L"],
        &[TARGETS_OK, TARGETS_TEXT],
    ));
    assert!(eligibility::credit_code_problem("91310000132214584L").is_none());
    assert!(f.contains(&"E002"), "{f:?}");
    // 昆山 enterprise outside a listed zone; then inside one.
    let f = fired(&full(
        &["申报单位|昆山汇川技术有限公司", "所在高新区|无"],
        &[TARGETS_OK, TARGETS_TEXT],
    ));
    assert!(f.contains(&"E003"));
    let f = fired(&full(
        &[
            "申报单位|昆山汇川技术有限公司",
            "所在高新区|昆山高新技术产业开发区",
        ],
        &[TARGETS_OK, TARGETS_TEXT],
    ));
    assert!(!f.contains(&"E003"), "{f:?}");
    // No labour contract.
    let mut p = full(&[], &[TARGETS_OK, TARGETS_TEXT]);
    p.docs.retain(|d| d.path != "劳动合同.pdf");
    assert!(fired(&p).contains(&"E005"));
}

#[test]
fn part_rules_and_t007() {
    let f = fired(&full(&["企业资质|/"], &[TARGETS_OK, TARGETS_TEXT]));
    assert!(f.contains(&"A003"), "undeclared status");
    let f = fired(&full(
        &["企业资质|/"],
        &[TARGETS_OK, TARGETS_TEXT, "公司是国家高新技术企业。"],
    ));
    assert!(!f.contains(&"A003"), "stated in the application");
    let f = fired(&full(
        &["企业资质|/"],
        &[TARGETS_OK, TARGETS_TEXT, "公司正在申请高新技术企业。"],
    ));
    assert!(f.contains(&"A003"), "applying is not being");
    let uni = &[
        "申报单位|苏州大学",
        "单位性质|高等院校",
        "合作单位|上海某某科技有限公司",
    ];
    let f = fired(&full(uni, &[TARGETS_OK, TARGETS_TEXT]));
    assert!(f.contains(&"A002") && f.contains(&"A008"), "{f:?}");
    let local = &[
        "申报单位|苏州大学",
        "单位性质|高等院校",
        "合作单位|苏州某某科技有限公司",
    ];
    let mut p = full(local, &[TARGETS_OK, TARGETS_TEXT]);
    p.docs.push(part(
        PartKind::CooperationAgreement,
        "合作协议.pdf",
        &["合作协议"],
    ));
    let f = fired(&p);
    assert!(
        !f.contains(&"A002") && !f.contains(&"A008") && !f.contains(&"B003"),
        "{f:?}"
    );
    let f = fired(&full(
        &[
            "申报单位|苏州大学",
            "单位性质|高等院校",
            "申请市拨经费（万元）|100",
            "项目总投入（万元）|150",
        ],
        &[TARGETS_OK, TARGETS_TEXT],
    ));
    assert!(f.contains(&"B003"));
    // Missing parts.
    let p = package(vec![info(&[]), application(&[TARGETS_OK, TARGETS_TEXT])]);
    let f = fired(&p);
    for code in ["A001", "A006", "E005"] {
        assert!(f.contains(&code), "{code} {f:?}");
    }
    let p = package(vec![application(&[TARGETS_OK, TARGETS_TEXT])]);
    assert!(fired(&p).contains(&"A004"));
    let p = package(vec![info(&[])]);
    assert!(fired(&p).contains(&"A005"));
    // The cover names the project differently.
    let mut p = full(&[], &[TARGETS_OK, TARGETS_TEXT]);
    p.docs[0] = part(
        PartKind::Cover,
        "封面.docx",
        &["项目名称：高精度伺服驱动系统研发"],
    );
    assert!(fired(&p).contains(&"T007"));
}

/// Without an information table, the cooperation agreement's enterprise party stands for the
/// partner: named for another city, an error quoting its line; named for the province or
/// no place, a warning; named for a local place, nothing.
#[test]
fn a008_reads_the_agreement_s_parties_when_the_information_table_is_missing() {
    let severity_of = |partner: &str| {
        let mut p = full(&[], &[TARGETS_OK, TARGETS_TEXT]);
        p.docs.retain(|d| d.path != "信息表.docx");
        p.docs[0] = part(
            PartKind::Cover,
            "封面.docx",
            &["项目名称：高精度伺服驱动器研发", "申报单位：苏州大学"],
        );
        let line = format!("乙方：{partner}");
        p.docs.push(part(
            PartKind::CooperationAgreement,
            "合作协议.pdf",
            &[
                "合作协议",
                "甲方：苏州大学",
                &line,
                "甲方（盖章）：      乙方（盖章）：",
            ],
        ));
        let profile = Profile::default_profile();
        let report = check_package(&p, &profile, None);
        assert!(report.findings.iter().any(|f| f.rule == "A004"));
        report
            .findings
            .iter()
            .find(|f| f.rule == "A008")
            .map(|f| (f.severity, f.evidence.clone()))
    };
    let (severity, evidence) = severity_of("东莞某某科技有限公司").expect("A008");
    assert_eq!(severity, crate::model::Severity::Error);
    assert_eq!(evidence, "乙方：东莞某某科技有限公司");
    let (severity, _) = severity_of("江苏某某科技有限公司").expect("A008");
    assert_eq!(severity, crate::model::Severity::Warning);
    assert_eq!(severity_of("苏州某某科技有限公司"), None);
    // A second agreement with a local partner: nothing.
    let mut p = full(&[], &[TARGETS_OK, TARGETS_TEXT]);
    p.docs.retain(|d| d.path != "信息表.docx");
    for (file, partner) in [
        ("协议1.pdf", "东莞某某科技有限公司"),
        ("协议2.pdf", "苏州某某科技有限公司"),
    ] {
        let line = format!("乙方：{partner}");
        p.docs.push(part(
            PartKind::CooperationAgreement,
            file,
            &["合作协议", "甲方：苏州大学", &line],
        ));
    }
    p.docs[0] = part(
        PartKind::Cover,
        "封面.docx",
        &["项目名称：高精度伺服驱动器研发", "申报单位：苏州大学"],
    );
    assert!(!fired(&p).contains(&"A008"));
}

#[test]
fn parts_out_of_order_in_one_file() {
    let mut d = Document::new("合并.pdf", Format::Pdf);
    for (i, t) in ["项目申报书", "一、立项依据", "信用承诺书"]
        .iter()
        .enumerate()
    {
        d.push_block(BlockKind::Paragraph, t, Some(i as u32 + 1));
    }
    let doc = PackageDoc {
        path: "合并.pdf".into(),
        format: "pdf".into(),
        doc: Some(d),
        error: None,
        parts: vec![
            Part {
                kind: PartKind::Application,
                blocks: 0..2,
                first_page: Some(1),
                last_page: Some(2),
                by_name: false,
            },
            Part {
                kind: PartKind::Commitment,
                blocks: 2..3,
                first_page: Some(3),
                last_page: Some(3),
                by_name: false,
            },
        ],
        renamed_from: None,
    };
    let pkg = package(vec![doc]);
    let f = check_package(&pkg, &Profile::default_profile(), None).findings;
    let a007 = f.iter().find(|x| x.rule == "A007").expect("A007");
    assert_eq!(a007.location.as_ref().and_then(|l| l.page), Some(3));
    // A page no part was named for (其他附件: the application's first page without a title)
    // before the application is not judged.
    let mut other_first = pkg.docs.into_iter().next().unwrap();
    other_first.parts[1].kind = PartKind::Other;
    other_first.parts.swap(0, 1);
    let f = check_package(
        &package(vec![other_first]),
        &Profile::default_profile(),
        None,
    )
    .findings;
    assert!(!f.iter().any(|x| x.rule == "A007"), "{f:?}");
}

/// Odd values in every field never make a rule panic.
#[test]
fn odd_values_never_panic() {
    let labels = [
        "项目名称",
        "指南代码",
        "申报单位",
        "统一社会信用代码",
        "单位性质",
        "企业资质",
        "项目负责人",
        "联系电话",
        "主管部门",
        "所在高新区",
        "合作单位",
        "实施期限",
        "项目总投入（万元）",
        "申请市拨经费（万元）",
    ];
    let long = "长".repeat(5000);
    let values = [
        "",
        " ",
        "无",
        "/",
        "—",
        "😀🚀",
        "\u{200b}\u{feff}",
        "１２３４５６７８９０",
        "9999999999999999999999",
        "-1",
        "0",
        "NaN",
        "壹佰亿元",
        "2099年13月至1900年0月",
        "（（（",
        "）",
        "A\u{0301}é",
        long.as_str(),
        "9132059",
        "913205949999999999999",
        "苏州大学、上海某公司；北京某研究院",
        "\t\n\r",
    ];
    for l in labels {
        for v in values {
            let row = format!("{l}|{v}");
            let p = full(&[row.as_str()], &[TARGETS_OK, TARGETS_TEXT]);
            let _ = fired(&p);
        }
    }
}

#[test]
fn a_field_not_read_by_its_label_but_written_in_the_table_is_a_warning() {
    // The guide and credit code rows are blank, and the values stand in rows whose labels the
    // reader does not know: the findings quote them as warnings, never errors on a guess.
    let p = full(
        &[
            "指南代码|",
            "分类号|210902",
            "统一社会信用代码|",
            "登记号|91320594MA1MXXXX3C",
        ],
        &[TARGETS_OK, TARGETS_TEXT],
    );
    let profile = Profile::default_profile();
    let checked = check_package(&p, &profile, None);
    for rule in ["G001", "E001"] {
        let f = checked
            .findings
            .iter()
            .find(|f| f.rule == rule)
            .unwrap_or_else(|| panic!("{rule} missing"));
        assert_eq!(f.severity, crate::model::Severity::Warning, "{rule}: {f:?}");
        assert!(
            f.evidence.contains("210902") || f.evidence.contains("91320594MA1MXXXX3C"),
            "{f:?}"
        );
    }
    // Nothing of the kind anywhere in the table: still an error.
    let p = full(&["指南代码|"], &[TARGETS_OK, TARGETS_TEXT]);
    let checked = check_package(&p, &profile, None);
    let f = checked
        .findings
        .iter()
        .find(|f| f.rule == "G001")
        .expect("G001");
    assert_eq!(f.severity, crate::model::Severity::Error);
}

/// The information table as a scanned page read by OCR.
fn scanned_info(extra: &[&str]) -> PackageDoc {
    let mut d = info(extra);
    d.path = "信息表.pdf".into();
    d.format = "pdf".into();
    let doc = d.doc.as_mut().expect("doc");
    doc.format = Format::Pdf;
    doc.path = "信息表.pdf".into();
    for b in doc.blocks.iter_mut() {
        b.page = Some(1);
    }
    doc.pages = vec![crate::extract::Page {
        number: 1,
        width_pt: 595.0,
        height_pt: 842.0,
        chars: 300,
        image_coverage: 1.0,
        ocr: true,
        ocr_confidence: Some(80.0),
        seals: Vec::new(),
        sign_spots: Vec::new(),
    }];
    d.parts[0].first_page = Some(1);
    d.parts[0].last_page = Some(1);
    d
}

#[test]
fn a_value_read_by_ocr_is_never_an_error_but_a_warning_that_says_so() {
    let profile = Profile::default_profile();
    let bad = "统一社会信用代码|91320594MA1MXXXX3K";
    let typed = full(&[bad], &[TARGETS_OK, TARGETS_TEXT]);
    let e001 = |p: &Package| {
        check_package(p, &profile, None)
            .findings
            .into_iter()
            .find(|f| f.rule == "E001")
            .expect("E001")
    };
    assert_eq!(e001(&typed).severity, Severity::Error);
    let mut scan = full(&[], &[TARGETS_OK, TARGETS_TEXT]);
    scan.docs[1] = scanned_info(&[bad]);
    let f = e001(&scan);
    assert_eq!(f.severity, Severity::Warning);
    assert!(f.message.contains("OCR"), "{}", f.message);
    assert!(f.evidence.contains("91320594MA1MXXXX3K"), "{}", f.evidence);
}

/// A listed zone read by OCR with one character misread is the zone; typed so, or read two
/// characters off, it is not.
#[test]
fn a_listed_zone_misread_by_ocr_is_the_zone() {
    let rows = |zone: &'static str| ["申报单位|昆山汇川技术有限公司", zone];
    let scan = |zone: &'static str| {
        let mut p = full(&[], &[TARGETS_OK, TARGETS_TEXT]);
        p.docs[1] = scanned_info(&rows(zone));
        fired(&p)
    };
    assert!(!scan("所在高新区|昆山高新区").contains(&"E003"));
    assert!(!scan("所在高新区|昆出高新区").contains(&"E003"));
    assert!(scan("所在高新区|吴江高新区").contains(&"E003"));
    assert!(scan("所在高新区|无").contains(&"E003"));
    let typed = fired(&full(
        &rows("所在高新区|昆出高新区"),
        &[TARGETS_OK, TARGETS_TEXT],
    ));
    assert!(typed.contains(&"E003"), "{typed:?}");
}

#[test]
fn a_part_missing_while_a_file_could_not_be_read_is_a_warning_naming_the_file() {
    let profile = Profile::default_profile();
    let mut p = full(&[], &[TARGETS_OK, TARGETS_TEXT]);
    p.docs.retain(|d| !d.kinds().contains(&PartKind::InfoTable));
    let a004 = |p: &Package| {
        check_package(p, &profile, None)
            .findings
            .into_iter()
            .find(|f| f.rule == "A004")
            .expect("A004")
    };
    assert_eq!(a004(&p).severity, Severity::Error);
    p.docs.push(PackageDoc {
        path: "IMG_0001.jpg".into(),
        format: "jpeg".into(),
        doc: Some(Document::new("IMG_0001.jpg", Format::Image)),
        error: None,
        parts: vec![Part {
            kind: PartKind::Other,
            blocks: 0..0,
            first_page: None,
            last_page: None,
            by_name: true,
        }],
        renamed_from: None,
    });
    let f = a004(&p);
    assert_eq!(f.severity, Severity::Warning);
    assert!(f.message.contains("IMG_0001.jpg"), "{}", f.message);
    // The fields it would hold: not-found errors become warnings too.
    let fired = check_package(&p, &profile, None).findings;
    assert!(
        fired.iter().all(|f| f.severity != Severity::Error
            || f.location
                .as_ref()
                .and_then(|l| l.field.as_deref())
                .is_none()),
        "{:?}",
        fired
            .iter()
            .map(|f| (f.rule, f.severity))
            .collect::<Vec<_>>()
    );
}

#[test]
fn a_guide_code_under_an_unreadable_label_is_known_as_the_call_s_code() {
    // The label OCR made of 指南代码 under a seal names no field; the value is one of the
    // guide's codes, the only one in the table: taken on a page read by OCR, not on a typed
    // one (there the writer's own label stands: G001 warns and quotes it). A number that is no
    // guide code is never taken.
    let profile = Profile::default_profile();
    let known: Vec<&str> = profile.guide.iter().map(|g| g.code.as_str()).collect();
    let code = profile.guide[0].code.clone();
    let scanned = |rows: &[&str]| {
        let mut d = info(rows);
        if let Some(doc) = d.doc.as_mut() {
            for b in doc.blocks.iter_mut() {
                b.page = Some(1);
            }
            doc.pages.push(crate::extract::Page {
                number: 1,
                width_pt: 595.0,
                height_pt: 842.0,
                chars: 200,
                image_coverage: 1.0,
                ocr: true,
                ocr_confidence: Some(80.0),
                seals: Vec::new(),
                sign_spots: Vec::new(),
            });
        }
        package(vec![d, application(&[])])
    };
    let row = format!("扫南人码|{code}");
    let infer = |p: &Package| {
        crate::fields::package_fields_for_call(p, &known)
            .fields
            .guide_code
    };
    assert_eq!(
        infer(&scanned(&["指南代码|", row.as_str()])),
        Some(code.clone())
    );
    let typed = package(vec![info(&["指南代码|", row.as_str()]), application(&[])]);
    assert_eq!(infer(&typed), None);
    assert_eq!(infer(&scanned(&["指南代码|", "扫南人码|215000"])), None);
}

/// `full`'s package with the information table's row `label` relabelled `new` and its value
/// `value` (the other rows as `extra` leaves them).
fn relabelled(label: &str, new: &str, value: &str, extra: &[&str]) -> Package {
    let mut p = full(extra, &[TARGETS_OK, TARGETS_TEXT]);
    let d = p
        .docs
        .iter_mut()
        .find(|d| d.path == "信息表.docx")
        .and_then(|d| d.doc.as_mut())
        .expect("information table");
    let i = d.blocks.iter().position(|b| b.text == label).expect("row");
    d.blocks[i].text = new.into();
    d.blocks[i + 1].text = value.into();
    p
}

#[test]
fn labels_that_only_place_the_unit_or_the_project_are_read_by_their_values() {
    let profile = Profile::default_profile();
    let check = |p: &Package| check_package(p, &profile, None);
    // A direction's label holding one of the call's codes: the guide code.
    let c = check(&relabelled("指南代码", "申报指南方向", "210902", &[]));
    assert_eq!(c.ex.fields.guide_code.as_deref(), Some("210902"));
    assert!(
        !c.findings.iter().any(|f| f.rule == "G001"),
        "{:?}",
        c.findings
    );
    // A direction's name, or a code the call does not have, is not a code read.
    for v in ["智能制造装备", "123456"] {
        let c = check(&relabelled("指南代码", "申报指南方向", v, &[]));
        assert_eq!(c.ex.fields.guide_code, None, "{v}");
    }
    // A label that places the unit (所属区（市）): a zone when its value is one.
    let kunshan = ["申报单位|昆山汇川技术有限公司"];
    let c = check(&relabelled(
        "所在高新区",
        "所属区（市）",
        "昆山高新区",
        &kunshan,
    ));
    assert_eq!(c.ex.fields.zone.as_deref(), Some("昆山高新区"));
    assert!(
        !c.findings.iter().any(|f| f.rule == "E003"),
        "{:?}",
        c.findings
    );
    // A city is no zone: nothing read, and the county enterprise's missing zone is asked about
    // in a warning that quotes what placed it there — absence is no evidence for an error.
    let c = check(&relabelled(
        "所在高新区",
        "所属区（市）",
        "昆山市",
        &kunshan,
    ));
    assert_eq!(c.ex.fields.zone, None);
    assert_eq!(c.ex.address.as_deref(), Some("昆山市"));
    let e = c.findings.iter().find(|f| f.rule == "E003").expect("E003");
    assert_eq!(e.severity, crate::model::Severity::Warning, "{e:?}");
    assert!(
        e.evidence.contains("昆山汇川技术有限公司") && e.evidence.contains("未读到"),
        "{e:?}"
    );
    // A zone read and not a listed one stays an error.
    let c = check(&relabelled("所在高新区", "所在高新区", "无", &kunshan));
    let e = c.findings.iter().find(|f| f.rule == "E003").expect("E003");
    assert_eq!(e.severity, crate::model::Severity::Error, "{e:?}");
}
