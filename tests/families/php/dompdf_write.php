<?php
// A PDF as PHP back ends export one with dompdf (Debian's php-dompdf, CPDF back end): the
// HTML page rendered with a CJK TrueType font declared by @font-face (Droid Sans Fallback,
// for the normal and the bold weight), embedded as a subset by dompdf.
// Usage: php dompdf_write.php page.html out.pdf fontdir
require_once('/usr/share/php/dompdf/autoload.php');
use Dompdf\Dompdf;
use Dompdf\Options;
$fontdir = $argv[3];
if (!is_dir($fontdir)) { mkdir($fontdir, 0777, true); }
$o = new Options();
$o->set('fontDir', $fontdir);
$o->set('fontCache', $fontdir);
$o->set('chroot', '/');
$o->set('defaultFont', 'droid');
$ttf = 'file:///usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf';
$css = "<style>@font-face { font-family: 'droid'; font-weight: normal; src: url('$ttf') format('truetype'); } "
     . "@font-face { font-family: 'droid'; font-weight: bold; src: url('$ttf') format('truetype'); } "
     . "body, p, td, th, h1, h2, h3, b, span { font-family: 'droid'; }</style>";
$html = file_get_contents($argv[1]);
$html = preg_replace('/<\/head>/i', $css . '</head>', $html, 1);
$d = new Dompdf($o);
$d->loadHtml($html, 'UTF-8');
$d->setPaper('A4', 'portrait');
$d->render();
file_put_contents($argv[2], $d->output());
