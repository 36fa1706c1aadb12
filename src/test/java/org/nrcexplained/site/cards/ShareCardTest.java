package org.nrcexplained.site.cards;

import org.junit.jupiter.api.Test;
import org.nrcexplained.site.content.Site;

import javax.imageio.ImageIO;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The share card as a picture: its size, weight, that text always fits, and the font's coverage. */
class ShareCardTest {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private static final int LIMIT = 60 * 1024;
    private static final String TAGLINE = "The NATO–Russia Council meeting of 12 January 2022, and what led to it";

    @Test
    void isA1200By630PaletteImage() throws IOException {
        BufferedImage image = decode(ShareCard.png(new ShareCard.Text("Jens Stoltenberg", "Who is who · Person", "NRC Explained", TAGLINE)));
        assertEquals(1200, image.getWidth());
        assertEquals(630, image.getHeight());
        assertEquals(BufferedImage.TYPE_BYTE_INDEXED, image.getType(), "an 8-bit palette PNG");
    }

    @Test
    void theLongestRealTitleInEachLanguageStaysUnder60KB() throws IOException {
        CardStrings strings = CardStrings.from(Site.read(Path.of("")).i18n());
        for (String lang : List.of("en", "id")) {
            Map<String, Object> page = longestTitle(lang);
            byte[] png = ShareCard.png(CardText.of(page, strings));
            assertTrue(png.length < LIMIT, lang + " card for '" + page.get("title") + "' weighs " + png.length + " bytes");
            ShareCard.Layout layout = ShareCard.layout(CardText.of(page, strings));
            assertTrue(layout.title().size() >= 56, "a real title is drawn large: " + layout.title().size() + " px for " + page.get("title"));
        }
    }

    @Test
    void aVeryLongTitleIsShrunkAndWrappedNotCut() throws IOException {
        String title = "The NATO–Russia Council meets in Brussels for the first time since 2019, and Russia's deputy foreign minister Alexander Grushko says that there is no positive agenda at all, ".repeat(4)
                + "Pneumonoultramicroscopicsilicovolcanoconiosis-and-an-unbreakable-hyphenated-compound-word-that-goes-on";
        ShareCard.Text text = new ShareCard.Text(title, "Chronology · 12 January 2022 – 13 January 2022", "Memahami Dewan NATO-Rusia",
                "Pertemuan Dewan NATO-Rusia 12 Januari 2022 dan latar belakangnya");
        ShareCard.Layout layout = ShareCard.layout(text);
        assertEquals(title, String.join(" ", layout.title().lines()), "every word of the title is drawn");
        assertTrue(layout.title().lines().size() > 3);

        BufferedImage image = decode(ShareCard.png(text));
        int bg = ShareCard.BG.getRGB(), soft = ShareCard.SOFT.getRGB(), line = ShareCard.LINE.getRGB(), accent = ShareCard.ACCENT.getRGB();
        // No text pixel in the right margin (the last MARGIN columns), the left margin (between the
        // stripe and the text, less 8 px for glyphs that reach left of their origin), the top 20
        // rows, the bottom 10 rows, or the gap above the footer's rule.
        for (int y = 0; y < ShareCard.HEIGHT; y++) {
            for (int x = ShareCard.STRIPE; x < ShareCard.WIDTH; x++) {
                boolean margin = x >= ShareCard.WIDTH - ShareCard.MARGIN || x < ShareCard.LEFT - 8
                        || y < 20 || y >= ShareCard.HEIGHT - 10
                        || (y >= ShareCard.TITLE_BOTTOM && y < ShareCard.FOOTER_TOP + ShareCard.RULE);
                if (!margin) continue;
                int expected = y < ShareCard.FOOTER_TOP ? bg : y < ShareCard.FOOTER_TOP + ShareCard.RULE ? line : soft;
                assertEquals(Integer.toHexString(expected), Integer.toHexString(image.getRGB(x, y)), "text reaches the margin at " + x + "," + y);
            }
            assertEquals(accent, image.getRGB(0, y));
        }
        // And the text is there: some pixels between the margins are dark.
        long dark = 0;
        for (int y = 40; y < ShareCard.TITLE_BOTTOM; y++) {
            for (int x = ShareCard.LEFT; x < ShareCard.WIDTH - ShareCard.MARGIN; x++) {
                if ((image.getRGB(x, y) & 0xff) < 0x40) dark++;
            }
        }
        assertTrue(dark > 10_000, "the title is drawn");
        assertTrue(ShareCard.png(text).length < LIMIT);
    }

    @Test
    void everyLineFitsTheTextWidth() {
        for (String title : List.of("Glossary", "Nicolae Ciucă", "W".repeat(60), "Biden and Putin meet in Geneva and launch a strategic stability dialogue")) {
            ShareCard.Layout layout = ShareCard.layout(new ShareCard.Text(title, "", "NRC Explained", TAGLINE));
            Font font = ShareCard.BOLD.deriveFont(layout.title().size());
            for (String line : layout.title().lines()) {
                double width = font.getStringBounds(line, new FontRenderContext(null, true, true)).getWidth();
                assertTrue(width <= ShareCard.TEXT_WIDTH, "'" + line + "' is " + width + " px wide");
            }
            assertTrue(layout.title().height() <= ShareCard.TITLE_BOTTOM - ShareCard.TOP);
        }
    }

    @Test
    void indonesianAndOtherLatinTextIsDrawnWithTheFontNotBoxes() {
        String text = "Nicolae Ciucă, Ādaži, Kırıkkale, Mikuláš Dzurinda, Vytautas Landsbergis – “Pertahanan” ‘kolektif’… Żagań, Łódź, Şişli, Đakovo, Ørsted";
        ShareCard.Text card = new ShareCard.Text(text, "Tokoh dan lembaga · Tokoh", "Memahami Dewan NATO-Rusia", "Pertemuan Dewan NATO-Rusia 12 Januari 2022 dan latar belakangnya");
        assertEquals("", ShareCard.missingGlyphs(card));
        FontRenderContext frc = new FontRenderContext(null, true, true);
        for (Font font : List.of(ShareCard.BOLD, ShareCard.REGULAR)) {
            assertEquals("Noto Sans", font.getFamily());
            int missing = font.getMissingGlyphCode();
            int[] glyphs = font.createGlyphVector(frc, text).getGlyphCodes(0, text.length(), null);
            assertTrue(Arrays.stream(glyphs).noneMatch(g -> g == missing), "a character of '" + text + "' has no glyph");
        }
        // A character the subset lacks is reported (the bake stops on it), not drawn as a box.
        assertEquals("中", ShareCard.missingGlyphs(new ShareCard.Text("NATO 中", "", "NRC Explained", "")));
    }

    @Test
    void everyTitleAndUiStringIsInTheFont() throws IOException {
        // What a card can show: every content file's title and every string of data/i18n.yaml.
        StringBuilder text = new StringBuilder(Files.readString(Path.of("data", "i18n.yaml"), StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".md")).toList()) {
                text.append(header(file).getOrDefault("title", ""));
            }
        }
        StringBuilder missing = new StringBuilder();
        text.codePoints().filter(c -> c >= 0x20 && !ShareCard.BOLD.canDisplay(c) && missing.indexOf(Character.toString(c)) < 0)
                .forEach(missing::appendCodePoint);
        assertEquals("", missing.toString(), "characters the card font lacks: see tools/cards/README.md");
    }

    @Test
    void sameInputsGiveTheSameBytes() {
        ShareCard.Text text = new ShareCard.Text("Sergei Ryabkov", "Who is who · Person", "NRC Explained", TAGLINE);
        assertArrayEquals(ShareCard.png(text), ShareCard.png(text));
        assertNotEquals(Arrays.hashCode(ShareCard.png(text)),
                Arrays.hashCode(ShareCard.png(new ShareCard.Text("Sergei Lavrov", "Who is who · Person", "NRC Explained", TAGLINE))));
    }

    /** The published HTML page of language lang with the longest title, as its header fields. */
    private static Map<String, Object> longestTitle(String lang) throws IOException {
        Set<String> html = Set.of("home", "page", "actors", "actor", "chronology", "event", "glossary", "term", "sources");
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            return files.filter(p -> p.toString().endsWith(".md")).map(ShareCardTest::header)
                    .filter(h -> lang.equals(h.get("lang")) && html.contains(h.get("type")) && "published".equals(h.get("status")))
                    .max(Comparator.comparingInt(h -> h.get("title").toString().length()))
                    .orElseThrow();
        }
    }

    private static Map<String, Object> header(Path file) {
        Map<String, Object> fields = new HashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("~~~~~~")) break;
                int eq = line.indexOf('=');
                if (eq > 0) fields.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return fields;
    }

    private static BufferedImage decode(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }
}
