//! propscan: screens R&D funding applications against a call for proposals.
pub mod cli;
pub mod extract;
pub mod profile;
pub mod report;
pub mod rules;
pub mod segment;
