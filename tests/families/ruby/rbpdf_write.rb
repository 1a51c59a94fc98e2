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
  when "title"
    pdf.SetFont(font, "B", 16)
    pdf.MultiCell(0, 10, a, 0, "C")
    pdf.Ln(4)
  when "cover-title"
    pdf.SetFont(font, "B", 22)
    pdf.MultiCell(0, 14, a, 0, "C")
  when "cover-line"
    pdf.SetFont(font, "", 14)
    pdf.SetX(45)
    pdf.MultiCell(0, 10, a, 0, "L")
  when "cover-foot"
    pdf.SetFont(font, "", 14)
    pdf.MultiCell(0, 9, a, 0, "C")
  when "h"
    pdf.SetFont(font, "B", 12)
    pdf.Ln(2)
    pdf.MultiCell(0, 8, a, 0, "L")
  when "item"
    pdf.SetFont(font, "", 10.5)
    pdf.SetX(25)
    pdf.MultiCell(0, 6.5, a, 0, "L")
  when "note"
    pdf.Ln(2)
    pdf.SetFont(font, "", 9)
    pdf.MultiCell(0, 5, a, 0, "L")
  when "p"
    pdf.SetFont(font, "", 10.5)
    pdf.MultiCell(0, 6.5, "\u3000\u3000" + a, 0, "L")
  else raise "unknown op #{k}"
  end
end
pdf.Output(out, "F")
