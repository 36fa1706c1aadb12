package org.nrcexplained.site.check;

/**
 * One mistake in one file, reported like a compiler's error:
 * {@code content/actors/nato.md:4: field 'status': must be published or draft, not 'live'.}
 *
 * @param path    the file, relative to the project folder
 * @param line    the line the mistake is on (1 when it concerns the whole file)
 * @param field   the header field, {@code body}, or a part of a data file
 * @param message what is wrong and what to do
 */
public record Mistake(String path, int line, String field, String message) implements Comparable<Mistake> {

    @Override
    public String toString() {
        return path + ":" + line + ": field '" + field + "': " + message;
    }

    @Override
    public int compareTo(Mistake o) {
        int c = path.compareTo(o.path);
        return c != 0 ? c : Integer.compare(line, o.line);
    }
}
