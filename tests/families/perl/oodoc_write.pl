#!/usr/bin/perl
# An OpenDocument text written the way Perl back ends write it with OpenOffice::OODoc
# (Debian's libopenoffice-oodoc-perl 2.125): no office suite, the module's own template (its
# styles, settings, thumbnail and meta, whose title stays "OpenOffice::OODoc Text Template"),
# headings as text:h in the template's Heading 1 style, a table made by appendTable whose
# style is named but never defined (so no rules), every cell a string cell, spans by
# cellSpan (the cells they cover left in place), a page break as a paragraph style breaking
# before.
# Usage: perl oodoc_write.pl OPS.tsv OUT.odt  (OPS: the instruction lines of make_families.py's
# ops_tsv: title, h, p, item, blank, break, cover-title, cover-line, cover-foot, wide, pair2,
# note)
use strict;
use warnings;
use OpenOffice::OODoc;

# Strings stay UTF-8 bytes: the module encodes from its "local" character set.
odfLocalEncoding('utf8');
my ($src, $out) = @ARGV;
open(my $fh, '<', $src) or die "$src: $!";
my @ops = map { chomp; [split /\t/, $_, -1] } <$fh>;
close $fh;

unlink $out;
my $doc = odfDocument(file => $out, create => 'text');
$doc->createStyle('BigTitle', family => 'paragraph', parent => 'Standard', category => 'auto',
    properties => {'fo:text-align' => 'center', 'fo:margin-bottom' => '0.4cm'});
$doc->updateStyle('BigTitle', properties => {-area => 'text', 'fo:font-size' => '16pt', 'fo:font-weight' => 'bold',
    'style:font-size-asian' => '16pt', 'style:font-weight-asian' => 'bold'});
$doc->createStyle('CoverTitle', family => 'paragraph', parent => 'Standard', category => 'auto',
    properties => {'fo:text-align' => 'center', 'fo:margin-top' => '0.6cm'});
$doc->updateStyle('CoverTitle', properties => {-area => 'text', 'fo:font-size' => '22pt', 'fo:font-weight' => 'bold',
    'style:font-size-asian' => '22pt', 'style:font-weight-asian' => 'bold'});
$doc->createStyle('CoverLine', family => 'paragraph', parent => 'Standard', category => 'auto',
    properties => {'fo:margin-left' => '2.5cm', 'fo:margin-top' => '0.3cm'});
$doc->updateStyle('CoverLine', properties => {-area => 'text', 'fo:font-size' => '14pt', 'style:font-size-asian' => '14pt'});
$doc->createStyle('CoverFoot', family => 'paragraph', parent => 'Standard', category => 'auto',
    properties => {'fo:text-align' => 'center'});
$doc->updateStyle('CoverFoot', properties => {-area => 'text', 'fo:font-size' => '14pt', 'style:font-size-asian' => '14pt'});
$doc->createStyle('Body', family => 'paragraph', parent => 'Standard', category => 'auto',
    properties => {'fo:text-indent' => '0.74cm', 'fo:line-height' => '150%'});
$doc->createStyle('Break', family => 'paragraph', parent => 'Standard', category => 'auto',
    properties => {'fo:break-before' => 'page'});

my ($table, $row, $tables) = (undef, 0, 0);
my $break = 0;
# After a page break, an empty paragraph breaking before it starts the new page.
sub new_page {
    if ($break) {
        $break = 0;
        $doc->appendParagraph(text => '', style => 'Break');
    }
    $table = undef;
}
sub para {
    my ($text, $style) = @_;
    new_page();
    $doc->appendParagraph(text => $text, style => $style);
}
# The information table: rows counted first (appendTable makes them all at once).
my $rows = grep { $_->[0] eq 'wide' || $_->[0] eq 'pair2' } @ops;
for my $op (@ops) {
    my ($k, @f) = @$op;
    if ($k eq 'title') { para($f[0], 'BigTitle') }
    elsif ($k eq 'h') {
        new_page();
        $doc->appendHeading(text => $f[0], level => 1);
    }
    elsif ($k eq 'p') { para($f[0], 'Body') }
    elsif ($k eq 'item' || $k eq 'note') { para($f[0], 'Standard') }
    elsif ($k eq 'blank') { para('', 'Standard') }
    elsif ($k eq 'break') { $break = 1 }
    elsif ($k eq 'cover-title') { para($f[0], 'CoverTitle') }
    elsif ($k eq 'cover-line') { para($f[0], 'CoverLine') }
    elsif ($k eq 'cover-foot') { para($f[0], 'CoverFoot') }
    elsif ($k eq 'wide' || $k eq 'pair2') {
        if (!defined $table) {
            $tables++;
            $table = $doc->appendTable("表格$tables", $rows, 4);
            $row = 0;
        }
        if ($k eq 'wide') {
            $doc->cellValue($table, $row, 0, $f[0]);
            $doc->cellValue($table, $row, 1, $f[1]);
            $doc->cellSpan($table, $row, 1, 3);
        } else {
            $doc->cellValue($table, $row, $_, $f[$_]) for 0 .. 3;
        }
        $row++;
    }
    else { die "unknown op $k" }
}
$doc->save;
