//! Duplicate rule D001 (call 三.2): content the same as or close to an ongoing project in the
//! index, with the overlapping passages. (D002 and D003 compare the packages of one batch:
//! `rules/batch`.)

pub mod d001_duplicate_of_ongoing;
