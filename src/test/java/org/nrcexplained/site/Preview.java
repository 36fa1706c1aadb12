package org.nrcexplained.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * The editors' live preview (scripts/preview.sh): bakes the site in this warm JVM, serves it on
 * http://127.0.0.1:8820/, and re-bakes as soon as a file in content/, templates/, data/, assets/
 * or jbake.properties changes. Only those folders are watched, so the output never triggers a
 * bake; a change made during a bake triggers the next one (none is lost); every bake goes into a
 * fresh folder that replaces the served one when it is complete, so the preview never shows a
 * half-baked site or a page whose file was deleted. Content errors are printed, once each.
 *
 * <p>Fast render: when only Markdown files under content/ changed, a quick bake first renders
 * just those pages into the served folder (JBake, with its content store kept on disk, renders
 * only the documents whose files changed), so the edited page shows in a fraction of a second;
 * the full bake that follows brings every listing up to date.
 *
 * <p>Why not {@code mvn jbake:inline}: it watches the whole project folder, including its own
 * output in target/site, and re-bakes forever; and it drops changes saved during a bake.
 */
public final class Preview {

    private static final String[] WATCHED = {"content", "templates", "data", "assets"};
    /** The quick bake's content store: a folder of this name in the project folder (git-ignored). */
    private static final String STORE = "preview-store";
    private static final Map<String, String> TYPES = Map.of(
        "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8",
        "svg", "image/svg+xml", "xml", "application/xml; charset=utf-8", "png", "image/png", "ico", "image/x-icon");

    private Preview() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(System.getProperty("preview.port", "8820"));
        Path project = Bake.PROJECT;
        Path work = project.resolve("target/preview");
        Bake.deleteTree(work);
        Bake.deleteTree(project.resolve(STORE));
        Files.createDirectories(work);
        AtomicReference<Path> served = new AtomicReference<>(work.resolve("empty"));

        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", exchange -> serve(exchange, served.get()));
        server.start();

        WatchService watcher = FileSystems.getDefault().newWatchService();
        Set<Path> registered = new LinkedHashSet<>();
        register(project, watcher, registered);
        System.out.println("Preview: http://127.0.0.1:" + port + "/  (Ctrl+C to stop)");

        String base = "http://127.0.0.1:" + port + "/";
        Path scratch = work.resolve("quick-scratch");
        int n = 0;
        boolean contentOnly = false;
        while (true) {
            if (contentOnly) {
                // Fast render: only the edited files' pages, straight into the served folder, so
                // the edited page shows at once; the full bake below then updates the listings.
                long start = System.nanoTime();
                Bake.Result quick = Bake.quick(project, served.get(), base, STORE);
                long ms = (System.nanoTime() - start) / 1_000_000;
                System.out.println(quick.failed()
                    ? "\n" + editorMessages(quick) + "\nNot updated (" + ms + " ms): fix the file(s) above and save again."
                    : "Updated the edited page in " + ms + " ms; re-baking the rest of the site…");
            }
            n++;
            Path out = work.resolve("site-" + n);
            long start = System.nanoTime();
            long cpuStart = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            Bake.Result result = Bake.runWithBase(project, out, base);
            Path old = served.getAndSet(out);
            if (!old.getFileName().toString().equals("empty")) {
                Bake.deleteTree(old);
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            long cpu = (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
            if (result.failed()) {
                System.out.println("\n" + editorMessages(result) + "\nBaked with errors in " + ms + " ms: fix the file(s) above and save again.");
            } else {
                System.out.println("Baked the whole site in " + ms + " ms (" + cpu + " ms CPU). Reload the page in your browser.");
            }
            if (!contentOnly) {
                // Bring the quick bake's store up to date with templates, data and assets.
                Bake.quick(project, scratch, base, STORE);
            }
            // Wait for a change, then let a burst of saves settle (50 ms) before baking again.
            contentOnly = true;
            WatchKey key = watcher.take();
            do {
                for (WatchEvent<?> event : key.pollEvents()) {
                    Path changed = ((Path) key.watchable()).resolve((Path) event.context());
                    if (changed.getParent().equals(project) && !changed.getFileName().toString().equals("jbake.properties")) {
                        continue; // the project folder is watched for jbake.properties only
                    }
                    boolean markdown = changed.toString().endsWith(".md");
                    boolean inContent = changed.startsWith(project.resolve("content"));
                    if (inContent && !markdown) {
                        continue; // an editor's temporary file, saved and then renamed over the .md
                    }
                    contentOnly &= inContent && markdown && event.kind() != StandardWatchEventKinds.ENTRY_DELETE;
                }
                key.reset();
                key = watcher.poll(50, TimeUnit.MILLISECONDS);
            } while (key != null);
            register(project, watcher, registered); // new folders (e.g. content/events/new) are watched too
        }
    }

    /** The bake's errors as an editor reads them: each CONTENT ERROR once, without stack traces. */
    static String editorMessages(Bake.Result result) {
        Set<String> out = new LinkedHashSet<>();
        for (Throwable t : result.errors()) {
            String text = Bake.describe(t);
            int i = text.indexOf("CONTENT ERROR in");
            if (i >= 0) {
                String msg = text.substring(i);
                int end = msg.indexOf("\n\n");
                out.add(("  " + (end > 0 ? msg.substring(0, end) : msg)).stripTrailing());
            } else {
                out.add("  " + text.lines().findFirst().orElse(text));
            }
        }
        return String.join("\n", out);
    }

    private static void register(Path project, WatchService watcher, Set<Path> registered) throws IOException {
        if (registered.add(project)) {
            project.register(watcher, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_DELETE); // jbake.properties (events for the root folder's direct files only)
        }
        for (String dir : WATCHED) {
            Path root = project.resolve(dir);
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path d : walk.filter(Files::isDirectory).toList()) {
                    if (registered.add(d)) {
                        d.register(watcher, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_CREATE,
                            StandardWatchEventKinds.ENTRY_DELETE);
                    }
                }
            }
        }
    }

    private static void serve(HttpExchange exchange, Path root) throws IOException {
        String path = URLDecoder.decode(exchange.getRequestURI().getPath(), StandardCharsets.UTF_8);
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
