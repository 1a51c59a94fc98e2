//! The readers of other office formats on arbitrary bytes, without the panic guard: Word
//! 97-2003 (.doc), RTF, workbooks (.xlsx, .xls, Excel 2003 XML, CSV, .ods), OpenDocument text
//! and OFD, chosen by the bytes' first signature.
#![no_main]
use libfuzzer_sys::fuzz_target;
use propscan::extract::{
    Deadline, Limits,
    doc::extract_doc,
    odt::extract_odt,
    ofd::extract_ofd,
    rtf::extract_rtf,
    sheet::{extract_csv, extract_ods, extract_sheet, extract_sheet_xml},
};
use std::time::Duration;

fuzz_target!(|data: &[u8]| {
    let limits = Limits::default();
    let deadline = Deadline::after(Duration::from_secs(5));
    if data.starts_with(b"{\\rtf") {
        let _ = extract_rtf("fuzz.doc", data, &limits, deadline);
    } else if data.starts_with(b"PK") {
        let _ = extract_sheet("fuzz.xlsx", data, &limits, deadline);
        let _ = extract_odt("fuzz.odt", data, &limits, deadline);
        let _ = extract_ods("fuzz.ods", data, &limits, deadline);
        let _ = extract_ofd("fuzz.ofd", data, &limits, deadline);
    } else if data.starts_with(b"<") {
        let _ = extract_sheet_xml("fuzz.xls", data, &limits, deadline);
    } else {
        let _ = extract_doc("fuzz.doc", data, &limits, deadline);
        let _ = extract_sheet("fuzz.xls", data, &limits, deadline);
        let _ = extract_csv("fuzz.csv", data, &limits, deadline);
    }
});
