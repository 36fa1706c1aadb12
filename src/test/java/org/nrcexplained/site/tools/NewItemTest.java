package org.nrcexplained.site.tools;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nrcexplained.site.Fixture;
import org.nrcexplained.site.check.ContentCheck;
import org.nrcexplained.site.check.Mistake;
import org.nrcexplained.site.content.Site;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * scripts/new.sh ({@link NewItem}, {@link NewSource}) on copies of the fixture site: both language
 * files from the model, placeholders that the check refuses, no overwriting; a new source's entry
 * with the label the check expects.
 */
class NewItemTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private record Out(int code, String text) {
    }

    private static Out run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = NewItem.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8), TODAY);
        return new Out(code, bytes.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @CsvSource({"actor, osce, content/actors/osce.md, content/id/actors/osce.md",
        "event, 2022-01-10-strategic-stability, content/events/2022-01-10-strategic-stability.md, content/id/events/2022-01-10-strategic-stability.md",
        "term, osce, content/terms/osce.md, content/id/terms/osce.md",
        "page, what-next, content/what-next.md, content/id/what-next.md"})
    void createsBothLanguageFilesWhosePlaceholdersTheCheckRefuses(String type, String key, String en, String id) {
        Fixture site = Fixture.create("new-" + type);
        Out out = run(type, key, site.root().toString());
        assertEquals(0, out.code(), out.text());
        assertTrue(out.text().startsWith("Created " + en + " and " + id + " (status=draft)."), out.text());

        Site read = Site.read(site.root());
        List<String> allowed = read.model().allowed(type);
        for (String file : List.of(en, id)) {
            String text = site.read(file);
            // every field of the model, a draft in the file's language with the right key
            assertEquals(allowed, text.lines().takeWhile(l -> !l.equals("~~~~~~")).map(l -> l.substring(0, l.indexOf('='))).toList(), text);
            assertTrue(text.contains("\nstatus=draft\n") && text.contains("\nlang=" + (file.equals(en) ? "en" : "id") + "\n")
                && text.contains("\nkey=" + key + "\n") && text.contains("\ntype=" + type + "\n"), text);
            assertTrue(out.text().contains(file + ": lines 1 title"), out.text());
        }

        // Every header placeholder is refused, on its line; nothing else is wrong.
        List<Mistake> mistakes = ContentCheck.run(read);
        assertEquals(Set.of(en, id), mistakes.stream().map(Mistake::path).collect(Collectors.toSet()), mistakes::toString);
        for (String file : List.of(en, id)) {
            List<String> lines = site.read(file).lines().toList();
            for (int i = 0; i < lines.indexOf("~~~~~~"); i++) {
                int line = i + 1;
                boolean placeholder = lines.get(i).contains("[[TODO");
                boolean reported = mistakes.stream().anyMatch(m -> m.path().equals(file) && m.line() == line);
                assertEquals(placeholder, reported, file + ":" + line + " " + lines.get(i) + "\n" + mistakes);
            }
        }
    }

    @Test
    void theBodyPlaceholderIsRefusedOnceTheHeaderIsFilledIn() {
        Fixture site = Fixture.create("new-body");
        assertEquals(0, run("actor", "osce", site.root().toString()).code());
        for (String file : List.of("content/actors/osce.md", "content/id/actors/osce.md")) {
            String header = site.read("content/" + (file.contains("/id/") ? "id/" : "") + "actors/nato.md").replace("key=nato", "key=osce")
                .replace("status=published", "status=draft");
            header = header.substring(0, header.indexOf("~~~~~~"));
            String body = site.read(file).substring(site.read(file).indexOf("~~~~~~"));
            site.write(file, header + body);
        }
        List<Mistake> mistakes = ContentCheck.run(Site.read(site.root()));
        assertEquals(2, mistakes.size(), mistakes::toString);
        for (Mistake m : mistakes) {
            assertEquals("body", m.field(), mistakes::toString);
            assertTrue(m.message().startsWith("is still a placeholder: [[TODO: who they are"), m::toString);
        }
    }

    @Test
    void neverOverwritesAndRefusesWhatIsNotAnItem() {
        Fixture site = Fixture.create("new-refused");
        String nato = site.read("content/actors/nato.md");
        Out again = run("actor", "nato", site.root().toString());
        assertEquals(1, again.code());
        assertEquals("Not created: content/actors/nato.md and content/id/actors/nato.md exist already. Pick another key, or edit the existing files.",
            again.text().strip());
        assertEquals(nato, site.read("content/actors/nato.md"));

        site.delete("content/id/actors/nato.md");
        Out half = run("actor", "nato", site.root().toString());
        assertEquals(1, half.code(), half.text());
        assertFalse(site.root().resolve("content/id/actors/nato.md").toFile().exists(), "nothing is created when one file exists");

        assertEquals(1, run("actors", "x", site.root().toString()).code());
        assertEquals(1, run("actor", "Jens_Stoltenberg", site.root().toString()).code());
        Out undated = run("event", "nrc-meeting", site.root().toString());
        assertEquals(1, undated.code());
        assertTrue(undated.text().startsWith("An event's key starts with its date"), undated.text());
    }

    @Test
    void aNewSourceGetsTheNextFreeLetterAndTheCheckAcceptsIt() {
        Fixture site = Fixture.create("new-source-letters");
        site.write("data/sources.yaml", site.read("data/sources.yaml") + """
            tass-one:
              publisher: "TASS"
              label: "TASS 2021a"
              title: "One"
              date: "2021-12-01"
              url: "https://tass.com/1"
              lang: "en"
            tass-two:
              publisher: "TASS"
              label: "TASS 2021c"
              title: "Two"
              date: "2021-12-02"
              url: "https://tass.com/2"
              lang: "en"
            """);
        Out out = run("source", "tass-three", "--publisher", "TASS", "--date", "2021-12-30", "--title", "Three", "--url", "https://tass.com/3",
            "--lang", "en", "--project", site.root().toString());
        assertEquals(0, out.code(), out.text());
        assertTrue(out.text().contains("""
            tass-three:
              publisher: "TASS"
              label: "TASS 2021d"
              title: "Three"
              date: "2021-12-30"
              url: "https://tass.com/3"
              lang: "en"
            """), out.text());
        assertTrue(out.text().contains("Citations will show it as [TASS 2021d]."), out.text());
        site.write("data/sources.yaml", site.read("data/sources.yaml") + entry(out));
        assertEquals(List.of(), ContentCheck.run(Site.read(site.root())));
    }

    @Test
    void aBareLabelOfTheSameNameAndYearMustGetALetterToo() {
        Fixture site = Fixture.create("new-source-bare");
        // fixture-source: publisher NATO, date 2022-01-12, no label: it shows "NATO 2022".
        Out later = run("source", "nato-later", "--publisher", "NATO", "--date", "2022-02-01", "--title", "Later", "--url", "https://www.nato.int/2",
            "--lang", "en", "--project", site.root().toString());
        assertEquals(0, later.code(), later.text());
        assertTrue(later.text().contains("  label: \"NATO 2022b\"\n"), later.text());
        assertTrue(later.text().contains("data/sources.yaml:1: source 'fixture-source' shows 'NATO 2022': give it a letter too, label: \"NATO 2022a\""),
            later.text());

        Out earlier = run("source", "nato-earlier", "--publisher", "NATO", "--date", "2022-01-01", "--project", site.root().toString());
        assertTrue(earlier.text().contains("  label: \"NATO 2022a\"\n") && earlier.text().contains("label: \"NATO 2022b\" (letters go in order of date)"),
            earlier.text());
        assertTrue(earlier.text().contains("  title: \"TODO: "), earlier.text());

        // Pasted as told, with the letter added to the old one, the check accepts both.
        site.write("data/sources.yaml", site.read("data/sources.yaml").replace("  publisher: \"NATO\"\n", "  publisher: \"NATO\"\n  label: \"NATO 2022a\"\n")
            + entry(later));
        assertEquals(List.of(), ContentCheck.run(Site.read(site.root())));
    }

    @Test
    void aLongPublisherNeedsAShortNameOrGetsTheOneItsOtherSourcesUse() {
        Fixture site = Fixture.create("new-source-long");
        Out out = run("source", "state-2022", "--publisher", "U.S. Department of State (transcript)", "--date", "2022-01-10",
            "--project", site.root().toString());
        assertEquals(1, out.code());
        assertTrue(out.text().contains("has 42 characters: too long for a citation") && out.text().contains("--label \"US State Dept\""), out.text());

        Out named = run("source", "state-2022", "--publisher", "U.S. Department of State (transcript)", "--date", "2022-01-10",
            "--label", "US State Dept", "--project", site.root().toString());
        assertEquals(0, named.code(), named.text());
        assertTrue(named.text().contains("  label: \"US State Dept 2022\"\n"), named.text());

        site.write("data/sources.yaml", site.read("data/sources.yaml") + entry(named).replace("TODO: the address, https://...", "https://state.gov/x")
            .replace("TODO: the source's language code: en, id, ru...", "en"));
        Out same = run("source", "state-2022-b", "--publisher", "U.S. Department of State (transcript)", "--date", "2022-01-12",
            "--project", site.root().toString());
        assertTrue(same.text().contains("  label: \"US State Dept 2022b\"\n")
            && same.text().contains("source 'state-2022' shows 'US State Dept 2022': give it a letter too, label: \"US State Dept 2022a\""), same.text());
    }

    /** The entry new.sh printed, as it would be pasted. */
    private static String entry(Out out) {
        String text = out.text();
        int start = text.indexOf("\n\n") + 2;
        return text.substring(start, text.indexOf("\n\n", start) + 1);
    }
}
