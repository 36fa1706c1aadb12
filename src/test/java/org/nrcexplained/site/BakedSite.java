package org.nrcexplained.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The real site, baked once per test run (from the project's own content, templates, data
 * and assets) under a GitHub Pages project path, and its pages parsed with Jsoup.
 */
public final class BakedSite {

    private static BakedSite instance;

    private final Path output;
    private final Map<String, Document> pages = new TreeMap<>();

    private BakedSite(Path output) {
        this.output = output;
        try (Stream<Path> files = Files.walk(output)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String uri = output.relativize(p).toString().replace('\\', '/');
                pages.put(uri, Jsoup.parse(p.toFile(), "UTF-8", Bake.BASE + uri));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The baked real site; the first call bakes it, and a failed bake fails the caller. */
    public static synchronized BakedSite get() {
        if (instance == null) {
            Bake.Result result = Bake.run(Bake.PROJECT, Bake.PROJECT.resolve("target/test-site"));
            if (result.failed()) {
                fail("The real site did not bake:\n" + result.messages());
            }
            instance = new BakedSite(result.output());
        }
        return instance;
    }

    public Path output() {
        return output;
    }

    /** Every HTML page by its site path ("index.html", "id/actors/nato.html"). */
    public Map<String, Document> pages() {
        return pages;
    }

    /** The site's content pages: every HTML page but the 404 page and drafts. */
    public Map<String, Document> contentPages() {
        Map<String, Document> out = new TreeMap<>(pages);
        out.keySet().removeIf(uri -> uri.equals("404.html") || uri.endsWith("-draft.html"));
        return out;
    }
}
