package org.nrcexplained.site;

import org.junit.jupiter.api.AfterEach;
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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The editors' live preview (scripts/preview.sh, {@link Preview}) on a copy of the fixture site:
 * what an editor sees in the browser after saving a file. Every wait is a poll with a generous
 * deadline: these tests check what the preview shows, not how fast (see benchmarks/preview.sh).
 */
class PreviewTest {

    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final String ACTOR = "content/actors/nato.md";
    private static final String ACTOR_PAGE = "actors/nato.html";
    private static final AtomicInteger STORES = new AtomicInteger();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private Fixture site;
    private Preview preview;

    @BeforeEach
    void startThePreview() throws Exception {
        site = Fixture.create("preview");
        // Its own quick-bake store, so that it never meets a preview of the real project.
        String store = "preview-store-test-" + ProcessHandle.current().pid() + "-" + STORES.incrementAndGet();
        preview = new Preview(site.root(), 0, store, new PrintStream(log, true, StandardCharsets.UTF_8));
        preview.start();
        assertEquals(1, preview.bakes(), this::printed);
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
        int bakes = preview.bakes();
        int mark = printed().length();

        save(ACTOR, site.read(ACTOR).replace("title=NATO en", "title=NATO with a mistake\ntittle=NATO"));

        await("the mistake is reported after the whole site is re-baked", () -> {
            HttpResponse<String> page = get(ACTOR_PAGE); // at every moment: the last good page
            assertEquals(200, page.statusCode(), () -> "while the file is broken:\n" + page.body() + printed());
            assertTrue(page.body().contains("NATO en") && !page.body().contains("NATO with a mistake"),
                () -> "while the file is broken, the last good page should be served, not:\n" + page.body() + printed());
            return preview.bakes() > bakes && printed().substring(mark).contains("Baked with errors");
        });
        String report = printed().substring(mark);
        assertTrue(report.contains("CONTENT ERROR in content/actors/nato.md") && report.contains("field 'tittle'"),
            () -> "the report should name the file and the field:\n" + report);
        HttpResponse<String> page = get(ACTOR_PAGE);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("NATO en"), () -> "after the bake, the last good page:\n" + page.body());

        save(ACTOR, site.read(ACTOR).replace("tittle=NATO\n", "").replace("NATO with a mistake", "NATO fixed"));

        await("the fixed page shows", () -> get(ACTOR_PAGE).body().contains("NATO fixed"));
    }

    @Test
    void thePreviewDoesNotReBakeItselfWhenNothingChanges() throws Exception {
        int bakes = preview.bakes();
        Thread.sleep(3_000); // idle: nothing saved
        assertEquals(bakes, preview.bakes(), () -> "re-baked with nothing saved:\n" + printed());

        // Files that cannot change the site: a note in the project folder (where the real preview
        // keeps its quick-bake store), an editor's swap and backup files next to a page.
        Files.writeString(site.root().resolve("notes.txt"), "to do");
        Files.createDirectories(site.root().resolve("preview-store"));
        Files.writeString(site.root().resolve("content/actors/.nato.md.swp"), "swap");
        Files.writeString(site.root().resolve("content/actors/nato.md~"), site.read(ACTOR));
        Thread.sleep(3_000);
        assertEquals(bakes, preview.bakes(), () -> "re-baked for files that are not part of the site:\n" + printed());
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
        await("the duplicate is reported", () -> printed().substring(mark).contains("Baked with errors"));
        assertTrue(printed().substring(mark).contains("CONTENT ERROR in " + copy), this::printed);

        int deleted = printed().length();
        site.delete(copy);
        await("the site bakes cleanly again", () -> printed().substring(deleted).contains("Baked the whole site"));

        // The next save re-renders the edited page first, without the deleted file's mistake.
        int edited = printed().length();
        int bakes = preview.bakes();
        save(ACTOR, site.read(ACTOR).replace("title=NATO en", "title=NATO after the fix"));
        await("the edit shows", () -> get(ACTOR_PAGE).body().contains("NATO after the fix"));
        await("the whole site is re-baked", () -> preview.bakes() > bakes);
        String report = printed().substring(edited);
        assertTrue(report.contains("Updated the edited page") && !report.contains("CONTENT ERROR"),
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
