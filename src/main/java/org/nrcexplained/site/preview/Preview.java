package org.nrcexplained.site.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import freemarker.template.TemplateModelException;
import org.jbake.model.DocumentModel;
import org.nrcexplained.site.check.ContentCheck;
import org.nrcexplained.site.bake.PageRenderer;
import org.nrcexplained.site.cards.ShareCards;
import org.nrcexplained.site.check.Mistake;
import org.nrcexplained.site.content.Site;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * The editors' live preview ({@code scripts/preview.sh}): bakes the site once, serves it on
 * http://127.0.0.1:8820/, and follows every save in content/, templates/, data/, assets/ and
 * jbake.properties, in one warm JVM.
 *
 * <ul>
 *   <li>Every save is checked first with the bake's own check ({@link ContentCheck}). A mistake
 *   prints the check's report lines, {@code path:line: field 'x': message}, and nothing else
 *   changes: every page keeps its last good version.</li>
 *   <li>A saved content file: JBake's store, kept open, re-reads only the files that changed; their
 *   pages are rendered and served first (a fraction of a second after the save), then every other
 *   page, so that lists such as the chronology catch up. A further save stops that catch-up between
 *   two pages and is served first in turn.</li>
 *   <li>A template, data, asset or configuration change, and a deleted content file: the whole site
 *   is baked into a fresh folder that replaces the served one once it is complete.</li>
 * </ul>
 * Pages are written with an atomic rename, so a browser never gets half a page. Only the watched
 * folders count (the project folder's other files, editors' swap and backup files never trigger
 * anything), so the preview's own output never does.
 *
 * <p>Why not {@code mvn jbake:inline}: it watches the whole project folder, including its own
 * output in target/site, and re-bakes forever; and it drops changes saved during a bake.
 *
 * <p>Tests start one with {@link #start()} and end it with {@link #stop()}; {@link #main} runs it in
 * the foreground until Ctrl+C.
 */
public final class Preview {

    private static final String[] WATCHED = {"content", "templates", "data", "assets"};
    private static final Map<String, String> TYPES = Map.of(
        "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8",
        "svg", "image/svg+xml", "xml", "application/xml; charset=utf-8", "png", "image/png", "ico", "image/x-icon",
        "json", "application/json; charset=utf-8", "csv", "text/csv; charset=utf-8", "ics", "text/calendar; charset=utf-8");
    /** How long a burst of file events (a save is often several) is let settle. */
    private static final long SETTLE_MS = 15;
    /** How often the check runs at the start to warm the JIT up (measured: the check's time settles after about 6 runs). */
    private static final int WARM_UP_CHECKS = 6;

    private final Path project;
    private final int requestedPort;
    private final PrintStream out;
    private final Path work;
    private final AtomicReference<Path> served;
    private final Map<Path, WatchKey> watched = new HashMap<>();
    private final AtomicInteger rounds = new AtomicInteger();
    private final AtomicInteger caughtUp = new AtomicInteger();
    private final CountDownLatch ready = new CountDownLatch(1);
    private HttpServer server;
    private WatchService watcher;
    private String base;
    private Thread thread;
    private volatile boolean stopping;
    private volatile Throwable crash;
    /** The open store of the served site, or null before the first good bake. */
    private Store store;
    private PageRenderer renderer;
    /** Set when the next round must bake the whole site (the store no longer matches the files). */
    private boolean stale = true;
    /** What changed since the last round: collected while waiting and while catching up. */
    private Changes pending = new Changes();
    private int folders;
    /** When the current round's check ended (for the timing that {@code -Dpreview.timing=true} prints). */
    private volatile long checked;
    private volatile long checkCpu;
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    private boolean warmUpCatchUp;
    private boolean warmedUp;
    /** The documents the warm-up rounds render (null otherwise). */
    private List<DocumentModel> warmUpDocs;
    /** Answers the browser's requests (a page and its CSS, scripts and images at once). */
    private final ExecutorService http = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "preview-http");
        t.setDaemon(true);
        return t;
    });
    /** The check runs here, beside the reading and rendering of the edited pages. */
    private final ExecutorService checker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "preview-check");
        t.setDaemon(true);
        return t;
    });
    private static final boolean TIMING = Boolean.getBoolean("preview.timing");

    /**
     * A preview of the site in {@code project}, served on 127.0.0.1:{@code port} (0: any free port,
     * see {@link #port()}), printing what it does to {@code out}. It bakes into
     * {@code project}/target/preview.
     */
    public Preview(Path project, int port, PrintStream out) {
        this.project = project.toAbsolutePath().normalize();
        this.requestedPort = port;
        this.out = out;
        this.work = this.project.resolve("target/preview");
        this.served = new AtomicReference<>(work.resolve("none"));
    }

    /** scripts/preview.sh: the project in the working directory on port {@code -Dpreview.port} (8820), until Ctrl+C. */
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(System.getProperty("preview.port", "8820"));
        Preview preview = new Preview(Path.of(args.length > 0 ? args[0] : ""), port, System.out);
        preview.open();
        preview.loop();
    }

    /** Starts serving and watching on a background (daemon) thread; returns once the preview is ready. */
    public Preview start() throws IOException, InterruptedException {
        open();
        thread = new Thread(() -> {
            try {
                loop();
            } catch (Throwable t) {
                crash = t;
                out.println("The preview stopped: " + t);
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

    /** The folder being served (it changes when the whole site is baked again). */
    public Path served() {
        return served.get();
    }

    /** How many rounds (the first bake, then one per burst of saves) have ended, served or refused. */
    public int rounds() {
        return rounds.get();
    }

    /** How many times every page has been brought up to date (the first bake, full bakes and completed catch-ups). */
    public int caughtUp() {
        return caughtUp.get();
    }

    /** Stops watching and serving and waits for the round under way to end. */
    public void stop() throws IOException, InterruptedException {
        stopping = true;
        if (watcher != null) {
            watcher.close(); // the loop's next look for changes ends with ClosedWatchServiceException
        }
        if (server != null) {
            server.stop(0);
        }
        http.shutdownNow();
        if (thread != null) {
            thread.join(TimeUnit.MINUTES.toMillis(5));
            if (thread.isAlive()) {
                throw new IllegalStateException("the preview's bake did not end within 5 minutes");
            }
        }
    }

    /** Empties the work folder, starts the server and the watcher. */
    private void open() throws IOException {
        deleteTree(work);
        Files.createDirectories(work);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", requestedPort), 0);
        server.createContext("/", exchange -> serve(exchange, served));
        server.setExecutor(http);
        server.start();
        watcher = FileSystems.getDefault().newWatchService();
        register();
        base = "http://127.0.0.1:" + port() + "/";
        out.println("Preview: baking the site for " + base + " ...");
    }

    /** Bakes, then handles each burst of changes, until {@link #stop()}. */
    private void loop() throws IOException, InterruptedException {
        try {
            long start = System.nanoTime();
            round(Set.of(), false);
            if (store != null) {
                warmUp();
                out.println("Ready: " + base + " (baked in " + ms(start) + " ms). Save a file and reload the page; Ctrl+C stops.");
            } else {
                out.println("Ready: " + base + " shows the site once the mistakes above are fixed. Ctrl+C stops.");
            }
            ready.countDown();
            while (true) {
                Set<String> changed;
                try {
                    changed = awaitChanges();
                    register(); // new folders (e.g. content/events/new) are watched too
                } catch (ClosedWatchServiceException e) {
                    if (stopping) {
                        return;
                    }
                    throw e;
                }
                round(changed, false);
                if (!warmedUp && store != null) {
                    warmUp(); // the site had mistakes at the start: warm up after its first bake
                }
            }
        } finally {
            checker.shutdownNow();
            if (store != null) {
                store.close();
            }
        }
    }

    /**
     * One round: check the whole project; with a mistake print the report and change nothing; else
     * serve the edited pages first and catch up with the rest, or bake the whole site. The check
     * runs on its own thread while the edited files are read and their pages rendered in memory;
     * the pages are written only when the check found no mistake.
     */
    private void round(Set<String> changed, boolean quiet) {
        long start = System.nanoTime();
        try {
            Site site = Site.read(project);
            Future<List<Mistake>> check = checker.submit(() -> {
                long cpu = THREADS.getCurrentThreadCpuTime();
                List<Mistake> mistakes = ContentCheck.run(site);
                checked = System.nanoTime();
                checkCpu = THREADS.getCurrentThreadCpuTime() - cpu;
                return mistakes;
            });
            if (stale || store == null) {
                List<Mistake> mistakes = check.get();
                if (!mistakes.isEmpty()) {
                    report(mistakes);
                } else {
                    bakeAll(site, start, changed);
                }
            } else {
                update(site, start, changed, check, quiet);
            }
        } catch (ExecutionException e) {
            stale = true;
            out.println("The preview could not check the site (" + e.getCause() + "); it keeps serving the last good pages. Save again to retry.");
        } catch (RuntimeException | IOException | TemplateModelException e) {
            stale = true;
            out.println("The preview could not bake (" + e + "); it keeps serving the last good pages. Save again to retry.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            rounds.incrementAndGet();
        }
    }

    private void report(List<Mistake> mistakes) {
        StringBuilder text = new StringBuilder();
        for (Mistake m : mistakes) {
            text.append(m).append('\n');
        }
        long files = mistakes.stream().map(Mistake::path).distinct().count();
        text.append(mistakes.size()).append(mistakes.size() == 1 ? " mistake" : " mistakes").append(" in ").append(files)
            .append(files == 1 ? " file" : " files").append(store == null ? ": the preview serves the site once they are fixed. Fix and save again."
                : ": nothing was updated, the preview keeps the last good pages. Fix and save again.");
        out.println(text);
    }

    /** The whole site into a fresh folder, served once complete (and only if every page rendered). */
    private void bakeAll(Site site, long start, Set<String> changed) throws IOException, TemplateModelException {
        Path folder = work.resolve("site-" + (++folders));
        deleteTree(folder);
        Store next = new Store(project, folder, base);
        PageRenderer pages = next.renderer();
        pages.prepare(site);
        List<String> errors = new ArrayList<>();
        int n = 0;
        List<DocumentModel> docs = new ArrayList<>(next.all());
        ShareCards cards = ShareCards.start(docs, next.config, site); // drawn on the other core meanwhile
        for (DocumentModel doc : docs) {
            addError(errors, pages.write(pages.document(doc, folder)));
            next.db.markContentAsRendered(doc);
            n++;
        }
        for (String single : pages.singles()) {
            addError(errors, pages.write(pages.single(single, folder)));
            n++;
        }
        errors.addAll(cards.finish());
        next.copyAssets().forEach(e -> errors.add("assets: " + e.getMessage()));
        if (!errors.isEmpty() && store != null) {
            next.close();
            deleteTree(folder);
            errors.forEach(out::println);
            out.println("Not updated: the pages above failed to render; the preview keeps the last good site. Fix and save again.");
            return;
        }
        Path old = served.getAndSet(folder);
        if (store != null) {
            store.close();
        }
        store = next;
        renderer = pages;
        stale = false;
        deleteTree(old);
        errors.forEach(out::println);
        caughtUp.incrementAndGet();
        out.println("Baked the whole site: " + n + " pages in " + ms(start) + " ms" + (changed.isEmpty() ? "" : " (" + describe(changed) + ")") + ".");
    }

    /**
     * The edited pages first, then every other page, stopping between two pages when the editor saves
     * again. With {@code quiet} (the warm-up) it prints nothing and, unless {@code catchUp}, stops after
     * the edited pages.
     */
    private void update(Site site, long start, Set<String> changed, Future<List<Mistake>> check, boolean quiet)
            throws TemplateModelException, InterruptedException, ExecutionException {
        Path folder = served.get();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        // The warm-up renders documents as they are: re-reading unchanged files would put them last
        // among documents of the same date in JBake's store, and so change the feed's order.
        List<DocumentModel> edited = warmUpDocs != null ? warmUpDocs : store.update(changed);
        long read = System.nanoTime();
        renderer.prepare(site);
        long prepared = System.nanoTime();
        List<PageRenderer.Page> pages = new ArrayList<>();
        for (DocumentModel doc : edited) {
            pages.add(renderer.document(doc, folder));
        }
        long rendered = System.nanoTime();
        List<Mistake> mistakes = check.get();
        if (!mistakes.isEmpty()) {
            report(mistakes); // the edited documents stay unrendered in the store: the next good round renders them
            return;
        }
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            addError(errors, renderer.write(pages.get(i)));
            store.db.markContentAsRendered(edited.get(i));
        }
        errors.addAll(ShareCards.start(edited, store.config, site).finish()); // the edited pages' share cards (a few ms each)
        if (!quiet) {
            errors.forEach(out::println);
            out.println("Updated " + describe(changed) + " in " + ms(start) + " ms; bringing the other pages up to date ..."
                + (TIMING ? " [check " + (checked - start) / 1_000_000 + " ms (" + checkCpu / 1_000_000 + " ms CPU); meanwhile read "
                + (read - start) / 1_000_000 + ", index " + (prepared - read) / 1_000_000 + ", render " + (rendered - prepared) / 1_000_000
                + " ms (" + (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1_000_000 + " ms CPU)]" : ""));
        } else if (!warmUpCatchUp) {
            return;
        }
        errors.clear();
        Set<String> done = new HashSet<>();
        edited.forEach(doc -> done.add(doc.getSourceuri()));
        long rest = System.nanoTime();
        int n = 0;
        for (DocumentModel doc : store.all()) {
            if (done.contains(doc.getSourceuri())) {
                continue;
            }
            if (changedMeanwhile()) {
                out.println("(Paused: you saved again.)");
                return;
            }
            addError(errors, renderer.write(renderer.document(doc, folder)));
            n++;
        }
        for (String single : renderer.singles()) {
            addError(errors, renderer.write(renderer.single(single, folder)));
            n++;
        }
        errors.forEach(out::println);
        if (!quiet) {
            caughtUp.incrementAndGet();
            out.println("Every page up to date (" + n + " more in " + ms(rest) + " ms).");
        }
    }

    /**
     * Warms the JIT up so that the first save after the start is as quick as later ones: the check
     * (the longest part of a round) runs several times on its thread while a silent round on one
     * page of each type, with the catch-up, runs here; then one more silent round.
     */
    private void warmUp() throws InterruptedException {
        warmedUp = true;
        List<DocumentModel> all = store.all();
        if (all.isEmpty()) {
            return;
        }
        Map<String, DocumentModel> oneOfEachType = new HashMap<>(); // every template is run in the warm-up rounds
        for (DocumentModel doc : all) {
            oneOfEachType.putIfAbsent(doc.getType(), doc);
        }
        warmUpDocs = new ArrayList<>(oneOfEachType.values());
        Set<String> files = new TreeSet<>();
        for (DocumentModel doc : warmUpDocs) {
            files.add(project.relativize(Path.of(doc.getFile()).toAbsolutePath().normalize()).toString().replace('\\', '/'));
        }
        List<Future<?>> checks = new ArrayList<>();
        for (int i = 0; i < WARM_UP_CHECKS; i++) {
            checks.add(checker.submit(() -> ContentCheck.run(Site.read(project))));
        }
        warmUpCatchUp = true;
        round(files, true);
        warmUpCatchUp = false;
        for (Future<?> check : checks) {
            try {
                check.get();
            } catch (ExecutionException e) {
                // reported by the next round
            }
        }
        round(files, true);
        warmUpDocs = null;
        rounds.addAndGet(-2);
    }

    private static void addError(List<String> errors, String error) {
        if (error != null) {
            errors.add(error);
        }
    }

    private static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static String describe(Set<String> changed) {
        if (changed.isEmpty()) {
            return "the site";
        }
        List<String> list = new ArrayList<>(new TreeSet<>(changed));
        return list.size() <= 3 ? String.join(", ", list) : list.get(0) + " and " + (list.size() - 1) + " more files";
    }

    /** What changed: the project paths of the changed files, and whether the whole site must be baked again. */
    private static final class Changes {
        final Set<String> paths = new TreeSet<>();
        boolean whole;

        boolean any() {
            return !paths.isEmpty() || whole;
        }
    }

    /**
     * Waits for a change to a watched file, then lets the burst of events of one save settle.
     * Returns the changed files; marks the store stale when a change is not a saved content file.
     */
    private Set<String> awaitChanges() throws InterruptedException {
        while (!pending.any()) {
            collect(watcher.take());
        }
        WatchKey key;
        while ((key = watcher.poll(SETTLE_MS, TimeUnit.MILLISECONDS)) != null) {
            collect(key);
        }
        Changes c = pending;
        pending = new Changes();
        stale |= c.whole;
        return c.paths;
    }

    /** Whether a change has arrived since the round began (without waiting). */
    private boolean changedMeanwhile() {
        WatchKey key;
        while ((key = watcher.poll()) != null) {
            collect(key);
        }
        return pending.any();
    }

    /** Adds a watch key's events to {@link #pending}, leaving out files that cannot change the site. */
    private void collect(WatchKey key) {
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                pending.whole = true; // events were lost: bake everything
                pending.paths.add("(many files)");
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
            String name = path.getFileName().toString();
            boolean inContent = path.startsWith(project.resolve("content"));
            if (!folder && (name.startsWith(".") || name.endsWith("~") || name.endsWith(".tmp") || name.endsWith(".swp"))) {
                continue; // an editor's temporary, swap or backup file
            }
            if (inContent && !folder && !name.endsWith(".md")) {
                continue;
            }
            pending.paths.add(project.relativize(path).toString().replace('\\', '/'));
            pending.whole |= !inContent || deleted || folder;
        }
        key.reset();
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
        byte[] body = Files.isRegularFile(file) ? Files.readAllBytes(file)
            : "Not baked yet: the terminal running scripts/preview.sh says why.".getBytes(StandardCharsets.UTF_8);
        String name = file.getFileName().toString();
        String ext = name.substring(name.lastIndexOf('.') + 1);
        exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "text/plain; charset=utf-8"));
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream os = exchange.getResponseBody()) {
            os.write(body);
        }
    }

    /** Deletes a folder and everything in it, if it exists. */
    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
