package org.nrcexplained.site.cards;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.font.TextAttribute;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One share card: a 1200×630 PNG (the size Open Graph and Twitter's large card expect) with
 * the page's title, a label saying what kind of page it is, the site's name and its tagline,
 * in the site's light colours (assets/css/site.css) and Noto Sans (shipped in this package).
 *
 * <pre>
 * ┃  LABEL (accent, bold)                        e.g. "Who is who · Person"
 * ┃  Title, bold, wrapped and balanced, shrunk
 * ┃  until it fits its box: nothing is cut off
 * ┃
 * ┃▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁
 * ┃  Site name (bold)                            footer band (soft grey)
 * ┃  Tagline (muted)
 * </pre>
 *
 * Pure JDK (java.awt, headless) and deterministic: the same inputs give the same bytes. Each
 * text block is drawn antialiased as a coverage mask whose values pick one of 16 shades between
 * the text's colour and its background, so the card needs only 68 colours and is written as an
 * 8-bit palette PNG ({@link Png}): 14–32 KB for the site's pages, about 5 ms each. Thread-safe:
 * cards may be drawn in parallel.
 */
public final class ShareCard {

    public static final int WIDTH = 1200;
    public static final int HEIGHT = 630;

    /** Colours of assets/css/site.css (light scheme). */
    static final Color BG = new Color(0xffffff);      // --bg
    static final Color FG = new Color(0x1b1b1b);      // --fg
    static final Color MUTED = new Color(0x555555);   // --muted
    static final Color ACCENT = new Color(0x0b4f9c);  // --accent
    static final Color LINE = new Color(0xd4d4d8);    // --line
    static final Color SOFT = new Color(0xf3f4f6);    // --soft

    /** Geometry, in pixels. The text never comes closer than MARGIN to the card's right edge. */
    static final int STRIPE = 16;          // accent stripe along the left edge
    static final int RULE = 2;             // the footer's top rule
    static final int LEFT = 80;            // text starts here
    static final int MARGIN = 80;          // right margin
    static final int TEXT_WIDTH = WIDTH - LEFT - MARGIN;
    static final int TOP = 60;             // top of the label
    static final int FOOTER_TOP = 500;     // the footer band: 500..630
    static final int TITLE_BOTTOM = FOOTER_TOP - 40;  // the title ends above this line
    static final int LABEL_GAP = 22;

    /** Shades between each text colour and its background: enough for smooth antialiasing. */
    private static final int SHADES = 16;

    static final Font REGULAR = load("NotoSans-Regular.ttf");
    static final Font BOLD = load("NotoSans-Bold.ttf");

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final Png.Palette PALETTE = palette();

    /** What a card says. label and tagline may be empty (then they are left out). */
    public record Text(String title, String label, String siteName, String tagline) {
        public Text {
            title = clean(title);
            label = clean(label);
            siteName = clean(siteName);
            tagline = clean(tagline);
            if (title.isEmpty()) throw new IllegalArgumentException("a share card needs a title");
        }
    }

    /** A block of text as laid out: the font size, the lines and the widest line's width. */
    record Block(float size, float lineHeight, List<String> lines, double width) {
        float height() { return lines.size() * lineHeight; }
    }

    /** The layout of a card: each block and the y of its top (null label or tagline: none). */
    record Layout(Block label, float labelTop, Block title, float titleTop, Block siteName, float siteTop, Block tagline, float taglineTop) {}

    private ShareCard() {}

    /** The card as PNG bytes. */
    public static byte[] png(Text text) {
        return Png.encode(pixels(text), WIDTH, HEIGHT, PALETTE);
    }

    /** Characters of the text that the card's font cannot draw (it would show boxes), or "". */
    /** The characters of a title that the card's bold font cannot draw, each once ("" when it can draw them all). */
    public static String missingGlyphs(String title) {
        StringBuilder missing = new StringBuilder();
        missingGlyphs(BOLD, title, missing);
        return missing.toString();
    }

    public static String missingGlyphs(Text text) {
        StringBuilder missing = new StringBuilder();
        missingGlyphs(BOLD, text.title() + text.label() + text.siteName(), missing);
        missingGlyphs(REGULAR, text.tagline(), missing);
        return missing.toString();
    }

    private static void missingGlyphs(Font font, String s, StringBuilder missing) {
        s.codePoints().filter(c -> !font.canDisplay(c) && missing.indexOf(Character.toString(c)) < 0)
                .forEach(missing::appendCodePoint);
    }

    /** Lays the card out: the sizes and lines of each block. */
    static Layout layout(Text text) {
        // Footer: site name, then tagline, each on one line (shrunk if need be).
        Block site = fit(BOLD, text.siteName(), 34, 46, 1);
        Block tagline = text.tagline().isEmpty() ? null : fit(REGULAR, text.tagline(), 24, 34, 1);
        float footerText = site.height() + (tagline == null ? 0 : tagline.height());
        float siteTop = FOOTER_TOP + (HEIGHT - FOOTER_TOP - footerText) / 2;
        float taglineTop = siteTop + site.height();

        // Label: one line, 32 px if it fits, else smaller.
        Block label = text.label().isEmpty() ? null : fit(BOLD, text.label(), 32, 40, 1);
        float labelHeight = label == null ? 0 : label.height() + LABEL_GAP;

        // Title: as large as fits the box between the label and the footer, at most 80 px.
        Block title = fit(BOLD, text.title(), 80, TITLE_BOTTOM - TOP - labelHeight, Integer.MAX_VALUE);
        // Label and title together are centred in the space above the footer.
        float labelTop = TOP + (TITLE_BOTTOM - TOP - labelHeight - title.height()) / 2;
        float titleTop = labelTop + labelHeight;
        return new Layout(label, labelTop, title, titleTop, site, siteTop, tagline, taglineTop);
    }

    /**
     * The card as palette indices, row by row. The backgrounds are filled in directly; each text
     * block is drawn antialiased, white on black, into a mask just large enough for it, and
     * each mask value (the text's coverage of that pixel) picks one of the SHADES shades between
     * the block's background and its colour. No colour search, and only the text's area is drawn.
     */
    static byte[] pixels(Text text) {
        Layout l = layout(text);
        byte[] px = new byte[WIDTH * HEIGHT];
        // One row of each background, copied down (arraycopy is much faster than filling byte by byte).
        for (int y = 0; y < HEIGHT; y++) {
            System.arraycopy(BACKGROUND_ROWS[y < FOOTER_TOP ? 0 : y < FOOTER_TOP + RULE ? 1 : 2], 0, px, y * WIDTH, WIDTH);
        }
        if (l.label() != null) drawBlock(px, BOLD, l.label(), l.labelTop(), I_BG_ACCENT, 0, FOOTER_TOP);
        drawBlock(px, BOLD, l.title(), l.titleTop(), I_BG_FG, 0, FOOTER_TOP);
        drawBlock(px, BOLD, l.siteName(), l.siteTop(), I_SOFT_FG, FOOTER_TOP + RULE, HEIGHT);
        if (l.tagline() != null) drawBlock(px, REGULAR, l.tagline(), l.taglineTop(), I_SOFT_MUTED, FOOTER_TOP + RULE, HEIGHT);
        return px;
    }

    /** The card as an RGB image (for tests and for looking at it). */
    static BufferedImage image(Text text) {
        byte[] px = pixels(text);
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        int[] rgb = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < px.length; i++) rgb[i] = PALETTE.colour(px[i] & 0xff);
        return image;
    }

    /**
     * Draws a block's lines into px: shades from index {@code shades} (1/SHADES of the colour)
     * to {@code shades + SHADES - 1} (the colour itself); coverage 0 leaves the background.
     * Only rows top..bottom (the block's region: above or below the footer's rule) are touched.
     */
    private static void drawBlock(byte[] px, Font font, Block block, float blockTop, int shades, int top, int bottom) {
        Font sized = font.deriveFont(block.size());
        // Each line's ascent and descent are centred in its line height (as CSS does with half-leading).
        LineMetrics m = sized.getLineMetrics("Ág", FRC);
        float firstBaseline = blockTop + (block.lineHeight() - m.getAscent() - m.getDescent()) / 2 + m.getAscent();
        int x0 = STRIPE;
        int y0 = Math.max(top, (int) Math.floor(blockTop - block.size() * 0.5f));
        int y1 = Math.min(bottom, (int) Math.ceil(blockTop + block.height() + block.size() * 0.5f));
        if (y1 <= y0) return;
        // The mask reaches half an em past the widest line (for overhanging glyphs), not further.
        int w = Math.min(WIDTH - x0, LEFT - x0 + (int) Math.ceil(block.width() + block.size() / 2));
        // An RGB mask: Java2D draws antialiased text into it about 3× faster than into a grey one.
        BufferedImage mask = new BufferedImage(w, y1 - y0, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = mask.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.setFont(sized);
            float y = firstBaseline - y0;
            for (String line : block.lines()) {
                g.drawString(line, (float) (LEFT - x0), y);
                y += block.lineHeight();
            }
        } finally {
            g.dispose();
        }
        // Coverage (white on black: any channel) → palette index; 0 where the shade rounds to none.
        byte[] index = new byte[256];
        for (int c = 1; c < 256; c++) {
            int shade = (c * SHADES + 127) / 255;
            index[c] = (byte) (shade == 0 ? 0 : shades + shade - 1);
        }
        int[] coverage = ((DataBufferInt) mask.getRaster().getDataBuffer()).getData();
        for (int row = 0; row < y1 - y0; row++) {
            int from = row * w;
            int to = (y0 + row) * WIDTH + x0;
            for (int x = 0; x < w; x++) {
                int c = coverage[from + x];
                if (c != 0) {
                    byte i = index[c & 0xff];
                    if (i != 0) px[to + x] = i;
                }
            }
        }
    }

    /**
     * Fits text into a box TEXT_WIDTH wide and {@code height} high: the largest size, from
     * {@code maxSize} down, at which the text wraps into at most {@code maxLines} lines that fit
     * the box. Below the smallest readable size (16 px) any number of lines is allowed, and if
     * even that does not fit, the size goes on shrinking: the text is never cut. Lines are
     * balanced (as CSS text-wrap: balance) so that a title does not end with a lone word.
     */
    static Block fit(Font font, String text, int maxSize, float height, int maxLines) {
        String[] words = text.split(" ");
        double[] widths = new double[words.length];
        Font ref = font.deriveFont(100f);
        for (int i = 0; i < words.length; i++) widths[i] = width(ref, words[i]);
        double space = width(ref, " ");
        for (float size = maxSize; size >= 4; size -= size > 24 ? 2 : 1) {
            float lineHeight = Math.round(size * 1.2f);
            int linesAllowed = (int) Math.min(size >= 16 ? maxLines : Integer.MAX_VALUE, Math.floor(height / lineHeight));
            if (linesAllowed < 1) continue;
            double scale = size / 100.0;
            List<String> lines = wrap(words, widths, space, scale, TEXT_WIDTH);
            if (lines == null || lines.size() > linesAllowed) continue;
            lines = balance(words, widths, space, scale, lines.size());
            Font sized = font.deriveFont(size);
            double widest = lines.stream().mapToDouble(line -> width(sized, line)).max().orElse(0);
            if (widest <= TEXT_WIDTH) {
                return new Block(size, lineHeight, lines, widest);
            }
        }
        throw new IllegalArgumentException("text too long for a share card: " + text);
    }

    /** Greedy wrap at spaces; null if a single word is wider than the width. */
    private static List<String> wrap(String[] words, double[] widths, double space, double scale, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        double used = 0;
        for (int i = 0; i < words.length; i++) {
            double w = widths[i] * scale;
            if (w > width) return null;
            if (line.length() > 0 && used + space * scale + w <= width) {
                line.append(' ').append(words[i]);
                used += space * scale + w;
            } else {
                if (line.length() > 0) lines.add(line.toString());
                line.setLength(0);
                line.append(words[i]);
                used = w;
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** The narrowest width at which the text still wraps into the same number of lines. */
    private static List<String> balance(String[] words, double[] widths, double space, double scale, int count) {
        double lo = 0;
        double hi = TEXT_WIDTH;
        List<String> best = wrap(words, widths, space, scale, hi);
        if (count == 1) return best;
        for (int i = 0; i < 12; i++) {
            double mid = (lo + hi) / 2;
            List<String> lines = wrap(words, widths, space, scale, mid);
            if (lines != null && lines.size() <= count) {
                hi = mid;
                best = lines;
            } else {
                lo = mid;
            }
        }
        return best;
    }

    private static double width(Font font, String s) {
        return font.getStringBounds(s, FRC).getWidth();
    }

    /** Palette indices: the four flat colours, then SHADES shades for each text colour on its background. */
    private static final byte I_BG = 0, I_SOFT = 1, I_LINE = 2, I_ACCENT = 3;
    private static final int I_BG_FG = 4, I_BG_ACCENT = I_BG_FG + SHADES, I_SOFT_FG = I_BG_ACCENT + SHADES,
            I_SOFT_MUTED = I_SOFT_FG + SHADES;

    /** A row of the card above the footer, of its rule, and of the footer: the stripe, then the background. */
    private static final byte[][] BACKGROUND_ROWS = {row(I_BG), row(I_LINE), row(I_SOFT)};

    private static byte[] row(byte background) {
        byte[] row = new byte[WIDTH];
        java.util.Arrays.fill(row, background);
        java.util.Arrays.fill(row, 0, STRIPE, I_ACCENT);
        return row;
    }

    private static Png.Palette palette() {
        Png.Palette p = new Png.Palette();
        p.add(BG.getRGB());
        p.add(SOFT.getRGB());
        p.add(LINE.getRGB());
        p.add(ACCENT.getRGB());
        shades(p, BG, FG);
        shades(p, BG, ACCENT);
        shades(p, SOFT, FG);
        shades(p, SOFT, MUTED);
        return p;
    }

    private static void shades(Png.Palette p, Color from, Color to) {
        for (int i = 1; i <= SHADES; i++) {
            double t = i / (double) SHADES;
            p.add(new Color(mix(from.getRed(), to.getRed(), t), mix(from.getGreen(), to.getGreen(), t), mix(from.getBlue(), to.getBlue(), t)).getRGB());
        }
    }

    private static int mix(int a, int b, double t) {
        return (int) Math.round(a + (b - a) * t);
    }

    /** Collapses whitespace (a title is one line of text). */
    private static String clean(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }

    private static Font load(String name) {
        try (InputStream in = ShareCard.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("share-card font missing from the class path: " + name);
            Font font = Font.createFont(Font.TRUETYPE_FONT, in);
            return font.deriveFont(Map.of(TextAttribute.KERNING, TextAttribute.KERNING_ON));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("share-card font unreadable: " + name, e);
        }
    }
}
