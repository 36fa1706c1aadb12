package org.nrcexplained.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Text written by editors (every free-text header field of every type, the shared source list,
 * the article's paragraph gists) is shown as text and never runs, in element content and in
 * attributes (title, data-definition, meta content); and the real site's external links and
 * resources are safe.
 */
class SecurityTest {

    /** Breaks out of double- and single-quoted attributes and out of element content. */
    static final String PAYLOAD = "\"'><script>alert(1)</script><img src=x onerror=alert(2)>";

    /** Header fields that hold free text (the others are checked keys, dates and enumerations: the bake refuses a payload there). */
    static final Set<String> FREE_TEXT = Set.of("title", "description", "summary", "role", "country", "wants", "other", "definition", "expansion");

    @Test
    void aScriptPayloadInEveryTextFieldAndDataFileIsInertOnEveryPage() throws IOException {
        Fixture fixture = Fixture.create("security");
        int fields = 0;
        try (Stream<Path> walk = Files.walk(fixture.root().resolve("content"))) {
            for (Path file : walk.filter(f -> f.toString().endsWith(".md")).toList()) {
                String rel = fixture.root().relativize(file).toString();
                String text = fixture.read(rel);
                if (text.contains("type=actor\n")) {
                    text = text.replace("~~~~~~", "wants=More\n~~~~~~");
                }
                StringBuilder out = new StringBuilder();
                boolean header = true;
                for (String line : text.split("\n", -1)) {
                    if (line.equals("~~~~~~")) {
                        header = false;
                    }
                    int eq = line.indexOf('=');
                    if (header && eq > 0 && FREE_TEXT.contains(line.substring(0, eq))) {
                        line = line + " " + PAYLOAD;
                        fields++;
                    }
                    out.append(line).append('\n');
                }
                fixture.write(rel, out.toString().stripTrailing() + "\n");
            }
        }
        assertTrue(fields >= 30, "too few fields got the payload: " + fields);
        String yamlPayload = "'" + PAYLOAD.replace("'", "''") + "'";
        fixture.edit("data/sources.yaml", "publisher: \"NATO\"", "publisher: " + yamlPayload)
            .edit("data/sources.yaml", "title: \"A fixture source\"", "title: " + yamlPayload)
            .edit("data/article.yaml", "gist_en: \"First paragraph.\"", "gist_en: " + yamlPayload)
            .edit("data/article.yaml", "gist_id: \"Paragraf pertama.\"", "gist_id: " + yamlPayload);

        Bake.Result result = fixture.bake();
        assertFalse(result.failed(), result::messages);

        List<String> problems = new ArrayList<>();
        int pages = 0;
        int payloadsSeen = 0;
        try (Stream<Path> walk = Files.walk(result.output())) {
            for (Path file : walk.filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".xml")).toList()) {
                String raw = Files.readString(file, StandardCharsets.UTF_8);
                String name = result.output().relativize(file).toString();
                if (raw.contains("<script>alert") || raw.contains("<img src=x")) {
                    problems.add(name + ": contains the payload unescaped");
                }
                if (!name.endsWith(".html")) {
                    continue;
                }
                pages++;
                Document doc = Jsoup.parse(raw);
                payloadsSeen += countPayloads(doc);
                for (Element el : doc.getAllElements()) {
                    for (Attribute a : el.attributes()) {
                        if (a.getKey().toLowerCase().startsWith("on")) {
                            problems.add(name + ": <" + el.tagName() + "> has an event attribute " + a.getKey());
                        }
                    }
                    if (el.tagName().equals("script") && el.attr("type").equals("application/ld+json")) {
                        // A data block, never run; it must not contain "<", so "</script>" cannot end it early.
                        if (el.data().contains("<")) {
                            problems.add(name + ": JSON-LD block contains a raw '<': " + el.data());
                        }
                    } else if (el.tagName().equals("script") && (!el.hasAttr("src") || !el.data().isBlank())) {
                        problems.add(name + ": inline <script>: " + el.outerHtml());
                    }
                    if (el.tagName().equals("img") && el.attr("src").equals("x")) {
                        problems.add(name + ": the payload's <img> became an element");
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
        assertTrue(pages >= 16, "too few pages were checked: " + pages);

        // Not vacuous: the payload is on the pages, as text, in element content and in attributes.
        Document actor = Jsoup.parse(result.output().resolve("actors/nato.html").toFile(), "UTF-8");
        assertTrue(actor.selectFirst("h1").text().contains(PAYLOAD), "the actor's title is not shown as text");
        assertTrue(actor.title().contains(PAYLOAD), "the <title> does not keep the text");
        assertTrue(actor.selectFirst("meta[name=description]").attr("content").contains(PAYLOAD), "meta description lost the text");
        Document keyPoints = Jsoup.parse(result.output().resolve("key-points.html").toFile(), "UTF-8");
        Element term = keyPoints.selectFirst("a.term[data-definition]");
        assertTrue(term != null && term.attr("data-definition").contains(PAYLOAD), "the term's data-definition does not hold the text");
        assertTrue(keyPoints.select(".cite a[title]").stream().anyMatch(a -> a.attr("title").contains(PAYLOAD)),
            "the source's citation title does not hold the text");
        Document sources = Jsoup.parse(result.output().resolve("sources.html").toFile(), "UTF-8");
        assertTrue(sources.text().contains(PAYLOAD), "the sources page does not show the source and gist as text");
        assertTrue(payloadsSeen > 40, "the payload appeared only " + payloadsSeen + " times as text or attribute values");
    }

    private static int countPayloads(Document doc) {
        int n = 0;
        for (Element el : doc.getAllElements()) {
            if (el.ownText().contains(PAYLOAD)) {
                n++;
            }
            for (Attribute a : el.attributes()) {
                if (a.getValue().contains(PAYLOAD)) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Real site: a link that opens a new tab cannot reach back (rel=noopener noreferrer); no resource loads over http: or from a third party. */
    @Test
    void externalLinksAreSafeAndNothingLoadsOverPlainHttp() {
        BakedSite site = BakedSite.get();
        List<String> problems = new ArrayList<>();
        int external = 0;
        for (Map.Entry<String, Document> page : site.pages().entrySet()) {
            for (Element a : page.getValue().select("a[href^=http]")) {
                external++;
                // A plain-http link is not mixed content (nothing loads); LinksTest reports it separately.
                if (a.hasAttr("target")) {
                    Set<String> rel = Set.of(a.attr("rel").toLowerCase().split("\\s+"));
                    if (!rel.contains("noopener") || !rel.contains("noreferrer")) {
                        problems.add(page.getKey() + ": " + a.attr("href") + " opens a new tab without rel=\"noopener noreferrer\"");
                    }
                }
            }
            for (Element el : page.getValue().select("[src], link[href], [srcset], [data], [poster], form[action]")) {
                for (String attr : new String[] {"src", "href", "srcset", "data", "poster", "action"}) {
                    String v = el.attr(attr).trim().toLowerCase();
                    if (v.startsWith("http:") || v.startsWith("//")) {
                        problems.add(page.getKey() + ": <" + el.tagName() + " " + attr + "=" + v + "> loads over plain http (mixed content)");
                    } else if (v.startsWith("https:") && !el.tagName().equals("link")) {
                        problems.add(page.getKey() + ": <" + el.tagName() + " " + attr + "=" + v + "> is a third-party request");
                    }
                }
            }
        }
        assertTrue(site.pages().size() > 50, "the real site has too few pages");
        assertTrue(problems.isEmpty(), () -> problems.size() + " problems:\n" + String.join("\n", problems));
        System.out.println("external links checked: " + external);
    }
}
