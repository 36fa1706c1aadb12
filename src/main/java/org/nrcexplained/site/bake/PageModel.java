package org.nrcexplained.site.bake;

import freemarker.ext.beans.BeansWrapperBuilder;
import freemarker.template.Configuration;
import freemarker.template.ObjectWrapper;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import org.jbake.template.FreemarkerTemplateEngine;
import org.jbake.util.DataFileUtil;

import java.util.HashMap;
import java.util.Map;

/**
 * What a template sees: {@code content} (the page's document), and, the same for every page of a
 * bake, {@code site} (the {@link SiteIndex}), {@code config}, {@code db} and {@code data}; any other
 * name is JBake's own model. The bake ({@link SiteRenderer}) and the live preview build pages from it.
 */
public final class PageModel {

    private PageModel() {
    }

    /** The variables every page of a bake shares, wrapped once. */
    public static Map<String, TemplateModel> shared(ContentStore db, JBakeConfiguration config, ObjectWrapper wrapper, SiteIndex index)
            throws TemplateModelException {
        Map<String, TemplateModel> shared = new HashMap<>();
        shared.put("site", wrapper.wrap(index));
        shared.put("config", wrapper.wrap(config.asHashMap()));
        var beans = new BeansWrapperBuilder(Configuration.DEFAULT_INCOMPATIBLE_IMPROVEMENTS).build();
        shared.put(ModelAttributes.DB, beans.wrap(db));
        shared.put(ModelAttributes.DATA, beans.wrap(new DataFileUtil(db, config.getDataFileDocType())));
        return shared;
    }

    /** The model of one page: its {@code content}, the {@code shared} variables, else JBake's model. */
    public static TemplateHashModel of(DocumentModel content, ContentStore db, JBakeConfiguration config, ObjectWrapper wrapper,
                                       Map<String, TemplateModel> shared) {
        org.jbake.template.model.TemplateModel model = new org.jbake.template.model.TemplateModel();
        model.setContent(content);
        model.setVersion(config.getVersion());
        FreemarkerTemplateEngine.LazyLoadingModel jbake = new FreemarkerTemplateEngine.LazyLoadingModel(wrapper, model, db, config);
        return new TemplateHashModel() {
            private TemplateModel wrappedContent;

            @Override
            public TemplateModel get(String key) throws TemplateModelException {
                if (key.equals(ModelAttributes.CONTENT)) {
                    if (wrappedContent == null) {
                        wrappedContent = wrapper.wrap(content);
                    }
                    return wrappedContent;
                }
                TemplateModel fixed = shared.get(key);
                return fixed != null ? fixed : jbake.get(key);
            }

            @Override
            public boolean isEmpty() {
                return false;
            }
        };
    }
}
