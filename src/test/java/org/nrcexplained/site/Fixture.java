package org.nrcexplained.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small valid site (src/test/resources/fixture: one item of each type, both languages)
 * baked with the project's real templates, data and configuration. Tests break one thing
 * in it and check what the bake says.
 */
public final class Fixture {

    private final Path root;

    private Fixture(Path root) {
        this.root = root;
    }

    /** A fresh copy of the fixture site in {@code target/fixtures/<name>}. */
    public static Fixture create(String name) {
        Path root = Bake.PROJECT.resolve("target/fixtures/" + name);
        Bake.deleteTree(root);
        for (String dir : new String[] {"templates", "data", "assets"}) {
            Bake.copyTree(Bake.PROJECT.resolve(dir), root.resolve(dir));
        }
        try {
            Files.copy(Bake.PROJECT.resolve("jbake.properties"), root.resolve("jbake.properties"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Bake.copyTree(Bake.PROJECT.resolve("src/test/resources/fixture"), root);
        return new Fixture(root);
    }

    public Path root() {
        return root;
    }

    public String read(String path) {
        try {
            return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Fixture write(String path, String text) {
        try {
            Files.createDirectories(root.resolve(path).getParent());
            Files.writeString(root.resolve(path), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Replaces the first occurrence of {@code from} in a file; fails if it is not there. */
    public Fixture edit(String path, String from, String to) {
        String text = read(path);
        if (!text.contains(from)) {
            throw new IllegalArgumentException(path + " does not contain " + from);
        }
        return write(path, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
    }

    public Fixture delete(String path) {
        try {
            Files.delete(root.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public Bake.Result bake() {
        return Bake.run(root, root.resolve("output"));
    }
}
