package org.nrcexplained.site.cards;

import java.util.List;
import java.util.Map;

/**
 * What a page's card says, from the page's fields (a JBake document: title, type, lang and the
 * type's own fields) and the UI strings. The label says what kind of page it is:
 *
 * <ul>
 *   <li>actor: "Who is who · Person" / "Tokoh dan lembaga · Tokoh"</li>
 *   <li>event: "Chronology · 12 January 2022" / "Kronologi · 12 Januari 2022", to the event's
 *       precision ("January 2017", "2004"), with its end date if it has one</li>
 *   <li>term: "Glossary" / "Glosarium"</li>
 *   <li>page (explainer): "Last updated 29 November 2026"</li>
 *   <li>home: "English · Bahasa Indonesia" (the page's language first)</li>
 *   <li>listings (who is who, chronology, glossary, sources): none, as the title names the list</li>
 * </ul>
 *
 * Dates are written as lib/i18n.ftl writes them on the pages.
 */
public final class CardText {

    private CardText() {}

    public static ShareCard.Text of(Map<String, Object> page, CardStrings strings) {
        String lang = field(page, "lang", "en");
        String title = field(page, "title", "");
        return new ShareCard.Text(title, label(page, lang, title, strings),
                strings.get(lang, "site_name"), strings.get(lang, "tagline"));
    }

    static String label(Map<String, Object> page, String lang, String title, CardStrings s) {
        String type = field(page, "type", "");
        String label = switch (type) {
            case "actor" -> s.get(lang, "actors") + " · " + s.get(lang, "kind_" + field(page, "kind", ""));
            case "event" -> s.get(lang, "chronology") + " · "
                    + range(field(page, "start", ""), field(page, "end", ""), field(page, "precision", "day"), lang, s);
            case "term" -> s.get(lang, "glossary");
            case "page" -> field(page, "updated", "").isEmpty() ? ""
                    : s.get(lang, "updated") + " " + date(field(page, "updated", ""), "day", lang, s);
            case "home" -> s.get(lang, "lang_name") + " · " + s.get(other(lang), "lang_name");
            case "actors" -> s.get(lang, "actors");
            case "chronology" -> s.get(lang, "chronology");
            case "glossary" -> s.get(lang, "glossary");
            case "sources" -> s.get(lang, "sources_title");
            default -> "";
        };
        return label.equals(title) ? "" : label;
    }

    /** "12 January 2022", "January 2017" or "2004" (as i18n.date in lib/i18n.ftl). */
    static String date(String iso, String precision, String lang, CardStrings s) {
        String[] parts = iso.split("-");
        if (precision.equals("year") || parts.length < 2) return parts[0];
        List<String> months = s.months(lang);
        String month = months.get(Integer.parseInt(parts[1]) - 1);
        if (precision.equals("month") || parts.length < 3) return month + " " + parts[0];
        return Integer.parseInt(parts[2]) + " " + month + " " + parts[0];
    }

    /** A start date with an optional end date, "start – end" (as i18n.range in lib/i18n.ftl). */
    static String range(String start, String end, String precision, String lang, CardStrings s) {
        if (end.isEmpty()) return date(start, precision, lang, s);
        String endPrecision = switch (end.length()) {
            case 4 -> "year";
            case 7 -> "month";
            default -> "day";
        };
        return date(start, precision, lang, s) + " – " + date(end, endPrecision, lang, s);
    }

    private static String other(String lang) {
        return lang.equals("en") ? "id" : "en";
    }

    private static String field(Map<String, Object> page, String name, String fallback) {
        Object value = page.get(name);
        return value == null ? fallback : value.toString().strip();
    }
}
