//! The `propscan/report@1` JSON report (DESIGN.md), pretty-printed, one document per run.

use super::{RenderCx, Renderer, Report};
use std::io::{self, Write};

/// The JSON renderer.
pub struct Json;

impl Renderer for Json {
    fn render(&self, r: &Report, _cx: &RenderCx, w: &mut dyn Write) -> io::Result<()> {
        serde_json::to_writer_pretty(&mut *w, r)?;
        writeln!(w)
    }
}

/// Any serialisable value as pretty JSON and a newline (the other commands' JSON output).
pub fn write_value<T: serde::Serialize + ?Sized>(w: &mut dyn Write, v: &T) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *w, v)?;
    writeln!(w)
}
