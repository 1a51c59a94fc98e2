//! Paragraphs and table cells pushed into a [`Document`] in reading order, for the readers of
//! flowing formats that say "cell ends here", "row ends here" (Word 97 .doc, RTF).

use super::{BlockKind, Document};

pub struct Flow<'a> {
    doc: &'a mut Document,
    next_table: u32,
    /// The table being read: its number, the row and the column of the next cell.
    table: Option<(u32, u32, u32)>,
    /// The current cell's lines.
    cell: String,
}

impl<'a> Flow<'a> {
    pub fn new(doc: &'a mut Document) -> Self {
        let next_table = doc.next_table();
        Flow {
            doc,
            next_table,
            table: None,
            cell: String::new(),
        }
    }

    /// A paragraph outside any table (it ends a table being read); empty ones are dropped.
    pub fn paragraph(&mut self, text: &str, heading: Option<u8>) {
        self.end_table();
        let text = text.trim();
        if text.is_empty() {
            return;
        }
        let kind = match heading {
            Some(level) => BlockKind::Heading { level },
            None => BlockKind::Paragraph,
        };
        self.doc.push_block(kind, text, None);
    }

    fn open(&mut self) -> (u32, u32, u32) {
        let next = &mut self.next_table;
        *self.table.get_or_insert_with(|| {
            let t = *next;
            *next += 1;
            (t, 0, 0)
        })
    }

    /// Text for the current cell, after its earlier text and `sep` (a line break between its
    /// paragraphs, a space between a nested table's cells).
    pub fn cell_text(&mut self, text: &str, sep: char) {
        self.open();
        let text = text.trim();
        if text.is_empty() {
            return;
        }
        if !self.cell.is_empty() && !self.cell.ends_with(['\n', ' ']) {
            self.cell.push(sep);
        }
        self.cell.push_str(text);
    }

    /// The current cell ends: it becomes a block (empty ones too: they keep the columns).
    pub fn end_cell(&mut self) {
        let (t, row, col) = self.open();
        let text = std::mem::take(&mut self.cell);
        self.doc
            .push_block(BlockKind::Cell { table: t, row, col }, text.trim(), None);
        self.table = Some((t, row, col + 1));
    }

    /// The row ends; the next cell starts the next row.
    pub fn end_row(&mut self) {
        if let Some((t, row, _)) = self.table {
            self.cell.clear();
            self.table = Some((t, row + 1, 0));
        }
    }

    /// The table ends (text of a cell never closed is dropped with it).
    pub fn end_table(&mut self) {
        if self.table.take().is_some() {
            self.cell.clear();
        }
    }

    /// Blocks of the document so far (where a picture met now stands).
    pub fn blocks(&self) -> usize {
        self.doc.blocks.len()
    }

    pub fn finish(mut self) {
        self.end_table();
    }
}
