<#ftl output_format="HTML">
<#--
  items — finding content, in the indexes the bake builds once (`site`, src/main/java/.../bake/SiteIndex).
  Every lookup is a map access: pages never query JBake's store or scan every item.
  Lists are in key order; pages sort them for display. Other libraries use items.index too.
-->

<#-- index: the bake's SiteIndex (JBake's own renderers, used only by the comparison bake, hand it over as site[0]). -->
<#assign index = site?is_sequence?then(site[0], site)>

<#-- all: the published items of `type` in language `lang`. -->
<#function all type lang>
  <#return index.items(type, lang)>
</#function>

<#-- byKey: a hash key → item for the published items of `type` in `lang`. -->
<#function byKey type lang>
  <#return index.byKey(type, lang)>
</#function>

<#-- find: the published item of `type` in `lang` with `key`, or {} if there is none. -->
<#function find type lang key>
  <#return index.item(type, lang, key)>
</#function>

<#-- byKeys: a hash key → item for the given keys of `type` in `lang` that exist (missing keys are left out). -->
<#function byKeys type lang keys>
  <#return index.byKeys(type, lang, keys)>
</#function>

<#-- twin: the same item in the other language ({} for a draft; the bake's check makes sure a published item has one). -->
<#function twin content>
  <#return index.twin(content)>
</#function>

<#-- eventsOf: the events of `lang` that involve the actor `key`, in date order. -->
<#function eventsOf key lang>
  <#return index.eventsOf(key, lang)>
</#function>

<#-- termsOf: the terms of the actor's language that its text links to, or whose text links to it. -->
<#function termsOf actor>
  <#return index.termsOf(actor)>
</#function>

<#-- historicalYear: for a historical figure (all their events in the cold-war era) the year their role is given for, else "". -->
<#function historicalYear key lang>
  <#return index.historicalYear(key, lang)>
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
