package org.nrcexplained.site.cards;

import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
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
import java.util.ServiceLoader;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The bake's share cards: for every published HTML page (home, explainer pages, listings,
 * actors, events, terms; not the data exports, robots.txt, feed, sitemap or 404 page), a
 * 1200×630 PNG at {@code cards/<the page's path without .html>.png}, e.g. cards/actors/nato.png,
 * cards/id/actors/nato.png, cards/index.png. lib/meta.ftl points og:image at it.
 *
 * <p>A JBake {@link RenderingTool}, listed in META-INF/services/org.jbake.render.RenderingTool.
 * Like JBake's own DocumentsRenderer it draws the cards of the documents not rendered yet: all
 * of them in a fresh bake, only the changed ones in an incremental bake (the live preview's quick
 * bake). It must therefore run before any tool that marks documents rendered (its line first in
 * the services file); if it finds nothing unrendered, it still draws every card that is missing
 * from the output folder, so a full bake always has all its cards.
 *
 * <p>Cards are drawn on the other cores while JBake renders the pages on its own thread: this
 * tool starts them and returns, and {@link ShareCardsFinish}, listed after the tools that render
 * the pages, draws what is left on the bake's thread too, waits for the rest and reports any
 * error. (If ShareCardsFinish is not registered, or there are only a few cards, as in the
 * preview's quick bake, they are drawn before this tool returns.)
 *
 * <p>A title the font cannot draw (a character outside the shipped subset, see
 * tools/cards/README.md) stops the bake with {@code CARD ERROR in <file>}.
 */
public final class ShareCards implements RenderingTool {

    private static final Logger LOG = LoggerFactory.getLogger(ShareCards.class);

    static {
        // Drawing needs no display; say so before anything touches AWT (a no-op if set already).
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** One card to draw: the content file it belongs to, where it goes, what it says. */
    record Job(String source, Path file, ShareCard.Text text) {}

    /**
     * Cards drawn in the background while JBake renders the pages, by bake (its content store),
     * until {@link ShareCardsFinish} collects them; weak, so a bake that stopped before that
     * leaves nothing behind in a JVM that goes on baking (the preview).
     */
    private static final Map<ContentStore, Batch> PENDING = Collections.synchronizedMap(new WeakHashMap<>());

    /** Below this many cards (a quick bake), drawing them at once costs less than starting threads. */
    private static final int ASYNC_FROM = 16;

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        List<String> errors = new ArrayList<>();
        List<Job> jobs = jobs(db, config, errors);
        if (!errors.isEmpty()) throw failure(errors);
        Batch batch = new Batch(jobs);
        if (jobs.size() >= ASYNC_FROM && finishRegistered()) {
            // Draw on the other cores while this thread goes on to render the pages;
            // ShareCardsFinish (a later rendering tool) helps with what is left and waits.
            int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
            batch.start(threads);
            PENDING.put(db, batch);
            return 0;
        }
        batch.runHere();
        return batch.finish();
    }

    /** Collects the batch started for this bake (called by ShareCardsFinish); 0 if there is none. */
    static int finish(ContentStore db) throws RenderingException {
        Batch batch = PENDING.remove(db);
        if (batch == null) return 0;
        batch.runHere();
        return batch.finish();
    }

    /** Whether ShareCardsFinish is registered too (else the cards are drawn before returning). */
    private static boolean finishRegistered() {
        return ServiceLoader.load(RenderingTool.class).stream().anyMatch(p -> p.type() == ShareCardsFinish.class);
    }

    /** A bake's cards: a queue that background threads and the bake's own thread take jobs from. */
    private static final class Batch {
        private final long start = System.nanoTime();
        private final int total;
        private final Queue<Job> queue;
        private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
        private final List<Thread> threads = new ArrayList<>();

        Batch(List<Job> jobs) {
            this.total = jobs.size();
            this.queue = new ConcurrentLinkedQueue<>(jobs);
        }

        void start(int count) {
            for (int i = 0; i < count; i++) {
                Thread t = new Thread(this::runHere, "share-cards-" + i);
                t.setDaemon(true);
                threads.add(t);
                t.start();
            }
        }

        /** Draws cards from the queue on the calling thread until none is left. */
        void runHere() {
            for (Job job = queue.poll(); job != null; job = queue.poll()) {
                draw(job, errors);
            }
        }

        int finish() throws RenderingException {
            for (Thread t : threads) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new RenderingException("interrupted while drawing share cards", e);
                }
            }
            if (!errors.isEmpty()) throw failure(new ArrayList<>(errors));
            LOG.info("Drew {} share cards in {} ms ({} background threads)", total, (System.nanoTime() - start) / 1_000_000, threads.size());
            return total;
        }
    }

    /** The cards this bake draws (see the class comment); problems go to errors. */
    static List<Job> jobs(ContentStore db, JBakeConfiguration config, List<String> errors) {
        Set<String> htmlTypes = new HashSet<>();
        for (String type : config.getDocumentTypes()) {
            if (".html".equals(config.getOutputExtensionByDocType(type))) htmlTypes.add(type);
        }
        Path cards = config.getDestinationFolder().toPath().resolve("cards");
        List<DocumentModel> pages = new ArrayList<>();
        for (DocumentModel doc : db.getUnrenderedContent()) {
            if (isCardPage(doc, htmlTypes)) pages.add(doc);
        }
        if (pages.isEmpty()) {
            for (String type : htmlTypes) {
                for (DocumentModel doc : db.getPublishedContent(type)) {
                    if (isCardPage(doc, htmlTypes) && !Files.exists(cardFile(cards, doc.getUri()))) pages.add(doc);
                }
            }
        }
        if (pages.isEmpty()) return List.of();

        CardStrings strings;
        Path i18n = config.getDataFolder().toPath().resolve("i18n.yaml");
        try {
            strings = CardStrings.load(i18n);
        } catch (IOException | RuntimeException e) {
            // The templates read the same file and stop the bake with their own message.
            LOG.warn("No share cards: {} cannot be read: {}", i18n, e.getMessage());
            return List.of();
        }
        List<Job> jobs = new ArrayList<>();
        for (DocumentModel doc : pages) {
            String source = sourceFile(config, doc);
            ShareCard.Text text;
            try {
                text = CardText.of(doc, strings);
            } catch (RuntimeException e) {
                // A field the card needs is wrong (a bad date, an unknown kind): the page's own
                // checks stop the bake with a CONTENT ERROR naming the field; no card meanwhile.
                LOG.warn("No share card for {}: {}", source, e.getMessage());
                continue;
            }
            String missing = ShareCard.missingGlyphs(text);
            if (!missing.isEmpty()) {
                errors.add("CARD ERROR in " + source + ": the card font has no glyph for '" + missing
                        + "'. Add the character(s) to the font subset: see tools/cards/README.md.");
                continue;
            }
            jobs.add(new Job(source, cardFile(cards, doc.getUri()), text));
        }
        return jobs;
    }

    /** The page's content file relative to the project, as the CONTENT ERROR messages name it: content/actors/nato.md. */
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
            errors.add("CARD ERROR in " + job.source() + ": " + e.getMessage());
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

    private static RenderingException failure(List<String> errors) {
        return new RenderingException("Failed to draw share cards. Cause(s):\n" + String.join("\n", errors));
    }

    @Override
    @Deprecated
    public int render(Renderer renderer, ContentStore db, File destination, File templatesPath, CompositeConfiguration config) throws RenderingException {
        throw new RenderingException("ShareCards needs JBake's configuration: use render(Renderer, ContentStore, JBakeConfiguration)");
    }
}
