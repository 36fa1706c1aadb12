package org.nrcexplained.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The editors' live preview (scripts/preview.sh): bakes the site in this warm JVM, serves it on
 * http://127.0.0.1:8820/, and re-bakes as soon as a file in content/, templates/, data/, assets/
 * or jbake.properties changes. Only those folders are watched, and other files (the project
 * folder's own files, editors' temporary files) never trigger a bake, so the output never does; a
 * change made during a bake triggers the next one (none is lost); every bake goes into a fresh
 * folder that replaces the served one when it is complete, so the preview never shows a
 * half-baked site or a page whose file was deleted. Content errors are printed, once each, and a
 * page that fails to render keeps its last good version (JBake would leave it empty or cut off).
 *
 * <p>Fast render: when only Markdown files under content/ changed, a quick bake first renders
 * just those pages (JBake, with its content store kept on disk, renders only the documents whose
 * files changed) and moves each into the served folder as soon as it has rendered (a page that
 * fails is not moved), so the edited page shows in a fraction of a second; the full bake that
 * follows brings every listing up to date.
 *
 * <p>Why not {@code mvn jbake:inline}: it watches the whole project folder, including its own
 * output in target/site, and re-bakes forever; and it drops changes saved during a bake.
 *
 * <p>Tests start one with {@link #start()} and end it with {@link #stop()}; {@link #main} runs it
 * in the foreground until Ctrl+C.
 */
public final class Preview {

    private static final String[] WATCHED = {"content", "templates", "data", "assets"};
    /** The quick bake's content store of scripts/preview.sh (a folder in the working directory, git-ignored). */
    static final String STORE = "preview-store";
    private static final Map<String, String> TYPES = Map.of(
        "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8",
        "svg", "image/svg+xml", "xml", "application/xml; charset=utf-8", "png", "image/png", "ico", "image/x-icon");
    /** How JBake names a page it could not render (Renderer.render: "Failed to render file PATH. Cause: ..."). */
    private static final Pattern FAILED_PAGE = Pattern.compile("Failed to render file ([^\\n]+?)\\. Cause:");

    private final Path project;
    private final int requestedPort;
    private final String store;
    private final PrintStream out;
    private final Path work;
    private final Path scratch;
    private final AtomicReference<Path> served;
    private final Map<Path, WatchKey> watched = new HashMap<>();
    private final AtomicInteger bakes = new AtomicInteger();
    private final CountDownLatch ready = new CountDownLatch(1);
    private HttpServer server;
    private WatchService watcher;
    private String base;
    private Thread thread;
    private volatile boolean stopping;
    private volatile Throwable crash;

    /**
     * A preview of the site in {@code project}, served on 127.0.0.1:{@code port} (0: any free
     * port, see {@link #port()}), printing what it does to {@code out}. {@code store} names the
     * quick bake's content store: OrientDB takes it as a folder and database name, so it must be a
     * plain folder name, and the folder is created in the working directory (not in
     * {@code project}); two previews running at once need different names. Bakes go to
     * {@code project}/target/preview.
     */
    public Preview(Path project, int port, String store, PrintStream out) {
        if (!store.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("the store must be a plain folder name, not " + store);
        }
        this.project = project.toAbsolutePath();
        this.requestedPort = port;
        this.store = store;
        this.out = out;
        this.work = this.project.resolve("target/preview");
        this.scratch = work.resolve("quick-scratch");
        this.served = new AtomicReference<>(work.resolve("empty"));
    }

    /** scripts/preview.sh: the real project on port {@code -Dpreview.port} (8820), until Ctrl+C. */
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(System.getProperty("preview.port", "8820"));
        Preview preview = new Preview(Bake.PROJECT, port, STORE, System.out);
        preview.open();
        preview.loop();
    }

    /**
     * Starts serving and watching, bakes on a background (daemon) thread, and returns once the
     * first bake is served and the preview waits for changes.
     */
    public Preview start() throws IOException, InterruptedException {
        open();
        thread = new Thread(() -> {
            try {
                loop();
            } catch (Throwable t) {
                crash = t;
                t.printStackTrace(out);
                ready.countDown();
            }
        }, "preview");
        thread.setDaemon(true);
        thread.start();
        ready.await();
        if (crash != null) {
            stop();
            throw new IllegalStateException("the preview stopped: " + crash, crash);
        }
        return this;
    }

    /** The port the site is served on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** How many full bakes have completed (and been served) so far. */
    public int bakes() {
        return bakes.get();
    }

    /**
     * Stops watching and serving, waits for a bake under way to finish (JBake cannot be
     * interrupted; its content stores must not be shared by two bakes at once) and deletes the
     * quick bake's store.
     */
    public void stop() throws IOException, InterruptedException {
        stopping = true;
        if (watcher != null) {
            watcher.close(); // the loop's next wait for a change ends with ClosedWatchServiceException
        }
        if (server != null) {
            server.stop(0);
        }
        if (thread != null) {
            thread.join(TimeUnit.MINUTES.toMillis(5));
            if (thread.isAlive()) {
                throw new IllegalStateException("the preview's bake did not end within 5 minutes");
            }
        }
        Bake.deleteTree(Path.of(store).toAbsolutePath());
    }

    /** Empties the work folders, starts the server (serving "Not baked yet") and the watcher. */
    private void open() throws IOException {
        Bake.deleteTree(work);
        Bake.deleteTree(Path.of(store).toAbsolutePath());
        Files.createDirectories(work);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", requestedPort), 0);
        server.createContext("/", exchange -> serve(exchange, served));
        server.start();
        watcher = FileSystems.getDefault().newWatchService();
        register();
        base = "http://127.0.0.1:" + port() + "/";
        out.println("Preview: " + base + "  (Ctrl+C to stop)");
    }

    /** Bakes, then waits for a change and bakes again, until {@link #stop()}. */
    private void loop() throws IOException, InterruptedException {
        int n = 0;
        Changes changes = null; // null: the first bake
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        while (true) {
            if (changes != null && changes.contentOnly) {
                quickBake();
            }
            n++;
            Path site = work.resolve("site-" + n);
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            Bake.Result result = Bake.runWithBase(project, site, base);
            String kept = publish(result, site);
            bakes.incrementAndGet();
            long ms = (System.nanoTime() - start) / 1_000_000;
            long cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
            if (result.failed()) {
                out.println("\n" + editorMessages(result) + "\nBaked with errors in " + ms + " ms: fix the file(s) above and save again." + kept);
            } else {
                out.println("Baked the whole site in " + ms + " ms (" + cpu + " ms CPU). Reload the page in your browser.");
            }
            if (changes == null || !changes.contentOnly) {
                // Bring the quick bake's store up to date with templates, data and assets. JBake's
                // store never forgets a document whose file is gone: start it afresh after a deletion.
                if (changes != null && changes.contentDeleted) {
                    Bake.deleteTree(Path.of(store).toAbsolutePath());
                }
                Bake.quick(project, scratch, base, store, null);
                Bake.deleteTree(scratch);
            }
            ready.countDown();
            try {
                changes = awaitChanges();
                register(); // new folders (e.g. content/events/new) are watched too
            } catch (ClosedWatchServiceException e) {
                if (stopping) {
                    return;
                }
                throw e;
            }
        }
    }

    /** What changed since the last bake. */
    private static final class Changes {
        /** Only Markdown files under content/ were saved (none deleted): the quick bake applies. */
        boolean contentOnly = true;
        /** A file or folder under content/ was deleted (or moved away). */
        boolean contentDeleted;
    }

    /**
     * Waits for a change to a watched file, then lets a burst of saves settle (50 ms). Changes
     * that cannot affect the site (other files in the project folder, editors' temporary files
     * in content/) are not waited for.
     */
    private Changes awaitChanges() throws InterruptedException {
        Changes changes = new Changes();
        boolean any = false;
        WatchKey key = watcher.take();
        while (key != null) {
            for (WatchEvent<?> event : key.pollEvents()) {
                if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                    any = true; // events were lost: bake everything
                    changes.contentOnly = false;
                    continue;
                }
                Path path = ((Path) key.watchable()).resolve((Path) event.context());
                boolean deleted = event.kind() == StandardWatchEventKinds.ENTRY_DELETE;
                boolean folder = deleted ? watched.containsKey(path) : Files.isDirectory(path);
                if (folder && event.kind() == StandardWatchEventKinds.ENTRY_MODIFY) {
                    continue; // a folder's own timestamps; its files report their changes themselves
                }
                if (path.getParent().equals(project) && !path.getFileName().toString().equals("jbake.properties")) {
                    continue; // the project folder is watched for jbake.properties only
                }
                boolean markdown = path.toString().endsWith(".md");
                boolean inContent = path.startsWith(project.resolve("content"));
                if (inContent && !markdown && !folder) {
                    continue; // an editor's temporary file, saved and then renamed over the .md
                }
                any = true;
                changes.contentOnly &= inContent && markdown && !deleted;
                changes.contentDeleted |= inContent && deleted;
            }
            key.reset();
            key = watcher.poll(50, TimeUnit.MILLISECONDS);
            if (key == null && !any) {
                key = watcher.take(); // nothing that matters changed: keep waiting
            }
        }
        return changes;
    }

    /**
     * The fast render: bakes the changed Markdown files' pages, moving each into the served
     * folder as soon as it has rendered (an atomic rename, so a reader gets the old page or the
     * new one, never half of it; a page that fails is not moved), then the feed, sitemap and 404
     * page unless an error names none of the pages.
     */
    private void quickBake() throws IOException {
        long start = System.nanoTime();
        Path site = served.get();
        Bake.Result quick = Bake.quick(project, scratch, base, store, site);
        if (failedPages(quick, scratch) != null && Files.isDirectory(scratch)) {
            try (Stream<Path> walk = Files.walk(scratch)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    Path target = site.resolve(scratch.relativize(file).toString());
                    Files.createDirectories(target.getParent());
                    Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
                }
            }
        }
        Bake.deleteTree(scratch);
        long ms = (System.nanoTime() - start) / 1_000_000;
        out.println(quick.failed()
            ? "\n" + editorMessages(quick) + "\nNot updated (" + ms + " ms): fix the file(s) above and save again."
            : "Updated the edited page in " + ms + " ms; re-baking the rest of the site…");
    }

    /**
     * Serves a finished full bake in place of the previous one. The pages it failed to render
     * get their last good version back (or are left out if they never had one); if a failure
     * names no page, the whole previous site stays. Returns what to tell the editor about that.
     */
    private String publish(Bake.Result result, Path site) {
        Path old = served.get();
        boolean hadSite = Files.isDirectory(old);
        Set<Path> failed = failedPages(result, site);
        if (failed == null && hadSite) {
            Bake.deleteTree(site);
            return " Until then the preview shows the last good version of the whole site.";
        }
        try {
            for (Path page : failed == null ? Set.<Path>of() : failed) {
                Path good = old.resolve(site.relativize(page).toString());
                if (hadSite && Files.isRegularFile(good)) {
                    Files.copy(good, page, StandardCopyOption.REPLACE_EXISTING);
                } else {
                    Files.deleteIfExists(page);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        served.set(site);
        if (hadSite) {
            Bake.deleteTree(old);
        }
        if (failed == null || failed.isEmpty()) {
            return "";
        }
        return hadSite ? " Until then the preview shows the last good version of those pages." : " Until then those pages are not served.";
    }

    /**
     * The files in {@code output} that the bake failed to render: JBake names each in its error
     * ("Failed to render file PATH. Cause: ..."). Empty if the bake succeeded; null if an error
     * names no file there (a feed, the sitemap, a crash), so no output of the bake can be trusted.
     */
    static Set<Path> failedPages(Bake.Result result, Path output) {
        Set<Path> pages = new HashSet<>();
        for (Throwable t : result.errors()) {
            Matcher m = FAILED_PAGE.matcher(Bake.describe(t));
            boolean named = false;
            while (m.find()) {
                Path page = Path.of(m.group(1)).toAbsolutePath().normalize();
                if (!page.startsWith(output.toAbsolutePath().normalize())) {
                    return null;
                }
                pages.add(page);
                named = true;
            }
            if (!named) {
                return null;
            }
        }
        return pages;
    }

    /** The bake's errors as an editor reads them: each CONTENT ERROR once, without stack traces. */
    static String editorMessages(Bake.Result result) {
        Set<String> messages = new LinkedHashSet<>();
        for (Throwable t : result.errors()) {
            String text = Bake.describe(t);
            int i = text.indexOf("CONTENT ERROR in");
            if (i >= 0) {
                String msg = text.substring(i);
                int end = msg.indexOf("\n\n");
                messages.add(("  " + (end > 0 ? msg.substring(0, end) : msg)).stripTrailing());
            } else {
                messages.add("  " + text.lines().findFirst().orElse(text));
            }
        }
        return String.join("\n", messages);
    }

    /**
     * Watches the project folder (for jbake.properties) and every folder in the watched ones,
     * including folders created since the last call and folders deleted and created again.
     */
    private void register() throws IOException {
        watch(project); // events for the root folder's direct files only
        for (String dir : WATCHED) {
            Path root = project.resolve(dir);
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path d : walk.filter(Files::isDirectory).toList()) {
                    watch(d);
                }
            }
        }
        watched.values().removeIf(key -> !key.isValid());
    }

    private void watch(Path dir) throws IOException {
        WatchKey key = watched.get(dir);
        if (key == null || !key.isValid()) {
            watched.put(dir, dir.register(watcher, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_DELETE));
        }
    }

    /** Answers a request from the site being served; a site replaced during the request is asked again. */
    private static void serve(HttpExchange exchange, AtomicReference<Path> served) throws IOException {
        String path = URLDecoder.decode(exchange.getRequestURI().getPath(), StandardCharsets.UTF_8);
        for (int attempt = 0; ; attempt++) {
            Path root = served.get();
            try {
                respond(exchange, root, path);
                return;
            } catch (NoSuchFileException e) {
                if (attempt >= 2 || served.get().equals(root)) {
                    throw e;
                }
            }
        }
    }

    private static void respond(HttpExchange exchange, Path root, String path) throws IOException {
        Path file = root.resolve(path.substring(1)).normalize();
        if (path.endsWith("/")) {
            file = file.resolve("index.html");
        }
        int status = 200;
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            file = root.resolve("404.html");
            status = 404;
        }
        byte[] body = Files.isRegularFile(file) ? Files.readAllBytes(file) : "Not baked yet".getBytes(StandardCharsets.UTF_8);
        String name = file.getFileName().toString();
        String ext = name.substring(name.lastIndexOf('.') + 1);
        exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream os = exchange.getResponseBody()) {
            os.write(body);
        }
    }
}
