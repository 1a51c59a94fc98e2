# A PDF written the way Ruby back ends (Rails report exports) write them with Prawn and
# prawn-table (Debian's ruby-prawn, ruby-prawn-table): Prawn's own line wrapping, a TrueType
# font embedded as Prawn embeds every TrueType font (simple fonts of at most 256 glyphs each,
# one font resource per subset, each with its ToUnicode map); the information table a
# prawn-table grid whose first row is a section heading spanning both columns, the labels on a
# grey ground; every page numbered "第 N 页 共 M 页" at the foot.
# Usage: ruby prawn_write.rb OPS.tsv OUT.pdf FONT.ttf  (OPS: the instruction lines of
# make_families.py's ops_tsv: title, h, p, item, blank, break, cover-*, row, section, note)
require "prawn"
require "prawn/table"

src, out, ttf = ARGV
ops = File.readlines(src, encoding: "UTF-8", chomp: true).map { |l| l.split("\t", -1) }

Prawn::Fonts::AFM.hide_m17n_warning = true if defined?(Prawn::Fonts::AFM)
pdf = Prawn::Document.new(page_size: "A4", margin: [64, 60, 64, 60])
pdf.font_families.update("CJK" => { normal: ttf })
pdf.font "CJK"

rows = []
flush = lambda do
  next if rows.empty?
  pdf.table(rows, width: pdf.bounds.width, column_widths: { 0 => 150 },
                  cell_style: { size: 10.5, padding: [5, 6, 5, 6], border_width: 0.5, valign: :center }) do |t|
    t.column(0).background_color = "EEEEEE"
  end
  rows = []
end

ops.each do |k, a, b|
  flush.call unless k == "row" || k == "section"
  case k
  when "section" then rows << [{ content: a, colspan: 2, font_style: :normal, background_color: "D9D9D9", align: :center }]
  when "row" then rows << [a, b.to_s]
  when "break" then pdf.start_new_page
  when "blank" then pdf.move_down 20
  when "title"
    pdf.text a, size: 16, align: :center, leading: 4
    pdf.move_down 12
  when "cover-title" then pdf.text a, size: 22, align: :center, leading: 10
  when "cover-line"
    pdf.indent(90) { pdf.text a, size: 14, leading: 12 }
  when "cover-foot" then pdf.text a, size: 14, align: :center, leading: 10
  when "h"
    pdf.move_down 6
    pdf.text a, size: 12, leading: 6
    pdf.move_down 2
  when "item"
    pdf.indent(21) { pdf.text a, size: 10.5, leading: 6 }
  when "p" then pdf.text a, size: 10.5, leading: 6, indent_paragraphs: 21
  when "note"
    pdf.move_down 8
    pdf.text a, size: 9, leading: 4
  end
end
flush.call
pdf.number_pages "第 <page> 页 共 <total> 页", at: [pdf.bounds.right - 150, -20], width: 150, align: :right, size: 9
pdf.render_file out
