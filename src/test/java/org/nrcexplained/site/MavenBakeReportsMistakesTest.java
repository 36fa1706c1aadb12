package org.nrcexplained.site;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What an editor reads in the terminal: the real {@code mvn jbake:generate} (with the project's
 * pom.xml, .mvn/jvm.config and the committed .mvn/nrc-bake.jar) on the fixture site with three
 * mistakes in three files. BakeRefusesMistakesTest checks every message through JBake's Oven;
 * this checks what Maven shows: one line per mistake, each naming its file, no stack traces,
 * a short report, and no page written.
 */
class MavenBakeReportsMistakesTest {

    @Test
    void threeMistakesInThreeFilesAreThreeLinesOfOneShortReportAndNoPageIsWritten() throws Exception {
        Fixture fixture = Fixture.create("maven-mistakes")
            .edit("content/actors/nato.md", "status=published", "stauts=published")
            .edit("content/events/2022-01-12-nrc-meeting.md", "start=2022-01-12", "start=12-01-2022")
            .edit("content/key-points.md", "[[P1,fixture-source]]", "[[P1,no-such-source]]");
        Path root = fixture.root();
        Bake.copyTree(Bake.PROJECT.resolve(".mvn"), root.resolve(".mvn"));
        Files.copy(Bake.PROJECT.resolve("pom.xml"), root.resolve("pom.xml"));

        Path log = root.resolve("bake.log");
        Process p = new ProcessBuilder("mvn", "-B", "-ntp", "jbake:generate")
            .directory(root.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "mvn jbake:generate did not finish in 5 minutes");
        String output = Files.readString(log, StandardCharsets.UTF_8);

        assertNotEquals(0, p.exitValue(), () -> "the bake should have failed:\n" + output);
        List<String> lines = output.lines().toList();
        List<String> mistakes = lines.stream().filter(l -> l.matches("content/\\S+:\\d+: field '.*")).toList();
        assertEquals(3, mistakes.size(), () -> "expected three mistake lines:\n" + output);
        assertTrue(mistakes.get(0).startsWith("content/actors/nato.md:3: field 'stauts'"), () -> output);
        assertTrue(mistakes.get(1).startsWith("content/events/2022-01-12-nrc-meeting.md:"), () -> output);
        assertTrue(mistakes.get(1).contains("field 'start'"), () -> output);
        assertTrue(mistakes.get(2).startsWith("content/key-points.md:") && mistakes.get(2).contains("no-such-source"), () -> output);
        assertTrue(output.contains("3 mistakes in 3 files"), () -> "no count line:\n" + output);
        assertTrue(lines.size() <= 40, () -> "the report is " + lines.size() + " lines long:\n" + output);
        assertFalse(java.util.regex.Pattern.compile("(?m)^\\s+at |Exception: ").matcher(output).find(), () -> "a stack trace reached the editor:\n" + output);
        assertFalse(output.contains("FreeMarker"), () -> "a template error reached the editor:\n" + output);

        Path site = root.resolve("target/site");
        try (Stream<Path> files = Files.exists(site) ? Files.walk(site) : Stream.empty()) {
            List<Path> pages = files.filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".xml")
                || f.toString().endsWith(".json") || f.toString().endsWith(".csv") || f.toString().endsWith(".ics")).toList();
            assertTrue(pages.isEmpty(), () -> "a failed bake wrote pages: " + pages);
        }
    }
}
