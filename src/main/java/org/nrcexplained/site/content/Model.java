package org.nrcexplained.site.content;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The content model of data/model.yaml: for each type, its folder, its output extension (for
 * exports) and its required and optional header fields; the allowed kinds, precisions and languages.
 */
public final class Model {

    private final DataFile file;

    Model(DataFile file) {
        this.file = file;
    }

    /** The content types, in file order. */
    public Set<String> types() {
        return file.map("types").keySet();
    }

    /** Whether {@code type} is a type of the model. */
    public boolean hasType(String type) {
        return file.map("types").get(type) instanceof Map<?, ?>;
    }

    /** The fields every file needs: title, type, status, lang, key. */
    public List<String> commonRequired() {
        return strings(file.map("common").get("required"));
    }

    /** The fields a type requires, the common ones included. */
    public List<String> required(String type) {
        List<String> out = new ArrayList<>(commonRequired());
        out.addAll(strings(spec(type).get("required")));
        return out;
    }

    /** The fields a type may have, required ones first, each once. */
    public List<String> allowed(String type) {
        Set<String> out = new LinkedHashSet<>(required(type));
        out.addAll(strings(file.map("common").get("optional")));
        out.addAll(strings(spec(type).get("optional")));
        return new ArrayList<>(out);
    }

    /** The keys a type's files may have (the export subjects), or an empty list when any key will do. */
    public List<String> keys(String type) {
        return strings(spec(type).get("keys"));
    }

    /** Allowed values of a list in the model: {@code kinds}, {@code precisions}, {@code langs}. */
    public List<String> values(String name) {
        return strings(file.values().get(name));
    }

    /** The folder of a type's files under content/ (and content/id/), "" at the root. */
    public String folder(String type) {
        Object f = spec(type).get("folder");
        return f == null ? "" : f.toString();
    }

    /** The output extension of an export type (json, csv, ics, txt), or "" for an HTML page. */
    public String extension(String type) {
        Object e = spec(type).get("extension");
        return e == null ? "" : e.toString();
    }

    /**
     * Where an item lives, without the file ending: {@code id/actors/nato}, {@code key-points},
     * {@code index} (home), {@code data/chronology.csv}. The content file is {@code content/<place>.md}
     * and the page {@code <place>.html}. Null for an unknown type.
     */
    public String place(String type, String lang, String key) {
        if (!hasType(type)) {
            return null;
        }
        String folder = folder(type);
        String ext = extension(type);
        return ("id".equals(lang) ? "id/" : "") + (folder.isEmpty() ? "" : folder + "/")
            + ("home".equals(type) ? "index" : key) + (ext.isEmpty() ? "" : "." + ext);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> spec(String type) {
        Object s = file.map("types").get(type);
        return s instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static List<String> strings(Object list) {
        List<String> out = new ArrayList<>();
        if (list instanceof List<?> l) {
            for (Object o : l) {
                out.add(String.valueOf(o));
            }
        }
        return out;
    }
}
