package org.nrcexplained.site.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.nrcexplained.site.BakedSite;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * The baked real site (BakedSite) served over HTTP on 127.0.0.1 under /nrc-explained/, as
 * GitHub Pages serves a project site. One server per test run, started on first use.
 */
public final class SiteServer {

    public static final String PATH = "/nrc-explained/";

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "svg", "image/svg+xml",
            "xml", "application/xml; charset=utf-8",
            "png", "image/png",
            "json", "application/json; charset=utf-8");

    private static SiteServer instance;

    private final HttpServer server;
    private final Path root;

    private SiteServer(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(PATH, this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "site-server");
            t.setDaemon(true);
            return t;
        }));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
    }

    /** The server for the baked real site; the first call bakes it and starts the server. */
    public static synchronized SiteServer get() {
        if (instance == null) {
            try {
                instance = new SiteServer(BakedSite.get().output());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    /** A new server for another baked site (a fixture's output folder), under the same path. */
    public static SiteServer of(Path root) {
        try {
            return new SiteServer(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops this server (one made by {@link #of}). */
    public void stop() {
        server.stop(0);
    }

    /** The URL of a site path such as "index.html" or "id/actors/nato.html". */
    public String url(String sitePath) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PATH + sitePath;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String rel = exchange.getRequestURI().getPath().substring(PATH.length());
            if (rel.isEmpty() || rel.endsWith("/")) {
                rel += "index.html";
            }
            Path file = root.resolve(rel).normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                Path notFound = root.resolve("404.html");
                byte[] body = Files.isRegularFile(notFound) ? Files.readAllBytes(notFound) : new byte[0];
                send(exchange, 404, TYPES.get("html"), body);
                return;
            }
            String name = file.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.') + 1);
            send(exchange, 200, TYPES.getOrDefault(ext, "application/octet-stream"), Files.readAllBytes(file));
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
