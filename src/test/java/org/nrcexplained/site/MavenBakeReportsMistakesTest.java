package org.nrcexplained.site;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What an editor reads in the terminal: the real {@code mvn jbake:generate} (with the project's
 * pom.xml and .mvn/jvm.config, which sets the logging) on the fixture site with one misspelt
 * field. BakeRefusesMistakesTest checks every message through JBake's Oven; this checks that
 * Maven shows it, first, and without FreeMarker's duplicate error log.
 */
class MavenBakeReportsMistakesTest {

    @Test
    void aMistakeInTheFileJustSavedIsPrintedFirstByMvnJbakeGenerateWithItsFileAndField() throws Exception {
        Fixture fixture = Fixture.create("maven-mistake")
            .edit("content/actors/nato.md", "summary=", "sumary=");
        Path root = fixture.root();
        // The file the editor just saved is the newest: JBake renders newest first, so its page
        // fails first (the other fixture files were copied in the same instant).
        Files.setLastModifiedTime(root.resolve("content/actors/nato.md"),
            FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        Bake.copyTree(Bake.PROJECT.resolve(".mvn"), root.resolve(".mvn"));
        Files.copy(Bake.PROJECT.resolve("pom.xml"), root.resolve("pom.xml"));

        Path log = root.resolve("bake.log");
        Process p = new ProcessBuilder("mvn", "-B", "-q", "-ntp", "jbake:generate")
            .directory(root.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "mvn jbake:generate did not finish in 5 minutes");
        String output = Files.readString(log, StandardCharsets.UTF_8);

        assertNotEquals(0, p.exitValue(), () -> "the bake should have failed:\n" + output);
        String message = "CONTENT ERROR in content/actors/nato.md\n  field 'sumary': is not a field of an actor (misspelt?)";
        assertTrue(output.contains(message),
            () -> "the output does not name the file and the field:\n" + output);
        int firstLine = output.substring(0, output.indexOf("CONTENT ERROR")).split("\n").length;
        assertTrue(firstLine <= 5, () -> "the first CONTENT ERROR is on line " + firstLine + ", not at the top:\n" + output);
        assertFalse(output.contains("Error executing FreeMarker template"),
            () -> "FreeMarker's own error log is on again (.mvn/jvm.config -Dorg.freemarker.loggerLibrary=none):\n" + output);
        Matcher copies = Pattern.compile("CONTENT ERROR in content/actors/nato.md").matcher(output);
        int n = 0;
        while (copies.find()) {
            n++;
        }
        int count = n;
        assertTrue(count <= 2, () -> "the message for one failed page is printed " + count + " times:\n" + output);
    }
}
