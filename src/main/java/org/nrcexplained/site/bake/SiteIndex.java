package org.nrcexplained.site.bake;

import org.jbake.app.ContentStore;
import org.jbake.model.DocumentModel;
import org.nrcexplained.site.content.Site;
import org.nrcexplained.site.content.Sources;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The site's indexes, built once per bake from JBake's content store and handed to every
 * template as {@code site}: published items by type, language and key, each item's twin, the
 * events of each actor and the terms that concern it, what links to what, sources and labels. Templates look things up here instead of
 * querying the store or scanning every item on every page. Lists are in key order, so that a page
 * comes out the same whatever the files' modification times (JBake's store orders by them).
 */
public final class SiteIndex {

    private final Map<String, List<DocumentModel>> byTypeLang = new HashMap<>();
    private final Map<String, DocumentModel> byTypeLangKey = new HashMap<>();
    private final Map<String, List<DocumentModel>> eventsByActor = new HashMap<>();
    /** What links to what: "lang|scheme:key" of a link target → the items whose text links to it. */
    private final Map<String, List<DocumentModel>> linkedFrom = new HashMap<>();

    private final Site site;
    /** The pages of sources (type source-list) by their first date: key → from as a sortable number. */
    private final java.util.TreeMap<Long, String> sourcePages = new java.util.TreeMap<>();
    /** Each page of sources → the keys of the sources it lists, in date order (then key). */
    private final Map<String, List<String>> sourcesOn = new HashMap<>();

    /** Builds the indexes from the published documents of every type of the site's model in {@code db}. */
    public SiteIndex(ContentStore db, Site site) {
        this.site = site;
        for (String type : site.model().types()) {
            List<DocumentModel> docs = new ArrayList<>(db.getPublishedContent(type));
            // key order, not the store's (which follows file modification times), so that the site
            // comes out the same on every machine; pages sort for display (events by date, ties by key)
            docs.sort(Comparator.comparing(d -> String.valueOf(d.get("key"))));
            for (DocumentModel doc : docs) {
                String lang = String.valueOf(doc.get("lang"));
                byTypeLang.computeIfAbsent(type + "|" + lang, k -> new ArrayList<>()).add(doc);
                byTypeLangKey.putIfAbsent(type + "|" + lang + "|" + doc.get("key"), doc);
                for (String target : links(doc)) {
                    linkedFrom.computeIfAbsent(lang + "|" + target, k -> new ArrayList<>()).add(doc);
                }
                if ("event".equals(type)) {
                    for (String actor : keys(doc.get("actors"))) {
                        eventsByActor.computeIfAbsent(lang + "|" + actor, k -> new ArrayList<>()).add(doc);
                    }
                }
            }
        }
        for (DocumentModel page : items("source-list", "en")) {
            sourcePages.put(org.nrcexplained.site.check.Dates.number(String.valueOf(page.get("from"))), String.valueOf(page.get("key")));
        }
        List<String> byDate = new ArrayList<>(site.sourceKeys());
        byDate.sort(Comparator.comparing((String k) -> String.valueOf(source(k).get("date"))).thenComparing(k -> k));
        for (String k : byDate) {
            sourcesOn.computeIfAbsent(sourcePageKey(k), x -> new ArrayList<>()).add(k);
        }
        for (List<DocumentModel> events : eventsByActor.values()) {
            events.sort(Comparator.comparing(e -> String.valueOf(e.get("start")))); // stable: ties keep store order
        }
    }

    /** The published items of {@code type} in {@code lang}, in key order. */
    public List<DocumentModel> items(String type, String lang) {
        return Collections.unmodifiableList(byTypeLang.getOrDefault(type + "|" + lang, List.of()));
    }

    /** The published item of {@code type} in {@code lang} with {@code key}, or an empty map. */
    public Map<String, Object> item(String type, String lang, String key) {
        DocumentModel d = byTypeLangKey.get(type + "|" + lang + "|" + key);
        return d == null ? Map.of() : d;
    }

    /** The published items of {@code type} in {@code lang} for the given keys (key → item), in the keys' order; unknown keys are left out. */
    public Map<String, Object> byKeys(String type, String lang, List<String> keys) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String k : keys) {
            DocumentModel d = byTypeLangKey.get(type + "|" + lang + "|" + k);
            if (d != null) {
                out.putIfAbsent(k, d);
            }
        }
        return out;
    }

    /** The same item in the other language, or an empty map (the content check makes sure a published item has one). */
    public Map<String, Object> twin(Map<String, Object> content) {
        String other = "en".equals(content.get("lang")) ? "id" : "en";
        return item(String.valueOf(content.get("type")), other, String.valueOf(content.get("key")));
    }

    /** The events of {@code lang} whose {@code actors} include {@code actor}, in date order. */
    public List<DocumentModel> eventsOf(String actor, String lang) {
        return Collections.unmodifiableList(eventsByActor.getOrDefault(lang + "|" + actor, List.of()));
    }

    /**
     * The terms of {@code lang} that concern an actor, in key order: those the actor's text links
     * to ({@code term:KEY}) and those whose text links to the actor ({@code actor:KEY}).
     */
    public List<DocumentModel> termsOf(Map<String, Object> actor) {
        String lang = String.valueOf(actor.get("lang"));
        Set<String> keys = new java.util.HashSet<>();
        for (String target : links(actor)) {
            if (target.startsWith("term:")) {
                keys.add(target.substring(5));
            }
        }
        for (DocumentModel d : linkedFrom("actor", String.valueOf(actor.get("key")), lang)) {
            if ("term".equals(d.getType())) {
                keys.add(String.valueOf(d.get("key")));
            }
        }
        List<DocumentModel> out = new ArrayList<>();
        for (DocumentModel t : items("term", lang)) {
            if (keys.contains(String.valueOf(t.get("key")))) {
                out.add(t);
            }
        }
        return out;
    }

    /** The published items of {@code lang} whose text links to the item {@code type:key}, in key order within each type. */
    public List<DocumentModel> linkedFrom(String type, String key, String lang) {
        return Collections.unmodifiableList(linkedFrom.getOrDefault(lang + "|" + type + ":" + key, List.of()));
    }

    private static final java.util.regex.Pattern LINK = java.util.regex.Pattern.compile("href=\"((?:term|actor|event|page):[^\"]+)\"");

    /** The items a document's rendered body links to, as "scheme:key", each once. */
    private static Set<String> links(Map<String, Object> doc) {
        Set<String> out = new java.util.LinkedHashSet<>();
        java.util.regex.Matcher m = LINK.matcher(String.valueOf(doc.getOrDefault("body", "")));
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** A hash key → item for every published item of {@code type} in {@code lang}. */
    public Map<String, Object> byKey(String type, String lang) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (DocumentModel d : items(type, lang)) {
            out.put(String.valueOf(d.get("key")), d);
        }
        return out;
    }

    /**
     * The year an actor's role is given for, when the actor is a historical figure: every event of
     * theirs is in the cold-war era (the 1962 crisis); then the year of their last event, else "".
     * Their infobox then labels the role "Role in 1962" instead of "Role (December 2021)".
     */
    public String historicalYear(String actor, String lang) {
        List<DocumentModel> events = eventsOf(actor, lang);
        if (events.isEmpty() || events.stream().anyMatch(e -> !"cold-war".equals(e.get("era")))) {
            return "";
        }
        return String.valueOf(events.get(events.size() - 1).get("start")).substring(0, 4);
    }

    /** The keys of the pages of sources (type source-list), by the date they start from; empty when there are none. */
    public List<String> sourcePageKeys() {
        return new ArrayList<>(sourcePages.values());
    }

    /**
     * Where a citation key is listed, inside a language: "sources.html" for an article paragraph
     * (or when there are no pages of sources), else the page of sources of the source's date,
     * "sources/2021-12.html": the last page whose {@code from} is not after that date (the first
     * page for a source older than all of them), so pages neither overlap nor leave a gap.
     */
    public String sourcePage(String key) {
        String page = key.matches("P\\d+") ? "" : sourcePageKey(key);
        return page.isEmpty() ? "sources.html" : "sources/" + page + ".html";
    }

    private String sourcePageKey(String key) {
        if (sourcePages.isEmpty()) {
            return "";
        }
        String date = String.valueOf(source(key).getOrDefault("date", ""));
        Map.Entry<Long, String> page = date.matches("\\d{4}(-\\d{2}){0,2}") ? sourcePages.floorEntry(org.nrcexplained.site.check.Dates.number(date)) : null;
        return page != null ? page.getValue() : sourcePages.firstEntry().getValue();
    }

    /** The keys of the sources a page of sources lists, in date order ("" with no pages: every source). */
    public List<String> sourcesOn(String page) {
        return Collections.unmodifiableList(sourcesOn.getOrDefault(page, List.of()));
    }

    /** Whether a type's files are data files with their own extension (exports, feeds), not HTML pages. */
    public boolean hasExtension(String type) {
        return !site.model().extension(type).isEmpty();
    }

    /** The article's paragraph keys, P1 to Pn. */
    public List<String> paragraphKeys() {
        return site.paragraphKeys();
    }

    /** The keys of data/sources.yaml, sorted. */
    public List<String> sourceKeys() {
        List<String> keys = site.sourceKeys();
        Collections.sort(keys);
        return keys;
    }

    /** The fields of a source of data/sources.yaml, or an empty map. */
    public Map<String, Object> source(String key) {
        return site.sources().map(key);
    }

    /** The label a citation key shows on a page in {@code lang}: "P3", or the source's label ({@link Sources#label}). */
    public String label(String key, String lang) {
        return key.matches("P\\d+") ? key : Sources.label(source(key), key, lang);
    }

    private static Set<String> keys(Object value) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (String k : String.valueOf(value == null ? "" : value).split(",")) {
            if (!k.isBlank()) {
                out.add(k.trim());
            }
        }
        return out;
    }
}
