package org.nrcexplained.site.check;

import org.nrcexplained.site.content.Site;

import java.nio.file.Path;
import java.util.List;

/**
 * The quick check: every rule of the bake, without baking. Prints "N files checked, no mistakes."
 * or the same report as the bake, and exits with 1 when there is a mistake.
 * Run it with {@code scripts/check.sh}.
 */
public final class Check {

    private Check() {
    }

    /** Checks the project in the folder given as the first argument (default: the current folder). */
    public static void main(String[] args) {
        Site site = Site.read(Path.of(args.length > 0 ? args[0] : ""));
        List<Mistake> mistakes = ContentCheck.run(site);
        System.out.println(Report.of(mistakes, site.files().size()));
        System.exit(mistakes.isEmpty() ? 0 : 1);
    }
}
