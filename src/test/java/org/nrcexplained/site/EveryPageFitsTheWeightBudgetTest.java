package org.nrcexplained.site;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page, with the stylesheets, scripts and images it loads from the site, weighs at most
 * 20 KiB gzip-compressed: what a reader on a slow phone connection downloads. (A size check,
 * not a timing: scripts/page-weight.sh prints the same figures for every page.) The search page
 * stays within it with the search index its script fetches, too.
 */
class EveryPageFitsTheWeightBudgetTest {

    static final int BUDGET = 20 * 1024;
    static final String BASE_PATH = java.net.URI.create(Bake.BASE).getPath();

    private static final Map<Path, Integer> gzipCache = new java.util.concurrent.ConcurrentHashMap<>();

    @Test
    void everyPageWithItsCssJsAndImagesIsAtMost20KiBGzipped() {
        BakedSite site = BakedSite.get();
        Path root = site.output().toAbsolutePath().normalize();
        List<String> rows = new ArrayList<>();
        List<String> over = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        record Weight(String page, int html, int assets) {
            int total() {
                return html + assets;
            }
        }
        List<Weight> weights = new ArrayList<>();
        for (Map.Entry<String, Document> e : site.pages().entrySet()) {
            Path file = root.resolve(e.getKey());
            int html = gzip(file);
            int assets = 0;
            for (String ref : references(e.getValue())) {
                // The 404 page uses root-relative URLs under the site's base path (/nrc-explained/…).
                Path asset = ref.startsWith(BASE_PATH) ? root.resolve(ref.substring(BASE_PATH.length())).normalize()
                        : file.getParent().resolve(ref).normalize();
                if (!asset.startsWith(root) || !Files.isRegularFile(asset)) {
                    missing.add(e.getKey() + " → " + ref);
                    continue;
                }
                assets += gzip(asset);
            }
            weights.add(new Weight(e.getKey(), html, assets));
        }
        weights.sort(Comparator.comparingInt(Weight::total).reversed());
        for (Weight w : weights) {
            String row = String.format("%6d bytes (html %d + assets %d)  %s", w.total(), w.html(), w.assets(), w.page());
            rows.add(row);
            if (w.total() > BUDGET) {
                over.add(row);
            }
        }
        System.out.println("Heaviest pages (gzip):\n" + String.join("\n", rows.subList(0, Math.min(10, rows.size()))));
        assertTrue(weights.size() > 100, "expected the whole site, found " + weights.size() + " pages");
        assertTrue(missing.isEmpty(), "pages reference files that are not in the site:\n" + String.join("\n", missing));
        assertTrue(over.isEmpty(), over.size() + " pages are over the budget of " + BUDGET + " bytes gzipped:\n"
                + String.join("\n", over));
    }

    /** Same-site stylesheets, scripts and images the page loads (relative URLs, without query or fragment). */
    static Set<String> references(Document page) {
        Set<String> refs = new LinkedHashSet<>();
        for (Element el : page.select("link[rel~=(?i)^stylesheet$][href], link[rel~=(?i)icon][href], script[src], img[src], source[srcset], image[href], use[href]")) {
            String url = el.hasAttr("src") ? el.attr("src") : el.hasAttr("srcset") ? el.attr("srcset").split("[ ,]")[0] : el.attr("href");
            if (url.isEmpty() || url.startsWith("#") || url.contains("://") || url.startsWith("//") || url.startsWith("data:")) {
                continue;
            }
            refs.add(url.replaceAll("[?#].*$", ""));
        }
        return refs;
    }

    /**
     * The gzip weight of the page {@code uri} of a baked site in {@code root}, with the same-site
     * stylesheets, scripts and images it loads; a file it references that does not exist fails.
     */
    static int weight(Path root, String uri, Document page) {
        Path file = root.resolve(uri);
        int total = gzip(file);
        for (String ref : references(page)) {
            Path asset = ref.startsWith(BASE_PATH) ? root.resolve(ref.substring(BASE_PATH.length())).normalize()
                    : file.getParent().resolve(ref).normalize();
            if (!asset.startsWith(root) || !Files.isRegularFile(asset)) {
                throw new AssertionError(uri + " references " + ref + ", which is not in the site");
            }
            total += gzip(asset);
        }
        return total;
    }

    @Test
    void theSearchPageWithItsCssJsAndTheSearchIndexItFetchesIsAtMost20KiBGzipped() {
        BakedSite site = BakedSite.get();
        Path root = site.output().toAbsolutePath().normalize();
        for (String lang : new String[] {"", "id/"}) {
            Document page = site.pages().get(lang + "search.html");
            assertTrue(page != null, lang + "search.html was not baked");
            Element form = page.selectFirst("form.search[data-index]");
            assertTrue(form != null, lang + "search.html has no search form naming its index");
            Path index = root.resolve(lang + "search.html").getParent().resolve(form.attr("data-index")).normalize();
            assertTrue(Files.isRegularFile(index), lang + "search.html: its index " + form.attr("data-index") + " was not baked");
            int pageWeight = weight(root, lang + "search.html", page);
            int total = pageWeight + gzip(index);
            System.out.printf("%ssearch.html: %d bytes with CSS and JS, %d with the index %s (%d bytes gzip, %d raw)%n",
                lang, pageWeight, total, root.relativize(index), gzip(index), index.toFile().length());
            assertTrue(total <= BUDGET, lang + "search.html with its CSS, JS and search index weighs " + total
                + " bytes gzipped, over the budget of " + BUDGET);
        }
    }

    static int gzip(Path file) {
        return gzipCache.computeIfAbsent(file, f -> {
            try {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                try (GZIPOutputStream out = new GZIPOutputStream(buffer)) {
                    out.write(Files.readAllBytes(f));
                }
                return buffer.size();
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        });
    }

}
