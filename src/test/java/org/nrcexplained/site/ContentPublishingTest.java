package org.nrcexplained.site;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What gets published is exactly the current content: scripts/bake-for-publishing.sh (run by the
 * deploy workflow) bakes into an empty folder with the real `mvn jbake:generate`, so a deleted
 * page does not survive a re-bake, and it leaves drafts out.
 */
class ContentPublishingTest {

    private static final String BASE = "https://example.org/nrc-explained/";

    @Test
    void aDeletedPageDoesNotSurviveARebakeAndDraftsAreNotPublished() throws Exception {
        Fixture fixture = Fixture.create("publishing");
        Path root = fixture.root();
        for (String dir : new String[] {".mvn", "scripts"}) {
            Bake.copyTree(Bake.PROJECT.resolve(dir), root.resolve(dir));
        }
        Files.copy(Bake.PROJECT.resolve("pom.xml"), root.resolve("pom.xml"));
        for (String lang : new String[] {"", "id/"}) {
            fixture.write("content/" + lang + "extra.md", fixture.read("content/" + lang + "key-points.md").replace("key=key-points", "key=extra"));
        }
        fixture.write("content/notes.md", fixture.read("content/key-points.md")
            .replace("key=key-points", "key=notes").replace("status=published", "status=draft"));

        Path site = root.resolve("target/site");
        String first = publish(root);
        assertTrue(first.contains("left out (draft): target/site/notes-draft.html"), () -> "JBake did not write the draft, or the script did not remove it:\n" + first);
        assertTrue(Files.exists(site.resolve("extra.html")), "the extra page was not baked");
        assertTrue(Files.exists(site.resolve("id/extra.html")), "the extra page's twin was not baked");
        assertEquals(List.of(), drafts(site), "drafts were left in the published folder");

        fixture.delete("content/extra.md").delete("content/id/extra.md");
        publish(root);
        assertTrue(Files.exists(site.resolve("key-points.html")), "the re-bake did not bake the site");
        assertFalse(Files.exists(site.resolve("extra.html")), "a deleted content file's page survived the re-bake");
        assertFalse(Files.exists(site.resolve("id/extra.html")), "a deleted content file's page survived the re-bake");
        assertFalse(Files.readString(site.resolve("sitemap.xml")).contains("extra.html"), "the sitemap lists a deleted page");
        assertEquals(List.of(), drafts(site), "drafts were left in the published folder");
    }

    private static String publish(Path root) throws IOException, InterruptedException {
        Path log = root.resolve("publish.log");
        Process p = new ProcessBuilder("bash", "scripts/bake-for-publishing.sh", BASE)
            .directory(root.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "scripts/bake-for-publishing.sh did not finish in 5 minutes");
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), () -> "scripts/bake-for-publishing.sh failed:\n" + output);
        return output;
    }

    private static List<String> drafts(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.map(f -> site.relativize(f).toString()).filter(f -> f.endsWith("-draft.html")).toList();
        }
    }
}
