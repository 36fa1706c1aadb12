<#ftl output_format="HTML">
<#--
  items — finding content. Every call runs one query on JBake's content store, so a page
  calls each at most once and keeps the result (never inside a loop over items).
-->
<#import "check.ftl" as check>

<#-- all: the published items of `type` in language `lang`, in store order. -->
<#function all type lang>
  <#return db.getPublishedContent(type)?filter(d -> d.lang! == lang)>
</#function>

<#-- byKey: a hash key → item for the published items of `type` in `lang`. -->
<#function byKey type lang>
  <#local out = {}>
  <#list all(type, lang) as d><#local out = out + {d.key: d}></#list>
  <#return out>
</#function>

<#--
  find: the published item of `type` in `lang` with `key`, or {} if there is none. One indexed
  lookup by the page's address (check.place: the file's place follows from type, lang and key,
  and check.item enforces it), so pages and links find items without loading every item of a type.
-->
<#function find type lang key>
  <#return atUri(check.place(type, lang, key) + ".html", type, key)>
</#function>

<#-- atUri: the published item of `type` and `key` stored under JBake's sourceuri `uri`, or {}. -->
<#function atUri uri type key>
  <#list db.getDocumentByUri(uri) as d>
    <#if d.type! == type && d.status! == "published" && d.key! == key><#return d></#if>
  </#list>
  <#return {}>
</#function>

<#-- byKeys: a hash key → item for the given keys of `type` in `lang` that exist (missing keys are left out). -->
<#function byKeys type lang keys>
  <#local out = {}>
  <#list keys as k>
    <#if !out[k]??><#local d = find(type, lang, k)><#if d.key??><#local out = out + {k: d}></#if></#if>
  </#list>
  <#return out>
</#function>

<#--
  twin: the same item in the other language (same type and key). Stops the bake when it is
  missing. (A key used twice in one language cannot happen: check.item ties the file name to the key.)
-->
<#function twin content>
  <#local otherLang = (content.lang == "en")?then("id", "en")>
  <#-- The twin lives at the same place under content/id/ (check.item enforces it). -->
  <#local mine = content.sourceuri!"">
  <#local found = atUri((content.lang == "en")?then("id/" + mine, mine?remove_beginning("id/")), content.type, content.key)>
  <#if !found.key??>
    <#local why = check.unpublished(content.type, otherLang, content.key)>
    <#return check.fail(content, "key", "has no twin: every item exists in both languages." + why?has_content?then(why, " Create the " + otherLang + " file with type=" + content.type + " and key=" + content.key + " (and status=published)."))>
  </#if>
  <#return found>
</#function>

<#-- sortedEvents: events of `lang` in date order. -->
<#function sortedEvents lang>
  <#return inDateOrder(all("event", lang))>
</#function>

<#-- inDateOrder: events sorted by their start (ISO dates sort as text). -->
<#function inDateOrder events>
  <#return events?sort_by("start")>
</#function>

<#-- sortedByTitle: items in alphabetical order of their title, ignoring case. -->
<#function sortedByTitle items>
  <#return items?sort_by("title")>
</#function>
