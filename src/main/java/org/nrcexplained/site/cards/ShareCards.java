package org.nrcexplained.site.cards;

import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.nrcexplained.site.content.Site;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The bake's share cards: for every published HTML page (home, explainer pages, listings,
 * actors, events, terms; not the data exports, robots.txt, feed, sitemap or 404 page), a
 * 1200×630 PNG at {@code cards/<the page's path without .html>.png}, e.g. cards/actors/nato.png,
 * cards/id/actors/nato.png, cards/index.png. lib/meta.ftl points og:image at it.
 *
 * <p>The project's renderer ({@code bake.SiteRenderer}) starts them once the content check has
 * passed, for the documents it is about to render: they are drawn on the other cores while it
 * renders the pages, then {@link #finish()} draws what is left on the bake's thread and waits.
 * A failed check draws no card. (The content check also makes sure every title can be drawn
 * with the shipped font, see {@link ShareCard#missingGlyphs(String)}.)
 */
public final class ShareCards {

    private static final Logger LOG = LoggerFactory.getLogger(ShareCards.class);

    static {
        // Drawing needs no display; say so before anything touches AWT (a no-op if set already).
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** One card to draw: the content file it belongs to, where it goes, what it says. */
    record Job(String source, Path file, ShareCard.Text text) {}

    /** Below this many cards (a quick bake), drawing them at once costs less than starting threads. */
    private static final int ASYNC_FROM = 16;

    private final long start = System.nanoTime();
    private final int total;
    private final Queue<Job> queue;
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    private final List<Thread> threads = new ArrayList<>();

    private ShareCards(List<Job> jobs) {
        this.total = jobs.size();
        this.queue = new ConcurrentLinkedQueue<>(jobs);
    }

    /**
     * Starts drawing the cards of {@code docs} (those that are published HTML pages), with the UI
     * strings of the site's data/i18n.yaml: on the other
     * cores when there are many, else when {@link #finish()} is called.
     */
    public static ShareCards start(List<DocumentModel> docs, JBakeConfiguration config, Site site) {
        List<String> problems = new ArrayList<>();
        ShareCards cards = new ShareCards(jobs(docs, config, CardStrings.from(site.i18n()), problems));
        cards.errors.addAll(problems);
        if (cards.total >= ASYNC_FROM) {
            int count = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
            for (int i = 0; i < count; i++) {
                Thread t = new Thread(cards::runHere, "share-cards-" + i);
                t.setDaemon(true);
                cards.threads.add(t);
                t.start();
            }
        }
        return cards;
    }

    /** Draws the cards still waiting on this thread, waits for the others; returns one line per card that failed. */
    public List<String> finish() {
        runHere();
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                errors.add("interrupted while drawing share cards");
            }
        }
        LOG.info("Drew {} share cards in {} ms ({} background threads)", total, (System.nanoTime() - start) / 1_000_000, threads.size());
        return List.copyOf(errors);
    }

    /** Draws cards from the queue on the calling thread until none is left. */
    private void runHere() {
        for (Job job = queue.poll(); job != null; job = queue.poll()) {
            draw(job, errors);
        }
    }

    /** The cards of the given documents; problems go to errors. */
    static List<Job> jobs(List<DocumentModel> docs, JBakeConfiguration config, CardStrings strings, List<String> errors) {
        Set<String> htmlTypes = new HashSet<>();
        for (String type : config.getDocumentTypes()) {
            if (".html".equals(config.getOutputExtensionByDocType(type))) htmlTypes.add(type);
        }
        Path cards = config.getDestinationFolder().toPath().resolve("cards");
        List<DocumentModel> pages = new ArrayList<>();
        for (DocumentModel doc : docs) {
            if (isCardPage(doc, htmlTypes)) pages.add(doc);
        }
        if (pages.isEmpty()) return List.of();
        List<Job> jobs = new ArrayList<>();
        for (DocumentModel doc : pages) {
            String source = sourceFile(config, doc);
            try {
                jobs.add(new Job(source, cardFile(cards, doc.getUri()), CardText.of(doc, strings)));
            } catch (RuntimeException e) {
                errors.add(source + ": no share card: " + e.getMessage());
            }
        }
        return jobs;
    }

    /** The page's content file relative to the project, as the check's report names it: content/actors/nato.md. */
    private static String sourceFile(JBakeConfiguration config, DocumentModel doc) {
        try {
            return config.getSourceFolder().toPath().toAbsolutePath().relativize(Path.of(doc.getFile()).toAbsolutePath())
                    .toString().replace('\\', '/');
        } catch (RuntimeException e) {
            return String.valueOf(doc.getSourceuri());
        }
    }

    /** A published page of an HTML type: the pages that get a card. */
    private static boolean isCardPage(DocumentModel doc, Set<String> htmlTypes) {
        return "published".equals(doc.getStatus()) && htmlTypes.contains(doc.getType()) && doc.getUri() != null;
    }

    /** cards/&lt;uri without .html&gt;.png: "actors/nato.html" → cards/actors/nato.png. */
    static Path cardFile(Path cards, String uri) {
        String path = uri.startsWith("/") ? uri.substring(1) : uri;
        if (path.endsWith(".html")) path = path.substring(0, path.length() - ".html".length());
        return cards.resolve(path + ".png");
    }

    private static void draw(Job job, List<String> errors) {
        try {
            byte[] png = DRAWN.get(job.text());
            if (png == null) {
                png = ShareCard.png(job.text());
                DRAWN.put(job.text(), png);
            }
            Files.createDirectories(job.file().getParent());
            Files.write(job.file(), png);
        } catch (IOException | RuntimeException e) {
            errors.add(job.source() + ": the share card could not be drawn: " + e.getMessage());
        }
    }

    /**
     * Cards drawn in this JVM, by what they say (the font and the drawing cannot change while it
     * runs): a JVM that bakes again, as the live preview does after every save, copies them
     * instead of drawing them again. A Maven bake runs once per JVM and gains nothing here.
     * At most CACHED cards (about 20 KB each) are kept, the least recently used dropped first.
     */
    private static final int CACHED = 2000;
    private static final Map<ShareCard.Text, byte[]> DRAWN = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<ShareCard.Text, byte[]> eldest) {
                    return size() > CACHED;
                }
            });
}
