// Builds assets/img/map-en.svg and assets/img/map-id.svg from Natural Earth
// data (npm package world-atlas) and the places/labels in places.json.
// Run: cd tools/map && npm ci && node build-map.mjs
// Development-time only: the site serves the generated SVG files.

import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { gzipSync } from "node:zlib";
import { feature, merge } from "topojson-client";
import { geoConicConformal, geoPath, geoContains, geoDistance } from "d3-geo";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const cfg = JSON.parse(readFileSync(resolve(here, "places.json"), "utf8"));
const world = require(`world-atlas/countries-${cfg.dataResolution}.json`);

// ---------------------------------------------------------------- geometry

// Coordinate precision in the SVG paths: integers (viewBox units) look the
// same as one decimal at this size and keep the files about 1.3 KiB smaller.
const DIGITS = 0;

const CRIMEA = [34.1, 45.0]; // a point inside the Crimean peninsula

// Natural Earth 4.1 (world-atlas 2) draws Crimea inside Russia's outline.
// The site shows internationally recognised borders (UN GA resolution
// 68/262), so move that polygon from Russia to Ukraine and dissolve it into
// Ukraine's outline. Both are TopoJSON geometries sharing arcs.
function countriesFromTopology(topo, crimeaToUkraine) {
  const geoms = topo.objects.countries.geometries.map((g) => ({ ...g }));
  if (crimeaToUkraine) {
    const rus = geoms.find((g) => g.id === "643");
    const ukr = geoms.find((g) => g.id === "804");
    const idx = rus.arcs.findIndex((polyArcs) =>
      geoContains(feature(topo, { type: "Polygon", arcs: polyArcs }), CRIMEA)
    );
    if (idx < 0) {
      // Data changed: check whether Crimea already lies in Ukraine.
      if (!geoContains(feature(topo, ukr), CRIMEA)) {
        throw new Error("Crimea not found in Russia or Ukraine: check the data");
      }
    } else {
      const crimea = { type: "Polygon", arcs: rus.arcs[idx] };
      rus.arcs = rus.arcs.filter((_, i) => i !== idx);
      const merged = merge(topo, [ukr, crimea]);
      Object.assign(ukr, { mergedGeometry: merged });
    }
  }
  return geoms.map((g) => {
    const f = feature(topo, g);
    if (g.mergedGeometry) f.geometry = g.mergedGeometry;
    return f;
  });
}

const countries = countriesFromTopology(world, !!cfg.main.crimeaToUkraine);

// Fit a conic conformal projection so that the lon/lat box `extent` fills
// the panel's width (and its height, if given), then clip to the panel.
// Returns the projection and the panel height.
function makeProjection({ rotate, parallels, extent }, width, height) {
  const [[x0, y0], [x1, y1]] = extent;
  // the box's outline, densified so the conic's curved parallels count
  const outline = {
    type: "MultiPoint",
    coordinates: [
      ...range(x0 - 1, x1 + 1, 1).map((x) => [x, y0]),
      ...range(x0 - 1, x1 + 1, 1).map((x) => [x, y1]),
      [x0, y0], [x0, y1], [x1, y0], [x1, y1],
    ],
  };
  const p = geoConicConformal()
    .rotate(rotate || [-(x0 + x1) / 2, 0])
    .parallels(parallels || [y0 + (y1 - y0) / 4, y1 - (y1 - y0) / 4]);
  if (height) p.fitExtent([[0, 0], [width, height]], outline);
  else {
    p.fitWidth(width, outline);
    height = Math.round(geoPath(p).bounds(outline)[1][1]);
  }
  p.clipExtent([[0, 0], [width, height]]);
  return [p, height];
}

function range(a, b, step) {
  const out = [];
  for (let v = a + step; step > 0 ? v < b : v > b; v += step) out.push(v);
  return out;
}

function countryPaths(projection, classes) {
  const path = geoPath(projection).digits(DIGITS);
  const groups = {};
  for (const f of countries) {
    const d = path(f);
    if (!d) continue; // outside the panel
    const cls = classes[f.id] || "land";
    (groups[cls] ||= []).push(d);
  }
  // One <path> per class keeps the file small; borders are strokes.
  const order = ["land", ...Object.keys(groups).filter((c) => c !== "land")];
  return order
    .filter((c) => groups[c])
    .map((c) => `<path class="${c}" d="${groups[c].join("")}"/>`)
    .join("\n");
}

// ---------------------------------------------------------------- text

const esc = (s) =>
  String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const r1 = (n) => Math.round(n * 10) / 10;

// A multi-line label: first line is the name, the rest are notes (class
// "n"); with notes=false all lines look alike.
function label(lines, x, y, anchor = "middle", cls = "", notes = true) {
  const a = anchor === "start" ? "" : ` text-anchor="${anchor}"`;
  const c = cls ? ` class="${cls}"` : "";
  const [first, ...rest] = lines;
  const n = notes ? ` class="n"` : "";
  const tsp = rest.map((l) => `<tspan${n} x="${r1(x)}" dy="1.15em">${esc(l)}</tspan>`).join("");
  return `<text x="${r1(x)}" y="${r1(y)}"${a}${c}>${esc(first)}${tsp}</text>`;
}

// Rough check (no font metrics): warn if a label may run off its panel.
function checkFit(it, lang, lx, panelW) {
  const w = Math.max(...it[lang].map((l, i) => l.length * (i ? 12.5 * 0.55 : 14.5 * 0.6)));
  const a = it.anchor || "start";
  const left = a === "end" ? lx - w : a === "middle" ? lx - w / 2 : lx;
  if (left < 0 || left + w > panelW) console.warn(`  [${lang}] label "${it[lang][0]}" may run off the panel`);
}

function pointLayer(projection, items, lang, kind, panelW) {
  const out = [];
  for (const it of items) {
    const [px, py] = projection(it.lonlat);
    // label position: at labelAt [lon, lat] if given, else the point + dx/dy
    const [bx, by] = it.labelAt ? projection(it.labelAt) : [px, py];
    const lx = bx + (it.dx || 0);
    const ly = by + (it.dy || 0);
    checkFit(it, lang, lx, panelW);
    if (it.leader) {
      // line from the marker towards the label's anchor point
      const ex = lx + (it.anchor === "end" ? 3 : it.anchor === "start" ? -3 : 0);
      out.push(`<path class="ldr" d="M${r1(px)} ${r1(py)}L${r1(ex)} ${r1(ly - 4)}"/>`);
    }
    if (kind === "base") {
      out.push(`<rect class="base" x="${r1(px - 4)}" y="${r1(py - 4)}" width="8" height="8"/>`);
    } else {
      out.push(`<circle class="city${it.cls ? " " + it.cls : ""}" cx="${r1(px)}" cy="${r1(py)}" r="${it.cls === "key" ? 5 : 4}"/>`);
    }
    out.push(label(it[lang], lx, ly, it.anchor || "start", kind === "base" ? "b" : it.cls || ""));
  }
  return out.join("\n");
}

function countryLabels(projection, items, lang) {
  return items
    .map((it) => {
      const [x, y] = projection(it.lonlat);
      return label(it[lang], x, y, "middle", it.cls || "");
    })
    .join("\n");
}

// Greedy word wrap by an estimated character budget (no font metrics here).
function wrap(text, maxChars) {
  const words = text.split(/\s+/);
  const lines = [];
  let line = "";
  for (const w of words) {
    if (line && (line + " " + w).length > maxChars) {
      lines.push(line);
      line = w;
    } else line = line ? line + " " + w : w;
  }
  if (line) lines.push(line);
  return lines;
}

// ---------------------------------------------------------------- style

// Self-contained: the panels have their own sea colour, so the map reads the
// same on the site's light and dark themes. Text has a light halo.
const STYLE = `
svg{font-family:system-ui,sans-serif}
text{font-size:14.5px;fill:#1b1b1b;paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}
.n{font-size:12.5px;font-weight:400;fill:#333}
.b,text.key{font-weight:600}
.big{font-size:17px;font-weight:600;letter-spacing:.06em;fill:#5a2a22;stroke:none}
.mid{font-size:13px;font-weight:600;stroke:none;fill:#333}
.hd{font-size:14px;font-weight:700;stroke:none}
.attr{font-size:10.5px;fill:#555;stroke:none}
.lg{stroke:none;font-size:13.5px}
.bg{fill:#f8f7f3}
.sea{fill:#cfe0ec}
.frame{fill:none;stroke:#6b7b88;stroke-width:1}
.land,.efp,.ukr,.rus,.cuba{stroke:#fff;stroke-width:.6;stroke-linejoin:round}
.land{fill:#eeece4}
.efp{fill:#3d7cc4}
.ukr{fill:#f4cf55}
.rus{fill:#d9a093}
.cuba{fill:#e59a4f}
.city{fill:#1b1b1b;stroke:#fff;stroke-width:1.5}
.base{fill:#0b2f5b;stroke:#fff;stroke-width:1.5}
.ldr{fill:none;stroke:#1b1b1b;stroke-width:.8}
.dist{fill:none;stroke:#1b1b1b;stroke-width:1.2;stroke-dasharray:4 3}
`.trim();

// ---------------------------------------------------------------- build

function build(lang) {
  const L = cfg.languages[lang];
  const W = cfg.width;
  const M = cfg.main;
  const I = cfg.inset;
  const gap = 10;
  const headH = 22; // inset heading line above the inset panel

  const [pMain, mainH] = makeProjection(M, W, M.height);
  const [pInset] = makeProjection(I, I.width, I.height);

  const lgX = I.width + gap + 6; // legend column
  const lgW = W - lgX;
  const rowY = mainH + gap; // top of the lower row (heading, inset, legend)
  const insetY = rowY + headH;

  // --- main panel
  const main = [
    `<rect class="sea" width="${W}" height="${mainH}"/>`,
    countryPaths(pMain, M.countryClasses),
    countryLabels(pMain, M.countryLabels, lang),
    pointLayer(pMain, M.efp, lang, "base", W),
    pointLayer(pMain, M.cities, lang, "city", W),
    `<rect class="frame" x=".5" y=".5" width="${W - 1}" height="${mainH - 1}"/>`,
  ];

  // --- inset panel
  const byKey = Object.fromEntries(I.cities.map((c) => [c.key, c]));
  let distLine = "";
  if (I.line) {
    const [a, b] = I.line.map((k) => pInset(byKey[k].lonlat));
    distLine = `<path class="dist" d="M${r1(a[0])} ${r1(a[1])}L${r1(b[0])} ${r1(b[1])}"/>`;
    if (I.showDistance && I.distance && I.distance[lang]) {
      const mx = (a[0] + b[0]) / 2 + 8, my = (a[1] + b[1]) / 2 + 4;
      distLine += label([I.distance[lang]], mx, my, "start", "b");
    }
  }
  const inset = [
    label([I.heading[lang]], 0, rowY + 15, "start", "hd"),
    `<g transform="translate(0 ${insetY})">`,
    `<rect class="sea" width="${I.width}" height="${I.height}"/>`,
    countryPaths(pInset, I.countryClasses),
    countryLabels(pInset, I.countryLabels, lang),
    distLine,
    pointLayer(pInset, I.cities, lang, "city", I.width),
    `<rect class="frame" x=".5" y=".5" width="${I.width - 1}" height="${I.height - 1}"/>`,
    `</g>`,
  ];

  // --- legend
  const lg = [`<g transform="translate(${lgX} ${rowY})">`];
  let y = 2;
  const maxChars = Math.floor((lgW - 24) / 7);
  for (const item of cfg.legend.items) {
    const lines = wrap(item[lang], maxChars);
    const sy = y + 2;
    switch (item.swatch) {
      case "base":
        lg.push(`<rect class="base" x="4" y="${sy + 1}" width="8" height="8"/>`);
        break;
      case "city":
        lg.push(`<circle class="city" cx="8" cy="${sy + 5}" r="4"/>`);
        break;
      default:
        lg.push(`<rect class="${item.swatch}" x="0" y="${sy - 1}" width="16" height="12"/>`);
    }
    lg.push(label(lines, 24, y + 11, "start", "lg", false));
    y += 15.5 * lines.length + 7;
  }
  lg.push(`</g>`);
  const lowH = Math.max(headH + I.height, y);
  const totalH = Math.ceil(rowY + lowH + 16);
  const P = 8; // outer padding inside the opaque background
  const attr = label([L.attribution], W, totalH - 4, "end", "attr");

  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W + 2 * P} ${totalH + 2 * P}" role="img" aria-labelledby="map-title map-desc" lang="${L.lang}" xml:lang="${L.lang}">\n` +
    `<title id="map-title">${esc(L.title)}</title>\n` +
    `<desc id="map-desc">${esc(L.desc)}</desc>\n` +
    `<!-- Generated by tools/map/build-map.mjs from tools/map/places.json; map data: Natural Earth (public domain), via world-atlas. Do not edit by hand. -->\n` +
    `<style>\n${STYLE}\n</style>\n` +
    `<rect class="bg" width="${W + 2 * P}" height="${totalH + 2 * P}" rx="6"/>\n` +
    `<g transform="translate(${P} ${P})">\n` +
    [...main, ...inset, ...lg, attr].filter(Boolean).join("\n") +
    `\n</g>\n</svg>\n`;

  const out = resolve(here, L.file);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, svg);
  const bytes = Buffer.from(svg);
  const gz = gzipSync(bytes, { level: 9 }).length;
  console.log(`${L.file}: ${bytes.length} bytes, ${gz} bytes gzipped`);
  if (gz > 14 * 1024) {
    console.error(`  over the 14 KiB gzipped budget`);
    process.exitCode = 1;
  }
}

// Report the Havana–Key West great-circle distance so an editor can check
// any figure put in places.json (inset.distance).
{
  const c = Object.fromEntries(cfg.inset.cities.map((x) => [x.key, x.lonlat]));
  if (c.havana && c.keywest) {
    const km = geoDistance(c.havana, c.keywest) * 6371.0088;
    console.log(`Havana–Key West great-circle: ${Math.round(km)} km (${Math.round(km / 1.609344)} mi)`);
  }
}

for (const lang of Object.keys(cfg.languages)) build(lang);
