package org.nrcexplained.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sources pages (sources.html and the pages of sources by date, sources/*.html, in both
 * languages) stay within the page weight budget when the site cites twice as many sources as
 * today: the real site is baked with a data/sources.yaml in which every entry appears twice,
 * the copy under a new key.
 *
 * A copy that repeated its original word for word would cost almost nothing gzipped (gzip
 * finds the repeat), which would make the test pass too easily. So each copy has its letters
 * shifted by 13 (ROT13) in publisher, labels, title and address: new text, as hard to compress
 * as real sources, with the same lengths, the same dates and labels that stay unique and keep
 * their year.
 */
class SourcesPagesStayWithinTheBudgetWithTwiceTodaysSourcesTest {

    @Test
    void theSourcesPagesStayWithinTheBudgetWithTwiceTodaysSources() throws IOException {
        Path root = Bake.PROJECT.resolve("target/fixtures/twice-the-sources");
        Bake.deleteTree(root);
        for (String dir : new String[] {"content", "templates", "data", "assets"}) {
            Bake.copyTree(Bake.PROJECT.resolve(dir), root.resolve(dir));
        }
        Files.copy(Bake.PROJECT.resolve("jbake.properties"), root.resolve("jbake.properties"));

        Map<String, Map<String, String>> today = new Yaml().load(Files.readString(Bake.PROJECT.resolve("data/sources.yaml"), StandardCharsets.UTF_8));
        assertTrue(today.size() > 100, "data/sources.yaml has only " + today.size() + " sources");
        StringBuilder doubled = new StringBuilder(Files.readString(Bake.PROJECT.resolve("data/sources.yaml"), StandardCharsets.UTF_8));
        doubled.append("\n# Copies for the test: letters shifted by 13.\n");
        for (Map.Entry<String, Map<String, String>> e : today.entrySet()) {
            Map<String, String> copy = new LinkedHashMap<>(e.getValue());
            for (String field : List.of("publisher", "label", "label_id", "title")) {
                copy.computeIfPresent(field, (k, v) -> rot13(v));
            }
            copy.computeIfPresent("url", (k, v) -> v.replaceFirst("^(https?://)(.*)$", "$1") + rot13(v.replaceFirst("^https?://", "")));
            doubled.append(e.getKey()).append("-copy:\n");
            copy.forEach((k, v) -> doubled.append("  ").append(k).append(": ").append(quoted(v)).append('\n'));
        }
        Files.writeString(root.resolve("data/sources.yaml"), doubled, StandardCharsets.UTF_8);

        Bake.Result result = Bake.run(root, root.resolve("output"));
        assertFalse(result.failed(), () -> "the site with twice the sources did not bake:\n" + result.messages());
        Path out = result.output().toAbsolutePath().normalize();

        List<String> pages = new ArrayList<>();
        for (String lang : List.of("", "id/")) {
            pages.add(lang + "sources.html");
            try (Stream<Path> list = Files.list(out.resolve(lang + "sources"))) {
                list.map(p -> lang + "sources/" + p.getFileName()).sorted().forEach(pages::add);
            }
        }
        List<String> over = new ArrayList<>();
        for (String lang : List.of("", "id/")) {
            int listed = 0;
            for (String uri : pages.stream().filter(p -> p.startsWith(lang) && (lang.isEmpty() ? !p.startsWith("id/") : true)).toList()) {
                Document page = Jsoup.parse(out.resolve(uri).toFile(), "UTF-8", Bake.BASE + uri);
                listed += page.select(".source-list > li[id^=src-]").size();
                int weight = EveryPageFitsTheWeightBudgetTest.weight(out, uri, page);
                System.out.printf("twice the sources: %6d bytes  %s%n", weight, uri);
                if (weight > EveryPageFitsTheWeightBudgetTest.BUDGET) {
                    over.add(uri + ": " + weight + " bytes");
                }
            }
            assertEquals(2 * today.size(), listed, (lang.isEmpty() ? "English" : "Indonesian")
                + " sources pages: every source and every copy is listed once");
        }
        assertTrue(over.isEmpty(), "with twice the sources, these pages are over the budget of "
            + EveryPageFitsTheWeightBudgetTest.BUDGET + " bytes gzipped:\n" + String.join("\n", over));
    }

    /** Letters shifted by 13 places (A↔N), everything else kept. */
    static String rot13(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c >= 'a' && c <= 'z') {
                c = (char) ('a' + (c - 'a' + 13) % 26);
            } else if (c >= 'A' && c <= 'Z') {
                c = (char) ('A' + (c - 'A' + 13) % 26);
            }
            b.append(c);
        }
        return b.toString();
    }

    /** A YAML double-quoted string (JSON escapes are valid YAML). */
    private static String quoted(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
