package org.nrcexplained.site.tools;

import org.junit.jupiter.api.Test;
import org.nrcexplained.site.Bake;
import org.nrcexplained.site.Fixture;
import org.nrcexplained.site.check.ContentCheck;
import org.nrcexplained.site.check.Mistake;
import org.nrcexplained.site.check.Report;
import org.nrcexplained.site.content.Site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The quick check (scripts/check.sh, {@link org.nrcexplained.site.check.Check}) on copies of the
 * fixture site: in this JVM through the same calls Check makes, and as an editor runs it, the script
 * itself, once through Maven and once with the class path that run saved.
 */
class QuickCheckTest {

    @Test
    void aValidSiteIsCheckedWithoutMistakes() {
        Fixture site = Fixture.create("quick-check-valid");
        Site read = Site.read(site.root());
        List<Mistake> mistakes = ContentCheck.run(read);
        assertEquals(List.of(), mistakes);
        assertEquals(read.files().size() + " files checked, no mistakes.", Report.of(mistakes, read.files().size()));
    }

    @Test
    void aBrokenFileIsReportedOnItsLine() {
        Fixture site = Fixture.create("quick-check-broken").edit("content/actors/nato.md", "status=published", "status=live");
        Site read = Site.read(site.root());
        String report = Report.of(ContentCheck.run(read), read.files().size());
        assertTrue(report.startsWith("content/actors/nato.md:3: field 'status': must be published or draft, not 'live'."), report);
        assertTrue(report.endsWith("1 mistake in 1 file (" + read.files().size() + " files checked). Nothing was baked. See EDITING.md, \"When the build says no\"."), report);
    }

    @Test
    void theScriptPrintsTheReportAndExitsWithOneOnAMistake() throws Exception {
        Path saved = Bake.PROJECT.resolve("target/tools/classpath");
        Files.deleteIfExists(saved); // the first run goes through Maven and saves the class path

        Fixture valid = Fixture.create("quick-check-script-valid");
        int files = Site.read(valid.root()).files().size();
        Run ok = run(valid.root());
        assertEquals(0, ok.exit(), ok.output());
        assertEquals(files + " files checked, no mistakes.", ok.output().strip());
        assertTrue(Files.isRegularFile(saved), "the Maven run saves its class path for the next runs");

        Fixture broken = Fixture.create("quick-check-script-broken").edit("content/events/2022-01-12-nrc-meeting.md", "start=2022-01-12", "start=12/01/2022");
        Run bad = run(broken.root()); // plain java, with the saved class path
        assertEquals(1, bad.exit(), bad.output());
        List<String> lines = bad.output().strip().lines().toList();
        assertEquals(2, lines.size(), bad.output());
        assertTrue(lines.get(0).startsWith("content/events/2022-01-12-nrc-meeting.md:6: field 'start': '12/01/2022' does not fit precision=day"), bad.output());
        assertTrue(lines.get(1).startsWith("1 mistake in 1 file (" + files + " files checked)."), bad.output());
    }

    private record Run(int exit, String output) {
    }

    private static Run run(Path site) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("bash", "scripts/check.sh", site.toString())
            .directory(Bake.PROJECT.toFile()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("scripts/check.sh did not end within 5 minutes:\n" + output);
        }
        return new Run(p.exitValue(), output);
    }
}
