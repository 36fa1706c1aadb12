package org.nrcexplained.site.cards;

import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;

import java.io.File;

/**
 * The second half of {@link ShareCards}: listed in META-INF/services/org.jbake.render.RenderingTool
 * after the tools that render the pages, it helps draw the cards still waiting, waits for the
 * background threads and fails the bake (with each {@code CARD ERROR}) if a card could not be
 * drawn. Returns the number of cards drawn.
 */
public final class ShareCardsFinish implements RenderingTool {

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        return ShareCards.finish(db);
    }

    @Override
    @Deprecated
    public int render(Renderer renderer, ContentStore db, File destination, File templatesPath, CompositeConfiguration config) throws RenderingException {
        return ShareCards.finish(db);
    }
}
