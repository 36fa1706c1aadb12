<#ftl output_format="XML">
<#--
  feed: an Atom feed of the explainer pages in both languages, newest update first,
  with absolute URLs from the base-URL setting.
-->
<#import "lib/links.ftl" as links>
<#import "lib/i18n.ftl" as i18n>
<#assign pages = db.getPublishedContent("page")?sort_by("updated")?reverse>
<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title>${i18n.t("en", "site_name")}</title>
  <subtitle>${i18n.t("en", "tagline")}</subtitle>
  <id>${links.absolute("")}</id>
  <link rel="self" href="${links.absolute("feed.xml")}"/>
  <link rel="alternate" type="text/html" href="${links.absolute("index.html")}"/>
  <updated>${(pages[0].updated)!"2022-01-12"}T00:00:00Z</updated>
  <author><name>${i18n.t("en", "site_name")}</name></author>
<#list pages as p>
  <entry xml:lang="${p.lang}">
    <title>${p.title}</title>
    <id>${links.absolute(p.uri)}</id>
    <link rel="alternate" type="text/html" hreflang="${p.lang}" href="${links.absolute(p.uri)}"/>
    <updated>${p.updated}T00:00:00Z</updated>
    <summary>${p.description}</summary>
  </entry>
</#list>
</feed>
