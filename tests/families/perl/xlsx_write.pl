#!/usr/bin/perl
# An information table written the way Perl back ends export one with Excel::Writer::XLSX
# (Debian's libexcel-writer-xlsx-perl 1.10): a title merged across the sheet, label / value
# rows with borders, the amounts numbers shown 0.00, the type a drop-down (data validation),
# and the total a formula over the two amounts below it written with write_formula and no
# result: the file caches 0 for it and asks the reader to work it out (fullCalcOnLoad), as
# Excel and LibreOffice do when they open it.
# Usage: perl xlsx_write.pl OPS.tsv OUT.xlsx  (OPS: the instruction lines of make_families.py's
# ops_tsv: title; row LABEL VALUE; list LABEL VALUE CHOICE|CHOICE…; num LABEL NUMBER; sum LABEL
# LABEL-A LABEL-B (a formula adding the rows labelled A and B, wherever they stand); note)
use strict;
use warnings;
use Excel::Writer::XLSX;

my ($src, $out) = @ARGV;
open(my $fh, '<:encoding(UTF-8)', $src) or die "$src: $!";
my @ops = map { chomp; [split /\t/, $_, -1] } <$fh>;
close $fh;

my $book = Excel::Writer::XLSX->new($out) or die "$out: $!";
my $sheet = $book->add_worksheet('申报信息');
my $title = $book->add_format(bold => 1, size => 16, align => 'center', valign => 'vcenter', font => '宋体');
my $label = $book->add_format(border => 1, bold => 1, bg_color => '#DDEBF7', font => '宋体', valign => 'vcenter');
my $text = $book->add_format(border => 1, font => '宋体', text_wrap => 1, valign => 'vcenter');
my $money = $book->add_format(border => 1, font => '宋体', num_format => '0.00', align => 'left');
my $note = $book->add_format(font => '宋体', size => 9, italic => 1);
$sheet->set_column(0, 0, 28);
$sheet->set_column(1, 1, 56);

# Where each labelled row stands (Excel's 1-based row numbers), for the formulas.
my (%at, $row);
$row = 0;
for my $op (@ops) {
    $row++ if $op->[0] ne 'title' && $op->[0] ne 'note';
    $at{$op->[1]} = $row + 1 if $op->[0] =~ /^(row|list|num|sum)$/;
}
$row = 0;
for my $op (@ops) {
    my ($k, @a) = @$op;
    if ($k eq 'title') {
        $sheet->set_row(0, 30);
        $sheet->merge_range(0, 0, 0, 1, $a[0], $title);
    } elsif ($k =~ /^(row|list|num|sum)$/) {
        # A labelled row: the label, then its value as the op says.
        $row++;
        $sheet->write_string($row, 0, $a[0], $label);
        if ($k eq 'num') {
            $sheet->write_number($row, 1, $a[1], $money);
        } elsif ($k eq 'sum') {
            my ($x, $y) = ($at{$a[1]} // die("no row $a[1]"), $at{$a[2]} // die("no row $a[2]"));
            $sheet->write_formula($row, 1, "=B$x+B$y", $money);
        } else {
            $sheet->write_string($row, 1, $a[1], $text);
            $sheet->data_validation($row, 1, {validate => 'list', source => [split /\|/, $a[2]]}) if $k eq 'list';
        }
    } elsif ($k eq 'note') {
        $row += 2;
        $sheet->write_string($row, 0, $a[0], $note);
    } else {
        die "unknown op $k";
    }
}
$book->close() or die "close: $!";
