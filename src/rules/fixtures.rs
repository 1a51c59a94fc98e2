//! Per-rule fixtures, as ruff keeps them: every rule of the registry has a positive case (it
//! must fire) and a negative one (it must stay quiet), run with that rule alone; the positive
//! case's findings are compared with an insta snapshot (`src/rules/snapshots/`). Cases are
//! small in-memory packages, names, batches or a two-project index; the application texts of
//! G003 and D001 are real technical prose.

use super::tests::{TARGETS_OK, TARGETS_TEXT, application, full, info, package, part};
use super::*;
use crate::extract::{BlockKind, DocIssue, Document, ExtractError, Format, Page};
use crate::index::score;
use crate::package::{PackageDoc, Part, PartKind};

/// What one case runs on.
enum Input {
    Package(Package),
    /// A package checked against an index of these projects.
    Indexed(Package, Vec<Project>),
    /// A project name and the applicant's name.
    Title(&'static str, Option<&'static str>),
    /// A batch: package names and what the batch keeps of each.
    Batch(Vec<(String, Fields, String)>),
}

const SIC: &str = "本项目研究碳化硅功率器件的外延生长与氮化镓射频器件，解决第三代半导体材料缺陷控制问题。\
    研制高压碳化硅MOSFET器件及其封装装备，突破碳化硅衬底缺陷检测、外延层厚度均匀性控制和栅氧界面态抑制等关键技术。\
    建立碳化硅功率模块的可靠性评价方法，形成车规级碳化硅功率器件的设计与制造能力。\
    开展氮化镓高电子迁移率晶体管的射频特性研究，研制面向基站应用的氮化镓功放芯片。\
    项目还将研究碳化硅器件的高温栅氧可靠性和动态导通电阻退化机理，提出器件终端结构优化设计方法。";

fn failed(name: &str, e: ExtractError) -> PackageDoc {
    PackageDoc {
        path: name.into(),
        format: "pdf".into(),
        doc: None,
        error: Some(e),
        parts: Vec::new(),
        renamed_from: None,
    }
}

fn with_pages(name: &str, kind: PartKind, sizes: &[(f32, f32)]) -> PackageDoc {
    let mut d = part(kind, name, &["信用承诺书", "本单位承诺。"]);
    let doc = d.doc.as_mut().expect("doc");
    doc.format = Format::Pdf;
    doc.pages = sizes
        .iter()
        .enumerate()
        .map(|(i, (w, h))| Page {
            number: i as u32 + 1,
            width_pt: *w,
            height_pt: *h,
            chars: 100,
            image_coverage: 0.0,
            ocr: false,
            ocr_confidence: None,
            seals: Vec::new(),
            sign_spots: Vec::new(),
        })
        .collect();
    d
}

/// A scanned one-page part read by OCR, with these seals (centre x, y in points; diameter mm).
fn scanned(kind: PartKind, name: &str, lines: &[&str], seals: &[(f32, f32, f32)]) -> PackageDoc {
    let mut d = part(kind, name, lines);
    let doc = d.doc.as_mut().expect("doc");
    doc.format = Format::Pdf;
    for b in doc.blocks.iter_mut() {
        b.page = Some(1);
    }
    doc.pages = vec![Page {
        number: 1,
        width_pt: 595.0,
        height_pt: 842.0,
        chars: 120,
        image_coverage: 1.0,
        ocr: true,
        ocr_confidence: Some(90.0),
        seals: seals
            .iter()
            .map(|(x, y, mm)| crate::extract::seal::Seal {
                x_pt: *x,
                y_pt: *y,
                w_mm: *mm,
                h_mm: *mm,
                shape: "round",
                rim: 0.95,
                red: true,
            })
            .collect(),
        sign_spots: Vec::new(),
    }];
    for p in d.parts.iter_mut() {
        p.first_page = Some(1);
        p.last_page = Some(1);
    }
    doc.issues.push(DocIssue::Ocr {
        pages: vec![1],
        confidence: 90.0,
        under_text: Vec::new(),
    });
    d
}

const COMMITMENT_OCR: &[&str] = &[
    "信用承诺书",
    "本单位郑重承诺：所提交的项目申报材料真实、完整、有效。",
    "法定代表人（签字）：李建国",
    "单位（公章）：苏州芯创微电子科技有限公司",
];
const AGREEMENT_OCR: &[&str] = &[
    "合作协议",
    "甲方：苏州大学  乙方：苏州芯创微电子科技有限公司",
    "甲方（盖章）：            乙方（盖章）：",
];

fn with_doc(d: PackageDoc) -> Package {
    let mut p = clean();
    p.docs.retain(|x| !x.kinds().contains(&d.kinds()[0]));
    p.docs.push(d);
    p
}

fn clean() -> Package {
    full(&[], &[TARGETS_OK, TARGETS_TEXT])
}

/// A clean package whose application is the SiC text (and the targets), under `extra` rows.
fn sic(extra: &[&str]) -> Package {
    let mut p = full(extra, &[]);
    p.docs[3] = part(
        PartKind::Application,
        "申报书.pdf",
        &["一、立项依据", SIC, TARGETS_OK, TARGETS_TEXT],
    );
    p
}

/// A clean package with a high-tech enterprise certificate attached (as its text reads).
fn with_certificate(name: &str, number: &str, issued: &str) -> Package {
    let mut p = clean();
    let lines = [
        "高新技术企业证书".to_string(),
        format!("企业名称：{name}"),
        format!("证书编号：{number}"),
        format!("发证时间：{issued}"),
        "有效期：三年".to_string(),
    ];
    let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
    p.docs
        .push(part(PartKind::Qualification, "高新技术企业证书.pdf", &refs));
    p
}

/// A clean package whose application is a real history abstract the scope model never saw
/// (a held-out CSL abstract).
fn outside_scope() -> Package {
    let line = include_str!("../../corpora/sources/csl_dev_joined.jsonl")
        .lines()
        .find(|l| {
            let o: serde_json::Value = serde_json::from_str(l).unwrap_or_default();
            o["discipline"] == "历史学"
                && o["id"]
                    .as_str()
                    .and_then(|i| i.rsplit('-').next())
                    .and_then(|n| n.parse::<u32>().ok())
                    .is_some_and(|n| n % 3 == 0)
        })
        .expect("a held-out history abstract");
    let o: serde_json::Value = serde_json::from_str(line).unwrap();
    let mut p = full(&[], &[]);
    p.docs[3] = part(
        PartKind::Application,
        "申报书.pdf",
        &[
            "一、立项依据",
            o["abstract"].as_str().unwrap(),
            TARGETS_OK,
            TARGETS_TEXT,
        ],
    );
    p
}

fn with_info(extra: &[&str]) -> Package {
    full(extra, &[TARGETS_OK, TARGETS_TEXT])
}

fn without(path: &str) -> Package {
    let mut p = clean();
    p.docs.retain(|d| d.path != path);
    p
}

fn merged(order: &[(PartKind, &str)]) -> Package {
    let mut d = Document::new("合并.pdf", Format::Pdf);
    let mut parts = Vec::new();
    for (i, (kind, title)) in order.iter().enumerate() {
        d.push_block(BlockKind::Paragraph, title, Some(i as u32 + 1));
        parts.push(Part {
            kind: *kind,
            blocks: i..i + 1,
            first_page: Some(i as u32 + 1),
            last_page: Some(i as u32 + 1),
            by_name: false,
        });
    }
    package(vec![PackageDoc {
        path: "合并.pdf".into(),
        format: "pdf".into(),
        doc: Some(d),
        error: None,
        parts,
        renamed_from: None,
    }])
}

fn project(id: &str, unit: &str, program: &str, text: &str) -> Project {
    Project {
        id: id.into(),
        title: "碳化硅功率器件关键技术研发".into(),
        unit: unit.into(),
        program: program.into(),
        start: "2021-07".into(),
        end: "2024-06".into(),
        abstract_text: text.into(),
        status: "ongoing".into(),
        ..Project::default()
    }
}

fn enterprise(name: &str, code: &str, dept: &str) -> Fields {
    Fields {
        applicant: Some(name.into()),
        applicant_type: Some(crate::model::ApplicantType::Enterprise),
        credit_code: Some(code.into()),
        department: Some(dept.into()),
        project_name: Some(format!("{name}项目")),
        ..Fields::default()
    }
}

const CODE_A: &str = "91320594MA1MXXXX3C";
const CODE_B: &str = "91350100M000100Y43";

/// The positive and the negative case of a rule, or None for a code without cases.
fn cases(code: &str) -> Option<(Input, Input)> {
    use Input::*;
    let uni = ["申报单位|苏州大学", "单位性质|高等院校"];
    Some(match code {
        "T001" => (
            Title("高可靠SiC功率模块驱动芯片", None),
            Title("高可靠SiC功率模块驱动芯片研发", None),
        ),
        "T002" => (
            Title(
                "面向新能源汽车电驱系统的高可靠碳化硅功率模块封装与驱动控制关键技术研发",
                None,
            ),
            Title("碳化硅功率模块封装技术研发", None),
        ),
        "T003" => (
            Title("汇川技术伺服系统关键技术研发", Some("苏州汇川技术有限公司")),
            Title("企业集团财务管控关键技术研发", None),
        ),
        "T004" => (
            Title("基于RK3588的边缘计算网关研发", None),
            Title("基于RISC-V的5G基站芯片研发", None),
        ),
        "T005" => (Title("XXX研发", None), Title("智能传感器研发", None)),
        "T006" => (
            Title("“智能”传感器研发", None),
            Title("智能传感器研发", None),
        ),
        "T007" => {
            let mut p = clean();
            p.docs[0] = part(
                PartKind::Cover,
                "封面.docx",
                &["项目名称：高精度伺服驱动系统研发"],
            );
            (Package(p), Package(clean()))
        }
        "A001" => (Package(without("承诺书.pdf")), Package(clean())),
        "A002" => {
            let mut signed = with_info(&uni);
            signed.docs.push(part(
                PartKind::CooperationAgreement,
                "合作协议.pdf",
                &["合作协议"],
            ));
            (Package(with_info(&uni)), Package(signed))
        }
        "A003" => (Package(with_info(&["企业资质|/"])), Package(clean())),
        "A004" => (Package(without("信息表.docx")), Package(clean())),
        "A005" => (Package(without("申报书.pdf")), Package(clean())),
        "A006" => (Package(without("封面.docx")), Package(clean())),
        "A007" => (
            Package(merged(&[
                (PartKind::Application, "项目申报书"),
                (PartKind::Commitment, "信用承诺书"),
            ])),
            Package(merged(&[
                (PartKind::Commitment, "信用承诺书"),
                (PartKind::Application, "项目申报书"),
            ])),
        ),
        "A008" => (
            Package(with_info(&[
                uni[0],
                uni[1],
                "合作单位|上海某某科技有限公司",
            ])),
            Package(with_info(&[
                uni[0],
                uni[1],
                "合作单位|苏州某某科技有限公司",
            ])),
        ),
        "A009" => (
            Package(with_doc(scanned(
                PartKind::Commitment,
                "IMG_0001.jpg",
                COMMITMENT_OCR,
                &[],
            ))),
            Package(with_doc(scanned(
                PartKind::Commitment,
                "IMG_0001.jpg",
                COMMITMENT_OCR,
                &[(420.0, 650.0, 42.0)],
            ))),
        ),
        "A010" => (
            Package(with_doc(scanned(
                PartKind::CooperationAgreement,
                "合作协议.pdf",
                AGREEMENT_OCR,
                &[(170.0, 700.0, 42.0)],
            ))),
            Package(with_doc(scanned(
                PartKind::CooperationAgreement,
                "合作协议.pdf",
                AGREEMENT_OCR,
                &[(170.0, 700.0, 42.0), (420.0, 700.0, 40.0)],
            ))),
        ),
        "B001" => (
            Package(with_info(&[
                "申请市拨经费（万元）|120",
                "项目总投入（万元）|600",
            ])),
            Package(clean()),
        ),
        "B002" => (
            Package(with_info(&[
                "申请市拨经费（万元）|100",
                "项目总投入（万元）|200",
            ])),
            Package(clean()),
        ),
        "B003" => (
            Package(with_info(&[
                uni[0],
                uni[1],
                "申请市拨经费（万元）|100",
                "项目总投入（万元）|150",
            ])),
            Package(with_info(&[
                uni[0],
                uni[1],
                "申请市拨经费（万元）|60",
                "项目总投入（万元）|150",
            ])),
        ),
        "B004" => (
            Package(clean()),
            Package(with_info(&["申请市拨经费（万元）|40"])),
        ),
        "B005" => (
            Package(with_info(&["项目总投入（万元）|待定"])),
            Package(clean()),
        ),
        "P001" => (
            Package(with_info(&["实施期限|2022年7月至2025年12月"])),
            Package(clean()),
        ),
        "P002" => (Package(with_info(&["实施期限|三年"])), Package(clean())),
        "P003" => (
            Package(with_info(&["实施期限|2025年6月至2022年7月"])),
            Package(clean()),
        ),
        "G001" => (Package(with_info(&["指南代码|219999"])), Package(clean())),
        "G002" => (Package(with_info(&["指南代码|210802"])), Package(clean())),
        "G003" => (
            Package(sic(&["指南代码|211005"])),
            Package(sic(&["指南代码|210103"])),
        ),
        "G006" => (Package(outside_scope()), Package(sic(&["指南代码|210103"]))),
        "G004" => (
            Package(full(
                &[],
                &[TARGETS_OK, "申请实用新型专利2项，研制样机2台套。"],
            )),
            Package(clean()),
        ),
        "G005" => (
            Package(full(&[], &[TARGETS_OK, "申请发明专利3项。"])),
            Package(clean()),
        ),
        "E001" => (
            Package(with_info(&["统一社会信用代码|91320594MA1MXXXX3K"])),
            Package(clean()),
        ),
        "E002" => (
            Package(with_info(&["统一社会信用代码|91310000132214584L"])),
            Package(clean()),
        ),
        "E003" => (
            Package(with_info(&[
                "申报单位|昆山汇川技术有限公司",
                "所在高新区|无",
            ])),
            Package(with_info(&[
                "申报单位|昆山汇川技术有限公司",
                "所在高新区|昆山高新技术产业开发区",
            ])),
        ),
        "E004" => {
            let held = |program: &str| {
                vec![project(
                    "GS2021-001",
                    "苏州汇川技术有限公司",
                    program,
                    "面向智能制造的工业视觉检测系统研究。",
                )]
            };
            (
                Indexed(clean(), held("姑苏创新创业领军人才计划")),
                Indexed(clean(), held("苏州市基础研究计划")),
            )
        }
        "E005" => (Package(without("劳动合同.pdf")), Package(clean())),
        "E007" => (
            Package(with_certificate(
                "苏州汇川技术有限公司",
                "GR201832000123",
                "2018年11月28日",
            )),
            Package(with_certificate(
                "苏州汇川技术有限公司",
                "GR202032004567",
                "2020年12月2日",
            )),
        ),
        "E006" => (
            Package(full(
                &[],
                &[
                    "研究危险化学品储运过程的泄漏监测技术。",
                    TARGETS_OK,
                    TARGETS_TEXT,
                ],
            )),
            Package(full(
                &[],
                &[
                    "研究危险化学品储运过程的泄漏监测技术，企业持有安全生产许可证。",
                    TARGETS_OK,
                    TARGETS_TEXT,
                ],
            )),
        ),
        "S001" => (
            Package(full(
                &[],
                &[
                    "项目完成后新建年产5万套生产线，实现规模化量产。",
                    TARGETS_OK,
                    TARGETS_TEXT,
                ],
            )),
            Package(clean()),
        ),
        "S002" => (
            Package(package(vec![
                info(&["项目名称|智能电表推广应用研发"]),
                application(&["在全市开展智能电表推广应用。"]),
            ])),
            Package(clean()),
        ),
        "D001" => {
            let p = sic(&["指南代码|210103"]);
            let other = "本项目研究城市轨道交通客流预测方法，建立多源数据融合的短时客流预测模型，开发运营调度辅助决策系统。";
            (
                Indexed(
                    p,
                    vec![project(
                        "SZ2021-088",
                        "苏州某某半导体有限公司",
                        "重点产业技术创新",
                        SIC,
                    )],
                ),
                Indexed(
                    sic(&["指南代码|210103"]),
                    vec![project(
                        "SZ2021-089",
                        "苏州某某交通有限公司",
                        "重点产业技术创新",
                        other,
                    )],
                ),
            )
        }
        "D002" => (
            Batch(vec![
                (
                    "a".into(),
                    enterprise("苏州甲科技有限公司", CODE_A, "吴中区科技局"),
                    SIC.into(),
                ),
                (
                    "b".into(),
                    enterprise("苏州甲科技有限公司", CODE_A, "相城区科技局"),
                    TARGETS_TEXT.into(),
                ),
            ]),
            Batch(vec![
                (
                    "a".into(),
                    enterprise("苏州甲科技有限公司", CODE_A, "吴中区科技局"),
                    SIC.into(),
                ),
                (
                    "b".into(),
                    enterprise("苏州乙科技有限公司", CODE_B, "相城区科技局"),
                    TARGETS_TEXT.into(),
                ),
            ]),
        ),
        "D003" => (
            Batch(vec![
                (
                    "a".into(),
                    enterprise("苏州甲科技有限公司", CODE_A, "吴中区科技局"),
                    SIC.into(),
                ),
                (
                    "b".into(),
                    enterprise("苏州乙科技有限公司", CODE_B, "相城区科技局"),
                    SIC.into(),
                ),
            ]),
            Batch(vec![
                (
                    "a".into(),
                    enterprise("苏州甲科技有限公司", CODE_A, "吴中区科技局"),
                    SIC.into(),
                ),
                (
                    "b".into(),
                    enterprise("苏州乙科技有限公司", CODE_B, "相城区科技局"),
                    "研究城市轨道交通客流预测方法，建立多源数据融合的短时客流预测模型。".into(),
                ),
            ]),
        ),
        "Q001" => {
            let dept = |n: usize| {
                (0..n)
                    .map(|i| {
                        (
                            format!("p{i}"),
                            enterprise(&format!("苏州{i}号科技有限公司"), "", "某某镇科技办"),
                            String::new(),
                        )
                    })
                    .collect::<Vec<_>>()
            };
            (Batch(dept(3)), Batch(dept(2)))
        }
        "F001" => (
            Package(package(vec![failed(
                "损坏.pdf",
                ExtractError::Corrupt {
                    detail: "bad xref".into(),
                },
            )])),
            Package(clean()),
        ),
        "F002" => (
            Package(package(vec![failed("加密.pdf", ExtractError::Encrypted)])),
            Package(clean()),
        ),
        "F003" => {
            let mut scan = part(PartKind::Commitment, "承诺书.pdf", &["信用承诺书"]);
            if let Some(d) = scan.doc.as_mut() {
                d.issues.push(DocIssue::Scanned { pages: vec![2] });
            }
            let mut p = clean();
            p.docs.push(scan);
            (Package(p), Package(clean()))
        }
        "F007" => {
            let mut scan = part(PartKind::Commitment, "IMG_0001.jpg", &["信用承诺书"]);
            if let Some(d) = scan.doc.as_mut() {
                d.format = crate::extract::Format::Image;
                d.issues.push(DocIssue::Ocr {
                    pages: vec![1],
                    confidence: 88.5,
                    under_text: Vec::new(),
                });
            }
            let mut p = clean();
            p.docs.push(scan);
            (Package(p), Package(clean()))
        }
        "F004" => (
            Package(package(vec![failed(
                "申报书.doc",
                ExtractError::Unsupported {
                    format: "doc".into(),
                    advice: "请另存为 DOCX 或导出 PDF (save as DOCX or PDF)".into(),
                },
            )])),
            Package(clean()),
        ),
        "F005" => (Package(package(Vec::new())), Package(clean())),
        "F006" => (
            Package(package(vec![with_pages(
                "承诺书.pdf",
                PartKind::Commitment,
                &[(612.0, 792.0)],
            )])),
            Package(package(vec![with_pages(
                "承诺书.pdf",
                PartKind::Commitment,
                &[(595.0, 842.0)],
            )])),
        ),
        _ => return None,
    })
}

/// The findings of rule `code` alone on `input`.
fn run(code: &str, input: &Input) -> Vec<Finding> {
    let profile = Profile::default_profile();
    let only = Select {
        only: vec![code.to_string()],
        ..Select::default()
    };
    let r = rule(code).expect("registered");
    let mut out = Vec::new();
    match input {
        Input::Package(p) => out = check_selected(p, &profile, None, &only).findings,
        Input::Indexed(p, projects) => {
            let dir = tempfile::tempdir().expect("temp dir");
            let idx = ProjectIndex::create(dir.path(), projects).expect("index");
            out = check_selected(p, &profile, Some(&idx), &only).findings;
        }
        Input::Title(t, applicant) => {
            r.check_title(&TitleCx::new(t, *applicant, &profile), &mut out);
        }
        Input::Batch(items) => {
            let names: Vec<String> = items.iter().map(|x| x.0.clone()).collect();
            let mut dossiers: Vec<Dossier> = items
                .iter()
                .map(|(_, f, text)| Dossier {
                    fields: f.clone(),
                    sentences: score::sentences(text),
                })
                .collect();
            let mut b = BatchCx {
                names: &names,
                dossiers: &mut dossiers,
                profile: &profile,
            };
            r.check_batch(&mut b, &mut out);
        }
    }
    out.retain(|f| f.rule == code);
    out
}

/// Findings as the snapshot keeps them: one block each, Chinese and English.
fn show(findings: &[Finding]) -> String {
    findings
        .iter()
        .map(|f| {
            format!(
                "{} {}\nzh: {}\nen: {}\nevidence: {}\nlocation: {}\npackages: {}\n",
                f.rule,
                f.severity.as_str(),
                f.message_zh,
                f.message_en,
                f.evidence,
                serde_json::to_string(&f.location).unwrap_or_default(),
                f.packages.join(", ")
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn every_rule_fires_on_its_positive_case_and_stays_quiet_on_its_negative_one() {
    let mut missing = Vec::new();
    for r in REGISTRY {
        let code = r.info().code;
        let Some((pos, neg)) = cases(code) else {
            missing.push(code);
            continue;
        };
        let fired = run(code, &pos);
        assert!(
            !fired.is_empty(),
            "{code} does not fire on its positive case"
        );
        for f in &fired {
            assert!(
                !f.evidence.is_empty() || code == "T005",
                "{code}: a finding without evidence"
            );
            assert!(
                f.location.is_some() || !f.packages.is_empty(),
                "{code}: a finding without a place"
            );
        }
        let quiet = run(code, &neg);
        assert!(
            quiet.is_empty(),
            "{code} fires on its negative case: {}",
            show(&quiet)
        );
        insta::assert_snapshot!(format!("{}_positive", code.to_lowercase()), show(&fired));
    }
    assert!(missing.is_empty(), "rules without fixtures: {missing:?}");
}

/// E007 on certificates issued one, three and four years before the window, a malformed
/// number, another company's certificate and a tech-SME number of another year.
/// F007 on a scan filled in with a PDF editor's text tool says what was read how: the typed
/// text as it is, the words in the picture by OCR — not that the page had no text layer.
#[test]
fn f007_names_pages_typed_over_a_scan_apart() {
    let mut d = scanned(PartKind::Commitment, "承诺书.pdf", COMMITMENT_OCR, &[]);
    if let Some(doc) = d.doc.as_mut() {
        doc.issues = vec![DocIssue::Ocr {
            pages: vec![1, 2],
            confidence: 90.0,
            under_text: vec![2],
        }];
    }
    let fired = run("F007", &Input::Package(with_doc(d)));
    let zh: Vec<&str> = fired.iter().map(|f| f.message.as_str()).collect();
    assert_eq!(fired.len(), 2, "{zh:?}");
    assert!(
        zh.iter()
            .any(|m| m.starts_with("第 2 页是扫描件，其上另有输入的文字")),
        "{zh:?}"
    );
    assert!(
        zh.iter().any(|m| m.starts_with("第 1 页没有可用的文字层")),
        "{zh:?}"
    );
}

#[test]
fn e007_certificates() {
    let fired = |p: Package| run("E007", &Input::Package(p));
    let app = "苏州汇川技术有限公司";
    // Window 2022-06-20 … 2022-07-15: valid when issued after 2019-07-15 (three years).
    assert!(
        fired(with_certificate(app, "GR202132001234", "2021年6月1日")).is_empty(),
        "one year"
    );
    assert!(
        fired(with_certificate(app, "GR201932001234", "2019年7月16日")).is_empty(),
        "just three years"
    );
    let three = fired(with_certificate(app, "GR201932001234", "2019年6月1日"));
    assert_eq!(
        three.len(),
        1,
        "three years before the window opens: expired by its close"
    );
    assert!(three[0].evidence.contains("2019年6月1日"));
    assert_eq!(
        fired(with_certificate(app, "GR201832001234", "2018年6月1日")).len(),
        1,
        "four years"
    );
    let bad = fired(with_certificate(app, "GX2021320012", "2021年6月1日"));
    assert_eq!(bad.len(), 1);
    assert!(bad[0].message_zh.contains("格式"), "{}", bad[0].message_zh);
    let other = fired(with_certificate(
        "苏州乙科技有限公司",
        "GR202132001234",
        "2021年6月1日",
    ));
    assert_eq!(other.len(), 1);
    assert!(other[0].evidence.contains("苏州乙科技有限公司"));
    // Tech SME: the registration number of the call's year only.
    let sme = |number: &str| {
        let mut p = clean();
        let n = format!("入库登记编号：{number}");
        p.docs.push(part(
            PartKind::Qualification,
            "科技型中小企业.pdf",
            &[
                "科技型中小企业入库登记",
                "企业名称：苏州汇川技术有限公司",
                n.as_str(),
            ],
        ));
        fired(p)
    };
    assert!(sme("202232050500001234").is_empty());
    assert_eq!(sme("202132050500001234").len(), 1);
}
