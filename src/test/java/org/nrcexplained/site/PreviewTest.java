package org.nrcexplained.site;

import org.junit.jupiter.api.AfterEach;
import org.nrcexplained.site.preview.Preview;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The editors' live preview (scripts/preview.sh, {@link Preview}) on a copy of the fixture site:
 * what an editor sees in the browser after saving a file, what the terminal says, and that every
 * page it serves is the page the bake writes. Every wait is a poll with a generous deadline: these
 * tests check what the preview shows, not how fast (see benchmarks/preview.sh).
 */
class PreviewTest {

    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final String ACTOR = "content/actors/nato.md";
    private static final String ACTOR_PAGE = "actors/nato.html";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private Fixture site;
    private Preview preview;

    @BeforeEach
    void startThePreview() throws Exception {
        site = Fixture.create("preview");
        preview = new Preview(site.root(), 0, new PrintStream(log, true, StandardCharsets.UTF_8));
        preview.start();
        assertEquals(1, preview.caughtUp(), this::printed);
        assertTrue(printed().contains("Ready: http://127.0.0.1:" + preview.port() + "/"), () -> "a ready line:\n" + printed());
    }

    @AfterEach
    void stopThePreview() throws Exception {
        if (preview != null) {
            preview.stop();
        }
    }

    @Test
    void anEditSavedToAContentFileShowsInThePreviewWithoutARestart() {
        assertTrue(get(ACTOR_PAGE).body().contains("NATO en"), "the page before the edit");

        site.edit(ACTOR, "title=NATO en", "title=NATO renamed by an editor");

        await("the edited page shows the new title", () -> {
            HttpResponse<String> page = get(ACTOR_PAGE);
            return page.statusCode() == 200 && page.body().contains("NATO renamed by an editor");
        });
        await("the list of actors catches up", () -> get("actors.html").body().contains("NATO renamed by an editor"));
    }

    @Test
    void aMistakeInASavedFileIsReportedAndTheLastGoodPageKeepsBeingServed() {
        int rounds = preview.rounds();
        int mark = printed().length();

        save(ACTOR, site.read(ACTOR).replace("title=NATO en", "title=NATO with a mistake\ntittle=NATO"));

        await("the mistake is reported", () -> {
            HttpResponse<String> page = get(ACTOR_PAGE); // at every moment: the last good page
            assertEquals(200, page.statusCode(), () -> "while the file is broken:\n" + page.body() + printed());
            assertTrue(page.body().contains("NATO en") && !page.body().contains("NATO with a mistake"),
                () -> "while the file is broken, the last good page should be served, not:\n" + page.body() + printed());
            return preview.rounds() > rounds;
        });
        String report = printed().substring(mark);
        assertTrue(report.contains("content/actors/nato.md:2: field 'tittle': is not a field of an actor"),
            () -> "the report should name the file, the line and the field, like a compiler:\n" + report);
        assertTrue(report.contains("1 mistake in 1 file: nothing was updated"), () -> "and say that nothing changed:\n" + report);
        assertFalse(report.contains("Exception") || report.contains("\tat ") || report.contains("FTL"), () -> "no stack trace:\n" + report);
        HttpResponse<String> page = get(ACTOR_PAGE);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("NATO en"), () -> "after the check, the last good page:\n" + page.body());

        save(ACTOR, site.read(ACTOR).replace("tittle=NATO\n", "").replace("NATO with a mistake", "NATO fixed"));

        await("the fixed page shows", () -> get(ACTOR_PAGE).body().contains("NATO fixed"));
        await("and the list of actors", () -> get("actors.html").body().contains("NATO fixed"));
    }

    @Test
    void aSiteWithAMistakeAtTheStartIsServedOnceItIsFixed() throws Exception {
        preview.stop();
        log.reset();
        site.edit(ACTOR, "status=published", "status=live");
        preview = new Preview(site.root(), 0, new PrintStream(log, true, StandardCharsets.UTF_8)).start();
        String start = printed();
        assertTrue(start.contains("content/actors/nato.md:3: field 'status': must be published or draft, not 'live'.")
            && start.contains("1 mistake in 1 file: the preview serves the site once they are fixed.")
            && start.contains("Ready: http://127.0.0.1:" + preview.port() + "/ shows the site once the mistakes above are fixed."), start);
        assertTrue(get("index.html").body().startsWith("Not baked yet"), start);

        save(ACTOR, site.read(ACTOR).replace("status=live", "status=published"));

        await("the site is served", () -> get(ACTOR_PAGE).statusCode() == 200 && get(ACTOR_PAGE).body().contains("NATO en"));
    }

    @Test
    void everyPageThePreviewServesIsThePageTheBakeWrites() throws Exception {
        assertSameAsTheBake("after the start");

        save(ACTOR, site.read(ACTOR).replace("title=NATO en", "title=NATO edited"));
        save("content/terms/nrc.md", site.read("content/terms/nrc.md").replace("definition=A forum.", "definition=A forum, edited."));
        save("content/actors/osce.md", site.read(ACTOR).replace("key=nato", "key=osce").replace("status=published", "status=draft"));
        await("the edits show", () -> get(ACTOR_PAGE).body().contains("NATO edited") && get("actors/osce-draft.html").statusCode() == 200
            && get("glossary.html").body().contains("A forum, edited."));
        await("every page is up to date", () -> {
            List<String> lines = printed().strip().lines().toList();
            String last = lines.get(lines.size() - 1);
            return last.startsWith("Every page up to date") || last.startsWith("Baked the whole site");
        });
        assertSameAsTheBake("after three saves (an edited actor and term, a new draft)");
    }

    /** Bakes the fixture as `mvn jbake:generate` does (with the preview's address) and compares every file. */
    private void assertSameAsTheBake(String when) throws IOException {
        Bake.Result baked = Bake.runWithBase(site.root(), site.root().resolve("target/baked"), "http://127.0.0.1:" + preview.port() + "/");
        assertFalse(baked.failed(), baked::messages);
        List<String> expected = files(baked.output());
        List<String> served = files(preview.served());
        assertEquals(expected, served, () -> "the preview " + when + " serves other files than the bake writes\n" + printed());
        List<String> differ = new ArrayList<>();
        for (String file : expected) {
            // as Latin-1, so that the share cards (PNG) compare byte for byte too
            String a = new String(Files.readAllBytes(baked.output().resolve(file)), java.nio.charset.StandardCharsets.ISO_8859_1).replaceAll("DTSTAMP:\\S+", "DTSTAMP");
            String b = new String(Files.readAllBytes(preview.served().resolve(file)), java.nio.charset.StandardCharsets.ISO_8859_1).replaceAll("DTSTAMP:\\S+", "DTSTAMP");
            if (!a.equals(b)) {
                differ.add(file);
            }
        }
        assertEquals(List.of(), differ, () -> "pages that differ from the bake's " + when + " (iCalendar time stamps aside)");
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void thePreviewDoesNotReBakeItselfWhenNothingChanges() throws Exception {
        int rounds = preview.rounds();
        Thread.sleep(3_000); // idle: nothing saved
        assertEquals(rounds, preview.rounds(), () -> "re-baked with nothing saved:\n" + printed());

        // Files that cannot change the site: a note and a folder in the project folder, an editor's
        // swap and backup files next to a page.
        Files.writeString(site.root().resolve("notes.txt"), "to do");
        Files.createDirectories(site.root().resolve("drafts"));
        Files.writeString(site.root().resolve("content/actors/.nato.md.swp"), "swap");
        Files.writeString(site.root().resolve("content/actors/nato.md~"), site.read(ACTOR));
        Thread.sleep(3_000);
        assertEquals(rounds, preview.rounds(), () -> "re-baked for files that are not part of the site:\n" + printed());
    }

    @Test
    void aNewPageAppearsAndADeletedPageDisappearsFromThePreview() {
        String en = "content/actors/osce.md";
        String id = "content/id/actors/osce.md";
        save(en, site.read(ACTOR).replace("key=nato", "key=osce").replace("title=NATO en", "title=OSCE en"));
        save(id, site.read("content/id/actors/nato.md").replace("key=nato", "key=osce").replace("title=NATO id", "title=OSCE id"));
        await("the new page is served", () -> get("actors/osce.html").statusCode() == 200 && get("id/actors/osce.html").statusCode() == 200);
        await("the list of actors shows it", () -> get("actors.html").body().contains("OSCE en"));

        site.delete(en).delete(id);

        await("the deleted page is gone", () -> get("actors/osce.html").statusCode() == 404 && get("id/actors/osce.html").statusCode() == 404);
        await("the list of actors no longer shows it", () -> !get("actors.html").body().contains("OSCE en"));
    }

    @Test
    void aMistakeFixedByDeletingTheFileIsNoLongerReported() {
        String copy = "content/actors/nato-copy.md";
        int mark = printed().length();
        save(copy, site.read(ACTOR)); // the same key twice
        await("the copy is reported", () -> printed().substring(mark).contains("nothing was updated"));
        assertTrue(printed().substring(mark).contains(copy + ":5: field 'key'"), this::printed);

        int deleted = printed().length();
        site.delete(copy);
        await("the site bakes cleanly again", () -> printed().substring(deleted).contains("Baked the whole site"));

        // The next save updates the edited page, without the deleted file's mistake.
        int edited = printed().length();
        int caughtUp = preview.caughtUp();
        save(ACTOR, site.read(ACTOR).replace("title=NATO en", "title=NATO after the fix"));
        await("the edit shows", () -> get(ACTOR_PAGE).body().contains("NATO after the fix"));
        await("every page is up to date", () -> preview.caughtUp() > caughtUp);
        String report = printed().substring(edited);
        assertTrue(report.contains("Updated content/actors/nato.md in") && !report.contains("mistake"),
            () -> "the deleted file's mistake should be gone:\n" + report);
    }

    /** Saves a file the way many editors do: a temporary file renamed over the old one. */
    private void save(String path, String text) {
        Path file = site.root().resolve(path);
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.writeString(temp, text);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> get(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + preview.port() + "/" + path))
            .timeout(Duration.ofSeconds(30)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + path + " failed (the preview should always answer)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Polls {@code condition} until it holds; fails after {@link #DEADLINE}, showing what the preview printed. */
    private void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("not seen within " + DEADLINE.toSeconds() + " s: " + what + "\n" + printed());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Everything the preview has printed so far. */
    private String printed() {
        return log.toString(StandardCharsets.UTF_8);
    }
}
