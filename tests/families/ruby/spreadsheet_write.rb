# An Excel 97-2003 workbook written the way Ruby back ends (Redmine's era) export one with the
# spreadsheet gem (Debian's ruby-spreadsheet, on ruby-ole): a title merged over four columns,
# two label / value pairs a row, a long value merged over the three columns after its label,
# the label cells bold on a grey pattern, the amounts Floats shown 0.00.
# Usage: ruby spreadsheet_write.rb OPS.tsv OUT.xls  (OPS: make_families.py's ops_tsv lines:
# title; wide LABEL VALUE; pair2 LABEL VALUE LABEL VALUE; note. A value that is a plain number
# after a label naming 万元 is written as a number.)
require 'spreadsheet'

Spreadsheet.client_encoding = 'UTF-8'
src, out = ARGV
ops = File.readlines(src, encoding: 'UTF-8').map { |l| l.chomp.split("\t", -1) }

book = Spreadsheet::Workbook.new
sheet = book.create_worksheet(name: '项目信息')
title = Spreadsheet::Format.new(weight: :bold, size: 16, horizontal_align: :centre)
label = Spreadsheet::Format.new(weight: :bold, pattern: 1, pattern_fg_color: :silver, border: :thin,
                                vertical_align: :middle)
text = Spreadsheet::Format.new(border: :thin, text_wrap: true, vertical_align: :middle)
money = Spreadsheet::Format.new(border: :thin, number_format: '0.00', horizontal_align: :left)
note = Spreadsheet::Format.new(size: 9, italic: true)
[18, 24, 18, 24].each_with_index { |w, i| sheet.column(i).width = w }

# A label's value cell: a number when the label is in 万元 and the value a plain number.
def put(sheet, row, col, lab, val, text, money)
  if lab.include?('万元') && val =~ /\A\d+(\.\d+)?\z/
    sheet[row, col] = val.to_f
    sheet.row(row).set_format(col, money)
  else
    sheet[row, col] = val
    sheet.row(row).set_format(col, text)
  end
end

r = 0
ops.each do |op|
  case op[0]
  when 'title'
    sheet[r, 0] = op[1]
    sheet.row(r).set_format(0, title)
    sheet.merge_cells(r, 0, r, 3)
    sheet.row(r).height = 28
  when 'wide'
    sheet[r, 0] = op[1]
    sheet.row(r).set_format(0, label)
    put(sheet, r, 1, op[1], op[2], text, money)
    (2..3).each { |c| sheet.row(r).set_format(c, text) }
    sheet.merge_cells(r, 1, r, 3)
  when 'pair2'
    [[0, op[1], op[2]], [2, op[3], op[4]]].each do |col, lab, val|
      sheet[r, col] = lab
      sheet.row(r).set_format(col, label)
      put(sheet, r, col + 1, lab, val, text, money)
    end
  when 'note'
    r += 1
    sheet[r, 0] = op[1]
    sheet.row(r).set_format(0, note)
  else
    raise "unknown op #{op[0]}"
  end
  r += 1
end
book.write(out)
