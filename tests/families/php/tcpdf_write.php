<?php
// A PDF as PHP back ends export one with TCPDF (Debian's php-tcpdf): a TrueType CJK font
// (Droid Sans Fallback, TCPDF's usual choice for Chinese) converted by TCPDF's own
// addTTFfont into its font cache and embedded as a subset, the content given to writeHTML.
// Usage: php tcpdf_write.php page.html out.pdf fontdir
// The font directory is made writable (TCPDF writes its converted fonts there); the core
// font files TCPDF needs for its defaults are copied in.
$fontdir = rtrim($argv[3], '/') . '/';
if (!is_dir($fontdir)) { mkdir($fontdir, 0777, true); }
foreach (glob('/usr/share/php/tcpdf/fonts/helvetica*.php') as $f) {
    if (!file_exists($fontdir . basename($f))) { copy($f, $fontdir . basename($f)); }
}
define('K_PATH_FONTS', $fontdir);
require_once('/usr/share/php/tcpdf/tcpdf.php');
$font = @TCPDF_FONTS::addTTFfont('/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf', 'TrueTypeUnicode', '', 96, $fontdir);
$pdf = new TCPDF('P', 'mm', 'A4', true, 'UTF-8', false);
$pdf->SetCreator('TCPDF');
$pdf->SetTitle(pathinfo($argv[2], PATHINFO_FILENAME));
$pdf->setPrintHeader(false);
$pdf->setPrintFooter(false);
$pdf->SetMargins(20, 20, 20);
$pdf->SetAutoPageBreak(true, 20);
$pdf->SetFont($font, '', 11);
$pdf->AddPage();
// Only the page's body: TCPDF takes its own font, not the page's CSS font names. A paragraph
// that breaks the page after it is a TCPDF page break.
$html = file_get_contents($argv[1]);
if (preg_match('/<body[^>]*>(.*)<\/body>/is', $html, $m)) { $html = $m[1]; }
$html = preg_replace('/<p style=.page-break-after: ?always.><\/p>/i', '<br pagebreak="true"/>', $html);
$pdf->writeHTML($html, true, false, true, false, '');
$pdf->Output($argv[2], 'F');
