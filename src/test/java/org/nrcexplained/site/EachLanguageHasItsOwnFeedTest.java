package org.nrcexplained.site;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A reader who subscribes in English gets feed.xml, in Indonesian id/feed.xml: each is a
 * well-formed Atom feed titled and written in its language, listing that language's explainer
 * pages (with the titles those pages show), and every page of a language links to its own feed,
 * in the head (rel=alternate) and in the footer.
 */
class EachLanguageHasItsOwnFeedTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private final BakedSite site = BakedSite.get();

    private org.w3c.dom.Document parse(String path) throws Exception {
        Path file = site.output().resolve(path);
        assertTrue(Files.exists(file), path + " was not baked");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static String text(org.w3c.dom.Element parent, String name) {
        NodeList list = parent.getElementsByTagNameNS(ATOM, name);
        return list.getLength() == 0 ? "" : list.item(0).getTextContent().trim();
    }

    @Test
    void eachFeedIsAtomInItsLanguageWithThatLanguagesExplainers() throws Exception {
        Map<String, String> feeds = Map.of("en", "feed.xml", "id", "id/feed.xml");
        List<String> titles = new ArrayList<>();
        for (Map.Entry<String, String> f : feeds.entrySet()) {
            String lang = f.getKey();
            String prefix = lang.equals("id") ? "id/" : "";
            org.w3c.dom.Document feed = parse(f.getValue());
            org.w3c.dom.Element root = feed.getDocumentElement();
            assertEquals(ATOM, root.getNamespaceURI(), f.getValue() + " is not an Atom feed");
            assertEquals("feed", root.getLocalName());
            assertEquals(lang, root.getAttribute("xml:lang"), f.getValue() + ": xml:lang");
            String title = text(root, "title");
            titles.add(title);
            assertTrue(!title.isBlank(), f.getValue() + " has no title");

            // The explainer pages of the language: the pages that say "updated" (type=page).
            Set<String> explainers = new TreeSet<>();
            for (Map.Entry<String, Document> p : site.contentPages().entrySet()) {
                boolean inLang = lang.equals("id") == p.getKey().startsWith("id/");
                if (inLang && p.getValue().selectFirst("article.explainer") != null) {
                    explainers.add(Bake.BASE + p.getKey());
                }
            }
            assertTrue(explainers.size() >= 5, lang + ": only " + explainers.size() + " explainer pages found");

            NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
            Set<String> linked = new TreeSet<>();
            for (int i = 0; i < entries.getLength(); i++) {
                org.w3c.dom.Element entry = (org.w3c.dom.Element) entries.item(i);
                org.w3c.dom.Element link = (org.w3c.dom.Element) entry.getElementsByTagNameNS(ATOM, "link").item(0);
                String href = link.getAttribute("href");
                linked.add(href);
                assertEquals(lang, link.getAttribute("hreflang"), f.getValue() + ": " + href + " hreflang");
                Document page = site.pages().get(href.substring(Bake.BASE.length()));
                assertTrue(page != null, f.getValue() + ": " + href + " is not a page of the site");
                assertEquals(lang, page.selectFirst("html").attr("lang"), f.getValue() + ": " + href + " is not in " + lang);
                assertEquals(page.selectFirst("h1").text(), text(entry, "title"), f.getValue() + ": the entry's title is the page's");
                assertTrue(text(entry, "updated").matches("\\d{4}-\\d{2}-\\d{2}T00:00:00Z"), f.getValue() + ": updated of " + href);
                assertTrue(!text(entry, "summary").isBlank(), f.getValue() + ": summary of " + href);
            }
            assertEquals(explainers, linked, f.getValue() + ": one entry per explainer page of its language, and no other");

            // Every page of the language points to this feed, in the head and in the footer.
            List<String> problems = new ArrayList<>();
            for (Map.Entry<String, Document> p : site.contentPages().entrySet()) {
                if (lang.equals("id") != p.getKey().startsWith("id/")) {
                    continue;
                }
                Element alternate = p.getValue().selectFirst("head link[rel=alternate][type=application/atom+xml]");
                Element footer = p.getValue().selectFirst("footer a[href$=feed.xml]");
                if (alternate == null || !alternate.absUrl("href").equals(Bake.BASE + f.getValue())) {
                    problems.add(p.getKey() + ": head link " + (alternate == null ? "missing" : alternate.absUrl("href")));
                }
                // hreflang on an alternate link means "this page in another language" to search
                // engines (Lighthouse's SEO audit fails a relative one): the feed link has none.
                if (alternate != null && alternate.hasAttr("hreflang")) {
                    problems.add(p.getKey() + ": the feed link has hreflang, so it reads as a translation of the page");
                }
                if (footer == null || !footer.absUrl("href").equals(Bake.BASE + f.getValue())) {
                    problems.add(p.getKey() + ": footer link " + (footer == null ? "missing" : footer.absUrl("href")));
                }
            }
            assertTrue(problems.isEmpty(), problems.size() + " " + lang + " pages do not link to " + f.getValue() + ":\n" + String.join("\n", problems));
        }
        assertNotEquals(titles.get(0), titles.get(1), "both feeds have the same title");
    }

    @Test
    void theIndonesianFeedIsWrittenInIndonesian() throws Exception {
        org.w3c.dom.Element en = parse("feed.xml").getDocumentElement();
        org.w3c.dom.Element id = parse("id/feed.xml").getDocumentElement();
        // Its title and subtitle are the Indonesian ones, and no English entry title slipped in.
        assertTrue(text(id, "title").startsWith("Memahami Dewan NATO-Rusia"), "id/feed.xml title: " + text(id, "title"));
        assertTrue(text(en, "title").startsWith("NRC Explained"), "feed.xml title: " + text(en, "title"));
        String subtitle = text(id, "subtitle").toLowerCase();
        assertTrue(subtitle.contains(" dan ") && !subtitle.contains(" the "), "id/feed.xml subtitle is not Indonesian: " + subtitle);
        NodeList idEntries = id.getElementsByTagNameNS(ATOM, "entry");
        NodeList enEntries = en.getElementsByTagNameNS(ATOM, "entry");
        Set<String> enTitles = new TreeSet<>();
        for (int i = 0; i < enEntries.getLength(); i++) {
            enTitles.add(text((org.w3c.dom.Element) enEntries.item(i), "title"));
        }
        for (int i = 0; i < idEntries.getLength(); i++) {
            String t = text((org.w3c.dom.Element) idEntries.item(i), "title");
            assertTrue(!enTitles.contains(t), "id/feed.xml has the English title " + t);
        }
    }
}
