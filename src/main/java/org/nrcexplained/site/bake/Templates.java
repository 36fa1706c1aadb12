package org.nrcexplained.site.bake;

import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateHashModel;
import org.jbake.app.configuration.JBakeConfiguration;

import java.io.IOException;
import java.io.StringWriter;

/**
 * FreeMarker as the bake runs it: JBake's settings (encodings, time zone, template folder, the
 * same incompatible-improvements level, so pages come out the same), plus what JBake leaves open:
 * templates cannot construct Java objects with {@code ?new} or reach the Java API with {@code ?api},
 * and an error is thrown to the caller instead of being written into the page.
 */
public final class Templates {

    private final Configuration cfg;

    /** A FreeMarker configuration for the project's template folder. */
    public Templates(JBakeConfiguration config) throws IOException {
        cfg = new Configuration(Configuration.DEFAULT_INCOMPATIBLE_IMPROVEMENTS);
        cfg.setDefaultEncoding(config.getRenderEncoding());
        cfg.setOutputEncoding(config.getOutputEncoding());
        if (config.getFreemarkerTimeZone() != null) {
            cfg.setTimeZone(config.getFreemarkerTimeZone());
            cfg.setSQLDateAndTimeTimeZone(config.getFreemarkerTimeZone());
        }
        cfg.setDirectoryForTemplateLoading(config.getTemplateFolder());
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
    }

    /** The configuration's object wrapper (how Java values reach templates). */
    public freemarker.template.ObjectWrapper wrapper() {
        return cfg.getObjectWrapper();
    }

    /** Renders {@code template} with {@code model} to a string; nothing is written anywhere on failure. */
    public String render(String template, TemplateHashModel model) throws IOException, TemplateException {
        Template t = cfg.getTemplate(template);
        StringWriter out = new StringWriter();
        t.process(model, out);
        return out.toString();
    }

    /** A one-line description of a template error: {@code templates/actor.ftl:12: message}. */
    public static String describe(TemplateException e) {
        String where = e.getTemplateSourceName() == null ? "templates" : "templates/" + e.getTemplateSourceName();
        String line = e.getLineNumber() == null ? "" : ":" + e.getLineNumber();
        String message = e.getMessageWithoutStackTop();
        message = message == null ? String.valueOf(e.getMessage()) : message;
        int cut = message.indexOf('\n');
        return where + line + ": " + (cut > 0 ? message.substring(0, cut) : message).trim();
    }
}
