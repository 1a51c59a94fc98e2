#!/usr/bin/perl
# A PDF written the way Perl back ends write them with PDF::API2 (Debian's libpdf-api2-perl):
# no layout engine, every line placed by the program, a TrueType font embedded by Font::TTF as
# a CID font (Identity-H). The information table is two columns, the label cells shaded and
# their text right-aligned, rules drawn as rectangles; a long value wraps inside its cell.
# Usage: perl pdfapi2_write.pl OPS.tsv OUT.pdf FONT.ttf  (OPS: the instruction lines of
# make_families.py's ops_tsv: title, h, p, item, blank, break, cover-*, row, note)
use strict;
use warnings;
use utf8;
use PDF::API2;

my ($src, $out, $ttf) = @ARGV;
open(my $fh, '<:encoding(UTF-8)', $src) or die "$src: $!";
my @ops = map { chomp; [split /\t/, $_, -1] } <$fh>;
close $fh;

my $pdf = PDF::API2->new();
my $font = $pdf->ttfont($ttf);
my ($W, $H, $M) = (595.28, 841.89, 62);
my ($page, $gfx, $txt, $y);

sub new_page {
    $page = $pdf->page();
    $page->mediabox('A4');
    $gfx = $page->gfx();
    $txt = $page->text();
    $y = $H - $M;
}

sub width { my ($s, $size) = @_; return $font->width($s) * $size; }

# `s` cut into lines no wider than `w`, a character at a time.
sub wrap {
    my ($s, $size, $w, $first) = @_;
    my @lines;
    my $cur = '';
    my $avail = $w - $first;
    for my $ch (split //, $s) {
        if ($cur ne '' && width($cur . $ch, $size) > $avail) {
            push @lines, $cur;
            $cur = '';
            $avail = $w;
        }
        $cur .= $ch;
    }
    push @lines, $cur if $cur ne '' || !@lines;
    return @lines;
}

sub put {
    my ($s, $x, $yy, $size) = @_;
    $txt->fillcolor("black");
    $txt->font($font, $size);
    $txt->translate($x, $yy);
    $txt->text($s);
}

sub need { my ($h) = @_; new_page() if $y - $h < $M; }

sub paragraph {
    my ($s, $size, $indent, $first, $lead, $align) = @_;
    my @lines = wrap($s, $size, $W - 2 * $M - $indent, $first);
    for my $i (0 .. $#lines) {
        need($lead);
        $y -= $lead;
        my $l = $lines[$i];
        my $x = $align eq 'center' ? ($W - width($l, $size)) / 2 : $M + $indent + ($i == 0 ? $first : 0);
        put($l, $x, $y, $size);
    }
}

# A table row: the label in a shaded cell, right-aligned; the value wrapped in the other.
sub row {
    my ($label, $value) = @_;
    my ($size, $pad, $split) = (10.5, 6, $M + 150);
    my $lead = $size * 1.45;
    my @l = wrap($label, $size, $split - $M - 2 * $pad, 0);
    my @v = wrap($value, $size, $W - $M - $split - 2 * $pad, 0);
    my $n = @l > @v ? scalar @l : scalar @v;
    my $h = $n * $lead + 2 * $pad;
    need($h);
    $gfx->fillcolor('#E7E6E6');
    $gfx->rect($M, $y - $h, $split - $M, $h);
    $gfx->fill();
    $gfx->strokecolor('black');
    $gfx->linewidth(0.5);
    $gfx->rect($M, $y - $h, $split - $M, $h);
    $gfx->rect($split, $y - $h, $W - $M - $split, $h);
    $gfx->stroke();
    my $top = $y - $pad;
    for my $i (0 .. $#l) {
        my $s = $l[$i];
        put($s, $split - $pad - width($s, $size), $top - ($i + 1) * $lead + $size * 0.3, $size);
    }
    for my $i (0 .. $#v) {
        put($v[$i], $split + $pad, $top - ($i + 1) * $lead + $size * 0.3, $size);
    }
    $y -= $h;
}

new_page();
for my $op (@ops) {
    my ($k, @f) = @$op;
    if ($k eq 'row') { row($f[0], $f[1] // ''); }
    elsif ($k eq 'break') { new_page(); }
    elsif ($k eq 'blank') { $y -= 21; }
    elsif ($k eq 'title') { paragraph($f[0], 16, 0, 0, 30, 'center'); $y -= 8; }
    elsif ($k eq 'cover-title') { paragraph($f[0], 22, 0, 0, 36, 'center'); }
    elsif ($k eq 'cover-line') { paragraph($f[0], 14, 80, 0, 28, 'left'); }
    elsif ($k eq 'cover-foot') { paragraph($f[0], 14, 0, 0, 26, 'center'); }
    elsif ($k eq 'h') { $y -= 6; paragraph($f[0], 12, 0, 0, 20, 'left'); }
    elsif ($k eq 'item') { paragraph($f[0], 10.5, 21, 0, 18, 'left'); }
    elsif ($k eq 'p') { paragraph($f[0], 10.5, 0, 21, 18, 'left'); }
    elsif ($k eq 'note') { $y -= 10; paragraph($f[0], 9, 0, 0, 14, 'left'); }
}
$pdf->saveas($out);
