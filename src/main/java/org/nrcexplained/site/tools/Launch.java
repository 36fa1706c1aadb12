package org.nrcexplained.site.tools;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs an editors' tool under Maven ({@code mvn exec:java@check}) and remembers the class path Maven
 * put together for it, so that the scripts can start the next run with plain {@code java}, seconds
 * sooner (Maven's own start costs about 2 s of the quick check's time).
 *
 * <p>Arguments: the tool's main class, then its arguments. With {@code -Dtools.classpath=FILE} it
 * first writes its own class path (the committed jar and the libraries of the exec plugin's
 * dependencies in pom.xml) to FILE, one line; the scripts use that file only while it is newer than
 * pom.xml and every entry exists.
 */
public final class Launch {

    private Launch() {
    }

    public static void main(String[] args) throws Throwable {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: Launch MAIN-CLASS [ARGS...]");
        }
        String file = System.getProperty("tools.classpath");
        if (file != null && !file.isBlank()) {
            remember(Path.of(file));
        }
        Method main = Class.forName(args[0], true, Launch.class.getClassLoader()).getMethod("main", String[].class);
        try {
            main.invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Writes this class's class path, as one line of File.pathSeparator-separated files. */
    static void remember(Path file) throws IOException, URISyntaxException {
        List<String> entries = new ArrayList<>();
        if (Launch.class.getClassLoader() instanceof URLClassLoader loader) {
            for (URL url : loader.getURLs()) {
                if ("file".equals(url.getProtocol())) {
                    entries.add(new File(url.toURI()).getPath());
                }
            }
        }
        if (entries.isEmpty()) {
            return; // not started by exec:java: nothing to remember
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temp, String.join(File.pathSeparator, entries) + "\n", StandardCharsets.UTF_8);
        Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
