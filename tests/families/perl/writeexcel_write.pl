# An Excel 97-2003 workbook written the way Perl back ends export one with Spreadsheet::WriteExcel
# (Debian's libspreadsheet-writeexcel-perl, on its own OLE writer): a title merged over three
# columns, a header row 序号 | 填报项目 | 填报内容, every field a numbered row (the number a
# number cell), amounts in 万元 written as numbers shown #,##0.00, a second sheet of filling
# instructions, the print area and repeated header row set for printing.
# Usage: perl writeexcel_write.pl OPS.tsv OUT.xls  (OPS: make_families.py's ops_tsv lines:
# title TEXT; head A B C; row LABEL VALUE; note TEXT; help TEXT (a line of the second sheet))
use strict;
use warnings;
use utf8;
use Spreadsheet::WriteExcel;

my ($src, $out) = @ARGV;
open my $in, '<:encoding(UTF-8)', $src or die "$src: $!";
my @ops = map { chomp; [split /\t/, $_, -1] } <$in>;
close $in;

my $book = Spreadsheet::WriteExcel->new($out) or die "$out: $!";
my $sheet = $book->add_worksheet('信息表');
my $title = $book->add_format(bold => 1, size => 16, align => 'center', valign => 'vcenter');
my $head = $book->add_format(bold => 1, border => 1, align => 'center', bg_color => 'silver');
my $index = $book->add_format(border => 1, align => 'center', valign => 'vcenter');
my $label = $book->add_format(border => 1, valign => 'vcenter', text_wrap => 1);
my $text = $book->add_format(border => 1, valign => 'vcenter', text_wrap => 1);
my $money = $book->add_format(border => 1, valign => 'vcenter', align => 'left', num_format => '#,##0.00');
my $note = $book->add_format(size => 9, italic => 1);
$sheet->set_column(0, 0, 6);
$sheet->set_column(1, 1, 26);
$sheet->set_column(2, 2, 52);
$sheet->set_paper(9);
$sheet->fit_to_pages(1, 0);

my ($r, $n, @help) = (0, 0);
for my $op (@ops) {
    my ($k, @a) = @$op;
    if ($k eq 'title') {
        $sheet->merge_range($r, 0, $r, 2, $a[0], $title);
        $sheet->set_row($r, 30);
    } elsif ($k eq 'head') {
        $sheet->write_string($r, $_, $a[$_], $head) for 0 .. 2;
        $sheet->repeat_rows($r);
    } elsif ($k eq 'row') {
        my ($lab, $val) = @a;
        $sheet->write_number($r, 0, ++$n, $index);
        $sheet->write_string($r, 1, $lab, $label);
        if ($lab =~ /万元/ && $val =~ /\A\d+(?:\.\d+)?\z/) {
            $sheet->write_number($r, 2, $val, $money);
        } else {
            $sheet->write_string($r, 2, $val, $text);
        }
        $sheet->set_row($r, 15 * (1 + int(length($val) / 34))) if length($val) > 34;
    } elsif ($k eq 'note') {
        $r++;
        $sheet->write_string($r, 0, $a[0], $note);
    } elsif ($k eq 'help') {
        push @help, $a[0];
        next;
    } else {
        die "unknown op $k";
    }
    $r++;
}
$sheet->print_area(0, 0, $r - 1, 2);
if (@help) {
    my $h = $book->add_worksheet('填表说明');
    $h->set_column(0, 0, 80);
    $h->write_string($_, 0, $help[$_]) for 0 .. $#help;
}
$book->close() or die "close: $!";
