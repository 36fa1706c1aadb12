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
  twin: the same item in the other language (same type and key). Stops the bake when it is
  missing, or when the key is used twice in one language.
-->
<#function twin content>
  <#local docs = db.getPublishedContent(content.type)>
  <#local mine = docs?filter(d -> d.key! == content.key && d.lang! == content.lang)>
  <#if mine?size gt 1>
    <#return check.fail(content, "key", "two " + content.type + " files in lang=" + content.lang + " use key=" + content.key + ": " + mine?map(d -> check.path(d))?join(", ") + ". Each key is used once per language.")>
  </#if>
  <#local otherLang = (content.lang == "en")?then("id", "en")>
  <#local found = docs?filter(d -> d.key! == content.key && d.lang! == otherLang)>
  <#if found?size == 0>
    <#return check.fail(content, "key", "has no twin: every item exists in both languages. Create the " + otherLang + " file with type=" + content.type + " and key=" + content.key + " (and status=published).")>
  </#if>
  <#return found[0]>
</#function>

<#-- sortedEvents: events of `lang` in date order (ISO dates sort as text). -->
<#function sortedEvents lang>
  <#return all("event", lang)?sort_by("start")>
</#function>

<#-- sortedByTitle: items in alphabetical order of their title, ignoring case. -->
<#function sortedByTitle items>
  <#return items?sort_by("title")>
</#function>
