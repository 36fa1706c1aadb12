// Subsets Noto Sans Regular and Bold for the share cards (src/main/java/.../cards/ShareCard.java).
//
//   node subset-fonts.mjs [FONT_DIR]
//
// FONT_DIR holds NotoSans-Regular.ttf and NotoSans-Bold.ttf (default: Debian's fonts-noto-core,
// /usr/share/fonts/truetype/noto). Keeps Basic Latin, Latin-1, Latin Extended-A and -B, the
// general punctuation (– — ‘ ’ “ ” … • ‹ ›) and the euro, plus every non-ASCII
// character that content/ and data/ use today, so a title that uses them still renders
// with the font (ShareCards stops the bake on a character the font lacks: run this again).
// Drops hinting (the cards are antialiased) and layout features other than kerning and accents.
// Writes TrueType files into src/main/resources/org/nrcexplained/site/cards/.
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const fontDir = process.argv[2] || '/usr/share/fonts/truetype/noto';
const out = join(root, 'src', 'main', 'resources', 'org', 'nrcexplained', 'site', 'cards');

const chars = new Set();
const range = (from, to) => { for (let c = from; c <= to; c++) chars.add(String.fromCodePoint(c)); };
range(0x20, 0x7e);      // Basic Latin
range(0xa0, 0x24f);     // Latin-1 Supplement, Latin Extended-A, Latin Extended-B
range(0x2010, 0x2027);  // dashes, quotes, bullet, ellipsis
range(0x2030, 0x203a);  // per mille, primes, single guillemets
range(0x20ac, 0x20ac);  // euro

// Every non-ASCII character the content and data use (e.g. Cyrillic in source titles).
function walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else for (const ch of readFileSync(p, 'utf8')) if (ch.codePointAt(0) > 0x7f) chars.add(ch);
  }
}
walk(join(root, 'content'));
walk(join(root, 'data'));

const text = [...chars].sort().join('');
for (const name of ['NotoSans-Regular.ttf', 'NotoSans-Bold.ttf']) {
  const input = readFileSync(join(fontDir, name));
  const subset = await subsetFont(input, text, {
    targetFormat: 'truetype',
    noHinting: true,                              // the cards are drawn antialiased at 22–80 px
    keepFeatures: ['kern', 'ccmp', 'mark', 'mkmk'], // kerning and accents; no ligatures needed
    preserveNameIds: [0, 1, 2, 3, 4, 5, 6, 13, 14], // names plus copyright and licence (OFL 1.1)
  });
  writeFileSync(join(out, name), subset);
  console.log(`${name}: ${input.length} → ${subset.length} bytes, ${chars.size} characters`);
}
