// gofpdf_write OPS OUT FONT: a PDF written by gofpdf (github.com/jung-kurt/gofpdf, Debian's
// golang-github-jung-kurt-gofpdf-dev) from the generator's instruction lines (one op a line,
// fields tab-separated: itext_blocks' lines, or the information table's title / wide / pair2 /
// note lines). The TrueType font FONT is added as a UTF-8 font (gofpdf subsets it); the
// information table is a four-column grid of bordered cells (two label/value pairs a row, a
// long value across three cells), every cell's text wrapped by the program; a page footer
// "- N -".
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"

	"github.com/jung-kurt/gofpdf"
)

const (
	left  = 22.0
	right = 188.0
	lead  = 1.5
)

// wrap cuts s into lines no wider than w mm at the current font, between any two runes.
func wrap(pdf *gofpdf.Fpdf, s string, w float64) []string {
	var lines []string
	cur := ""
	for _, r := range s {
		next := cur + string(r)
		if pdf.GetStringWidth(next) > w && cur != "" {
			lines = append(lines, cur)
			cur = string(r)
		} else {
			cur = next
		}
	}
	return append(lines, cur)
}

// row draws one row of bordered cells: widths and texts; labels (even cells) on grey.
func row(pdf *gofpdf.Fpdf, widths []float64, texts []string, size float64) {
	pdf.SetFont("song", "", size)
	h := size * 0.3528 * lead
	n := 1
	cells := make([][]string, len(texts))
	for i, t := range texts {
		cells[i] = wrap(pdf, t, widths[i]-3)
		if len(cells[i]) > n {
			n = len(cells[i])
		}
	}
	height := float64(n)*h + 2
	if pdf.GetY()+height > 275 {
		pdf.AddPage()
	}
	x, y := left, pdf.GetY()
	for i, w := range widths {
		if i%2 == 0 {
			pdf.SetFillColor(235, 235, 235)
			pdf.Rect(x, y, w, height, "FD")
		} else {
			pdf.Rect(x, y, w, height, "D")
		}
		for j, line := range cells[i] {
			pdf.Text(x+1.5, y+1+float64(j)*h+h*0.75, line)
		}
		x += w
	}
	pdf.SetXY(left, y+height)
}

// para writes a paragraph: first line indented by `indent` characters, wrapped to the margins.
func para(pdf *gofpdf.Fpdf, s string, size float64, indent float64, align string) {
	pdf.SetFont("song", "", size)
	h := size * 0.3528 * lead
	first := indent * size * 0.3528
	lines := wrap(pdf, s, right-left-first)
	if len(lines) > 1 {
		rest := strings.Join(lines[1:], "")
		lines = append(lines[:1], wrap(pdf, rest, right-left)...)
	}
	for i, line := range lines {
		x := left
		if i == 0 {
			x += first
		}
		if align == "C" {
			x = (210 - pdf.GetStringWidth(line)) / 2
		}
		if pdf.GetY()+h > 275 {
			pdf.AddPage()
		}
		pdf.Text(x, pdf.GetY()+h*0.8, line)
		pdf.SetY(pdf.GetY() + h)
	}
}

func main() {
	if len(os.Args) < 4 {
		fmt.Fprintln(os.Stderr, "usage: gofpdf_write OPS OUT FONT")
		os.Exit(2)
	}
	f, err := os.Open(os.Args[1])
	if err != nil {
		panic(err)
	}
	defer f.Close()
	pdf := gofpdf.New("P", "mm", "A4", "")
	pdf.SetMargins(left, 20, 210-right)
	pdf.SetAutoPageBreak(false, 20)
	font, err := os.ReadFile(os.Args[3])
	if err != nil {
		panic(err)
	}
	pdf.AddUTF8FontFromBytes("song", "", font)
	pdf.SetFooterFunc(func() {
		pdf.SetFont("song", "", 9)
		s := fmt.Sprintf("- %d -", pdf.PageNo())
		pdf.Text((210-pdf.GetStringWidth(s))/2, 287, s)
	})
	pdf.AddPage()
	pdf.SetY(22)
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		op := strings.Split(sc.Text(), "\t")
		arg := func(i int) string {
			if i < len(op) {
				return op[i]
			}
			return ""
		}
		switch op[0] {
		case "title":
			para(pdf, arg(1), 18, 0, "C")
			pdf.SetY(pdf.GetY() + 4)
		case "wide":
			row(pdf, []float64{36, 130}, []string{arg(1), arg(2)}, 10.5)
		case "pair2":
			row(pdf, []float64{36, 47, 36, 47}, []string{arg(1), arg(2), arg(3), arg(4)}, 10.5)
		case "note":
			pdf.SetY(pdf.GetY() + 2)
			para(pdf, arg(1), 9, 0, "L")
		case "h":
			pdf.SetY(pdf.GetY() + 2)
			para(pdf, arg(1), 14, 0, "L")
		case "item":
			para(pdf, arg(1), 12, 1, "L")
		case "p":
			para(pdf, arg(1), 12, 2, "L")
		case "blank":
			pdf.SetY(pdf.GetY() + 8)
		case "cover-title":
			para(pdf, arg(1), 22, 0, "C")
		case "cover-line":
			pdf.SetY(pdf.GetY() + 4)
			para(pdf, arg(1), 15, 0, "L")
		case "cover-foot":
			para(pdf, arg(1), 15, 0, "C")
		case "break":
			pdf.AddPage()
			pdf.SetY(22)
		default:
			para(pdf, arg(1), 12, 0, "L")
		}
	}
	if err := pdf.OutputFileAndClose(os.Args[2]); err != nil {
		panic(err)
	}
}
