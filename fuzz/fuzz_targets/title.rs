//! The title rules on arbitrary text (and an arbitrary applicant name): no panic, and every
//! span a finding gives lies inside the title.
#![no_main]
use libfuzzer_sys::fuzz_target;
use propscan::profile::Profile;
use std::sync::OnceLock;

fuzz_target!(|data: &[u8]| {
    static P: OnceLock<Profile> = OnceLock::new();
    let profile = P.get_or_init(Profile::default_profile);
    let text = String::from_utf8_lossy(data);
    let (title, applicant) = match text.split_once('\u{1}') {
        Some((t, a)) => (t, Some(a)),
        None => (text.as_ref(), None),
    };
    let n = title.chars().count();
    for f in propscan::rules::title::check_title(title, applicant, profile) {
        if let Some([a, b]) = f.location.and_then(|l| l.span) {
            assert!(a <= b && b <= n, "span {a}..{b} of {n}");
        }
    }
});
