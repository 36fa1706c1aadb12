package org.nrcexplained.site;

import org.jbake.app.ContentStore;
import org.jbake.app.Oven;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentModel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Bakes a JBake site the way {@code mvn jbake:generate} does (same factory, same extra
 * properties), into a freshly emptied folder, and reports what went wrong.
 */
public final class Bake {

    /** The project root: the real site's input folder. */
    public static final Path PROJECT = Path.of("").toAbsolutePath();

    /** The base URL the suite bakes with: a GitHub Pages project path, the harder case. */
    public static final String BASE = "https://example.org/nrc-explained/";

    private Bake() {
    }

    /** The outcome of one bake. */
    public record Result(Path output, List<Throwable> errors) {
        public boolean failed() {
            return !errors.isEmpty();
        }

        /** Every error's message, with its causes, as one text (what an editor would read). */
        public String messages() {
            return errors.stream().map(Bake::describe).collect(Collectors.joining("\n"));
        }
    }

    /** Bakes {@code source} into {@code output} (emptied first) with {@code site.base} = {@link #BASE}. */
    public static Result run(Path source, Path output) {
        return runWithBase(source, output, BASE);
    }

    /** Bakes {@code source} into {@code output} (emptied first) with the given {@code site.base}. */
    public static Result runWithBase(Path source, Path output, String base) {
        deleteTree(output);
        return bake(source, output, base, null, true, null);
    }

    /**
     * The live preview's quick bake: the content store is kept on disk (folder {@code store} in
     * the working directory), so JBake re-reads only the files that changed since the last quick
     * bake and renders only their pages (it renders the documents it has not rendered yet; the
     * first quick bake, or one after a template change, renders everything). Nothing is deleted
     * from {@code output}. With {@code publish} set, each document's page is moved from
     * {@code output} into {@code publish} as soon as it has rendered (an atomic rename), and a
     * page that fails to render is deleted instead, so {@code publish} never gets a broken page;
     * the feed, sitemap, 404 page and assets stay in {@code output}.
     */
    public static Result quick(Path source, Path output, String base, String store, Path publish) {
        return bake(source, output, base, store, false, publish);
    }

    private static Result bake(Path source, Path output, String base, String store, boolean clearStore, Path publish) {
        try {
            DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(source.toFile(), output.toFile(), clearStore);
            Properties extra = new Properties();
            extra.setProperty("site.base", base);
            config.addConfiguration(extra);
            if (store != null) {
                // JBake uses this as OrientDB's folder and database name, which must be a plain name.
                config.setDatabaseStore("plocal");
                config.setDatabasePath(store);
            }
            Oven oven = new Oven(config);
            if (publish != null) {
                oven.getUtensils().setRenderer(new Publishing(oven.getUtensils().getContentStore(), config, output, publish));
            }
            oven.bake();
            return new Result(output, List.copyOf(oven.getErrors()));
        } catch (Exception e) {
            return new Result(output, List.of(e));
        }
    }

    /**
     * JBake's renderer, moving each document's page out of the output folder into {@code publish}
     * once it has rendered, or deleting it if it failed. JBake renders the documents first (then
     * the feed, sitemap, 404 page and assets), so when a document is rendered the output folder
     * holds only that document's page.
     */
    private static final class Publishing extends Renderer {
        private final Path output;
        private final Path publish;

        Publishing(ContentStore db, JBakeConfiguration config, Path output, Path publish) {
            super(db, config);
            this.output = output;
            this.publish = publish;
        }

        @Override
        public void render(DocumentModel content) throws Exception {
            try {
                super.render(content);
            } catch (Exception e) {
                for (Path page : files(output)) {
                    Files.delete(page);
                }
                throw e;
            }
            for (Path page : files(output)) {
                Path target = publish.resolve(output.relativize(page).toString());
                Files.createDirectories(target.getParent());
                Files.move(page, target, StandardCopyOption.ATOMIC_MOVE);
            }
        }

        private static List<Path> files(Path dir) throws IOException {
            if (!Files.isDirectory(dir)) {
                return List.of();
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                return walk.filter(Files::isRegularFile).toList();
            }
        }
    }

    static String describe(Throwable t) {
        StringBuilder text = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            text.append(c.getMessage()).append('\n');
        }
        return text.toString();
    }

    /** Deletes a folder and everything in it, if it exists. */
    public static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a folder tree (files replace existing ones). */
    public static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
