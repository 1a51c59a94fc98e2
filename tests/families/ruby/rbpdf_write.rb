# A PDF written the way Rails applications export Chinese text with RBPDF (Debian's ruby-rbpdf,
# the Ruby port of TCPDF that Redmine's PDF export uses): the font STSong-Light named, not
# embedded (an Adobe-GB1 CID font under UniGB-UCS2-H, the reader supplies the glyphs, as
# Redmine does for zh), text placed by RBPDF's own Cell / MultiCell line wrapping, the
# information table drawn cell by cell with MultiCell in a four-column grid (the long values
# across three columns), every row as tall as its tallest cell, a header line and "N/M" at
# the foot of every page as Redmine's export prints them.
# Usage: ruby rbpdf_write.rb OPS.tsv OUT.pdf  (OPS: make_families.py's ops_tsv lines: title,
# h, p, item, blank, break, cover-*, wide, pair2, note)
require "rbpdf"

src, out = ARGV
ops = File.readlines(src, encoding: "UTF-8", chomp: true).map { |l| l.split("\t", -1) }

# Redmine's ITCPDF: a header line with the export's title, the page number at the foot.
class ExportPdf < RBPDF
  attr_accessor :head

  def Header
    SetFont("stsongstdlight", "", 8)
    Cell(0, 6, @head.to_s, "B", 1, "R")
  end

  def Footer
    SetFont("stsongstdlight", "", 8)
    SetY(-15)
    Cell(0, 5, "#{getAliasNumPage}/#{getAliasNbPages}", 0, 0, "C")
  end
end

pdf = ExportPdf.new("P", "mm", "A4")
pdf.head = "科技项目管理系统 导出"
pdf.SetMargins(18, 20, 18)
pdf.SetAutoPageBreak(true, 20)
pdf.set_font_subsetting(false)
pdf.AddPage
font = "stsongstdlight"
width = 210 - 36
cols = [width * 0.22, width * 0.28, width * 0.22, width * 0.28]

# The text lines: kind → [style, font size, line height, alignment, x or 0, space before,
# space after, prefix].
TEXT = {
  "title" => ["B", 16, 10, "C", 0, 0, 4, ""], "cover-title" => ["B", 22, 14, "C", 0, 0, 0, ""],
  "cover-line" => ["", 14, 10, "L", 45, 0, 0, ""], "cover-foot" => ["", 14, 9, "C", 0, 0, 0, ""],
  "h" => ["B", 12, 8, "L", 0, 2, 0, ""], "item" => ["", 10.5, 6.5, "L", 25, 0, 0, ""],
  "note" => ["", 9, 5, "L", 0, 2, 0, ""], "p" => ["", 10.5, 6.5, "L", 0, 0, 0, "\u3000\u3000"]
}.freeze

# One grid row: cells [text, width, shaded], all drawn as tall as the tallest.
row = lambda do |cells|
  pdf.SetFont(font, "", 10)
  h = cells.map { |t, w, _| pdf.getNumLines(t, w) * 6 + 2 }.max
  pdf.AddPage if pdf.GetY + h > 297 - 22
  cells.each_with_index do |(t, w, shade), i|
    pdf.SetFillColor(230, 230, 230)
    pdf.MultiCell(w, h, t, 1, "L", shade ? 1 : 0, i == cells.size - 1 ? 1 : 0, "", "", true, 0, false, true, h)
  end
end

ops.each do |k, a, b, c, d|
  case k
  when "wide" then row.call([[a, cols[0], true], [b.to_s, cols[1] + cols[2] + cols[3], false]])
  when "pair2" then row.call([[a, cols[0], true], [b.to_s, cols[1], false], [c, cols[2], true], [d.to_s, cols[3], false]])
  when "break" then pdf.AddPage
  when "blank" then pdf.Ln(10)
  when *TEXT.keys
    style, size, line_h, align, x, before, after, prefix = TEXT[k]
    pdf.Ln(before) if before > 0
    pdf.SetFont(font, style, size)
    pdf.SetX(x) if x > 0
    pdf.MultiCell(0, line_h, prefix + a, 0, align)
    pdf.Ln(after) if after > 0
  else raise "unknown op #{k}"
  end
end
pdf.Output(out, "F")
