package org.nrcexplained.site.check;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;

/** ISO dates written to a precision: {@code 2022-01-12} (day), {@code 2022-01} (month), {@code 2022} (year). */
public final class Dates {

    private static final Map<String, String> FORMS = Map.of("day", "\\d{4}-\\d{2}-\\d{2}", "month", "\\d{4}-\\d{2}", "year", "\\d{4}");
    private static final Map<String, String> EXAMPLES = Map.of("day", "2022-01-12", "month", "2022-01", "year", "2022");

    private Dates() {
    }

    /** The precision an ISO date is written to: 10 characters day, 7 month, else year. */
    public static String precisionOf(String iso) {
        return iso.length() == 10 ? "day" : iso.length() == 7 ? "month" : "year";
    }

    /** What is wrong with {@code value} as a date of {@code precision}, or null when it is a real date of that form. */
    public static String problem(String value, String precision) {
        String form = FORMS.get(precision);
        if (form == null) {
            return null; // the precision itself is reported
        }
        if (!value.matches(form)) {
            return "'" + value + "' does not fit precision=" + precision + ": write it like " + EXAMPLES.get(precision) + " (or change the precision).";
        }
        String[] p = value.split("-");
        if (p.length > 1) {
            int month = Integer.parseInt(p[1]);
            if (month < 1 || month > 12) {
                return "'" + value + "' has no month " + p[1] + ".";
            }
        }
        if (p.length > 2) {
            try {
                LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
            } catch (DateTimeException e) {
                return "'" + value + "' is not a real date (that month has " + LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), 1).lengthOfMonth() + " days).";
            }
        }
        return null;
    }

    /** An ISO date of any precision as a sortable number: 2017-01 → 20170100. */
    public static long number(String iso) {
        String[] p = iso.split("-");
        long n = Long.parseLong(p[0]) * 10000;
        if (p.length > 1) {
            n += Long.parseLong(p[1]) * 100;
        }
        if (p.length > 2) {
            n += Long.parseLong(p[2]);
        }
        return n;
    }
}
