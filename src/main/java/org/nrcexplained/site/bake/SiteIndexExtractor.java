package org.nrcexplained.site.bake;

import org.jbake.app.ContentStore;
import org.jbake.template.ModelExtractor;

import java.util.List;
import java.util.Map;

/**
 * Hands the bake's {@link SiteIndex} to templates rendered by JBake's own renderers, as the
 * variable {@code site} (registered in META-INF/org.jbake.template.ModelExtractors.properties).
 * JBake turns an extractor's value into a sequence, so templates read it as {@code site[0]}
 * through lib/items.ftl; the project's renderer hands them the index itself. Only the
 * comparison bake (benchmarks/same-output.sh) renders pages with JBake's renderers.
 */
public final class SiteIndexExtractor implements ModelExtractor<List<SiteIndex>> {

    private static volatile SiteIndex current;

    /** Makes {@code index} the one templates see until the next bake sets another. */
    static void use(SiteIndex index) {
        current = index;
    }

    @Override
    public List<SiteIndex> get(ContentStore db, Map model, String key) {
        return current == null ? List.of() : List.of(current);
    }
}
