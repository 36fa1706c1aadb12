package org.nrcexplained.site.check;

import java.util.List;

/** The content check's report, read like a compiler's: one line per mistake, then the count. */
public final class Report {

    private Report() {
    }

    /** The report: every mistake on its own line, then a count line; or "N files checked, no mistakes". */
    public static String of(List<Mistake> mistakes, int files) {
        if (mistakes.isEmpty()) {
            return files + " files checked, no mistakes.";
        }
        StringBuilder out = new StringBuilder();
        for (Mistake m : mistakes) {
            out.append(m).append('\n');
        }
        long inFiles = mistakes.stream().map(Mistake::path).distinct().count();
        out.append(count(mistakes.size(), "mistake")).append(" in ").append(count(inFiles, "file"))
            .append(" (").append(files).append(" files checked). Nothing was baked. See EDITING.md, \"When the build says no\".");
        return out.toString();
    }

    /** "1 mistake", "3 mistakes". */
    static String count(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
