# A .docx written the way R users write reports: officer 0.6 on its own default template
# (English style names: "heading 1" for every heading, "Normal"), paragraphs built from formatted
# runs (fpar / ftext, SimSun set as the East Asian font), page breaks by body_add_break, and
# the information table a flextable 0.8: a header row 类别 | 项目 | 填报内容 over rows whose
# first column, the group, is merged down (merge_v) over the rows it holds.
#
# Usage: Rscript officer_write.R ops.tsv out.docx
# Instruction lines (tab-separated): blank | break | cover-title T | cover-line T |
# cover-foot T | title T | h T | item T | p T for a document; title T | grow GROUP LABEL VALUE |
# note T for the information table.
suppressPackageStartupMessages({
  library(officer)
  library(flextable)
})

args <- commandArgs(trailingOnly = TRUE)
lines <- readLines(args[1], encoding = "UTF-8")
ops <- strsplit(lines, "\t", fixed = TRUE)

song <- function(size = 12, bold = FALSE) {
  fp_text(font.size = size, bold = bold, font.family = "Times New Roman", eastasia.family = "宋体")
}
para <- function(doc, text, size = 12, bold = FALSE, align = "left", indent = 0) {
  body_add_fpar(doc, fpar(ftext(text, song(size, bold)),
                          fp_p = fp_par(text.align = align, padding.left = indent, line_spacing = 1.5)))
}

doc <- read_docx()
rows <- list()
flush_table <- function(doc) {
  if (length(rows) == 0) return(doc)
  df <- data.frame(group = sapply(rows, `[`, 1), label = sapply(rows, `[`, 2),
                   value = sapply(rows, `[`, 3), stringsAsFactors = FALSE)
  ft <- flextable(df)
  ft <- set_header_labels(ft, group = "类别", label = "项目", value = "填报内容")
  ft <- merge_v(ft, j = "group")
  ft <- font(ft, fontname = "宋体", part = "all")
  ft <- fontsize(ft, size = 10.5, part = "all")
  ft <- bold(ft, part = "header")
  ft <- bold(ft, j = c("group", "label"), part = "body")
  ft <- bg(ft, j = c("group", "label"), bg = "#EDEDED", part = "body")
  ft <- valign(ft, j = "group", valign = "center", part = "body")
  ft <- align(ft, j = "group", align = "center", part = "all")
  ft <- border_outer(ft, border = fp_border(width = 1))
  ft <- border_inner(ft, border = fp_border(width = 0.5))
  ft <- width(ft, j = c("group", "label", "value"), width = c(1.0, 1.7, 3.6))
  rows <<- list()
  body_add_flextable(doc, ft, align = "center")
}

for (op in ops) {
  kind <- op[1]
  text <- if (length(op) > 1) op[2] else ""
  if (kind != "grow") doc <- flush_table(doc)
  if (kind == "blank") {
    doc <- body_add_par(doc, "", style = "Normal")
  } else if (kind == "break") {
    doc <- body_add_break(doc)
  } else if (kind == "cover-title") {
    doc <- para(doc, text, size = 22, bold = TRUE, align = "center")
  } else if (kind == "cover-line") {
    doc <- para(doc, text, size = 14, indent = 60)
  } else if (kind == "cover-foot") {
    doc <- para(doc, text, size = 14, align = "center")
  } else if (kind == "title") {
    doc <- para(doc, text, size = 16, bold = TRUE, align = "center")
  } else if (kind == "h") {
    doc <- body_add_par(doc, text, style = "heading 1")
  } else if (kind == "item") {
    doc <- para(doc, text, indent = 24)
  } else if (kind == "p") {
    doc <- para(doc, text)
  } else if (kind == "grow") {
    rows[[length(rows) + 1]] <- op[2:4]
  } else if (kind == "note") {
    doc <- para(doc, text, size = 10.5)
  }
}
doc <- flush_table(doc)
print(doc, target = args[2])
