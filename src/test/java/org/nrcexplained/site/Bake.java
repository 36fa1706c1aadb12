package org.nrcexplained.site;

import org.jbake.app.Oven;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        return bake(source, output, base);
    }

    private static Result bake(Path source, Path output, String base) {
        try {
            DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(source.toFile(), output.toFile(), true);
            Properties extra = new Properties();
            extra.setProperty("site.base", base);
            config.addConfiguration(extra);
            Oven oven = new Oven(config);
            oven.bake();
            return new Result(output, List.copyOf(oven.getErrors()));
        } catch (Exception e) {
            return new Result(output, List.of(e));
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
