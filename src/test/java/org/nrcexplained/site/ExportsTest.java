package org.nrcexplained.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The data exports (data/chronology.json, .csv, .ics; data/glossary.json; data/actors.json, in both
 * languages) are read back with real parsers (Jackson, Apache Commons CSV, ical4j) and agree with
 * the baked pages: same items, keys, titles, dates, in the same order.
 */
class ExportsTest {

    private static final List<String> LANGS = List.of("", "id/");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BakedSite site = BakedSite.get();

    /** An event as the chronology page shows it. */
    record PageEvent(String key, String title, String start, String era, String actors) {
    }

    private List<PageEvent> pageEvents(String lang) {
        Document page = site.pages().get(lang + "chronology.html");
        List<PageEvent> out = new ArrayList<>();
        for (Element e : page.select("section.era article.event")) {
            out.add(new PageEvent(e.id(), e.selectFirst(".event__title").text(), e.selectFirst("time").attr("datetime"),
                e.attr("data-era"), e.attr("data-actors")));
        }
        return out;
    }

    private String read(String path) throws IOException {
        Path file = site.output().resolve(path);
        assertTrue(Files.exists(file), path + " was not baked");
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void theChronologyJsonHasEveryEventOfThePageInOrder() throws IOException {
        for (String lang : LANGS) {
            List<PageEvent> expected = pageEvents(lang);
            assertTrue(expected.size() >= 35, lang + "chronology.html lists only " + expected.size() + " events");
            JsonNode doc = JSON.readTree(read(lang + "data/chronology.json"));
            JsonNode events = doc.get("events");
            assertEquals(expected.size(), events.size(), lang + "data/chronology.json: number of events");
            for (int i = 0; i < expected.size(); i++) {
                PageEvent p = expected.get(i);
                JsonNode e = events.get(i);
                assertEquals(p.key(), e.get("key").asText(), lang + "chronology.json event " + i);
                assertEquals(p.title(), e.get("title").asText(), p.key() + ": title");
                assertEquals(p.start(), e.get("start").asText(), p.key() + ": start");
                assertEquals(p.era(), e.get("era").asText(), p.key() + ": era");
                List<String> actors = new ArrayList<>();
                e.get("actors").forEach(a -> actors.add(a.asText()));
                assertEquals(p.actors(), String.join(" ", actors), p.key() + ": actors");
                assertEquals(Bake.BASE + lang + "events/" + p.key() + ".html", e.get("url").asText(), p.key() + ": url");
                assertTrue(Files.exists(site.output().resolve(lang + "events/" + p.key() + ".html")), p.key() + ": its page exists");
            }
            assertAttribution(doc, lang, "chronology");
        }
    }

    @Test
    void theChronologyCsvIsRfc4180WithOneRowPerEvent() throws IOException {
        for (String lang : LANGS) {
            List<PageEvent> expected = pageEvents(lang);
            String text = read(lang + "data/chronology.csv");
            assertTrue(text.endsWith("\r\n"), lang + "chronology.csv does not end with CRLF");
            assertFalse(text.replaceAll("\r\n", "").contains("\r"), lang + "chronology.csv has a lone CR");
            String records = text.replaceAll("\"[^\"]*\"", "\"\"");
            assertFalse(records.replace("\r\n", "").contains("\n"), lang + "chronology.csv: a record ends in LF instead of CRLF");
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
            try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
                assertEquals(List.of("key", "start", "end", "precision", "era", "era_title", "title", "summary", "actors",
                    "sources", "after_article", "url", "citation", "licence"), parser.getHeaderNames());
                List<CSVRecord> rows = parser.getRecords();
                assertEquals(expected.size(), rows.size(), lang + "chronology.csv: number of rows");
                String citation = JSON.readTree(read(lang + "data/chronology.json")).get("citation").asText();
                for (int i = 0; i < rows.size(); i++) {
                    CSVRecord row = rows.get(i);
                    PageEvent p = expected.get(i);
                    assertTrue(row.isConsistent(), p.key() + ": row has " + row.size() + " fields");
                    assertEquals(p.key(), row.get("key"));
                    assertEquals(p.title(), row.get("title"), p.key() + ": title");
                    assertEquals(p.start(), row.get("start"), p.key() + ": start");
                    assertEquals(p.era(), row.get("era"), p.key() + ": era");
                    assertEquals(p.actors(), row.get("actors").replace(',', ' '), p.key() + ": actors");
                    assertEquals(citation, row.get("citation"), p.key() + ": citation");
                    assertTrue(row.get("licence").contains("CC BY 4.0"), p.key() + ": licence");
                }
            }
        }
    }

    @Test
    void theCalendarIsValidRfc5545WithEveryEventDatedToTheDay() throws Exception {
        for (String lang : LANGS) {
            String text = read(lang + "data/chronology.ics");
            assertTrue(text.endsWith("\r\n"), "ends with CRLF");
            String[] lines = text.split("\r\n", -1);
            for (String line : lines) {
                assertFalse(line.contains("\n") || line.contains("\r"), lang + "chronology.ics: a line break that is not CRLF near: " + line);
                assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, lang + "chronology.ics: line longer than 75 octets: " + line);
            }
            Calendar calendar = new CalendarBuilder().build(new StringReader(text));
            ValidationResult validation = calendar.validate();
            assertFalse(validation.hasErrors(), lang + "chronology.ics does not validate: " + validation);
            assertEquals("2.0", calendar.getProperty(Property.VERSION).map(Property::getValue).orElse(""));
            assertTrue(calendar.getProperty(Property.PRODID).isPresent(), "PRODID");

            JsonNode json = JSON.readTree(read(lang + "data/chronology.json")).get("events");
            Map<String, JsonNode> dayEvents = new LinkedHashMap<>();
            int coarse = 0;
            for (JsonNode e : json) {
                if (e.get("precision").asText().equals("day")) {
                    dayEvents.put(e.get("key").asText(), e);
                } else {
                    coarse++;
                }
            }
            Map<String, String> pageTitles = new TreeMap<>();
            pageEvents(lang).forEach(p -> pageTitles.put(p.key(), p.title()));

            List<VEvent> events = calendar.getComponents(Component.VEVENT);
            assertEquals(dayEvents.size(), events.size(), lang + "chronology.ics: one VEVENT per event dated to the day ("
                + coarse + " coarser ones left out)");
            Set<String> uids = new HashSet<>();
            for (VEvent event : events) {
                String uid = event.getProperty(Property.UID).map(Property::getValue).orElse("");
                assertTrue(uids.add(uid), "duplicate UID " + uid);
                String key = uid.substring(0, uid.indexOf('.'));
                JsonNode e = dayEvents.get(key);
                assertNotNull(e, "UID " + uid + " names no event dated to the day");
                assertEquals(pageTitles.get(key), event.getProperty(Property.SUMMARY).map(Property::getValue).orElse(""), key + ": SUMMARY");
                Property start = event.getProperty(Property.DTSTART).orElseThrow();
                assertEquals("DATE", start.getParameter("VALUE").map(Object::toString).orElse("").replace("VALUE=", ""), key + ": DTSTART is a DATE");
                assertEquals(e.get("start").asText().replace("-", ""), start.getValue(), key + ": DTSTART");
                String end = event.getProperty(Property.DTEND).map(Property::getValue).orElse("");
                assertTrue(end.compareTo(start.getValue()) > 0, key + ": DTEND " + end + " is after DTSTART");
                assertTrue(event.getProperty(Property.DTSTAMP).map(Property::getValue).orElse("").matches("\\d{8}T\\d{6}Z"), key + ": DTSTAMP in UTC");
                assertEquals(e.get("url").asText(), event.getProperty(Property.URL).map(Property::getValue).orElse(""), key + ": URL");
            }
            String description = calendar.getProperty(Property.DESCRIPTION).map(Property::getValue).orElse("");
            assertTrue(description.contains("CC BY 4.0") && description.contains("VOI"), lang + "chronology.ics: the description cites and licenses");
        }
    }

    @Test
    void theGlossaryJsonHasEveryTermOfTheGlossaryPage() throws IOException {
        for (String lang : LANGS) {
            Document page = site.pages().get(lang + "glossary.html");
            Map<String, String> expected = new LinkedHashMap<>();
            page.select(".glossary__entry").forEach(e -> expected.put(e.id(), e.selectFirst("dt a").text()));
            assertTrue(expected.size() >= 30, lang + "glossary.html lists " + expected.size() + " terms");
            JsonNode doc = JSON.readTree(read(lang + "data/glossary.json"));
            Map<String, String> actual = new LinkedHashMap<>();
            doc.get("terms").forEach(t -> actual.put(t.get("key").asText(), t.get("title").asText()));
            assertEquals(new ArrayList<>(expected.entrySet()), new ArrayList<>(actual.entrySet()), lang + "glossary.json: keys and titles, in order");
            doc.get("terms").forEach(t -> assertTrue(!t.get("definition").asText().isBlank() && !t.get("other_language").asText().isBlank(), t.get("key") + ": definition, other language"));
            assertAttribution(doc, lang, "glossary");
        }
    }

    @Test
    void theActorsJsonHasEveryActorOfTheIndexPage() throws IOException {
        for (String lang : LANGS) {
            Document page = site.pages().get(lang + "actors.html");
            Map<String, String> expected = new TreeMap<>();
            Map<String, String> kinds = new TreeMap<>();
            for (Element li : page.select("section ul.cards > li")) {
                expected.put(li.id(), li.selectFirst("a").text());
                kinds.put(li.id(), li.closest("section").selectFirst("h2").id().replace("kind-", ""));
            }
            assertTrue(expected.size() >= 27, lang + "actors.html lists " + expected.size() + " actors");
            JsonNode doc = JSON.readTree(read(lang + "data/actors.json"));
            Map<String, String> actual = new TreeMap<>();
            Map<String, String> actualKinds = new TreeMap<>();
            doc.get("actors").forEach(a -> {
                actual.put(a.get("key").asText(), a.get("title").asText());
                actualKinds.put(a.get("key").asText(), a.get("kind").asText());
            });
            assertEquals(expected, actual, lang + "actors.json: keys and names");
            assertEquals(kinds, actualKinds, lang + "actors.json: kinds");
            assertAttribution(doc, lang, "actors");
        }
    }

    @Test
    void eachPageLinksToItsExportsWithTheCitationAndTheLicence() throws IOException {
        Map<String, List<String>> exports = Map.of("chronology", List.of("json", "csv", "ics"), "glossary", List.of("json"), "actors", List.of("json"));
        for (String lang : LANGS) {
            for (Map.Entry<String, List<String>> subject : exports.entrySet()) {
                Document page = site.pages().get(lang + subject.getKey() + ".html");
                Element box = page.selectFirst("aside.downloads");
                assertNotNull(box, lang + subject.getKey() + ".html has no downloads box");
                for (String format : subject.getValue()) {
                    Element link = box.selectFirst("a[href$=data/" + subject.getKey() + "." + format + "]");
                    assertNotNull(link, lang + subject.getKey() + ".html does not link to its " + format + " export");
                    assertEquals(Bake.BASE + lang + "data/" + subject.getKey() + "." + format, link.absUrl("href"));
                }
                String citation = JSON.readTree(read(lang + "data/" + subject.getKey() + ".json")).get("citation").asText();
                assertEquals(citation, box.selectFirst(".downloads__cite q").text(), lang + subject.getKey() + ".html: citation line");
                assertNotNull(box.selectFirst("a[rel~=license][href^=https://creativecommons.org/licenses/by/4.0/]"), "licence link");
            }
        }
    }

    @Test
    void robotsTxtNamesTheSitemapAndTheSitemapListsNoExports() throws IOException {
        String robots = read("robots.txt");
        assertTrue(robots.contains("User-agent: *"), robots);
        assertTrue(robots.lines().anyMatch(l -> l.equals("Sitemap: " + Bake.BASE + "sitemap.xml")), robots);
        String sitemap = read("sitemap.xml");
        assertFalse(sitemap.contains("/data/") || sitemap.contains("robots"), "the sitemap lists a data file or robots.txt");
    }

    /** An export names its page, cites the VOI report and carries the licence. */
    private void assertAttribution(JsonNode doc, String lang, String subject) {
        String page = Bake.BASE + lang + subject + ".html";
        assertEquals(page, doc.get("page").asText(), subject + ": page");
        assertTrue(doc.get("citation").asText().contains(page) && doc.get("citation").asText().contains("VOI"), subject + ": citation " + doc.get("citation"));
        assertEquals("CC BY 4.0", doc.get("licence").get("name").asText());
        assertEquals(lang.isEmpty() ? "en" : "id", doc.get("language").asText());
        assertEquals("2021-12-26", doc.get("derived_from").get("published").asText());
    }

    /**
     * A title or summary that starts like a spreadsheet formula (=, +, -, @) opens as text, not
     * as a formula, when a reader opens the CSV in Excel or LibreOffice (CSV injection).
     */
    @Test
    void aCsvFieldThatLooksLikeAFormulaOpensAsText() throws Exception {
        Fixture fixture = Fixture.create("exports-formula")
            .edit("content/events/2022-01-12-nrc-meeting.md", "title=Council meets en", "title==HYPERLINK(\"https://evil.example/\",\"x\")")
            .edit("content/events/2022-01-12-nrc-meeting.md", "summary=The council met.", "summary=@SUM(1+1)");
        Bake.Result result = fixture.bake();
        assertFalse(result.failed(), result::messages);
        try (CSVParser csv = CSVParser.parse(result.output().resolve("data/chronology.csv"), StandardCharsets.UTF_8,
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            CSVRecord row = csv.getRecords().get(0);
            assertEquals("'=HYPERLINK(\"https://evil.example/\",\"x\")", row.get("title"));
            assertEquals("'@SUM(1+1)", row.get("summary"));
            assertEquals("2022-01-12", row.get("start"), "ordinary fields are unchanged");
        }
        String json = Files.readString(result.output().resolve("data/chronology.json"));
        assertEquals("=HYPERLINK(\"https://evil.example/\",\"x\")",
            JSON.readTree(json).get("events").get(0).get("title").asText(), "JSON keeps the text as written");
    }

    /** A script payload in titles stays data in every export: parsed back as the same text, never raw markup in JSON. */
    @Test
    void aScriptPayloadInATitleStaysInertInEveryExport() throws Exception {
        String payload = "<script>alert('x')</script> \"q\", a; b\\c";
        Fixture fixture = Fixture.create("exports-escaping")
            .edit("content/events/2022-01-12-nrc-meeting.md", "title=Council meets en", "title=Council " + payload)
            .edit("content/events/2022-01-12-nrc-meeting.md", "summary=The council met.", "summary=Met.</script><!-- " + payload)
            .edit("content/terms/nrc.md", "title=NRC en", "title=NRC " + payload)
            .edit("content/actors/nato.md", "title=NATO en", "title=NATO " + payload);
        Bake.Result result = fixture.bake();
        assertFalse(result.failed(), result::messages);
        Path out = result.output();

        for (String file : List.of("data/chronology.json", "data/glossary.json", "data/actors.json")) {
            String raw = Files.readString(out.resolve(file));
            assertFalse(raw.contains("<") || raw.contains(">"), file + " contains a raw < or >");
            JsonNode doc = JSON.readTree(raw);
            String list = file.contains("chronology") ? "events" : file.contains("glossary") ? "terms" : "actors";
            assertTrue(doc.get(list).get(0).get("title").asText().endsWith(payload), file + ": the title reads back as text");
        }
        JsonNode event = JSON.readTree(Files.readString(out.resolve("data/chronology.json"))).get("events").get(0);
        assertEquals("Met.</script><!-- " + payload, event.get("summary").asText());

        try (CSVParser csv = CSVParser.parse(out.resolve("data/chronology.csv"), StandardCharsets.UTF_8,
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            List<CSVRecord> rows = csv.getRecords();
            assertEquals(1, rows.size());
            assertEquals("Council " + payload, rows.get(0).get("title"));
            assertEquals(14, rows.get(0).size(), "the payload's commas and quotes did not split the row");
        }

        Calendar calendar = new CalendarBuilder().build(new StringReader(Files.readString(out.resolve("data/chronology.ics"))));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertEquals(1, events.size());
        assertEquals("Council " + payload, events.get(0).getProperty(Property.SUMMARY).map(Property::getValue).orElse(""));
        assertFalse(calendar.validate().hasErrors(), calendar.validate().toString());

        Document page = Jsoup.parse(out.resolve("events/2022-01-12-nrc-meeting.html").toFile());
        Element ld = page.selectFirst("script[type=application/ld+json]");
        assertNotNull(ld, "the event page has JSON-LD");
        assertEquals("Council " + payload, JSON.readTree(ld.data()).get("name").asText(), "JSON-LD reads back as the same text");
        assertEquals(1, page.select("script[type=application/ld+json]").size());
    }
}
