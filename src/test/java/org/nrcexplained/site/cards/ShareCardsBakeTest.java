package org.nrcexplained.site.cards;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.nrcexplained.site.Bake;
import org.nrcexplained.site.Fixture;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cards in a real bake (the fixture site, through JBake's Oven): one per page, named by its og:image. */
class ShareCardsBakeTest {

    @Test
    void everyPageNamesItsOwnCardAndEveryCardBelongsToAPage() throws IOException {
        Fixture fixture = Fixture.create("cards");
        Bake.Result result = fixture.bake();
        assertFalse(result.failed(), result::messages);
        Path out = result.output();

        Set<String> named = new TreeSet<>();
        List<Path> pages;
        try (Stream<Path> files = Files.walk(out)) {
            pages = files.filter(p -> p.toString().endsWith(".html") && !p.getFileName().toString().equals("404.html")).toList();
        }
        assertFalse(pages.isEmpty());
        for (Path page : pages) {
            String path = out.relativize(page).toString().replace('\\', '/');
            Document doc = Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8));
            String image = doc.select("meta[property=og:image]").attr("content");
            assertEquals(Bake.BASE + "cards/" + path.replaceAll("\\.html$", ".png"), image, path);
            assertEquals("1200", doc.select("meta[property=og:image:width]").attr("content"), path);
            assertEquals("630", doc.select("meta[property=og:image:height]").attr("content"), path);
            assertTrue(doc.select("meta[property=og:image:alt]").attr("content").startsWith(doc.select("meta[property=og:title]").attr("content")), path);
            assertEquals("summary_large_image", doc.select("meta[name=twitter:card]").attr("content"), path);

            Path card = out.resolve(image.substring(Bake.BASE.length()));
            assertTrue(Files.isRegularFile(card), path + ": no card " + card);
            assertTrue(Files.size(card) < 60 * 1024, card + " weighs " + Files.size(card) + " bytes");
            BufferedImage picture = ImageIO.read(card.toFile());
            assertEquals(1200, picture.getWidth());
            assertEquals(630, picture.getHeight());
            named.add(out.relativize(card).toString().replace('\\', '/'));
        }
        Set<String> cards;
        try (Stream<Path> files = Files.walk(out.resolve("cards"))) {
            cards = files.filter(Files::isRegularFile).map(p -> out.relativize(p).toString().replace('\\', '/')).collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(named, cards, "a card for every page, none for the data exports, robots.txt, feed, sitemap or 404 page");
    }

    @Test
    void aBakeThatStopsOnAMistakeDrawsNoCard() {
        Fixture fixture = Fixture.create("cards-mistake").edit("content/actors/nato.md", "status=published", "status=live");
        Bake.Result result = fixture.bake();
        assertTrue(result.failed(), "the bake should stop");
        assertFalse(Files.exists(result.output().resolve("cards")), "cards were drawn although the bake stopped");
    }
}
