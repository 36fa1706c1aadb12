package org.nrcexplained.site;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code mvn jbake:generate} runs the project's Java from the committed .mvn/nrc-bake.jar (it
 * compiles nothing). This compares that jar, entry by entry, with the classes and resources that
 * this very build compiled from src/main, so the bake can never run code older than its sources.
 */
class BakeJarTest {

    private static final String REFRESH = "Run scripts/build-bake-jar.sh and commit .mvn/nrc-bake.jar with your change to src/main.";

    @Test
    void theCommittedBakeJarHoldsExactlyTheCompiledSources() throws IOException {
        Path classes = Bake.PROJECT.resolve("target/classes");
        TreeMap<String, byte[]> built = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(classes)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                built.put(classes.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        }
        TreeMap<String, byte[]> committed = new TreeMap<>();
        try (JarFile jar = new JarFile(Bake.PROJECT.resolve(".mvn/nrc-bake.jar").toFile())) {
            for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                JarEntry entry = e.nextElement();
                if (!entry.isDirectory() && !entry.getName().equals("META-INF/MANIFEST.MF")) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        committed.put(entry.getName(), in.readAllBytes());
                    }
                }
            }
        }
        List<String> differences = new ArrayList<>();
        for (String name : new TreeSet<>(built.keySet()) {{ addAll(committed.keySet()); }}) {
            byte[] a = built.get(name);
            byte[] b = committed.get(name);
            if (a == null) {
                differences.add("only in the jar: " + name);
            } else if (b == null) {
                differences.add("missing from the jar: " + name);
            } else if (!Arrays.equals(a, b)) {
                differences.add("differs: " + name);
            }
        }
        assertTrue(!built.isEmpty(), "target/classes is empty: src/main did not compile");
        assertTrue(differences.isEmpty(), () -> ".mvn/nrc-bake.jar is not the current src/main. " + REFRESH + "\n  " + String.join("\n  ", differences));
    }
}
