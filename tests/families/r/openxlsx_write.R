# An .xlsx written the way R users export a table with openxlsx 4.2 (Debian's r-cran-openxlsx,
# its own C++ XML writer, no office suite): the fields a data frame of two character columns
# written by writeDataTable as an Excel table (a ListObject with its header row 项目 | 内容,
# filter buttons and the TableStyleMedium2 banding), the title above it merged over both
# columns, a note under it, the columns widened by setColWidths, the sheet's panes frozen under
# the header.
#
# Usage: Rscript openxlsx_write.R ops.tsv out.xlsx
# Instruction lines (tab-separated): title T | row LABEL VALUE | note T.
suppressPackageStartupMessages(library(openxlsx))

args <- commandArgs(trailingOnly = TRUE)
lines <- readLines(args[1], encoding = "UTF-8")
ops <- strsplit(lines, "\t", fixed = TRUE)

title <- ""
note <- character(0)
labels <- character(0)
values <- character(0)
for (op in ops) {
  kind <- op[1]
  if (kind == "title") {
    title <- op[2]
  } else if (kind == "row") {
    labels <- c(labels, op[2])
    values <- c(values, if (length(op) > 2) op[3] else "")
  } else if (kind == "note") {
    note <- c(note, op[2])
  } else {
    stop(paste("unknown op", kind))
  }
}

wb <- createWorkbook(creator = "propscan families")
addWorksheet(wb, "项目信息")
writeData(wb, 1, title, startCol = 1, startRow = 1)
mergeCells(wb, 1, cols = 1:2, rows = 1)
addStyle(wb, 1, createStyle(fontSize = 16, textDecoration = "bold", halign = "center"), rows = 1, cols = 1)
df <- data.frame("项目" = labels, "内容" = values, check.names = FALSE, stringsAsFactors = FALSE)
writeDataTable(wb, 1, df, startRow = 3, tableStyle = "TableStyleMedium2", withFilter = TRUE)
addStyle(wb, 1, createStyle(wrapText = TRUE, valign = "center"), rows = 4:(3 + nrow(df)), cols = 2,
         gridExpand = TRUE)
if (length(note) > 0) {
  writeData(wb, 1, note, startCol = 1, startRow = 5 + nrow(df))
}
setColWidths(wb, 1, cols = 1:2, widths = c(28, 60))
freezePane(wb, 1, firstActiveRow = 4)
saveWorkbook(wb, args[2], overwrite = TRUE)
