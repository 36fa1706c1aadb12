package org.nrcexplained.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Text from content files is shown as text: a title containing <script> cannot run. */
class EscapingTest {

    private static final String PAYLOAD = "<script>alert('x')</script>";

    @Test
    void aTitleContainingScriptIsEscapedOnEveryPage() throws IOException {
        Fixture fixture = Fixture.create("escaping")
            .edit("content/actors/nato.md", "title=NATO en", "title=NATO " + PAYLOAD)
            .edit("content/actors/nato.md", "role=Alliance of 30 states", "role=Alliance " + PAYLOAD)
            .edit("content/terms/nrc.md", "definition=A forum.", "definition=A \"forum\" " + PAYLOAD);
        Bake.Result result = fixture.bake();
        assertFalse(result.failed(), result::messages);

        Document actor = Jsoup.parse(result.output().resolve("actors/nato.html").toFile());
        assertEquals("NATO " + PAYLOAD, actor.selectFirst("h1").text(), "the title is shown as text");
        assertTrue(actor.title().contains(PAYLOAD), "the <title> keeps the text");
        org.jsoup.nodes.Element ld = actor.selectFirst("script[type=application/ld+json]");
        assertEquals("NATO " + PAYLOAD, new com.fasterxml.jackson.databind.ObjectMapper().readTree(ld.data()).get("name").asText(),
            "the JSON-LD keeps the title as text");
        assertEquals("NATO " + PAYLOAD, actor.selectFirst("meta[property=og:title]").attr("content"), "og:title keeps the text");

        try (Stream<Path> files = Files.walk(result.output())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".xml")).toList()) {
                String html = Files.readString(file);
                assertFalse(html.contains(PAYLOAD), file + " contains the raw payload");
                Document doc = Jsoup.parse(html);
                // Scripts are external files; the one inline <script> allowed is the JSON-LD data block
                // (never executed), which must parse as JSON and must not let the payload out as markup.
                for (org.jsoup.nodes.Element s : doc.select("script")) {
                    if (s.attr("type").equals("application/ld+json")) {
                        assertFalse(s.hasAttr("src") || s.data().contains("<"), file + ": JSON-LD with a src or a raw '<': " + s.outerHtml());
                        assertTrue(new com.fasterxml.jackson.databind.ObjectMapper().readTree(s.data()).isObject(), file + ": JSON-LD is not a JSON object");
                    } else {
                        assertTrue(s.data().isEmpty() && s.hasAttr("src"), file + " has an inline script: " + s.outerHtml());
                    }
                }
                assertTrue(doc.select("script").size() <= 2, file + " has more scripts than site.js and one JSON-LD block");
            }
        }
    }
}
