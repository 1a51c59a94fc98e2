//! Information tables phrased the way other agencies' forms phrase them (provincial and national
//! foundations, enterprise R&D 立项 forms), written for this test from the failure classes of
//! issue 12 before the label model was changed: prefixed and numbered labels, notes and units in
//! brackets, synonyms, header rows over list rows, placeholders and instructions in value cells,
//! a period written as start + duration or as 年限. Each table is built as the cells a DOCX or
//! PDF table gives. Prints fields exact per family; `cargo test --test forms_eval -- --nocapture`.

use propscan::extract::{BlockKind, Document, Format};
use propscan::fields::extract_fields;

/// One family: its rows (cells of a row separated by '|') and the fields expected.
struct Family {
    name: &'static str,
    rows: &'static [&'static str],
    want: &'static [(&'static str, Option<&'static str>)],
}

const FAMILIES: &[Family] = &[
    Family {
        name: "provincial key R&D form (其中：, numbered labels, 省拨 synonyms)",
        rows: &[
            "1. 项目名称|面向工业现场的高精度视觉检测系统研发",
            "2. 项目承担单位（盖章）|苏州某某智能装备有限公司",
            "3. 统一社会信用代码|91320594MA1MXXXX3C",
            "4. 项目负责人|王晓明",
            "5. 项目总经费（万元）|500",
            "其中：申请财政专项资金（万元）|100",
            "6. 项目起止年月|2022年7月—2025年6月",
        ],
        want: &[
            ("project_name", Some("面向工业现场的高精度视觉检测系统研发")),
            ("applicant", Some("苏州某某智能装备有限公司")),
            ("credit_code", Some("91320594MA1MXXXX3C")),
            ("leader", Some("王晓明")),
            ("total_budget_wan", Some("500")),
            ("municipal_funding_wan", Some("100")),
            ("start", Some("2022-07")),
            ("end", Some("2025-06")),
        ],
    },
    Family {
        name: "national-foundation style (依托单位, 申请金额, 起止年月 in two cells)",
        rows: &[
            "项目名称|多源异构数据融合的设备健康管理系统研发",
            "依托单位|苏州某某信息技术有限公司",
            "申请人|李建国",
            "申请金额（万元）|80",
            "总经费（万元）|320",
            "起始年月|2022年9月",
            "结束年月|2024年8月",
        ],
        want: &[
            ("applicant", Some("苏州某某信息技术有限公司")),
            ("leader", Some("李建国")),
            ("municipal_funding_wan", Some("80")),
            ("total_budget_wan", Some("320")),
            ("start", Some("2022-09")),
            ("end", Some("2024-08")),
        ],
    },
    Family {
        name: "enterprise 立项 form (start + duration in months)",
        rows: &[
            "（一）项目名称|高功率密度电驱控制器研发",
            "（二）申报单位名称（全称）|苏州某某动力科技有限公司",
            "（三）项目负责人（姓名）|张志强",
            "（四）项目总投资（万元）|420",
            "（五）申请市级财政资助（万元）|100",
            "（六）开始日期|2022年8月",
            "（七）实施周期（月）|30",
        ],
        want: &[
            ("project_name", Some("高功率密度电驱控制器研发")),
            ("applicant", Some("苏州某某动力科技有限公司")),
            ("leader", Some("张志强")),
            ("total_budget_wan", Some("420")),
            ("municipal_funding_wan", Some("100")),
            ("start", Some("2022-08")),
            ("end", Some("2025-01")),
        ],
    },
    Family {
        name: "placeholders and instructions in value cells",
        rows: &[
            "项目名称|智能传感器信号调理芯片研发",
            "项目编号|（系统生成，无需填写）",
            "申报单位|苏州某某微电子有限公司",
            "合作单位|无",
            "所在高新区|/",
            "项目负责人|请填写项目负责人姓名",
            "申请市拨经费（万元）|60",
            "项目总投入（万元）|300",
            "实施期限|2022年7月至2024年12月",
        ],
        want: &[
            ("applicant", Some("苏州某某微电子有限公司")),
            ("partners", None),
            // 所在高新区 "/" is an answer (not in a zone), the cell struck out: read as 无, as
            // fields.rs reads a struck zone row since the families' dash and slash cells.
            ("zone", Some("无")),
            ("leader", None),
            ("municipal_funding_wan", Some("60")),
        ],
    },
    Family {
        name: "header row over a list of partners (a list, not a field)",
        rows: &[
            "项目名称|固态激光雷达扫描模组研发",
            "申报单位|苏州某某光电科技有限公司",
            "项目负责人|陈丽华",
            "序号|单位名称|分工|经费（万元）",
            "1|苏州某某光电科技有限公司|总体设计|200",
            "2|苏州大学|算法研究|50",
            "申请市拨经费（万元）|70",
            "项目总投入（万元）|250",
        ],
        want: &[
            ("applicant", Some("苏州某某光电科技有限公司")),
            ("leader", Some("陈丽华")),
            ("municipal_funding_wan", Some("70")),
            ("total_budget_wan", Some("250")),
        ],
    },
    Family {
        name: "period as a sentence and as 年限",
        rows: &[
            "项目名称|工业机器人关节减速器研发",
            "申报单位|苏州某某传动科技有限公司",
            "实施期限|自2022年7月起实施，周期36个月",
        ],
        want: &[("start", Some("2022-07")), ("end", Some("2025-06"))],
    },
];

fn document(rows: &[&str]) -> Document {
    let mut d = Document::new("form.docx", Format::Docx);
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.split('|').enumerate() {
            d.push_block(
                BlockKind::Cell {
                    table: 0,
                    row: r as u32,
                    col: c as u32,
                },
                cell,
                None,
            );
        }
    }
    d
}

fn value(f: &propscan::model::Fields, name: &str) -> Option<String> {
    f.get(name)
}

#[test]
fn fields_of_other_agencies_forms() {
    let (mut ok, mut all) = (0, 0);
    for fam in FAMILIES {
        let d = document(fam.rows);
        let n = d.blocks.len();
        let ex = extract_fields(&[(&d, 0..n)]);
        let mut fam_ok = 0;
        for (k, want) in fam.want {
            let got = value(&ex.fields, k);
            let same = match (got.as_deref(), want) {
                (None, None) => true,
                (Some(g), Some(w)) => {
                    g == *w
                        || g.parse::<f64>().ok() == w.parse::<f64>().ok()
                            && g.parse::<f64>().is_ok()
                }
                _ => false,
            };
            if same {
                fam_ok += 1;
            } else {
                println!("  {}: {k} = {got:?}, want {want:?}", fam.name);
            }
        }
        println!("{:<70} {fam_ok}/{}", fam.name, fam.want.len());
        ok += fam_ok;
        all += fam.want.len();
    }
    println!(
        "fields exact on other agencies' forms: {ok}/{all} = {:.3}",
        ok as f64 / all as f64
    );
    // 20/32 before the label model of this test's commit; the model was then built on these
    // families, so this is a dev floor, not a held-out figure.
    assert!(ok * 100 >= all * 95, "{ok}/{all}");
}
