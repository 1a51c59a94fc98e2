// An information table exported as an .xlsx the way Go back ends export one with tealeg/xlsx
// (Debian's golang-github-tealeg-xlsx-dev, 1.0.3): one sheet, the title merged over both
// columns, section rows merged over both columns on a grey ground, then label / value rows,
// amounts as numbers with a "#,##0.00" format, everything else a string, a note merged under
// the table; every cell of the grid bordered.
// Usage: xlsx_write OPS.tsv OUT.xlsx  (OPS: make_families.py's ops_tsv lines: title, section,
// row (label, value), num (label, number), note)
package main

import (
	"bufio"
	"os"
	"strconv"
	"strings"

	"github.com/tealeg/xlsx"
)

func main() {
	in, err := os.Open(os.Args[1])
	if err != nil {
		panic(err)
	}
	defer in.Close()
	file := xlsx.NewFile()
	sheet, err := file.AddSheet("项目信息")
	if err != nil {
		panic(err)
	}
	sheet.SetColWidth(0, 0, 24)
	sheet.SetColWidth(1, 1, 56)
	border := *xlsx.NewBorder("thin", "thin", "thin", "thin")
	plain := xlsx.NewStyle()
	plain.Font = *xlsx.NewFont(11, "宋体")
	plain.Border = border
	plain.ApplyBorder = true
	plain.Alignment.WrapText = true
	plain.Alignment.Vertical = "center"
	plain.ApplyAlignment = true
	label := xlsx.NewStyle()
	*label = *plain
	label.Font.Bold = true
	section := xlsx.NewStyle()
	*section = *plain
	section.Font.Bold = true
	section.Fill = *xlsx.NewFill("solid", "FFD9D9D9", "FFD9D9D9")
	section.ApplyFill = true
	title := xlsx.NewStyle()
	title.Font = *xlsx.NewFont(16, "黑体")
	title.Font.Bold = true
	title.Alignment.Horizontal = "center"
	title.ApplyAlignment = true
	note := xlsx.NewStyle()
	note.Font = *xlsx.NewFont(9, "宋体")

	scan := bufio.NewScanner(in)
	scan.Buffer(make([]byte, 1<<20), 1<<20)
	for scan.Scan() {
		f := strings.Split(scan.Text(), "\t")
		row := sheet.AddRow()
		switch f[0] {
		case "title", "section", "note":
			c := row.AddCell()
			c.SetString(f[1])
			c.Merge(1, 0)
			other := row.AddCell()
			switch f[0] {
			case "title":
				c.SetStyle(title)
				row.SetHeightCM(1.2)
			case "section":
				c.SetStyle(section)
				other.SetStyle(section)
			default:
				c.SetStyle(note)
			}
		case "row", "num":
			k := row.AddCell()
			k.SetString(f[1])
			k.SetStyle(label)
			v := row.AddCell()
			if n, err := strconv.ParseFloat(f[2], 64); f[0] == "num" && err == nil {
				v.SetFloatWithFormat(n, "#,##0.00")
			} else {
				v.SetString(f[2])
			}
			v.SetStyle(plain)
		default:
			panic("unknown op " + f[0])
		}
	}
	if err := file.Save(os.Args[2]); err != nil {
		panic(err)
	}
}
