<#ftl output_format="XML">
<#--
  feed: the Atom feed of one language (content/feed.xml.md → feed.xml, content/id/feed.xml.md →
  id/feed.xml; type=atom). Its explainer pages, newest update first, with absolute URLs from the
  base-URL setting. Title and subtitle are the content file's title and description, so each feed
  is written in its own language; every page of that language links to it (layout.ftl).
-->
<#import "lib/links.ftl" as links>
<#import "lib/i18n.ftl" as i18n>
<#import "lib/items.ftl" as items>
<#assign content = content><#-- read once: every read of JBake's own model costs it an exception (JBake 2.7) -->
<#assign lang = content.lang>
<#assign pages = items.all("page", lang)?sort_by("updated")?reverse>
<#assign self = links.langPrefix(lang) + "feed.xml">
<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">
  <title>${content.title}</title>
  <subtitle>${content.description}</subtitle>
  <id>${links.absolute(links.langPrefix(lang))}</id>
  <link rel="self" type="application/atom+xml" href="${links.absolute(self)}"/>
  <link rel="alternate" type="text/html" hreflang="${lang}" href="${links.absolute(links.langPrefix(lang) + "index.html")}"/>
  <updated>${(pages[0].updated)!"2022-01-12"}T00:00:00Z</updated>
  <author><name>${i18n.t(lang, "site_name")}</name></author>
  <rights>${i18n.t(lang, "licence_name")} (${i18n.t(lang, "licence_url")})</rights>
<#list pages as p>
  <entry>
    <title>${p.title}</title>
    <id>${links.absolute(p.uri)}</id>
    <link rel="alternate" type="text/html" hreflang="${lang}" href="${links.absolute(p.uri)}"/>
    <updated>${p.updated}T00:00:00Z</updated>
    <summary>${p.description}</summary>
  </entry>
</#list>
</feed>
