package org.nrcexplained.site.check;

import java.util.ArrayList;
import java.util.List;

/** Comma-separated key lists of header fields ({@code actors=nato,russia}). */
public final class Keys {

    /** What a key looks like: lowercase ASCII letters and digits in hyphen-separated words. */
    public static final String PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    private Keys() {
    }

    /** The keys of a comma-separated list, trimmed, empty entries dropped. */
    public static List<String> list(String value) {
        List<String> out = new ArrayList<>();
        for (String k : (value == null ? "" : value).split(",")) {
            if (!k.isBlank()) {
                out.add(k.trim());
            }
        }
        return out;
    }
}
