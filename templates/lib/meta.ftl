<#ftl output_format="HTML">
<#--
  meta — what search engines and link previews read: Open Graph and Twitter card <meta>, and a
  JSON-LD block (<script type="application/ld+json">, a data block: never executed, so the CSP's
  script-src does not apply to it). Called once by the layout's head.

  JSON-LD by type: page → NewsArticle; event → Event; actor → Person (kind=person), Country
  (kind=state) or Organization (others, news agencies as NewsMediaOrganization); term →
  DefinedTerm in the glossary's DefinedTermSet; glossary → DefinedTermSet listing its terms
  (passed by the glossary template as `listed`); home → WebSite; other listings → CollectionPage.
  The JSON is written by lib/json.ftl, which escapes < > & so content cannot close the element.
-->
<#import "links.ftl" as links>
<#import "i18n.ftl" as i18n>
<#import "json.ftl" as json>
<#import "cite.ftl" as cite>
<#-- The article's data (data/article.yaml), loaded once per page by lib/cite. -->
<#assign article = cite.article>

<#-- publisher: the site as the schema.org publisher/author of its own text. -->
<#function publisher lang>
  <#return {"@type": "Organization", "name": i18n.t(lang, "site_name"), "url": links.absolute(links.langPrefix(lang) + "index.html")}>
</#function>

<#--
  schema: the schema.org object of a page (a hash; json.write prints it).
  content: the page; description: its meta description; listed: items the page lists (glossary terms).
-->
<#function schema content description listed=[]>
  <#local lang = content.lang>
  <#local url = links.absolute(content.uri)>
  <#local base = {"@context": "https://schema.org", "url": url, "inLanguage": lang}>
  <#local type = content.type>
  <#if type == "page">
    <#return base + {"@type": "NewsArticle", "headline": content.title, "description": description,
      "dateModified": content.updated, "author": publisher(lang), "publisher": publisher(lang),
      "license": i18n.t(lang, "licence_url"), "mainEntityOfPage": url,
      "isBasedOn": {"@type": "NewsArticle", "headline": article.headline, "url": article.url, "datePublished": article.published, "inLanguage": "id", "publisher": {"@type": "NewsMediaOrganization", "name": article.outlet}}}>
  <#elseif type == "event">
    <#return base + {"@type": "Event", "name": content.title, "description": description, "startDate": content.start}
      + json.opt("endDate", content.end!)>
  <#elseif type == "actor">
    <#local schemaType = {"person": "Person", "state": "Country", "agency": "NewsMediaOrganization"}[content.kind]!"Organization">
    <#return base + {"@type": schemaType, "name": content.title, "description": description}
      + (content.kind == "person")?then({"jobTitle": content.role}, {})>
  <#elseif type == "term">
    <#return base + {"@type": "DefinedTerm", "name": content.title, "description": content.definition,
      "alternateName": content.other, "termCode": content.key,
      "inDefinedTermSet": links.absolute(links.langPrefix(lang) + "glossary.html")}>
  <#elseif type == "glossary">
    <#local terms = []>
    <#list listed as t>
      <#local terms = terms + [{"@type": "DefinedTerm", "name": t.title, "description": t.definition, "termCode": t.key, "url": links.absolute(t.uri)}]>
    </#list>
    <#return base + {"@type": "DefinedTermSet", "name": content.title, "description": description, "hasDefinedTerm": terms}>
  <#elseif type == "home">
    <#return base + {"@type": "WebSite", "name": i18n.t(lang, "site_name"), "description": description, "publisher": publisher(lang)}>
  </#if>
  <#return base + {"@type": "CollectionPage", "name": content.title, "description": description}>
</#function>

<#--
  cardUrl: the absolute URL of the page's share card, a 1200×630 PNG drawn at bake time by
  org.nrcexplained.site.cards.ShareCards for every published page: "actors/nato.html" →
  <site.base>cards/actors/nato.png. Drafts have none.
-->
<#function cardUrl content>
  <#return links.absolute("cards/" + content.uri?remove_ending(".html") + ".png")>
</#function>

<#--
  @head: the sharing <meta> tags and the JSON-LD block, for the layout's <head>.
  twin: the page in the other language ({} for drafts).
-->
<#macro head content title description twin listed=[]>
<#local lang = content.lang>
<meta property="og:title" content="${title}">
<meta property="og:description" content="${description}">
<meta property="og:url" content="${links.absolute(content.uri)}">
<meta property="og:type" content="${["page", "event", "actor", "term"]?seq_contains(content.type)?then("article", "website")}">
<meta property="og:site_name" content="${i18n.t(lang, "site_name")}">
<meta property="og:locale" content="${i18n.t(lang, "locale")}">
<#if twin.lang??><meta property="og:locale:alternate" content="${i18n.t(twin.lang, "locale")}"></#if>
<#if content.status == "published">
<meta property="og:image" content="${cardUrl(content)}">
<meta property="og:image:type" content="image/png">
<meta property="og:image:width" content="1200">
<meta property="og:image:height" content="630">
<meta property="og:image:alt" content="${title} — ${i18n.t(lang, "site_name")}">
<meta name="twitter:card" content="summary_large_image">
<#else>
<meta name="twitter:card" content="summary">
</#if>
<meta name="twitter:title" content="${title}">
<meta name="twitter:description" content="${description}">
<script type="application/ld+json"><#outputformat "JSON">${json.write(schema(content, description, listed))}</#outputformat></script>
</#macro>
