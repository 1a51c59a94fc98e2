//! propscan: screens R&D funding applications against a call for proposals.
pub mod cli;
pub mod extract;
