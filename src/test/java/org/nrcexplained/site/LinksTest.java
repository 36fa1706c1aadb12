package org.nrcexplained.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Links work with the site served under a GitHub Pages project path
 * (https://example.org/nrc-explained/), in both languages.
 */
class LinksTest {

    private final BakedSite site = BakedSite.get();
    private final URI base = URI.create(Bake.BASE);

    @Test
    void everyInternalLinkAndFragmentResolves() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, Document> page : site.pages().entrySet()) {
            for (Element el : page.getValue().select("a[href], link[href], script[src], img[src]")) {
                String ref = el.hasAttr("href") ? el.attr("href") : el.attr("src");
                String problem = check(page.getKey(), ref, el.tagName().equals("a"));
                checked++;
                if (problem != null) {
                    problems.add(page.getKey() + ": " + el.tagName() + " → " + ref + ": " + problem);
                }
            }
        }
        assertTrue(checked > 100, "too few links were checked: " + checked);
        assertTrue(problems.isEmpty(), () -> problems.size() + " broken links:\n" + String.join("\n", problems));
    }

    @Test
    void theNotFoundPageLinksAbsolutelyUnderTheProjectPath() {
        Document notFound = site.pages().get("404.html");
        assertTrue(notFound != null, "404.html was not baked");
        List<String> problems = new ArrayList<>();
        for (Element el : notFound.select("a[href], link[href], script[src], img[src]")) {
            String ref = el.hasAttr("href") ? el.attr("href") : el.attr("src");
            if (ref.startsWith("#")) {
                continue;
            }
            if (!ref.startsWith(base.getPath())) {
                problems.add(ref + " is not absolute under " + base.getPath() + " (the 404 page is served at any depth)");
            }
            String problem = check("404.html", ref, false);
            if (problem != null) {
                problems.add(ref + ": " + problem);
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void theSitemapAndFeedListAbsoluteUrlsOfPagesThatExist() throws IOException {
        List<String> problems = new ArrayList<>();
        int urls = 0;
        for (String file : new String[] {"sitemap.xml", "feed.xml"}) {
            Path path = site.output().resolve(file);
            assertTrue(Files.exists(path), file + " was not baked");
            Document xml = Jsoup.parse(Files.readString(path), "", Parser.xmlParser());
            for (Element el : xml.select("loc, link[href], id")) {
                String url = el.tagName().equals("link") ? el.attr("href") : el.text();
                urls++;
                if (!url.startsWith(Bake.BASE)) {
                    problems.add(file + ": " + url + " is not under the base URL " + Bake.BASE);
                } else if (!url.equals(Bake.BASE) && check("", url, false) != null) {
                    problems.add(file + ": " + url + ": " + check("", url, false));
                }
            }
        }
        int pages = site.contentPages().size();
        assertTrue(urls >= pages, "the sitemap and feed list " + urls + " URLs for " + pages + " pages");
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    /**
     * Null if the reference resolves, else what is wrong. External links are not followed;
     * a plain-http external address is allowed only for a link a reader follows, never for
     * something the page loads (mixed content).
     */
    private String check(String from, String ref, boolean isLink) {
        if (ref.isBlank()) {
            return "empty link";
        }
        URI target;
        try {
            target = base.resolve(from.replace(" ", "%20")).resolve(ref.trim());
        } catch (IllegalArgumentException e) {
            return "not a valid URL";
        }
        String scheme = target.getScheme();
        if (scheme == null || !(scheme.equals("http") || scheme.equals("https"))) {
            return scheme != null && scheme.equals("mailto") ? null : "unexpected scheme " + scheme;
        }
        if (!base.getHost().equals(target.getHost())) {
            return scheme.equals("https") || isLink ? null : "loads an insecure (http:) resource";
        }
        String path = target.getPath();
        if (!path.startsWith(base.getPath())) {
            return "leaves the project path " + base.getPath() + " (a root-absolute link breaks on GitHub Pages)";
        }
        String file = path.substring(base.getPath().length());
        if (file.isEmpty() || file.endsWith("/")) {
            file += "index.html";
        }
        file = URLDecoder.decode(file, StandardCharsets.UTF_8);
        if (!Files.exists(site.output().resolve(file))) {
            return "no such file " + file;
        }
        String fragment = target.getFragment();
        if (fragment != null && !fragment.isEmpty() && file.endsWith(".html")) {
            Document doc = site.pages().get(file);
            if (doc.getElementById(fragment) == null) {
                return "no element with id '" + fragment + "' in " + file;
            }
        }
        return null;
    }
}
