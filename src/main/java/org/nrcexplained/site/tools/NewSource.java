package org.nrcexplained.site.tools;

import org.nrcexplained.site.check.Keys;
import org.nrcexplained.site.content.DataFile;
import org.nrcexplained.site.content.Site;
import org.nrcexplained.site.content.Sources;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * {@code scripts/new.sh source KEY --publisher P --date D [--label NAME] [--title T] [--url U] [--lang L]}:
 * prints the data/sources.yaml entry of a new source, to paste at the end of the file, with the
 * citation label it must show, computed as the check computes labels ({@link Sources#label}): its
 * publisher and the year of its date, or the short name that other sources of that publisher use
 * (or {@code --label NAME}); when other sources already show that name and year, the next letter not
 * used yet after the year, and, when one of them shows the bare name and year, which one must get a
 * letter too. Nothing is written: data/sources.yaml is shared, and entries are only appended by hand.
 */
final class NewSource {

    /** A label the check accepts has at most this many characters; EDITING.md asks for a label from about 24. */
    static final int LABEL_LIMIT = Sources.LABEL_LIMIT;
    static final int LABEL_ADVISED = 24;

    private NewSource() {
    }

    /** A source that shows a label with the same name and year as the new one, on pages of some language. */
    private record Sharing(String key, String label, String date, String field) {
    }

    static int run(String[] args, PrintStream out) {
        if (args.length < 2) {
            throw new IllegalArgumentException(NewItem.usage());
        }
        String key = args[1];
        Map<String, String> options = new HashMap<>();
        for (int i = 2; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("'" + args[i] + "' needs a value.\n" + NewItem.usage());
            }
            String name = args[i].substring(2);
            if (!List.of("publisher", "date", "label", "title", "url", "lang", "project").contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name + "\n" + NewItem.usage());
            }
            options.put(name, args[++i]);
        }
        Path project = Path.of(options.getOrDefault("project", "")).toAbsolutePath().normalize();
        String publisher = options.getOrDefault("publisher", "").trim();
        String date = options.getOrDefault("date", "").trim();
        if (!key.matches(Keys.PATTERN)) {
            out.println("'" + key + "' is not a source key: lowercase letters, digits and hyphens, like publisher-topic-yyyy-mm-dd.");
            return 1;
        }
        if (publisher.isEmpty() || date.isEmpty()) {
            out.println("A new source needs its publisher and date: scripts/new.sh source " + key + " --publisher \"TASS\" --date 2021-12-30");
            return 1;
        }
        if (!date.matches("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?")) {
            out.println("'" + date + "' is not a date: write yyyy-mm-dd, or yyyy-mm or yyyy when only the month or year is known.");
            return 1;
        }
        Site site = Site.read(project);
        DataFile sources = site.sources();
        if (sources.values().containsKey(key)) {
            out.println("data/sources.yaml:" + sources.lineOf(key) + " already has a source '" + key + "'. Cite it as [[" + key + "]], or pick another key.");
            return 1;
        }
        String year = date.substring(0, 4);
        String name = options.containsKey("label") ? options.get("label").trim().replaceFirst(" \\d{4}[a-z]?$", "") : nameUsedFor(sources, publisher);
        String bare = (name == null ? publisher : name) + " " + year;

        // Every source that shows this name and year, bare or with a letter, on English or Indonesian pages.
        List<Sharing> sharing = new ArrayList<>();
        for (Map.Entry<String, Object> e : sources.values().entrySet()) {
            if (!(e.getValue() instanceof Map<?, ?> m)) {
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> s = (Map<String, Object>) m;
            for (String lang : List.of("en", "id")) {
                String shown = Sources.label(s, e.getKey(), lang);
                String base = shown.matches(".* \\d{4}[a-z]") ? shown.substring(0, shown.length() - 1) : shown;
                if (base.equals(bare) && sharing.stream().noneMatch(x -> x.key().equals(e.getKey()) && x.label().equals(shown))) {
                    boolean own = lang.equals("id") && s.get("label_id") instanceof String;
                    sharing.add(new Sharing(e.getKey(), shown, String.valueOf(s.getOrDefault("date", "")), own ? "label_id" : "label"));
                }
            }
        }
        char last = 'a' - 1;
        List<Sharing> bareOnes = new ArrayList<>();
        for (Sharing s : sharing) {
            if (s.label().equals(bare)) {
                bareOnes.add(s);
            } else {
                last = (char) Math.max(last, s.label().charAt(s.label().length() - 1));
            }
        }
        String label;
        List<String> alsoLetter = new ArrayList<>();
        if (sharing.isEmpty()) {
            label = bare;
        } else {
            // Letters go in order of date; sources that already have one keep it, a bare one gets the next.
            List<Object[]> toLetter = new ArrayList<>(); // {date, key or null for the new source, field}
            for (Sharing s : bareOnes) {
                toLetter.add(new Object[] {s.date(), s.key(), s.field()});
            }
            toLetter.add(new Object[] {date, null, "label"});
            toLetter.sort(Comparator.comparing((Object[] o) -> (String) o[0]).thenComparing(o -> o[1] == null ? "~" : (String) o[1]));
            label = null;
            for (Object[] o : toLetter) {
                last++;
                if (last > 'z') {
                    out.println("Every letter after '" + bare + "' is taken: give this source another name in its label (--label NAME).");
                    return 1;
                }
                String lettered = bare + last;
                if (o[1] == null) {
                    label = lettered;
                } else {
                    alsoLetter.add("data/sources.yaml:" + sources.lineOf((String) o[1]) + ": source '" + o[1] + "' shows '" + bare
                        + "': give it a letter too, " + o[2] + ": \"" + lettered + "\" (letters go in order of date).");
                }
            }
        }
        boolean needsLabel = !label.equals(publisher + " " + year);
        if (label.length() > LABEL_LIMIT || (!needsLabel && label.length() > LABEL_ADVISED)) {
            out.println("'" + label + "' (publisher and year) has " + label.length() + " characters: too long for a citation. Give the source a short "
                + "name readers recognise, the way newsrooms credit sources, and run the command again with it: --label \"US State Dept\" "
                + "(the year and any letter are added for you).");
            return 1;
        }
        out.println("Paste this at the end of data/sources.yaml (quote every value" + (options.containsKey("title") && options.containsKey("url")
            && options.containsKey("lang") ? "" : "; replace each TODO") + "):");
        out.println();
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put("publisher", publisher);
        if (needsLabel) {
            entry.put("label", label);
        }
        entry.put("title", options.getOrDefault("title", "TODO: the document's title, in its own language"));
        entry.put("date", date);
        entry.put("url", options.getOrDefault("url", "TODO: the address, https://..."));
        entry.put("lang", options.getOrDefault("lang", "TODO: the source's language code: en, id, ru..."));
        out.println(key + ":");
        entry.forEach((field, value) -> out.println("  " + field + ": \"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\""));
        out.println();
        out.println("Citations will show it as [" + label + "]" + (needsLabel ? "" : " (its publisher and year, so it needs no label line)") + ".");
        if (!sharing.isEmpty()) {
            TreeMap<String, String> others = new TreeMap<>();
            sharing.forEach(s -> others.put(s.label(), s.key()));
            out.println("Other sources of that name and year: " + String.join(", ", others.entrySet().stream()
                .map(e -> e.getKey() + " (" + e.getValue() + ")").toList()) + ".");
        }
        alsoLetter.forEach(out::println);
        out.println("Then cite it as [[" + key + "]]; scripts/check.sh checks the entry.");
        return 0;
    }

    /**
     * The short name (a label without its year and letter) that sources of this publisher already
     * show, the most used one; null when none has a label.
     */
    static String nameUsedFor(DataFile sources, String publisher) {
        Map<String, Integer> names = new HashMap<>();
        for (Object value : sources.values().values()) {
            if (value instanceof Map<?, ?> s && Objects.equals(publisher, s.get("publisher")) && s.get("label") instanceof String l
                && l.matches(".+ \\d{4}[a-z]?")) {
                names.merge(l.replaceFirst(" \\d{4}[a-z]?$", ""), 1, Integer::sum);
            }
        }
        Comparator<Map.Entry<String, Integer>> mostUsed = Comparator.comparing(Map.Entry::getValue);
        return names.entrySet().stream().max(mostUsed.thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
            .map(Map.Entry::getKey).orElse(null);
    }
}
